"""A copy of the header run into the body's first paragraph, split out into its own lines.

A page copied as one line, pasted into Word under a header typed above it, opens its body with the whole header
flattened ("UBND HUYỆN HƯƠNG KHÊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GD&ĐT Độc lập - Tự do - Hạnh phúc Số:
/PGD&ĐT-TH Hương Khê, ngày 15 tháng 9 năm 2010 BÁO CÁO TỔNG KẾT … A- ĐÁNH GIÁ …"): a wall of text whose first
words are the header. A paragraph that opens with the national motto or the Party's heading and holds a second
landmark of a header (the motto's second line, "Số: …", the place and date) in its first lines is split where the
header's parts begin and where its type line and trích yếu in capitals end (run_in.body_start). Nothing of it is
dropped: the clerk sees the header's lines as lines and the body as its own paragraph.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from ..glossary import TYPE_NAMES
from ..text import fold
from .lines import Block, Line
from .run_in import body_start

__all__ = ["split_header_run_in"]

_WINDOW = 600  # characters: a flattened header's landmarks all stand in its first lines
_MIN_TEXT = 300  # a header alone on its line is no wall to split
# the motto, a mark a copy's font lost or split ("CỘNG HỒ", "Xà HỘI", "NGHIA") or not; the Party's heading
_OPENING = re.compile(r"CỘNG\s*H\S{1,3}\s+X\S{1,2}\s+HỘI\s+CHỦ\s+NGH\S{1,2}\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_LANDMARKS = re.compile(
    r"Độc\s+lập\s*[-–]\s*(?:Tự\s+do\s*[-–]\s*|Tự\s*[-–]\s*)?Hạnh\s+phúc"  # the motto's second line, a word lost or not
    r"|(?<!\S)Số\s*:?\s*(?=[\d/. ]*/)"  # "Số: 94 /BC-UBND", "Số : 2917 /SGDĐT-VP"
    r"|(?<!\S)(?:(?:Thành\s+phố|Thị\s+xã|TP\.)\s*)?(?:[A-ZĐ][\w-]*\s+){0,3}[A-ZĐ][\w-]*,\s*ngày\b[\s\d.]*tháng[\s\d.]*"
    r"năm\s*\d{4}")  # "Hương Khê, ngày …", "Thành phố Huế, ngày …"
_DATE_END = re.compile(r"năm\s*\d{4}")
_TYPE = re.compile(r"(?:" + "|".join(sorted((re.escape(fold(n).upper()) for n in TYPE_NAMES), key=len, reverse=True))
                   + r")\b")
_DECORATION = re.compile(r"[\s\-–*_=\\]+")


def _cuts(text: str) -> list[int]:
    """Where a flattened header's parts begin and where its body begins, in *text*; [] when it opens with none."""
    window = text[:_WINDOW]
    opening = _OPENING.search(window)
    marks = list(_LANDMARKS.finditer(window))
    if opening is None or not marks or opening.start() > _WINDOW // 2:
        return []
    cuts = sorted({opening.start(), opening.end(), *(max(m.start(), opening.end()) if opening.start() < m.start()
                                                      < opening.end() else m.start() for m in marks)} - {0})
    last = max(marks, key=lambda m: m.end())
    end = last.end() if not last.group(0).startswith("Số") else _after_number(text, last.end())
    if date := _DATE_END.match(text, end - 8 if end >= 8 else 0):  # the year a landmark's match ends on
        end = max(end, date.end())
    end += len(m.group(0)) if (m := _DECORATION.match(text, end)) else 0
    cuts.append(end)
    rest = text[end:]
    kind = _TYPE.match(fold(rest).upper())
    if kind and (start := body_start(rest[kind.end():])):
        cuts.append(end + kind.end() + start)
    elif (addressed := re.search(r"\bKính\s+g[ửở]i\s*:", rest[:_WINDOW])) and addressed.start():
        cuts.append(end + addressed.start())  # "V/v báo cáo nhanh … Kính gửi: …": a letter's V/v, then its addressee
    return [c for c in cuts if 0 < c < len(text)]


def _after_number(text: str, at: int) -> int:
    """The end of the number a "Số:" at *at* opens ("2917 /SGDĐT-VP")."""
    m = re.compile(r"[\d. ]*/\s*[\w&./-]+").match(text, at)
    return m.end() if m else at


def _run_in(line: Block) -> tuple[int, list[int]]:
    """Where a flattened header in *line* starts (after a portal's "1. " or "Nội dung") and its cuts; [] if none."""
    if not isinstance(line, Line) or len(line.text) < _MIN_TEXT:
        return 0, []
    lead = re.match(r"\s*(?:\d{1,2}\.\s+|Nội dung\s+)?", line.text)  # "1. UBND TỈNH …": a portal's label before it
    offset = lead.end() if lead else 0
    return offset, _cuts(line.text[offset:])


def split_header_run_in(blocks: list[Block]) -> tuple[list[Block], int]:
    """*blocks* with the first paragraph (under a line or two of the page's: "Dung lượng 295 KB") split where a
    header run into it ends; and how many lines it gave."""
    found = next(((i, *_run_in(b)) for i, b in enumerate(blocks[:3]) if _run_in(b)[1]), None)
    if found is None:
        return blocks, 0
    first, offset, cuts = found
    line = blocks[first]
    assert isinstance(line, Line)
    text = line.text
    bounds = [offset, *(offset + c for c in sorted(set(cuts))), len(text)]
    parts = [text[a:b].strip(" -–*\\") for a, b in itertools.pairwise(bounds)]
    lines: list[Block] = [dataclasses.replace(line, text=p, markdown="", gap_before=True) for p in parts if p]
    return [*blocks[:first], *lines, *blocks[first + 1:]], len(lines)
