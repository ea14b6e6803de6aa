"""A trích yếu read from a lead's number on: "số 26/CT-UBND", "(HOẢ TỐC) số 1141/KH-UBND về việc …".

A lead's subject reader stops at the type word ("… trong Chỉ thị số 26/CT-UBND được … ký"), so what it takes may open
with the document's reference: its number, an urgency mark before it. A trích yếu never does (Nghị định 30/2020: the
number is its own field, the trích yếu says what the document is about). The number is the document's when the
number field is empty and its code names the type read (or, for a Công văn, no type); the trích yếu is what follows
only when that opens the subject ("về việc …", "về …", "V/v …"); a purpose clause ("để triển khai …") or nothing
leaves it empty, reported, for the clerk to fill.
"""

from __future__ import annotations

import re

from ..citations import extract, number_key
from .result import ImportResult
from .type_code import is_letter_number, type_from_number

# "số 3045 /UBND-NN", "(HOẢ TỐC) số 1141/…", "Số: 26/…": the reference opening the text, a bracketed mark before it
_OPENING = re.compile(r"^(?:\([^()]{2,20}\)\s*)?số\s*:?\s*(?=\d)", re.I)
_DATE = re.compile(r"^\s*,?\s*ngày\s+\d{1,2}\s*(?:[-/.]|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:[-/.]|\s+năm\s+)\s*\d{4})?", re.I)
_SUBJECT = re.compile(r"^(?:về việc|về|v/v)\b", re.I)


def without_number_opening(result: ImportResult, title: str) -> str:
    """*title* without the document's reference it opens with; the number taken when the field is empty."""
    opening = _OPENING.match(title)
    if opening is None:
        return title
    cited = next((c for c in extract(title).citations
                  if c.occurrences and c.occurrences[0].start <= opening.end() + 1), None)
    if cited is None:
        return title
    number, kind = str(result.fields.get("number") or ""), str(result.fields.get("type") or "")
    fits = type_from_number(cited.number) == kind if kind != "Công văn" else is_letter_number(cited.number) or (
        type_from_number(cited.number) == kind)
    if not number and fits:
        result.take("number", cited.number, f"trang không có phần đầu văn bản; số đọc ở đầu trích yếu “{title[:60]}”")
    elif number and number_key(number) != number_key(cited.number):
        return title  # another document's number: what follows may be the subject of the page's own sentence
    rest = title[cited.occurrences[0].end:]
    rest = rest[date.end():] if (date := _DATE.match(rest)) else rest
    rest = rest.strip(" ,;:-–")
    if _SUBJECT.match(rest):
        result.notes.append(f"trích yếu: bỏ số ký hiệu đứng đầu (“{title[: len(title) - len(rest)].strip()}”)")
        return rest
    result.notes.append(f"“{title[:80]}” mở đầu bằng số ký hiệu, không nói văn bản về việc gì: không phải trích yếu")
    return ""
