"""The citation extractor: which documents a directive document cites, and how.

Vietnamese directive documents say which higher documents they carry out: "Thực hiện Kế
hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy về …".  :func:`extract`
finds every such citation in a body (and in the document's title), merges the places
where one document is cited into one :class:`Citation`, decides whether the document
*implements* it or only *mentions* it, and reads edges between two cited documents from a
citation's description (:class:`InferredEdge`).

How it reads text
-----------------
1. The text is normalised to NFC; offsets in the result are offsets into that NFC text.
   A same-length working copy replaces every Unicode dash by "-", odd spaces by " ", and
   the old tone placement ("uỷ", "hoá") by the new one ("ủy", "hóa") for matching only;
   issuers and subjects are cut from the NFC text as written.
2. *Cores* (type word + number, or a number alone) are found in one left-to-right scan:
   a type word from :mod:`vanban.glossary` (any case; Luật, Bộ luật, Pháp lệnh, Lệnh and
   Hiến pháp only capitalised) followed by an optional "số"/"số:" and a number; "số"
   followed by a structured number; or a structured number that carries a known type
   code ("57-NQ/TW", "21/KH-UBND"). After a core, numbers joined by ",", ";", "và" are
   cited with the same type word ("các Quyết định số: A; B; C").  The scan reads only short
   stretches before numbers, which give the same cores as reading everything
   (:func:`_master_matches`).
3. Each core gets a *tail*: a date ("ngày 7/3/2025", "22.12.2024", "ngày 7 tháng 3 năm
   2025" across lines), "của <issuer>" and a description ("về …", "thực hiện …").
4. A core inside another core's description ("Kế hoạch số 166-KH/TU … thực hiện Nghị
   quyết số 52-NQ/TW") is *nested*: a mention of the current document and an inferred
   edge 166-KH/TU → 52-NQ/TW.  A core directly after a separator (",", "và") is a
   sibling of the core before it; ";" and sentence ends return to the top level.
5. A top-level core is ``implements`` when it is in the title (the ``title`` argument, a
   "V/v …" subject line or the paragraph under a heading such as "KẾ HOẠCH" in the first
   lines), under a "CĂN CỨ" heading, or in a clause opened by a governing verb ("Thực
   hiện", "Căn cứ", "Triển khai", "Nhằm thực hiện", "Để triển khai", "Tiếp tục thực
   hiện", …) that runs until the sentence ends or a new clause starts.  Otherwise it is a
   ``mentions``.  One ``implements`` occurrence makes the whole citation ``implements``.

Short forms and aliases (decisions)
-----------------------------------
* A short form — a type word with a number that has no code, "Nghị quyết 57", "Nghị quyết
  số 57" — resolves to a full citation of the same type family (by code: Chương trình and
  Chương trình hành động are both CTr) and the same serial anywhere in the document: the
  nearest one before it, else the first one after it.
* When no full form exists, a short form with "số" ("Công văn số 468") is a citation with
  the bare number "468".  A short form *without* "số" is one only when it is followed by
  punctuation, a line end or a function word ("của", "về", "ngày", "và", …): "Nghị quyết
  57 của Bộ Chính trị" is a citation, "Kế hoạch 5 năm" and "Kế hoạch 2025" are not.
* Defined aliases "(sau đây gọi tắt là …)", "(sau đây viết tắt là …)", "(viết tắt là …)"
  add occurrences to the citations they name and never create edges or relations.
* Citations found only in ``title`` have no occurrences and ``line`` 0.
* A line that starts with "Số"/"Số:" and holds only a number is the document's own
  number field and is never a citation, with or without ``own_number``.

The scan is linear: every regular expression is matched once per candidate position with
bounded repetition, and the nesting pass keeps a stack.  :func:`extract` never raises.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .glossary import DOCUMENT_TYPES
from .text import DASHES, collapse_space, nfc, normalise_dashes

__all__ = [
    "IMPLEMENTS",
    "MENTIONS",
    "Citation",
    "Extraction",
    "InferredEdge",
    "NumberParts",
    "Occurrence",
    "canonical_number",
    "extract",
    "number_key",
    "parse_number",
]

IMPLEMENTS = "implements"
MENTIONS = "mentions"


@dataclass(frozen=True)
class Occurrence:
    """One place in the text where a citation appears (type word, if any, through the number)."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Citation:
    """One cited document with every place it is cited."""

    type: str | None
    number: str
    date: datetime.date | None
    issuer: str | None
    subject: str | None
    relation: str
    line: int
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class InferredEdge:
    """An edge between two cited documents, read from the description of ``source``."""

    source: str
    target: str
    relation: str


@dataclass(frozen=True)
class Extraction:
    citations: tuple[Citation, ...]
    inferred: tuple[InferredEdge, ...]


@dataclass(frozen=True)
class NumberParts:
    """The parts of a document number.

    ``serial`` as written ("03"); ``year`` for legal normative numbers ("12/2025/QĐ-UBND");
    ``type_code`` in the glossary's spelling when known ("Ctr" → "CTr"), else as written;
    ``issuer_code`` everything after the type code ("UBND", "BTG-HĐND-UBND"); ``system``
    "party" for "57-NQ/TW" numbers, "state" otherwise (bare serials included).
    """

    serial: str
    year: int | None
    type_code: str | None
    issuer_code: str | None
    system: str


# --------------------------------------------------------------------------- vocabulary

_WORDCH = r"[^\W_]"
_NOT_BEFORE = r"(?<![^\W_])"
_NOT_AFTER = r"(?![^\W_])"

_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\r\t\f\v"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_SPACE_TABLE = str.maketrans({c: " " for c in _ODD_SPACES + _ZERO_WIDTH})


def _tone_table() -> dict[str, str]:
    """Old → new tone placement for oa, oe, uy ("hoá" → "hóa", "uỷ" → "ủy"); same length."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            old = first + nfc(second + mark)
            new = nfc(first + mark) + second
            for variant_old, variant_new in (
                (old, new),
                (old.upper(), new.upper()),
                (old[0].upper() + old[1:], new[0].upper() + new[1:]),
            ):
                table[variant_old] = variant_new
    return table


_TONES = _tone_table()


# The working copy is built by character-class substitutions, not str.translate or a tone
# alternation: on non-Latin-1 text translate looks every character up in a dict and the alternation
# is tried at every position, while a character class lets the regex engine skip ahead in C.
# _DASH_CHARS are the characters normalise_dashes maps (the tests check that the two agree).
# Markdown emphasis around a citation ("**Nghị quyết số 57-NQ/TW** của **Bộ Chính trị**") is not text.
_DASH_CHARS = DASHES
_PLAIN = {c: "-" for c in _DASH_CHARS} | {c: " " for c in _ODD_SPACES + _ZERO_WIDTH + "*"}
_UNPLAIN_RE = re.compile("[" + re.escape("".join(_PLAIN)) + "]")
# Every old-placement pair is o/u + a toned a/e/y: match the two classes, then look the pair up
# (an unknown pair such as "oÁ" is kept; its second character can never start a pair).
_TONE_FIRSTS = "".join(sorted({pair[0] for pair in _TONES}))
_TONE_SECONDS = "".join(sorted({pair[1] for pair in _TONES}))
_TONE_PAIR_RE = re.compile(f"[{_TONE_FIRSTS}](?<![qQ].)[{_TONE_SECONDS}]")


def _plain(m: re.Match[str]) -> str:
    return _PLAIN[m.group(0)]


def _retone(m: re.Match[str]) -> str:
    pair = m.group(0)
    return _TONES.get(pair, pair)


def _working_copy(text: str) -> str:
    """Same-length copy of NFC *text* used for matching."""
    return _TONE_PAIR_RE.sub(_retone, _UNPLAIN_RE.sub(_plain, text))


def _norm_key(text: str) -> str:
    return collapse_space(_working_copy(nfc(text))).casefold()


# Type words: glossary names and aliases, plus a few qualified forms seen in real text.
_EXTRA_TYPE_WORDS: dict[str, str | None] = {
    "Thông báo kết luận": "Thông báo",
    "Kế hoạch liên tịch": "Kế hoạch",
    "Hướng dẫn liên tịch": "Hướng dẫn",
    "Chương trình công tác": "Chương trình",
    "Công văn hỏa tốc": "Công văn",
    "Nghị quyết chuyên đề": "Nghị quyết",
    "Văn bản": None,
}
_CAPITALISED_ONLY = {"Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Hiến pháp"}
_NAMED_TYPES = {"Luật", "Bộ luật", "Pháp lệnh"}  # "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"

_TYPE_BY_WORD: dict[str, str | None] = {}
for _t in DOCUMENT_TYPES:
    for _surface in (_t.name, *_t.aliases):
        _TYPE_BY_WORD.setdefault(_norm_key(_surface), _t.name)
for _surface, _name in _EXTRA_TYPE_WORDS.items():
    _TYPE_BY_WORD.setdefault(_norm_key(_surface), _name)

_TYPE_ALT = "|".join(
    r"\s{1,3}".join(re.escape(part) for part in key.split(" "))
    for key in sorted(_TYPE_BY_WORD, key=len, reverse=True)
)

_STATE_CODES: dict[str, str] = {}
_PARTY_CODES: dict[str, str] = {}
_CODE_SPELLING: dict[str, str] = {}
for _t in DOCUMENT_TYPES:
    if _t.state_code:
        _STATE_CODES.setdefault(_t.state_code.casefold(), _t.name)
        _CODE_SPELLING.setdefault(_t.state_code.casefold(), _t.state_code)
    if _t.party_code:
        _PARTY_CODES.setdefault(_t.party_code.casefold(), _t.name)
        _CODE_SPELLING.setdefault(_t.party_code.casefold(), _t.party_code)
_ALL_CODES = set(_STATE_CODES) | set(_PARTY_CODES)


_FAMILIES: dict[str, str] = {}
for _t in DOCUMENT_TYPES:
    _code = _t.state_code or _t.party_code
    _FAMILIES.setdefault(_t.name, _code.casefold() if _code else _t.name.casefold())


@functools.lru_cache(maxsize=256)
def _family(type_name: str | None) -> str | None:
    """Type family used to match short forms: the type's code, or its name when it has none; remembered."""
    if type_name is None:
        return None
    family = _FAMILIES.get(type_name)
    return family if family is not None else type_name.casefold()


