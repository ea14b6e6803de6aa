"""The compiled patterns of the scanning stage (:mod:`.scanning`), in one place.

Built from the vocabulary (:mod:`.vocabulary`) and the number tails (:mod:`.numbers`) once, at
import. Comments say what each lets through and why; the scan itself lives in :mod:`.scanning`.
"""

from __future__ import annotations

import re

from .numbers import CODE, STATE_TAIL
from .vocabulary import NOT_AFTER, NOT_BEFORE, TYPE_BY_WORD, TYPE_GAP


def type_alternation_by_first_letter() -> str:
    """TYPE_ALT with the type words grouped under their first letter, in the same order.

    No two first letters match one character (ignoring case), so a group that fails on its first
    letter rules out all its words at once, and the first word that matches is the same one.
    """
    groups: dict[str, list[str]] = {}
    for key in sorted(TYPE_BY_WORD, key=len, reverse=True):
        head, *tail = key.split(" ")
        groups.setdefault(key[0], []).append(TYPE_GAP.join(re.escape(part) for part in [head[1:], *tail]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# A PDF copy that lost a blank glues a capitalised type word to the word before it ("Nghị định 09
# vàThông tư 99"): a lower-case letter right before a capital that starts a type word is a word's end.  So is a
# digit: a portal's list glues its item's index to the type word ("- 1Nghị định 87-CP năm 1995 …", heldout26
# h26-26), a table's cells a date ("…/2023Quyết định số …"); no type word starts with a digit and no number ends
# with a capital type word's first letter.
LOWER_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
TYPE_CAPITALS = "".join(sorted({key[0].upper() for key in TYPE_BY_WORD}))
GLUED_BEFORE = rf"(?<=[{LOWER_LETTERS}0-9])(?=(?-i:[{re.escape(TYPE_CAPITALS)}]))"


# One lookbehind for the three branches: the digit's old (?<![^\W_/.\-:,]) is the same class.  "số" glued to a word before
# it is no marker ("thực hiệnSố:"): only a type word may follow GLUED_BEFORE (a capital type word, "Sắc lệnh", starts
# with the "S" of "Số").  No number
# starts right after "/": "Số: /2013/NĐ-CP" is a blank, "ĐỊNH13/2018/NĐ-CP" one glued number, not "2018/NĐ-CP".
MASTER = re.compile(
    rf"(?:{NOT_BEFORE}|{GLUED_BEFORE})"
    rf"(?:(?P<t>{type_alternation_by_first_letter()}){NOT_AFTER}|{NOT_BEFORE}(?P<so>số)(?![^\W\d_])|(?<!/)(?P<d>\d))",
    re.IGNORECASE,
)


# Where cores can start (see master_matches).  Every core has a number, which starts a digit run.
# NUMBER_START finds the runs that may: those with a Party or State tail (group "tail": they may
# start a core on their own, digit_core) and those after what TYPED_PRE lets through, which
# NUMBER_AFTER_WORD checks on the reversed working copy: a type word or "số" right before them,
# give or take "số", ":" and blanks.  From the start of a core to REACH characters before its
# number there are only letters and white space (type word, law name, "số"): the only other
# character, the ":" or "." after "số", is followed by at most 3 blanks, a line break and 3 blanks.
REACH = 8


LAST_WORDS = sorted({key.rsplit(" ", 1)[-1] for key in TYPE_BY_WORD})


def reversed_words() -> str:
    """The last words of the type words, reversed, grouped under their (reversed) first letter."""
    groups: dict[str, list[str]] = {}
    for word in LAST_WORDS:
        groups.setdefault(word[-1], []).append(re.escape(word[-2::-1]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


NUMBER_AFTER_WORD = re.compile(
    rf"\d(?!\d)(?=[ \t]{{0,3}}(?:[ \t]*\n)?[ \t]{{0,3}}(?:[:.]?[ \t]{{0,3}}ốs|{reversed_words()}))", re.IGNORECASE
)


# What NUMBER_AFTER_WORD needs before a number: ":", "." or the "ố" of "số" right before it, or a
# blank after another blank, a line break, ":", ".", "ố" or the last letter of a type word, or a
# line break after the same but a line break.  The scan keeps only such numbers (not "ngày
# 05/8/2023", "năm 2025" or the "\n\n2" of a list item), sparing the check on the reversed copy.
LAST_LETTERS = "".join(sorted({word[-1] for word in LAST_WORDS}))


TYPED_PRE = (
    rf"(?:(?<=(?i:[:.ố])\d)|(?<=(?i:[ \t\n:.ố{re.escape(LAST_LETTERS)}])[ \t]\d)"
    rf"|(?<=(?i:[ \t:.ố{re.escape(LAST_LETTERS)}])\n\d))"
)


# PARTY_TAIL or LOST_SLASH_TAIL (numbers.py) as one lookahead: after blanks their first code is read
# once, then "/" (Party) or "-" (a State number that lost its "/") decides; the reference keeps the two
# patterns (vanban.citations.reference.REFERENCE_NUMBER_START) and the tests compare the starts found.
PARTY_OR_LOST_TAIL = (
    rf"(?:[ \t]{{0,3}}-[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}{CODE}[ \t]{{0,3}}/[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}{CODE}"
    rf"|[ \t]{{1,3}}{CODE}[ \t]{{0,3}}(?:/[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}{CODE}|-[ \t]{{0,3}}{CODE}(?![ \t]{{0,3}}/)))"
)


# A Party number whose hyphen a copy lost, its type code glued to the serial ("Resolution No. 57NQ/TW", numbers.GLUED_PARTY):
# a number of its own like one with a tail, whatever word stands before it.
GLUED_PARTY_TAIL = rf"(?-i:[A-ZĐ]{{2,4}})/[ \t]{{0,3}}{CODE}"
# A State number whose slash a copy lost ("2128QĐ-BGTVT", numbers.GLUED_STATE), and a serial's dotted part right before
# its "/" ("66.12/2026/NQ-CP", numbers.SERIAL_RE): the same
GLUED_STATE_TAIL = rf"(?-i:[A-ZĐ]{{2,4}})-{CODE}"
DOTTED_SERIAL = r"(?:\.\d{1,3}(?=/))?"


# Zero-width after the first digit, so that no run hides another.  Group "tail": a Party or State
# tail; "pre": that and what a type word or "số" before it needs (TYPED_PRE); "typed": the latter only.
NUMBER_START = re.compile(
    rf"\d(?:(?<![^\W_]\d)(?<!/\d)(?=\d{{0,5}}(?!\d){DOTTED_SERIAL}(?:{PARTY_OR_LOST_TAIL}|{STATE_TAIL.pattern}|{GLUED_PARTY_TAIL}"
    rf"|{GLUED_STATE_TAIL}))(?P<tail>)"
    rf"(?:{TYPED_PRE}(?P<pre>))?|{TYPED_PRE}(?P<typed>))"
)


# For a type word: its type, where its number would start and whether "số" came (see type_head)
Head = tuple[str | None, int, bool]


# A MASTER match as (start, end, kind, head, shift): kind is the alternative that matched, "t", "so"
# or "d"; head, for a type word that a number may follow, is type_head's, its position less *shift*
Hit = tuple[int, int, str, Head | None, int]


# A barrier: a character no type word or "số" can hold, so no match spans it.  The last one before a
# position is the first one found from there in the reversed working copy.
BARRIER = re.compile(r"[^\w\s]|[\d_]")


AFTER_TYPE = re.compile(r"[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}(?:(?P<so>số)[ \t]{0,3}[:.]?[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3})?", re.IGNORECASE)


AFTER_SO = re.compile(r"[ \t]{0,3}[:.]?[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}")


# A law's name runs from "Luật" to its "số" ("Luật Tổ chức chính quyền địa phương số 77/2015/QH13"),
# but never across "và"/"hoặc" and another capitalised type word: "Luật Hộ tịch và Quyết định số
# 101/QĐ-TTg" names the law without a number, then a decision ("Luật Phí và lệ phí số …" stays one name).
CAPITAL_TYPE_WORDS = "|".join(
    r"[ \t]{1,3}".join(map(re.escape, (key[0].upper() + key[1:]).split(" ")))
    for key in sorted(TYPE_BY_WORD, key=len, reverse=True)
)


LAW_NAME = re.compile(
    rf"(?:[ \t]{{1,3}}(?!số\b)(?!(?:và|hoặc)[ \t]{{1,3}}(?-i:{CAPITAL_TYPE_WORDS})(?![^\W_]))[^\W\d_]{{1,15}}){{0,15}}?"
    r"[ \t]{1,3}số[ \t]{0,3}[:.]?[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}",  # "Luật Kinh doanh bất động sản số⏎29/2023/QH15": a wrapped copy
    re.IGNORECASE,
)


LIST_SEP = re.compile(
    r"[ \t]{0,3}(?:[,;]|và|hoặc)[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}(?:và[ \t]{1,3})?(?:số[ \t]{0,3}:?[ \t]{0,3})?", re.IGNORECASE
)
