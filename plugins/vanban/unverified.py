"""Header fields a machine read and no person has checked yet: the front matter's ``unverified:`` entries.

`vanban import` writes each header field it was unsure of, or left empty where the original did not settle it,
as one entry ``field: the importer's reason``. Its doubts would otherwise end with the import's own report: the
written file looks as sure as a hand-made one, `vanban check` passes it and the site publishes a misread issuer
as fact. An entry stays until a person compares the field with the original and deletes the line; until then
`vanban check` warns at the field's line (a warning: `mkdocs build --strict` refuses to publish the unreviewed
import) and the page says which fields are machine-read (principle 2: say so on the page).

The shape is the schema's to judge (``unverified`` in frontmatter.schema.json: unknown keys and values that are
not text are reported there, as every field's are); an entry of another shape is skipped here, never guessed at.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .frontmatter import FrontMatter
from .problems import Problem, Severity
from .text import collapse_space, nfc

KEY = "unverified"
# The header fields an import reads, in the order the page and the front matter give them (the schema's list).
FIELDS = ("number", "type", "issuer", "managing_body", "date", "title", "place", "signer", "signer_title",
          "recipients")


def page_note(names: str) -> str:
    """The note of a page with open doubts (*names*: the doubted fields' names), as document.html writes it: a
    feed entry's summary says it too (vanban.feeds; tests/test_unverified47.py holds the two equal)."""
    return f"Thông tin đầu văn bản do máy đọc, chưa được đối chiếu với bản gốc: {names}."


@dataclass(frozen=True)
class Doubt:
    """One open entry: the field, the importer's reason (Vietnamese, may be ""), the entry's own line."""

    field: str
    reason: str
    line: int


def open_doubts(fm: FrontMatter) -> tuple[Doubt, ...]:
    """The entries of ``unverified:`` that name a header field with a text reason, in header order."""
    entries = fm.data.get(KEY)
    if not isinstance(entries, dict):
        return ()
    lines = fm.entry_lines.get(KEY, {})
    found = {key: Doubt(key, collapse_space(nfc(reason or "")), lines.get(key, fm.key_lines.get(KEY, 1)))
             for key, reason in entries.items() if key in FIELDS and (reason is None or isinstance(reason, str))}
    return tuple(found[key] for key in FIELDS if key in found)


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def doubt_warnings(path: str, fm: FrontMatter, doubts: tuple[Doubt, ...], names: Mapping[str, str],
                   required: Collection[str]) -> list[Problem]:
    """One warning per open doubt, at the doubted field's line (the entry's when the field is not written), with
    the entry to delete; a field left empty says so, since an empty number or date may be right (some documents
    have none) and only the original settles it. An empty *required* field is an error of its own as well: this
    warning adds the importer's reason and the entry to delete, so one look settles both."""
    problems: list[Problem] = []
    for doubt in doubts:
        name = names.get(doubt.field, doubt.field)
        why = f": {doubt.reason}" if doubt.reason else ""
        delete = f"rồi xoá dòng {doubt.line} (“{doubt.field}: …”) trong {KEY}"
        if _empty(fm.data.get(doubt.field)):
            message = f"{name} để trống khi nhập, chưa được đối chiếu với bản gốc{why}"
            fix = f"điền {name} theo bản gốc, {delete}" if doubt.field in required else \
                f"bản gốc có ghi {name} thì điền vào, không ghi thì để trống; {delete}"
        else:
            message = f"{name} do máy đọc khi nhập, chưa được đối chiếu với bản gốc{why}"
            fix = f"đối chiếu với bản gốc, sửa nếu sai, {delete}"
        problems.append(Problem(path, fm.key_lines.get(doubt.field, doubt.line), doubt.field, message, fix,
                                Severity.WARNING))
    return problems


# A citation whose number matches a held document only through that document's doubted number (``unverified:
# number``) is held back, not linked with a mark: the link would be more than a line on a panel — tracking counts the
# citer as carrying out the target's tasks (done, late), and cascades, timelines and the body's own link follow it —
# so every one of them would present the machine's reading as a relation, marked or not. A matching citation is no
# proof either: a misread digit (12 read as 17) gives the document another's number, and a citation of that other then
# lands on it: the wrong link principle 2 puts below no link. Held back, the citation goes to a page of its number that
# names the held document and says why (as an ambiguous or unplaced number's does), `vanban check` warns at the
# citing line, and once a person checks the number and deletes its entry the next build links it.


def held_back_note(type_: str, title: str, issuer: str) -> str:
    """What the page of a number held back says: the held document it matched (by what it is, not by the number in
    doubt), and why it is not linked."""
    named = " ".join(part for part in (type_, f"“{title}”" if title else "", f"của {issuer}" if issuer else "") if part)
    return (f"Kho có {named} mang số này, nhưng số ký hiệu của văn bản đó do máy đọc khi nhập, chưa được đối chiếu "
            "với bản gốc; trang này chưa liên kết tới văn bản đó.")


def held_back_problem(citer: str, line: int, number: str, target: str) -> Problem:
    """The warning at the citing line of a citation held back: the fix is in the cited document's file (*target*)."""
    return Problem(citer, line, "trích dẫn",
                   f"số {number} khớp với {target}, nhưng số ký hiệu của văn bản đó do máy đọc khi nhập, chưa được "
                   "đối chiếu với bản gốc: chưa liên kết tới văn bản đó",
                   f"đối chiếu số ký hiệu trong {target} với bản gốc, sửa nếu sai, rồi xoá dòng “number: …” trong "
                   f"{KEY} của tệp đó; lần xây dựng sau sẽ liên kết", Severity.WARNING)