@functools.lru_cache(maxsize=1024)
def _type_from_code(code: str | None, system: str) -> str | None:
    """The type a number's code names, the code system's own first; remembered (asked once per core)."""
    if not code:
        return None
    key = code.casefold()
    first, second = (_PARTY_CODES, _STATE_CODES) if system == "party" else (_STATE_CODES, _PARTY_CODES)
    return first.get(key) or second.get(key)


def type_of_number(number: str) -> str | None:
    """The type named by a number's code (``57-NQ/TW`` → Nghị quyết; Party ``TT`` is Thông tri)."""
    parts = parse_number(number)
    return _type_from_code(parts.type_code, parts.system) if parts else None


# --------------------------------------------------------------------------- numbers

_CODE = r"[^\W\d_][^\W_]{0,24}"
_SERIAL_RE = re.compile(r"\d{1,6}(?!\d)")
_PARTY_TAIL = re.compile(rf"(?P<sep>[ \t]{{0,3}}-[ \t]{{0,3}}|[ \t]{{1,3}})(?P<t>{_CODE})[ \t]{{0,3}}/[ \t]{{0,3}}(?P<i>{_CODE})")
_STATE_TAIL = re.compile(rf"[ \t]{{0,3}}/[ \t]{{0,3}}(?:(?P<y>(?:19|20)\d\d)[ \t]{{0,3}}/[ \t]{{0,3}})?(?P<c>{_CODE})")
_CHAIN = re.compile(rf"[ \t]{{0,3}}-[ \t]{{0,3}}(?P<c>{_CODE})")
# _SERIAL_RE, then _PARTY_TAIL, else _STATE_TAIL, in one match: the tail is tried first as a Party
# one and the match ends with the tail, so each part matches what its own pattern would.
_NUMBER_RE = re.compile(
    rf"(?P<serial>{_SERIAL_RE.pattern})(?:(?P<party>{_PARTY_TAIL.pattern})|(?P<state>{_STATE_TAIL.pattern}))?"
)


@functools.lru_cache(maxsize=4096)
def _is_code(token: str) -> bool:
    """An upper-case code ("UBND", "TTg", "QH14") or a known type code in any case ("Ctr"); remembered."""
    if token.casefold() in _ALL_CODES:
        return True
    letters = [c for c in token if c.isalpha()]
    if not letters or not token[0].isupper():
        return False
    return sum(1 for c in letters if c.isupper()) * 2 >= len(letters)


@dataclass(slots=True)
class _NumberScan:
    start: int
    end: int
    structured: bool
    system: str
    type_code: str | None  # first code when it is a known type code
    serial: str


def _scan_number(w: str, pos: int) -> _NumberScan | None:
    """A document number starting exactly at *pos* in the working copy."""
    m = _NUMBER_RE.match(w, pos)
    if m is None:
        return None
    serial, party, sep, t, i, _, y, c = m.groups()  # one call for the groups, in _NUMBER_RE's order
    end = pos + len(serial)
    if party is not None:
        code = _party_code(sep, t, i)
        if code is not None:
            return _NumberScan(pos, _extend_chain(w, m.end()), True, "party", code or None, serial)
        state = _STATE_TAIL.match(w, end)  # no Party number: perhaps a State one
        c, y, state_end = (state["c"], state["y"], state.end()) if state is not None else (None, None, end)
    else:
        state_end = m.end()  # c is None without a State tail
    if c is not None and _is_code(c):
        stop = _extend_chain(w, state_end)
        code = c if c.casefold() in _ALL_CODES else None
        if code is None and y:
            code = _split_glued_code(c)[0]
        return _NumberScan(pos, stop, True, "state", code, serial)
    return _NumberScan(pos, end, False, "state", None, serial)


@functools.lru_cache(maxsize=4096)
def _party_code(sep: str, t: str, i: str) -> str | None:
    """For a Party tail: its type code when known, "" when not, None when it is no Party number; remembered."""
    known = t.casefold() in _ALL_CODES
    if _is_code(t) and _is_code(i) and (known or "-" in sep):
        return t if known else ""
    return None


# A _CHAIN match starts with one of these: the chain is looked for only after them
_CHAIN_FIRST = frozenset(" \t-")


def _extend_chain(w: str, end: int) -> int:
    for _ in range(12):
        if w[end : end + 1] not in _CHAIN_FIRST:
            break
        m = _CHAIN.match(w, end)
        if m is None or not _is_code(m.group("c")):
            break
        end = m.end()
    return end


def _split_glued_code(code: str) -> tuple[str | None, str]:
    """"NĐCP" → ("NĐ", "CP"): a known State type code glued to an issuer code."""
    best: str | None = None
    for known in _STATE_CODES:
        if len(known) >= 2 and code.casefold().startswith(known) and len(code) - len(known) >= 2:
            rest = code[len(known):]
            if rest[0].isupper() and (best is None or len(known) > len(best)):
                best = known
    if best is None:
        return None, code
    return code[: len(best)], code[len(best):]


_CANON_PARTY_SPACE = re.compile(r"^(\d{1,6})\s+(?=[^\W\d_])")
_CANON_SO = re.compile(r"^\s*số\s*[:.]?\s*", re.IGNORECASE)
_CANON_YEAR_GLUED = re.compile(r"^(\d{1,6}/\d{4}/)([^\W\d_][^\W_]*)$")


@functools.lru_cache(maxsize=65536)  # the graph asks again for every citation of the same number
def canonical_number(raw: str) -> str:
    """The canonical spelling of a document number.

    Whitespace removed, every dash → "-", a space where the Party hyphen belongs becomes
    "-" ("57 NQ/TW" → "57-NQ/TW"), a State type code glued to its issuer in a legal
    normative number gets its hyphen back ("42/2022/NĐCP" → "42/2022/NĐ-CP"), NFC.  Case
    is kept as written ("60-Ctr/TU"); compare with :func:`number_key`.
    """
    s = normalise_dashes(nfc(raw)).translate(_SPACE_TABLE)
    s = _CANON_SO.sub("", s).strip().strip(".,;:")
    s = _CANON_PARTY_SPACE.sub(r"\1-", s)
    s = "".join(s.split())
    m = _CANON_YEAR_GLUED.match(s)
    if m is not None and m.group(2).casefold() not in _ALL_CODES:
        code, rest = _split_glued_code(m.group(2))
        if code is not None:
            s = f"{m.group(1)}{code}-{rest}"
    return nfc(s)


