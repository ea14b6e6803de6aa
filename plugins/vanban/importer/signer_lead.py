"""A news lead built on who signed: "<office> <Name> (đã|vừa) ký (ban hành) <Type> (số) <number> … về …".

"Phó Chủ tịch UBND tỉnh Gia Lai Lâm Hải Giang vừa ký ban hành Kế hoạch số 19/KH-UBND về việc …",
"Phó Thủ tướng Trần Lưu Quang ký Công điện 31/CĐ-TTg ngày 4/4/2024 của Thủ tướng Chính phủ về việc …",
"Ngày 31.10, …, bà Hà Thị Nga, Phó chủ tịch …, Trưởng ban Vận động cứu trợ Trung ương, đã ký ban hành
Thông báo số 57/TB-MTTW- BVĐCTTW về việc …", "… ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về …
(Kết luận số 200-KL/TW)". Read only on a page with no header (see ``lead``). The office words before
the name are never part of the issuer's name, nor the name part of a place: the signer is the name
after "đồng chí"/"bà"/"ông", else the run of capitalised words before "ký" from a family name on.
The issuer is the body the lead says the document is "of" ("của …") or signed for ("thay mặt …"),
else the body of the signer's office ("Chủ tịch UBND tỉnh X" → Ủy ban nhân dân tỉnh X, "Thủ tướng"
with a TTg number → Thủ tướng Chính phủ, "Trưởng ban X" → Ban X), else the body any other office stands for, as the
lead grammar reads it ("Phó chủ tịch UBND tỉnh <Name>" → Ủy ban nhân dân tỉnh, completed or kept bare by
``lead_place``; "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ" → Văn phòng Chính phủ). The chairman named by his office alone,
no one after it ("Chủ tịch UBND tỉnh Nam Định đã ký …"), acts himself: the issuer is written as the lead names him.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..citations import Citation, extract, number_key, parse_number
from ..glossary import TYPE_NAMES
from ..province_names import listed_place
from ..text import collapse_space, fold
from .issuer import SPELT, starts_body, written_out
from .office_holder import body_of_office
from .patterns import LOWER_MARKED, NAME_BRACKET, OFFICE, UPPER_MARKED
from .signed import person_name
from .type_code import is_letter_number

# "ký" as the act of signing: not "đăng ký", "thư ký", "ký kết".
_SIGN = re.compile(r"(?<![\w])(?:(?:đã|vừa|mới)\s+)?ký(?:\s+ban\s+hành)?\s+(?!kết\b)")
_NOT_SIGNING = re.compile(r"(?:đăng|thư|phiếu|chữ)\s*$", re.I)
_TYPE_FIRST = re.compile(r"^(?P<type>" + "|".join(sorted((re.escape(t) for t in TYPE_NAMES), key=len, reverse=True))
                         + r"|Văn bản)\b", re.I)
_PERSON_AFTER = re.compile(r"\b(?:đồng chí|bà|ông)\s+(?P<name>[A-Z" + UPPER_MARKED + r"][^\s,.;:()]*(?:\s+[A-Z" + UPPER_MARKED + r"][^\s,.;:()]*){1,3})")
# "… thay mặt Ban Thường vụ Tỉnh ủy Thanh Hóa đã ký …": the body may close the clause before "(đã) ký"
_ON_BEHALF = re.compile(r"\b[Tt]hay mặt\s+(?P<body>[^,.;:()\d]{3,80}?)\s*(?:,|\s+(?:ký|đồng chí)|$)")
_SHORT = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "BTVTU": "Ban Thường vụ Tỉnh ủy"}
_OF = re.compile(r"^\s*,?\s*(?:ngày\s+[\d/.\-]+\s*)?,?\s*của\s+(?P<body>[A-Z" + UPPER_MARKED + r"][^.;:()\d]{2,80}?)\s*(?=\s(?:về|V/v)\b|\s*\(|\s*[.;]|$)")
_COUNCIL = r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)"
_CHAIR = re.compile(r"\b(?:Phó\s+)?[Cc]hủ tịch\s+(?P<short>" + _COUNCIL + r")\s+(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|"
                    r"phường|thị trấn)\s*(?P<place>(?:[A-Z" + UPPER_MARKED + r"][^\s,.;:()]*\s*){0,6})")
_PREMIER = re.compile(r"\b(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?\b")
_HEAD_OF = re.compile(r"\bTrưởng\s+[Bb]an\s+(?P<name>[^,.;:()]{3,60}?)\s*(?:,|$)")
_MINISTER = re.compile(r"\b(?:Thứ|Bộ)\s+trưởng\s+(?P<body>Bộ\s+[^,.;:()]{3,60}?)\s+(?=[A-Z" + UPPER_MARKED + r"][^\s]*\s+[A-Z" + UPPER_MARKED + r"])")
# "… số 323/BVHTTDL-VHCS gửi UBND các tỉnh, thành phố … về việc …": the addressees before the label are skipped
_ABOUT = re.compile(r"^\s*,?\s*(?:ngày\s+[\d/.\-]+\s*,?\s*)?(?:của\s+[^.;:()]{2,80}?\s+)?(?:gửi\s+[^.:()]{3,300}?\s+)?"
                    r"(?P<label>V/v|về việc|về)\s+(?P<title>.+)$", re.I | re.S)
# "… 68/KH-UBND triển khai thực hiện …": the subject straight after the number; "yêu cầu các bộ …" is what it asks.
_BARE = re.compile(r"^\s*,?\s*(?:ngày\s+[\d/.\-]+\s+)?(?P<title>(?!(?:yêu cầu|gửi|của|ngày|do|tại|cho|với|và|nhằm|để|theo|"
                   r"trên|từ|đến|vào|năm|lúc|về|nêu|nhấn mạnh|chỉ đạo|giao)\b)[a-z" + LOWER_MARKED + r"](?:[^;()]|" + NAME_BRACKET
                   + r"){8,400})$")
_DAY_MONTH = re.compile(r"\b[Nn]gày\s+(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})(?:\s*[./-]\s*(?P<y>\d{4}))?\b")


@dataclass(frozen=True)
class SignerLead:
    number: str
    type: str
    date: datetime.date | None
    issuer: str  # "" when the lead does not settle it
    title: str
    signer: str  # "" when no name stands before "ký"
    sentence: str


def _sentence_end(text: str) -> int:
    m = re.search(r"\.(?=\s|$)", text)
    return m.start() if m else len(text)


def signer_of(who: str) -> str:
    """The person a lead says signs: the name after "đồng chí"/"bà"/"ông", else the capitalised run before "ký"."""
    named = list(_PERSON_AFTER.finditer(who))
    if named:
        return collapse_space(named[-1].group("name"))
    return person_name(who.rstrip(" ,"))


def _place(words: str) -> str:
    """The place words of "tỉnh Gia Lai Lâm Hải Giang": a trailing person's name is cut, never the whole place."""
    run = [w for w in words.split() if w[:1].isupper() and not w.isupper()]
    name = person_name(" ".join(run))
    cut = len(run) - len(name.split()) if name else len(run)
    return " ".join(run[:cut]) if cut >= 1 else ""


