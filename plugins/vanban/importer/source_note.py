"""The number a header-less page gives only in a note at its foot: "(Nguồn: Kế hoạch số 31/KH-UBND)", a byline's
"(nguồn 723/QĐ-UBND-HC)", an attachment "(Kèm theo: Công văn số 359/UBND-NN ngày 22/01/2018 của UBND tỉnh.pdf)".

Such a page tells its document in a lead that gives no number ("… Kế hoạch tổ chức … vừa được UBND tỉnh ban hành",
read by the unnumbered readers); the note names the same document by number. Read last, on a page that has no
number, no header date and whose type (if one was read) is the note's: the number, and the date, type and issuer
the note gives where nothing else did. Every value is reported as unsure.
"""

from __future__ import annotations

import re

from ..citations import extract
from .issuer import written_out
from .lead import SOURCE_LINES, WHY
from .lines import Block
from .paragraphs import page_lines
from .result import ImportResult
from .type_code import is_letter_number, type_from_number

_NOTE = re.compile(r"\(\s*(?:[Nn]guồn|[Kk]èm theo|[Đđ]ính kèm)\s*:?\s*(?P<ref>[^()]{5,200})\)")
_FILE = re.compile(r"\.(?:pdf|docx?|signed)\b.*$", re.I)


def read_source_note(result: ImportResult, blocks: list[Block]) -> None:
    """Fill the number (and an empty type, date, issuer) from a note at the page's foot (see the module)."""
    if result.fields.get("number") or (result.fields.get("date") and not result.fields.get("type")):
        return
    for text in reversed(page_lines(blocks)[-SOURCE_LINES:]):
        for m in _NOTE.finditer(text):
            ref = _FILE.sub("", m.group("ref").strip())
            cited = next((c for c in extract(ref).citations if c.occurrences and c.occurrences[0].start <= 30), None)
            if cited is None:
                continue
            kind = cited.type or type_from_number(cited.number) or ("Công văn" if is_letter_number(cited.number) else "")
            if not kind or result.fields.get("type") not in (None, "", kind):
                continue
            why = f"{WHY}: số đọc từ ghi chú cuối trang “{m.group(0)}”"
            values = {"number": cited.number, "type": kind, "date": cited.date.isoformat() if cited.date else "",
                      "issuer": written_out(cited.issuer or "")}
            for key, value in values.items():
                if value and not result.fields.get(key):
                    result.take(key, value, why)
            return
