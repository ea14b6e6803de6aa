"""A sentence that opens by looking back on a span of carrying a document out: implements, on any page.

"Sau 5 năm thực hiện Chỉ thị số 05 …, Đảng bộ, chính quyền và Nhân dân thành phố … đã …" (heldout34 h34-08), "Sau 2
năm thực hiện Kết luận số 01-KL/TW …, xã Vĩnh Trường đã chuyển trọng tâm …" (h34-07), "Qua 5 năm thực hiện thực hiện
Chỉ thị số 05 – CT/TW …, nhận thức … được nâng lên" (heldout32 h32-36), "Sau hơn nửa nhiệm kỳ thực hiện Nghị quyết số
02-NQ/HU …" (heldout30 h30-18): the body the sentence goes on to name looks back on its own carrying out (the README's
rule C, a cue at the head of the sentence).  The cues' rules read the time phrase as a filler before an in-sentence cue
(:data:`.cues.TIME_FILLERS`), which a meeting's page does not allow — there a cue inside a sentence is the meeting's
narration ("Tại hội nghị, … triển khai Chỉ thị số …").  But the look back is no narration of the meeting: the meeting's
own name holds its review ("hội nghị sơ kết 2 năm thực hiện …", :data:`.cue_objects.REVIEWS`), and a sentence opening with the
span is the result told.  So the position is read by its structure — a span ("Sau|Qua|Trải qua|Hơn|Gần", a count, a
unit of time) at the clause's head, then carrying-out verbs and their fillers only (:data:`.ownvoice.CARRIED`) up to the
citation — whatever the page.  Over every spent set the position is labelled implements 10 times and mentions never;
"Trong 10 năm triển khai, thực hiện Chương trình phối hợp 09" on a review meeting's page (heldout16 h16-18, mentions) is a
span *during* which, not after which, and is not read by it.
"""

from __future__ import annotations

import re

from .ownvoice import CARRIED
from .phrases import working_words

__all__ = ["looks_back_on_carrying_out"]

# The words that open a span looked back on
SPAN_OPENERS: dict[str, str] = {
    "sau": "'Sau 5 năm thực hiện …': after the span",
    "qua": "'Qua 3 năm triển khai …': through the span",
    "trải qua": "'Trải qua 10 năm thực hiện …'",
    "hơn": "'Hơn 3 năm thực hiện …'",
    "gần": "'Gần 5 năm thực hiện …'",
}
# The count: digits, a number word, "nửa" (half), "những" ("Qua những năm thực hiện …")
SPAN_COUNTS: dict[str, str] = {
    word: "a count in words" for word in ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "nửa", "những"]
}
# The unit of time
SPAN_UNITS: dict[str, str] = {
    "năm": "years",
    "tháng": "months",
    "tuần": "weeks",
    "nhiệm kỳ": "a term of office ('Sau hơn nửa nhiệm kỳ thực hiện …')",
    "giai đoạn": "a stage",
}


# The span at a clause's head (a list's marker before it): opener, "hơn"/"gần", count (a few words: "hai mươi"), unit,
# "qua"
SPAN = re.compile(
    rf"[ \t*_>•-]*{working_words(SPAN_OPENERS)}(?:[ \t]+(?:hơn|gần))?"
    rf"(?:[ \t]+(?:\d+|{working_words(SPAN_COUNTS)})){{1,2}}[ \t]+{working_words(SPAN_UNITS)}(?:[ \t]+qua)?[ \t]+",
    re.IGNORECASE,
)

# How far before a citation the span's head may stand (bounds the work per citation: extraction stays linear)
HEAD_REACH = 160


def looks_back_on_carrying_out(w: str, clause_start: int, start: int) -> bool:
    """Whether the clause at *clause_start* opens with a span looked back on and the citation at *start* (its type
    word) follows it with carrying-out verbs and their fillers only between.  A line of the clause that opens with a
    capital is a sentence's head too: a date stamp or a headline above it has no end mark to close a clause ("Thứ Hai,
    ngày 17/05/2021 | 06:29⏎Sau 5 năm thực hiện Chỉ thị số 05 …", heldout34 h34-08)."""
    line = w.rfind("\n", max(clause_start, start - HEAD_REACH), start) + 1
    head = line if line > clause_start and w[line : line + 1].isupper() else clause_start
    if start - head > HEAD_REACH:
        return False  # the span and its verbs are a few words: a far head is no look back at this citation
    span = SPAN.match(w, head, start)
    return span is not None and CARRIED.match(w, span.end(), start) is not None
