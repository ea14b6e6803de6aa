"""The top of a document as one text with its landmarks blanked out, cut into pieces.

Readers give lines; the header is read from their joined text (see ``landmarks``). Cell
boundaries a scraper left (" | ", runs of spaces between two columns) become line breaks of the
same length, so every character keeps its offset and every piece knows the line it came from.
A landmark that is found (motto, "Số", date line, decoration) is blanked: its characters become
spaces between two line breaks, so what stood on either side of it becomes a piece of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..glossary import TYPE_NAMES
from .landmarks import DATE_LINE, MOTTO, folded
from .lines import Block, Line
from .patterns import UPPER_MARKED, is_upper

MAX_LINES = 80
_CELL_BREAK = re.compile(r" \| |\t+| {3,}")
# A long flattened line: a new piece starts at an authority line, a body opener or a section ("… năm 2015 I. Kết
# quả …": a document site's text run into one line, the trích yếu in sentence case going straight on into part I;
# "… CẤP TIỂU HỌC A- ĐÁNH GIÁ …", "I - TÌNH HÌNH …": a part or a section in capitals after a trích yếu in capitals).
_FLAT_BREAK = re.compile(r"(?<=\S)\s+(?=(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG CHÍNH PHỦ|BAN BÍ THƯ|Căn cứ|CĂN CỨ|Thực hiện|"
                         r"Xét đề nghị|Theo đề nghị|QUYẾT ĐỊNH:|QUYẾT NGHỊ|Kính gửi|Kính gởi)\b|I{1,3}\.\s[A-ZĐ]"
                         r"|(?:[A-E]|I{1,3}|IV|VI{0,3})\s?[-–]\s[A-Z" + UPPER_MARKED + r"]{2})"
                         r"|(?<=[^\sÓ])\s+(?=(?:GIÁM ĐỐC|HIỆU TRƯỞNG)\s+[A-ZĐ])")  # a unit head's authority line, not "PHÓ …"

_TYPE_WORD = re.compile(r"(?<!\s)\s+(?=(?:" + "|".join(sorted((re.escape(n.upper()) for n in TYPE_NAMES), key=len, reverse=True))
                        + r")\s+\S)")
_SENTENCE_START = re.compile(r"(?<!\s)\s+(?=[^\W\d_]+\s+[^\W\d_]+\s)")
_CAPS_RUN = 6  # words in capitals opening the paragraph: a header's lines, not a name in running text
# "TRƯỜNG THCS X", "ỦY BAN NHÂN DÂN …", "15/2012/CT-UBND": what may stand before the type word in a flattened header
_BEFORE_TYPE = re.compile(r"^(?:TRƯỜNG|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|BỘ|SỞ|PHÒNG|BAN|CỤC|TỔNG CỤC|ĐẢNG|CHI BỘ|"
                          r"HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|ĐOÀN|HỘI|CÔNG ĐOÀN|TRUNG TÂM|VĂN PHÒNG|\d+\S*/)")


def _caps_header(text: str) -> str:
    """A header in capitals run into the body's first paragraph, cut into its lines: the sentence-case body after
    the trích yếu ("TRƯỜNG THCS X KẾ HOẠCH … NĂM HỌC 2008 – 2009 Năm học 2008 – 2009 là …") and the type word after
    the body's name or number. Only a paragraph that opens with at least six words in capitals and holds nothing else
    before its first sentence-case words; every cut keeps the offsets."""
    end = next((m for m in _SENTENCE_START.finditer(text) if _sentence_case(text, m.end())), None)
    if end is None:
        return text
    head = text[: end.start()]
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    if len(words) < _CAPS_RUN or not all(is_upper(w) for w in words):
        return text
    cut = head + "\n" * (end.end() - end.start()) + text[end.end():]
    typed = _TYPE_WORD.search(head)
    if typed and _BEFORE_TYPE.match(head[: typed.start()].strip()):
        cut = cut[: typed.start()] + "\n" * (typed.end() - typed.start()) + cut[typed.end():]
    return cut


# "… Giáo dục mầm non BỘ GIÁO DỤC VÀ ĐÀO TẠO –––– Số: 13003/…": a document site's blurb run into the header it
# flattened; the body's name in capitals, then "Số:", after sentence-case words opens the header.
_BODY_THEN_NUMBER = re.compile(r"(?<!\s)\s+(?=(?:TRƯỜNG|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|BỘ|SỞ|PHÒNG|BAN|CỤC|TỔNG CỤC|ĐẢNG|CHI BỘ|"
                               r"HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|ĐOÀN|HỘI|CÔNG ĐOÀN|TRUNG TÂM|VĂN PHÒNG)\s"
                               r"(?P<name>[^\n]{1,80}?)\s(?:[-–—_*=]{3,}\s+)?(?:SỐ|Số)\s*:)")


def _blurb_before_body(text: str) -> str:
    """*text* with a line break (same length) where a body's name in capitals, then its "Số:", follows words in
    sentence case: the page's own words before a header it flattened are not the header's."""
    for m in _BODY_THEN_NUMBER.finditer(text):
        before = text[: m.start()].rstrip()
        end = before[-1:]
        if end and (end.islower() or end in ".,;:)]") and is_upper(m.group("name")) and len(m.group("name").split()) <= 9:
            return text[: m.start()] + "\n" * (m.end() - m.start()) + text[m.end():]
    return text


_SUMMARY_LINES = 15  # a document site's summary and the copy it summarises both stand in the page's first lines
_SUMMARY_CHARS = 600


def _blank_summary_copy(texts: list[str]) -> None:
    """"PHÒNG GD&ĐT … CỘNG HOÀ … Số: 14/TTr-ĐK1 Đồng Kho, ngày … TỜ TRÌNH Về việc công nhận" over the same header
    again, whole: a document site's summary, the header flattened onto one line and cut short, before the copy
    itself. A short line holding the motto and a date line, with the motto again on a later line, is blanked (spaces,
    offsets kept): the header is the copy's."""
    with_motto = [i for i, text in enumerate(texts[:_SUMMARY_LINES]) if MOTTO.search(folded(text))]
    if len(with_motto) < 2:
        return
    first = with_motto[0]
    text = texts[first]
    folded_text = folded(text)
    motto = MOTTO.search(folded_text)
    if (len(text) <= _SUMMARY_CHARS and motto is not None and "\n" not in text
            and any(m.group("y") for m in DATE_LINE.finditer(folded_text, motto.end()))):
        texts[first] = " " * len(text)


