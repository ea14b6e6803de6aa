"""The issuer as the header line writes it, checked against what the document itself says (heldout19's kinds).

A clerk who reads "ỦY BAN NHÂN DÂN / TÙNG CHÂU" over a commune's notice, or "HĐND QUẬN PHÚ NHUẬN" over a resolution
whose own authority line is "HỘI ĐỒNG NHÂN DÂN QUẬN 6", does not copy the header line: she sees that the commune's
level is missing, or that the document names another council. A central body's name is a closed list (Nghị định
30/2020 Phụ lục VI): "BỘ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI", its dash lost, is the ministry's name as the list writes it.
"""

from __future__ import annotations

import re

from ..province_names import PROVINCES_2024, PROVINCES_2025
from ..text import collapse_space, fold
from .record_table import CENTRAL_BODIES
from .result import ImportResult

_LETTERS = re.compile(r"[^a-z0-9]+")
_CENTRAL = {_LETTERS.sub("", fold(name).lower()): name for name in CENTRAL_BODIES.values()}
_COUNCIL = re.compile(r"^(?P<kind>UY BAN NHAN DAN|HOI DONG NHAN DAN|UBND|HDND)\s+(?P<rest>.+)$")
_LEVEL = r"TINH|THANH PHO|TP\.?|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN"
_LEVELLED = re.compile(rf"^(?:{_LEVEL})\b")
_PROVINCES = {fold(p).upper().replace("-", " ") for p in (*PROVINCES_2024, *PROVINCES_2025)}
# "HỘI ĐỒNG NHÂN DÂN QUẬN 6 KHÓA IX KỲ HỌP THỨ 8", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …": the document's authority line
_AUTHORITY = re.compile(rf"^(?:CHU TICH\s+)?(?P<kind>UY BAN NHAN DAN|HOI DONG NHAN DAN)\s+(?P<level>{_LEVEL})\s+"
                        r"(?P<name>.+?)(?:\s+(?:KHOA|NHIEM KY|KY HOP)\b.*)?$")
_KINDS = {"UBND": "UY BAN NHAN DAN", "HDND": "HOI DONG NHAN DAN"}
# the verb of a sentence ("UBND xã … thông báo về việc …"), never the type line "THÔNG BÁO" / "Về việc …"; a PDF's
# sentence may wrap
_TOLD = re.compile(r"(?<=\w )thông báo\s+(?:[Vv]ề việc|[Vv]ề|[Vv]/[Vv])\s+(?P<subject>[^.;]{20,400})")
# "… trường THCS X xây dựng kế hoạch Y như sau:": a plan posted without its header naming itself in its preamble
_PLANNED = re.compile(r"(?<=\w )xây dựng [Kk]ế hoạch\s+(?P<subject>[^.;]{20,400})")
_WORDS = re.compile(r"\w+")
AUTHORITY_LINES = 80  # the authority line stands under the trích yếu, before the articles


_SESSION = re.compile(r"^(?P<body>(?:Hội đồng nhân dân|HỘI ĐỒNG NHÂN DÂN)\s.+?)[\s,]+(?:khóa|khoá|nhiệm kỳ)\s.*$", re.I)


def name_central_body(result: ImportResult) -> None:
    """An issuer whose letters are a central body's name, spelled otherwise (a dash or a comma lost): the list's.
    A council's authority line glued to it ("… quận Tân Phú Khóa I, Kỳ Họp Lần Thứ 7"): its session is no name."""
    issuer = str(result.fields.get("issuer") or "")
    session = _SESSION.match(issuer)
    if session:
        result.fields["issuer"] = session.group("body")
        result.notes.append(f"cơ quan ban hành “{issuer}”: bỏ khóa, kỳ họp của dòng thẩm quyền")
        return
    named = _CENTRAL.get(_LETTERS.sub("", fold(issuer).lower()))
    if named and named != issuer and fold(named).lower() != fold(issuer).lower():
        result.fields["issuer"] = named
        result.notes.append(f"cơ quan ban hành “{issuer}” viết theo tên cơ quan trung ương “{named}” (Nghị định 30/2020)")


def told_otherwise(title: str, text: str, headless: bool = False) -> str:
    """The document's own sentence "… thông báo về việc Y" where Y is the trích yếu said otherwise (most of its words,
    not all in their order): a post title taken for it (heldout19 k18: "từ 17 giờ 30" against "kể từ 17 giờ 30").
    On a page without a header (*headless*) a plan's own "… xây dựng kế hoạch Y" counts too (heldout22 p29: "CHO
    NGÀY TỰU TRƯỜNG …" against "xây dựng kế hoạch tựu trường và Lễ Khai giảng …"); under a header the preamble's
    wording of its own plan varies too often to doubt the header's. Returns the sentence's subject, "" when none
    disagrees."""
    words = _WORDS.findall(fold(re.sub(r"^(?:về việc|về|v/v)\s+", "", title, flags=re.I)).lower())
    if len(words) < 5:
        return ""
    matches = list(_TOLD.finditer(text[:6000]))
    if headless:
        matches += _PLANNED.finditer(text[:6000])
    for m in matches:
        said = _WORDS.findall(fold(m.group("subject")).lower())
        if said[: len(words)] == words:
            return ""
        if sum(w in set(said) for w in words) >= 0.7 * len(words):
            return m.group("subject").strip()
    return ""


def issuer_doubt(issuer: str, text: str) -> str:
    """Why a committee's or a council's *issuer* disagrees with the document's *text*, "" when it does not."""
    m = _COUNCIL.match(fold(collapse_space(issuer)).upper())
    if m is None:
        return ""
    rest = m.group("rest")
    if rest.startswith("-"):  # "Ủy ban nhân dân - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk": a joint issuer
        return ""
    if not _LEVELLED.match(rest) and rest.replace("-", " ") not in _PROVINCES:
        return f"cơ quan ban hành “{issuer}” không ghi cấp (tỉnh, huyện, xã…): dòng tên cơ quan có lẽ mất chữ"
    kind = _KINDS.get(m.group("kind"), m.group("kind"))
    own = re.sub(r"^TP\.?\s", "THANH PHO ", rest)
    for line in text.splitlines()[:AUTHORITY_LINES]:
        line = collapse_space(line)
        if not line.isupper():
            continue
        a = _AUTHORITY.match(fold(line).upper())
        if a is None or a.group("kind") != kind:
            continue
        level = re.sub(r"^TP\.?$", "THANH PHO", a.group("level"))
        if own.startswith(level + " ") and _another(own[len(level) + 1 :], a.group("name")):
            return f"cơ quan ban hành “{issuer}” khác cơ quan văn bản tự nêu (“{line}”): xem lại dòng tên cơ quan"
    return ""


def _another(name: str, named: str) -> bool:
    """Whether *named* (an authority line's place, the motto perhaps run on after it, letters perhaps lost or glued:
    "BẮCGIANG", "CON CNG CỘNG HỒ XÃ HỘI") is another place than *name*: its first word differs, and neither's letters
    begin the other's."""
    a, b = _LETTERS.sub("", name.lower()), _LETTERS.sub("", named.lower())
    if not a or not b or a.startswith(b) or b.startswith(a):
        return False
    return _LETTERS.sub("", name.split()[0].lower()) != _LETTERS.sub("", named.split()[0].lower())
