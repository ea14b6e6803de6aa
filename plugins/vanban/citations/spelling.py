"""A document number's spelling: the canonical one, the one comparison key and the parts it is made of.

The scan (:mod:`.numbers`) finds where a number stands in text; this module reads the text found the same way
whatever shape it was written in (lost slashes and hyphens, glued codes, file-name separators, a "." for a "-",
a Party number in a State number's dress), so that the corpus, the graph, the importer and search compare by one key.
"""

from __future__ import annotations

import functools
import re

from ..text import nfc, normalise_dashes
from .model import NumberParts
from .numbers import PARTY_COMMITTEES, party_type_code, split_glued_code
from .vocabulary import (
    ALL_CODES,
    CODE_SPELLING,
    GLUED_ISSUERS,
    NUMBER_TABLE,
    PARTY_CODES,
    STATE_CODES,
    type_from_code,
)

__all__ = [
    "canonical_cached",
    "canonical_number",
    "key_cached",
    "number_key",
    "parse_canonical",
    "parse_number",
    "type_of_number",
]


CANON_PARTY_SPACE = re.compile(r"^(\d{1,6})\s+(?=[^\W\d_])")


# "193 QĐ - TTg" (LOST_SLASH_TAIL): a blank where the "/" of a State number belongs, before a type code and "-"
CANON_LOST_SLASH = re.compile(r"^(\d{1,6})\s+([^\W\d_]{1,8})\s*-\s*(?=[^\W\d_][^/]*$)")


# "57-NQ TW" (PARTY_LOST_SLASH): a blank where the "/" of a Party number belongs
CANON_PARTY_LOST = re.compile(rf"^(\d{{1,6}})\s*-\s*([^\W\d_]{{1,6}})\s{{1,2}}((?:{PARTY_COMMITTEES}))$")


# "10_2016_BGD", "15-2012-qĐ-ubnd" (codes.SLUG_TAIL): a file name's separators where the slashes belong
CANON_SLUG = re.compile(r"^(\d{1,6})[_-]((?:19|20)\d\d)[_-](?=[^\W\d_])")


CANON_SO = re.compile(r"^\s*số\s*[:.]?\s*", re.IGNORECASE)


# "09KH/ĐTN" (GLUED_PARTY): a Party type code glued to its serial gets its hyphen back
CANON_PARTY_GLUED = re.compile(r"^(\d{1,6})(?=([A-ZĐ]{2,4})/)")
# "2128QĐ-BGTVT" (numbers.GLUED_STATE): a State type code glued to its serial gets its slash back
CANON_STATE_GLUED = re.compile(r"^(\d{1,6})(?=([A-ZĐ]{2,4})-)")


# "75/2006 NĐ-CP", "69/2017NĐ-CP" (numbers.YEAR_LOST_SLASH): the second slash restored, "75/2006/NĐ-CP"
CANON_YEAR_LOST = re.compile(r"^(\d{1,6}/(?:19|20)\d\d)(?=([A-ZĐ]{2,4})-)")
CANON_YEAR_GLUED = re.compile(r"^(\d{1,6}[a-zA-Z]?/\d{4}/)([^\W\d_][^\W_]*)$")
# An administrative number whose hyphen a copy dropped: "1961/QĐUBND" → "1961/QĐ-UBND", "2358/QĐBGDĐT" →
# "2358/QĐ-BGDĐT".  The numbering rules (Nghị định 30/2020, Phụ lục VI) write a type code, "-", the issuer's code; so
# a code that is no code itself but a State type code glued to a known issuer's (:data:`.vocabulary.GLUED_ISSUERS`)
# is split there ("45/HĐND", "123/BTTTT" are issuer codes and stay whole).
# "1675/NQ UBTVQH14" (codes.finish_code): a blank where the "-" between the type code and the issuer's belongs
CANON_TYPE_BLANK = re.compile(r"^(\d{1,6}[a-zA-Z]?/(?:(?:19|20)\d\d/)?)([^\W\d_]{1,4})[ \t]+(?=[^\W\d_])")
CANON_GLUED = re.compile(r"^(\d{1,6}[a-zA-Z]?/)([^\W\d_]{3,12})$")


