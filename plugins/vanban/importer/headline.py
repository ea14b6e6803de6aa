"""A portal's headline above a document whose header lost its trích yếu.

"Nghị quyết 51/2016/NQ-HĐND Quy định phân cấp nguồn thu …" names the type, the number and then
what the document is about. Taken only when the header's own type and number open the line (so
the headline is this document's, not a cited one's) and the header gave no trích yếu; a portal's
" do … ban hành" tail is no part of it, and the value is reported as unsure.
"""

from __future__ import annotations

import re

from ..text import collapse_space, fold
from .lines import Block, Line
from .result import ImportResult

HEADLINE_LINES = 3  # the page title stands at the very top
_DATED = re.compile(r"^(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+", re.I)
_BY = re.compile(r"\s+do\s+[^,;]{3,120}\s+ban hành$", re.I)


def _squeezed(text: str) -> str:
    return fold(text).upper().replace(" ", "")


def read_headline_title(result: ImportResult, blocks: list[Block]) -> None:
    """Fill an empty trích yếu from a headline "<type> <this number> <trích yếu>" at the top."""
    kind, number = str(result.fields.get("type") or ""), str(result.fields.get("number") or "")
    if result.fields.get("title") or not kind or not number:
        return
    lines = [b.text for b in blocks[: HEADLINE_LINES * 3] if isinstance(b, Line) and b.text.strip()][:HEADLINE_LINES]
    for line in lines:
        words = collapse_space(line).split(" ")
        type_len = len(kind.split())
        if fold(" ".join(words[:type_len])).upper() != fold(kind).upper():
            continue
        rest = words[type_len:]
        if rest and fold(rest[0]).upper() == "SO":
            rest = rest[1:]
        if not rest or _squeezed(rest[0]) != _squeezed(number):
            continue
        title = _BY.sub("", _DATED.sub("", " ".join(rest[1:]))).strip(" .:-")
        if len(title.split()) < 3 or "|" in title:
            return
        result.fields["title"] = title
        result.missing = [(k, why) for k, why in result.missing if k != "title"]
        result.unsure.append(("title", f"phần đầu văn bản không ghi trích yếu; lấy từ tiêu đề trang “{collapse_space(line)}”"))
        return
