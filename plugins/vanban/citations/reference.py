"""Plain reference implementations of the extractor's fast paths, and the extractor built from them.

The fast stages skip work (windows before numbers instead of a whole-text scan, relations read only
for the cores that need them, remembered scans, one pattern instead of three…).  Each function here
computes the same thing the plain way, as it was first written; the tests compare the two on
generated and real text, and run the annotated fixtures through both :func:`extract` functions
(the way eyecite keeps its plain tokenizer as the reference for the fast ones).  Not used in builds.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import partial

from ..text import normalise_dashes
from . import (
    agencies,
    chrome,
    clauses,
    codes,
    diacritics,
    lookalikes,
    misspelt,
    model,
    numbers,
    relations,
    scan_patterns,
    scanning,
    tails,
    vocabulary,
)
from .extractor import Stages, run
from .joined import reference_joined_after_described
from .model import Extraction
from .settledness import settle

__all__ = [
    "PLAIN",
    "RELATING_EVERY_CORE",
    "SCANNING_EVERYTHING",
    "every_marker",
    "extract",
    "reference_extend_chain",
    "reference_number_starts",
    "reference_scan_issuer",
    "reference_scan_number",
    "reference_windows",
    "reference_working_copy",
    "relate_every_core",
    "whole_text_matches",
]


def reference_working_copy(text: str) -> str:
    """The working copy as first written: translate, then the old tone placement one pair at a time."""
    table = str.maketrans(
        {**{c: " " for c in vocabulary.ODD_SPACES + vocabulary.ZERO_WIDTH + "*"}, **{c: "/" for c in vocabulary.SLASHES},
         **vocabulary.ETH, **vocabulary.MATH_LETTERS, **lookalikes.SMALL_CAPITALS}
    )
    w = lookalikes.LATIN_BESIDE.sub(lambda m: lookalikes.CYRILLIC[m.group(0)], text)  # a look-alike in a Latin word
    w = re.sub(r"(?m)^([ \t]*)(\d{1,3})\\([.)])", r"\1 \2\3", w)  # an imported body's escaped item marker
    w = re.sub(r"\\(?=[\\`*_\[\]<>|&#+.)!-])", " ", w)  # any other Markdown escape: a blank
    w = normalise_dashes(w).translate(table)
    tones = re.compile(r"(?<![qQ])(?:" + "|".join(sorted(vocabulary.TONES, key=len, reverse=True)) + ")")
    w = re.sub(r"\\[rnt]", "  ", tones.sub(lambda m: vocabulary.TONES[m.group(0)], w))
    w = vocabulary.blank_tags(w)
    # a scrambled copy: enough words with two tone marks, counted one word at a time
    opening = w[: diacritics.OPENING]
    if sum(diacritics.broken(word) for word in re.findall(r"[^\W\d_]+", opening)) >= diacritics.BROKEN_AT_LEAST:
        w = diacritics.repair(w, vocabulary.REPAIRED)
    return w


def whole_text_matches(w: str, consumed: list[int]) -> list[scan_patterns.Hit]:
    """Every _MASTER match of the whole text, type words' heads read on the whole text too."""
    hits: list[scan_patterns.Hit] = []
    for m in scan_patterns.MASTER.finditer(w):
        head = scanning.type_head(w, m.start(), m.end()) if m.lastgroup == "t" else None
        hits.append((m.start(), m.end(), m.lastgroup or "", head, 0))
    return hits


def every_marker(w: str, core_starts: set[int]) -> list[int]:
    """Every clause marker in *w*, as the description ends were first found."""
    out: list[int] = []
    for m in tails.MARKERS.finditer(w):
        ch = m.group(0)[0]
        if ch == ",":
            if not w[m.end()].isupper() or m.end() in core_starts:
                continue
        elif ch in ".!?…":
            lo = max(0, m.start() - 12)
            word_start = max(w.rfind(" ", lo, m.start()), w.rfind("\n", lo, m.start()), lo - 1) + 1
            if w[word_start : m.start() + 1].casefold() in vocabulary.ABBREVIATIONS:
                continue
        out.append(m.start())
    return out


