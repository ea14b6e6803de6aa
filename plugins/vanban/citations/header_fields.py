"""The header's number field where a copy moved it: the page IS the document when its header says so.

:mod:`.identity` reads the header's "Số:" field at a line's start, after the motto or after header debris.  Copies move
the field in a few more ways that keep the header's structure (an issuer, the motto, a place and date, the number), each
read here only with a second mark of the header beside it:

* the old layout's heading further down, under a database page's chrome: "THÔNG TƯ⏎⏎CỦA TỔNG CỤC THỐNG KÊ SỐ 01/TCTK-TT
  NGÀY 26-9-1996 …" (import heldout18 j24, j18, heldout21 m12, heldout27 ac07): the type in capitals on its line, then
  "CỦA <issuer in capitals> SỐ <number>";
* the field after a single dash and followed by the place and date: "-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm
  2013" (import heldout14 e13);
* the field after the place-and-date of a header flattened to one line: "… Hạnh phúc -------- An Giang, ngày 05 tháng 10
  năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ …" (import heldout13 c11), the motto before it on the line;
* a typed field ("Nghị quyết số: 11-NQ/TW") followed by the place and date ("… Hà Nội, ngày 06 tháng 01 năm 2012",
  import tuning t06), where :mod:`.identity` takes a typed field only when it ends its line;
* the field after a header cell in capitals on its line (the issuer, or the Quốc hiệu of a two-column header flattened
  row by row) and followed by the letter's subject ("V/v …"), the place and date or the Quốc hiệu: "SỞ GIÁO DỤC VÀ ĐÀO
  TẠO Số: 647 /SGDĐT-GDTrH V/v hướng dẫn …" (heldout31 h31-03), "… CHỦ NGHĨA VIỆT NAM Số: 04/2012/NQ-HĐND Quảng Ngãi,
  ngày …" (heldout31 h31-36).  Only a field with its colon: "số" in a cited line has none; not when the code ends in a
  letter with a tone mark (a code is made of initials: "367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH" is the field glued to
  the next cell, import heldout h10, whose end cannot be told: no own number rather than a wrong one).
"""

from __future__ import annotations

import re

from ..text import UPPER_CLASS, UPPER_MARKED
from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import number_at
from .vocabulary import TYPE_ALT

__all__ = ["moved_field"]

# The old layout's heading at a line's start: the type (perhaps twice: a site's title above the text's), "CỦA", the
# issuer in capitals, "SỐ"
_OLD_HEADING = re.compile(
    rf"(?m)^[ \t>*#_|]*(?P<type>(?i:{TYPE_ALT}))[ \t]*\n(?:[ \t]*\n)*[ \t>*#_|]*CỦA(?:[ \t]+[^\W\d_a-zđ]{{1,12}}){{1,8}}[ \t]+SỐ[ \t]+"
)
# "-Số: …" at a line's start (a single dash of the header's rule left before it)
_DASHED = re.compile(r"(?m)^[ \t]*-[ \t]*(?:Số|SỐ)[ \t]*:[ \t]*")
# "… năm 2012 Số: …": the field right after a flattened header's date
_AFTER_DATE = re.compile(r"(?<![^\W_])(?:năm|NĂM)[ \t]+\d{4}[ \t]+(?:Số|SỐ)[ \t]*:[ \t]*")
_MOTTO = re.compile(r"Hạnh[ \t]+phúc|HẠNH[ \t]+PHÚC")
# How far before the field the motto is looked for on a flattened header's line
MOTTO_REACH = 240
# "Nghị quyết số: 11-NQ/TW" at a line's start
_TYPED = re.compile(rf"(?m)^[ \t>*#_|=-]*(?i:{TYPE_ALT})[ \t]+(?i:số)[ \t]*:[ \t]*")
# The place and date after the number: "Hà Nội, ngày …", "Tp. Hồ Chí Minh, ngày …"
_PLACE_DATE = re.compile(r"[ \t|]+[^\W\d_][^\n,|]{0,40},[ \t]*(?:ngày|NGÀY)[ \t]+\d")
_LINE_END = re.compile(r"[ \t|*_]*(?:\n|\Z)")
# "… ĐÀO TẠO Số: …": the field right after two or more words in capitals (a header cell; "TP." or "UBND" alone is not one),
# its colon perhaps lost ("ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …", a Party header's
# star between) — then written "Số", and the cell no type word ("KẾ HOẠCH SỐ 164-KH/TU …" is a title naming another)
_AFTER_CELL = re.compile(
    rf"(?<![^\W_])(?P<cell>(?:{UPPER_CLASS}{{2,}}[ \t]+){{1,}}{UPPER_CLASS}{{2,}})[ \t*]+(?P<so>Số|SỐ)[ \t]*(?P<colon>:)?[ \t]*"
)
_TYPE_AT_END = re.compile(rf"(?i:{TYPE_ALT})\Z")
# A capital with a tone or vowel mark (Đ is a code's letter: "QĐ", "HĐND")
_TONE_MARKED = re.compile(f"[{UPPER_MARKED.replace('Đ', '')}]")
# What follows the field in a header: the subject line, the place and date, the Quốc hiệu or the Party's name
_CELL_AFTER = re.compile(
    rf"[ \t|]+(?:V/v(?![^\W_])|C(?:ỘNG|ộng)[ \t]+H(?:ÒA|OÀ|òa|oà)(?![^\W_])|ĐẢNG[ \t]+CỘNG[ \t]+SẢN)|{_PLACE_DATE.pattern}"
)


def moved_field(head: str, w: str) -> OwnNumber | None:
    """The own number of a header field a copy moved (see the module docstring), else None."""
    heading = next((m for m in _OLD_HEADING.finditer(w) if m.group("type").isupper()), None)
    if heading is not None and (own := number_at(head, w, heading.end(), "header")) is not None:
        return own
    for pattern in (_DASHED, _TYPED):
        for m in pattern.finditer(w):
            scan = scan_number(w, m.end())
            if scan is None or not scan.structured:
                continue
            if _PLACE_DATE.match(w, scan.end) is not None or (pattern is _DASHED and _LINE_END.match(w, scan.end)):
                return number_at(head, w, m.end(), "header")
    for m in _AFTER_DATE.finditer(w):
        line_start = w.rfind("\n", 0, m.start()) + 1
        if _MOTTO.search(w, max(line_start, m.start() - MOTTO_REACH), m.start()) is not None:
            return number_at(head, w, m.end(), "header")
    for m in _AFTER_CELL.finditer(w):
        if m.group("colon") is None and (m.group("so") != "Số" or _TYPE_AT_END.search(m.group("cell")) is not None):
            continue
        scan = scan_number(w, m.end())
        if (
            scan is not None
            and scan.structured
            and _CELL_AFTER.match(w, scan.end) is not None
            and _TONE_MARKED.search(w, scan.start, scan.end) is None
        ):
            return number_at(head, w, m.end(), "header")
    return None
