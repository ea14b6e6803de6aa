"""Lists: an item of a list answers as the sentence that introduces the list does.

A list runs from its introduction's ":" through items parted by ";" or by line breaks ("Tại Hội nghị, Đảng ủy đã
triển khai các văn bản: Quán triệt Nghị quyết số …; Triển khai Chỉ thị số …; Thông qua Kế hoạch số …").  The items
are the objects of the introduction's verb, not sentences of their own: a cue opening an item ("Triển khai …") says
what was done with that document *within* the introduction.  So when the introduction reports (a meeting's news: the
meeting or its participants did it), every item is reported with it, and so are the items a leader's request
introduces there ("Phó Thống đốc đề nghị CIC … như sau:": what was said at the meeting, :func:`.relations.clause_governs`);
a cue heading the introduction ("Thực hiện các văn bản sau: …") or a purpose ("Để …") still makes the items implement,
unless the cue's object ends at a comma before the main clause that introduces the list ("Thực hiện Nghị quyết tháng 1
…, sáng ngày …, Đảng bộ tổ chức học tập … với các nội dung:⏎- Nghị quyết số 27-NQ/TW …": :func:`listed_by_main_clause`).
Read by :func:`.relations.clause_governs` on a page that reports a meeting.
"""

from __future__ import annotations

import bisect
import re

from .cues import GOVERNING, PURPOSE
from .news import AT_EVENT

__all__ = ["LIST_REACH", "at_meeting", "last_colon", "listed_by_main_clause", "reported_item"]

# How far before an item its list's ":" is looked for (the items before it in between)
LIST_REACH = 1500

# A sentence end between the ":" and the item: the item is in another sentence, no list of that ":"
_SENTENCE_END = re.compile(r"[.!?…][ \t]*(?:\n|[ \t](?=[^\W\d_]))")
# What may stand before an item's text on its line or after the ";" that parts it from the last one
_MARKS = " \t>*#_|•+-"
# The start of the introduction's sentence: after a sentence end, or a line's start
_INTRO_START = re.compile(r"[.!?…][ \t]+(?=[^\W\d_])")


# A field's value after its colon, alone on the line: a number ("Lượt xem: 1234", "Số lượt đọc: 887")
_FIELD_VALUE = re.compile(r"[ \t]*[\d.,]+[ \t]*(?:\n|\Z)")


def last_colon(w: str, lo: int, hi: int) -> int:
    """The last ":" in w[lo:hi] that may introduce a list (-1 when none): not a time's ("01/03/2021 00:00", "10:43
    GMT+7" in a page's date stamp), which introduces nothing."""
    colon = w.rfind(":", lo, hi)
    while colon >= 0 and (
        (colon > 0 and w[colon - 1].isdecimal() and w[colon + 1 : colon + 2].isdecimal()) or _FIELD_VALUE.match(w, colon + 1)
    ):
        colon = w.rfind(":", lo, colon)
    return colon


def at_meeting(w: str, clause_start: int) -> bool:
    """Whether the paragraph (line) of the clause at *clause_start* says before it, heading a sentence, what happened at
    the meeting (:data:`.news.AT_EVENT`: "Tại Hội nghị, …", "Hội nghị đã …"): the clause is an item of the meeting's
    agenda told."""
    line_start = w.rfind("\n", 0, clause_start) + 1
    for mark in AT_EVENT.finditer(w, line_start, clause_start):
        before = w[line_start : mark.start()].rstrip(" \t")
        if not before.strip(_MARKS) or before[-1] in ".!?…":
            return True  # heading its sentence; "Báo cáo sơ kết tại hội nghị, đồng chí … cho biết: …" tells who spoke
    return False


def reported_item(w: str, clause_start: int) -> bool:
    """Whether the clause at *clause_start* is an item of a list (after ":" and only ";"- or line-parted items) whose
    introduction reports: it opens with no clause cue and states no purpose."""
    colon = last_colon(w, max(0, clause_start - LIST_REACH), clause_start)
    if colon < 0:
        return False
    between = w[colon + 1 : clause_start]
    if "\n\n" in between or _SENTENCE_END.search(between) is not None:
        return False  # a new paragraph or sentence: the clause is no item of that list
    before = between.rstrip(_MARKS)
    if before and before[-1] not in ";\n":
        return False  # the clause starts inside an item, not at one
    line_start = w.rfind("\n", 0, colon) + 1
    start = line_start
    for end in _INTRO_START.finditer(w, line_start, colon):
        start = end.end()
    while start < colon and w[start] in _MARKS:
        start += 1
    # "Thực hiện các văn bản sau: …", "Để …: …": the introduction carries them out; else a report, or a request made
    # at the meeting ("… yêu cầu: …"): told, not handed down by the page
    return GOVERNING.match(w, start) is None and PURPOSE.match(w, start) is None


# A comma, perhaps a time phrase and its comma ("…, sáng ngày 02/02/2023, Đảng bộ Bệnh viện tổ chức …"), then a capital:
# the main clause's subject after a fronted cue's object
_MAIN_SUBJECT = re.compile(r",[ \t]+(?:(?:sáng|chiều|tối|trưa|ngày)(?:[ \t]+ngày)?[ \t]*[\d/.-]{3,10}[ \t]*,[ \t]+)?(?=[^\W\d_])")


def listed_by_main_clause(w: str, head_end: int, starts: list[int]) -> bool:
    """Whether the first document after a clause's head cue ending at *head_end* (*starts*: every citation's start,
    sorted) stands first in a list (after ":" and
    item marks only) that the sentence's main clause introduces: the cue's object is named before a comma and a
    capitalised subject ("Thực hiện Nghị quyết tháng 1 của Ban chấp hành Đảng bộ, sáng ngày 02/02/2023, Đảng bộ Bệnh viện
    tổ chức học tập … với các nội dung:⏎- Nghị quyết số 27-NQ/TW …"): the list is the main clause's object, what a
    meeting studied, as its later items are (:func:`reported_item`), not what the cue governs."""
    k = bisect.bisect_left(starts, head_end)
    if k >= len(starts):
        return False
    first = starts[k]
    colon = last_colon(w, head_end, first)
    if colon < 0 or w[colon + 1 : first].strip(_MARKS + "\n"):
        return False
    return any(w[comma.end()].isupper() for comma in _MAIN_SUBJECT.finditer(w, head_end, colon))