def reference_scan_issuer(w: str, text: str, pos: int, limit: int, core_starts: set[int]) -> tuple[str | None, int]:
    """_scan_issuer as it was before its tests were reordered."""
    tokens = itertools.islice(tails.TOKEN.finditer(w, pos, limit), 20)
    tok = next(tokens, None)
    kept: list[tuple[int, int]] = []
    prev_end = pos
    named_last = False
    while tok is not None:
        after = next(tokens, None)
        value = tok.group(0)
        start = tok.start()
        if kept:
            gap = w[prev_end:start]
            if "\n" in gap and (gap.count("\n") > 1 or value[0] in "-+*#•" or value[0].isdigit()):
                break
        if start in core_starts:
            break
        low = value.casefold()
        if value[0] in vocabulary.PUNCT or value[0].isdigit():
            break
        taken = agencies.take_name(w, start, limit, kept)
        if taken is not None:
            prev_end, ends = taken
            if ends:
                break
            while after is not None and after.start() < prev_end:
                after = next(tokens, None)
            tok, named_last = after, True
            continue
        if low in vocabulary.ISSUER_STOP:
            break
        nxt = after.group(0).casefold().rstrip(vocabulary.PUNCT_CHARS) if after is not None else ""
        if (value == value.lower() or named_last) and f"{low} {nxt}" in vocabulary.ISSUER_STOP2:
            break
        if kept and f"{low} {nxt}" in vocabulary.ISSUER_TITLED_STOP2:
            break
        named_last = False
        if value[0].islower() and low != "và":
            after_capital = bool(kept) and w[kept[-1][0]].isupper()
            if not after_capital and low.rstrip(vocabulary.PUNCT_CHARS) not in vocabulary.ISSUER_LOWER:
                break
        if low == "và" and (
            after is None
            or after.group(0).casefold() == after.group(0)
            or after.start() in core_starts
            or vocabulary.TYPE_START.match(w, after.start()) is not None
        ):
            break
        punct = None if value.isalnum() else vocabulary.PUNCT_RE.search(value)
        if punct is not None:
            if low in vocabulary.ABBREVIATIONS:
                kept.append(tok.span())
                prev_end = tok.end()
                tok = after
                continue
            kept.append((start, start + punct.start()))
            break
        kept.append(tok.span())
        prev_end = tok.end()
        if len(kept) >= agencies.MAX_WORDS:
            break
        tok = after
    return tails.issuer_of(w, text, kept, pos)


def reference_extend_chain(w: str, end: int, again: bool = True) -> int:
    """_extend_chain as it was: _CHAIN tried after every part, whatever character follows; once more after a part a
    blank split off."""
    for _ in range(12):
        m = numbers.CHAIN.match(w, end)
        if m is None or not (numbers.is_code(m.group("c")) or codes.lower_part(w, end, m.group("c"))):
            break
        end = m.end()
    finished = codes.finish_code(w, end)
    if again and finished > end and w[end] in " \t" and w[finished : finished + 1] in ("-", "/"):
        return reference_extend_chain(w, finished, again=False)
    return finished


def reference_scan_number(w: str, pos: int) -> numbers.NumberScan | None:
    """_scan_number as it was before its three patterns were matched as one."""
    m = numbers.SERIAL_RE.match(w, pos)
    if m is None:
        return None
    serial = m.group(0)
    end = m.end()
    party = numbers.PARTY_TAIL.match(w, end)
    if party is not None:
        t, i = party.group("t"), party.group("i")
        spaced_only = "-" not in party.group("sep")
        ok = numbers.is_code(t) and numbers.is_code(i) and (not spaced_only or t.casefold() in vocabulary.ALL_CODES)
        if ok:
            stop = reference_extend_chain(w, party.end())
            code = t if t.casefold() in vocabulary.ALL_CODES else None
            return numbers.NumberScan(pos, stop, True, "party", code, serial)
    state = numbers.STATE_TAIL.match(w, end)
    if state is not None and numbers.is_code(state.group("c")):
        c = state.group("c")
        stop = reference_extend_chain(w, state.end())
        term = numbers.QH_TERM.match(w, stop) if w[stop - 2 : stop] == "QH" else None
        stop = term.end() if term is not None else stop
        code = c if c.casefold() in vocabulary.ALL_CODES else None
        if code is None and state.group("y"):
            code = numbers.split_glued_code(c)[0]
        return numbers.NumberScan(pos, stop, True, "state", code, serial)
    dashed = numbers.dashed_year(w, end, serial, pos)
    if dashed is not None:
        return dashed
    lost = None if re.fullmatch(r"(?:19|20)\d\d", serial) else numbers.LOST_SLASH_TAIL.match(w, end)
    if lost is not None and lost.group("lt").casefold() in vocabulary.STATE_CODES and numbers.is_code(lost.group("li")):
        return numbers.NumberScan(pos, lost.end(), True, "state", lost.group("lt"), serial)
    party_lost = numbers.party_lost_slash(w, end, serial, pos)
    if party_lost is not None:
        return party_lost
    old = numbers.OLD_TAIL.match(w, end)
    if old is not None and numbers.old_form_code(old.group("o")):
        return numbers.NumberScan(pos, old.end(), True, "state", None, serial)
    glued = numbers.glued_party(w, end, serial, pos)
    if glued is not None:
        return glued
    return numbers.NumberScan(pos, end, False, "state", None, serial)


