"""A duty that heads a part of a sentence, after ";" or ":", carries out what it names (the README's rule A, one part in).

Rule A (:mod:`.dissemination`) reads a duty at a clause's head.  In a directive's task list, and in a page that retells
one, the duties run on inside one sentence: "Sở Văn hóa … hướng dẫn các địa phương thực hiện nghiêm …; tăng cường tổ
chức tuyên truyền, phổ biến rộng rãi trong nhân dân nội dung Nghị định số 110/2018/NĐ-CP …; Chỉ thị số 26-CT/TW …"
(heldout39 h39-26), "Với nội dung: Tập trung tuyên truyền tinh thần Lời kêu gọi …; những nội dung trọng tâm Chỉ thị số
16/CT-TTg" (heldout34 h34-55).  A clause starts there only before a capitalised cue (:data:`.clauses.SEMICOLON`), so the
part's duty is read here, by its structure: the part opens with the duty itself (task words, then a dissemination verb:
no subject of its own, so no body is reported acting), the sentence before it reports no act done
(:data:`REPORTED_ACT_WORDS`: then the parts are the act's items, the narrative rules' concern), and the citation is the
duty's object — in the duty's part with no description word before it (:data:`.cues.SENTENCE_CUE_BLOCKERS`), or in a
";" item of its object list after it (no task word, cue or capitalised word but a type word opening the item).  The
carrying-out cues ("…; tập trung triển khai thực hiện Chỉ thị số 19 …") are not duties here: in a speaker's advice on a
working visit (heldout30 h30-29) that reading was wrong, and the in-sentence cue rules read those parts.  Never on a
page that reports a meeting (the caller's guard: what is said there is narration).
"""

from __future__ import annotations

import re

from .cues import IN_SENTENCE_CUE, SENTENCE_CUE_BLOCKER
from .dissemination import DISSEMINATING, TASK_WORDS
from .phrases import working_words
from .vocabulary import GAP, TYPE_START

__all__ = ["REPORTED_ACT_WORDS", "duty_part"]

_TASK = working_words(TASK_WORDS)
_VERB = working_words(DISSEMINATING)
# The part's head: blanks, task words, then the verb
PART_DUTY = re.compile(rf"[ \t]*(?:(?:{_TASK}){GAP})*(?:{_VERB})(?![^\W_])", re.IGNORECASE)
# An act reported in the sentence before the part: its parts are that act's items, not duties
REPORTED_ACT_WORDS: dict[str, str] = {
    "đã": "'Hội … đã tổ chức hội nghị: tuyên truyền, phổ biến Nghị định …': an act done, its items reported",
    "vừa": "'… vừa tổ chức …': the same, just done",
    "đang": "'… đang triển khai …': the same, under way",
}
REPORTED_ACT = re.compile(working_words(REPORTED_ACT_WORDS), re.IGNORECASE)
# A part that opens with task words or a verb of its own is another duty, not an item of the duty's object list
_OTHER_DUTY = re.compile(rf"[ \t]*(?:{_TASK}|{_VERB})(?![^\W_])", re.IGNORECASE)

# How far before a citation the duty's part may open (bounds the work per citation: extraction stays linear)
DUTY_REACH = 400
# How many ";" items of the object list may stand between the duty's part and the citation's
ITEMS_BETWEEN = 2


def duty_part(w: str, clause_start: int, start: int) -> bool:
    """Whether the citation at *start* (its type word) is the object of a duty heading a part of its clause (the clause
    at *clause_start*): see the module's docstring."""
    lo = max(clause_start, start - DUTY_REACH)
    own_part = True
    pos = start
    for _ in range(ITEMS_BETWEEN + 1):
        sep = max(w.rfind(";", lo, pos), w.rfind(":", lo, pos))
        if sep < 0:
            return False
        part = sep + 1
        if "\n\n" in w[part:pos] or ". " in w[part:pos]:
            return False  # a sentence ended between: the part is not the citation's
        duty = PART_DUTY.match(w, part, start)
        if duty is not None:
            if REPORTED_ACT.search(w, clause_start, part) is not None:
                return False
            return not own_part or SENTENCE_CUE_BLOCKER.search(w, duty.end(), start) is None
        if own_part and (SENTENCE_CUE_BLOCKER.search(w, part, start) or IN_SENTENCE_CUE.search(w, part, start)):
            return False  # the citation's own part describes it, or has a verb of its own
        if w[sep] == ":" or _OTHER_DUTY.match(w, part) is not None:
            return False  # a list's introduction, or another verb's part: the object list ends there
        opening = w[part : part + 40].lstrip()
        if not opening or not (opening[0].islower() or TYPE_START.match(opening) is not None):
            return False
        own_part = False
        pos = sep
    return False
