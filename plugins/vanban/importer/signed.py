"""A news lead that says who signed: "Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh X, Phó Chánh Văn phòng
UBND tỉnh X Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v …".

Read only on a page with no header (see ``lead``). The issuer is the first State body with its
locality the sentence names (the one the signer signs for); the signer is the capitalised words
just before "đã ký", cut from the first common family name ("… Tuyên Quang Nguyễn Thanh" →
"Nguyễn Thanh"), or the name after "đồng chí". Without a family name no signer is read: a
place is never taken for a person. The type is the word before "số" when it is a type, else
the number's code, else "Công văn" when a "V/v" follows.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..citations import extract
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .issuer import SPELT
from .type_code import type_from_number

_SIGNED = re.compile(r"\b[Nn]gày\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})\s*,\s*"
                     r"(?P<who>[^.;:]{5,240}?)\s*,?\s+(?:đã\s+|vừa\s+)?ký(?:\s+ban hành)?\s+(?P<what>[^\d]{0,30}?)\s*(?=số\s+\S)")
_BODY = re.compile(r"(?P<short>UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(?P<level>tỉnh|thành phố|huyện|"
                   r"quận|thị xã|xã|phường|thị trấn)\s+(?P<place>[^\W\d][^\s,.;:()]*(?:\s+[^\W\d][^\s,.;:()]*){0,3})")
_ABOUT = re.compile(r"^\s*,?\s*(?P<label>V/v|về việc|về)\s+(?P<title>.+?)(?:\.(?:\s|$)|$)", re.I)
_COMRADE = re.compile(r"\bđồng chí\s+(?P<name>[^\W\d][^\s,.;:()]*(?:\s+[^\W\d][^\s,.;:()]*){1,4})")
# Common family names that are not also words of a place name ("Hà", "Giang", "Thái", "Kim" are left out).
FAMILY_NAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Trịnh", "Đoàn", "Lưu", "Cao", "Tạ", "Lữ", "Lại", "Quách", "Tô", "Tôn", "Triệu", "Thân", "Nông", "Hứa", "Chu", "Đào", "Mạc", "Vương", "Khổng", "Diệp", "Lương", "Đàm", "Phùng", "Nghiêm", "Kiều", "Tăng", "Âu", "Bế", "Lò"])
_TYPES = {fold(n).upper(): n for n in TYPE_NAMES}


@dataclass(frozen=True)
class SignedLead:
    number: str
    type: str
    date: datetime.date
    issuer: str  # "" when the sentence names no body with its locality
    title: str
    signer: str  # "" when no name with a family name stands before "ký"


def person_name(words: str) -> str:
    """The name in a run of capitalised words, from its first family name on (2–4 words), else ""."""
    run: list[str] = []
    for word in reversed(words.split()):
        if not word[:1].isupper() or word.isupper():
            break
        run.insert(0, word)
    for i, word in enumerate(run):
        if word in FAMILY_NAMES and 2 <= len(run) - i <= 4:
            return " ".join(run[i:])
    return ""


def read_signed_lead(text: str) -> SignedLead | None:
    """The document a lead sentence says someone signed, or None."""
    m = _SIGNED.search(text)
    if m is None:
        return None
    cited = next((c for c in extract(text[m.end() :]).citations if c.occurrences and c.occurrences[0].start <= 4), None)
    if cited is None:
        return None
    try:
        issued = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    rest = text[m.end() :][cited.occurrences[0].end :]
    about = _ABOUT.match(rest)
    what = _TYPES.get(fold(collapse_space(m.group("what"))).upper(), "")
    kind = what or cited.type or type_from_number(cited.number) or ("Công văn" if about and about.group("label").lower() == "v/v"
                                                                    else "")
    title = about.group("title") if about else ""
    if about and about.group("label").lower() == "về việc" and kind != "Công văn":
        title = f"{about.group('label')} {title}"
    who = m.group("who")
    body = _BODY.search(who)
    issuer = ""
    if body:
        place = " ".join(w for w in body.group("place").split() if w[:1].isupper())
        place = place[: len(place) - len(person_name(place))].strip() if person_name(place) else place
        if place:
            issuer = f"{SPELT.get(body.group('short'), body.group('short'))} {body.group('level')} {place}"
    comrade = _COMRADE.search(who)
    signer = person_name(who) or (person_name(comrade.group("name")) if comrade else "")
    return SignedLead(cited.number, kind, issued, issuer, title.strip(" ."), signer)