@functools.lru_cache(maxsize=65536)  # the graph asks again for every citation of the same number
def canonical_number(raw: str) -> str:
    """The canonical spelling of a document number.

    Whitespace removed, every dash → "-", a broken font's "Ð" → "Đ", a space where the Party hyphen belongs becomes
    "-" ("57 NQ/TW" → "57-NQ/TW"), a State type code glued to its issuer in a legal
    normative number gets its hyphen back ("42/2022/NĐCP" → "42/2022/NĐ-CP"), NFC.  Case
    is kept as written ("60-Ctr/TU"); compare with :func:`number_key`.
    """
    s = normalise_dashes(nfc(raw)).translate(NUMBER_TABLE)
    s = CANON_SO.sub("", s).strip().strip(".,;:")
    lost = CANON_LOST_SLASH.match(s)
    if lost is not None and lost.group(2).casefold() in STATE_CODES:
        s = f"{lost.group(1)}/{lost.group(2)}-{s[lost.end():]}"
    s = CANON_SLUG.sub(r"\1/\2/", s)
    s = CANON_PARTY_LOST.sub(r"\1-\2/\3", s)
    s = CANON_PARTY_SPACE.sub(r"\1-", s)
    typed = CANON_TYPE_BLANK.match(s)
    if typed is not None and typed.group(2).casefold() in STATE_CODES:
        s = f"{typed.group(1)}{typed.group(2)}-{s[typed.end():]}"
    s = "".join(s.split())
    glued = CANON_PARTY_GLUED.match(s)
    if glued is not None and party_type_code(glued.group(2)):
        s = f"{glued.group(1)}-{s[glued.end():]}"
    glued = CANON_STATE_GLUED.match(s)
    if glued is not None and glued.group(2).casefold() in STATE_CODES:
        s = f"{glued.group(1)}/{s[glued.end():]}"
    lost = CANON_YEAR_LOST.match(s)
    if lost is not None and lost.group(2).casefold() in STATE_CODES:
        s = f"{lost.group(1)}/{s[lost.end():]}"
    m = CANON_YEAR_GLUED.match(s)
    if m is not None and m.group(2).casefold() not in ALL_CODES:
        code, rest = split_glued_code(m.group(2))
        if code is not None:
            s = f"{m.group(1)}{code}-{rest}"
    m = CANON_GLUED.match(s)
    if m is not None:
        s = m.group(1) + _split_glued_issuer(m.group(2))
    return nfc(s)


def _split_glued_issuer(code: str) -> str:
    """*code* with its hyphen back when it is a State type code glued to a known issuer's code (:data:`CANON_GLUED`)."""
    folded = code.casefold()
    if folded in ALL_CODES or folded in GLUED_ISSUERS:
        return code
    for cut in range(min(4, len(code) - 2), 1, -1):
        if folded[:cut] in STATE_CODES and folded[cut:] in GLUED_ISSUERS:
            return f"{code[:cut]}-{code[cut:]}"
    return code


# The spellings of one number that the rules' grammar does not tell apart (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW and
# the old forms before them): a "." joins code parts as a "-" does ("01/1999/QĐ.UB", "21-CT/T.Ư", "47/2007/NQ .HĐND"
# beside "47/2007/NQ -HĐND" in one text), and a Party number copied in a State number's dress, its type code after the
# "/" and a Party committee's code after the "-" ("53/NQ-TW" for 53-NQ/TW, "21/CT-TU" for 21-CT/TU), is that Party
# number: no State body's code is a Party committee's.  Read on the case-folded canonical spelling.
KEY_DOT_JOIN = re.compile(r"(?<=[^\W\d_])\.(?=[^\W_])")
KEY_PARTY_DRESS = re.compile(rf"^(\d{{1,6}}[a-z]?)/([^\W\d_]{{1,4}})-({PARTY_COMMITTEES.casefold()})$")
# Two more dresses of one number: a Party number whose "/" became a second "-" ("15-NQ-TW" for 15-NQ/TW, "02-KH-TU"), and
# a State number whose "-" became a second "/" before a central body's or a People's Committee's or Council's code
# ("21/CT/TTg" for 21/CT-TTg, "1077/QĐ/TTg", "05/2019/QĐ/UBND"): the type code and the issuer's tell them apart.
KEY_PARTY_HYPHENS = re.compile(rf"^(\d{{1,6}}[a-z]?)-([^\W\d_]{{1,4}})-({PARTY_COMMITTEES.casefold()})$")
KEY_STATE_SLASHES = re.compile(r"^(\d{1,6}[a-z]?(?:/(?:19|20)\d\d)?)/([^\W\d_]{1,4})/([^\W\d_]{2,8})$")
# A dash for the slash before a legal normative number's year ("19-2017/NQ-CP" for 19/2017/NQ-CP, numbers.DASHED_YEAR)
KEY_DASHED_YEAR = re.compile(r"^(?!(?:19|20)\d\d-)(\d{1,6}[a-z]?)-((?:19|20)\d\d/)")


