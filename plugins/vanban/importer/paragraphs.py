"""A page's paragraphs as the lead readers see them, whatever form the page came in.

Text and Word give paragraphs; a PDF gives printed lines, so a lead wrapped over eight of them would fall out of
the window a lead is looked for in (the page's first paragraphs). Printed lines are joined back where a line ran
its column's width (the lines above it: a sapo box or a narrow column has its own) without ending its sentence; a
post's stamp ("Ngày cập nhật …") or an item always opens its own line.
"""

from __future__ import annotations

import re

from .lines import Block, Line

_ENDS = re.compile(r"[.:;!?…]\s*[\"”»)]?$")
# "Ngày cập nhật 10/12/2018", "11:08 | 10/02/2018", "Thứ hai 24/1/2022": a post's stamp under its headline opens a line of its own (a
# wrapped "… ngày" / "29/11/2017 …" goes on)
_STAMP = re.compile(r"^(?:(?:Ngày\s+)?(?:cập nhật|đăng|đăng tải)\b|\d{1,2}:\d{2}\b|(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật)\b)",
                    re.I)
# "I. Khái quát chung", "1. Thời gian", "- Danh mục …": an item or heading opens its own paragraph
_ITEM = re.compile(r"^(?:\d+(?:\.\d+)*\s*[.)]\s|[IVXLC]+\s*[.)]\s|[a-zđ]\s*\)\s|[-+•–*]\s)")
_FULL = 0.75  # a printed line this near its column's width ran on to the next: it was wrapped
_BEFORE = 3  # the lines above (and the one below) that show the width of the column a line stands in


def page_lines(blocks: list[Block]) -> list[str]:
    """The page's paragraphs in reading order. A PDF's printed lines (its reader knows where a line sits) are joined
    where a line ran the full width without ending its sentence, so the lead window counts paragraphs, never printed
    lines (a lead wrapped over eight lines of a printed page is still the page's first paragraph or two)."""
    lines = [b for b in blocks if isinstance(b, Line) and b.text.strip()]
    if not lines or any(b.centered is None for b in lines):
        return [b.text for b in lines]
    sizes = [len(b.text.strip()) for b in lines]
    out: list[str] = []
    full = False
    for i, b in enumerate(lines):
        if out and full and not b.cell and not _STAMP.match(b.text.lstrip()) and not _ITEM.match(b.text.lstrip()):
            out[-1] = out[-1].rstrip() + ("" if out[-1].endswith("-") else " ") + b.text.strip()
        else:
            out.append(b.text)
        width = max(sizes[max(i - _BEFORE, 0) : i + 2])  # the column it stands in: a narrow box has its own
        full = not b.cell and sizes[i] >= _FULL * width and not _ENDS.search(b.text.rstrip())
    return out


_SENTENCE_MAX = 1500  # a lead a PDF wrapped past *most* lines goes on to its full stop, up to this many characters


def paragraph(lines: list[str], i: int, most: int = 4, sentence: bool = True) -> str:
    """Line *i* with the lines a PDF wrapped it onto, up to the end of its sentence (or *most* lines; a sentence
    still open after them goes on to its end: "… ban hành Kế hoạch số" / "171/KH-UBND về việc …")."""
    text = lines[i]
    for n, line in enumerate(lines[i + 1:], start=1):
        if sentence and text.rstrip().endswith((".", ":", ";")):
            break
        if n >= most and (not sentence or len(text) > _SENTENCE_MAX):
            break
        if sentence and line.lstrip().startswith("Căn cứ"):
            break  # a lead that lost its full stop, then the document's preamble: never one sentence
        text = text.rstrip() + ("" if text.rstrip().endswith("-") else " ") + line.strip()
    return text
