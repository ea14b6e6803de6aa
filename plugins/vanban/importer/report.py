"""The Vietnamese report of one import, and field-by-field comparison with a hand-made content file."""

from __future__ import annotations

from collections.abc import Iterator

from ..documents import Document
from .result import FIELD_NAMES, FIELDS, ImportResult


def report_lines(result: ImportResult, full: bool) -> Iterator[str]:
    """The Vietnamese report for one file: what is missing always; every field and citation when *full*."""
    if full:
        for key in FIELDS:
            value = result.value(key)
            shown = "; ".join(value) if isinstance(value, list) else value
            yield f"  {FIELD_NAMES[key]} ({key}): {shown if shown else '(trống)'}"
    for key, why in result.missing:
        yield f"  ✗ chưa xác định {FIELD_NAMES.get(key, key)} ({key}): {why} — để trống, hãy điền theo bản gốc"
    for key, why in result.unsure:  # filled in, but a human should look: said at the file, not only in the table
        yield f"  ? chưa chắc {FIELD_NAMES.get(key, key)} ({key}): {why}"
    for note in result.notes:
        yield f"  • {note}"
    if full:
        if result.citations:
            yield f"  Trích dẫn tìm thấy ({len(result.citations)}):"
            for c in result.citations:
                relation = ("thực hiện" if c.relation == "implements" else "nhắc đến") if c.settled else \
                    "chưa rõ là thực hiện hay chỉ nhắc đến"  # vanban.citations.settledness
                date = f", ngày {c.date:%d/%m/%Y}" if c.date else ""
                issuer = f" của {c.issuer}" if c.issuer else ""
                yield f"    - {c.type or 'Văn bản'} số {c.number}{date}{issuer} ({relation})"
        else:
            yield "  Không tìm thấy trích dẫn văn bản nào."


# --- comparing with a hand-made content file (tests and scripts/import_eval.py) -----------------------


def field_values(doc: Document) -> dict[str, str]:
    """The compared fields of a document as text (recipients joined by " | ")."""
    return {
        "number": doc.number, "type": doc.type, "issuer": doc.issuer,
        "date": doc.date.iso() if doc.date else "", "title": doc.title, "place": doc.place,
        "signer": doc.signer, "signer_title": doc.signer_title, "recipients": " | ".join(doc.recipients),
    }


def compare(imported: Document, expected: Document) -> dict[str, bool]:
    """Field → equal, after the core's own normalisation (NFC, spaces) of both sides."""
    got, want = field_values(imported), field_values(expected)
    return {key: got[key] == want[key] for key in FIELDS}

