"""A letter's subject written under its number without its "V/v" label, in a copy that lost the label.

Nghị định 30/2020 puts a Công văn's trích yếu under its number, before "Kính gửi:". A copy may drop the "V/v"
("Số 369 - CV/BTGTU" / "Gửi Đề cương tuyên truyền kỷ niệm" / "190 năm thành lập …" / "Kính gửi:"): the short
lines standing alone between the header and "Kính gửi" are then the subject. Read only for a letter whose header
gave no trích yếu, from at most three lines that are no list item, no sentence (no full stop or colon at their end)
and no date; reported as unsure, and taken out of the body.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .lines import Block, Line
from .patterns import ADDRESSEE
from .result import ImportResult

_LINES = 3
_MAX = 300
_DAY = re.compile(r"\bngày\s+\d|\d{1,2}/\d{1,2}/\d{4}")


def read_letter_subject(result: ImportResult, body: list[Block]) -> list[Block]:
    """*body* without the subject lines it opens with, when they are a letter's subject (see the module)."""
    if result.fields.get("type") != "Công văn" or result.fields.get("title") or not result.fields.get("number"):
        return body
    lines: list[str] = []
    for i, block in enumerate(body[: _LINES + 1]):
        if not isinstance(block, Line):
            return body
        text = collapse_space(block.text)
        if ADDRESSEE.match(text):
            subject = collapse_space(" ".join(lines))
            if not lines or len(subject) > _MAX:
                return body
            result.take("title", subject, f"không có dòng V/v; trích yếu là dòng dưới số ký hiệu, trước “Kính gửi”: "
                                          f"“{subject}”")
            return body[i:]
        if not text or text[:1] in "-–+•*" or text[-1:] in ".:;" or _DAY.search(text) or (not lines and not text[:1].isupper()):
            return body  # a list item, a sentence, a date, or an opening that is no subject's
        lines.append(text)
    return body
