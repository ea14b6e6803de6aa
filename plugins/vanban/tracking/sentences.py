"""Tasks laid down in running sentences rather than under a "TỔ CHỨC THỰC HIỆN" heading.

Real letters, decisions and the portals' summaries of them assign work in sentences: "Giao Sở Nội
vụ chủ trì …, báo cáo … trước ngày 10/3/2013", "đề nghị A, Thủ trưởng các sở …, Chủ tịch UBND các
huyện … triển khai", "UBND các huyện, thị xã, thành phố chịu trách nhiệm …", "- Cấp xã hoàn thành …
trước ngày 01/6/2015", "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch …", or a numbered
heading that names a unit with its duties under it. This module finds, per clause (a sentence cut at
";"), the units it names and the deadlines written in it; a clause that names no unit lends its
deadlines to the units of the clause before it ("Thời gian hoàn thành …, chậm nhất ngày 14/5/2021").

What is not a task: a unit followed by "đã/đang/vừa/dự kiến/được …" (a report or a plan of the
writer's own), the executive clause of a decision ("… chịu trách nhiệm thi hành Quyết định này"),
partners after "phối hợp với". The patterns live in :mod:`.patterns`; blocks, sentences and clauses
come from :mod:`vanban.deadlines.blocks`, so both stages read a body alike.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM, ROMAN, TERMINAL, Block, blocks, segments
from vanban.text import collapse_space

from . import patterns as p

MAX_UNITS = 250  # characters a list of units may take before its duty starts


@dataclass(frozen=True)
class Stated:
    """Units one clause lays a duty on, with the deadlines written in it (or lent to it)."""

    heads: tuple[str, ...]
    text: str
    line: int
    deadlines: tuple[Deadline, ...]


def split_units(span: str) -> list[str]:
    """The bodies a list names, one per body: "A, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện"
    → three; "các Sở: Kế hoạch và Đầu tư, Tài chính" → "Sở Kế hoạch và Đầu tư", "Sở Tài chính"."""
    span = p.TITLE_COLON.sub("", span.strip(p.EDGE))
    shared = p.SHARED_NOUN.match(span)
    if shared:
        noun = shared.group("noun")
        return [f"{noun} {name}" for name in (x.strip(p.EDGE) for x in shared.group("rest").split(",")) if name]
    out: list[str] = []
    pos = 0
    for sep in p.LIST_SPLIT.finditer(span):
        rest = span[sep.end():]
        if sep.group().strip() == ";" or _new_body(rest):
            out.append(span[pos:sep.start()])
            pos = sep.end()
    out.append(span[pos:])
    return [x for x in (collapse_space(u).strip(p.EDGE) for u in out) if x]


def _new_body(rest: str) -> bool:
    """Whether a list piece starting *rest* names a new body (:data:`.patterns.NEW_BODY_TITLE`)."""
    if p.NEW_BODY_TITLE.match(rest):
        return True
    lead = p.LIST_LEAD.match(rest)
    rest = rest[lead.end():] if lead else rest
    noun = p.UNIT_NOUN.match(rest)
    if noun is None:
        return False
    after = rest[noun.end():]
    piece = p.LIST_SPLIT.split(after, maxsplit=1)[0].strip()
    if not piece:
        return False  # a bare noun: "Các chi, Đảng bộ"
    return rest[:1].isupper() or piece[:1].isupper()


def _duty_start(text: str) -> int:
    """Where the units at the start of *text* end and their duty begins (-1: no duty found)."""
    colon = text.find(":")
    if colon > 0 and p.SHARED_COLON.search(text, 0, colon):
        colon = text.find(":", colon + 1)  # "các Sở: Kế hoạch và Đầu tư, Tài chính hướng dẫn …"
    for m in p.DUTY.finditer(text, 0, MAX_UNITS):
        if m.start() == 0:
            return -1
        word = m.group()
        if word[0].isupper():
            continue  # "Ban Tổ chức", "Sở Xây dựng": part of a name
        if p.NAME_VERBS.match(word) and p.BAN_BEFORE.search(text, 0, m.start()):
            continue  # "Ủy ban kiểm tra", "Ban chỉ đạo"
        if 0 < colon < m.start():
            return colon
        return m.start()
    return colon if 0 < colon < MAX_UNITS else -1


def _units_at(text: str, after_verb: bool = False) -> tuple[str, str] | None:
    """(units, duty) when *text* starts with units followed by a duty laid on them; at a clause's start
    the units are capitalised ("Sở GTVT theo dõi"), after "giao/đề nghị …" any case will do."""
    text = p.TITLE_COLON.sub("", text)
    if not (p.UNIT_START.match(text) or p.TITLE_ONLY.match(text)):
        return None
    if not after_verb and text[:1].islower() and not text.startswith("các "):
        return None
    end = _duty_start(text)
    if end <= 0:
        return None
    units, duty = text[:end], text[end:].lstrip(" :").strip(" .;")
    if not duty or p.NARRATIVE.match(duty) or p.EXECUTION.match(duty) or not duty[0].isalpha():
        return None
    units = p.APPOSITION.split(units, maxsplit=1)[0].strip(p.EDGE)
    if not units or p.BARE_NOUN.fullmatch(units) or p.RAN_ON.search(units) or p.ASSIGN.search(units) or p.LEAD_IN.search(units) or p.LEAD_IN.search(duty):
        return None  # "Các cơ quan sau đây …:", "UBND tỉnh ban hành Kế hoạch … như sau:" announce, not assign
    return units, duty


def _assigned(clause: str, starts: bool = True) -> tuple[str, str] | None:
    """(units, duty) of a clause: after "giao/đề nghị/yêu cầu …", else at its start (when it *starts*
    a clause: not a line that carries on the sentence of the line before)."""
    for m in p.ASSIGN.finditer(clause):
        if m.start() and m.group()[:1] in "đĐ" and m.group()[1:2] in "ốỐ":
            continue  # "Đối với A, …" opens a clause; "áp dụng đối với cơ quan …" names a scope, not a duty
        if m.group()[:1] in "cC" and starts:
            subject = _units_at(clause)
            if subject:  # "UBND các huyện chỉ đạo các xã …": directing is the subject's duty
                return subject
        found = _units_at(clause[m.end():], after_verb=True)
        if found:
            return found
    if not starts:
        return None
    lead = p.TIME_LEAD.match(clause)  # "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra …"
    return _units_at(clause[lead.end():] if lead else clause)


def _only_units(text: str) -> bool:
    """Whether *text* names units and nothing else ("Các sở, ban, ngành …, lực lượng vũ trang")."""
    return bool(p.UNIT_START.match(text)) and _duty_start(text) == -1 and not p.ASSIGN.search(text)


def _listed(clause: str) -> list[str]:
    """The units a clause only lists, before a ";" that the list goes on past: the whole clause,
    or what follows its "đề nghị/giao …" ("Phòng … đề nghị Trung tâm VH-TT-TT thành phố;")."""
    text = clause.strip(" ;")
    for m in p.ASSIGN.finditer(text):
        if _only_units(text[m.end():]):
            return split_units(text[m.end():])
    return split_units(text) if text[:1].isupper() and _only_units(text) else []


def _yearly(d: Deadline) -> Deadline:
    """A day written without its year in a recurring duty: the same day every year."""
    if d.kind != "by_date" or d.date is None or p.YEAR.search(d.text):
        return d
    return replace(d, kind="recurring_yearly", date=None, month_day=(d.date.month, d.date.day))


def _candidate(low: str) -> bool:
    """Whether a (lower-cased) block may lay a duty (:data:`.patterns.ASSIGN_WORDS`, :data:`.patterns.UNIT_AT`)."""
    if p.ASSIGN_WORDS.search(low) or p.UNIT_AT.match(low):
        return True
    return any(p.UNIT_AT.match(low, m.end()) for m in p.CLAUSE_STARTS.finditer(low))


def _written(found: Iterable[str], probe: str, text: str, start: int = 0) -> list[str]:
    """Phrases read from *probe* (the text with tone marks moved) as *text* writes them."""
    out = []
    for phrase in found:
        at = probe.find(phrase, start)
        out.append(text[at:at + len(phrase)] if at != -1 else phrase)
    return out


def _heading(rest: str) -> str | None:
    """A numbered item that only names a unit ("2. Trung tâm Văn hóa - Thông tin và Thể thao")."""
    text = rest.strip()
    if len(text) > 120 or text[-1:] in (".", ";", ",") or not p.UNIT_START.match(text) or not text[:1].isupper():
        return None
    return text.rstrip(" :")


def _where(block: Block, d: Deadline) -> int:
    """The offset of a deadline's phrase in its block (-1 when it is not there)."""
    start = block.starts[block.lines.index(d.line)] if d.line in block.lines else 0
    pos = block.text.find(d.text, start)
    return pos if pos != -1 else block.text.find(d.text)


