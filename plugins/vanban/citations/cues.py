"""The words that decide a citation's relation, each with the reason a careful reader has for it.

This is the one place to read or change how "thực hiện" (implements) and "nhắc đến" (mentions)
are told apart; :mod:`.clauses` and :mod:`.relations` only apply these lists.  A citation
*implements* when the citing document carries out or rests on the cited one, and *mentions* it
otherwise.  Phrases are written in the new tone placement ("hóa"); the working copy the patterns
run on has every old placement ("hoá") turned into the new one.
"""

from __future__ import annotations

import re

__all__ = [
    "BASIS_HEADINGS",
    "BASIS_LINE",
    "CLAUSE_CUES",
    "CUE_FILLERS",
    "CUE_FILLER_WORDS",
    "DESCRIPTION_CUES",
    "GOVERNING",
    "IMPLEMENT_WORDS",
    "IN_SENTENCE_CUE",
    "IN_SENTENCE_CUES",
    "OPENER",
    "PROPOSAL_TYPES",
    "SENTENCE_CUE_BLOCKER",
    "SENTENCE_CUE_BLOCKERS",
]

# A clause that opens with one of these governs the citations in it: they implement.
CLAUSE_CUES: dict[str, str] = {
    "căn cứ": "the legal basis of a decision or plan",
    "thực hiện": "the plan or letter carries out the cited document",
    "tiếp tục thực hiện": "carries it out further",
    "triển khai": "rolls the cited document out",
    "tiếp tục triển khai": "rolls it out further",
    "thi hành": "executes a law or decree",
    "thực thi": "executes a law or decree",
    "cụ thể hóa": "makes the cited document concrete for this level",
    "nhằm thực hiện": "purpose clause: carries it out",
    "nhằm triển khai": "purpose clause: rolls it out",
    "nhằm cụ thể hóa": "purpose clause: makes it concrete",
    "để thực hiện": "purpose clause: carries it out",
    "để triển khai": "purpose clause: rolls it out",
    "để cụ thể hóa": "purpose clause: makes it concrete",
    "trên cơ sở": "'on the basis of' a higher plan: a basis like 'căn cứ'",
}
# Not a cue: "quán triệt" (studying a resolution) heads task items far more often than it says
# what the document carries out ("Tiếp tục quán triệt Nghị quyết số 57-NQ/TW đến cán bộ, đảng
# viên" is a task); "quán triệt và thực hiện" is caught by "thực hiện".

# The same verbs inside a sentence ("Trong những năm qua, quán triệt và thực hiện Kết luận số
# 100-KL/TW…, Kế hoạch số 25-KH/TU…"; "Ban Thường vụ Đảng ủy đã triển khai các văn bản: …") govern
# the citations that follow them in that sentence, as long as the verb is not itself part of a
# description ("về Đề án tổng kết 10 năm thực hiện Nghị quyết…": see SENTENCE_CUE_BLOCKERS).
IN_SENTENCE_CUES: dict[str, str] = {
    "thực hiện": "carrying out, reported in the sentence",
    "triển khai": "rolling out, reported in the sentence",
    "cụ thể hóa": "making it concrete",
    "căn cứ": "a basis named mid-sentence ('… căn cứ Hướng dẫn số …')",
    "trên cơ sở": "a basis named mid-sentence",
}

# Before an in-sentence cue, its sentence part (after the last ",", ";" or ":") may hold only a
# subject (capitalised words, "Ban Thường vụ Đảng ủy"), other cues and these words: then the body
# is reporting what it carries out.  Any other word ("Chủ trì, phối hợp triển khai thực hiện
# Chương trình…": a task given to a unit; "Sau 10 năm thực hiện…") leaves the citation a mention.
CUE_FILLERS: dict[str, str] = {
    "và": "joins two cues: 'quán triệt và thực hiện'",
    "đã": "past tense: the body reports what it did",
    "vừa": "recent past",
    "mới": "recent past",
    "đang": "ongoing",
    "tiếp tục": "continues",
    "tốt": "'thực hiện tốt'",
    "nghiêm túc": "'quán triệt nghiêm túc'",
    "quán triệt": "'quán triệt và thực hiện': studying, then the cue",
    "có hiệu quả": "'triển khai có hiệu quả'",
}