@functools.lru_cache(maxsize=65536)
def number_key(number: str) -> str:
    """The one comparison key of a number: canonical, case-folded, "đ" folded to "d", NFC, its code's joiners
    and a Party number's dress as :data:`KEY_PARTY_DRESS` reads them.

    "60-Ctr/TU" ≡ "60-CTr/TU", "57 NQ/TW" ≡ "57-NQ/TW", "300/LĐLĐ" ≡ "300/LDLD" (typed without
    diacritics), "01/1999/QĐ.UB" ≡ "01/1999/QĐ-UB", "53/NQ-TW" ≡ "53-NQ/TW" ≡ "53-NQ-TW", "21/CT/TTg" ≡ "21/CT-TTg", "19-2017/NQ-CP" ≡ "19/2017/NQ-CP".  The corpus (duplicates), the graph
    and the importer all compare by it.
    """
    key = canonical_number(number).casefold()
    serial_end = key.find("/")
    if serial_end >= 0 and "." in key:
        key = key[:serial_end] + KEY_DOT_JOIN.sub("-", key[serial_end:])
    key = KEY_DASHED_YEAR.sub(r"\1/\2", key, count=1)
    dress = KEY_PARTY_DRESS.match(key) or KEY_PARTY_HYPHENS.match(key)
    if dress is not None and dress.group(2) in PARTY_CODES:
        key = f"{dress.group(1)}-{dress.group(2)}/{dress.group(3)}"
    slashed = KEY_STATE_SLASHES.match(key)
    if slashed is not None and slashed.group(2) in STATE_CODES and slashed.group(3) in GLUED_ISSUERS:
        key = f"{slashed.group(1)}/{slashed.group(2)}-{slashed.group(3)}"
    return nfc(key.replace("đ", "d"))


@functools.lru_cache(maxsize=4096)
def key_cached(number: str) -> str:
    """:func:`number_key`, remembered: a document's numbers recur in it and across documents."""
    return number_key(number)


@functools.lru_cache(maxsize=4096)
def canonical_cached(raw: str) -> str:
    """:func:`canonical_number`, remembered."""
    return canonical_number(raw)


PARSE_PARTY = re.compile(r"^(\d{1,6})-([^\W\d_][^\W_]*)/(.+)$")


PARSE_YEAR = re.compile(r"^(\d{1,6}[a-zA-Z]?)/(\d{4})/(.+)$")


PARSE_STATE = re.compile(r"^(\d{1,6}[a-zA-Z]?)/(.+)$")


PARSE_BARE = re.compile(r"^(\d{1,6})$")


PARSE_YEAR_CODE = re.compile(r"^(\d{1,6})/((?:19|20)\d\d)-([^\W\d_].*)$")  # "02/2021-BNNPTNT" (YEAR_CODE)


PARSE_CUT = re.compile(r"^(\d{1,6})/((?:19|20)\d\d)$")  # "220/2025": a number cut after its year (CUT_YEAR)


PARSE_OLD = re.compile(r"^(\d{1,6})-([^\W\d_][^\W_]*)$")  # "69-HĐBT": the old form, the issuer's code only


def code_spelling(code: str) -> str:
    return CODE_SPELLING.get(code.casefold(), code)


def parse_number(number: str) -> NumberParts | None:
    """Split a number into :class:`NumberParts`; ``None`` when it is not a document number."""
    return parse_canonical(canonical_number(number))


def parse_canonical(s: str) -> NumberParts | None:
    """:func:`parse_number` of a number already in :func:`canonical_number` spelling."""
    m = PARSE_PARTY.match(s)
    if m is not None:
        return NumberParts(m.group(1), None, code_spelling(m.group(2)), m.group(3) or None, "party")
    m = PARSE_YEAR.match(s)
    if m is not None:
        rest = m.group(3)
        head, _, tail = rest.partition("-")
        if head.casefold() in ALL_CODES:
            return NumberParts(m.group(1), int(m.group(2)), code_spelling(head), tail or None, "state")
        return NumberParts(m.group(1), int(m.group(2)), None, rest, "state")
    m = PARSE_YEAR_CODE.match(s)
    if m is not None:
        return NumberParts(m.group(1), int(m.group(2)), None, m.group(3), "state")
    m = PARSE_CUT.match(s)
    if m is not None:
        return NumberParts(m.group(1), int(m.group(2)), None, None, "state")
    m = PARSE_STATE.match(s)
    if m is not None:
        rest = m.group(2)
        head, _, tail = rest.partition("-")
        if not head or not head[0].isalpha():
            return None
        if head.casefold() in ALL_CODES and tail:
            return NumberParts(m.group(1), None, code_spelling(head), tail, "state")
        if head.casefold() in ALL_CODES:
            return NumberParts(m.group(1), None, code_spelling(head), None, "state")
        return NumberParts(m.group(1), None, None, rest, "state")
    m = PARSE_BARE.match(s)
    if m is not None:
        return NumberParts(m.group(1), None, None, None, "state")
    m = PARSE_OLD.match(s)
    if m is not None:
        return NumberParts(m.group(1), None, None, m.group(2), "state")
    return None


def type_of_number(number: str) -> str | None:
    """The type named by a number's code (``57-NQ/TW`` → Nghị quyết; Party ``TT`` is Thông tri)."""
    parts = parse_number(number)
    return type_from_code(parts.type_code, parts.system) if parts else None
