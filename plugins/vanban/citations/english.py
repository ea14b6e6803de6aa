"""A document's own number in an English copy (an official translation, a legal newsletter), read where the
Vietnamese rules of :mod:`.identity` find none.

English pages are a kind on every unseen set since heldout17 (README, "twenty-fourth session"), and their own numbers
were missed, then cited, in two layouts the Vietnamese rules cannot see:

1. ``header`` — a translation's header cell "No. 105/2020/ND-CP | | Hanoi, September 8, 2020 |" or "No. 26/CT-TTg
   Hanoi, June 6, 2017" (heldout23 h23-45, h23-46): "No." at a line's start, then on the same line the place and an English
   date, as "Số: … | Hà Nội, ngày …" writes them.  A numbered line without that place and date is an item of a list.
2. ``title`` — a newsletter's one item "Circular No. 39/2018/TT-BTC dated April 20th, 2018 of the Ministry of Finance on
   …" whose next paragraph says "This Circular is to amend …" or "The document is to …" (heldout23 h23-42, dev27 d27-24,
   d27-26): the item the page presents, as a Vietnamese record line repeating its title is.  Only when the opening has one
   such item.
3. ``metadata`` — an English portal's property row, as "Số hiệu:" is a Vietnamese one: "Official number:1059/QD-TTg"
   (its next label perhaps glued to the number, "…/QD-TTgSigner:…"), "Document number: …" (heldout26 h26-55); and a
   translation's "Original Language Title: Quyết định 100/2008/QĐ-TTg: Phê duyệt …", the Vietnamese title of the
   document it translates (heldout26 h26-56, heldout23 h23-43).  Only when the opening has one such row: a listing of
   documents repeats it.

Read on :mod:`.identity`'s working copy (look-alike letters read as Latin), where "No." is still written so.
"""

from __future__ import annotations

import re

from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import number_at
from .vocabulary import NOT_AFTER, TYPE_ALT

__all__ = ["english_own"]

ENGLISH_TYPES = (
    r"(?:Joint[ \t]+)?(?:Decree|Decision|Circular|Directive|Resolution|Official[ \t]+(?:[Ll]etter|[Dd]ispatch)|Dispatch|Law"
    r"|Ordinance|Plan|Notice|Instruction|Conclusion|Regulation|Guidance|Telegram)"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# The header cell: "No." (read "số") at a line's start
_HEADER_NO = re.compile(r"(?m)^[ \t>*#_|]*No\.[ \t]*(?=\d)")
# The rest of its line: the place and the English date ("| | Hanoi, September 8, 2020 |", " Hanoi, June 6, 2017")
_PLACE_DATE = re.compile(
    rf"[^\n]*?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*,[ \t]+{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
)
# A newsletter item's title: the type, "No." and the number, then "dated"/"of" (an icon's name may stand before it)
_TITLE = re.compile(rf"(?m)^[ \t>*#_|]*(?:fa-[a-z-]+[ \t]+)?{ENGLISH_TYPES}[ \t]+No\.[ \t]*(?=\d)")
_TITLE_TAIL = re.compile(r"[ \t]+(?:dated|of)(?![^\W_])")
# The next paragraph naming it back: "This Circular is to …", "The document is to …"
_NAMED_BACK = re.compile(rf"[ \t>*#_|]*(?:This|The)[ \t]+(?:{ENGLISH_TYPES}|document)(?![^\W_])")
# How much of the opening holds the item
TITLE_REACH = 1200
# A property row's label (its value the number) and a translation's row giving the original's title (its value a
# Vietnamese type word and the number), at a line's start
_PROPERTY = re.compile(
    r"(?m)^[ \t>*#_|]*(?:Official[ \t]+(?:number|No\.?)|Document[ \t]+(?:number|No\.?))[ \t]*:[ \t]*(?=\d)", re.IGNORECASE
)
_ORIGINAL_TITLE = re.compile(
    rf"(?m)^[ \t>*#_|]*Original[ \t]+(?:Language[ \t]+)?Title[ \t]*:[ \t]*(?i:{TYPE_ALT}){NOT_AFTER}[ \t]+"
    r"(?:(?i:số)[ \t]*:?[ \t]*)?(?=\d)",
    re.IGNORECASE,
)


def english_own(head: str, w: str) -> OwnNumber | None:
    """The own number an English header cell, a newsletter's one item or a portal's property row names (module
    docstring), else None."""
    if "No." not in w:
        return _property(head, w)
    for m in _HEADER_NO.finditer(w):
        scan = scan_number(w, m.end())
        if scan is None or not scan.structured or _PLACE_DATE.match(w, scan.end) is None:
            continue
        if (own := number_at(head, w, m.end(), "header")) is not None:
            return own
    parted = _BLANK_LINE.search(w) is not None  # a copy without blank lines has a paragraph on each line
    titles = [m for m in _TITLE.finditer(w, 0, TITLE_REACH) if not parted or _opens_paragraph(w, m.start())]
    if len(titles) != 1:
        return _property(head, w)
    scan = scan_number(w, titles[0].end())
    if scan is None or not scan.structured or _TITLE_TAIL.match(w, scan.end) is None:
        return _property(head, w)
    # the next paragraph: after a blank line (a hard-wrapped title runs on), else on the next line
    gap = _BLANK_LINE.search(w, scan.end) or _LINE_BREAK.search(w, scan.end)
    if gap is None or _NAMED_BACK.match(w, gap.end()) is None:
        return _property(head, w)
    return number_at(head, w, titles[0].end(), "title")


def _property(head: str, w: str) -> OwnNumber | None:
    """The number of the opening's one English property row or original-title row (module docstring, 3.), else None."""
    for pattern, source in ((_PROPERTY, "metadata"), (_ORIGINAL_TITLE, "title")):
        rows = [m for m in pattern.finditer(w, 0, TITLE_REACH * 2) if (found := scan_number(w, m.end())) and found.structured]
        if len(rows) == 1:
            return number_at(head, w, rows[0].end(), source)
    return None


def _opens_paragraph(w: str, pos: int) -> bool:
    """Whether the line at *pos* opens a paragraph: the text's first line or one under a blank line (a hard-wrapped
    title's next line may open with another "Circular No. …" it names)."""
    return pos == 0 or w[max(0, w.rfind("\n", 0, max(0, pos - 1)) + 1) : pos].strip() == ""


_BLANK_LINE = re.compile(r"\n[ \t]*\n[ \t\n]*")
_LINE_BREAK = re.compile(r"\n[ \t\n]*")
