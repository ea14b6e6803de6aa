"""What follows a cue decides whether it governs the document it names (:mod:`.cues` holds the cues and what may
stand before them): an article quoted as a rule, a condition with "thì", a demonstrative pointing back, a review or a
study of the document, a campaign answered rather than a letter, a plural that lists the documents. Read by
:mod:`.relations` after it has found the cue."""

from __future__ import annotations

import re

from .cues import IN_SENTENCE_CUES
from .phrases import _alternation
from .vocabulary import GAP, TYPE_ALT

__all__ = [
    "ANAPHORIC_OBJECT",
    "ARTICLE_OBJECT",
    "LISTED_DOCUMENTS",
    "QUOTED_THEN",
    "RESPONSE_OBJECT",
    "REVIEWED",
    "REVIEWED_CUES",
    "REVIEWS",
    "REVIEW_OBJECT",
    "REVIEW_WORDS",
    "STUDIES",
]

# Documents listed after a plural that names them ("… tiếp tục thực hiện tốt, có hiệu quả các văn bản chỉ đạo của Trung
# ương về thực hiện Cuộc vận động … như: Thông báo số …; Kết luận số …") are the object of the verb before the plural: a
# cue inside the plural's description ("về thực hiện Cuộc vận động") describes them and governs nothing.  So the cue
# is looked for before "các văn bản" ("nhiều", "05": a list with "như:", "gồm:", "sau đây:" right before its first document).
LISTED_DOCUMENTS = re.compile(
    rf"(?<![^\W_])(?:các|những|nhiều|\d{{1,3}}){GAP}văn{GAP}bản(?![^\W_])(?:[^.;:\n]|\n(?!\n)){{0,240}}?(?<![^\W_])"
    rf"(?:như|gồm|sau{GAP}đây|sau)[ \t]*:[ \t\n]*\Z",
    re.IGNORECASE,
)
# On a page with no own number (a Q&A, an explainer), a basis cue whose object is an article of a document ("Căn cứ
# Điều 1 Nghị quyết 126/NQ-CP, Chính phủ đã họp và thông qua …", "Căn cứ khoản 2 Điều 5 Nghị định số …") quotes the
# rule an answer rests on: the page carries nothing out.  A document's own "Căn cứ khoản 3, Điều 49 Nghị quyết liên
# tịch …" (it has its own number) is a basis.
ARTICLE_OBJECT = re.compile(
    rf"{GAP}(?:vào{GAP}|theo{GAP})?(?:(?:điểm|khoản|mục){GAP}[^\W_]{{1,4}}[.,]?{GAP})*điều{GAP}\d", re.IGNORECASE
)
# "Căn cứ theo Quyết định … thì “…”", "Căn cứ khoản 6, Điều 11 Luật Khiếu nại … thì trường hợp của ông …": a
# basis clause that goes on to "thì" states a condition and its consequence, a rule quoted in an answer, not
# what the text rests on (a decision's "Căn cứ …;" never says "thì").  Looked for up to the clause's ";" or line end.
QUOTED_THEN = re.compile(r"(?<![^\W_])thì(?![^\W_])", re.IGNORECASE)
# A review of the carrying out of the cited document, right before it ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết
# số …", "sơ kết 05 năm thực hiện Nghị định số 83/2017/NĐ-CP" in a plan's title, "Trên cơ sở tổng kết 20 năm thực hiện
# Nghị quyết số 13-NQ/TW, …"): the cue describes the review, which the text reports or draws on; the reviewed document
# is its subject and is not carried out by the text, even in a title or a clause a cue governs.
REVIEWS: dict[str, str] = {
    "tổng kết": "'tổng kết 10 năm thực hiện …': the review at the end of a period",
    "sơ kết": "'sơ kết 05 năm thực hiện …': the review midway",
}
# The cues a review names, of carrying out only
REVIEWED_CUES: dict[str, str] = {cue: IN_SENTENCE_CUES[cue] for cue in ("thực hiện", "triển khai")}
# Words a review may hold between its name and the cue ("05 năm", "việc", "tình hình", "đánh giá kết quả")
REVIEW_WORDS = 5
# A clause cue whose object is what was said before: a demonstrative, alone ("Trên cơ sở đó, Thủ tướng … phê duyệt … tại
# Quyết định số 1719 …": news telling a programme's background; "Căn cứ vào đó") or after a few words naming it ("Căn cứ
# quy định nêu trên, việc đảng ủy xã A … là thực hiện không đúng … Quy định số 30": an answer's reasoning on a Q&A page;
# "Thực hiện chủ trương đó, …").  The basis is the earlier sentence, not a document the clause names after it: those are
# not governed by the cue.  The earlier rule listed four nouns before "trên/này" and missed the bare "đó" (heldout21).
# "trên" alone is no demonstrative ("Căn cứ trên Nghị quyết …" is "căn cứ vào"): only after a word.
ANAPHORIC_OBJECT = re.compile(
    rf"{GAP}(?:vào{GAP})?(?:(?:đó|này|ấy)|(?:các{GAP}|những{GAP})?[^\W\d_]+(?:{GAP}[^\W\d_]+)?"
    rf"(?:{GAP}(?:nêu|nếu|nói|đã{GAP}nêu))?{GAP}(?:ở{GAP})?(?:trên|đó|này|ấy))(?![^\W_])",
    re.IGNORECASE,
)
# "hưởng ứng" governs only the document right after it (IN_SENTENCE_CUES): "hưởng ứng Công văn số …"
RESPONSE_OBJECT = re.compile(rf"hưởng{GAP}ứng{GAP}(?:{TYPE_ALT})(?![^\W_])", re.IGNORECASE)
# A review, at most REVIEW_WORDS words and a cue right before a citation (searched in a window)
REVIEWED = re.compile(
    rf"(?<![^\W_])(?:{_alternation(REVIEWS)})(?:{GAP}\S+){{0,{REVIEW_WORDS}}}?{GAP}(?:{_alternation(REVIEWED_CUES)}){GAP}\Z",
    re.IGNORECASE,
)
# A clause cue whose object is a review or a study, not a document ("Trên cơ sở tổng kết 20 năm thực hiện Nghị quyết số
# 13-NQ/TW …, Nghị quyết số 20-NQ/TW … đã được ban hành", "Trên cơ sở kết quả tổng kết 15 năm thực hiện Chỉ thị số 32-CT/TW
# … (Chỉ thị số 32-CT/TW), đề nghị …", "Trên cơ sở tìm hiểu về các văn bản …, đặc biệt là Thông tư 02/2010/TT-TTCP"): the
# basis is that work, and the documents its clause names are what was reviewed or studied, not what the text carries out.
# REVIEWED reads the document right after the review's own cue; this, every document the clause cue would govern.
STUDIES: dict[str, str] = {
    **REVIEWS,
    "tìm hiểu": "'Trên cơ sở tìm hiểu về các văn bản …': a study of the documents",
    "nghiên cứu": "'Trên cơ sở nghiên cứu, tham mưu của …': a study",
    "rà soát": "'Thực hiện việc rà soát các dự án … theo Quyết định …': a review of cases",
    "khảo sát": "a survey",
    "đánh giá": "'Trên cơ sở đánh giá …': an assessment",
}
REVIEW_OBJECT = re.compile(
    rf"{GAP}(?:vào{GAP})?(?:(?:việc|kết{GAP}quả|báo{GAP}cáo){GAP})?(?:{_alternation(STUDIES)})(?![^\W_])", re.IGNORECASE
)