def office_body(who: str, number: str) -> str:
    """The body of the office a signer holds ("Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh" → "Ủy ban nhân dân
    thành phố Hà Nội"), or ""."""
    parts = parse_number(number)
    code = (parts.issuer_code or "").upper() if parts else ""
    chair = list(_CHAIR.finditer(who))
    if chair and ("UBND" in code or "HĐND" in code):
        m = chair[-1]
        listed = listed_place(m.group("level"), m.group("place"))  # a signer's name after "UBND tỉnh" is no province
        place = listed if listed is not None else _place(m.group("place"))
        if not place and re.match(r",\s*(?:tỉnh|thành phố)\s", who[m.end() :]):  # "… huyện Lâm Thao, tỉnh Phú Thọ":
            place = " ".join(w for w in m.group("place").split() if w[:1].isupper() and not w.isupper())  # its province next
        return f"{SPELT.get(m.group('short'), m.group('short'))} {m.group('level')} {place}" if place else ""
    if _PREMIER.search(who) and code.endswith("TTG"):
        return "Thủ tướng Chính phủ"
    head = list(_HEAD_OF.finditer(who))
    if head:
        return "Ban " + head[-1].group("name")
    minister = _MINISTER.search(who)
    return written_out(minister.group("body")) if minister else ""  # "Bộ VHTT&DL": the ministry's name


# "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ": one man's two offices, the second names the body
_TWO_OFFICES = re.compile(r"^(?:(?:Phó|Quyền)\s+)?(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư)\s*[-–]\s*(?=\S)")


def _held_office(who: str) -> str:
    """The body of the office the clause before "ký" opens with, its holder's name cut ("Phó chủ tịch UBND tỉnh
    Nguyễn Hòa Hiệp" → "Ủy ban nhân dân tỉnh", "Bộ trưởng - Chủ nhiệm Văn Phòng Chính phủ" → "Văn phòng Chính
    phủ"): what an office stands for, as the lead grammar reads it (``office_holder.body_of_office``); a bare level
    is completed or reported by ``lead_place``. The chairman acting alone ("Chủ tịch UBND tỉnh đã ký …") issues
    as his committee, whose name heads the document (the import README's forty-first-session rule); a man's own title
    is no body."""
    clause = collapse_space(re.split(r"[,;]", who)[-1])
    if not OFFICE.match(clause := re.sub(r"^(Phó\s+|Quyền\s+|)chủ tịch\b", r"\1Chủ tịch", clause)):
        return ""
    clause = _TWO_OFFICES.sub("", clause)
    name = person_name(clause)
    office = clause[: len(clause) - len(name)].strip() if name else clause
    office = re.sub(r"\bVăn Phòng\b", "Văn phòng", office)
    body = body_of_office(office)
    return body if body != office and starts_body(body) else ""


