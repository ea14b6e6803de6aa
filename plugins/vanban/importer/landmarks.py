"""The landmarks of a header, found in text however it was wrapped, flattened or scraped.

Real copies break the header anywhere: the motto over two or three lines ("CỘNG" / "HÒA XÃ
HỘI…"), the date line after the place ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020"), "Số:" on
its own line, or the whole two-column header on one line ("Số: 454/UBND-NCTH Vị Thanh, ngày …").
So landmarks are searched in the joined header text, where any white space (a line break
included) may stand between two words, on a folded copy (no diacritics, upper case) of the same
length, so that a match's span is also its span in the original ("XàHỘI" and "HOÀ" still match).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..text import fold

_W = r"[ \t\r\n]*"  # white space that may hold a line break
_S = r"[ \t\r\n]+"


def folded(text: str) -> str:
    """*text* without diacritics, in upper case, one character for one (spans carry over)."""
    out = [(fold(c)[:1] or c).upper() for c in text]
    result = "".join(c if len(c) == 1 else "?" for c in out)
    assert len(result) == len(text)
    return result


def _words(*words: str) -> str:
    return _S.join(words)


# "… CHỦ NGHĨA VIỆTNAM": a copy that lost a space inside the motto still writes the motto; "CỘNG HỊA": a text layer
# whose font maps "ò" to "ị" (as it maps "ó" to "ĩ" and "ô" to "ơ": "PHỊNG", "CĨ", "thơng") still writes it.
# "XÃ HỘ CHỦ NGHĨA": a copy that lost the last letter of "HỘI" still writes the motto (the words around it fix it).
MOTTO = re.compile(r"C\s*O\s*N\s*G" + _W + r"H\s*[OI]\s*A" + _W + r"X\S{0,2}" + _W + _W.join(("HOI?", "CHU", "NGHIA", "VIET", "NAM")))
# "VIỆT NAM DÂN CHỦ CỘNG HÒA": the state's name over documents of 1945-1976 (heldout18 j19, j20), the motto of its
# day; in capitals only (a body's "Chủ tịch nước Việt Nam Dân chủ Cộng hòa" is the text's, see header.py).
OLD_STATE = re.compile(_words("VIET", "NAM", "DAN", "CHU", "CONG", "HOA") + r"(?![A-Z])")
# "Độc lập - Tự - Hạnh phúc": a text layer or an old font's copy may drop the short "do" between its dashes.
SLOGAN = re.compile(r"DOC" + _S + r"LAP" + _W + r"[-–—]?" + _W + r"TU(?:" + _S + r"DO" + _W + r"[-–—]?|"
                    + _W + r"[-–—])" + _W + r"HANH" + _S + r"PHUC")
PARTY = re.compile(_words("DANG", "CONG", "SAN", "VIET", "NAM") + r"(?![A-Z])")
# "ĐỘI TNTP HỒ CHÍ MINH" heads a Young Pioneers' team's papers ("LIÊN ĐỘI TRƯỜNG …" under it) as the Đoàn's line does.
UNION = re.compile(r"(?:" + _words("DOAN", "TNCS") + "|" + _words("DOI", "TNTP") + ")" + _S + _words("HO", "CHI", "MINH")
                   + r"(?![A-Z])")
# a "*" is never part of a header word ("TRUNG ƯƠNG***Số"); a line of one or two rule marks is a short rule ("_");
# an ornament between two rules ("-------o0o-------", "--------- aa&bb ---------") is the rule's, never a body's word
DECORATION = re.compile(r"(?:[-_=–—*]{3,}[ \t]*[^-_=–—*\s][^\s]{0,5}[ \t]*[-_=–—*]{3,}|\*+|-{3,}|_{3,}|={3,}|[–—]{3,}|(?<![^\n])[ \t]*[-_=–—]{1,2}[ \t]*(?![^\n]))")
# ", ngày 07 tháng 3 năm 2025" (the place before the comma is read from the original's capitals); a copy may drop
# the comma ("Hà Nội ngày 30 tháng 3 năm 2010"), then the day's number must follow and the place open its line
# (date_line.py checks that), so that "… ngày 30 tháng 3" in running text is never a date line.
DATE_LINE = re.compile(
    r"(?:,|(?P<bare>[ \t]+)(?=NGAY[ \t]*\d))" + _W + r"NGAY(?:" + _W + r"(?P<d>\d{1,2}))?" + _W + r"[^\w\n]{0,12}" + _W + r"THANG(?:" + _W
    + r"(?P<m>\d{1,2}))?" + _W + r"[^\w\n]{0,12}" + _W + r"NAM(?:" + _W + r"(?P<y>\d{4}))?")
# "Số: 300/LĐLĐ", "Số 57-NQ/TW", "Nghị quyết số: 653/2019/UBTVQH14", a blank "Số      /NQ-HĐND"; never the
# "SƠN" of a place glued before it ("TỈNH LẠNG SƠN Số: 52/…"). The rest is looked at, not taken: "… CHUYỂN ĐỔI
# SỐ" / "Số: 01-KH/BCĐTW" (an issuer's last word over the number line) must leave the real "Số" to be found.
NUMBER = re.compile(r"(?<![A-Z0-9])SO(?![A-Z])(?:" + _S + r"HIEU)?" + r"[ \t]*:?[ \t\r\n]{0,16}(?=(?P<rest>[^\n]{0,80}))")
# "V/v: …", and "Về: …" with its colon (a label, as "V/v" is; a bare "Về …" may be a decision's trích yếu).
VV = re.compile(r"(?<![A-Z])(?:V/V\b\.?[ \t]*:?|VE[ \t]*:)[ \t]*")
RECIPIENTS = re.compile(r"^NOI NHAN\b")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def find_all(pattern: re.Pattern[str], fold_text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Every match of *pattern* in the folded text between *start* and *end*."""
    yield from pattern.finditer(fold_text, start, len(fold_text) if end is None else end)


def is_place_word(word: str) -> bool:
    """A word of a place name as written in a date line: capitalised ("Tam", "Kỳ", "Rang-Tháp", "TP.")."""
    bare = word.rstrip(".")
    if not bare or not bare[0].isupper() or any(c.isdigit() or c in "/:" for c in bare):
        return False
    if "." in bare:  # "Tp.Hồ" (Tp.Hồ Chí Minh): an abbreviation glued to the name, each part a word of its own
        head, _, tail = bare.partition(".")
        return is_place_word(head + ".") and is_place_word(tail)
    if "-" in bare.strip("-"):  # "Rang-Tháp" (Phan Rang-Tháp Chàm): each part a word of its own
        return all(is_place_word(part) for part in bare.strip("-").split("-"))
    if "’" in bare.strip("’"):  # "N’Thol Hạ", "Đắk R’Lấp", "Eah’leo": a syllable of the highlands' names, the
        first, *parts = bare.strip("’").split("’")  # first part capitalised, the others as the name writes them
        return is_place_word(first) and all(part.islower() or is_place_word(part) for part in parts)
    rest = bare[1:].replace("'", "")
    return (rest == "" or rest.islower() or (bare.isupper() and len(bare) <= 3 and word.endswith("."))
            or bare in ("TP", "TX"))  # "TP Hồ Chí Minh, ngày …": the city's short form, with or without its dot
