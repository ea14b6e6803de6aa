"""A document whose front matter has no number, naming its own number in its body: never a citation of another.

A portal's news-style page or a Word original whose header was lost often says its number only in a sentence:
"Sở Văn hóa, Thể thao và Du lịch vừa ban hành hướng dẫn 03/HD-SVHTTDL … về việc treo cờ Tổ quốc trên địa bàn
tỉnh", "Đảng ủy phường Phúc La triển khai kế hoạch số 89-KH/ĐU … về việc tổ chức Đại hội Chi bộ …" — the page's
own type, its own title, its issuer's initials in the code, and no other issuer named.  Read as a citation, it made
a stub page of the document itself, linked from its own page as a document it implements (two pages of the
702-original site).  Every sign must agree: a plan of a higher body on the same subject names that body or carries
its code ("Kế hoạch số 224-KH/TU của Thành ủy Tam Kỳ" in a plan of the Mặt trận), and stays a citation.
"""

from __future__ import annotations

import re
from collections import Counter

from .citations import Citation, parse_number
from .documents import Document
from .issuers import issuer_key
from .party_terms import agree
from .problems import Problem, Severity
from .text import fold

__all__ = ["names_itself", "own_number_note"]

_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = {"va", "và"}


def _initials(name: str) -> str:
    """The initials of an issuer's name, as an issuer code writes them ("Sở Văn hóa, Thể thao và Du lịch" → "SVHTTDL")."""
    return "".join(word[0] for word in _WORD.findall(fold(name).upper()) if word.lower() not in _JOINERS)


def _code_is_issuers(number: str, issuer: str) -> bool:
    """Whether the number's issuer code is the issuer's initials, or their start ("ĐU" of "Đảng ủy phường Phúc La")."""
    parts = parse_number(number)
    if parts is None or not parts.issuer_code:
        return False
    code = "".join(ch for ch in fold(parts.issuer_code.split("-")[0].split("/")[0]).upper() if ch.isalpha())
    return len(code) >= 2 and _initials(issuer).startswith(code)


def names_itself(doc: Document, citation: Citation) -> bool:
    """Whether *citation*, in numberless *doc*, is *doc*'s own number: same type, a description that agrees with its
    title, no other issuer named, the code its issuer's, no other year."""
    if doc.number or not doc.issuer or not doc.title or not citation.subject or not citation.type:
        return False
    if fold(citation.type).lower() != fold(doc.type).lower():
        return False
    if citation.issuer and issuer_key(citation.issuer) != issuer_key(doc.issuer):
        return False
    if citation.date is not None and doc.date is not None and citation.date.year != doc.date.year:
        return False
    return _code_is_issuers(citation.number, doc.issuer) and agree(Counter([citation.subject]), Counter([doc.title]))


def own_number_note(doc: Document, citation: Citation) -> Problem:
    """The note at the line: the number is taken as the document's own, and where to write it."""
    return Problem(
        doc.source, citation.line or 1, "number",
        f"câu “{citation.type} số {citation.number}” nói về chính văn bản này (cùng loại, cùng trích yếu, ký hiệu của "
        "cơ quan ban hành); không coi là trích dẫn văn bản khác",
        f"ghi number: \"{citation.number}\" trong front matter nếu đó là số của văn bản này",
        Severity.NOTE)
