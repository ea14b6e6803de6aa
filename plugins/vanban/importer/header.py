"""Header reading (Nghị định 30/2020 Phụ lục I, Hướng dẫn 36-HD/VPTW): number, date, issuer, type, trích yếu.

The header is read from landmarks, not from line positions, because real copies put its lines
anywhere (see ``landmarks`` and ``window``):

1. The motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN
   VIỆT NAM" and the Đoàn's "ĐOÀN TNCS HỒ CHÍ MINH" are found however split and removed: they
   are never an issuer. The first of them anchors the header.
2. The date line is the first ", ngày … tháng … năm …" after the anchor: a page's print date or a
   portal's lead above the document is not the document's date. The place is the capitalised
   words before the comma, even across a line break ("Sơn" / "La, ngày …").
3. "Số" is the one nearest the anchor (portal leads and trích yếu repeat numbers further away).
4. The upper-case lines just above the first of those are the issuing block (``issuer``).
5. After them: "V/v …" (a công văn), or the type word line ("KẾ HOẠCH", also with the trích yếu
   on the same line) and the trích yếu (``title``).

Portal metadata ("Số hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu") fills only what
the header itself does not say. What is filled in but uncertain is listed in ``unsure``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import PartialDate
from ..glossary import DOCUMENT_TYPES
from ..text import collapse_space, fold, normalise_dashes
from .casing import key as fold_key
from .issuer import join_cut_words, read_issuer, starts_body
from .landmarks import DATE_LINE, DECORATION, MOTTO, NUMBER, PARTY, SLOGAN, UNION, VV, folded, is_place_word
from .lines import Line
from .patterns import is_upper
from .result import ImportResult
from .title import TYPES_BY_LENGTH, is_authority, read_title, type_word
from .window import Piece, Window

# "445/QĐ-TTg", "12-CTr/TU", "05-QĐi/TW"; "&" only inside a code ("2865/GDĐT-KT&KĐCL", "SGD&ĐT")
_NUMBER_TOKEN = re.compile(r"^[0-9A-Za-zĐđƯƠÂÊÔĂ/\-–.]+(?:&[0-9A-Za-zĐđƯƠÂÊÔĂ/\-–.]+)*$")
_GLUED_HEADING = re.compile(r"(ĐOÀN|ĐẢNG|CỘNG|HÀ)$")
_LEFT_VV = re.compile(r"^(?:V/v|Về việc)\b", re.I)
_OWNED_BY = re.compile(r"\b(CHU TICH|GIAM DOC|TRUONG|BI THU|THUONG TRUC|CUA|VA|VE|CHO|THEO|TAI|VOI|DEN|TU|CAC|TRONG|THUOC)$")


@dataclass
class Header:
    """Where the header's parts were found; *body* is (block index, column) where the body starts."""

    body: tuple[int, int] = (0, 0)
    authority: list[str] = field(default_factory=list)
    issuer_lines: list[Line] = field(default_factory=list)


def _number_token(rest: str) -> tuple[str, int]:
    """The number at the start of *rest* ("225 - KH/TWĐTN-CTTN Hà Nội" → "225-KH/TWĐTN-CTTN") and its length;
    a number cut after its dash ("52/2018/QĐ-" / "UBND") goes on at the start of the next line."""
    tokens = list(re.finditer(r"\S+", rest.split("\n")[0]))
    taken: list[str] = []
    end = 0
    for m in tokens:
        token = m.group(0)
        if not _NUMBER_TOKEN.match(token) or (taken and not re.search(r"[\d/\-–]", token) and taken[-1] not in "-–"
                                              and not taken[-1].endswith(("-", "/"))):
            glued = _GLUED_HEADING.search(token)
            if glued and _NUMBER_TOKEN.match(token[: glued.start()]) and taken:
                taken.append(token[: glued.start()])
                end = m.start() + glued.start()
            break
        if len(taken) == 1 and taken[0].isdigit() and re.match(r"[A-ZĐ][A-Za-zĐđ]*/", token):
            taken.append("-")  # "Số: 12 BC/TWH": a Party or Đoàn number whose hyphen the copy made a space
        taken.append(token)
        end = m.end()
    if taken and taken[0][:1].isdigit() and taken[-1].endswith(("-", "/", "–")) and "\n" in rest[end : end + 3]:
        after = re.match(r"\s*\n\s*([A-ZĐ][0-9A-Za-zĐđ/\-–]*)(?=\s|$)", rest[end:])  # "52/2018/QĐ-" / "UBND"
        if after and not type_word(rest[end:].strip().split("\n")[0]):  # "Số: /" / "QUY CHẾ": a blank number
            taken.append(after.group(1))
            end += after.end()
    number = normalise_dashes("".join(taken))
    number = re.sub(r"\s*/\s*", "/", number).rstrip(".-")
    return number, end


