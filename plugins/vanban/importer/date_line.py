"""The header's date line and its place: the document's date, never a page's print date or a cited one.

"Hà Nội, ngày 30 tháng 3 năm 2010": the first such line after the anchor that stands alone (a
date inside running text belongs to a cited document); the place is the capitalised words before
the comma, across one line break ("Sơn" / "La, ngày …"). A blank day or month is kept as blank.
"""

from __future__ import annotations

import re

from ..dates import PartialDate
from ..province_names import PROVINCES_2024, PROVINCIAL_CITIES, is_province
from ..text import collapse_space
from .casing import key as fold_key
from .landmarks import DATE_LINE, is_place_word
from .result import ImportResult
from .title import type_word
from .window import Window

_WEEKDAY = re.compile(r"^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*$", re.I)
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?:Quận|Phường|QUẬN|PHƯỜNG)\s+\d{1,2}\s*$")
# "Thành phố Hồ Chí Minh, ngày …", "Thị trấn Cần Giuộc, ngày …": the unit is written as part of the place.
_UNIT_WORDS = [["Thành", "phố"], ["Thị", "trấn"], ["Thị", "xã"]]
# A full stop after a lower-case letter ends a sentence ("… tại TP Cần Thơ."); "TP." is an abbreviation's.
_UNIT_TAIL = re.compile(r"(?:^|\s)(?:TP\.?|[Tt]hành phố|[Tt]ỉnh|THÀNH PHỐ|TỈNH)\s*$")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_])(?<![A-ZĐÂĂÊÔƠƯ])\.\s*$")


def _place_before(window: Window, at: int) -> tuple[str, int]:
    """The capitalised words before the date line's comma at *at*, across one line break at most."""
    text = window.joined()
    start = max(0, at - 80)
    lines = text[start:at].split("\n")
    words: list[str] = []
    numbered = _NUMBERED.search(lines[-1])  # "Quận 5, ngày …": a city's district or ward named by its number
    if numbered:
        return numbered.group(0).strip(), at - len(lines[-1]) + numbered.start()
    for depth, line in enumerate(reversed(lines)):
        if depth and (_SENTENCE_END.search(line) or (is_province(" ".join(words)) and not _UNIT_TAIL.search(line))):
            break  # "V/v: … tại TP Cần Thơ(.)" / "Hà Nội, ngày …": a full stop, or a whole province's name on the
            # date line (only "TP." / "Thành phố" may stand above it), leaves the line above no wrapped place
        tokens = line.split() if depth else _recapitalised(line.split())
        taken = 0
        for back, token in enumerate(reversed(tokens)):
            # A short code in capitals may end a place ("Huyện DMC"), never stand inside one.
            code = not words and depth == 0 and token.isupper() and token.isalpha() and len(token) <= 4
            # "Phan Rang - Tháp Chàm, ngày …": a dash between two capitalised names is inside the place's name
            before = tokens[len(tokens) - back - 2] if back + 2 <= len(tokens) else ""
            dash = token in ("-", "–") and bool(words) and is_place_word(before) and before[:1].isupper()
            if not (is_place_word(token) or code or dash) or len(words) >= 5:
                break
            words.insert(0, token)
            taken += 1
        if taken and tokens[: len(tokens) - taken][-2:] in _UNIT_WORDS:
            words[:0] = tokens[len(tokens) - taken - 2 : len(tokens) - taken]  # "Thành phố" / "Hồ Chí Minh"
        if taken < len(tokens) or depth >= 1 or (not tokens and words):
            break
    place = " ".join(words)
    if not place:
        return "", at
    first = text.rfind(words[0], 0, at)
    return place, first if first != -1 else text.lower().rfind(words[0].lower(), 0, at)


# The second word of a unit ("Thành phố", "Thị trấn") or a level is written in lower case: never a lost capital.
_LOWER_WORDS = {"phố", "trấn", "xã", "tỉnh", "huyện", "quận", "phường", "thị"}


def _recapitalised(tokens: list[str]) -> list[str]:
    """"Hà nội", "… /2010/QĐ-ubnd hạ Long": a place whose copy lost a capital. In the last two to four words before
    the comma, each a syllable, opening the line or following a number, a lower-case syllable beside one that kept
    its capital gets it back; "tại xã Long" (no number before it, a word away from the capital) is left as written."""
    run = 0
    while run < min(len(tokens), 4) and tokens[-1 - run].isalpha():
        run += 1
    head = tokens[: len(tokens) - run]
    if run < 2 or (head and not any(c.isdigit() for c in head[-1])):
        return tokens
    tail = tokens[len(tokens) - run :]
    if any(len(t) == 1 and t.isascii() for t in tail):
        return tokens  # "Đà N ng": a font that dropped letters left fragments, no syllable lost its capital
    upper = [t[:1].isupper() for t in tail]
    if all(upper) or not any(upper) or fold_key(tail[0]) in ("THU", "CHU"):  # "Thứ ba, ngày …": a weekday, no place
        return tokens
    fixed = []
    for i, token in enumerate(tail):
        beside = (i > 0 and upper[i - 1]) or (i + 1 < len(tail) and upper[i + 1])
        if not upper[i] and (not beside or token in _LOWER_WORDS or len(token) < 2):
            return tokens
        fixed.append(token if upper[i] else token[:1].upper() + token[1:])
    return head + fixed


