"""Where a code ends when a copy wrote it oddly: parts in lower case, a glued date, a unit's mark in brackets, an
issuer code a blank split.  Read by :func:`.numbers.extend_chain` (and its plain reference) after the chain of parts.
"""

from __future__ import annotations

import re

from ..text import fold
from .vocabulary import ALL_CODES, GLUED_ISSUERS, ISSUER_SPELLINGS, STATE_CODES, SYLLABLE

__all__ = ["finish_code", "lower_part", "slug_end"]


def lower_part(w: str, end: int, code: str) -> bool:
    """Whether *code*, chained at *end*, is a part of a code written in lower case after a lower-case part
    ("46/2014/nđ-cp", "77/2014/tt-btc"): letters only, and no Vietnamese syllable ("12/kh-xây dựng" stops)."""
    return w[end - 1 : end].islower() and code.isalpha() and code.islower() and SYLLABLE.fullmatch(fold(code)) is None


# A date glued to a code's end: "19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤC" (a table's cells run together)
_GLUED_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")
# A unit's mark in brackets glued to the code: "Công văn số 823/PV11(CS)"
_BRACKET_MARK = re.compile(r"\((?-i:[A-ZĐ]{1,4})\)")
# The rest of a code a blank split: "28/2026/TT-BGD ĐT" (joined, it is a known issuer code)
_SPLIT_REST = re.compile(r"[ \t](?P<rest>(?-i:[A-ZĐ]{1,3}))(?![^\W_])")
_SPLIT_CODES = frozenset(code.casefold() for code in ISSUER_SPELLINGS)
# A body's acronym a blank set apart where a "-" belongs: "75/QĐ-BĐD NHCSXH" (the board of the Social Policy Bank),
# "1675/NQ UBTVQH14".  Capitals (and a term's digits), five characters or more, and no Vietnamese syllable: an acronym
# ("NHCSXH", "UBTVQH14"), not the next word of a flattened header in capitals ("CỘNG HÒA", "ỦY BAN", "HUYỆN"); then a
# blank and a word in lower case, a date or a mark, not another word in capitals.
# A known issuer's code a blank set apart from the State type code before it, where the "-" belongs: "101/2009/NĐ CP"
# (a document site's title in capitals, "… SỐ 101/2009/NĐ CP NGÀY 05 THÁNG 11"), "12/2020/QĐ UBND", "45/KH UBND".  The
# canonical spelling already reads the blank as the dash (spelling.CANON_TYPE_BLANK); the scanner read only the long
# acronyms ("1675/NQ UBTVQH14") and cut the others at the blank.  A type code's part alone before it, a known issuer
# code whole after it (whatever follows: a title in capitals goes on "NGÀY").
_SPLIT_ISSUER = re.compile(r"[ \t](?P<issuer>(?-i:[A-ZĐ][A-ZĐa-z]{1,7}))(?![^\W_])")
_SPLIT_ISSUERS = GLUED_ISSUERS | frozenset(code.casefold() for code in ISSUER_SPELLINGS)
_SPLIT_ACRONYM = re.compile(r"[ \t](?P<acronym>(?-i:[A-ZĐ]{2}[A-ZĐ\d]{3,10}))(?=[ \t]+(?:[^\W\d_](?<=[a-zđà-ỹ])|\d)|[.,;:)]|$)", re.MULTILINE)


# A word in lower case glued to a code ("Nghị định số 205/2025/NĐ-CPsửa đổi …", heldout39 h39-30; an English page's icon
# name "Decree No. 38/2012/ND-CPfa-minus-circle", dev27 d27-26): the scan stops before a capital followed by two small
# letters (a capitalised word glued on, :data:`.numbers.CODE`) and so cut the code's last capital ("NĐ-C").  The capital is
# the code's when it completes a central or council issuer code ("CP") and small letters follow it.
def _glued_word_end(w: str, end: int) -> int:
    """The end of a code cut one capital short of a known issuer code by a lower-case word glued to it, else *end*."""
    start = end
    while start > 0 and w[start - 1].isupper():
        start -= 1
    if start < end and w[end + 1 : end + 2].islower() and (w[start:end] + w[end]).casefold() in GLUED_ISSUERS:
        return end + 1
    return end


