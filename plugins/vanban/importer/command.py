"""`vanban import FILE|DIR…`: every original in one call, one summary table, an exit status that says
whether anything needs a human. Every failure is one Vietnamese line naming the file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problems import Problem, Severity
from .lines import ImportFailed
from .readers import SUPPORTED
from .report import report_lines
from .result import FIELD_NAMES, NEEDED, ImportResult
from .writer import doubts_to_record, write_result


@dataclass
class Row:
    """One line of the summary table."""

    source: Path
    result: ImportResult | None = None
    target: str = ""
    problem: str = ""
    blocked: bool = False  # `vanban check` finds more wrong with the written file than import reported
    checked: list[str] = field(default_factory=list)  # the fields it found wrong, said in the summary table too

    @property
    def needs_human(self) -> bool:
        if self.result is None:
            return bool(self.problem)
        if self.blocked:
            return True
        keys = {k for k, _ in self.result.missing} | {k for k, _ in self.result.unsure}
        return bool(keys & set(NEEDED))


def originals(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Each file to import with a problem ("" when none): folders are walked, hidden and linked files skipped."""
    for path in paths:
        if path.is_symlink():
            yield path, "là liên kết tượng trưng (symlink): không đọc — chép tệp thật vào đây"
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative[:-1]) or child.is_dir():
                    continue  # inside a hidden folder (.git, .cache): not the clerk's originals
                if child.name.startswith("."):
                    # A hidden file: the system's own (.DS_Store) unless it is an original by its suffix, which
                    # the clerk is told of rather than losing it unseen (count in = count out)
                    if child.suffix.lower() in SUPPORTED or child.suffix.lower() == ".doc":
                        yield child, "tên tệp bắt đầu bằng dấu chấm (tệp ẩn): bỏ qua — đổi tên bỏ dấu chấm đầu nếu cần nhập"
                    continue
                if child.is_symlink():
                    yield child, "là liên kết tượng trưng (symlink): bỏ qua"
                elif child.suffix.lower() == ".doc":
                    yield child, "tệp Word cũ (.doc): mở bằng Word rồi lưu lại dạng .docx"
                elif child.suffix.lower() not in SUPPORTED:
                    yield child, f"không phải bản gốc đọc được ({child.suffix or 'không đuôi'}): bỏ qua"
                elif child.is_file():
                    yield child, ""
                else:
                    yield child, "không phải tệp thường (FIFO, socket hay thiết bị): bỏ qua"
        elif not path.exists():
            yield path, "không tìm thấy tệp"
        elif not path.is_file():
            yield path, "không phải tệp thường: không đọc"
        else:
            yield path, ""


def _import_one(path: Path, content: Path, full: bool, modeline_for: Any) -> tuple[Row, list[str]]:
    from . import import_file

    row = Row(path)
    try:
        result = import_file(path)
        written = write_result(result, content, modeline_for)
    except ImportFailed as exc:
        row.problem = str(exc)
        return row, [f"{path}: {exc}"]
    except (OSError, ValueError, RecursionError, MemoryError) as exc:
        row.problem = f"không đọc được ({type(exc).__name__})"
        return row, [f"{path}: không đọc được tệp ({type(exc).__name__}: {exc}) — kiểm tra tệp gốc"]
    row.result, row.target = result, str(written.path)
    if written.repeated:
        return row, [f"{path}: đã nhập trước đây vào {written.path} (cùng bản gốc, SHA-256 trùng) — không ghi lại"]
    lines = [f"{path}: đã tạo {written.path}"]
    if written.renamed_from is not None:
        lines.append(f"  • tên {written.renamed_from.name} đã có văn bản khác: ghi thành {written.path.name} — "
                     "kiểm tra xem có phải hai văn bản khác nhau không")
    lines.extend(report_lines(result, full))
    lines.extend(f"  • {note}" for note in written.notes)
    if doubts := doubts_to_record(result):  # where they went: the clerk clears them there (vanban.unverified)
        names = ", ".join(FIELD_NAMES.get(key, key) for key, _ in doubts)
        lines.append(f"  • đã ghi {len(doubts)} thông tin chưa chắc ({names}) dưới unverified: trong tệp — đối chiếu "
                     "với bản gốc, sửa nếu sai, rồi xoá từng dòng; vanban check còn cảnh báo đến khi xoá hết")
    return row, lines


