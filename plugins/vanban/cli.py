"""The ``vanban`` command: check a corpus, list citations, and the editors' tools.

Every message is Vietnamese and every failure is a clear line, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .arrival import read_ledger
from .build import build_site
from .cache import DEFAULT_DIR
from .cli_vietnamese import VietnameseParser, VietnameseRawFormatter
from .corpus import Corpus, load_corpus
from .problems import Problem, Severity, github_annotation
from .site import SiteConfig
from .tracking import TrackingConfigError
from .tracking.config import settings_from_mkdocs, vanban_options


def _prefix(directory: Path) -> str:
    text = directory.as_posix().rstrip("/")
    return "" if text in ("", ".") else text + "/"


def _ward_doubts(corpus: Corpus, folder: Path) -> list[Problem]:
    """The ward sites beside mkdocs.yml (``sites/``, as build-all reads them) whose holding of a document rests on an
    import's doubt (vanban.site_doubts): said before the sites are built.  A site file that cannot be read is said
    and skipped here; build-all refuses it."""
    from .site_doubts import membership_report
    from .sites import SiteFileError, load_sites

    if not folder.is_dir():
        return []
    try:
        return membership_report(corpus.documents, load_sites(folder))
    except SiteFileError as exc:
        print(f"không xét được các trang: {exc}", file=sys.stderr)
        return []


def cmd_check(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if not directory.is_dir():
        print(f"{directory}: không tìm thấy thư mục nội dung — chỉ đúng thư mục chứa các tệp .md", file=sys.stderr)
        return 2
    config = Path(args.config) if args.config else directory.resolve().parent / "mkdocs.yml"
    try:
        tracking = settings_from_mkdocs(config)
        options = vanban_options(config) or {}
    except TrackingConfigError as exc:
        print(f"{config}: {exc}", file=sys.stderr)
        return 2
    # The addresses the site gives: outside git, when each file was first seen (vanban.arrival) is read
    # from the build cache's folder the site's builds keep it in; check only reads it.
    ledger = os.environ.get("VANBAN_CACHE_DIR", str(options.get("cache_dir", DEFAULT_DIR)))
    arrivals = read_ledger(config.parent / ledger) if ledger else {}
    corpus = load_corpus(directory, max_attachment_bytes=args.max_attachment_mb * 1024 * 1024, arrivals=arrivals)
    # VANBAN_CACHE_DIR (beside mkdocs.yml): check fills the build cache's analyses, so that a CI job can
    # analyse the corpus once and hand the cache to the jobs that build the sites.
    cache_dir = os.environ.get("VANBAN_CACHE_DIR", "")
    portal = options.get("portal")  # its province places district bodies in the issuer listing's check
    site = build_site(corpus, SiteConfig(tracking=tracking, cache_dir=str(config.parent / cache_dir) if cache_dir else "",
                                         portal=portal if isinstance(portal, dict) else {}),
                      check_only=True).site
    problems = sorted(corpus.problems + site.problems + _ward_doubts(corpus, config.parent / "sites"),
                      key=lambda p: p.sort_key())  # plausibility warnings included
    prefix = _prefix(directory)
    for problem in problems:
        line = github_annotation(problem, prefix) if args.format == "github" else problem.format(prefix)
        print(line)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    notes = sum(p.severity is Severity.NOTE for p in problems)  # reported, never failing
    warnings = len(problems) - errors - notes
    stubs = len(site.documents) - len(site.held_documents)
    for source, reason in sorted(corpus.excluded.items()):  # the same list a lenient build prints
        print(f"không xuất bản {prefix}{source}: {reason}", file=sys.stderr)
    print(
        f"Đã kiểm tra {corpus.files_seen} tệp: {len(corpus.documents)} văn bản hợp lệ để xuất bản, "
        f"{len(corpus.excluded)} tệp không được xuất bản, {stubs} văn bản được trích dẫn chưa có toàn văn; "
        f"{errors} lỗi, {warnings} cảnh báo" + (f", {notes} ghi chú." if notes else "."),
        file=sys.stderr,
    )
    failing = errors + (warnings if not args.lenient else 0)
    return 1 if failing else 0


def cmd_refs(args: argparse.Namespace) -> int:
    from .refs import refs_report

    missing = [p for p in args.files if not Path(p).is_file()]
    for path in missing:
        print(f"{path}: không tìm thấy tệp", file=sys.stderr)
    if missing:
        return 2
    report = refs_report([Path(p) for p in args.files])
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


# --- the editors' tools (issue 7): new, import, build-all --------------------------------------------


def _url_of(content: Path, target: Path) -> str:
    """The URL the site gives the file at *target* (slugs are assigned over the whole corpus)."""
    from .corpus import load_corpus as load

    source = target.resolve().relative_to(content.resolve()).as_posix()
    corpus = load(content)
    doc = corpus.by_source().get(source)
    return "/" + doc.url if doc else ""


def cmd_new(args: argparse.Namespace) -> int:
    from .duplicates import identity
    from .importer import target_path
    from .newdoc import PROMPTS, InvalidValue, check_new_value, missing_value, new_content
    from .schema import modeline

    content = Path(args.to)
    values: dict[str, str] = {}
    for key in ("type", "number", "issuer", "date", "title"):
        given = getattr(args, key)
        while True:
            if given is None:
                try:
                    given = input(PROMPTS[key])
                except EOFError:
                    print(missing_value(key), file=sys.stderr)
                    return 2
                interactive = True
            else:
                interactive = False
            try:
                values[key] = check_new_value(key, given)
                break
            except InvalidValue as exc:
                if not interactive:
                    print(f"--{key}: {exc}", file=sys.stderr)
                    return 2
                print(f"{exc} — mời nhập lại.", file=sys.stderr)  # a clerk typing answers sees no option names
                given = None
    from .importer import ImportResult

    draft = ImportResult(source=Path("-"), fields=dict(values)).document()
    target = target_path(content, draft)
    if target.exists():
        print(f"{target}: tệp đã có, không ghi đè — sửa tệp đó, hoặc kiểm tra lại số ký hiệu/ngày", file=sys.stderr)
        return 1
    if content.is_dir():
        existing = load_corpus(content)
        mine = identity(draft)
        same = [d for d in existing.documents if mine is not None and identity(d) == mine]
        if same:
            print(f"{content / same[0].source}: đã có văn bản này (cùng số, loại, năm, cơ quan) — không tạo bản trùng",
                  file=sys.stderr)
            return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as handle:
        handle.write(new_content(values, target, modeline(target)))
    print(f"Đã tạo {target}")
    print(f"Địa chỉ trang: {_url_of(content, target)}")
    print("Tiếp theo: mở tệp, dán toàn văn thay cho dòng mẫu ở cuối tệp, rồi chạy: vanban check " + content.as_posix())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .importer.command import run_import

    return run_import(args.files, args.to, args.report)


def cmd_build_all(args: argparse.Namespace) -> int:
    from .mkdocs.build_all import build_all  # runs MkDocs once per site: part of the adapter

    shard = re.fullmatch(r"(\d+)/(\d+)", args.shard)
    if shard is None or not 1 <= int(shard.group(1)) <= int(shard.group(2)):
        print(f"--shard {args.shard}: cần dạng K/N với 1 ≤ K ≤ N (ví dụ 2/4: phần thứ 2 trong 4 phần)", file=sys.stderr)
        return 2
    return build_all(Path(args.sites), Path(args.out), Path(args.config), strict=args.strict,
                     shard=(int(shard.group(1)), int(shard.group(2))))


NEW_DESCRIPTION = ("Tạo tệp nội dung cho một văn bản mới, đúng thư mục, và in địa chỉ trang của nó. "
                   "Thiếu thông tin nào thì lệnh hỏi thông tin đó; ghi đúng như bản gốc, không đoán.")
NEW_EXAMPLES = """Ví dụ:
  vanban new                       (hỏi từng thông tin)
  vanban new --type "Kế hoạch" --number 21/KH-UBND --issuer "Ủy ban nhân dân xã Tân Hòa" \\
             --date 07/3/2025 --title "Tuyên truyền chuyển đổi số năm 2025"