def _find_number(window: Window, anchor: int | None, result: ImportResult) -> tuple[int, int] | None:
    work = "".join(window.work)
    candidates: list[tuple[int, int, str, bool]] = []
    for m in NUMBER.finditer(window.folded()):
        line_start = work.rfind("\n", 0, m.start()) + 1
        before = _after_date_line(work[line_start : m.start()]).strip()
        label = fold(before).upper().replace(" ", "")
        if any(c.islower() for c in before) and label.rstrip(":") not in {t for t, _ in TYPES_BY_LENGTH}:
            continue
        if work[m.start() + 2 : m.start() + 3] in ("-", "_"):  # "CV so-6310-UBN-tinh": an attachment's file name
            continue
        rest_start = m.start("rest")
        first_line, _, next_line = work[rest_start : rest_start + 120].partition("\n")
        number, length = _number_token(first_line + "\n" + next_line.split("\n")[0][:40])
        own_end = work.find("\n", m.start())
        own_line = fold(work[m.start() : own_end if own_end != -1 else None]).upper().strip()
        alone = not before and bool(re.fullmatch(r"SO(\s+HIEU)?\s*:?", own_line))
        if alone and not re.match(r"[\d/\-–]", number):
            number, length = "", 0
        blank = bool(re.match(r"^[-–/]", number)) or (not number and alone)  # "Số: /PVHTT", a bare "Số:"
        if not (re.match(r"\d", number) or blank):
            continue
        if not blank and not _looks_like_number(number, window.text[m.start() : m.end("rest")]):
            continue  # "số 167 đường Hùng Vương": a street number in running text
        portal = "HIEU" in m.group(0)[:12]
        typed = bool(before) and label.rstrip(":") in {t for t, _ in TYPES_BY_LENGTH}
        lower = window.text[m.start() : m.start() + 2] == "số"  # "Theo đó: Thực hiện văn bản" / "số 2827/BNN-BVTV ngày"
        if (typed or lower) and _wrapped_citation(window, work, line_start, rest_start + length):
            continue  # "… UBND thành phố có" / "Thông báo số 243/TB-UBND thay đổi …": a sentence a PDF wrapped
        start = line_start if typed else m.start()  # "Nghị quyết số:" goes with the number, an issuer never
        candidates.append((start, rest_start + length, number, portal))
    if not candidates:
        return None
    own = [c for c in candidates if not c[3]] or candidates
    target = anchor if anchor is not None else own[0][0]
    start, end, number, _ = min(own, key=lambda c: (abs(c[0] - target), c[0]))
    _read_number(result, number, collapse_space(window.text[start:end]))
    window.blank(start, end)
    return start, end


def _after_date_line(before: str) -> str:
    """What stands before "Số" on its line, past a date line that ends right there: a flattened header writes the
    right column first ("… Hạnh phúc An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND"), and the date line's
    lower case is no running text before the number."""
    dated = [m for m in DATE_LINE.finditer(folded(before)) if not m.group("bare") and m.group("y")]
    if dated and not before[dated[-1].end() :].strip():
        return ""
    return before


def _wrapped_citation(window: Window, work: str, line_start: int, end: int) -> bool:
    """A line that goes on from a line of running text ending in a lower-case word, with running text after its
    number."""
    previous = work[: max(line_start - 1, 0)].rpartition("\n")[2].rstrip()
    after = work[end : end + 3].lstrip()
    return (line_start > 0 and not window.line_of(line_start).gap_before and len(previous.split()) >= 6
            and previous[-1:].isalpha()
            and previous[-1:].islower() and after[:1].isalpha() and after[:1].islower())