def relate_every_core(w: str, cores: list[model.Core], decided: set[int], page: model.Page = relations.WHOLE) -> None:
    """_relate as it was: the relation of every top-level core, from every line up to the last core (the paragraphs'
    source tags blanked, as :func:`.relations.relate` reads them)."""
    w = chrome.blank_source_tags(w)
    parts = w.split("\n")
    lines = clauses.line_starts(parts)
    starts = {c.start for c in cores}
    clause_pos, cancu, titles = clauses.find_regions(w, lines, parts, starts, sorted(starts))
    if page.title[1]:
        titles = clauses.disjoint_regions([*titles, page.title])
    for core in cores:
        core.line = bisect.bisect_right(lines, core.start)
        if core.alias or core.parent is not None:
            continue
        relations.relate_core(
            w, core, clause_pos, cancu, titles, relations.Governance(w, sorted(starts), page.meeting, not page.own), page
        )


REFERENCE_NUMBER_START = re.compile(
    rf"\d(?:(?<![^\W_]\d)(?<!/\d)(?=\d{{0,5}}(?!\d)(?:\.\d{{1,3}}(?=/))?(?:{numbers.PARTY_TAIL.pattern}|{numbers.STATE_TAIL.pattern}"
    rf"|{numbers.LOST_SLASH_TAIL.pattern}|{numbers.GLUED_PARTY.pattern}|{numbers.GLUED_STATE.pattern}))(?P<tail>)"
    rf"|(?<=(?i:[ \t\n:.ố])\d))"
)


def reference_number_starts(w: str) -> tuple[list[int], list[int]]:
    """_number_starts as it was: every number after a blank, ":", "." or "ố" checked on the reversed copy."""
    typed: list[int] = []
    bare: list[int] = []
    for number in REFERENCE_NUMBER_START.finditer(w):
        digit = number.start()
        if number.group("tail") is not None:
            bare.append(digit)
            if digit == 0 or not re.match(r"(?i:[ \t\n:.ố])", w[digit - 1]):
                continue
        if scan_patterns.NUMBER_AFTER_WORD.match(w[::-1], len(w) - 1 - digit):
            typed.append(digit)
    return typed, bare


def reference_windows(w: str, numbers: list[int], backwards: str) -> list[tuple[int, int]]:
    """_windows as it was: every barrier searched for on the reversed copy."""
    n = len(w)
    spans: list[tuple[int, int]] = []
    first = last = -1
    for digit in numbers:
        reach = digit - scan_patterns.REACH
        if last >= 0 and reach <= last + 1:
            last = digit
            continue
        if last >= 0:
            spans.append((first, last))
        barrier = scan_patterns.BARRIER.search(backwards, n - max(reach, last + 1), n - 1 - last)
        first = n - barrier.start() if barrier is not None else last + 1
        last = digit
    if last >= 0:
        spans.append((first, last))
    return spans


SCANNING_EVERYTHING = Stages(matches=whole_text_matches)
RELATING_EVERY_CORE = Stages(relate=relate_every_core)
# settling with the plain reading of a place joined after a described document (joined.py)
reference_settle = partial(settle, joined=reference_joined_after_described)
PLAIN = Stages(
    matches=whole_text_matches, relate=relate_every_core, respell=misspelt.reference_respell, settle=reference_settle
)


def extract(
    text: str,
    *,
    own_number: str | None = None,
    title: str | None = None,
    line_offset: int = 0,
    find_own: bool = False,
    stages: Stages = PLAIN,
) -> Extraction:
    """:func:`vanban.citations.extract` computed with the plain stages (*stages*); raises what it meets."""
    return run(text, own_number=own_number, title=title, line_offset=line_offset, stages=stages, find_own=find_own)
