"""Dissemination duties: "tuyên truyền, phổ biến, quán triệt <document>" carry the document out where they are a duty.

The citations README's rule (A): a document is first carried out by making it known (every Party resolution is
followed by plans to "học tập, quán triệt, tuyên truyền và triển khai thực hiện"; a plan to enforce a law opens with
"tuyên truyền, phổ biến Luật"), so a plan's or directive's own task to disseminate a document, or such a task handed
down by a directive verb, implements it, whether the plan names one document or lists many.  A report of dissemination
done as an event does not: "Công an xã … vừa tổ chức chương trình tuyên truyền … về Luật …", "Thành phố … phổ biến nội
dung Nghị quyết …" (a headline), "Chúng ta đang tiếp tục tuyên truyền chỉ thị 05" (a congress speech).  So the verbs
are cues only where a duty is written: heading a clause or a task item, after task words alone
(:data:`TASK_WORDS`), or handed down by a directive verb (:data:`.directives.DIRECTED_CUES`); never after a subject
that reports them, and never on a page that reports a meeting.
"""

from __future__ import annotations

import re

from .headings import CONTENT_HEADING
from .purposes import heading_above
from .vocabulary import GAP, TYPE_ALT

__all__ = [
    "DISSEMINATING",
    "DUTY_HEAD",
    "OBJECT_ABOUT",
    "TASK_NOUN",
    "TASK_WORDS",
    "duty_heads",
    "in_content_section",
]

# The dissemination verbs (the README's rule A); "quán triệt" heading a task is one too ("Tổ chức quán triệt Kế
# hoạch số 110/KH-UBND", "Quán triệt sâu sắc thông báo số 161-TB/TW": annotated implements on every spent set).
DISSEMINATING: dict[str, str] = {
    "tuyên truyền": "propagates the document: the first step of carrying it out",
    "phổ biến": "makes it known to those who must apply it",
    "quán triệt": "has it studied thoroughly, the Party's first step of carrying it out",
}

# Words a task item or a plan's duty may open with before the verb: "a) Tiếp tục tăng cường công tác tuyên truyền,
# phổ biến …", "- Đẩy mạnh tuyên truyền …", "Tổ chức quán triệt …".  No subject: a body's name before the verb
# reports what it did (an event), which the meeting and narrative rules read.
TASK_WORDS: dict[str, str] = {
    "tiếp tục": "'Tiếp tục tuyên truyền, phổ biến Luật …'",
    "tăng cường": "'tăng cường công tác tuyên truyền'",
    "đẩy mạnh": "'Đẩy mạnh tuyên truyền'",
    "công tác": "'công tác tuyên truyền, phổ biến'",
    "tập trung": "'tập trung phổ biến'",
    "tổ chức": "'Tổ chức quán triệt'",
    "thường xuyên": "'thường xuyên tuyên truyền'",
    "làm tốt": "'làm tốt công tác tuyên truyền'",
}

_VERB = "|".join(GAP.join(map(re.escape, verb.split(" "))) for verb in DISSEMINATING)
_TASK = "|".join(GAP.join(map(re.escape, word.split(" "))) for word in TASK_WORDS)
# At a clause's start (after an item's mark, which the clause start already skips): task words, then the verb
DUTY_HEAD = re.compile(rf"[ \t>*#_|•+-]*(?:(?:{_TASK}){GAP})*(?:{_VERB})(?![^\W_])", re.IGNORECASE)
# "tuyên truyền về Chỉ thị số …", "phổ biến nội dung Nghị quyết số …": the words that bring the object, no description
OBJECT_ABOUT = re.compile(rf"(?:{GAP}(?:về|nội{GAP}dung|các{GAP}nội{GAP}dung|sâu{GAP}rộng))+{GAP}?", re.IGNORECASE)


# A dissemination verb made a noun by "nhiệm vụ" is the object of a cue before it, no duty of its own: "Kế hoạch nhằm tổ
# chức triển khai có hiệu quả nhiệm vụ phổ biến, giáo dục pháp luật tại Nghị quyết số 27-NQ/TW" (heldout25 h25-21: the
# cue "triển khai" governs; the task it names is "phổ biến, giáo dục pháp luật"), read by :func:`.relations.clause_governs`.
TASK_NOUN = re.compile(rf"(?<![^\W_])nhiệm{GAP}vụ{GAP}\Z", re.IGNORECASE)


def duty_heads(w: str, clause_start: int) -> bool:
    """Whether the clause at *clause_start* opens with a dissemination duty (:data:`DUTY_HEAD`): "Tiếp tục tuyên
    truyền, phổ biến Luật …; … Chỉ thị số 06-CT/TW", "a) Tiếp tục tăng cường công tác tuyên truyền, phổ biến …"."""
    return DUTY_HEAD.match(w, clause_start) is not None


# A document named with its number on the line that introduces the content list: the list is that document's, quoted
_NAMED_DOCUMENT = re.compile(rf"(?<![^\W_])(?:{TYPE_ALT})(?:{GAP}số)?[ \t:]*\d", re.IGNORECASE)


def in_content_section(w: str, pos: int) -> bool:
    """Whether the line at *pos* is under the text's own dissemination content heading (:data:`.headings.CONTENT_HEADING`:
    "1. Nội dung tuyên truyền:"), read up to the nearest heading above, numbered or in capitals; not when the line
    above the heading names a document with its number (the list quoted from it: "Tại Hướng dẫn 107/HD-MTTW-BTT …
    như sau:")."""
    start = heading_above(w, pos, CONTENT_HEADING)
    if start is None:
        return False
    above = start - 1
    while above > 0 and w[above - 1] in " \t\r\n":
        above -= 1  # blank lines skipped: the nearest line above with text is the list's introduction
    return _NAMED_DOCUMENT.search(w, w.rfind("\n", 0, above) + 1, max(above, 0)) is None