def _looks_like_number(number: str, said: str) -> bool:
    """A document number has a code ("52/2018/QĐ-UBND", "883-TB/TU"); bare digits only after a label "Số:"."""
    if re.search(r"[/\-–]", number) and re.search(r"[^\W\d_]", number):
        return True
    return said[:1].isupper() and ":" in said[:12]


# "1669/QĐUBND": a document site's text layer drops the hyphens ("Độc lập  Tự do  Hạnh phúc" too); a type code
# glued to the council's or committee's code is no code of its own, so the hyphen is put back.
_GLUED_CODE = re.compile(r"(?<=/)(" + "|".join(sorted({t.state_code for t in DOCUMENT_TYPES if t.state_code}, key=len,
                                                       reverse=True)) + r")(?=(?:UBND|HĐND|UB)$)")


def _read_number(result: ImportResult, number: str, original: str) -> None:
    if re.match(r"\d", number):
        restored = _GLUED_CODE.sub(r"\1-", number)
        if restored != number:
            result.notes.append(f"số ký hiệu “{number}” mất dấu gạch nối giữa mã loại và mã cơ quan: ghi “{restored}”")
        result.fields["number"] = restored
        return
    result.fields["number"] = ""
    result.comments["number"] = f"bản gốc “{original}” để trống số"
    result.notes.append(f"số ký hiệu để trống như bản gốc (“{original}”)")


# "Thành phố Hồ Chí Minh, ngày …", "Thị trấn Cần Giuộc, ngày …": the unit is written as part of the place.
_UNIT_WORDS = [["Thành", "phố"], ["Thị", "trấn"], ["Thị", "xã"]]


def _place_before(window: Window, at: int) -> tuple[str, int]:
    """The capitalised words before the date line's comma at *at*, across one line break at most."""
    text = "".join(window.work)
    start = max(0, at - 80)
    lines = text[start:at].split("\n")
    words: list[str] = []
    for depth, line in enumerate(reversed(lines)):
        tokens = line.split()
        taken = 0
        for token in reversed(tokens):
            # A short code in capitals may end a place ("Huyện DMC"), never stand inside one.
            code = not words and depth == 0 and token.isupper() and token.isalpha() and len(token) <= 4
            if not (is_place_word(token) or code) or len(words) >= 5:
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
    return place, text.rfind(words[0], 0, at)


def _find_date(window: Window, anchor: int | None, result: ImportResult) -> tuple[int, int] | None:
    matches = list(DATE_LINE.finditer(window.folded()))
    if anchor is not None:
        after = [m for m in matches if m.start() >= anchor]
        if matches and not after:
            result.notes.append("dòng ngày tháng trước quốc hiệu là của trang web, không phải ngày ban hành")
        matches = after
    matches = [m for m in matches if _stands_alone(window, m)]
    if not matches:
        return None
    matches = [m for m in matches if not m.group("bare") or _opens_line(window, m)]
    if not matches:
        return None
    m = matches[0]
    place, start = _place_before(window, m.start())
    result.fields["place"] = place
    if not place:
        result.missing.append(("place", "dòng ngày tháng không ghi địa danh"))
    _read_date(result, m.group("y"), m.group("m"), m.group("d"), collapse_space(window.text[start : m.end()]))
    window.blank(start, m.end())
    return start, m.end()