@functools.lru_cache(maxsize=65536)
def number_key(number: str) -> str:
    """Comparison key: canonical number, case-folded, NFC ("60-Ctr/TU" ≡ "60-CTr/TU"; đ kept)."""
    return nfc(canonical_number(number).casefold())


@functools.lru_cache(maxsize=4096)
def _key(number: str) -> str:
    """:func:`number_key`, remembered: a document's numbers recur in it and across documents."""
    return number_key(number)


@functools.lru_cache(maxsize=4096)
def _canonical(raw: str) -> str:
    """:func:`canonical_number`, remembered."""
    return canonical_number(raw)


_PARSE_PARTY = re.compile(r"^(\d{1,6})-([^\W\d_][^\W_]*)/(.+)$")
_PARSE_YEAR = re.compile(r"^(\d{1,6})/(\d{4})/(.+)$")
_PARSE_STATE = re.compile(r"^(\d{1,6})/(.+)$")
_PARSE_BARE = re.compile(r"^(\d{1,6})$")


def _spelling(code: str) -> str:
    return _CODE_SPELLING.get(code.casefold(), code)


def parse_number(number: str) -> NumberParts | None:
    """Split a number into :class:`NumberParts`; ``None`` when it is not a document number."""
    return _parse_canonical(canonical_number(number))


def _parse_canonical(s: str) -> NumberParts | None:
    """:func:`parse_number` of a number already in :func:`canonical_number` spelling."""
    m = _PARSE_PARTY.match(s)
    if m is not None:
        return NumberParts(m.group(1), None, _spelling(m.group(2)), m.group(3) or None, "party")
    m = _PARSE_YEAR.match(s)
    if m is not None:
        rest = m.group(3)
        head, _, tail = rest.partition("-")
        if head.casefold() in _ALL_CODES:
            return NumberParts(m.group(1), int(m.group(2)), _spelling(head), tail or None, "state")
        return NumberParts(m.group(1), int(m.group(2)), None, rest, "state")
    m = _PARSE_STATE.match(s)
    if m is not None:
        rest = m.group(2)
        head, _, tail = rest.partition("-")
        if not head or not head[0].isalpha():
            return None
        if head.casefold() in _ALL_CODES and tail:
            return NumberParts(m.group(1), None, _spelling(head), tail, "state")
        if head.casefold() in _ALL_CODES:
            return NumberParts(m.group(1), None, _spelling(head), None, "state")
        return NumberParts(m.group(1), None, None, rest, "state")
    m = _PARSE_BARE.match(s)
    if m is not None:
        return NumberParts(m.group(1), None, None, None, "state")
    return None


# --------------------------------------------------------------------------- scanning patterns


def _type_alternation_by_first_letter() -> str:
    """_TYPE_ALT with the type words grouped under their first letter, in the same order.

    No two first letters match one character (ignoring case), so a group that fails on its first
    letter rules out all its words at once, and the first word that matches is the same one.
    """
    groups: dict[str, list[str]] = {}
    for key in sorted(_TYPE_BY_WORD, key=len, reverse=True):
        head, *tail = key.split(" ")
        groups.setdefault(key[0], []).append(r"\s{1,3}".join(re.escape(part) for part in [head[1:], *tail]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# One lookbehind for the three branches: the digit's old (?<![^\W_/.\-:,]) is the same class.
_MASTER = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<t>{_type_alternation_by_first_letter()}){_NOT_AFTER}|(?P<so>số){_NOT_AFTER}|(?P<d>\d))",
    re.IGNORECASE,
)
# Where cores can start (see _master_matches).  Every core has a number, which starts a digit run.
# _NUMBER_START finds the runs that may: those with a Party or State tail (group "tail": they may
# start a core on their own, _digit_core) and those after what _TYPED_PRE lets through, which
# _NUMBER_AFTER_WORD checks on the reversed working copy: a type word or "số" right before them,
# give or take "số", ":" and blanks.  From the start of a core to _REACH characters before its
# number there are only letters and white space (type word, law name, "số"): the only other
# character, the ":" or "." after "số", is followed by at most 3 blanks, a line break and 3 blanks.
_REACH = 8
_LAST_WORDS = sorted({key.rsplit(" ", 1)[-1] for key in _TYPE_BY_WORD})


