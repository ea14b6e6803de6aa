"""A decision's or resolution's preamble: the clauses before "QUYẾT ĐỊNH:"/"QUYẾT NGHỊ:", every one a basis or a
proposal, whether or not the copy kept the words "Căn cứ" (a PDF copy may write "Căn Luật …", or lose them).

Read by :func:`.clauses.find_regions`: the preamble is a region of bases, like a list under "CĂN CỨ"; its proposals
("Theo đề nghị …", "Xét …", "Sau khi …": :data:`PREAMBLE_PROPOSALS`) are told apart by :mod:`.relations`.
"""

from __future__ import annotations

import bisect
import re

__all__ = [
    "DECISION_FORMULA",
    "INLINE_FORMULA",
    "PREAMBLE_PROPOSALS",
    "decision_preamble",
    "letters_at_least",
]

# The formula that ends a decision's or resolution's preamble ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"): every
# clause between the heading above it and it is a basis ("Căn cứ …;", also in a copy that lost the
# words "Căn cứ") or a proposal (PREAMBLE_PROPOSALS), so the cue of the first line governs the list.
# An English copy or a machine translation ends it the same way in capitals: "DECISION:", "DECIDES:", "RESOLVES:".
DECISION_FORMULA = re.compile(
    r"^[ \t*#_>]*(?:QUYẾT[ \t]+ĐỊNH|QUYẾT[ \t]+NGHỊ|DECI(?:SION|DES?)|RESOL(?:UTION|VES?))[ \t*_]*:[ \t*_]*$", re.MULTILINE
)
# Where an English formula is looked for: a copy with "QUYẾT" is read as before
ENGLISH_FORMULAS = ("DECI", "RESOL")
# The same formula inside a line, in a copy flattened to one paragraph ("… GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ Căn Luật
# Lưu trữ …; Căn Nghị định số 30/2020/NĐ-CP …; Xét đề nghị … QUYẾT ĐỊNH: Điều 1 …"): in capitals with its colon.  Its
# preamble is read only between it and the authority's title in capitals right before the first clause
# (AUTHORITY_WORDS), with its clauses parted by ";": that structure, not the words "Căn cứ", makes them bases.
INLINE_FORMULA = re.compile(r"(?<![^\W_])(?:QUYẾT[ \t]+ĐỊNH|QUYẾT[ \t]+NGHỊ)[ \t*_]*:")
# In a preamble, clauses opening with these ask for the decision: never its basis.
# An English copy's are "At the proposal/request/suggestion of …", "On the proposal of …", "Considering …".
PREAMBLE_PROPOSALS = re.compile(
    r"(?:Theo|Xét|Sau[ \t]+khi|(?:At|On|Upon)[ \t]+the[ \t]+(?:proposal|request|suggestion)|Considering)(?![^\W_])",
    re.IGNORECASE,
)

# A preamble longer than this many lines (hard-wrapped) is not looked for
PREAMBLE_LINES = 80
# A flattened preamble longer than this many characters is not looked for
PREAMBLE_CHARS = 6000
# The authority's title above a flattened preamble ("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN TỈNH"): at
# least this many words in capitals in a row (an abbreviation in a clause, "UBND", "HĐND tỉnh", is one word).
AUTHORITY_WORDS = 3
# "How many "QUYẾT" are tried for the inline formula (a decision's opening names its type in capitals once or twice)
FORMULA_TRIES = 8