def _lossy(name: str) -> re.Pattern[str]:
    """*name* as a text layer's font that drops letters writes it: any letter outside ASCII may stand as a space."""
    return re.compile("".join(f"(?:{re.escape(c)}| )" if c.isalpha() and not c.isascii() else re.escape(c)
                              for c in name) + r"$")


# "Hà N i, ngày …": the font that dropped "ộ" (heldout16 g04, g10; heldout4 q08). A place of province or city level
# is read back when exactly one listed name, its marked letters lost as spaces, ends the text before the comma.
_LOSSY_PLACES = [(n, _lossy(n)) for n in dict.fromkeys((*PROVINCES_2024, *PROVINCIAL_CITIES))]


def _lossy_place(window: Window, at: int) -> tuple[str, int]:
    text = window.joined()
    line = text[text.rfind("\n", 0, at) + 1 : at]
    found = [(n, m) for n, pattern in _LOSSY_PLACES if (m := pattern.search(line)) and " " in m.group(0).replace(
        " ", "", n.count(" ")) and (m.start() == 0 or line[m.start() - 1].isspace())]
    if len(found) != 1:
        return "", at
    name, m = found[0]
    return name, at - len(line) + m.start()


def find_date(window: Window, anchor: int | None, result: ImportResult) -> tuple[int, int] | None:
    matches = list(DATE_LINE.finditer(window.folded()))
    if anchor is not None:
        after = [m for m in matches if m.start() >= anchor]
        if matches and not after:
            result.notes.append("dòng ngày tháng trước quốc hiệu là của trang web, không phải ngày ban hành")
        matches = after
    matches = [m for m in matches if _stands_alone(window, m, anchor)]
    if not matches:
        return None
    matches = [m for m in matches if (not m.group("bare") or _opens_line(window, m)) and not _weekday(window, m)]
    if not matches:
        return None
    m = matches[0]
    place, start = _place_before(window, m.start())
    if not place:
        place, start = _lossy_place(window, m.start())
        if place:
            result.notes.append(f"địa danh: “{collapse_space(window.text[start : m.start()])}” mất chữ (phông của bản "
                                f"sao), đọc lại là “{place}”")
    result.fields["place"] = place
    if not place:
        result.missing.append(("place", "dòng ngày tháng không ghi địa danh"))
    _read_date(result, m.group("y"), m.group("m"), m.group("d"), collapse_space(window.text[start : m.end()]))
    window.blank(start, m.end())
    return start, m.end()


