"""A portal's chrome above a page's title: a breadcrumb ("Trang chủ / Tin tức / Tin trong tỉnh"), the line that
dates the item ("Cập nhật lúc 18:26, Thứ Ba, 29/09/2020 (GMT+7)", "11:03, 01/03/2023"), a counter ("Lượt xem: 1234")
and the page's tools ("In bài viết", "Chia sẻ"); and a news lead's source tag ("(Báo Nghệ An) - ", "TPO - ",
"(TN&MT) - ") before its first word.  They stand where a title
would be, so the rules that read a page's first line (:mod:`.identity`, :mod:`.titles`) start after them: a saved news
page whose first line is its update time is still a page titled by its document.
"""

from __future__ import annotations

import re

__all__ = [
    "blank_source_tags",
    "chrome_end",
    "headline_start",
    "is_caption",
    "is_stamp",
    "opens_sentence",
    "repeated_title_end",
]

_SEP = r"[ \t]*[/>»›|][ \t]*"
# "Trang chủ", perhaps followed by the sections down to the item, each short, without a sentence's end or a digit (a
# crumb naming the document, "» Quyết định 12/QĐ-UBND", may be its title: that line is read)
_BREADCRUMB = rf"(?:Trang[ \t]+chủ|Trang[ \t]+nhất|TRANG[ \t]+CHỦ|Home)(?:{_SEP}[^\n/>»›|.!?\d]{{1,60}}){{0,6}}"
# A date-line's label, then nothing but weekdays, dates, times and the time zone
_LABEL = (
    r"(?:(?:Ngày|Thời[ \t]+gian)[ \t]+(?:cập[ \t]+nhật|đăng(?:[ \t]+tải)?|xuất[ \t]+bản)|Cập[ \t]+nhật|Đăng(?:[ \t]+tải)?"
    r"|Ngày[ \t]+đăng|Posted|Updated)(?:[ \t]+(?:lúc|ngày|vào))?[ \t]*:?"
)
_WHEN = (
    r"(?:Thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ[ \t]+nhật|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|SA|CH))?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\(?GMT[ \t]*[+-][ \t]*\d{1,2}(?::?00)?\)?|lúc|ngày)"
)
_DATELINE = rf"(?:{_LABEL})?(?:[ \t,|–-]*\(?{_WHEN}\)?)+"
# A counter ("Lượt xem: 1234", "Số lượt đọc: 887") and the page's tools ("In bài viết", "Chia sẻ", "Cỡ chữ")
_COUNTER = r"(?:Số[ \t]+)?lượt[ \t]+(?:xem|đọc|truy[ \t]+cập)[ \t]*:?[ \t]*[\d.,]+"
_TOOLS = r"(?:In[ \t]+(?:bài(?:[ \t]+viết)?|trang)|Bản[ \t]+in|Chia[ \t]+sẻ|Gửi[ \t]+email|Cỡ[ \t]+chữ|Lưu[ \t]+bài(?:[ \t]+viết)?)"
# A weather widget not yet loaded ("Thời tiết đang được cập nhật ...")
_WEATHER = r"Thời[ \t]+tiết[ \t]+đang[ \t]+(?:được[ \t]+)?cập[ \t]+nhật[ \t.…]*"
# A script's variable leaked into the copy, alone on its line ("intTypePromotion=1"): one identifier, "=", a value
_SCRIPT_DEBRIS = r"[A-Za-z_][A-Za-z0-9_]{2,40}=[A-Za-z0-9_.-]{0,40}"
_CHROME_LINE = re.compile(
    rf"[ \t]*(?:{_BREADCRUMB}|{_DATELINE}|{_COUNTER}|{_WEATHER}|{_SCRIPT_DEBRIS}|{_TOOLS}(?:[ \t]*[|,][ \t]*{_TOOLS})*)[ \t,|]*\n(?:[ \t]*\n)*",
    re.IGNORECASE,
)
# At most this many chrome lines are passed over
CHROME_LINES = 3


def chrome_end(w: str) -> int:
    """Where the text after the chrome lines opening *w* starts (0 when it opens with none); a page that is all
    chrome keeps it."""
    end = 0
    for _ in range(CHROME_LINES):
        found = _CHROME_LINE.match(w, end)
        if found is None:
            break
        end = found.end()
    return end if w[end:].strip() else 0


