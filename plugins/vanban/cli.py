"""The ``vanban`` command: check a corpus, list citations, and the editors' tools.

Every message is Vietnamese and every failure is a clear line, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .build import build_site, check_features
from .corpus import load_corpus
from .problems import Severity, github_annotation
from .site import SiteConfig


def _prefix(directory: Path) -> str:
    text = directory.as_posix().rstrip("/")
    return "" if text in ("", ".") else text + "/"


def cmd_check(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if not directory.is_dir():
        print(f"{directory}: không tìm thấy thư mục nội dung — chỉ đúng thư mục chứa các tệp .md", file=sys.stderr)
        return 2
    corpus = load_corpus(directory, max_attachment_bytes=args.max_attachment_mb * 1024 * 1024)
    site = build_site(corpus, SiteConfig(), check_features())
    problems = sorted(corpus.problems + site.problems, key=lambda p: p.sort_key())
    prefix = _prefix(directory)
    for problem in problems:
        line = github_annotation(problem, prefix) if args.format == "github" else problem.format(prefix)
        print(line)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    stubs = len(site.documents) - len(site.held_documents)
    print(
        f"Đã kiểm tra {corpus.files_seen} tệp: {len(corpus.documents)} văn bản hợp lệ để xuất bản, "
        f"{len(corpus.excluded)} tệp không đọc được, {stubs} văn bản được trích dẫn chưa có toàn văn; "
        f"{errors} lỗi, {warnings} cảnh báo.",
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vanban", description="Công cụ trang thông tin văn bản chỉ đạo, điều hành")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="kiểm tra toàn bộ văn bản trong thư mục nội dung")
    check.add_argument("dir", nargs="?", default="content", help="thư mục nội dung (mặc định: content)")
    check.add_argument("--format", choices=["text", "github"], default="text",
                       help="github: in chú thích ::error để hiện trên pull request")
    check.add_argument("--lenient", action="store_true", help="chỉ lỗi mới làm lệnh thất bại, cảnh báo thì không")
    check.add_argument("--max-attachment-mb", type=int, default=50, help="giới hạn dung lượng tệp đính kèm (MB)")
    check.set_defaults(func=cmd_check)
    refs = sub.add_parser("refs", help="in các trích dẫn văn bản tìm thấy trong tệp (JSON)")
    refs.add_argument("files", nargs="+", help="tệp .md hoặc .txt")
    refs.set_defaults(func=cmd_refs)
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
