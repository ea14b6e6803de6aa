"""Who acts: a body telling of its own work with a document, told apart from a document it issued.

A page that tells what its own body (or the body it is about) did with a document carries that document out, in the
forms the spent sets annotate so (tests/fixtures/citations/real/README.md, nineteenth session): the subject may open
with a quantifier ("toàn Hệ thống Thi hành án dân sự (THADS) đã thực hiện nghiêm Chỉ thị số …"), the document may be
the sentence's subject in the passive ("Chỉ thị số 13-CT/TW … đã được tỉnh Bắc Kạn nghiêm túc triển khai thực hiện"),
or the object of the body's purpose ("Để Nghị quyết số 23/NQ-HĐND đi vào cuộc sống, UBND tỉnh … đã cụ thể hóa …").
A page that reports a meeting still narrates (:data:`.news.EVENT_MARKS`): these forms are read on other pages only.
Documents a body is said to have issued, listed after the plural that names them ("Chính phủ đã cụ thể hóa ban hành
nhiều văn bản … như: Quyết định 673-QĐ/TTg …"), are reported, as one named after "ban hành" is (:data:`.news.ISSUED`).
"""

from __future__ import annotations

import re

from ..text import new_tone
from .chrome import headline_start
from .cues import STUDY_DONE
from .news import HEADLINE_CHARS
from .vocabulary import GAP

__all__ = ["INTO_LIFE", "ISSUED_LIST", "PASSIVE_DONE", "QUANTIFIER_WORDS", "SUBJECT_QUANTIFIERS", "TALLY", "own_work", "tallied"]

# Lower-case words that may open a subject before an in-sentence cue, the name following them ("toàn Hệ thống …",
# "toàn tỉnh", "cả nước"): the whole body reports its own work (read by relations.reporting_part)
SUBJECT_QUANTIFIERS: dict[str, str] = {
    "toàn": "'toàn Hệ thống THADS đã thực hiện nghiêm Chỉ thị …', 'toàn tỉnh đã triển khai …'",
    "cả": "'cả nước đã triển khai …'",
}
# As the working copy spells them: it moves every old-placement tone, "toàn" too ("tòan")
QUANTIFIER_WORDS = frozenset(new_tone(word) for word in SUBJECT_QUANTIFIERS)

# "ban hành" (and "cụ thể hóa" or "đã" around it) right before the plural that lists documents ("đã ban hành các văn
# bản làm cơ sở … như:", "ban hành 05 văn bản, bao gồm:", "đã cụ thể hóa ban hành nhiều văn bản … như:"): the listed
# documents are the ones the body issued.  Matched at the plural's start (cue_objects.LISTED_DOCUMENTS), backwards.
ISSUED_LIST = re.compile(rf"(?<![^\W_])ban{GAP}hành{GAP}\Z", re.IGNORECASE)

# The document as the subject of a passive carrying-out, after its description: "Chỉ thị số 13-CT/TW … đã được tỉnh
# Bắc Kạn nghiêm túc triển khai thực hiện", "… đã được các cấp ủy quán triệt" (at most six words for the agent and
# its adverbs)
PASSIVE_DONE = re.compile(
    rf"(?<![^\W_])(?:đã|đang|tiếp{GAP}tục){GAP}được(?:{GAP}[^\W\d_]+){{0,6}}?{GAP}"
    rf"(?:triển{GAP}khai|thực{GAP}hiện|quán{GAP}triệt|cụ{GAP}thể{GAP}hóa|thi{GAP}hành)(?![^\W_])",
    re.IGNORECASE,
)
_PASSIVE = re.compile(rf"(?<![^\W_])(?:đã|đang|tiếp{GAP}tục){GAP}được(?![^\W_])", re.IGNORECASE)
# A purpose whose object is the document coming into effect: "Để Nghị quyết số 23/NQ-HĐND đi vào cuộc sống, …", "Để
# đưa Chỉ thị số … vào cuộc sống, …"; read when the sentence goes on, after a comma, to a body's past act (STUDY_DONE)
PURPOSE_OPENER = re.compile(r"[ \t>*#_|•+-]*Để(?:[ \t\n]+đưa)?[ \t\n]+\Z", re.IGNORECASE)
INTO_LIFE = re.compile(rf"(?<![^\W_])(?:đi{GAP})?vào{GAP}(?:cuộc{GAP}sống|thực{GAP}tiễn)(?![^\W_])", re.IGNORECASE)
# The end of the document's sentence, or of the part a purpose takes (its comma)
_STOP = re.compile(r"[.!?;:](?:[ \t\n]|\Z)|\n\n")
# How far after a document its passive verb, or its purpose's end, is looked for
OWN_WORK_REACH = 400


