"""A careful clerk's second look at the filled-in fields: a value that cannot be right is flagged, never left to pass.

A wrong value that looks sure is worse than an empty flagged one: the clerk checks what the summary table
calls "chưa chắc" and trusts the rest. The header reader flags what it could not settle; these checks catch
what it settled wrongly, each a kind a clerk would name at a glance:

- a number with a place name's word in it ("255/BC-BCĐPCGD-Nga": the district wrapped into the number line),
  or one the text cites as a basis ("Căn cứ Nghị định số 68/2017/NĐ-CP"): a document never implements itself;
- an issuer that opens with a type word or "của" (a title line), holds the motto or the old state's name,
  ends cut ("VĂN HÓA, THỂ THAO VÀ DU LỊCH -"), names a second body after its place ("… tỉnh Đồng Nai BCĐ …"),
  disagrees with the number's code ("01-KH/BCĐTW" and "Ban Chấp hành Trung ương"), or is a district office or a
  steering board without its district while the text names one, or a committee or council without its level
  or naming another place than the document's authority line (``issuer_doubts``);
- a trích yếu that holds its own number ("CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 91/HĐBT NGÀY …"), opens with "NGÀY …",
  "SỐ …" or "CỦA …", holds a salutation, a date line, a page's chrome or the authority line, says a run of words
  twice, is a sentence of the body, ends inside a province's name ("… THUỘC TỈNH NAM"), on the old gazette's
  authority line ("… SÔNG BÉHỘI ĐỒNG BỘ TRƯỞNG") or on a bracketed date (a post's or its own), holds a list's item
  ("1.Tư tưởng:", "- a. …") or a letter of another script (a file's stray code, "ࡱ>"), or has words no
  Vietnamese syllable is (lost letters, glued words, stray marks: "đnh", "CHUẨNQUỐCGIA", "hỉện");
- a type read from the number's code over a letter's "V/v" line ("248/TTr": the inspectorate's code, not Tờ trình);
- a date after today, or before the date of a document the text is based on; a number whose year is not the
  date's (ND 30: a number's year is its year of issue; no spent page has one).

Each adds the field to ``unsure`` with why; a field already flagged keeps its first reason. Linear in the text.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from ..citations import Citation
from ..glossary import TYPE_NAMES
from ..province_names import PROVINCES_2024, PROVINCES_2025
from ..text import collapse_space, fold
from .issuer_doubts import issuer_doubt, told_otherwise
from .office_place import needs_place
from .result import ImportResult
from .type_code import slash_code_type, type_from_number

_TYPE_START = re.compile(r"^(?:" + "|".join(sorted({re.escape(fold(n).upper()) for n in TYPE_NAMES}, key=len, reverse=True))
                         + r"|CUA)\b")
_STATE_NAMES = re.compile(r"VIET NAM DAN CHU CONG HOA|CONG HOA XA HOI|XA HOI CHU NGHIA|DOC LAP\s*-?\s*TU DO")
_PLACE_WORD = re.compile(r"^[A-ZĐ][a-zà-ỹđ]{2,}$")  # "Nga": a word of a name, never a number's code ("TTg" is 3 letters)
_CUT_END = re.compile(r"(?:[-–,&]|\b(?:VÀ|và|CỦA|của))$")
_SECOND_BODY = re.compile(r"\b(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)\s+(?:[A-ZĐ]\w*\s+){1,3}"
                          r"(?:BCĐ|BCH|Ban\s|BAN\s|Sở\s|SỞ\s|Phòng\s|PHÒNG\s|Trường\s|TRƯỜNG\s|Chi cục|CHI CỤC)")
# "SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT": a managing body and its unit run together on a flattened header's one line
# ("MÔI TRƯỜNG", "THỊ TRƯỜNG", "xã Trường Đông" are words of one name).
_UNIT_AFTER = re.compile(r"^(?:SO|UY BAN NHAN DAN|UBND|PHONG|BO)\s.+?\s(?:BENH VIEN|TRUNG TAM|(?<!MOI )(?<!THI )(?<!CONG )"
                         r"(?<!QUANG )(?<!XA )(?<!HUYEN )(?<!PHUONG )(?<!TINH )(?<!QUAN )TRUONG)\s")
# "Ban Chấp hành Đoàn tỉnh Hưng Yên Nhà Thiếu Nhi tỉnh", "… Quận đoàn - Quân 6 BCH Đoàn THPT …", "Huyện Củ Chi Trường THCS
# …": a managing line and its unit read as one name, the unit opening after the managing line's place (two capitalised
# words or a number), where no one name goes on ("Ban Chấp hành Đoàn Trường …", "xã Trường Sơn" are one name).
_UNIT_AFTER_PLACE = re.compile(r"(?:[A-ZĐ]\w*\s+[A-ZĐ]\w*|\d+)\s+(?:BCH|Ban Chấp hành|BAN CHẤP HÀNH|Nhà [Tt]hiếu [Nn]hi|NHÀ THIẾU NHI|"
                               r"Trường|TRƯỜNG|Sở|SỞ|Phòng|PHÒNG|Chi cục|CHI CỤC|Bệnh viện|BỆNH VIỆN|Trung tâm|TRUNG TÂM|"
                               r"Liên đội|LIÊN ĐỘI)\s")
# A number's issuing code that names one kind of body: the issuer must be of that kind.
_CODE_BODY = (("BCĐ", ("BAN CHI DAO", "BCD")), ("HĐND", ("HOI DONG NHAN DAN", "HDND")), ("TTg", ("THU TUONG",)))
_NAMED_DISTRICT = re.compile(r"\b(?:huyện|quận|thị xã|thành phố)\s+[A-ZĐ]", re.I)

_TITLE_OPENING = re.compile(r"^(?:ngày\s+\d|số\s+\S*\d|của\s)", re.I)
_TITLE_CHROME = re.compile(r"\bKính\s+(?:gửi|gởi|thưa)\b|\bChia sẻ\s*:|\btải về\b|\b\d+(?:[.,]\d+)?\s?(?:Mb|MB|KB|kB)\b"
                           r"|\btrang\s*\d+/\d+|\bA-\s*A\+|\bLượt xem\b|\s\d{1,2}\.$", re.I)
# "Tân Thành, Ngày tháng năm 2012": a date line, its day and month left blank too
_DATE_LINE = re.compile(r"\b[A-ZĐ][\wà-ỹ]*\s+[A-ZĐ][\wà-ỹ]*,?\s+[Nn]gày\s+(?:\d{1,2}\s+)?tháng\s+(?:\d{1,2}\s+)?năm\s+\d{4}")
# "… tháng 12 Chủ điểm …: … 1.Tư tưởng: …", "… năm học 2014-2015 - a. kết quả …": a list's item inside the trích yếu
_ITEM_INSIDE = re.compile(r"(?<=\S)\s+(?:\d{1,2}\.(?=[A-ZĐ]\w)|[a-e]\.\s+[a-zà-ỹ]|-\s+[a-e]\.\s)")
_AUTHORITY_END = re.compile(r"(?<!CUA )(?<!CHO )(?<!VOI )(?<!VE )(?<!DOAN )\b(?:(?:PHO )?TRUONG BAN|(?:CHU TICH|BO TRUONG|"
                            r"GIAM DOC|CUC TRUONG) (?:BAN|UY BAN|HOI DONG|BO|SO|CUC)) [^;]{0,80}$"
                            r"|(?<!CUA )(?<!CHO )(?<!VOI )(?<!VE )\bHOI DONG (?:BO TRUONG|CHINH PHU)$")  # the old gazette's
# "… theo hình thức mới (11/01/2023)": a page's post date or the document's own (a storm's date in a telegram's)
_DATED_END = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)$")
_BODY_SENTENCE = re.compile(r"\(sau đây gọi (?:tắt )?là\b|^(?:Nhằm|Để|Căn cứ|Thực hiện|Theo)\b.{40,}\.$", re.I)
_VV_LINE = re.compile(r"^\s*V/v\b", re.M | re.I)  # a letter's subject line: a Công văn's (ND 30)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_MARKED = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
_VOWELS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[^\W\d_]+")
_PROVINCES = tuple(tuple(fold(p).lower().replace("-", " ").split()) for p in {*PROVINCES_2024, *PROVINCES_2025})
_PROVINCE_TAIL = re.compile(r"\b(?:tỉnh|thành phố)\s+((?:\S+\s*){1,3})$", re.I)


def _flag(result: ImportResult, key: str, why: str) -> None:
    if result.fields.get(key) and not any(k == key for k, _ in (*result.unsure, *result.missing)):
        result.unsure.append((key, why))


def _drop(result: ImportResult, key: str, why: str) -> None:
    """A value import itself reads as another part of the header (the number's field, the title line) is no value of
    *key*: left empty and said why, never written for a site to list (a /co-quan/ page for a trích yếu)."""
    result.fields.pop(key, None)
    result.unsure[:] = [(k, w) for k, w in result.unsure if k != key]
    result.missing.append((key, why))


def _not_a_syllable(title: str) -> str:
    """The first word of *title* no Vietnamese syllable is, "" when none: a stray mark, two tones on one syllable, a
    Vietnamese-marked word with two vowel groups (glued), or two lower-case words without a vowel (letters lost)."""
    decomposed = unicodedata.normalize("NFD", title)
    if re.search(r"(?:^|\s)[\u0300-\u036f]", decomposed):
        return "dấu thanh đứng rời"
    if re.search(r"[#$%@^~]", title):
        return "ký tự lạ"
    voiceless = 0
    for word in _WORD.findall(title):
        parts = unicodedata.normalize("NFD", word)
        if sum(c in _TONES for c in parts) > 1:
            return str(word)
        plain = fold(word).lower()
        marked = any(c in _MARKED for c in word) or any(c in _TONES for c in parts)
        if marked and len(_VOWELS.findall(plain)) > 1:
            return str(word)
        if word.islower() and len(word) >= 2 and not _VOWELS.search(plain):
            voiceless += 1
            if voiceless >= 2:
                return str(word)
    return ""


def _repeats(title: str, size: int = 10) -> bool:
    """A run of *size* words or more said again right after itself (a copy that pasted the trích yếu twice, the
    second copy perhaps with a slip); a phrase a long trích yếu names twice, words apart, is its own."""
    words = fold(title).lower().split()
    first: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - size + 1):
        run = tuple(words[i : i + size])
        at = first.setdefault(run, i)
        gap = i - at
        # the words from the first copy's start, against the second's: all but two the same
        if gap >= size and i + gap <= len(words) and sum(words[at + k] == words[i + k] for k in range(gap)) >= gap - 2:
            return True
    return False


def _ends_in_province(title: str) -> str:
    """"… THUỘC TỈNH NAM": the words after the last "tỉnh" begin a province's name and stop short of it."""
    m = _PROVINCE_TAIL.search(title.rstrip(" .;,"))
    if not m:
        return ""
    words = tuple(fold(m.group(1)).lower().replace("-", " ").split())
    if words in _PROVINCES or not any(len(p) > len(words) and p[: len(words)] == words for p in _PROVINCES):
        return ""
    return m.group(1).strip()


def _cited_as_basis(number: str, text: str) -> bool:
    """The text cites *number* as another document ("Căn cứ Nghị định số …", "… của Nghị định số …")."""
    if len(number) < 4:
        return False
    kinds = "|".join(re.escape(n) for n in TYPE_NAMES)
    pattern = re.compile(rf"(?<!kèm )(?:căn cứ|thực hiện|theo|của|tại|triển khai)\s+(?:{kinds})\s+(?:số\s*:?\s*)?"
                         + re.escape(number) + r"(?![\w/-])", re.I)
    return bool(pattern.search(text))


def check_fields(result: ImportResult, text: str, citations: tuple[Citation, ...], today: datetime.date) -> None:
    """Flag in *result* the filled-in fields that cannot be right (see the module's docstring)."""
    fields = result.fields
    number = str(fields.get("number") or "")
    issuer = collapse_space(str(fields.get("issuer") or ""))
    title = collapse_space(str(fields.get("title") or ""))
    kind = str(fields.get("type") or "")
    # number
    segment = next((s for s in re.split(r"[-/.\s]", number) if _PLACE_WORD.match(s)), "")
    if segment:
        _flag(result, "number", f"số ký hiệu “{number}” có chữ “{segment}” không phải ký hiệu: có lẽ địa danh xuống dòng "
                                "lẫn vào dòng số")
    elif number and _cited_as_basis(number, text):
        _flag(result, "number", f"văn bản dẫn “{number}” như một văn bản khác (căn cứ, của, theo …): có lẽ không phải "
                                "số của chính văn bản này")
        if kind and kind == type_from_number(number):
            _flag(result, "type", f"loại “{kind}” suy từ số “{number}”, số ấy có lẽ của văn bản được dẫn")
    year = re.search(r"/((?:19|20)\d\d)/", number)
    date = str(fields.get("date") or "")
    if year and date[:4].isdigit() and date[:4] != year.group(1):  # ND 30: a number's year is its year of issue
        why = f"số ký hiệu “{number}” mang năm {year.group(1)}, ngày ban hành năm {date[:4]}: một trong hai là của văn bản khác"
        _flag(result, "number", why)
        _flag(result, "date", why)
        if kind and kind == type_from_number(number):
            _flag(result, "type", f"loại “{kind}” suy từ số “{number}”: {why}")
    if kind and kind != "Công văn" and kind == type_from_number(number) and _VV_LINE.search(text[:3000]) and \
            not re.search(rf"^\s*{re.escape(kind.upper())}\s*$", text, re.M):  # no type line: the code alone said it
        _flag(result, "type", f"loại “{kind}” suy từ mã số “{number}”, nhưng văn bản có dòng V/v: có lẽ là Công văn "
                              "(mã ấy có thể là tên cơ quan, như TTr của Thanh tra)")
    coded = slash_code_type(number)
    if kind and coded and coded != kind:  # "Số: 04-1974/TT" under "QUY ĐỊNH VIỆC …": a verb read as the type line
        _flag(result, "type", f"loại “{kind}” khác loại mà mã trong số “{number}” gọi tên (“{coded}”): xem lại dòng "
                              "tên loại (có thể là động từ đầu trích yếu)")
        _flag(result, "title", f"loại “{kind}” khác mã trong số “{number}” (“{coded}”): trích yếu có thể thiếu chữ đầu")
    # issuer
    folded_issuer = fold(issuer).upper()
    code = re.split(r"/", number, maxsplit=1)[1] if "/" in number else ""
    if issuer and re.match(r"^(?:Số|SỐ|số)\b", issuer):  # "Số QĐ BVNT": a flattened header's number field
        _drop(result, "issuer", f"“{issuer}” mở đầu bằng “Số”: đó là ô số ký hiệu, không phải cơ quan ban hành")
    elif issuer and _TYPE_START.match(folded_issuer):
        _drop(result, "issuer", f"“{issuer}” mở đầu bằng tên loại hay “của”: đó là dòng tên văn bản, không phải cơ "
                                "quan ban hành")
    elif issuer and _STATE_NAMES.search(folded_issuer):
        _flag(result, "issuer", f"cơ quan ban hành “{issuer}” lẫn quốc hiệu: chỉ ghi tên cơ quan")
    elif issuer and _CUT_END.search(issuer):
        _flag(result, "issuer", f"cơ quan ban hành “{issuer}” dừng giữa tên: có lẽ mất phần đầu hay phần cuối")
    elif _SECOND_BODY.search(issuer) or _UNIT_AFTER.search(folded_issuer + " ") or _UNIT_AFTER_PLACE.search(issuer):
        _flag(result, "issuer", f"cơ quan ban hành “{issuer}” nêu hai cơ quan: có lẽ lẫn cơ quan chủ quản")
    elif issuer and (wrong := next((c for c, body in _CODE_BODY if c in code and not any(b in folded_issuer for b in body)), "")):
        _flag(result, "issuer", f"số ký hiệu “{number}” mang mã “{wrong}” nhưng cơ quan ban hành là “{issuer}”")
    elif needs_place(issuer) and \
            _NAMED_DISTRICT.search(text[:3000]):
        _flag(result, "issuer", f"cơ quan ban hành “{issuer}” chưa ghi huyện (quận, thị xã, tỉnh) của mình, bản gốc có nêu")
    elif issuer and (doubt := issuer_doubt(issuer, text)):
        _flag(result, "issuer", doubt)
    # title
    folded_title = fold(title).upper()
    own = fold(number).upper().replace(" ", "")
    odd = _not_a_syllable(title) if title else ""
    cut = _ends_in_province(title) if title else ""
    if title and len(own) >= 4 and own in folded_title.replace(" ", ""):
        _flag(result, "title", f"trích yếu chứa số của chính văn bản (“{number}”): có lẽ là cả dòng tên văn bản")
    elif _TITLE_OPENING.match(title):
        _flag(result, "title", f"trích yếu mở đầu bằng “{' '.join(title.split()[:2])}”: có lẽ là phần sau của dòng tên văn bản")
    elif (chrome := _TITLE_CHROME.search(title)) is not None:
        _flag(result, "title", f"trích yếu có “{chrome.group(0).strip()}”: lẫn phần khác của trang hay văn bản")
    elif not title.isupper() and _DATE_LINE.search(title):
        _flag(result, "title", "trích yếu có dòng địa danh, ngày tháng: lẫn phần đầu văn bản")
    elif _AUTHORITY_END.search(folded_title):
        _flag(result, "title", "trích yếu kết thúc bằng dòng thẩm quyền: dòng ấy không thuộc trích yếu")
    elif _DATED_END.search(title):
        _flag(result, "title", "trích yếu kết thúc bằng một ngày trong ngoặc: ngày đăng của trang hay của chính văn bản, "
                               "bản sao không nói rõ")
    elif _ITEM_INSIDE.search(title):
        _flag(result, "title", "trích yếu có đầu mục của phần nội dung (“1.”, “a.”): lẫn phần nội dung")
    elif (alien := next((c for c in title if c.isalpha() and "LATIN" not in unicodedata.name(c, "")), "")):
        _flag(result, "title", f"trích yếu có ký tự “{alien}” không phải chữ Việt: mã rác của tệp gốc")
    elif title and _repeats(title):
        _flag(result, "title", "trích yếu lặp lại một đoạn chữ: bản sao có lẽ chép hai lần")
    elif title and (said := told_otherwise(title, text, headless=not (date or number))):
        _flag(result, "title", f"trích yếu khác câu văn bản tự nêu (“… {said[:60]}…”): có lẽ là tiêu đề trang")
    elif _BODY_SENTENCE.search(title):
        _flag(result, "title", "trích yếu là một câu của phần nội dung")
    elif cut:
        _flag(result, "title", f"trích yếu dừng giữa tên tỉnh (“{cut}”): bản sao có lẽ làm mất chữ cuối")
    elif odd:
        _flag(result, "title", f"trích yếu có chữ “{odd}” không phải tiếng Việt: bản sao mất chữ, dính chữ hay lệch dấu")
    # date
    if len(date) == 10:
        issued = datetime.date.fromisoformat(date)
        bases = [c.date for c in citations if c.relation == "implements" and c.date is not None and c.number != number]
        if issued > today:
            _flag(result, "date", f"ngày ban hành {issued:%d/%m/%Y} sau hôm nay")
        elif bases and max(bases) > issued:
            _flag(result, "date", f"ngày ban hành {issued:%d/%m/%Y} trước ngày của văn bản làm căn cứ ({max(bases):%d/%m/%Y})")
