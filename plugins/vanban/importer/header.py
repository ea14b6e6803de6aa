"""Header reading (Nghị định 30/2020 Phụ lục I, Hướng dẫn 36-HD/VPTW): number, date, issuer, type, trích yếu.

The header is read from landmarks, not from line positions, because real copies put its lines
anywhere (see ``landmarks`` and ``window``):

1. The motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN
   VIỆT NAM" and the Đoàn's "ĐOÀN TNCS HỒ CHÍ MINH" are found however split and removed: they
   are never an issuer. The first of them anchors the header.
2. The date line is the first ", ngày … tháng … năm …" after the anchor: a page's print date or a
   portal's lead above the document is not the document's date (``date_line``).
3. "Số" is the one nearest the anchor: portal leads and trích yếu repeat numbers further away
   (``number_line``).
4. The upper-case lines just above the first of those are the issuing block (``issuer``).
5. After them: "V/v …" (a công văn), or the type word line ("KẾ HOẠCH", also with the trích yếu
   on the same line) and the trích yếu (``title``).

Portal metadata ("Số hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu") fills only what
the header itself does not say. What is filled in but uncertain is listed in ``unsure``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import collapse_space, fold
from .date_line import find_date, stamp_date
from .issuer import join_cut_words, read_issuer, starts_body
from .landmarks import DECORATION, MOTTO, OLD_STATE, PARTY, SLOGAN, UNION, VV, folded
from .lines import Line
from .number_line import find_number
from .patterns import is_upper
from .result import ImportResult
from .title import is_authority, read_title, type_word
from .window import Piece, Window

_LEFT_VV = re.compile(r"^(?:V/v|Về việc)\b", re.I)
_OWNED_BY = re.compile(r"\b(CHU TICH|GIAM DOC|TRUONG|BI THU|THUONG TRUC|CUA|VA|VE|CHO|THEO|TAI|VOI|DEN|TU|CAC|TRONG|THUOC)$")


# The labels a document site prints in its advertising slots at the top of a copy (tailieu.vn: heldout4 q08,
# heldout10 z06).
_AD_SLOT = re.compile(r"^(?:YOMEDIA|ADSENSE|ADVERTISEMENT|QUANG CAO)(?:\s+(?:YOMEDIA|ADSENSE))*$")


# A name's number alone on the issuer's last line, where a PDF's column wrapped "ỦY BAN NHÂN DÂN QUẬN 11" or "CHI BỘ
# TRƯỜNG TIỂU HỌC 1" (heldout27 ac01 ac03, heldout9 y27): kept only with the capitals above it.
_PLACE_NUMBER = re.compile(r"^\d{1,3}$")


@dataclass
class Header:
    """Where the header's parts were found; *body* is (block index, column) where the body starts."""

    body: tuple[int, int] = (0, 0)
    authority: list[str] = field(default_factory=list)
    issuer_lines: list[Line] = field(default_factory=list)


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
    old_state = [m for m in OLD_STATE.finditer(fold_text) if is_upper(window.text[m.start() : m.end()])]
    anchors = [m.start() for m in MOTTO.finditer(fold_text)] + [m.start() for m in [*party, *old_state]]
    anchor = min(anchors) if anchors else None
    for m in [*MOTTO.finditer(fold_text), *SLOGAN.finditer(fold_text), *party, *old_state]:
        window.blank(m.start(), m.end())
    number = find_number(window, anchor, result)
    date = find_date(window, anchor, result)
    if date is None:
        stamp_date(window, result)
    found = [s for s in (number, date) if s is not None]
    top_end = max((e for _, e in found), default=0)
    union = False
    for m in UNION.finditer(window.folded()):
        if is_upper(window.text[m.start() : m.end()]) and m.start() <= top_end + 200:
            window.blank(m.start(), m.end())
            union = True
    for m in DECORATION.finditer(window.joined()):
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
            if _PLACE_NUMBER.match(piece.text) and not issuer_pieces:
                issuer_pieces.insert(0, piece)  # "ỦY BAN NHÂN DÂN QUẬN" / "11": the column wrapped the name's number
                continue
            if not _header_caps(piece.text) or (issuer_pieces and piece.after_break and _headline(piece.text)):
                break  # "KẾ HOẠCH HOẠT ĐỘNG …" / "CÔNG ĐOÀN …": a page's headline above the header names no body
            if _AD_SLOT.match(fold(piece.text).upper().strip()):
                break  # "YOMEDIA" / "ADSENSE": a document site's advertising slots over its copy, no body
            issuer_pieces.insert(0, piece)
        if all(_PLACE_NUMBER.match(p.text) for p in issuer_pieces):
            issuer_pieces = []  # a number with no name above it: a page's counter, no issuer
        if not issuer_pieces:
            issuer_pieces = _issuer_in_running_case(above)
    header.issuer_lines = join_cut_words([part for p in issuer_pieces for part in _school_under_office(_piece_line(window, p))])
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
    _doubt_flattened_title(window, last, found, result)
    body_at = max((last.start + len(last.text)) if last is not None else 0, top_end)
    header.authority = [p.text for p in pieces if p.start >= body_at and is_authority(p.text, issuer_key)][:2]
    if body_at:
        header.body = (window.block_of(max(body_at - 1, 0)), window.column(max(body_at - 1, 0)) + 1)
    return header