def own_work(w: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the document at *start*–*end*, heading the clause at *clause_start*, is what a body is told to have
    carried out: the subject of a passive carrying-out (:data:`PASSIVE_DONE`) in its sentence, or the object of a
    purpose that it come into effect whose sentence goes on to a body's past act (:data:`INTO_LIFE`)."""
    opening = w[clause_start:start]
    purpose = PURPOSE_OPENER.match(opening) is not None
    if not purpose and opening.strip(_MARKS) and not under_headline(w, clause_start, start):
        return False
    limit = min(len(w), end + OWN_WORK_REACH)
    stop = _STOP.search(w, end, limit)
    limit = stop.start() if stop is not None else limit
    if not purpose:  # the document's own predicate, the first passive after it ("… đã được ban hành từ năm 2007, …
        passive = _PASSIVE.search(w, end, limit)  # cơ chế một cửa đã được triển khai …": another subject's)
        return passive is not None and PASSIVE_DONE.match(w, passive.start(), limit) is not None
    comma = w.find(",", end, limit)
    return comma >= 0 and INTO_LIFE.search(w, end, comma) is not None and STUDY_DONE.match(w, comma, limit) is not None


_MARKS = " \t\n>*#_|•+-"


def under_headline(w: str, clause_start: int, start: int) -> bool:
    """Whether the document at *start* opens the line after the page's headline, which its clause starts with (a copy
    without blank lines: "Quản lý, bảo vệ rừng: Góc nhìn từ ngành chức năng⏎BBK - Chỉ thị số 13-CT/TW …"; the headline
    has no sentence end and is at most :data:`.news.HEADLINE_CHARS` long)."""
    head = headline_start(w)
    line_end = w.find("\n", head, start)
    if head < clause_start or line_end < 0 or w[line_end:start].strip(_MARKS) or w[clause_start:head].strip(_MARKS):
        return False
    line = w[head:line_end].strip()
    return 0 < len(line) <= HEADLINE_CHARS and line[-1] not in ".!?…;:"


# A count of units as the subject ("Đến ngày 15/9, 63 đảng bộ trực thuộc đã hoàn thành việc tổ chức đại hội, …, thực hiện
# nghiêm túc 4 nội dung đại hội theo quy định của Chỉ thị 36", heldout11 y31; "có 12 trong tổng số 15 đảng bộ … đã hoàn
# thành quán triệt Chỉ thị 35", heldout6 m11; "2 địa phương tiếp tục đẩy mạnh triển khai chương trình phối hợp số …",
# heldout16 h16-20): others' progress tallied, not the page's own body telling its work (README rule B), so a cue after
# it reports.  At the head of a sentence part, perhaps after "có".
TALLY = re.compile(
    rf"(?:\A|[,;:][ \t]*|\n[ \t]*)(?:có{GAP})?(?:\d{{1,4}}(?:/\d{{1,4}}|[ \t]?%)?){GAP}"
    rf"(?:trong{GAP}(?:tổng{GAP})?số{GAP}\d{{1,4}}{GAP})?(?:các{GAP})?"
    rf"(?:đảng{GAP}bộ|chi{GAP}bộ|tổ{GAP}chức{GAP}đảng|địa{GAP}phương|đơn{GAP}vị|cơ{GAP}quan|xã|phường|huyện|tỉnh|trường)"
    r"(?![^\W_])",
    re.IGNORECASE,
)


def tallied(w: str, clause_start: int, cue_start: int) -> bool:
    """Whether a count of units heads a sentence part between *clause_start* and the cue at *cue_start* (:data:`TALLY`)."""
    return TALLY.search(w[clause_start:cue_start]) is not None
