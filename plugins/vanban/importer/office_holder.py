"""An office holder named with his person name as the one who acts in a lead: whose document it is, and who signs.

"Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn …", "Thứ trưởng Bộ VHTT&DL Trịnh Thị Thủy vừa ký …", "Phó Thủ tướng
Trần Hồng Hà vừa ký quyết định …". An issuer never holds a person's name: a minister or deputy minister signs for
the ministry (ND 30/2020: the ministry is the issuer), a Prime Minister or his deputy for the Prime Minister
(issuer "Thủ tướng Chính phủ"), and the person named is the signer. Other offices issue as their body
(``body_of_office``: a People's Committee's chairman as his committee, the import README's forty-first-session rule).
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .issuer import written_out
from .patterns import OFFICE_OF_BODY, REPORTING
from .signed import person_name

# "Bộ trưởng Y tế", "Thứ trưởng Bộ VHTT&DL", "Bộ trưởng Bộ Xây dựng": the ministry's words after the office
_MINISTER = re.compile(r"(?:Bộ|Thứ)\s+trưởng\s+(?:Bộ\s+)?(?P<ministry>[^\s,.;:()].{1,60})")
_PREMIER = re.compile(r"(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?")


def ministry_of(office: str) -> str | None:
    """The ministry when *office* is a minister's office with no person named ("do Bộ trưởng Bộ Xây dựng ban hành" →
    "Bộ Xây dựng"): the same rule as with a name, the ministry issues. A minister who heads another body ("Bộ
    trưởng, Chủ nhiệm Ủy ban Dân tộc") is left to the reader that found it."""
    minister = _MINISTER.fullmatch(" ".join(office.split()).strip(" ,"))
    if minister is None or re.search(r"Chủ\s+nhiệm|Ủy\s+ban|Văn\s+phòng", minister.group("ministry")):
        return None
    return written_out("Bộ " + minister.group("ministry"))


def office_holder(who: str) -> tuple[str, str] | None:
    """(issuer, signer) when *who* is a minister's or the Prime Minister's office followed by a person's name
    ("Bộ trưởng Y tế Đào Hồng Lan" → ("Bộ Y tế", "Đào Hồng Lan")), else None."""
    who = " ".join(who.split()).strip(" ,")
    name = person_name(who)
    if not name:
        return None
    office = who[: len(who) - len(name)].strip(" ,")
    if _PREMIER.fullmatch(office):
        return "Thủ tướng Chính phủ", name
    minister = _MINISTER.fullmatch(office)
    if minister:
        return written_out("Bộ " + minister.group("ministry")), name
    return None


# "ông Trần Văn A, Giám đốc Sở …": a person named before the office he holds (the signer, not a clause)
PERSON_TITLES = ("ông", "bà", "đồng chí", "Ông", "Bà", "Đồng chí")
PERSON_BEFORE = re.compile(r"^(?:" + "|".join(PERSON_TITLES) + r")\s+(?P<name>[^,;:.()]{3,40}?)\s*,\s+(?=\S)")


def person_before(words: str) -> tuple[str, str]:
    """(person, the words after him) when *words* open with "ông/bà X, …" and X is a person's name, else ("", words)."""
    m = PERSON_BEFORE.match(words.strip())
    name = person_name(m.group("name")) if m else ""
    if not m or name != collapse_space(m.group("name")):
        return "", words
    return name, words.strip()[m.end():]


# "Tổng cục Thủy lợi (Bộ NN&PTNT)": the ministry or abbreviation a lead puts in brackets after the body; the body's
# name ends before it (heldout22 p27)
_PARENT_BRACKET = re.compile(r"\s*\((?:Bộ|Ủy ban|Uỷ ban|UBND|Sở)\s[^()]{1,40}\)$")


def body_of_office(issuer: str) -> str:
    """The body an office acts for, the reporting verb a page put after it left out: "Giám đốc Sở Y tế tỉnh X" →
    "Sở Y tế tỉnh X", "Chủ tịch UBND xã Y" → "Ủy ban nhân dân xã Y", "Bộ trưởng Bộ Tư pháp" → "Bộ Tư pháp", "Sở …
    cho biết" → "Sở …" (Nghị định 30/2020: the body issues; the import README's rule). Anything else as it is."""
    name = _PARENT_BRACKET.sub("", REPORTING.sub("", collapse_space(issuer)))
    ministry = ministry_of(name)
    if ministry:
        return ministry
    body = OFFICE_OF_BODY.sub("", name, count=1)
    if body != name:
        body = written_out(body[:1].upper() + body[1:])
    return body