FLATTENED = 200  # characters: a header run onto one line with its body (a document site's text layer)


def _doubt_flattened_title(window: Window, last: Piece | None, found: list[tuple[int, int]],
                           result: ImportResult) -> None:
    """A trích yếu read off a header flattened onto one long line with its number or date: where it ends was
    guessed from the words around it (a body opener, an authority line), so it is reported for a look."""
    title = str(result.fields.get("title") or "")
    if last is None or not title or len(title) > FLATTENED * 2 or any(k == "title" for k, _ in result.unsure):
        return  # a trích yếu over 400 characters is reported for its length
    line = window.line_index(last.start)
    if len(window.line_of(last.start).text) > FLATTENED and any(window.line_index(s) == line for s, _ in found):
        result.unsure.append(("title", "phần đầu văn bản bị dàn thành một dòng: trích yếu tách theo các chữ quanh nó, "
                                       "hãy xem lại chỗ bắt đầu và kết thúc"))


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


# "PGD & ĐT XUYÊN MỘC TRƯỜNG TH KIM ĐỒNG": a school's header flattened onto one line with the office (or committee)
# that manages it; the school is a line of its own, as in the original's two lines (the managing line is kept apart).
_SCHOOL_UNDER = re.compile(r"^(?:PGD|PHONG GD|PHONG GIAO DUC|SO GD|SO GIAO DUC|UBND|UY BAN NHAN DAN)\b.{2,60}?\s(?=TRUONG\s)")


def _school_under_office(line: Line) -> list[Line]:
    cut = _SCHOOL_UNDER.match(folded(line.text))
    if cut is None or not is_upper(line.text):
        return [line]
    head, tail = line.text[: cut.end()].strip(), line.text[cut.end() :].strip()
    return [Line(head, bold=line.bold, gap_before=line.gap_before, cell=line.cell, formatted=line.formatted),
            Line(tail, bold=line.bold, gap_before=False, cell=line.cell, formatted=line.formatted)]


def _piece_line(window: Window, piece: Piece) -> Line:
    line = window.line_of(piece.start)
    text = piece.text.upper() if _UNIT_THEN_CAPS.match(piece.text) else piece.text  # "Xã THƯỢNG QUẢNG": one case
    return Line(text, bold=line.bold, gap_before=line.gap_before, cell=line.cell, formatted=line.formatted)


# "ỦY BAN NHÂN DÂN" / "Xã THƯỢNG QUẢNG": the level typed in running case before a place name in capitals, a
# header line all the same (no running text puts a level word before a name in capitals).
_UNIT_THEN_CAPS = re.compile(r"(?:Thành phố|Thị trấn|Thị xã|Huyện|Quận|Tỉnh|Xã|Phường) (?=[^\W\d_]{2})")


def _header_caps(text: str) -> bool:
    """A line in the header's capitals, the level word typed in running case allowed before the name."""
    m = _UNIT_THEN_CAPS.match(text.strip())
    return is_upper(text.strip()[m.end():] if m else text)