def _reversed_words() -> str:
    """The last words of the type words, reversed, grouped under their (reversed) first letter."""
    groups: dict[str, list[str]] = {}
    for word in _LAST_WORDS:
        groups.setdefault(word[-1], []).append(re.escape(word[-2::-1]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_NUMBER_AFTER_WORD = re.compile(
    rf"\d(?!\d)(?=[ \t]{{0,3}}\n?[ \t]{{0,3}}(?:[:.]?[ \t]{{0,3}}ốs|{_reversed_words()}))", re.IGNORECASE
)
# What _NUMBER_AFTER_WORD needs before a number: ":", "." or the "ố" of "số" right before it, or a
# blank after another blank, a line break, ":", ".", "ố" or the last letter of a type word, or a
# line break after the same but a line break.  The scan keeps only such numbers (not "ngày
# 05/8/2023", "năm 2025" or the "\n\n2" of a list item), sparing the check on the reversed copy.
_LAST_LETTERS = "".join(sorted({word[-1] for word in _LAST_WORDS}))
_TYPED_PRE = (
    rf"(?:(?<=(?i:[:.ố])\d)|(?<=(?i:[ \t\n:.ố{re.escape(_LAST_LETTERS)}])[ \t]\d)"
    rf"|(?<=(?i:[ \t:.ố{re.escape(_LAST_LETTERS)}])\n\d))"
)
# Zero-width after the first digit, so that no run hides another.  Group "tail": a Party or State
# tail; "pre": that and what a type word or "số" before it needs (_TYPED_PRE); "typed": the latter only.
_NUMBER_START = re.compile(
    rf"\d(?:(?<![^\W_]\d)(?=\d{{0,5}}(?!\d)(?:{_PARTY_TAIL.pattern}|{_STATE_TAIL.pattern}))(?P<tail>)"
    rf"(?:{_TYPED_PRE}(?P<pre>))?|{_TYPED_PRE}(?P<typed>))"
)
# For a type word: its type, where its number would start and whether "số" came (see _type_head)
_Head = tuple[str | None, int, bool]
# A _MASTER match as (start, end, kind, head, shift): kind is the alternative that matched, "t", "so"
# or "d"; head, for a type word that a number may follow, is _type_head's, its position less *shift*
_Hit = tuple[int, int, str, _Head | None, int]
# A barrier: a character no type word or "số" can hold, so no match spans it.  The last one before a
# position is the first one found from there in the reversed working copy.
_BARRIER = re.compile(r"[^\w\s]|[\d_]")
_TYPE_START = re.compile(rf"(?:{_TYPE_ALT}){_NOT_AFTER}", re.IGNORECASE)
_AFTER_TYPE = re.compile(r"[ \t]{0,3}\n?[ \t]{0,3}(?:(?P<so>số)[ \t]{0,3}[:.]?[ \t]{0,3}\n?[ \t]{0,3})?", re.IGNORECASE)
_AFTER_SO = re.compile(r"[ \t]{0,3}[:.]?[ \t]{0,3}\n?[ \t]{0,3}")
_LAW_NAME = re.compile(r"(?:[ \t]{1,3}(?!số\b)[^\W\d_]{1,15}){0,15}?[ \t]{1,3}số[ \t]{0,3}[:.]?[ \t]{0,3}", re.IGNORECASE)
_LIST_SEP = re.compile(
    r"[ \t]{0,3}(?:[,;]|và|hoặc)[ \t]{0,3}\n?[ \t]{0,3}(?:và[ \t]{1,3})?(?:số[ \t]{0,3}:?[ \t]{0,3})?", re.IGNORECASE
)

_DATE_NUM = r"(?P<d>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<y>\d{4})"
_DATE_WORDS = r"(?P<d2>\d{1,2})\s{1,6}tháng\s{1,6}(?P<m2>\d{1,2})\s{1,6}năm\s{1,6}(?P<y2>\d{4})"
_DATE_TAIL = re.compile(
    r"(?:[ \t]{1,3}(?:thị|xã|tỉnh|huyện|thành|phố|quận|phường|ban|hành)(?![^\W_])){0,4}"
    r"[ \t]{0,3}[,(]?[ \t]{0,3}\n?[ \t]{0,3}"
    r"(?:ngày\s{1,6}|(?=\d))"
    rf"(?:{_DATE_NUM}|{_DATE_WORDS})(?!\d)",
    re.IGNORECASE,
)
_CUA = re.compile(r"[ \t]{0,3},?[ \t]{0,3}\n?[ \t]{0,3}của(?![^\W_])[ \t]{0,3}\n?[ \t]{0,3}", re.IGNORECASE)
_DESC_WORDS = (
    "về việc", "về", "V/v", "v/v", "Về việc", "thực hiện", "triển khai", "tuyên truyền", "quán triệt", "hướng dẫn",
    "quy định", "sửa đổi", "bổ sung", "ban hành", "cụ thể hóa", "sơ kết", "tổng kết", "phê duyệt", "thi hành",
    "chỉ đạo", "phục vụ",
)
_DESC = re.compile(r"[ \t]{0,3}\n?[ \t]{0,3}[“\"«]?[ \t]{0,2}(?P<kw>" + "|".join(_DESC_WORDS) + r")(?![^\W_])")
# A _DESC match reads at most this many characters from where it starts (blanks, quote, word,
# and the character after it)
_DESC_REACH = 3 + 1 + 3 + 1 + 2 + max(map(len, _DESC_WORDS)) + 1
_SUBJECT_KW = {"về", "về việc", "v/v", "Về việc", "V/v"}
_IMPLEMENT_WORDS = ("thực hiện", "triển khai", "quán triệt", "tuyên truyền", "cụ thể hóa", "thi hành", "học tập")

_UNIT_WORDS = {
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "lần", "người", "đồng", "triệu", "tỷ", "nghìn", "ngàn",
    "km", "ha", "điểm", "bước", "nhóm", "nội", "nhiệm", "giải", "mục", "quan", "chương", "điều", "khoản",
    "trang", "tiêu", "xã", "huyện", "tỉnh", "đơn", "loại", "văn", "cấp", "đợt", "khóa", "kỳ", "vòng", "%",
}
_WEAK_FOLLOWERS = {
    "của", "về", "ngày", "và", "đã", "được", "là", "có", "với", "trong", "tại", "để", "nhằm", "hoặc",
    "này", "đó", "do", "theo", "thì", "cũng", "vẫn", "sẽ", "đang", "khóa", "(", "/",
}

_ISSUER_STOP = {
    "về", "ngày", "tại", "trong", "giữa", "với", "là", "có", "đến", "cho", "theo", "đã", "được", "sau",
    "nêu", "như", "này", "đó", "hoặc", "v/v", "số", "nhằm", "để", "thì", "mà", "do", "bằng", "từ", "gồm",
    "kèm", "của", "-", "–", "+", "nay", "năm",
}
_ISSUER_LOWER = {
    "tỉnh", "huyện", "xã", "thành", "phố", "quận", "phường", "thị", "trấn", "nhân", "dân", "ban", "khóa", "khoá",
    "trung", "ương", "cơ", "sở", "liên", "tịch",
}
_ISSUER_STOP2 = {
    "thực hiện", "triển khai", "tuyên truyền", "quán triệt", "hướng dẫn", "quy định", "phục vụ", "đề nghị",
    "ban hành", "cụ thể", "sửa đổi", "đối với", "gắn với", "sơ kết", "tổng kết", "phê duyệt", "xây dựng",
    "tổ chức", "tiếp tục", "chỉ đạo", "lãnh đạo", "bổ sung", "thông qua", "phối hợp",
}
_ISSUER_STOP2_FIRST = {pair.split(" ")[0] for pair in _ISSUER_STOP2}  # a token (no blank) is one of them
_PUNCT = set(",;.:()[]{}“”\"«»⁽⁾!?…‘’'<>*_|")
_PUNCT_CHARS = "".join(sorted(_PUNCT))
_PUNCT_RE = re.compile(f"[{re.escape(_PUNCT_CHARS)}]")
_ABBREVIATIONS = {"tp.", "tx.", "q.", "p.", "ths.", "ts.", "pgs.", "gs.", "th.", "ubnd.", "tt."}
_ABBREVIATION_LONGEST = max(map(len, _ABBREVIATIONS))
_TOKEN = re.compile(r"\S+")

_MARKERS = re.compile(r"[;(:]|\n[ \t]*\n|[.!?…](?=\s|\Z)|,[ \t]{0,3}\n?[ \t]{0,3}(?=[^\W\d_])")
_LEAD_FILL = " \t\n-+*•>#_"
_LEAD_SEP = re.compile(rf"[,;:.!?]|\n|{_NOT_BEFORE}(?:và|hoặc|cùng){_NOT_AFTER}", re.IGNORECASE)
_ALIAS = re.compile(
    r"\([ \t]{0,3}(?:sau[ \t]{1,3}đây[ \t]{1,3})?(?:được[ \t]{1,3})?(?:gọi|viết)(?:[ \t]{1,3}tắt)?[ \t]{1,3}là(?![^\W_])",
    re.IGNORECASE,
)

_BULLET = re.compile(
    r"[ \t>*#_+•\-]{0,12}(?:(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[IVXLC]{1,6}[.)]|[a-zđ][.)])[ \t]{1,3})?"
    r"[ \t*_“\"]{0,6}"
)
# The characters (besides digits) a _BULLET match that is not empty can start with.
_BULLET_FIRST = frozenset(" \t>*#_+•-(IVXLCabcdefghijklmnopqrstuvwxyzđ“\"")
_GOVERNING = re.compile(
    r"(?:thực hiện|căn cứ|triển khai|nhằm thực hiện|nhằm triển khai|nhằm cụ thể hóa|để thực hiện|để triển khai"
    r"|để cụ thể hóa|tiếp tục thực hiện|tiếp tục triển khai|thi hành|cụ thể hóa|thực thi)(?![^\W_])",
    re.IGNORECASE,
)
_OPENER = re.compile(
    rf"(?:{_GOVERNING.pattern}|(?:Theo|Xét)(?![^\W_])|Điều[ \t]+\d|Kính[ \t]+gửi)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…]+[ \t\n]+(?=[\-+•*(\d“\"]|[^\W\d_])")
_VV = re.compile(r"V/v(?![^\W_])|Về việc(?![^\W_])", re.IGNORECASE)
_ROMAN_HEADING = re.compile(r"[IVXLC]{1,6}[.)][ \t]")

_HEADER_LINES = 40
_HEADER_CHARS = 1500
_BIG = 1 << 62


# --------------------------------------------------------------------------- internal records


@dataclass(eq=False, slots=True)
class _Core:
    start: int
    end: int
    num_start: int
    number: str
    type_name: str | None  # from the type word (or the list head's type word)
    inferred_type: str | None  # from the number's code
    written: bool  # a type word was written for this core
    bare: bool
    serial: str
    short_only: bool = False  # a short form kept only if it resolves to a full citation
    in_title: bool = False
    alias: bool = False
    date: datetime.date | None = None
    issuer: str | None = None
    subject: str | None = None
    tail_end: int = 0
    desc_start: int = -1
    desc_end: int = -1
    parent: _Core | None = None
    edge_relation: str = MENTIONS
    implements: bool = False
    line: int = 0
    group: int = -1
    # _DATE_TAIL.match(w, end) over the whole text, when _continuations has looked (see _fill_tails)
    date_tail: re.Match[str] | None = None
    date_looked: bool = False


@dataclass
class _Group:
    number: str
    full: bool
    cores: list[_Core] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _date_from(m: re.Match[str]) -> datetime.date | None:
    d = m.group("d") or m.group("d2")
    mo = m.group("m") or m.group("m2")
    y = m.group("y") or m.group("y2")
    try:
        return datetime.date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def _is_header_number_line(w: str, so_start: int, number_end: int) -> bool:
    """ "Số: 300/LĐLĐ" at a line start: the document's own number field (bounded look-around).

    It counts when the number is alone on its line, or anywhere in the header (the first
    1,500 characters), where a flattened header table puts the date line after it.
    """
    if not w[so_start].isupper():
        return False
    window_start = max(0, so_start - 12)
    nl = w.rfind("\n", window_start, so_start)
    if nl < 0 and window_start > 0:
        return False
    if w[nl + 1 : so_start].strip(" *#_>|"):
        return False
    if so_start < _HEADER_CHARS:
        return True
    after = w[number_end : number_end + 12]
    nl_after = after.find("\n")
    if nl_after < 0 and number_end + 12 < len(w):
        return False
    return not (after if nl_after < 0 else after[:nl_after]).strip(" *_.|")


def _next_word(w: str, pos: int) -> str:
    """The next word after *pos* (case-folded, punctuation trimmed), looking at most 40 characters ahead."""
    window = w[pos : pos + 40]
    line = window.split("\n", 1)[0].lstrip(" ")
    if not line:
        return ""
    if line[0] in _PUNCT or line[0] in "/%":
        return line[0]
    tok = line.split(" ", 1)[0]
    return tok.rstrip(_PUNCT_CHARS).casefold()


def _bare_status(w: str, end: int, with_so: bool, serial: str) -> int:
    """Whether a number without a code ending at *end* is a citation: 0 no, 1 only as a short form, 2 yes."""
    nxt = w[end : end + 2]
    if nxt[:1] in {"/", ":", "%"} or (nxt[:1] in {".", ",", "-"} and nxt[1:2].isdigit()):
        return 0
    if nxt[:1].isalpha():
        return 0
    word = _next_word(w, end)
    if word == "ngày" and _DATE_TAIL.match(w, end) is not None:
        word = "của"  # a date follows: "Công văn số 468 ngày 10/3/2025"
    if word in _UNIT_WORDS:
        return 0
    if with_so:
        return 2
    if len(serial) == 4 and serial[:2] in {"19", "20"}:
        return 0
    if word == "" or word in _WEAK_FOLLOWERS or (len(word) == 1 and word in _PUNCT):
        return 2
    return 1


# --------------------------------------------------------------------------- stage A: cores


def _master_matches(w: str, consumed: list[int]) -> Iterator[_Hit]:
    """The matches of ``_MASTER.finditer(w)`` that can start a core, in order, as :data:`_Hit`; others may be left out.

    ``consumed[0]`` is where the last core found ends (the caller updates it between matches):
    matches that start before it start no core and are left out too, and so is the rest of a
    window once it lies before it.

    Scanning the whole text costs more than everything else together; most of it is far from any
    number.  A typed core is found by scanning a window before its number that starts just after
    the last barrier (a character no match can hold) before the core: the scan then sees the same
    matches as a scan of the whole text.  A bare number is a match of its own, as no match can
    hold a digit but its own (it is one: _NUMBER_START's Party/State branch has _MASTER's lookbehind).
    """
    typed, bare, backwards = _number_starts(w)
    k = 0
    for first, last in _windows(w, typed, backwards):
        while k < len(bare) and bare[k] < first:
            if bare[k] >= consumed[0]:
                yield bare[k], bare[k] + 1, "d", None, 0
            k += 1
        if last >= consumed[0]:
            # the scan can stop at the number: no match before it can hold its digit or look past it;
            # it starts at *first* all the same, as a later start could find other matches
            lo = first - 1 if first else 0  # _MASTER's lookbehind reads one character before *first*
            for start, end, kind, head, _ in _window_hits(w[lo : last + 1], first - lo):
                if start + lo >= consumed[0]:
                    yield start + lo, end + lo, kind, head, lo
                    if consumed[0] > last:
                        break
        while k < len(bare) and bare[k] <= last:
            k += 1
    for digit in bare[k:]:
        if digit >= consumed[0]:
            yield digit, digit + 1, "d", None, 0


def _number_starts(w: str) -> tuple[list[int], list[int], str]:
    """Numbers a type word or "số" comes right before, numbers with a Party or State tail, and ``w[::-1]``."""
    typed: list[int] = []
    bare: list[int] = []
    backwards = ""
    last = len(w) - 1
    for number in _NUMBER_START.finditer(w):
        group = number.lastgroup  # the last of the empty groups that matched
        digit = number.start()
        if group != "typed":
            bare.append(digit)
            if group != "pre":
                continue
        backwards = backwards or w[::-1]
        if _NUMBER_AFTER_WORD.match(backwards, last - digit):
            typed.append(digit)
    return typed, bare, backwards


@functools.lru_cache(maxsize=16384)
def _window_hits(window: str, pos: int) -> tuple[_Hit, ...]:
    """``_MASTER.finditer(window, pos)`` as hits; remembered, as the phrase before a cited number recurs.

    Scanning a window costs tens of nanoseconds a character (a lookbehind and the type words at
    every position); its text as a key costs a few.  The matches depend on nothing else: the
    lookbehind reads one character before *pos*, and the scan stops at the window's end.  Nor do
    the heads of its type words: a window ends with a digit, which none of their patterns reads past.
    """
    hits: list[_Hit] = []
    for m in _MASTER.finditer(window, pos):
        start, end = m.span()
        kind = m.lastgroup or ""
        hits.append((start, end, kind, _type_head(window, start, end) if kind == "t" else None, 0))
    return tuple(hits)


def _windows(w: str, numbers: list[int], backwards: str) -> Iterator[tuple[int, int]]:
    """Merged spans (first, last): from just after the last barrier before ``number - _REACH`` to each number.

    *backwards* is ``w[::-1]``: w[i] is backwards[n - 1 - i].
    """
    n = len(w)
    first = last = -1
    for digit in numbers:
        reach = digit - _REACH
        if last >= 0 and reach <= last + 1:
            last = digit
            continue
        if last >= 0:
            yield first, last
        # w[last] is a digit, itself a barrier.  The last barrier in the _BARRIER_LOOK characters before
        # the reach is remembered by their text; the rest of the way back is searched when it is not there.
        end = max(reach, last + 1)
        start = max(end - _BARRIER_LOOK, last + 1)
        found = _last_barrier(w[start:end])
        if found >= 0:
            first = start + found + 1
        elif start == last + 1:
            first = start
        else:
            barrier = _BARRIER.search(backwards, n - start, n - 1 - last)
            first = n - barrier.start() if barrier is not None else last + 1
        last = digit
    if last >= 0:
        yield first, last


_BARRIER_LOOK = 48


@functools.lru_cache(maxsize=16384)
def _last_barrier(stretch: str) -> int:
    """Where the last barrier in *stretch* is, -1 when there is none; remembered, as the text before numbers recurs."""
    barrier = _BARRIER.search(stretch[::-1])
    return len(stretch) - 1 - barrier.start() if barrier is not None else -1


def _find_cores(w: str, text: str, own_key: str | None) -> list[_Core]:
    cores: list[_Core] = []
    consumed = [0]
    for start, end, kind, head, shift in _master_matches(w, consumed):
        if start < consumed[0]:
            continue
        if kind == "t":
            found = _typed_cores(w, text, start, head[0], head[1] + shift, head[2]) if head is not None else []
        elif kind == "so":
            found = _so_core(w, text, start, end)
        else:
            found = _digit_core(w, text, start)
        if not found:
            continue
        consumed[0] = found[-1].end
        for core in found:
            if own_key is not None and not core.bare and _key(core.number) == own_key:
                continue
            cores.append(core)
    return cores


def _make_core(text: str, start: int, scan: _NumberScan, type_name: str | None, written: bool) -> _Core:
    number = _canonical(text[scan.start : scan.end])
    inferred = _type_from_code(scan.type_code, scan.system)
    if type_name is None and inferred is None and scan.structured:
        parts = parse_number(number)
        if parts is not None:
            inferred = _type_from_code(parts.type_code, parts.system)
    return _Core(start, scan.end, scan.start, number, type_name, inferred, written, not scan.structured, scan.serial)


@functools.lru_cache(maxsize=1024)
def _type_of_word(surface: str) -> str | None:
    """The type a type word names, however spaced or cased; remembered."""
    return _TYPE_BY_WORD.get(collapse_space(surface).casefold())


def _type_head(w: str, s: int, e: int) -> _Head | None:
    """For the type word w[s:e]: its type, where its number would start and whether "số" came before
    it; None when no number can follow (a lower-case "luật", nothing between word and number)."""
    type_name = _type_of_word(w[s:e])
    surface_name = type_name or ""
    if surface_name in _CAPITALISED_ONLY and not w[s].isupper():
        return None
    law = _LAW_NAME.match(w, e) if surface_name in _NAMED_TYPES else None
    if law is not None and law.end() - e < 200:
        return type_name, law.end(), True
    after = _AFTER_TYPE.match(w, e)
    if after is None or after.end() == e:
        return None
    return type_name, after.end(), after.group("so") is not None


def _typed_cores(w: str, text: str, s: int, type_name: str | None, pos: int, with_so: bool) -> list[_Core]:
    """The core of the type word at *s* whose head (:func:`_type_head`) is (type_name, pos, with_so), and its list."""
    scan = _scan_number(w, pos)
    if scan is None:
        return []
    status = 2 if scan.structured else _bare_status(w, scan.end, with_so, scan.serial)
    if status == 0:
        return []
    first = _make_core(text, s, scan, type_name, True)
    first.short_only = status == 1
    found = [first]
    found.extend(_continuations(w, text, first, type_name))
    return found


def _continuations(w: str, text: str, prev: _Core, type_name: str | None) -> list[_Core]:
    """Numbers joined to a cited number (the core *prev*) by ",", ";", "và": same type word."""
    out: list[_Core] = []
    pos = prev.end
    for _ in range(50):
        date = _DATE_TAIL.match(w, pos)
        prev.date_tail, prev.date_looked = date, True
        after_date = date.end() if date is not None else pos
        sep = _LIST_SEP.match(w, after_date)
        if sep is None:
            break
        scan = _scan_number(w, sep.end())
        if scan is None or not scan.structured:
            break
        core = _make_core(text, scan.start, scan, type_name, False)
        if core.inferred_type is not None and type_name is not None and _family(core.inferred_type) != _family(
            type_name
        ):
            core.type_name = core.inferred_type
        out.append(core)
        prev, pos = core, scan.end
    return out


def _so_core(w: str, text: str, start: int, end: int) -> list[_Core]:
    after = _AFTER_SO.match(w, end)
    pos = after.end() if after is not None else end
    scan = _scan_number(w, pos)
    if scan is None or not scan.structured:
        return []
    if _is_header_number_line(w, start, scan.end):
        # consume it so that the digits are not read again as a citation
        return [_Core(start, scan.end, scan.start, "", None, None, False, True, "", alias=True)]
    core = _make_core(text, scan.start, scan, None, False)
    return [core, *_continuations(w, text, core, None)]


def _digit_core(w: str, text: str, start: int) -> list[_Core]:
    scan = _scan_number(w, start)
    if scan is None or not scan.structured or scan.type_code is None:
        return []
    raw = w[scan.start : scan.end]
    if scan.system == "state" and "-" not in raw and raw.count("/") < 2:
        return []
    core = _make_core(text, scan.start, scan, None, False)
    return [core, *_continuations(w, text, core, None)]


# --------------------------------------------------------------------------- stage B: tails


def _scan_issuer(w: str, text: str, pos: int, limit: int, core_starts: set[int]) -> tuple[str | None, int]:
    # at most 20 tokens, read one ahead of the one looked at (most issuers stop within a few).
    # Every test but the abbreviation's ends the scan, so their order does not matter: the
    # cheap ones come first, and the two-word stop is looked up only after a possible first word.
    tokens = itertools.islice(_TOKEN.finditer(w, pos, limit), 20)
    tok = next(tokens, None)
    kept: list[tuple[int, int]] = []
    prev_end = pos
    while tok is not None:
        after = next(tokens, None)
        value = tok[0]
        start, end = tok.span()
        first = value[0]
        if start in core_starts or first in _PUNCT or first.isdigit():
            break
        if kept and w.find("\n", prev_end, start) >= 0 and (
            w.count("\n", prev_end, start) > 1 or first in "-+*#•"
        ):
            break
        low = value.casefold()
        if low in _ISSUER_STOP:
            break
        if low in _ISSUER_STOP2_FIRST and value == value.lower():
            nxt = after[0].casefold() if after is not None else ""
            if f"{low} {nxt}" in _ISSUER_STOP2:
                break
        if low == "và":
            if (
                after is None
                or after[0].casefold() == after[0]
                or after.start() in core_starts
                or _TYPE_START.match(w, after.start()) is not None
            ):
                break
        elif first.islower():
            after_capital = bool(kept) and w[kept[-1][0]].isupper()
            if not after_capital and low.rstrip(_PUNCT_CHARS) not in _ISSUER_LOWER:
                break
        if not value.isalnum():
            punct = _PUNCT_RE.search(value)
            if punct is not None:
                if low in _ABBREVIATIONS:
                    kept.append((start, end))
                    prev_end = end
                    tok = after
                    continue
                kept.append((start, start + punct.start()))
                break
        kept.append((start, end))
        prev_end = end
        if len(kept) >= 15:
            break
        tok = after
    while kept and w[kept[-1][0] : kept[-1][1]].casefold() in {"và", "hoặc"}:
        kept.pop()
    if not kept or not w[kept[0][0]].isupper():
        return None, pos
    issuer = collapse_space(text[kept[0][0] : kept[-1][1]].replace("*", " "))
    return (issuer or None), kept[-1][1]


def _first_marker(w: str, pos: int, core_starts: set[int]) -> int:
    """Where a description starting at *pos* ends: the first clause marker from there, else len(w).

    *pos* is a letter, which no marker holds, so scanning from it finds the markers a scan of the
    whole text would.
    """
    for m in _MARKERS.finditer(w, pos):
        ch = m.group(0)[0]
        if ch == ",":
            if not w[m.end()].isupper() or m.end() in core_starts:
                continue
        elif ch in ".!?…":
            lo = max(0, m.start() - 12)
            word_start = max(w.rfind(" ", lo, m.start()), w.rfind("\n", lo, m.start()), lo - 1) + 1
            if w[word_start : m.start() + 1].casefold() in _ABBREVIATIONS:
                continue
        return m.start()
    return len(w)


def _fill_tails(w: str, text: str, cores: list[_Core]) -> None:
    core_starts = {c.start for c in cores}
    # descriptions found on demand; one found from *asked* also ends those that start before it
    asked = marker = -1
    for i, core in enumerate(cores):
        limit = cores[i + 1].start if i + 1 < len(cores) else len(w)
        pos = core.end
        # The match over the whole text is the match up to *limit* when it ends there: a path that
        # fails on the whole text can succeed on the shorter one only by a negative lookahead at
        # *limit*, and the only one that can end a path, the (?!\d) after the year's last digit,
        # would put a digit right before a core, where no core starts.
        date = core.date_tail
        if not core.date_looked or (date is not None and date.end() > limit):
            date = _DATE_TAIL.match(w, pos, limit)
        if date is not None:
            core.date = _date_from(date)
            pos = date.end()
        cua = _CUA.match(w, pos, limit)
        if cua is not None:
            issuer, end = _scan_issuer(w, text, cua.end(), min(limit, cua.end() + 300), core_starts)
            if issuer is not None:
                core.issuer = issuer
                pos = end
                if date is None:
                    late = _DATE_TAIL.match(w, pos, limit)
                    if late is not None:
                        core.date = _date_from(late)
                        pos = late.end()
        core.tail_end = pos
        if core.alias:
            continue
        desc = _DESC.match(w, pos, limit if limit > pos else len(w))
        if desc is None and pos < limit < pos + _DESC_REACH:
            # A match cut off by *limit* but not by the whole text reads past *limit*; a match that
            # ends by *limit* on the whole text is one on the shorter text too.
            desc = _DESC.match(w, pos)
        if desc is None:
            continue
        core.desc_start = desc.start("kw")
        if not asked <= core.desc_start <= marker:
            asked, marker = core.desc_start, _first_marker(w, core.desc_start, core_starts)
        core.desc_end = marker
        body_start = desc.end() if desc.group("kw") in _SUBJECT_KW else desc.start("kw")
        end = min(core.desc_end, body_start + 300)
        if end < core.desc_end:
            cut = text.rfind(" ", body_start, end)
            end = cut if cut > body_start else end
        subject = collapse_space(text[body_start:end]).strip(" “”\"'«»,")
        core.subject = subject or None


# --------------------------------------------------------------------------- structure: clauses, titles


def _line_starts(parts: list[str]) -> list[int]:
    """Where each of the lines ``w.split("\\n")`` starts, summed in C."""
    return list(itertools.accumulate(map(_ONE_MORE, map(len, parts[:-1])), initial=0))


_ONE_MORE = (1).__add__


def _content_start(w: str, start: int, end: int) -> int:
    if start >= end or (w[start] not in _BULLET_FIRST and not w[start].isdecimal()):
        return start  # no bullet (most clauses start with a capital letter)
    m = _BULLET.match(w, start, end)
    return m.end() if m is not None else start


def _regions(
    w: str, lines: list[int], parts: list[str], core_starts: set[int], targets: list[int]
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Clause starts, "CĂN CỨ" sections and in-text title regions, as far as the cores at
    *targets* (some of the cores at *core_starts*) need them.

    Lines after the last target are not read (they can only add clauses, sections and titles that
    start after every target), and whether a clause is governed is left to the caller.  *parts*
    are the lines (``w.split("\\n")``), which start at *lines*.  Of the clause starts, only the
    last before each target is sure to be there.
    """
    clause_pos: list[int] = []
    # Clause starts after sentence ends are looked for only where a target needs them: a line's
    # are pending until the next clause start at a line start, and dropped if no target lies
    # between (every later clause start is after them, so nothing else changes).
    cores = sorted(targets)
    last_core = cores[-1] if cores else -1
    pending: list[tuple[int, int]] = []
    cancu: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    cancu_start = -1
    prev_last = ""  # last non-space char of the previous non-blank line ("" after a blank line)
    heading_seen = False
    vv_seen = False
    for idx, start in enumerate(lines):
        if start > last_core:
            break
        line = parts[idx]
        stripped = line.strip()
        if not stripped:
            prev_last = ""
            continue
        end = start + len(line)
        # _content_start, inlined: most lines start with a capital letter and hold no bullet
        first = line[0]
        if first in _BULLET_FIRST or first.isdecimal():
            bullet = _BULLET.match(w, start, end)
            content = bullet.end() if bullet is not None else start
            has_bullet = content - start > len(line) - len(line.lstrip())
        else:
            content, has_bullet = start, False
        bare = stripped.strip("*#_ ")
        # headings
        # str.upper maps each character on its own, so a first 16 characters that are not their
        # upper case rule most lines out without upper-casing the rest
        head = bare[:16]
        upper = head == head.upper() and bare == bare.upper()
        is_heading = bool(bare) and upper and _letters_at_least(bare, 4)
        is_heading = (
            is_heading or stripped.startswith("#") or (bare[:1] in "IVXLC" and _ROMAN_HEADING.match(bare) is not None)
        )
        if cancu_start >= 0 and is_heading:
            cancu.append((cancu_start, start))
            cancu_start = -1
        if "CĂN CỨ" in bare and _is_cancu_heading(bare):
            cancu_start = end
        if idx < _HEADER_LINES:
            if not vv_seen and _VV.match(w, content) is not None:
                vv_seen = True
                titles.append((start, _paragraph_end(w, lines, idx)))
            elif not heading_seen and upper and _is_type_word(bare):
                heading_seen = True
                para = _next_paragraph(w, lines, idx)
                if para is not None and _GOVERNING.match(w, _content_start(w, para[0], para[1])) is None:
                    titles.append(para)
        # clause starts at line starts
        hard = prev_last in {"", ".", ";", ":", "!", "?", "…"} or has_bullet or is_heading
        # a capitalised clause opener starts a clause even after a line without end punctuation
        hard = hard or (w[content : content + 1].isupper() and _OPENER.match(w, content) is not None)
        if hard and not (prev_last in {";", ":"} and content in core_starts):  # not a continuation
            if pending:
                k = bisect.bisect_left(cores, content) - 1  # the last core before *content*
                if k >= 0 and cores[k] >= pending[0][0]:
                    _sentence_clauses(w, pending, cores[k], clause_pos)
                pending.clear()
            if not clause_pos or clause_pos[-1] < content:
                clause_pos.append(content)
        prev_last = stripped.rstrip("*_ ")[-1:]
        pending.append((start, end))
    if pending and cores and cores[-1] >= pending[0][0]:
        _sentence_clauses(w, pending, cores[-1], clause_pos)
    if cancu_start >= 0:
        cancu.append((cancu_start, len(w)))
    return clause_pos, _disjoint(cancu), _disjoint(titles)


def _sentence_clauses(w: str, pending: list[tuple[int, int]], last: int, clause_pos: list[int]) -> None:
    """Add the clause starts after the sentence ends in the *pending* lines that end by *last*."""
    for start, end in pending:
        if start >= last:  # a sentence end found from here ends after *last*
            break
        # Up to *last* only: a sentence end is a whole run of end marks and of blanks followed by
        # what the look-ahead wants, which is no blank, so a match that ends after *last* on the
        # whole line is none when the line is cut after *last*, and one that ends by it is the same.
        for m in _SENTENCE_END.finditer(w, start, min(end, last + 1)):
            dot, stop = m.span()
            lo = max(start, dot - 12)
            word_start = max(w.rfind(" ", lo, dot), lo - 1) + 1
            # casefold never shortens, so a longer word is no abbreviation
            if dot + 1 - word_start <= _ABBREVIATION_LONGEST and w[word_start : dot + 1].casefold() in _ABBREVIATIONS:
                continue
            if stop < end:
                first = w[stop]
                pos = _content_start(w, stop, end) if first in _BULLET_FIRST or first.isdecimal() else stop
                if not clause_pos or clause_pos[-1] < pos:
                    clause_pos.append(pos)


@functools.lru_cache(maxsize=1024)
def _is_type_word(bare: str) -> bool:
    """Whether a line is a type word alone ("KẾ HOẠCH"); remembered, as header lines recur."""
    return _norm_key(bare) in _TYPE_BY_WORD


def _is_cancu_heading(bare: str) -> bool:
    if "CĂN CỨ" not in bare:  # most lines; spares the substitution
        return False
    head = re.sub(r"^(?:[IVXLC]{1,6}|\d{1,2}|[A-Z])[.)][ \t]*", "", bare)
    return head.startswith("CĂN CỨ") and head == head.upper()


def _letters_at_least(text: str, count: int) -> bool:
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count == 0:
                return True
    return False


def _paragraph_end(w: str, lines: list[int], idx: int) -> int:
    """End of the title paragraph starting at line *idx*: a blank line, the body's first line or a heading."""
    end = lines[idx + 1] - 1 if idx + 1 < len(lines) else len(w)
    for j in range(idx + 1, min(len(lines), idx + 12)):
        nxt_end = lines[j + 1] - 1 if j + 1 < len(lines) else len(w)
        line = w[lines[j] : nxt_end].strip(" *_#")
        if not line or line == line.upper() or line.startswith("Kính gửi"):
            return lines[j]
        if _GOVERNING.match(w, _content_start(w, lines[j], nxt_end)) is not None:
            return lines[j]
        end = nxt_end
    return end


def _next_paragraph(w: str, lines: list[int], idx: int) -> tuple[int, int] | None:
    for j in range(idx + 1, min(len(lines), idx + 6)):
        nxt_end = lines[j + 1] - 1 if j + 1 < len(lines) else len(w)
        if w[lines[j] : nxt_end].strip():
            return lines[j], _paragraph_end(w, lines, j)
    return None


def _in_any(regions: list[tuple[int, int]], pos: int) -> bool:
    """Whether *pos* falls in one of the sorted, disjoint *regions*."""
    k = bisect.bisect_right(regions, (pos, _BIG)) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _disjoint(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(regions):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# --------------------------------------------------------------------------- nesting and relations


def _nest(w: str, cores: list[_Core]) -> None:
    stack: list[int] = []
    prev: int | None = None
    for i, core in enumerate(cores):
        if core.alias:
            continue
        while stack and cores[stack[-1]].desc_end <= core.start:
            stack.pop()
        gap = w[min(cores[prev].tail_end, core.start) : core.start] if prev is not None else ""
        # The gap's last separator matters only when nothing but _LEAD_FILL follows it; a separator
        # is at most 4 characters long, so it is found from 4 characters before the trailing fill.
        filled = len(gap.rstrip(_LEAD_FILL))
        last_sep: re.Match[str] | None = None
        for last_sep in _LEAD_SEP.finditer(gap, max(0, filled - 4)):  # noqa: B007 - we want the last one
            pass
        if prev is not None and last_sep is not None and last_sep.end() >= filled:
            sep = last_sep.group(0)
            if sep in {",", "và", "hoặc", "cùng"} or sep.casefold() in {"và", "hoặc", "cùng"}:
                p = cores[prev]
                sibling_parent = p.parent
                if sibling_parent is not None and sibling_parent.desc_end > core.start:
                    core.parent = sibling_parent
                    core.edge_relation = p.edge_relation
                while stack and cores[stack[-1]] is not core.parent:
                    stack.pop()
            else:
                stack.clear()
        elif prev is not None and "\n" not in gap and not gap.strip():  # no separator at all
            # "Nghị quyết số 57-NQ/TW 58-NQ/TW": adjacent, a sibling
            core.parent = cores[prev].parent
        elif stack:
            outer = cores[stack[-1]]
            core.parent = outer
            before = cores[prev] if prev is not None else None
            from_pos = outer.desc_start
            if before is not None and before.start > from_pos:
                from_pos = max(from_pos, before.tail_end)
            words = w[from_pos : core.start].casefold()
            core.edge_relation = IMPLEMENTS if any(v in words for v in _IMPLEMENT_WORDS) else MENTIONS
        if core.desc_start >= 0:
            stack.append(i)
        prev = i


def _analyse(text: str, *, own_key: str | None, whole_is_title: bool) -> tuple[str, list[_Core]]:
    """The working copy of *text* and its cores with their tails, aliases and nesting.

    A title's top-level cores implement; a body's relations wait for :func:`_relate`, which
    needs the cores grouped.
    """
    w = _working_copy(text)
    cores = _find_cores(w, text, own_key)
    if not cores:
        return w, []
    _fill_tails(w, text, cores)
    alias_regions: list[tuple[int, int]] = []
    for m in _ALIAS.finditer(w):
        close = w.find(")", m.end(), m.end() + 300)
        alias_regions.append((m.start(), close if close >= 0 else min(len(w), m.end() + 300)))
    k = 0
    for core in cores:
        while k < len(alias_regions) and alias_regions[k][1] <= core.start:
            k += 1
        if k < len(alias_regions) and alias_regions[k][0] <= core.start < alias_regions[k][1]:
            core.alias = True
            core.desc_start = -1
    _nest(w, cores)
    if whole_is_title:  # its lines (set to 0 by the caller), clauses, sections and title regions do not matter
        for core in cores:
            if not core.alias and core.parent is None:
                core.in_title = True
                core.implements = True
    return w, cores


def _relate(w: str, cores: list[_Core], decided: set[int]) -> None:
    """Every core's line, and whether each top-level core of a group not in *decided* implements.

    A group implements when one of its cores does, so the cores of a group a title core already
    makes implement (*decided*), of no group, nested or in an alias need no clause: the lines
    after the last core that does are not read, nor the sentences of lines that hold none.
    """
    parts = w.split("\n")
    lines = _line_starts(parts)
    needy: list[_Core] = []
    for core in cores:
        core.line = bisect.bisect_right(lines, core.start)
        if not core.alias and core.parent is None and core.group >= 0 and core.group not in decided:
            needy.append(core)
    if not needy:
        return
    clause_pos, cancu, titles = _regions(w, lines, parts, {c.start for c in cores}, [c.start for c in needy])
    for core in needy:
        if _in_any(titles, core.start):
            core.in_title = True
            core.implements = True
            continue
        if _in_any(cancu, core.start):
            core.implements = True
            continue
        j = bisect.bisect_right(clause_pos, core.start) - 1
        core.implements = j >= 0 and _GOVERNING.match(w, clause_pos[j]) is not None


# --------------------------------------------------------------------------- merging


def _merge(cores: list[_Core], own: NumberParts | None, own_type: str | None) -> list[_Group]:
    groups: list[_Group] = []
    by_key: dict[str, int] = {}
    full_index: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for order, core in enumerate(cores):
        if core.bare:
            continue
        key = _key(core.number)
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(_Group(core.number, True))
        core.group = by_key[key]
        fam = _family(core.type_name or core.inferred_type)
        if fam is not None and core.serial:
            full_index.setdefault((fam, int(core.serial)), []).append((order, core.group))
    for order, core in enumerate(cores):
        if not core.bare:
            continue
        fam = _family(core.type_name)
        serial = int(core.serial)
        candidates = full_index.get((fam, serial), []) if fam is not None else []
        if candidates:
            k = bisect.bisect_left(candidates, (order, -1))
            core.group = candidates[k - 1][1] if k > 0 else candidates[0][1]
            continue
        if core.short_only:
            continue
        if own is not None and own.serial.isdigit() and int(own.serial) == serial and fam == _family(own_type):
            continue
        key = f"\x00{fam}\x00{serial}"
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(_Group(core.number, False))
        core.group = by_key[key]
    for core in cores:
        if core.group >= 0:
            groups[core.group].cores.append(core)
    return groups


def extract(text: str, *, own_number: str | None = None, title: str | None = None, line_offset: int = 0) -> Extraction:
    """Every citation in *text* (and *title*), merged per cited document; never raises."""
    try:
        return _extract(text, own_number=own_number, title=title, line_offset=line_offset)
    except Exception:  # pragma: no cover - a safety net: a page must build even on text we never imagined
        return Extraction((), ())


def _extract(text: str, *, own_number: str | None, title: str | None, line_offset: int) -> Extraction:
    text = nfc(text or "")
    own_key: str | None = None
    own_parts: NumberParts | None = None
    if own_number and own_number.strip():
        canonical = canonical_number(own_number)  # number_key and parse_number both start from it
        own_key = nfc(canonical.casefold())
        own_parts = _parse_canonical(canonical) if own_key else None
    own_type = _type_from_code(own_parts.type_code, own_parts.system) if own_parts else None
    title_cores = [c for c in _analyse(nfc(title), own_key=own_key, whole_is_title=True)[1] if c.number] if title else []
    w, found = _analyse(text, own_key=own_key, whole_is_title=False)
    body_cores = [c for c in found if c.number]
    all_cores = title_cores + body_cores
    groups = _merge(all_cores, own_parts, own_type)
    if found:
        _relate(w, found, {c.group for c in title_cores if c.implements})
    for core in body_cores:
        core.line += line_offset
    for core in title_cores:
        core.line = 0

    citations: list[Citation] = []
    position = {id(c): i for i, c in enumerate(all_cores)}
    title_ids = {id(c) for c in title_cores}
    # _merge lists each group's cores in document order, so a group's first core is its earliest
    ordered = sorted((group for group in groups if group.cores), key=lambda group: position[id(group.cores[0])])
    for group in ordered:
        cs = group.cores
        full = [c for c in cs if not c.bare]
        attrs = full or cs  # a short form's tail describes the full form only when there is none
        written = [c.type_name for c in full if c.written and c.type_name] + [
            c.type_name for c in cs if c.type_name
        ]
        type_name = written[0] if written else next((c.inferred_type for c in cs if c.inferred_type), None)
        body = [c for c in cs if id(c) not in title_ids]
        occurrences = tuple(
            Occurrence(c.start, c.end, c.line) for c in sorted(body, key=lambda c: c.start)
        )
        citations.append(
            Citation(
                type=type_name,
                number=group.number,
                date=next((c.date for c in attrs if c.date is not None), None),
                issuer=next((c.issuer for c in attrs if c.issuer), None),
                subject=next((c.subject for c in attrs if c.subject), None),
                relation=IMPLEMENTS if any(c.implements for c in cs) else MENTIONS,
                line=occurrences[0].line if occurrences else 0,
                occurrences=occurrences,
            )
        )

    edges: list[InferredEdge] = []
    edge_index: dict[tuple[int, int], int] = {}
    for part in (title_cores, body_cores):
        for core in part:
            if core.parent is None or core.group < 0:
                continue
            outer = core.parent
            if outer is None or outer.group < 0 or outer.group == core.group:
                continue
            pair = (outer.group, core.group)
            if pair in edge_index:
                if core.edge_relation == IMPLEMENTS:
                    e = edges[edge_index[pair]]
                    edges[edge_index[pair]] = InferredEdge(e.source, e.target, IMPLEMENTS)
                continue
            edge_index[pair] = len(edges)
            edges.append(InferredEdge(groups[outer.group].number, groups[core.group].number, core.edge_relation))
    return Extraction(tuple(citations), tuple(edges))