def stated(body: str, deadlines: Sequence[Deadline], line_offset: int = 0,
           skip: Iterable[range] = ()) -> list[Stated]:
    """Every clause of *body* that lays a duty on units (lines in *skip* are read elsewhere)."""
    skipped = list(skip)
    by_line: dict[int, list[Deadline]] = {}
    for d in deadlines:
        by_line.setdefault(d.line - line_offset, []).append(d)
    out: list[Stated] = []
    heading: tuple[str, int, list[Deadline]] | None = None  # an item heading's units, line, deadlines under it
    lender: list[str] | None = None  # units of the last clause, for a following clause with none
    pending: list[str] = []  # units of a clause that only lists them, for the next clause
    aims = False  # inside "I. MỤC ĐÍCH, YÊU CẦU"
    last = "."  # the previous block's text

    def close_heading() -> None:
        nonlocal heading
        if heading is not None:
            out.append(Stated(tuple(split_units(heading[0])), "", heading[1] + line_offset, tuple(heading[2])))
            heading = None

    for block in blocks(body):
        if any(block.lines[0] in r for r in skipped):
            continue
        here = [d for n in block.lines for d in by_line.get(n, ())]
        placed = [(_where(block, d), d) for d in here]
        text = block.text
        run_on, last = last[-1:] not in TERMINAL, text  # the line before ended mid-sentence (hard wrap)
        probe = p.retone(text)  # "uỷ" read as "ủy"; same offsets, so what is shown is as written
        item = ITEM.match(text)
        if item or ROMAN.match(text):
            close_heading()
            lender = None
            if not item:
                aims = bool(p.AIMS.match(probe))
        if aims or p.CLOSING.match(probe):
            continue
        if item:
            head = _heading(probe[item.end():])
            if head:
                heading = (_written([head], probe, text)[0], block.lines[0], [])
                continue
        elif heading is not None:
            heading[2].extend(d for _pos, d in placed)
            continue
        low = probe.lower()
        if not (_candidate(low) or (lender and placed) or pending):
            lender = None
            continue
        if placed and p.RECURS.search(low):  # "hằng năm … trước ngày 25/06": a date without a year recurs yearly
            placed = [(pos, _yearly(d)) for pos, d in placed]
        sentences, clauses = segments(text)
        bounds = sorted({*sentences, *(c for c in clauses if c > 0 and text[c - 1] == ";"), len(text)})
        for start, end in itertools.pairwise(bounds):
            inside = tuple(d for pos, d in placed if start <= pos < end)
            part = low[start:end].lstrip()
            if not (inside or pending or p.ASSIGN_WORDS.search(part) or p.UNIT_AT.match(part)):
                lender = None  # nothing to read here (the usual clause): skip the parse
                continue
            clause = probe[start:end].strip()
            lead = ITEM.match(clause) or BULLET.match(clause)
            if lead:
                clause = clause[lead.end():]
            listed, pending = pending, []
            found = _assigned(clause.strip(" .;"), starts=bool(start or lead or not run_on or listed))
            if found is None and (clause.endswith(";") or (end == len(text) and text[-1:] not in TERMINAL)):
                listed_here = _listed(clause)
                if listed_here:
                    pending = _written(listed_here, probe, text, start)  # "đề nghị A; B …", "đề nghị A,⏎B …"
                    continue
            if found:
                units, duty = found
                heads = listed + _written(split_units(units), probe, text, start)
                if heads:
                    lender = heads
                    at = probe.find(units, start)
                    line = block.line_at(at if at != -1 else start) + line_offset
                    out.append(Stated(tuple(heads), collapse_space(duty)[:300], line, inside))
                    continue
            if lender and inside:  # "Thời gian hoàn thành …, chậm nhất ngày …": the clause before's units
                if out and out[-1].heads == tuple(lender) and not out[-1].deadlines:
                    out[-1] = replace(out[-1], deadlines=inside)
                else:
                    out.append(Stated(tuple(lender), text[start:end].strip()[:300], block.line_at(start) + line_offset,
                                      inside))
            elif not inside:
                lender = None
    close_heading()
    return out