# "Người ký: Sở Giáo dục … Thời gian ký: 12.04.2016 10:14:06 +07:00": a digital signature's stamp in the text layer.
_SIGNED_AT = re.compile(r"Thời gian ký\s*:\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def stamp_date(window: Window, result: ImportResult) -> None:
    """No readable date line: the digital signature's stamp gives the day it was signed (reported, never silent)."""
    m = _SIGNED_AT.search(window.text)
    if m is None:
        return
    _read_date(result, m.group(3), m.group(2), m.group(1), m.group(0))
    if result.fields.get("date"):
        result.unsure.append(("date", f"không đọc được dòng ngày tháng; lấy ngày ký số “{m.group(0)}”"))


# "Thời gian ngừng điện (dự kiến): Thứ Sáu, ngày 21 tháng 11 năm 2025": a weekday before the comma is the day of an
# event (or a page's own date), never the place of a document's date line (Nghị định 30/2020: the place is a name).
_WEEKDAY = re.compile(r"(?:^|:)\s*(?:Thứ(?:\s+\S+){1,2}|Chủ nhật)\s*,?\s*$", re.I)  # "Thủ Dầu Một" is a place


def _weekday(window: Window, m: re.Match[str]) -> bool:
    line_start = window.text.rfind("\n", 0, m.start()) + 1
    return _WEEKDAY.search(window.text[line_start : m.start()]) is not None


# "Từ ngày 29 tháng 07 năm 2025" alone on its line: a word that opens a time phrase is no place.
_TIME_WORDS = {"TU", "DEN", "SANG", "CHIEU", "TOI", "TRUA", "DEM", "VAO", "TRONG", "HOM", "KE", "TINH", "CHO", "NGAY"}


def _opens_line(window: Window, m: re.Match[str]) -> bool:
    """A date line without its comma is a whole line: the place opens it ("Hà Nội ngày 30 tháng 3 năm 2010") and
    the year ends it; "Sáng ngày 07 tháng 5 năm 2013, …" or "Từ ngày …" opens a sentence of the body."""
    place, start = _place_before(window, m.start())
    if not place or not m.group("y") or fold_key(place.split()[0]) in _TIME_WORDS:
        return False
    text = window.joined()
    end = text.find("\n", m.end())
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[m.end() : end if end != -1 else None]
    return not before.strip() and not after.strip(" .\t")


def _stands_alone(window: Window, m: re.Match[str], anchor: int | None) -> bool:
    """A date line ends its line, and no document number stands before its comma: ", ngày 18 tháng 11 năm
    2020 về việc …" after "tờ trình số 02/TTr-BCĐ" is the cited document's date, inside running text."""
    work = window.joined()
    end = work.find("\n", m.end())
    after = work[m.end() : end if end != -1 else None].strip()
    if after[:1].islower() and not _lost_capital_type(after):
        return False
    line_start = work.rfind("\n", 0, m.start()) + 1
    if _WEEKDAY.match(work[line_start : m.start()]):
        return False  # "Thứ ba, ngày 16 tháng 7 năm 2019 | 08:31:05": a page's own day, never a document's date line
    reach = max(line_start, m.start() - _SENTENCE_REACH)
    before = work[reach : m.start()].split()
    if reach > line_start:  # a long line: its last words only (each of a line's many dates read it all again)
        before = before[1:] if len(before) > 6 else work[line_start : m.start()].split()
    if _in_sentence(window, m, before, anchor is not None and anchor >= line_start):
        return False
    return not (before and re.search(r"\d.*[/\-]|[/\-].*\d", before[-1]))


# How far before a date line its sentence is read (a header's number or motto stands close before it)
_SENTENCE_REACH = 600


def _lost_capital_type(after: str) -> bool:
    """"quyếT ĐỊNH" after a flattened date line: a type line alone, in capitals but for a lost one, is no running
    text."""
    kind = type_word(after.upper())
    return kind is not None and not kind[1] and sum(c.isupper() for c in after) >= len(after.replace(" ", "")) // 2


# What only a header flattened onto one line holds before its date line: a number ("291/QĐ-UBDT", the old style
# "44-HĐBT" with a dash), its label ("Số:", "S :" with the letter a font lost), the motto or its stars (a copy
# keeps one "*" of a row).
_HEADER_MARK = re.compile(r"\S*(?:\d\S*/|/\S*\d)|\d\s*-\s*[A-ZĐ]|(?:^|\s)(?:Số|SỐ|S)(?:\s*:|\s+\d)|(?:^|\s)\*+(?:\s|$)")
_MOTTO_WORDS = re.compile(r"HANH PHUC|CHU NGHIA VIET NAM|DAN CHU CONG HOA")


def _in_sentence(window: Window, m: re.Match[str], before: list[str], anchored: bool) -> bool:
    """"… gửi về văn phòng chậm nhất là thứ 2, ngày 26 tháng 3 năm 2012, (…)": a day inside a sentence of six words or
    more, with no place before its comma, on a line holding no header (no motto, no number: a flattened header writes
    "… Số: 291/QĐ-UBDT Hà N i, ngày …" or "… ******** S : 44-H BT Hà N i, ngày …" with its place's letters lost)."""
    return (len(before) >= 6 and not anchored and not _HEADER_MARK.search(" ".join(before))
            and not _MOTTO_WORDS.search(fold_key(" ".join(before)))
            and not _place_before(window, m.start())[0])


def _read_date(result: ImportResult, y: str | None, mo: str | None, d: str | None, original: str) -> None:
    if not y:
        result.fields["date"] = ""
        result.missing.append(("date", "bản gốc không ghi năm ban hành"))
        return
    parts = [y] + ([mo.zfill(2)] if mo else []) + ([d.zfill(2)] if mo and d else [])
    text = "-".join(parts)
    try:
        PartialDate.parse(text)
    except ValueError as exc:
        result.fields["date"] = ""
        result.missing.append(("date", f"ngày trong bản gốc không hợp lệ: {exc}"))
        return
    result.fields["date"] = text
    if not d or not mo:
        blank = "ngày" if mo else "ngày, tháng"
        result.comments["date"] = f"bản gốc “{original}” để trống {blank}"
        result.notes.append(f"ngày ban hành chưa đủ: bản gốc để trống {blank} → {text}")
