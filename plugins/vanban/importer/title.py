"""The type line and the trích yếu under the header: "V/v …" (a công văn), or the type word and the lines after it.

The trích yếu ends at the authority line ("ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH …"), a body opener
("Căn cứ", "Thực hiện") or, for a trích yếu in sentence case, a paragraph break. "V/v" makes a
công văn only when no type word stands above it: under "QUYẾT ĐỊNH" a "V/V …" line is that
decision's trích yếu. A qualifier in brackets after the type word ("QUY ĐỊNH (BỔ SUNG)") says
what kind of that type it is, not what it is about: it is noted, never the trích yếu. Without a
type word the type comes from the number's code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .copied_title import COUNTER, once
from .landmarks import VV
from .patterns import ADDRESSEE, RECORD_LABEL, UPPER_MARKED, is_upper
from .result import ImportResult
from .run_in import body_start
from .type_code import QUALIFIER, check_type, is_letter_number, type_from_number, verb_not_type
from .type_line import dangles, without_own_issuer, without_own_number
from .window import Piece, Window

MAX_TITLE = 500
TYPES_BY_LENGTH = sorted(((fold(n).upper().replace(" ", ""), n) for n in TYPE_NAMES), key=lambda t: -len(t[0]))
# The enacting authority's line (ND 30): the head's office, then the body it heads ("CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC").
_AUTHORITY = re.compile(r"^(CHU TICH|BO TRUONG|THU TUONG CHINH PHU|BAN BI THU|BAN THUONG VU|(?:TONG )?GIAM DOC|"
                        r"(?:TONG )?CUC TRUONG|VU TRUONG|VIEN TRUONG|HIEU TRUONG|CHANH (?:VAN PHONG|THANH TRA))\b")
# Other heads' offices ("TRƯỞNG BAN CHỈ ĐẠO …", "CHỦ NHIỆM ỦY BAN …"): words a trích yếu may also hold ("VỀ VIỆC BỔ
# NHIỆM" / "TRƯỞNG BAN …"), so the authority line only with the preamble ("Căn cứ …") right under it.
_HEAD_OF = re.compile(r"^(?:PHO )?(?:TRUONG BAN|TRUONG PHONG|CHU NHIEM|CHANH AN|VIEN TRUONG|GIAM DOC)\b")
# "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XVII, KỲ HỌP THỨ 5" under a resolution's trích yếu ends it, even when the header
# above lost a letter ("HỘI ĐNG NHÂN DÂN") and so does not match it; at the top of a page it is the issuer itself.
_COUNCIL = re.compile(r"^(HOI DONG NHAN DAN|UY BAN NHAN DAN)\b")
# a portal's post date and counters ("08/11/2023 07:49:55" too), a document site's record of the file ("Chia sẻ: Son
# Nguyen | Ngày: | Loại File: PDF | Số trang:9" under the trích yếu, where a PDF keeps no gap before it)
_CHROME_WORDS = r"NGAY CAP NHAT|CAP NHAT|NGAY DANG|LUOT XEM|CHIA SE\s*:|\d{1,2}:\d\d|\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d\d"
_OPENER = re.compile(r"^[-–•+]?\s*(CAN CU|THUC HIEN|KINH GUI|KINH GOI|XET DE NGHI|THEO DE NGHI|DIEU \d|CHUONG [IVX\d]|QUYET DINH:|QUYET NGHI|"
                     r"[IVX]+[.-] |\d+[.-] |[A-E] ?[.–-] ?[A-Z]{2}|PHAN [IVX\d]|PHAN THU |NGAY \d|VAO HOI \d|HOI \d{1,2} ?(?:GIO|H)|"
                     rf"{_CHROME_WORDS})")  # a portal's post date ends it too, a telegram's hour ("Vào hồi 10 giờ") too
_CHROME = re.compile(rf"^({_CHROME_WORDS})")
# "I. MỤC TIÊU", "1. Mục đích", "A - MỤC ĐÍCH, YÊU CẦU": a section, never a trích yếu line
_SECTION = re.compile(r"^(?:(?:([IVX]+|\d+)\s*[.)]|[IVX]+\s*-)\s+\S|[A-E]\s*[.)–-]\s*[A-ZĐ]{2})")  # "I- QUAN ĐIỂM" too
_ACTION = re.compile(r"^(THUC HIEN|TRIEN KHAI)\b")  # a trích yếu may open with what the body opens with
_CLAUSE_END = re.compile(r"[.:;,]$")
_ABOUT = re.compile(r"^về\s+\w")
_ATTACHMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|rar|zip)$", re.I)  # an attachment's file name under the trích yếu
# "zunia.vn Tuyển sinh 2024 …": a site's name under the trích yếu is the page's, never its words (a lower-case start
# would otherwise read as the trích yếu going on). A full address ("https://…") is left to analyse's chrome rule, which
# keeps what follows the page's author, times and address.
_WEB = re.compile(r"^[a-z0-9][a-z0-9-]*\.(?:vn|com|net|org|info|edu)\b", re.I)
_PLACE_DATE = re.compile(r"^[A-Z" + UPPER_MARKED + r"]\S*(?:\s+\S+){0,4}?,?\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\W*$")
_URGENCY = re.compile(r"^(?:THƯỢNG KHẨN|KHẨN|HỎA TỐC|HOẢ TỐC|MẬT|TỐI MẬT|TUYỆT MẬT)\.?$")  # độ khẩn, độ mật (ND 30)
_SENTENCE_END = re.compile(r"[^\W\d_]{3}\.$")
# The trích yếu's last line on a line of its own: its period ("Năm học 2020 – 2021", "GIAI ĐOẠN 2021 - 2025", a report's
# "Thời điểm tháng 10 năm 2020", heldout18 j01) or an
# occasion in brackets ("( Giỗ Thánh Mẫu Liễu Hạnh 03/3/Quý Mão)"); "(Ban hành kèm theo …)" is no part of it, spaced
# inside its bracket or not ("( Ban hành kèm theo …)": the space must not let the look-ahead pass).
_TAIL = re.compile(r"^(?:\((?!\s*(?:ban hành|kèm theo))\s*[^()]{3,120}\)|thời điểm\s+(?:(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+)?"
                   r"năm\s+\d{4}|(?:năm học|giai đoạn|nhiệm kỳ|niên khóa|niên khoá)\s+"
                   r"\d{4}\s*[-–]\s*\d{4}|tháng\s+\d{1,2}\s*/\s*\d{4})$", re.I)  # a monthly plan's "Tháng 6/ 2022"


_DRAFT = re.compile(r"^(?:DỰ THẢO|\(\s*(?i:dự thảo)\s*\))\s*(?:\d{1,2}\s+)?(?=\S)")  # or "(Dự thảo) BÁO CÁO"


def type_word(text: str) -> tuple[str, str] | None:
    """(type name, the rest of the line) when *text* opens with a type word in capitals; a draft's mark before it
    ("DỰ THẢO KẾ HOẠCH …", "DỰ THẢO 2 THÔNG TƯ …") is no part of the trích yếu."""
    text = text.lstrip(" .…")  # "năm 2012.. QUYẾT ĐỊNH …": the date line's dots left on a flattened line
    letters = [c for c in text if c.isalpha()]
    if not letters or not letters[0].isupper():
        return None
    draft = _DRAFT.match(text)
    if draft and draft.end() < len(text):
        return type_word(text[draft.end() :])
    squeezed = fold(text).upper().replace(" ", "")
    for key, name in TYPES_BY_LENGTH:
        if not squeezed.startswith(key):
            continue
        # Map the squeezed prefix back onto the original text.
        count, cut = 0, 0
        for cut, char in enumerate(text):  # noqa: B007 - the loop index is the cut
            if count == len(key):
                break
            if not char.isspace():
                count += 1
        else:
            cut = len(text)
        head, rest = text[:cut], text[cut:].strip()
        if not is_upper(head) or (rest and rest[:1].isalpha() and rest[:1].islower()):
            return None
        return name, rest.strip(" :.;-–")  # "NGHỊ QUYẾT." read by OCR: the dot is no trích yếu
    return None


def line_of_title_bold(window: Window, piece: Piece | None) -> bool:
    """Whether *piece* (the last line of the trích yếu so far) is known bold (Word)."""
    line = window.line_of(piece.start) if piece is not None else None
    return bool(line and line.formatted and line.bold)


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


# A code that is a type's and also the abbreviation a body writes its letters' numbers with: "248/TTr" under "THANH
# TRA" is the inspectorate's letter (ND 30: số/viết tắt tên cơ quan), not a Tờ trình.
_BODY_CODES = {"TTR": "THANH TRA"}


def _issuers_code(number: str, result: ImportResult) -> bool:
    """Whether the one code of *number* ("248/TTr") is the abbreviation of the issuer read above it."""
    code = number.rsplit("/", 1)[-1].upper() if "/" in number else ""
    body = _BODY_CODES.get(code)
    return body is not None and fold(str(result.fields.get("issuer") or "")).upper().startswith(body)


def is_authority(text: str, issuer_key: str, council: bool = True) -> bool:
    key = fold(text).upper()
    return is_upper(text) and (bool(_AUTHORITY.match(key)) or bool(issuer_key and key.startswith(issuer_key))
                               or (council and bool(_COUNCIL.match(key))))


def _enacts(candidates: list[Piece], index: int, last_line: str) -> bool:
    """"… NHỮNG NĂM TIẾP THEO" / "THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ …": an authority line with the preamble right under
    it enacts, though the line above ends on a word that may dangle; after "… CỦA" or a comma ("… BỘ CHÍNH TRỊ," /
    "CHỦ TỊCH NƯỚC VÀ …") it goes on with the trích yếu."""
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    return (following is not None and not is_upper(following.text) and bool(_OPENER.match(fold(following.text).upper()))
            and last_line.rstrip()[-1:].isalnum() and not re.search(r"(?:^|\s)của$", last_line.rstrip().lower()))


def _type_piece(window: Window, after_top: list[Piece], issuer_key: str) -> tuple[Piece, tuple[str, str]] | None:
    """The type word line under the header and what it says (type, rest of the line)."""
    for piece in after_top[:12]:
        key = fold(piece.text).upper()
        if _CHROME.match(key):
            continue  # "Ngày đăng 07/10/2023 | 08:01" between a page's headline and the document's "THÔNG BÁO"
        if _OPENER.match(key) or is_authority(piece.text, issuer_key, council=False):
            return None  # "QUYẾT ĐỊNH:" under "Căn cứ …" enacts; it is no type line
        kind = type_word(piece.text) or (_type_in_running_case(window, piece) if piece is after_top[0] else None)
        if kind:
            return _own_type_line(after_top, piece, kind)
    return None


def _own_type_line(after_top: list[Piece], piece: Piece, kind: tuple[str, str]) -> tuple[Piece, tuple[str, str]]:
    """"QUY CHẾ THỰC HIỆN DÂN CHỦ TRONG NHÀ TRƯỜNG" / "Tháng Mười Hai 6, 2019 …" / "QUY CHẾ" / "thực hiện dân chủ trong
    hoạt động nhà trường": a post title naming the document, then the document's own type line alone a few lines
    down, its trích yếu under it: the document's own lines, not the post's, are its name."""
    if not kind[1].strip():
        return piece, kind
    at = after_top.index(piece)
    for later in after_top[at + 1 : at + 5]:
        if _OPENER.match(fold(later.text).upper()):
            break
        own = type_word(later.text)
        if own and own[0] == kind[0] and not own[1].strip() and not later.text.rstrip().endswith(":"):
            return later, own
    return piece, kind


def _type_in_running_case(window: Window, piece: Piece) -> tuple[str, str] | None:
    """"báo cáo" on a line of its own right under the number and date: a copy that lost the type word's capitals
    (a record's "Loại văn bản:" / "Nghị quyết", "| Loại văn bản: | Thông tư |" is read by ``metadata``)."""
    key = fold(piece.text).upper().replace(" ", "").rstrip(".")
    name = next((n for k, n in TYPES_BY_LENGTH if k == key), None)
    if name is None or len(piece.text.split()) > 3 or collapse_space(window.line_of(piece.start).text) != piece.text:
        return None
    return name, ""


def _type_over_vv(after_top: list[Piece], vv: Piece, typed: tuple[Piece, tuple[str, str]],
                  result: ImportResult) -> tuple[Piece, tuple[str, str]]:
    """A page's headline "THÔNG BÁO CỦA UBND XÃ … VỀ VIỆC …" above the document's own "THÔNG BÁO CỦA UBND XÃ …" /
    "V/v …": the type line right above the V/v line is the document's, and the V/v line its trích yếu."""
    at = next((i for i, p in enumerate(after_top) if p.start == vv.start), -1)
    if at < 1 or after_top[at - 1] is typed[0]:
        return typed
    above = after_top[at - 1]
    kind = type_word(above.text)
    if kind is None or kind[0] != typed[1][0] or (kind[1] and not fold(kind[1]).upper().startswith("CUA ")):
        return typed
    result.notes.append(f"dòng “{collapse_space(above.text)}” ngay trên dòng “V/v”: tên loại của văn bản; "
                        "dòng tên loại ở trên là tiêu đề trang")
    return above, (kind[0], "")


# "(Ban hành kèm theo Quyết định số …/QĐ ngày 19/10/2019": the line that issues a regulation stands under its trích
# yếu and is never part of it (a PDF runs the two together with no gap between them).
_ISSUED_WITH = re.compile(r"^\(\s*(?:ban hành\s+)?kèm theo\s", re.I)


def _opener_is_title(window: Window, candidates: list[Piece], index: int, typed: Piece | None = None) -> bool:
    """"KẾ HOẠCH" / "Thực hiện Nghị quyết số 05-NQ/TU … về …": right under the type word, a paragraph
    opening with "Thực hiện" is the trích yếu when it is no clause of the preamble: bold where the
    reader knows bold (Word) and the type line above is bold (a page that sets neither in bold says nothing by it),
    else a whole phrase with no clause end (",", ";", ":", ".") and no dangling last word. The preamble's "Thực
    hiện …, UBND xã ban hành …:" always ends a clause."""
    piece = candidates[index]
    if not _ACTION.match(fold(piece.text).upper()):
        return False
    line = window.line_of(piece.start)
    if line.formatted and (typed is None or window.line_of(typed.start).bold):
        return line.bold
    words = [piece.text]
    for following in candidates[index + 1 :]:
        if following.after_break or _OPENER.match(fold(following.text).upper()) or _CLAUSE_END.search(words[-1]):
            break
        words.append(following.text)
    text = collapse_space(" ".join(words))
    return (len(text) <= MAX_TITLE and not _CLAUSE_END.search(text.rstrip())
            and not dangles(text))


_BARE_ABOUT = re.compile(r"^Về(?:\s+việc)?\s*:?\s+(?=[^\W\d])", re.I)  # "Về cho học sinh nghỉ học": a công văn's subject, its label unwritten


# A paragraph's last sentence ended: "… thời gian tới.", "… (sau đây gọi tắt là Đề án Phổ cập bơi)." (never "năm 2020.")
_PARAGRAPH_END = re.compile(r"[^\W\d_]{2}[)”\"]?\.$")
BODY_PARAGRAPH = 200  # characters: no trích yếu of the spent sets' 582 headers runs this long and ends on a full stop


def _body_paragraph(window: Window, candidates: list[Piece], index: int) -> bool:
    """"CHỈ THỊ" / "Tình hình dịch bệnh … vẫn" / "có những diễn biến …, khó lường.": right under a type line standing
    alone, a paragraph over 200 characters that ends a sentence is the body's first paragraph: a trích yếu never ends
    on a full stop at that length. A PDF's paragraph is its lines at the margin joined up to the next first-line
    indent; a portal page's is its line. Read from the text, not from bold, so a copy that keeps no weight (a PDF's
    text layer, a portal page) reads as Word does."""
    words = [candidates[index].text]
    for following in candidates[index + 1 :] if window.line_of(candidates[index].start).centered is False else []:
        line = window.line_of(following.start)
        if following.after_break or line.indented or line.centered is not False:
            break  # a text file's lines are joined by unwrapping, not here: only a page's known wrap is
        words.append(following.text)
    paragraph = collapse_space(" ".join(words))
    return len(paragraph) > BODY_PARAGRAPH and bool(_PARAGRAPH_END.search(paragraph))


def _addresses(piece: Piece | None) -> bool:
    return piece is not None and bool(ADDRESSEE.match(piece.text) or _URGENCY.match(piece.text))


def _over_address(pieces: list[Piece], piece: Piece) -> bool:
    """"V/v Hướng dẫn thực hiện nhiệm vụ" / "Giáo dục trung học năm học 2014-2015" / "Kính gửi:": in a copy that
    spaces every line, a short line right above the letter's "Kính gửi" (or its urgency mark) ends its subject."""
    at = pieces.index(piece)
    following = pieces[at + 1] if at + 1 < len(pieces) else None
    text = piece.text
    return (_addresses(following) and len(text.split()) <= 15 and not text.rstrip().endswith((".", ":", ";"))
            and not is_upper(text) and not ADDRESSEE.match(text) and not re.search(r",\s*ngày\b", text, re.I))


def _unlabelled_subject(after_top: list[Piece]) -> Piece | None:
    """A letter's number ("4144/GDĐT-VP"), no type word and no "V/v", then "Về …" and the lines over "Kính gửi": the
    subject written without its label (ND 30 puts a công văn's trích yếu there)."""
    first = after_top[0] if after_top else None
    if first is None or not _BARE_ABOUT.match(first.text) or first.text.rstrip().endswith((".", ":", ";")):
        return None
    for at, piece in enumerate(after_top[1:4], start=1):
        if _addresses(piece):
            return first if all(_over_address(after_top, p) or p is first for p in after_top[:at]) else None
    return None


def read_title(window: Window, rest: list[Piece], after_top: list[Piece], issuer_key: str,
               result: ImportResult, left_vv: Piece | None = None) -> Piece | None:
    """Fill type and title from the pieces after the issuer; return the last piece read. *left_vv* is a "Về việc …"
    line found under the issuer, before the motto (a two-column header flattened column by column)."""
    title: list[str] = []
    last: Piece | None = None
    vv = left_vv or next((p for p in rest[:8] if VV.match(fold(p.text).upper())), None)
    typed = _type_piece(window, after_top, issuer_key)
    kind = typed[1] if typed else None
    own_number = str(result.fields.get("number") or "")
    if vv is None and typed is None and is_letter_number(own_number):
        vv = _unlabelled_subject(after_top)
    by_number = type_from_number(own_number)
    if typed and vv is not None and typed[0].start < vv.start:
        typed = _type_over_vv(after_top, vv, typed, result)
    if (typed and vv is not None and left_vv is None and typed[0] is after_top[0]
            and all(p.start != vv.start for p in after_top)):
        # "Số: …/KH-THTQT" / "V/v Kiểm tra nội bộ …" / "Tân Thành, ngày …" / "KẾ HOẠCH": a type line right under
        # the header outranks a "V/v" line above its date line (a công văn has no type line)
        result.unsure.append(("type", f"dòng “{collapse_space(vv.text)}” trên dòng ngày tháng và dòng tên loại "
                                       f"“{collapse_space(typed[0].text)}” ngay dưới: lấy dòng tên loại"))
        vv = None
    if vv is not None and not (typed and typed[0].start < vv.start):  # "QUYẾT ĐỊNH" / "V/V …": a decision's
        if by_number and by_number != "Công văn" and not _issuers_code(own_number, result):
            # "398/2003/QĐ-UB" over "V/V BAN HÀNH …": the decision's trích yếu
            result.fields["type"] = by_number
            result.notes.append(f"dòng “V/v” dưới số “{own_number}”: mã trong số là của {by_number}, "
                                "nên “V/v …” là trích yếu của văn bản ấy, không phải công văn")
            title.append(vv.text)
        else:
            result.fields["type"] = "Công văn"
            label = VV.match(fold(vv.text).upper()) or _BARE_ABOUT.match(vv.text)
            title.append(vv.text[label.end() :] if label else vv.text)  # "Về việc …" goes with the Công văn below
        last = vv
        cell = window.line_of(vv.start).cell
        for piece in rest[rest.index(vv) + 1 :]:
            text = piece.text
            same_cell = bool(cell) and window.line_of(piece.start).cell == cell  # a V/v wrapped in its own cell
            follows = text[:1].islower() or (text[:1].isdigit() and not _SECTION.match(text))
            over = _over_address(rest, piece)
            if piece.after_break and not (follows or same_cell or over):
                break
            if ((_OPENER.match(fold(text).upper()) and not text[:1].islower() and not over) or len(" ".join(title)) > MAX_TITLE
                    or (text[:1].isupper() and RECORD_LABEL.match(fold(text).upper()))
                    or _URGENCY.match(text) or _WEB.match(text) or _PLACE_DATE.match(text)):
                break  # "V/v …" / "KHẨN": the letter's urgency mark under its V/v (ND 30) is no part of it, nor a
                # second place-date line a copy kept under it ("Hà Nội ngày 30 tháng 3 năm 2010")
            if is_authority(text, issuer_key) and not dangles(title[-1]):
                break  # "V/V BAN HÀNH …" / "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH": the authority line that enacts
            title.append(text)
            last = piece
    else:
        ran_in = False
        if typed:
            last, kind = typed
            kind = verb_not_type(last, kind, by_number, result)
            result.fields["type"] = kind[0]
            qualifier = QUALIFIER.match(kind[1])
            if qualifier:  # "QUY ĐỊNH (BỔ SUNG)": what kind of Quy định, not what it is about
                result.notes.append(f"dòng tên loại ghi thêm “({qualifier.group('q')})”: không phải trích yếu")
                kind = (kind[0], kind[1][qualifier.end() :])
            rest_of_line = without_own_issuer(without_own_number(kind[1], own_number), result)
            if cut := body_start(rest_of_line):  # "CHỈ THỊ VỀ VIỆC … AN GIANG Trong thời gian qua, …" on one line
                last = replace(last, text=last.text[: last.text.rfind(rest_of_line[cut:])].rstrip())
                rest_of_line, ran_in = rest_of_line[:cut], True
            if rest_of_line:
                title.append(rest_of_line)
        # "HƯỚNG DẪN VỀ THỂ THỨC …" on one line: the trích yếu in capitals has begun, running text ends it.
        # "THÔNG BÁO Về việc …" on one line: a trích yếu in sentence case has begun; a paragraph break ends it.
        mode = ("caps" if title and is_upper(title[0]) and len(title[0].split()) > 1
                else "sentence" if title and not is_upper(title[0]) else "")
        candidates = [] if ran_in else after_top[after_top.index(last) + 1 :] if last is not None else after_top
        for index, piece in enumerate(candidates):
            text = piece.text
            key = fold(text).upper()
            opener = _OPENER.match(key) and (not is_upper(text) or key.startswith(("QUYET DINH:", "QUYET NGHI"))
                                             or bool(_SECTION.match(key)))
            if opener and not title and kind is not None and index == 0 and _opener_is_title(window, candidates, 0, last):
                opener = False
            if (opener and title and text[:1].islower() and not piece.after_break
                    and not title[-1].rstrip().endswith((".", ";", ":"))):
                opener = False  # "… của UBND tỉnh" / "thực hiện Nghị quyết số 11-NQ/TU …": a PDF's wrap, in lower case
            # "… NĂM 2016 CỦA" / "THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH …": a line after a dangling word continues.
            authority = is_authority(text, issuer_key) and not (title and dangles(title[-1])
                                                                and not _enacts(candidates, index, title[-1]))
            authority = authority or (bool(title) and is_upper(text) and bool(_HEAD_OF.match(key))
                                      and _enacts(candidates, index, title[-1]))
            record = bool(title) and text[:1].isupper() and bool(RECORD_LABEL.match(key))
            if opener or authority or record or len(" ".join(title)) > MAX_TITLE or (title and text.rstrip().endswith(";")):
                break  # a trích yếu never ends with ";": that is the preamble's list ("… năm 2015;")
            again = type_word(text) if title and kind else None
            if (_ATTACHMENT.search(text) or _URGENCY.match(text) or _WEB.match(text) or _ISSUED_WITH.match(text)
                    or (again and again == (kind[0], ""))):  # type: ignore[index]
                break  # "4103 - HD BHYT HS 2023-2024.pdf", a page's copy of "THÔNG BÁO" said again: the trích yếu ended
            if title and line_of_title_bold(window, last) and window.line_of(piece.start).formatted \
                    and not window.line_of(piece.start).bold:
                break  # Word: the trích yếu is bold (ND 30); a line in regular weight after it is not
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            if (not title and last is None and is_upper(text) and len(text.split()) <= 3 and not _digits(text)
                    and following is not None and not is_upper(following.text)
                    and (following.after_break or bool(window.line_of(piece.start).centered))):
                # "THƯ NGỎ" / "Vận động …": a kind of letter the type list does not hold, then its trích yếu
                result.notes.append(f"dòng “{text}” đứng ở chỗ tên loại nhưng không phải loại văn bản trong danh mục: "
                                    "để trống loại văn bản")
                last = piece
                continue
            line = window.line_of(piece.start)
            goes_on = (bool(title) and (text[:1].islower() or text[:1].isdigit())
                       and bool(dangles(title[-1])))  # "… 66-NQ/TW ngày" / "30/4/2025 của …"
            # "… và Nghị quyết số" / "237/2008/NQ-HĐND ngày …": a centred line as wide as the text block is at both
            # margins at once; a line going on from an open sentence, never a paragraph's indent, goes on with it.
            runs_on = (bool(title) and not line.indented and not _SECTION.match(text) and not title[-1].endswith((".", ";", ":"))
                       and (text[:1].islower() or text[:1].isdigit()))
            if (mode == "sentence" and window.line_of(last.start).centered and line.centered is False  # type: ignore[union-attr]
                    and not (goes_on or runs_on)):  # "… lần thứ XIV," / "nhiệm kỳ 2012 - 2017": a comma never ends one
                break  # a centred trích yếu in sentence case ends where running text starts at the margin
            if mode == "sentence" and line.indented and not goes_on and (own_number or result.fields.get("date")):
                break  # under a header, "… năm 2014" / "    Năm 2014, Thành phố …": a paragraph opening at its indent
            if not title and last is None and not is_upper(text) and not ((line.bold or line.centered)
                                                                          and len(text) <= MAX_TITLE):
                break  # no type word and no trích yếu in capitals, bold or centred: the body starts here
            if not mode and kind is not None and len(text) > 200 and ((line.formatted and not line.bold)
                                                                      or line.centered is False):
                break  # "CHỈ THỊ" / a long paragraph in regular weight at the margin: the body, the trích yếu lost
            if not mode and kind is not None and not kind[1] and not line.bold and _body_paragraph(window, candidates, index):
                break  # "CHỈ THỊ" / "Trong mấy năm gần đây, … trong thời gian tới.": the body, however the copy wraps it
            if not mode:
                text = without_own_issuer(text, result) if kind else text
                if not text:  # "QUYẾT ĐỊNH" / "CỦA UBND TỈNH X" / "V/v …": the trích yếu is below
                    last = piece
                    continue
                again = type_word(text) if kind else None
                if again and again[0] == kind[0] and again[1]:  # type: ignore[index]
                    text = again[1]  # "THÔNG TƯ" / "THÔNG TƯ QUY ĐỊNH …": the type word said twice
                mode = "caps" if is_upper(text) else "sentence"
                title.append(text)
                last = piece
                continue
            if COUNTER.fullmatch(text):
                continue  # "41" on a line of its own: a portal's view count or a page number, no words of a trích yếu
            lower_start = text[:1].islower() or text[:1].isdigit() or (text[:1] in "(“\"" and text[1:2].islower())
            no_lower = not any(c.islower() for c in text)
            first_word = text.split()[0].strip("()[]“”\"',.")
            caps_head = bool(first_word) and is_upper(first_word) and not piece.after_break
            dangling = bool(dangles(title[-1]))
            # "… GIAI ĐOẠN" / "2011-2020": years in a line of their own go on a trích yếu in capitals, and so does
            # "về …" under a Party heading ("NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ BẢY …" / "về xây dựng …"): no body opens so.
            years = text[:1].isdigit() and no_lower and not _SECTION.match(text)
            about = bool(_ABOUT.match(text)) and all(is_upper(t) for t in title)
            if _TAIL.match(text) and not _TAIL.match(title[-1]):  # "Năm học 2020 – 2021", "( Giỗ Thánh Mẫu …)"
                text = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))
                title.append(text[:1].lower() + text[1:] if mode == "sentence" else text)
                last = piece
                if re.match(r"thời điểm\b", text, re.I):
                    break  # the time a report is at: its last words ("PHẦN THỨ NHẤT" under it is the body's)
                continue
            if mode == "caps" and lower_start and piece.after_break and not (dangling or years or about):
                break  # a paragraph of running text under a trích yếu in capitals
            if mode == "caps" and not (is_upper(text) or lower_start or no_lower or caps_head):
                break
            if mode == "sentence" and not (lower_start or not piece.after_break or title[-1].endswith(",")):
                break  # "… năm 2008," / "Chương trình … năm 2009.": a comma never ends a trích yếu
            if mode == "sentence" and is_upper(text) and len(text.split()) >= 3 and not dangling and not years:
                break  # "Kiểm tra giữa học kỳ II … 2021 – 2022" / "SỞ GDĐT TP HỒ CHÍ MINH": a header's capitals again
            if mode == "sentence" and _SENTENCE_END.search(title[-1]) and text[:1].isupper():
                break  # "… viên chức." / "Thi hành Nghị định …": a full stop ends the trích yếu, the body begins
            title.append(text)
            last = piece
        if "type" not in result.fields and kind is None:
            inferred = type_from_number(str(result.fields.get("number") or ""))
            if inferred:
                result.fields["type"] = inferred
                result.notes.append(f"loại văn bản suy từ mã trong số ký hiệu: {inferred}")
    # no full stop ends one, after a word or a year ("… Năm học 2017 - 2018.")
    text_title = once(re.sub(r"(?:(?<=[^\W\d_]{3})|(?<=\b\d{4}))\.$", "", collapse_space(" ".join(title)).strip(" :-")))
    if text_title:
        result.fields["title"] = text_title
    check_type(result)
    return last
