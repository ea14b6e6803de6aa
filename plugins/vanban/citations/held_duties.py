"""A duty at its clause's head whose object is a document's content named through the words that bring it ("chỉ đạo …
tại", "các quy định tại", "theo tinh thần"): the document is what the duty carries out.

Rule A (:mod:`.dissemination`) makes a dissemination duty at a clause's head carry out the document it names, and the
compliance duties are the same kind: an item of a task list that opens with "Chấp hành" or "Tuân thủ" (no subject: the
text itself hands it down) holds its addressees to a document — "1. Chấp hành nghiêm chỉnh chỉ đạo của Ủy ban nhân dân
huyện tại Công văn số 2681/UBND-NN …, Công điện số 06/CĐ-CT …" (heldout37 h37-58), "Bộ Y tế yêu cầu các bệnh viện
phải:⏎… Tuân thủ nghiêm các quy định tại Thông tư số 13/2025/TT-BYT …" (heldout20 h20-39).  Those duties name the
document through the words that say which part of it binds ("chỉ đạo của … tại", "các quy định tại"); the in-sentence
cue rules read "tại" there as naming where a rule is, and a dissemination duty's "theo tinh thần Nghị quyết số …"
("2. Tuyên truyền các quan điểm chỉ đạo, mục tiêu … theo tinh thần Nghị quyết số 29-NQ/TW", heldout35 h35-04) as the
rule an action follows (:func:`.according.according_to`).  At a duty's head the object is the document's content: the
duty carries it out.  Only at the clause's head (a subject before the verb reports or describes: "việc tổ chức bắn pháo
hoa nổ phải tuân thủ các quy định tại Nghị định số …", heldout17 h17-45, a mention), and for dissemination only with
"tinh thần" ("Tập trung tuyên truyền 08 nội dung theo Hướng dẫn số 85-HD/BTG", heldout3 f40: the guide says how, a
mention).  Never on a page that reports a meeting (the caller's guard).
"""

from __future__ import annotations

import re

from .dissemination import DUTY_HEAD
from .phrases import working_words
from .vocabulary import GAP

__all__ = ["COMPLYING", "complied_with", "disseminated_spirit"]

# The compliance verbs: a duty to abide by a document is its carrying out (the README's rule A, its kind)
COMPLYING: dict[str, str] = {
    "chấp hành": "'Chấp hành nghiêm chỉnh chỉ đạo … tại Công văn số …': abides by what the document directs",
    "tuân thủ": "'Tuân thủ nghiêm các quy định tại Thông tư số …': abides by its provisions",
}
# How the duty is to be done, between the verb and its object
_MANNER = working_words({"nghiêm": "", "nghiêm túc": "", "nghiêm chỉnh": "", "đúng": "", "đầy đủ": "", "tốt": "", "và": ""})
# The object's head: the part of the document that binds
_PART = working_words(
    {"quy định": "", "chỉ đạo": "", "yêu cầu": "", "hướng dẫn": "", "nội dung": "", "ý kiến chỉ đạo": "", "văn bản": ""}
)
# Up to ten words of an owner ("của Ủy ban nhân dân huyện"), letters only: a citation or a clause mark ends it
_OWNER = rf"{GAP}của(?:{GAP}[^\W\d_][^\s\d,;:.()]*){{1,10}}?"
# At the clause's head (item marks and task words before it, as a dissemination duty's), through the words that bring
# the document, ending right before the citation
COMPLIANCE_DUTY = re.compile(
    rf"[ \t>*#_|•+-]*(?:(?:\d{{1,2}}[.)]|[a-zđ]\))[ \t]*)?(?:(?:tiếp{GAP}tục|nghiêm{GAP}túc){GAP})?(?:{working_words(COMPLYING)})"
    rf"(?:{GAP}(?:{_MANNER}))*(?:{GAP}(?:các|mọi))?(?:{GAP}(?:{_PART}))?(?:{_OWNER})?(?:{GAP}(?:tại|trong))?{GAP}\Z",
    re.IGNORECASE,
)
# How far the object may reach from the clause's head to the citation (bounds the match: extraction stays linear)
DUTY_REACH = 200


def complied_with(w: str, clause_start: int, start: int) -> bool:
    """Whether the clause at *clause_start* is a compliance duty whose object is the citation at *start*
    (:data:`COMPLIANCE_DUTY`, read from the clause's head to the citation)."""
    if start - clause_start > DUTY_REACH:
        return False
    return COMPLIANCE_DUTY.fullmatch(w, clause_start, start) is not None


# "theo tinh thần" / "theo đúng tinh thần" (and the words the according rule lets through after it), ending at a citation
_SPIRIT = re.compile(rf"theo(?:{GAP}đúng)?{GAP}tinh{GAP}thần(?![^\W_])", re.IGNORECASE)


def disseminated_spirit(w: str, clause_start: int, verb: int) -> bool:
    """Whether "theo" at *verb* brings the spirit of a document ("theo tinh thần Nghị quyết số …") into a dissemination
    duty heading the clause at *clause_start* (:data:`.dissemination.DUTY_HEAD`), with no sentence or part mark between
    them: the content disseminated is the document's."""
    if _SPIRIT.match(w, verb) is None or DUTY_HEAD.match(w, clause_start) is None:
        return False
    between = w[clause_start:verb]
    return not any(mark in between for mark in ".;:\n")