Sau khi tạo: mở tệp, dán toàn văn thay cho dòng mẫu, rồi chạy vanban check."""


def add_editor_commands(sub: Any) -> None:
    new = sub.add_parser("new", help="tạo tệp văn bản mới (hỏi từng thông tin, hoặc dùng các tùy chọn)",
                         description=NEW_DESCRIPTION, epilog=NEW_EXAMPLES,
                         formatter_class=VietnameseRawFormatter)
    new.add_argument("--type", metavar="LOẠI", help="loại văn bản, ví dụ Kế hoạch")
    new.add_argument("--number", metavar="SỐ", help="số ký hiệu, ví dụ 21/KH-UBND (\"\" nếu bản gốc không ghi)")
    new.add_argument("--issuer", metavar="CƠ_QUAN", help="cơ quan ban hành")
    new.add_argument("--date", metavar="NGÀY", help="ngày ban hành, viết như trên văn bản: 07/03/2025, 7/3/2025 hoặc 2025-03-07; "
                     "02/2025 nếu bản gốc để trống ngày; 2025 nếu chỉ ghi năm; \"\" nếu không ghi")
    new.add_argument("--title", metavar="TRÍCH_YẾU", help="trích yếu")
    new.add_argument("--to", default="content", metavar="THƯ_MỤC", help="thư mục nội dung (mặc định: content)")
    new.set_defaults(func=cmd_new)
    imp = sub.add_parser("import", help="chuyển bản gốc (Word, PDF, ảnh chụp, văn bản chép từ trang web) thành tệp nội dung")
    imp.add_argument("files", nargs="+", help="tệp .docx, .pdf, .png/.jpg, .html, .txt, .md, hoặc thư mục chứa chúng")
    imp.add_argument("--to", default="content", help="thư mục nội dung (mặc định: content)")
    imp.add_argument("--report", action="store_true", help="in đủ các thông tin đọc được và các trích dẫn")
    imp.set_defaults(func=cmd_import)
    build_all = sub.add_parser("build-all", help="dựng mỗi trang sites/<tên>.yml vào site/<tên>/ từ một kho văn bản")
    build_all.add_argument("--sites", default="sites", help="thư mục tệp site (mặc định: sites)")
    build_all.add_argument("--out", default="site", help="thư mục kết quả (mặc định: site)")
    build_all.add_argument("--config", default="mkdocs.yml", help="tệp cấu hình mkdocs chung (mặc định: mkdocs.yml)")
    build_all.add_argument("--strict", action="store_true", help="dừng khi có cảnh báo (mkdocs build --strict)")
    build_all.add_argument("--shard", default="1/1", metavar="K/N",
                           help="chỉ dựng phần thứ K trong N phần của các trang (chia việc cho N máy, ví dụ matrix của GitHub Actions)")
    build_all.set_defaults(func=cmd_build_all)


def build_parser() -> argparse.ArgumentParser:
    parser = VietnameseParser(prog="vanban", description="Công cụ trang thông tin văn bản chỉ đạo, điều hành")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH",
                                title="Các lệnh (vanban LỆNH -h: hướng dẫn của lệnh đó)")
    check = sub.add_parser("check", help="kiểm tra toàn bộ văn bản trong thư mục nội dung")
    check.add_argument("dir", nargs="?", default="content", help="thư mục nội dung (mặc định: content)")
    check.add_argument("--format", choices=["text", "github"], default="text",
                       help="github: in chú thích ::error để hiện trên pull request")
    check.add_argument("--lenient", action="store_true", help="chỉ lỗi mới làm lệnh thất bại, cảnh báo thì không")
    check.add_argument("--max-attachment-mb", type=int, default=50, help="giới hạn dung lượng tệp đính kèm (MB)")
    check.add_argument("--config", default="", help="mkdocs.yml có units: để đối chiếu đơn vị (mặc định: "
                       "mkdocs.yml cạnh thư mục nội dung, nếu có)")
    check.set_defaults(func=cmd_check)
    refs = sub.add_parser("refs", help="in các trích dẫn văn bản tìm thấy trong tệp (JSON)")
    refs.add_argument("files", nargs="+", help="tệp .md hoặc .txt")
    refs.set_defaults(func=cmd_refs)
    add_editor_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"lỗi đọc/ghi tệp: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
