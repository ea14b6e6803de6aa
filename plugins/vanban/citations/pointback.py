"""A sentence that points back at the event a page reports and says it carries a document out: implements.

A news page (no own number) tells what others did, so a carrying-out verb inside its sentences is narration (the cues'
rules).  One position is not: a sentence whose subject points back at the event the page reports — "Đây", "Đây cũng",
"Hoạt động này", "Sự kiện này" — and whose predicate says that event *is* a step in carrying a document out: "Đây là
hoạt động trọng tâm của Trung ương đoàn thiết thực triển khai Kết luận số 174" (heldout15 h15-13), "Đây cũng là hoạt
động thiết thực của Hội triển khai Quyết định 383/QĐ-TTg" on a workshop's page (heldout32 h32-32), "Đây cũng là năm
học đầu tiên triển khai Nghị quyết số 71-NQ/TW" (heldout33 h33-01), "Hoạt động này cũng là bước cụ thể hóa Chỉ thị số
13156/UBND-CT" (heldout34 h34-21).  The page reports the event held to carry the document out — the README's exception
to the meeting rule ("Thực hiện <văn bản>, <cơ quan> tổ chức <sự kiện>") written the other way round.  Over every spent
set the position (the pointing subject at the clause's head, a carrying-out verb and its fillers only right before the
citation, no numbered document between, no review before the verb: :func:`.ownvoice.carried_out_by_issuer`) is labelled
implements 4 times and mentions never; a quote pointed back at ("Đó là yêu cầu của Tổng Bí thư … đánh giá tình hình
thực hiện …") is a review's subject, and "theo …" is no carrying verb.
"""

from __future__ import annotations

import re

from .ownvoice import carried_out_by_issuer
from .phrases import whole_words, working_words

__all__ = ["points_back_carrying_out"]

# The subject that points back at the page's event: "Đây" (this), or a noun of an event and "này" (this …)
POINTING_WORDS: dict[str, str] = {
    "đây": "'Đây (cũng) là hoạt động … triển khai …': the event the page reports",
}
EVENT_NOUNS: dict[str, str] = {
    "hoạt động": "'Hoạt động này cũng là bước cụ thể hóa Chỉ thị …'",
    "sự kiện": "'Sự kiện này là …'",
    "chương trình": "'Chương trình này là hoạt động …' (an event, not a numbered programme: 'này' follows it)",
    "hội nghị": "'Hội nghị này là …'",
    "hội thảo": "'Hội thảo này là …'",
    "đợt": "'Đợt tuyên truyền này là …' (a noun may follow: up to two words before 'này')",
    "việc": "'Việc làm này là …'",
    "lễ": "'Lễ phát động này là …'",
    "phong trào": "'Phong trào này là …'",
    "cuộc": "'Cuộc thi này là …'",
    "buổi": "'Buổi làm việc này là …'",
}
# "cũng", "chính", "còn" may stand before "là"; "được xem là", "được coi là" say the same.  The working copy writes
# the tone marks one way ("Họat động": vocabulary.working_copy), so the words are written that way too
_NOUNS = working_words(EVENT_NOUNS)
POINTED = re.compile(
    rf"[ \t*_>•-]*(?:{whole_words(POINTING_WORDS)}|{_NOUNS}(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+này)"
    r"[ \t]+(?:(?:cũng|chính|còn)[ \t]+)?(?:được[ \t]+(?:xem|coi)[ \t]+)?là(?![^\W_])",
    re.IGNORECASE,
)


# A verb of its own between "là" and the carrying verb makes the predicate a relative clause of someone else's acts:
# "Đây là những tập thể và cá nhân đã có thành tích xuất sắc trong 03 năm thực hiện Chỉ thị số 03-CT/TW" (import
# heldout29 ae16, a commendation's news) tallies what the people did; the event is not said to carry it out
OTHERS_ACTS = re.compile(r"(?<![^\W_])(?:đã|đang|sẽ|vừa)(?![^\W_])", re.IGNORECASE)

# How far before a citation the pointing subject may stand: a sentence's subject, "là" and a short predicate
POINT_REACH = 240


def points_back_carrying_out(w: str, clause_start: int, start: int) -> bool:
    """Whether the clause at *clause_start* opens with a subject pointing back at the page's event and "là", and the
    citation at *start* (its type word) follows a carrying-out verb of that clause (:mod:`.ownvoice`) with no verb of
    another actor between "là" and it."""
    if start - clause_start > POINT_REACH:
        return False  # bounds the work per citation (extraction stays linear)
    pointed = POINTED.match(w, clause_start)
    if pointed is None or not carried_out_by_issuer(w, clause_start, start):
        return False
    return OTHERS_ACTS.search(w, pointed.end(), start) is None