def _problem_lines(content: Path) -> set[str]:
    """Every line `vanban check` prints for *content* (empty when there is no such folder yet)."""
    from ..corpus import load_corpus

    return {p.format() for p in load_corpus(content).problems} if content.is_dir() else set()


def _owner(problem: Problem, rows: list[tuple[Row, str]]) -> Row | None:
    """The imported row a new problem is about: its file, or the file its message names."""
    for row, source in rows:
        if problem.path == source:
            return row
    return next((row for row, source in rows if source in problem.message), None)


def _reported(row: Row | None, problem: Problem) -> bool:
    """Whether import already told the clerk (a field it left empty or flagged unsure)."""
    if row is None or row.result is None:
        return False
    return problem.field in {k for k, _ in row.result.missing} | {k for k, _ in row.result.unsure}


def _cell(value: Any, width: int) -> str:
    text = str(value or "—").replace("|", "/").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_table(rows: list[Row]) -> str:
    """The table printed after a batch: file → number, type, date, issuer, what to check, where it went."""
    head = ["tệp", "số ký hiệu", "loại", "ngày", "cơ quan ban hành", "cần xem lại", "ghi vào"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        if row.result is None:
            cells = [row.source.name, "", "", "", "", f"LỖI: {row.problem}", ""]
        else:
            f = row.result.fields
            todo = [f"thiếu {FIELD_NAMES.get(k, k)}" for k, _ in row.result.missing if k in NEEDED]
            todo += [f"chưa chắc {FIELD_NAMES.get(k, k)}" for k, _ in row.result.unsure]
            todo += [f"vanban check: {FIELD_NAMES.get(k, k or 'tệp')}" for k in row.checked]
            cells = [row.source.name, f.get("number") or "(trống)", str(f.get("type") or ""), str(f.get("date") or ""),
                     str(f.get("issuer") or ""),
                     "; ".join(dict.fromkeys(todo)) or "ổn", row.target]
        widths = [40, 24, 12, 10, 40, 60, 1000]  # where the file went is printed whole: the clerk opens it next
        lines.append("| " + " | ".join(_cell(c, w) for c, w in zip(cells, widths, strict=True)) + " |")
    return "\n".join(lines)


def run_import(files: list[str], to: str, full: bool) -> int:
    """The whole command; returns the exit status (0 all good, 1 something needs a human)."""
    from rich.console import Console
    from rich.progress import Progress

    from ..schema import modeline

    content = Path(to)
    todo = list(originals([Path(f) for f in files]))
    before = _problem_lines(content)  # what a strict build already failed on: import adds nothing to it unseen
    rows: list[Row] = []
    progress = Progress(console=Console(stderr=True), transient=True, disable=len(todo) < 2)
    with progress:
        task = progress.add_task("Đang nhập văn bản", total=len(todo))
        for path, problem in todo:
            if problem:
                row, lines = Row(path, problem=problem), [f"{path}: {problem}"]
            else:
                row, lines = _import_one(path, content, full, modeline)
            rows.append(row)
            print("\n".join(lines), flush=True)
            progress.advance(task)
    written = [Path(r.target) for r in rows if r.result is not None]
    stray = False  # a new problem that names no imported file
    if written and content.is_dir():
        from ..corpus import load_corpus

        corpus = load_corpus(content)
        by_source = corpus.by_source()
        imported = [(row, Path(row.target).resolve().relative_to(content.resolve()).as_posix())
                    for row in rows if row.result is not None]
        for row, source in imported:
            if (doc := by_source.get(source)) is not None:
                print(f"{row.target} → /{doc.url}")
        for found in corpus.problems:  # never expected: printed as check prints it, so nothing fails unseen
            owner = _owner(found, imported)
            if found.severity is Severity.NOTE or found.format() in before or _reported(owner, found):
                continue
            print(f"  ✗ sau khi nhập, vanban check báo: {found.format(content.as_posix() + '/')}")
            if owner is not None:
                owner.blocked = True
                owner.checked.append(found.field)
            else:
                stray = True
    if len(rows) > 1:
        print()
        print(summary_table(rows))
    human = sum(r.needs_human for r in rows)
    print(f"Đã nhập {len(written)}/{len(rows)} tệp; {human} tệp cần người xem lại; kiểm tra bằng: "
          f"vanban check {content.as_posix()}", file=sys.stderr)
    return 1 if human or stray else 0
