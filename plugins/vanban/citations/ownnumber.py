"""What the rules of :mod:`.identity` and :mod:`.leads` share: the window read, and the number found at a place.
"""

from __future__ import annotations

import re

from .model import OwnNumber
from .numbers import CODE, cut_number, scan_number
from .spelling import canonical_number

__all__ = ["SO_GAP", "WINDOW", "at_line_start", "blank_number", "number_at", "serial"]

# How much of the opening is read: a portal's preamble and a two-column header fit in it.
WINDOW = 2500
# After "số" in a sentence: a colon, blanks, perhaps a line break before the number (a wrapped copy)
SO_GAP = r"[ \t]*:?[ \t]*\n?[ \t]*"


def serial(number: str) -> str:
    """The serial a number starts with ("21" of "21/KH-UBND", "05" of "05-NQ/TU")."""
    return number.split("/", 1)[0].split("-", 1)[0]


def at_line_start(w: str, pos: int) -> bool:
    """Whether only header debris (blanks, pipes, stars) stands before *pos* on its line."""
    line_start = w.rfind("\n", 0, pos) + 1
    return not w[line_start:pos].strip(" \t>*#_|")


def blank_number(w: str, pos: int) -> bool:
    """"Số: /KH-UBND", "Số      /NQ-HĐND": the number is left blank."""
    return re.match(r"[ \t.…]*/", w[pos : pos + 40]) is not None


# A header's number field whose "-" between the serial and the code was lost, the capitals glued to the digits: "Số:
# 448BTLBP/BTM" (448-BTLBP/BTM), whatever the code (a known Party type code is read anywhere: numbers.GLUED_PARTY).  The
# field's place says it is the number; the field ends its line or goes on with a blank (a flattened header's place).
_GLUED_FIELD = re.compile(rf"(?P<code>(?-i:[A-ZĐ]{{2,8}})/[ \t]{{0,3}}{CODE})(?=[ \t]|$)", re.MULTILINE)


def number_at(text: str, w: str, pos: int, source: str, *, bare: bool = False) -> OwnNumber | None:
    """The own number starting at *pos* of the working copy *w* (spelt as *text* writes it), read from *source*;
    a bare serial only when *bare* (a lead's "Chỉ thị số 17 về …"), None when no number starts there."""
    scan = scan_number(w, pos)
    if scan is None:
        return None
    scan = cut_number(w, scan) or scan  # "Chính phủ ban hành Nghị định 220/2025 …"
    if not scan.structured and source == "header" and (glued := _GLUED_FIELD.match(w, scan.end)) is not None:
        number = f"{text[scan.start : scan.end]}-{text[scan.end : glued.end('code')]}"
        return OwnNumber(canonical_number(number), text.count("\n", 0, scan.start) + 1, source)
    if not scan.structured:
        # "Chỉ thị số 17 về việc …": a bare serial only in a lead, followed by a word or punctuation
        after = w[scan.end : scan.end + 1]
        if not bare or after.isdigit() or (after in {"/", ".", ","} and w[scan.end + 1 : scan.end + 2].isdigit()):
            return None
    return OwnNumber(canonical_number(text[scan.start : scan.end]), text.count("\n", 0, scan.start) + 1, source)