# Between the start of its sentence part (after the last ",", ";" or ":") and an in-sentence cue,
# these words (or a type word: "Ban hành Kế hoạch thực hiện Nghị quyết…") mean the cue describes something else: "về Đề án … thực hiện Nghị quyết" (the
# project implements it, not this document), "của Ban … thực hiện", "Tờ trình … thực hiện".
SENTENCE_CUE_BLOCKERS: dict[str, str] = {
    "về": "a subject description: the cue belongs to what is described",
    "của": "an issuer phrase: the cue belongs to another body's action",
    "đề án": "a project named without number: its description, not this document",
    "tờ trình": "a proposal's description",
    "đề nghị": "a request, not a basis",
    "chỉ đạo": "what another body directed",
}

# Words in a citation's description that make the edge between two cited documents "implements"
# ("Kế hoạch số 166-KH/TU … thực hiện Nghị quyết số 52-NQ/TW": 166 implements 52).
DESCRIPTION_CUES: dict[str, str] = {
    "thực hiện": "the described document carries out the nested one",
    "triển khai": "rolls it out",
    "quán triệt": "studies and carries it out",
    "tuyên truyền": "propagates it (a plan to propagate a resolution carries it out)",
    "cụ thể hóa": "makes it concrete",
    "thi hành": "executes it",
    "học tập": "studies it (Party study plans carry the resolution out)",
}

# A heading whose words start with one of these opens a list of bases: every citation under it,
# numbered or not, implements, until the next heading.  Written as the heading is, in capitals
# ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "CƠ SỞ PHÁP LÝ"); a heading broken over two lines is one heading.
BASIS_HEADINGS: dict[str, str] = {
    "CĂN CỨ": "'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'CĂN CỨ PHÁP LÝ': the list of bases",
    "CƠ SỞ": "'CƠ SỞ XÂY DỰNG KẾ HOẠCH', 'CƠ SỞ PHÁP LÝ': the same list under another name",
}
# The same in sentence case on a short line of its own: "Căn cứ:", "Cơ sở pháp lý:".
BASIS_LINE = re.compile(r"(?:Căn cứ|Cơ sở(?: pháp lý| xây dựng[^:\n]{0,30})?)[ \t]*:[ \t]*$", re.IGNORECASE)

# Types whose documents ask for a decision or report on one: never the basis of what they led to
# ("Theo đề nghị của Sở … tại Tờ trình số 92/TTr-SLĐTBXH" is a mention, even in the preamble).
PROPOSAL_TYPES: dict[str, str] = {
    "Tờ trình": "a proposal submitted for this decision",
    "Báo cáo": "a report submitted with the proposal ('… và Báo cáo số 332/BC-STC')",
    "Biên bản": "minutes: a record, not a basis",
}


def _alternation(phrases: dict[str, str]) -> str:
    """The phrases as one alternation, longest first, blanks matching any run of blanks."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(re.escape, phrase.split(" "))) for phrase in ordered)


GOVERNING = re.compile(rf"(?:{_alternation(CLAUSE_CUES)})(?![^\W_])", re.IGNORECASE)
# What starts a clause even after a line without end punctuation.
OPENER = re.compile(rf"(?:{GOVERNING.pattern}|(?:Theo|Xét)(?![^\W_])|Điều[ \t]+\d|Kính[ \t]+gửi)", re.IGNORECASE)
IN_SENTENCE_CUE = re.compile(rf"(?<![^\W_])(?:{_alternation(IN_SENTENCE_CUES)})(?![^\W_])", re.IGNORECASE)
SENTENCE_CUE_BLOCKER = re.compile(rf"(?<![^\W_])(?:{_alternation(SENTENCE_CUE_BLOCKERS)})(?![^\W_])", re.IGNORECASE)
IMPLEMENT_WORDS = tuple(DESCRIPTION_CUES)
# Single words that may stand before an in-sentence cue (fillers and the cues' own words)
CUE_FILLER_WORDS = frozenset(word for phrase in [*CUE_FILLERS, *IN_SENTENCE_CUES] for word in phrase.split(" "))