def _sentence_case(text: str, at: int) -> bool:
    """Whether *text* from *at* opens with a capitalised word and a lower-case one ("Trong thời gian …", "Năm học
    2008 …"); read by index, not from a copy of the rest (a copy at every space of a long line is quadratic)."""
    space = text.find(" ", at)
    first = text[at:] if space == -1 else text[at:space]
    after = space + 1 if space != -1 else len(text)
    next_space = text.find(" ", after)
    second = text[after:] if next_space == -1 else text[after:next_space]
    return (first[:1].isupper() and first[1:].islower() and bool(second) and second[:1].isalpha()
            and second.islower())


@dataclass(frozen=True)
class Piece:
    """A run of text between line breaks or blanked landmarks."""

    text: str
    start: int  # offset in the window text
    block: int  # index of the line it comes from
    after_break: bool  # a blank line, another line or a blanked landmark stands before it


class Window:
    """The first lines of a document (up to the first table) as one text with offsets."""

    def __init__(self, blocks: list[Block]) -> None:
        self.lines: list[tuple[int, Line]] = []
        for index, block in enumerate(blocks[:MAX_LINES]):
            if isinstance(block, Line):  # a table (a portal's metadata) is read by ``metadata``
                self.lines.append((index, block))
        texts: list[str] = []
        for _, line in self.lines:
            text = _CELL_BREAK.sub(lambda m: " " + "\n" * (len(m.group(0)) - 2) + " " if len(m.group(0)) > 2
                                   else "\n" * len(m.group(0)), line.text)
            if len(text) > 200:
                text = _caps_header(_FLAT_BREAK.sub(lambda m: "\n" * len(m.group(0)), text))
                text = _blurb_before_body(text)
            texts.append(text)
        _blank_summary_copy(texts)
        self.text = "\n".join(texts)
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + 1
        self.work = list(self.text)
        self.blanked = [False] * len(self.text)
        self._joined: str | None = None  # "".join(work), kept until the next blank: a line's many dates, each
        self._folded: str | None = None  # joining the whole window again, were quadratic

    def joined(self) -> str:
        """The working text (landmarks blanked so far)."""
        if self._joined is None:
            self._joined = "".join(self.work)
        return self._joined

    def folded(self) -> str:
        """The working text (landmarks blanked so far) folded for searching."""
        if self._folded is None:
            self._folded = folded(self.joined())
        return self._folded

    def blank(self, start: int, end: int) -> None:
        """Remove the landmark at [start, end): it separates what stands before and after it."""
        self._joined = self._folded = None
        for i in range(start, end):
            self.work[i] = " "
            self.blanked[i] = True
        if start < end:
            self.work[start] = "\n"
            self.work[end - 1] = "\n"

    def line_index(self, offset: int) -> int:
        """Index (into :attr:`lines`) of the line holding *offset*."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def block_of(self, offset: int) -> int:
        return self.lines[self.line_index(offset)][0] if self.lines else 0

    def line_of(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)][1]

    def column(self, offset: int) -> int:
        """Offset of *offset* within its own line's text."""
        return offset - self.starts[self.line_index(offset)]

    def pieces(self, start: int = 0, end: int | None = None) -> list[Piece]:
        """The non-empty pieces of the working text between *start* and *end*."""
        work = self.joined()
        stop = len(work) if end is None else end
        out: list[Piece] = []
        previous_end = -1
        for match in re.finditer(r"[^\n]+", work[start:stop]):
            text = match.group(0)
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not text:
                continue
            at = start + match.start() + lead
            between = range(max(previous_end, 0), at)
            line = self.line_of(at)
            new_line = previous_end < 0 or self.line_index(previous_end) != self.line_index(at)
            broken = (any(self.blanked[i] for i in between) or (new_line and line.gap_before)
                      or not new_line)
            out.append(Piece(text, at, self.block_of(at), broken))
            previous_end = at + len(text)
        return out
