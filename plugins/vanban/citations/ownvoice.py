"""A document's own text speaks for its issuer: a carrying-out verb right before a citation there is the issuer's work.

What a page IS decides how its sentences read.  A document's full text (its number read from its own header field or a
property table of it, or given by front matter) is written by the body that issues it, so a carrying-out verb whose
object is the cited document names what that body carries out, wherever the verb stands in the sentence: "- Truyền
thông nâng cao nhận thức … về triển khai thực hiện Chỉ thị số 28-CT/TW" under the plan's purpose (heldout33 h33-33),
"…, nhất là triển khai thực hiện Nghị quyết số 30/2008/NQ-CP" in a resolution's review (heldout25 h25-12), "Tiếp theo
các báo cáo tình hình và kết quả triển khai thực hiện Nghị quyết 30a/2008/NQ-CP" opening a report (heldout20 h20-32).
A news page or an article tells what others did with the same words (mentions unless a cue heads the clause: the
cues' rules), so the page's kind is read once, from where its number stood (:data:`FULL_TEXT_SOURCES`).

The verb is another document's description when a document named with its number earlier in its clause owns it
("Căn cứ Nghị quyết số 12/NQ-CP … của Chính phủ triển khai thực hiện Nghị quyết số 88/2019/QH14"), and a review's
subject when a review stands right before it ("báo cáo kết quả thực hiện Quyết định số …"): then the other rules read
the citation as before.  On every spent set the form, on such pages, held 105 labelled citations implements and 10
mentions, the 10 all nested in another numbered document's description (which the nesting decides before); on pages
with no own number or a news lead's, 210 implements against 108 mentions — which is why the page's kind decides.
"""

from __future__ import annotations

import re

from .phrases import whole_words
from .vocabulary import GAP, TYPE_ALT

__all__ = ["FULL_TEXT_SOURCES", "carried_out_by_issuer"]

# Where an own number stands when the page is the document's own text: its header's number field ("header"), a
# database's property table above the full text ("metadata"), an editor's front matter ("front matter").  A title, a
# lead, an attachment or a source credit name the document on a page about it (news, a listing): not its text.
FULL_TEXT_SOURCES = frozenset(["header", "metadata", "front matter"])

# The verbs that carry a document out (the README's rule A: making it known is carrying it out first)
CARRYING_VERBS: dict[str, str] = {
    "thực hiện": "carries it out",
    "triển khai": "rolls it out",
    "cụ thể hóa": "makes it concrete for this level",
    "thi hành": "executes a law or decree",
}
# Not "quán triệt" alone: a task item studying a resolution ("Các chi bộ tiếp tục quán triệt Nghị quyết số …") is no
# carrying out of it (cues.CLAUSE_CUES); "quán triệt và thực hiện" is read by "thực hiện".
# Words that may stand between the verb and the document's type word: the verb's manner and the document's parts
CARRYING_FILLERS: dict[str, str] = {
    "có hiệu quả": "'triển khai thực hiện có hiệu quả Nghị quyết …'",
    "hiệu quả": "the same without 'có'",
    "nghiêm túc": "'thực hiện nghiêm túc Chỉ thị …'",
    "nghiêm": "'thực hiện nghiêm Công điện …'",
    "tốt": "'thực hiện tốt Kết luận …'",
    "đầy đủ": "'triển khai đầy đủ …'",
    "kịp thời": "'triển khai kịp thời …'",
    "các": "'thực hiện các Nghị quyết …'",
    "nội dung": "'triển khai nội dung Kế hoạch …'",
    "của": "'thực hiện các nội dung của Chỉ thị …'",
    "và": "'quán triệt và thực hiện …'",
}
_WORDS = [*CARRYING_VERBS, *CARRYING_FILLERS]
# The verb, then fillers or other verbs only, up to the citation (read with endpos at the citation's start)
CARRIED = re.compile(
    rf"{whole_words(CARRYING_VERBS)}(?:{GAP}(?:{'|'.join(w.replace(' ', GAP) for w in _WORDS)})(?![^\W_]))*[ \t\n]*\Z",
    re.IGNORECASE,
)
# A review of the carrying out, a few words before the verb ("báo cáo để tổng hợp tình hình thực hiện Quyết định số …",
# "kiểm tra việc thực hiện Chỉ thị số …", "đánh giá kết quả triển khai …"): the carrying out is what is reviewed, a
# report's subject (the README's decision for heldout9: supervision, inspection and review are reports, mentions)
REVIEW_WORDS: dict[str, str] = {
    "tình hình": "'tổng hợp tình hình thực hiện …': the state of the carrying out, reported",
    "kết quả": "'báo cáo kết quả thực hiện …'",
    "tiến độ": "'theo dõi tiến độ thực hiện …'",
    "giám sát": "'giám sát việc thực hiện …': supervision",
    "kiểm tra": "'kiểm tra việc thực hiện …': inspection",
    "đánh giá": "'đánh giá việc triển khai …': assessment",
    "theo dõi": "'theo dõi việc thực hiện …'",
    "tổng hợp": "'tổng hợp việc thực hiện …'",
    "sơ kết": "'sơ kết 05 năm thực hiện …' (cue_objects.REVIEWS)",
    "tổng kết": "'tổng kết 10 năm thực hiện …' (cue_objects.REVIEWS)",
}
REVIEWED_BEFORE = re.compile(rf"{whole_words(REVIEW_WORDS)}(?:{GAP}[^\W\d_]+){{0,3}}?[ \t\n]*\Z", re.IGNORECASE)
# How many characters before the verb a review is looked for
REVIEW_REACH = 40
# How far before a citation its verb is looked for
CARRIED_REACH = 90
# A document named with its number ("Nghị quyết số 12/NQ-CP", "Kế hoạch 57-KH/TU", glued to a list's index "4Nghị quyết
# 139/NQ-CP"): a type word alone ("Kế hoạch năm học", "các văn bản") names no other document the verb could describe
NAMED = re.compile(rf"(?<![^\W\d_])(?:{TYPE_ALT})[ \t]*(?:số[ \t]*:?[ \t]*)?\d", re.IGNORECASE)


def carried_out_by_issuer(w: str, clause_start: int, start: int) -> bool:
    """Whether the citation at *start* (its type word) follows a carrying-out verb and its fillers only, no document is
    named between its clause's start (*clause_start*) and the verb, and no review stands right before the verb: on a
    document's own text, the issuer's work."""
    verb = CARRIED.search(w, max(clause_start, start - CARRIED_REACH), start)
    return (
        verb is not None
        and NAMED.search(w, clause_start, verb.start()) is None
        and REVIEWED_BEFORE.search(w, max(clause_start, verb.start() - REVIEW_REACH), verb.start()) is None
    )

