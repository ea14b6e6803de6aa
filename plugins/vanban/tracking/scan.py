"""Cheap tests that spare a costly pattern its scan where it cannot match: performance only, the same answers.

:data:`.patterns.ASSIGN` ignores case and opens with two lookbehinds, so its search tries every position of
a clause, though four clauses in five that :func:`.clauses.assigned` reads (1,184 of 1,514 at 1,000 synthetic
documents) name no assigning word at all: they were read for a unit at their start. Each of its verbs holds
a syllable of :data:`.patterns.ASSIGN_WORDS` ("giao", "nghị", "cầu", "công", "với", "đạo", "lưu"), so a clause whose
lower case holds none of them gives no match: :func:`verbs`, :func:`has_verb` and :func:`first_verb` look
for those syllables first (a lower-casing and seven substring tests) and run the pattern only where one
occurs. Two letters fold to "i" for the pattern but not for ``str.lower`` ("ı", "İ"): a text holding either
is always scanned. :func:`may_name_holder` does the same for the fast walk's gate. The tests
(tests/test_tracking_scan.py) hold each to the patterns' own answers on every block and clause of the demo,
the fixtures, the spent sets and a synthetic corpus, and on blocks made from every word the patterns list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from . import naming
from . import patterns as p
from . import vocabulary as v
from .prefixed import compiled

# A syllable of each assigning word: present (lower-cased) wherever ASSIGN matches, whatever the white space between the
# syllables ("đề\s+nghị"): the last one, but the first of "lưu ý" ("ý" is in every "quản lý", "xử lý", "ý kiến").
KEYS = tuple(word.split(" ", 1)[0] if word == "lưu ý" else word.rsplit(" ", 1)[-1] for word in p.ASSIGN_WORDS)
FOLDS = ("ı", "İ")  # letters IGNORECASE reads as "i" where ``str.lower`` does not give "i"


def may_hold_verb(text: str) -> bool:
    """Whether :data:`.patterns.ASSIGN` may match in *text* (False: it surely does not)."""
    low = text.lower()
    for key in KEYS:
        if key in low:
            return True
    return FOLDS[0] in text or FOLDS[1] in text


def verbs(text: str) -> Iterator[re.Match[str]]:
    """``ASSIGN.finditer(text)``, scanned only when :func:`may_hold_verb`."""
    return p.ASSIGN.finditer(text) if may_hold_verb(text) else iter(())


def has_verb(text: str) -> bool:
    """``ASSIGN.search(text) is not None``, searched only when :func:`may_hold_verb`."""
    return may_hold_verb(text) and p.ASSIGN.search(text) is not None


def first_verb(text: str) -> re.Match[str] | None:
    """``ASSIGN.search(text)``, searched only when :func:`may_hold_verb`."""
    return p.ASSIGN.search(text) if may_hold_verb(text) else None


# --- Cheap tests before two of the clause reader's searches (:mod:`.clauses` reads through them) ----------------

# What every match of :data:`.patterns.SHARED_COLON` ends with before its colon, and of
# :data:`.patterns.LEAD_IN_DUTY` before its closing colon and spaces (casefolded: the patterns ignore case).
SHARED_NOUN_ENDS = ("sở", "bộ", "phòng", "ban", "cục", "tâm")
LEAD_IN_ENDS = ("đây", "sau")
LEAD_IN_WORD = 4  # letters of the longest word before the last one in a LEAD_IN_DUTY match ("dưới")


def shared_colon(text: str, colon: int) -> bool:
    """``SHARED_COLON.search(text, 0, colon)``, tried only when the text before the colon ends in one of the
    nouns it names (a cheap test; the search tries every position of a clause that has its colon at the end)."""
    end = colon
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return (text[max(0, end - 5):end].casefold().endswith(SHARED_NOUN_ENDS)
            and p.SHARED_COLON.search(text, 0, colon) is not None)


def leads_in(duty: str) -> bool:
    """``LEAD_IN_DUTY.search(duty)`` ("… như sau:"), searched only where a match can start: its last word
    ("đây", "sau") ends the duty but for a colon and spaces, and the word before it is at most
    :data:`LEAD_IN_WORD` letters long. Same answer (tests/test_tracking_cost.py); the plain search tried
    every position of a long duty."""
    end = len(duty.rstrip())
    if duty[end - 1:end] == ":":
        end = len(duty[:end - 1].rstrip())
    if duty[max(0, end - 3):end].casefold() not in LEAD_IN_ENDS:
        return False
    start = end - 3
    while start > 0 and duty[start - 1].isspace():
        start -= 1
    return p.LEAD_IN_DUTY.search(duty, max(0, start - LEAD_IN_WORD)) is not None


# --- The fast walk's gate, before tone marks are moved -------------------------------------------------------

# The words a unit at a block's or a clause's start may open with: past a bullet, a quotation mark and an item's
# number or a count, :data:`.patterns.UNIT_AT` reads a lead (a recurring time, a report's "Theo đó", a due, an
# adverbial: their first words), "Điều", "các (đồng chí)", "tất cả các", a title or a unit noun
# (:data:`.heads._UNIT_NOUNS`: tests/test_tracking_cost.py holds every one of its first words to this list).
# Prefixes, not words: a word is only a superset of where the unit may stand.
OPENERS = (
    "định", "từ", "trước", "chậm", "vào", "trong", "ngày", "tháng", "quý", "hằng", "hàng", "mỗi",  # a recurring time, a due
    "theo", "cụ", "quyết", "kế", "chỉ", "công", "thông", "nghị", "văn", "hướng", "chương", "hạn",  # a report's lead
    "nhiệm", "thời", "ngoài", "riêng", "điều", "các", "đồng", "tất", "date", "cùng", "bên", "trên", "song", "vì", "do", "sau",
    "chủ", "giám", "thủ", "trưởng", "chánh", "bí", "hiệu", "bộ", "vụ", "cục",  # titles
    "ủy", "ub", "hđnd", "mttq", "mặt", "hội", "ban", "phòng", "sở", "chi", "tổng", "trung", "đài", "trường", "bệnh",
    "trạm", "đảng", "huyện", "thị", "tỉnh", "thành", "quận", "cấp", "đoàn", "liên", "cơ", "đơn", "địa", "ngành",
    "thôn", "ấp", "bản", "đội", "bảo", "bhxh", "bcđ", "tổ", "khu", "doanh", "lực", "xã", "phường", "kho", "ngân", "viện",
    "tòa", "thanh", "hạt", "kiểm", "tctd", "tập", "thương", "nhà trường", "chính",
)
_UNRETONE = {right: wrong for wrong, right in naming._RETONE.items()}  # "ủy" -> "uỷ": the text before its marks move


def _spellings(word: str) -> set[str]:
    """*word* and each way it may be written before :func:`.patterns.retone` moves a tone mark ("ủy", "uỷ")."""
    out = {word}
    for right, wrong in _UNRETONE.items():
        out |= {w.replace(right, wrong) for w in out if right in w}
    return out


_OPENER = "|".join(sorted({s for w in OPENERS for s in _spellings(w)}, key=lambda w: (-len(w), w)))
# … the words of a lead among them (a recurring time, a due, a report's lead, an adverbial, "Điều"): what is left opens a unit
LEAD_WORDS = frozenset(("định", "từ", "trước", "chậm", "vào", "trong", "ngày", "tháng", "quý", "hằng", "hàng", "mỗi", "theo", "cụ", "quyết", "kế",
                        "chỉ", "thông", "nghị", "hướng", "chương", "hạn", "nhiệm", "thời", "ngoài", "riêng", "điều", "date",
                        "cùng", "bên", "trên", "song", "vì", "do", "sau"))
_UNIT_OPENER = "|".join(sorted({s for w in OPENERS if w not in LEAD_WORDS for s in _spellings(w)}, key=lambda w: (-len(w), w)))
UNIT_OPENER = compiled(rf"\s*(?:[0-9]{{1,3}}\s+)?(?:{_UNIT_OPENER})")  # lower case, as written: a superset of UNIT_START.match
_COMMA_OPENER = compiled(rf",\s*(?:[0-9]{{1,3}}\s+)?(?:{_UNIT_OPENER})").search  # a comma before a unit's first word
_HOLDER = rf"(?:[-+•]\s*)?[“\"]?(?:[0-9]{{1,3}}[.)]?\s+|[a-zđ]\)\s+){{0,2}}(?:{_OPENER})"  # "2. ", "a) "
HOLDER_AT = compiled(_HOLDER)  # lower case, tone marks as written: a superset of UNIT_AT.match there (regrouped: :mod:`.prefixed`)
HOLDER_AFTER = compiled(rf"[.;:]\s+{_HOLDER}")  # … and of CLAUSE_UNIT.search


# :data:`.patterns.FRONTED` with no test that the lead opens with no body and a unit's first word (:data:`OPENERS`, written
# either way) after it: a superset, as written, for the gate below.
_FRONT = (rf"(?:[-+•]\s*|[0-9]{{1,2}}[.)]\s+|[a-zđ]\)\s+)?[“\"]?(?:{p.STAMP.pattern})?{p.FRONT_LEAD.format(not_unit='')}"
          rf"(?=(?:[0-9]{{1,3}}\s+)?(?:{_UNIT_OPENER}){p.OBLIGED_AHEAD})")
FRONTED_LOOSE = compiled(_FRONT)


def sends(low: str) -> bool:
    """Whether a lower-cased block tells of a letter sent to bodies (:data:`.vocabulary.SENT_DATED`), whose addressees may hold
    what it asks or is about (:func:`.clauses.about`, :func:`.clauses.sent_list`): read even when no assigning word or unit opens a clause
    ("Ngày 16/9/2013, Thanh tra Chính phủ đã có Công văn số 2079/… gửi các bộ, … về việc phối hợp cung cấp thông tin …")."""
    return "gửi" in low and v.SENT_DATED.search(low) is not None


def may_name_holder(text: str, low: str) -> bool:
    """False only when the fast walk's gate (:func:`.sentences.gate`) surely passes over the block *text*: its
    lower case (*low*: ``text.lower()``, the deadline finder's, :meth:`vanban.deadlines.blocks.Block.lowered`) holds no assigning word (:data:`.patterns.ASSIGN_WORDS`; moving tone marks makes none, they hold
    no "oa", "oe" or "uy") and no clause of it opens with a word a unit there may open with (:data:`OPENERS`).
    Tested on the text as written, so a block it turns away never has its tone marks moved, its lower case made
    twice nor UNIT_AT tried at each clause start: 7,281 of the 14,902 blocks the gate would test at 1,000
    synthetic documents (of the 13,455 it rejects)."""
    if len(low) != len(text):
        return True
    for word in p.ASSIGN_WORDS:
        if word in low:
            return True
    if HOLDER_AT.match(low) is not None or HOLDER_AFTER.search(low) is not None or sends(low):
        return True
    return may_oblige(low) and _fronted(low, FRONTED_LOOSE.match)  # a fronted lead opens with any word (:func:`fronted`)


# --- A lead fronted before units under an obligation (:data:`.patterns.FRONTED`) ----------------------------------

OBLIGING = ("phải", "cần", "nhiệm")  # a syllable of each obligation (:data:`.patterns.OBLIGED`), as written in either case
_SPACES = re.compile(r"\s*")
CONNECTIVES = ("vì", "do", "bởi", "cho")  # the first words of the leads with no comma (:data:`.patterns.FRONT_LEAD`)
UNITS_REACH = 170  # how far before its obligation the units may start (:data:`.patterns.OBLIGED_AHEAD`, a margin)
OBLIGED_BEFORE, OBLIGED_AFTER = 24, 12  # where an obligation holding "nhiệm" may stand around it ("chịu trách nhiệm", "có nhiệm vụ")
REACH = 400  # … and the clause (the lead's three pieces, at most 80 + 60 + 60 characters with their commas, then the units)


def may_oblige(low: str) -> bool:
    """Whether a lower-cased text may hold an obligation (False: :data:`.patterns.OBLIGED` surely does not match in it)."""
    return OBLIGING[0] in low or OBLIGING[1] in low or OBLIGING[2] in low


def fronted(low: str) -> bool:
    """Whether a clause of the lower-cased block *low* opens with a fronted lead before units under an obligation
    (:data:`.patterns.FRONTED`), at its start or after a sentence's or a clause's end."""
    return _fronted(low, p.FRONTED.match)


def _fronted(low: str, match: Callable[[str, int], re.Match[str] | None]) -> bool:
    """Whether *match* matches where a clause of *low* starts before one of its obligations (:data:`.patterns.OBLIGED`,
    found by a syllable of it, :data:`OBLIGING`), tried only where the units may stand: a comma of that clause within
    :data:`UNITS_REACH` before the obligation with a word a unit may open with after it (:data:`_COMMA_OPENER`), or a
    connective that opens the clause (:data:`CONNECTIVES`). A block with no such syllable pays three substring tests, each
    syllable found a few more ("07 nhiệm vụ, giải pháp": no obligation; "người dân cần …": no comma in its clause); the
    lead's pattern runs only past them (14 times at 1,000 synthetic documents)."""
    tried = -1
    for word in OBLIGING:
        at = low.find(word)
        while at != -1:
            here, at = at, low.find(word, at + 1)
            if word == OBLIGING[2] and not any(  # "nhiệm": an obligation only in "có/chịu trách nhiệm", "có nhiệm vụ"
                    m.end() > here for m in p.OBLIGED_LOWER.finditer(low, max(0, here - OBLIGED_BEFORE), here + OBLIGED_AFTER)):
                continue
            start = max(low.rfind(".", 0, here), low.rfind(";", 0, here), low.rfind(":", 0, here)) + 1
            if start == tried or here - start > REACH:
                continue
            near = max(start, here - UNITS_REACH)
            comma = low.find(",", near, here) != -1 and _COMMA_OPENER(low, near, here) is not None
            first = start + 1 if low.startswith(" ", start) else start  # (a clause opens after one space, or none)
            if not (comma or low.startswith(CONNECTIVES, first) or low[first:first + 1].isspace()):
                continue
            if word != OBLIGING[2] and p.OBLIGED_LOWER.match(low, here) is None:
                continue
            tried = start
            spaces = _SPACES.match(low, start)
            if match(low, spaces.end() if spaces is not None else start) is not None:
                return True
    return False