def _cited(rest: str) -> tuple[Citation, int] | None:
    """The document "ký" introduces and where its number ends in *rest*: the citation at its start, or, after a
    type word ("Kết luận của Bộ Chính trị … (Kết luận số 200-KL/TW)"), the first one of that type the sentence
    holds in brackets."""
    citations = extract(rest).citations
    for citation in citations:
        if citation.occurrences and citation.occurrences[0].start <= 12 and (citation.type or is_letter_number(citation.number)):
            return citation, citation.occurrences[0].end
    first = _TYPE_FIRST.match(rest)
    if first:
        kind = fold(first.group("type")).lower()
        for citation in citations:
            at = citation.occurrences[0].start if citation.occurrences else 0
            opened = rest.rfind("(", 0, at)  # only a bracket names it: "… Kế hoạch thực hiện Kế hoạch số …" does not
            if citation.type and fold(citation.type).lower() == kind and opened >= 0 and at - opened <= 30 \
                    and ")" not in rest[opened:at]:
                return citation, len(first.group(0))
    return None


def year_printed(page: str, number: str, day: int, month: int) -> int | None:
    """The year the page itself prints for this document when its lead gave the day and month alone ("Kế hoạch số
    162/KH-UBND ngày 31/8/2021" under "Ngày 31/8, UBND thị xã đã ban hành Kế hoạch số 162/KH-UBND …"): the one year
    of the page's citations of the same number dated that day. A post's stamp, even of that day, is the page's date,
    never the document's (the import README's forty-first-session rule)."""
    key = number_key(number)
    years = {c.date.year for c in extract(page).citations
             if c.date is not None and number_key(c.number) == key and (c.date.day, c.date.month) == (day, month)}
    return years.pop() if len(years) == 1 else None


def _date(cited: Citation, who: str, page: str) -> datetime.date | None:
    if cited.date is not None:
        return cited.date
    found = list(_DAY_MONTH.finditer(who))
    if not found:
        return None
    m = found[-1]
    year = int(m.group("y")) if m.group("y") else year_printed(page, cited.number, int(m.group("d")), int(m.group("m")))
    try:
        return datetime.date(year, int(m.group("m")), int(m.group("d"))) if year else None
    except ValueError:
        return None


def read_signer_lead(text: str, page: str = "") -> SignerLead | None:
    """The document a lead says someone signed, or None; *page* is the page's opening (for the year it prints)."""
    for m in _SIGN.finditer(text):
        if _NOT_SIGNING.search(text[: m.start()]):
            continue
        rest = text[m.end():]
        rest = rest[: _sentence_end(rest)]
        found = _cited(rest)
        if found is None:
            continue
        cited, end = found
        kind = cited.type or ("Công văn" if is_letter_number(cited.number) else "")
        if not kind:
            continue
        stop = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        start = stop + (2 if text[stop : stop + 2] == ". " else 1) if stop >= 0 else 0
        who = text[start : m.start()]
        after = rest[end:]
        # the bracket holding the number ("… (Chỉ thị số 14-CT/TW) về …", "… (Kết luận số 200-KL/TW).")
        after = re.sub(r"\s*\([^()]*\b" + re.escape(cited.number.split("/")[0].split("-")[0]) + r"\b[^()]*\)", "", after)
        behalf = _ON_BEHALF.search(who)
        of = _OF.match(after)
        if behalf:
            words = collapse_space(behalf.group("body")).split(" ", 1)
            issuer = " ".join([_SHORT.get(words[0], SPELT.get(words[0], words[0])), *words[1:]])
        elif of:
            issuer = collapse_space(of.group("body"))
        else:
            issuer = office_body(who, cited.number) or _held_office(who)
        about = _ABOUT.match(after)
        bare = _BARE.match(after)
        if about:
            label = about.group("label")
            title = about.group("title") if kind == "Công văn" or label.lower() == "v/v" else f"{label} {about.group('title')}"
        else:
            title = bare.group("title") if bare and not of else ""
        issued = _date(cited, who, page)
        signer = signer_of(who)
        return SignerLead(cited.number, kind, issued, issuer, collapse_space(title).strip(" ."), signer,
                          text[start : m.end() + len(rest)])
    return None