# "Người ký: Sở Giáo dục … Thời gian ký: 12.04.2016 10:14:06 +07:00": a digital signature's stamp in the text layer.
_SIGNED_AT = re.compile(r"Thời gian ký\s*:\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def _stamp_date(window: Window, result: ImportResult) -> None:
    """No readable date line: the digital signature's stamp gives the day it was signed (reported, never silent)."""
    m = _SIGNED_AT.search(window.text)
    if m is None:
        return
    _read_date(result, m.group(3), m.group(2), m.group(1), m.group(0))
    if result.fields.get("date"):
        result.unsure.append(("date", f"không đọc được dòng ngày tháng; lấy ngày ký số “{m.group(0)}”"))


# "Từ ngày 29 tháng 07 năm 2025" alone on its line: a word that opens a time phrase is no place.
_TIME_WORDS = {"TU", "DEN", "SANG", "CHIEU", "TOI", "TRUA", "DEM", "VAO", "TRONG", "HOM", "KE", "TINH", "CHO", "NGAY"}


def _opens_line(window: Window, m: re.Match[str]) -> bool:
    """A date line without its comma is a whole line: the place opens it ("Hà Nội ngày 30 tháng 3 năm 2010") and
    the year ends it; "Sáng ngày 07 tháng 5 năm 2013, …" or "Từ ngày …" opens a sentence of the body."""
    place, start = _place_before(window, m.start())
    if not place or not m.group("y") or fold_key(place.split()[0]) in _TIME_WORDS:
        return False
    text = "".join(window.work)
    end = text.find("\n", m.end())
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[m.end() : end if end != -1 else None]
    return not before.strip() and not after.strip(" .\t")


def _stands_alone(window: Window, m: re.Match[str]) -> bool:
    """A date line ends its line, and no document number stands before its comma: ", ngày 18 tháng 11 năm
    2020 về việc …" after "tờ trình số 02/TTr-BCĐ" is the cited document's date, inside running text."""
    work = "".join(window.work)
    end = work.find("\n", m.end())
    after = work[m.end() : end if end != -1 else None].strip()
    if after[:1].islower():
        return False
    before = work[work.rfind("\n", 0, m.start()) + 1 : m.start()].split()
    return not (before and re.search(r"\d.*[/\-]|[/\-].*\d", before[-1]))


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


def _party_headings(window: Window, fold_text: str) -> list[re.Match[str]]:
    """"ĐẢNG CỘNG SẢN VIỆT NAM" as the heading: in capitals, the first such or alone on its line. In a
    trích yếu ("… Cổng thông tin điện tử Đảng Cộng sản Việt Nam") it is part of the words."""
    out: list[re.Match[str]] = []
    for m in PARTY.finditer(fold_text):
        if not is_upper(window.text[m.start() : m.end()]):
            continue
        line_start = window.text.rfind("\n", 0, m.start()) + 1
        line_end = window.text.find("\n", m.end())
        alone = not window.text[line_start : m.start()].strip(" *|-_") and not window.text[
            m.end() : line_end if line_end != -1 else None].strip(" *|-_")
        if not out or alone:
            out.append(m)
    return out


def read_header(blocks: list[Line | object], result: ImportResult) -> Header:
    """Fill *result* with the header fields of *blocks*; return where the body starts."""
    window = Window(blocks)  # type: ignore[arg-type]
    header = Header()
    if not window.lines:
        return header
    fold_text = window.folded()
    party = _party_headings(window, fold_text)
    anchors = [m.start() for m in MOTTO.finditer(fold_text)] + [m.start() for m in party]
    anchor = min(anchors) if anchors else None
    for m in [*MOTTO.finditer(fold_text), *SLOGAN.finditer(fold_text), *party]:
        window.blank(m.start(), m.end())
    number = _find_number(window, anchor, result)
    date = _find_date(window, anchor, result)
    if date is None:
        _stamp_date(window, result)
    found = [s for s in (number, date) if s is not None]
    top_end = max((e for _, e in found), default=0)
    union = False
    for m in UNION.finditer(window.folded()):
        if is_upper(window.text[m.start() : m.end()]) and m.start() <= top_end + 200:
            window.blank(m.start(), m.end())
            union = True
    for m in DECORATION.finditer("".join(window.work)):
        window.blank(m.start(), m.end())
    pieces = window.pieces()
    first = min((s for s, _ in found), default=None)
    # The issuing block: upper-case pieces just above the first of "Số" and the date line.
    if first is None:  # no "Số" and no date line (a rule issued with another text): the type word under the motto
        typed = [p.start for p in pieces if type_word(p.text) or VV.match(fold(p.text).upper())]
        first = next((s for s in typed if anchor is not None and s > anchor), typed[0] if typed else None)
        if anchor is not None and first is not None and first > anchor:
            top_end = anchor
            found = [(anchor, anchor)]
    issuer_pieces: list[Piece] = []
    left_vv: Piece | None = None
    if first is not None:
        above = [p for p in pieces if p.start < first]
        if above and anchor is not None and above[-1].start < anchor and _LEFT_VV.match(above[-1].text):
            left_vv = above.pop()  # the left column flattened before the motto: issuer, then its "Về việc …"
        for piece in reversed(above):
            if not any(c.isalnum() for c in piece.text):
                continue  # "-CỘNG HÒA …" / "-Số: …": a document site's list dash left beside the blanked motto
            if not is_upper(piece.text) or (issuer_pieces and piece.after_break and _headline(piece.text)):
                break  # "KẾ HOẠCH HOẠT ĐỘNG …" / "CÔNG ĐOÀN …": a page's headline above the header names no body
            issuer_pieces.insert(0, piece)
        if not issuer_pieces:
            issuer_pieces = _issuer_in_running_case(above)
    header.issuer_lines = join_cut_words([_piece_line(window, p) for p in issuer_pieces])
    raw_issuer = collapse_space(" ".join(line.text for line in header.issuer_lines))
    if union and fold(raw_issuer).upper() in {"BAN CHAP HANH TRUNG UONG", "BAN BI THU TRUNG UONG"}:
        header.issuer_lines = [Line(raw_issuer + " ĐOÀN TNCS HỒ CHÍ MINH")]
    read_issuer(result, header.issuer_lines)
    issuer_key = fold(header.issuer_lines[0].text).upper() if header.issuer_lines else ""
    issuer_key = " ".join(issuer_key.split()[:3])
    # Type word or V/v, then the trích yếu.
    rest = [p for p in pieces if not issuer_pieces or p.start > issuer_pieces[-1].start]
    after_top = [p for p in rest if p.start >= top_end] if found else rest
    last = read_title(window, rest, after_top, issuer_key, result, left_vv)
    _drop_restated_issuer(result, raw_issuer)
    body_at = max((last.start + len(last.text)) if last is not None else 0, top_end)
    header.authority = [p.text for p in pieces if p.start >= body_at and is_authority(p.text, issuer_key)][:2]
    if body_at:
        header.body = (window.block_of(max(body_at - 1, 0)), window.column(max(body_at - 1, 0)) + 1)
    return header


def _headline(text: str) -> bool:
    """"KẾ HOẠCH HOẠT ĐỘNG CÔNG TÁC …": a type word opening a line that names what, not whose ("QUYẾT ĐỊNH CỦA THỦ
    TƯỚNG …" names its issuer and stays with it)."""
    kind = type_word(text)
    return kind is not None and not fold(kind[1]).upper().startswith("CUA ")


def _issuer_in_running_case(above: list[Piece]) -> list[Piece]:
    """"Hội Liên hiệp Thanh niên Việt Nam" / "Uỷ ban Trung ương" / "*** Hà Nội, ngày …": a copy that lost the
    header's capitals; the lines right above the first landmark that each name a body, on lines of their own."""
    out: list[Piece] = []
    for piece in reversed(above[-3:]):
        text = piece.text
        if (not piece.after_break or not starts_body(text) or len(text.split()) > 10 or any(c.isdigit() for c in text)
                or text.rstrip()[-1:] in ".,;:" or not text[:1].isupper()):
            break
        out.insert(0, piece)
    return out


def _drop_restated_issuer(result: ImportResult, raw_issuer: str) -> None:
    """"… TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI” ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI Căn cứ …": on a page flattened onto
    one line, the issuer said again as the authority under the trích yếu is no part of it, nor is it when the
    authority line leaves the place out ("… TỈNH HÀ TĨNH ỦY BAN NHÂN DÂN TỈNH", under "ỦY BAN NHÂN DÂN TỈNH HÀ
    TĨNH"): the issuer's first words, four at least, short of at most a place name's three."""
    title = str(result.fields.get("title") or "")
    words = fold(raw_issuer).upper().split()
    if len(words) < 3 or not is_upper(title):
        return
    title_words = title.split()
    folded_title = fold(title).upper().split()
    for size in range(len(words), min(3, len(words) - 1), -1):
        if size < len(words) - 3 or len(title_words) <= size + 2 or folded_title[-size:] != words[:size]:
            continue
        if _OWNED_BY.search(" ".join(folded_title[:-size][-2:])):  # "… CỦA CHỦ TỊCH ỦY BAN …": the trích yếu names it
            return
        result.fields["title"] = " ".join(title_words[:-size]).rstrip(" ,;:-")
        return


def _piece_line(window: Window, piece: Piece) -> Line:
    line = window.line_of(piece.start)
    return Line(piece.text, bold=line.bold, gap_before=line.gap_before, cell=line.cell, formatted=line.formatted)