def finish_code(w: str, end: int) -> int:
    """The end of a code read up to *end*: before a glued date, after a glued mark in brackets or the rest of a
    known issuer code a blank split off."""
    nxt = w[end : end + 1]
    if nxt == "/" and w[end - 1 : end].isdigit():
        for back in (1, 2):
            if w[end - back - 1 : end - back].isalpha() and _GLUED_DATE.match(w, end - back) is not None:
                return end - back
    elif nxt == "(":
        mark = _BRACKET_MARK.match(w, end)
        if mark is not None and w[end - 1 : end].isalnum():
            return mark.end()
    elif nxt.isupper():
        return _glued_word_end(w, end)
    elif nxt in (" ", "\t"):
        rest = _SPLIT_REST.match(w, end)
        if rest is not None:
            start = end
            while start > 0 and w[start - 1].isalpha():
                start -= 1
            if (w[start:end] + rest["rest"]).casefold() in _SPLIT_CODES:
                return rest.end()
        issuer = _SPLIT_ISSUER.match(w, end)
        if issuer is not None and issuer["issuer"].casefold() in _SPLIT_ISSUERS and _type_part(w, end):
            return issuer.end()
        acronym = _SPLIT_ACRONYM.match(w, end)
        if acronym is not None and w[end - 1 : end].isalpha() and _acronym(acronym["acronym"]):
            return acronym.end()
    return end


def _type_part(w: str, end: int) -> bool:
    """Whether the code part ending at *end* is a State type code alone, right after a "/" ("…/2009/NĐ", "12/QĐ")."""
    start = end
    while start > 0 and w[start - 1].isalpha():
        start -= 1
    return start < end and w[start - 1 : start] == "/" and w[start:end].casefold() in STATE_CODES


def _acronym(token: str) -> bool:
    """Whether *token* (capitals, perhaps a term's digits) is a body's acronym: no Vietnamese syllable, no code alone, and
    few vowels (an acronym's letters are its words' initials, mostly consonants: "NHCSXH", "UBTVQH"; an English word in
    capitals, "PENALTIES", is not one)."""
    letters = fold("".join(c for c in token if c.isalpha())).casefold()
    vowels = sum(1 for c in letters if c in "aeiouy")
    return SYLLABLE.fullmatch(letters) is None and token.casefold() not in ALL_CODES and vowels * 3 <= len(letters)


# A number written as a file name or an address writes it, after a type word: "Thông tư 10_2016_BGD" (10/2016/BGD),
# "quyết định 15-2012-qĐ-ubnd" (15/2012/qĐ-ubnd): "_" or "-" for its slashes, a year, then code parts in any case
# (a known type or issuer code, or capitals).  Read only right after a type word (numbers.cut_number);
# spelling.canonical_number writes the slashes back.
SLUG_TAIL = re.compile(r"([_-])(?:19|20)\d\d\1(?P<parts>[^\W\d_][^\W_]{0,11}(?:[_-][^\W\d_][^\W_]{0,11}){0,3})(?![^\W_])")
_SLUG_CODES = frozenset(code.casefold() for code in (*ALL_CODES, *ISSUER_SPELLINGS))


def _slug_part(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    capitals = part[0].isupper() and sum(1 for c in letters if c.isupper()) * 2 >= len(letters)
    return part.casefold() in _SLUG_CODES or capitals


def slug_end(w: str, end: int) -> tuple[int, str | None] | None:
    """Where a number written as a file name (:data:`SLUG_TAIL`) whose serial ends at *end* ends, and its type code
    when its first part is a known one; None when there is no such number."""
    slug = SLUG_TAIL.match(w, end)
    if slug is None:
        return None
    stop = start = end + 6  # the year and its two separators
    parts = re.split(r"[_-]", slug["parts"])
    for part in parts:
        if not _slug_part(part):
            break
        stop += (1 if stop > start else 0) + len(part)
    if stop == start:
        return None
    return stop, parts[0] if parts[0].casefold() in ALL_CODES else None
