"""Which of a block's dates are a clause's due (the tracking walk's due side, :meth:`.walk.Walk.clauses`).

A date in a task's sentence is not always its due: the span a report covers ("báo cáo kết quả … từ ngày 30/01/2020 đến ngày
24/4/2020") names the days reported on. And a due may stand before the units it binds: one that opens a sentence ("Trước
10/5, A nộp …; B nộp …") or a numbered item ("1. Ngày 05 hằng tháng (…), A …. B …") reaches the later clauses whose units
name no due of their own (thirty-seventh session, due47: right unit, wrong due, pooled over every spent set).
"""

from __future__ import annotations

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM

from . import vocabulary as v


def due_opens(low: str, start: int, placed: list[tuple[int, Deadline]]) -> bool:
    """Whether the clause of the lower-cased block *low* at *start* opens with its due and a comma, perhaps after an item's
    number and a bracket ("Trước 10/5, các trường …", "1. Ngày 05 hằng tháng (từ tháng 02 đến tháng 9), Chủ tịch …")."""
    head = start
    while head < len(low) and low[head] in " \t":
        head += 1
    lead = ITEM.match(low, head) or BULLET.match(low, head)
    if lead is not None:
        head = lead.end()
    for pos, d in placed:
        if pos == head:
            rest = low[pos + len(d.text):pos + len(d.text) + 80].lstrip()
            if rest[:1] == "(" and ")" in rest:
                rest = rest[rest.index(")") + 1:].lstrip()
            return rest[:1] == ","
    return False


def due_reach(text: str, sentences: list[int], start: int) -> int:
    """Where a due that opens the sentence at *start* stops: that sentence's end, or the block's in a numbered item."""
    if ITEM.match(text.lstrip()) is not None:
        return len(text)
    return min((s for s in sentences if s > start), default=len(text))


def reported_span(low: str, pos: int, deadline: Deadline) -> bool:
    """Whether the range at *pos* of the lower-cased block *low* is the span a report covers, written after what it reports
    ("báo cáo kết quả … từ ngày 30/01/2020 đến ngày 24/4/2020": :data:`.vocabulary.REPORT_SPAN`), not a due."""
    said = deadline.text.lower()
    if said.startswith("từ"):
        if v.SPAN_FROM.match(said) is None:
            return False
    elif not (said.startswith("đến") and v.SPAN_FROM.search(low, max(0, pos - 40), pos)):
        return False
    return v.REPORT_SPAN.search(low, max(0, pos - 250), pos) is not None
