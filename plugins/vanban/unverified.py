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