# A consolidated text (văn bản hợp nhất) opens with its record of the documents it joins, above the original's
# preamble: "Quyết định số 186/2006/QĐ-TTg … có hiệu lực kể từ …, được sửa đổi, bổ sung bởi:⏎1. Quyết định số
# 34/2011/QĐ-TTg …;⏎2. …" (Thông tư 01/VBHN… layout, Pháp lệnh hợp nhất văn bản).  The record is no basis: the preamble
# starts at the first clause after it (RECORD_END), as the heldout13/17 laws' did under their title in capitals.
CONSOLIDATION_RECORD = re.compile(r"(?:sửa[ \t]+đổi|bổ[ \t]+sung|thay[ \t]+thế|bãi[ \t]+bỏ)[ \t]+bởi[ \t*_]*:[ \t*_]*$", re.MULTILINE)
RECORD_END = re.compile(r"[ \t*#_>|•+-]*(?:Căn[ \t]+cứ|Căn[ \t]|Theo[ \t]|Xét[ \t]|Pursuant)")
_TOKEN = re.compile(r"\S+")
_CLAUSE_BREAK = re.compile(r"(?:\A|;)[ \t\n]*")


def letters_at_least(text: str, count: int) -> bool:
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count == 0:
                return True
    return False


def decision_preamble(w: str, lines: list[int], parts: list[str]) -> tuple[int, int, list[int]] | None:
    """The preamble of a decision or resolution and the clause starts it adds (after each ";" of a flattened one).

    The lines between the heading above its first "QUYẾT ĐỊNH:" (:data:`DECISION_FORMULA`) and that line; else, in a
    flattened copy, the stretch between the authority's title in capitals and an inline "QUYẾT ĐỊNH:"
    (:data:`INLINE_FORMULA`) when it holds clauses parted by ";"."""
    found = w.find("QUYẾT")
    if found < 0:
        found = min((at for word in ENGLISH_FORMULAS if (at := w.find(word)) >= 0), default=-1)
        if found < 0:
            return None
    formula = DECISION_FORMULA.search(w, w.rfind("\n", 0, found) + 1)
    if formula is not None:
        idx = bisect.bisect_right(lines, formula.start()) - 1
        start = formula.start()
        for j in range(idx - 1, max(-1, idx - PREAMBLE_LINES), -1):
            bare = parts[j].strip(" *#_|>\t")
            if bare and bare == bare.upper() and letters_at_least(bare, 4):
                # the issuer's or the title's heading is above the preamble (a consolidated text's record below it)
                return after_record(w, lines, start, formula.start()), formula.start(), []
            start = lines[j]
        return None
    return flattened_preamble(w, found)


def after_record(w: str, lines: list[int], start: int, end: int) -> int:
    """Where the preamble between *start* and *end* begins past a consolidated text's record
    (:data:`CONSOLIDATION_RECORD`): the first line after it that opens a clause; *start* when there is none."""
    record = CONSOLIDATION_RECORD.search(w, start, end)
    if record is None:
        return start
    for j in range(bisect.bisect_right(lines, record.end()), len(lines)):
        if lines[j] >= end:
            break
        if RECORD_END.match(w, lines[j]) is not None:
            return lines[j]
    return start


def flattened_preamble(w: str, found: int) -> tuple[int, int, list[int]] | None:
    """The preamble before the first inline "QUYẾT ĐỊNH:" from *found* on (:data:`INLINE_FORMULA`)."""
    for _ in range(FORMULA_TRIES):
        inline = INLINE_FORMULA.match(w, found)
        if inline is not None:
            break
        found = w.find("QUYẾT", found + 5)
        if found < 0:
            return None
    else:
        return None
    end = inline.start()
    lo = max(0, end - PREAMBLE_CHARS)
    start = -1
    run = 0
    for token in _TOKEN.finditer(w, lo, end):
        word = token.group(0).strip("*_#|>.,:;()")
        if len(word) >= 2 and word.isalpha() and word.isupper():
            run += 1
            if run >= AUTHORITY_WORDS:
                start = token.end()
        else:
            run = 0
    if start < 0 or w.find(";", start, end) < 0:
        return None
    # each clause starts after the blanks that follow the title or a ";" (PREAMBLE_PROPOSALS is matched there)
    starts = [start + m.end() for m in _CLAUSE_BREAK.finditer(w[start:end])]
    return start, end, [pos for pos in starts if pos < end] + [inline.end()]