# A news paragraph's source tag: its outlet in brackets or in capitals, then a dash ("(Chinhphu.vn) - Thủ tướng …", "TPO -
# Bộ Chính trị …", "VOV.VN - …"), on the working copy (dashes already "-"); a portal's tag before the paper's ("(Báo Nghệ
# An) - BBK - …") is one more; an outlet's initials in brackets need no dash ("(CAO) Cách đây 46 năm, …", "(TTXVN) …")
_SOURCE_TAG = re.compile(
    r"(?m)^[ \t>*#_|]*(?:(?:(?:\([^()\n\d]{2,40}\)|(?-i:[A-ZĐ][A-ZĐ&]{1,7}(?:\.(?:VN|vn|NET|COM))?))[ \t]*-[ \t]+){1,2}"
    r"|\((?-i:[A-ZĐ][A-ZĐ&]{1,7}(?:\.(?:VN|vn|NET|COM))?)\)[ \t]+)"
    r"(?=[^\W\d_])"
)


def blank_source_tags(w: str) -> str:
    """*w* with each paragraph's source tag blanked (same length): the lead then opens its paragraph with its own words,
    as the rules of :mod:`.leads` and :mod:`.titles` read a paragraph's start."""
    return _SOURCE_TAG.sub(lambda m: " " * len(m.group(0)), w) if "-" in w or ")" in w else w


# A first line this long or longer is no headline
TITLE_CHARS = 200
_FIRST_TWO = re.compile(r"[ \t]*(?P<first>[^\n]+?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<second>[^\n]+?)[ \t]*(?:\n|\Z)")


def repeated_title_end(w: str) -> int:
    """Where the second copy of a title the page repeats on its next line starts (a news page's link and heading,
    "Quy định về việc …⏎⏎Quy định về việc …"), else 0.  The caller reads it only when no other headline repeats (a
    tag page's items do, each one twice)."""
    found = _FIRST_TWO.match(w)
    if found is None or found["first"] != found["second"] or len(found["first"]) >= TITLE_CHARS:
        return 0
    return found.start("second") - (len(found["second"]) - len(found["second"].lstrip()))


def headline_start(w: str) -> int:
    """Where a page's headline may stand: past its chrome lines and the first copy of a title it repeats (read by
    :func:`.clauses.find_regions`, whose headline is a clause of its own)."""
    start = chrome_end(w)
    return start + repeated_title_end(w[start : start + 2 * TITLE_CHARS + 8])


# A page's date stamp on a line of its own ("01/03/2021 00:00", "16/03/2020 | 09:41", "25/08/2008"): chrome between a
# headline and its lead
_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t,|-]+\d{1,2}[:hg]\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|SA|CH))?)?")


def is_stamp(bare: str) -> bool:
    """Whether the stripped line *bare* is a date stamp alone (:data:`_STAMP`)."""
    return bare[:1].isdecimal() and _STAMP.fullmatch(bare) is not None


# A photo's caption on a line of its own ("Ảnh minh họa", "Ảnh minh họa (Nguồn baolangson.vn)", "(Ảnh: Tại Hội nghị …)",
# "Ảnh: Quang cảnh …"): chrome between paragraphs, as a blank line is, whatever its last character
_CAPTION = re.compile(r"\(?[ \t]*Ảnh(?:[ \t]+minh[ \t]+h(?:ọa|oạ)|[ \t]*:)")
CAPTION_CHARS = 200


def is_caption(bare: str) -> bool:
    """Whether the stripped line *bare* is a photo's caption (:data:`_CAPTION`), at most CAPTION_CHARS long."""
    return bare[:1] in "(Ả" and len(bare) <= CAPTION_CHARS and _CAPTION.match(bare) is not None


# What may stand before a sentence's first letter: a bracket or a quote ("(CMO) Sáng 1/3, …")
_OPENING_MARKS = re.compile(r"[(\[“\"']*")


def opens_sentence(w: str, pos: int) -> int:
    """Where the capital that opens a sentence at *pos* stands, past a bracket or a quote; -1 when none does."""
    marks = _OPENING_MARKS.match(w, pos)
    first = marks.end() if marks is not None else pos
    return first if w[first : first + 1].isupper() else -1
