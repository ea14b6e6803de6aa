"""What may follow a bare serial after its type word and still end it as a document's number: the start of a new
phrase (read by :func:`.scanning.bare_status`).

A serial without a code is a citation when punctuation, a line end or a function word follows it ("Nghị quyết 57
của Bộ Chính trị"), or its date ("Công văn số 468 ngày 10/3/2025"); any other word makes it a short form only, read
where the full number stands elsewhere, for a count goes on in small letters ("Kế hoạch 5 năm", "Chương trình 3 nội
dung").  The bare serials missed over the spent sets stood before two more starts of a phrase (README, fortieth
session, cit50b):

* a word in sentence case — a capital, then small letters —, after a blank or glued to the digits: the owner named
  without "của" ("theo tinh thần Nghị quyết 18 Hội nghị Trung ương 6 khoá XII", heldout28 h28-05), the next label of
  a tag line ("Chỉ thị 20 Cẩm nang tiết kiệm điện", heldout38 h38-13), a page's chrome glued on ("Nghị định
  28Liên kết website:", heldout24 h24-06).  A count is followed by what it counts, in small letters, or by a type
  word when it counts documents ("báo cáo 4 Nghị quyết: …", heldout33 h33-53, "báo cáo" a verb there); a line in
  capitals ("KẾ HOẠCH 5 NĂM …") has no case to tell by and stays as it was;
* a date without its year ("văn bản số 72 ngày 18/7 của Ban Chỉ đạo Trung ương …", heldout38 h38-32; the papers'
  habit for a date of this year), which the full date's pattern did not take, so "ngày" read as a count of days.

Who the number belongs to is then told as for every bare serial: by its type word and "của …" where the text names
it, else the site keeps a codeless number apart by type and body and warns (:func:`vanban.graph_problems.codeless_apart`).
"""

from __future__ import annotations

import re

from .vocabulary import TYPE_START

__all__ = ["starts_phrase", "yearless_date"]

# a word in sentence case right after the serial, glued or after blanks on the same line: one capital, then small
# letters (Vietnamese ones included), then the word's end
_SENTENCE_CASE = re.compile(r"[ \t]{0,3}([^\W\d_])([^\W\d_]+)")

# "ngày 18/7" (or "18-7", "18.7") not followed by a year part: a day and a month
_YEARLESS = re.compile(r"[ \t]{1,3}ngày[ \t]{1,3}(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)", re.IGNORECASE)


def starts_phrase(w: str, end: int) -> bool:
    """Whether a word in sentence case starts right after a bare serial ending at *end* (same line)."""
    m = _SENTENCE_CASE.match(w, end)
    return (
        m is not None and m.group(1).isupper() and m.group(2).islower() and TYPE_START.match(w, m.start(1)) is None
    )


def yearless_date(w: str, end: int) -> bool:
    """Whether "ngày D/M", a real day and month without a year, follows a bare serial ending at *end*."""
    m = _YEARLESS.match(w, end)
    return m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
