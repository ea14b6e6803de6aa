"""The words that decide a citation's relation, each with the reason a careful reader has for it.

This is the one place to read or change how "thực hiện" (implements) and "nhắc đến" (mentions)
are told apart: the cues and what may stand before them here, what must follow a cue for it to govern
a document in :mod:`.cue_objects` (the heading words, "CĂN CỨ", "MỤC ĐÍCH", are in :mod:`.headings`);
:mod:`.clauses` and :mod:`.relations` only apply these lists.  A citation
*implements* when the citing document carries out or rests on the cited one, and *mentions* it
otherwise.  Phrases are written in the new tone placement ("hóa"); the working copy the patterns
run on has every old placement ("hoá") turned into the new one.
"""

from __future__ import annotations

import re

from .phrases import _alternation, whole_words
from .vocabulary import GAP, TYPE_ALT

__all__ = [
    "AMENDING",
    "AMENDING_VERBS",
    "CAPITALISED_CUE",
    "CLAUSE_CUES",
    "CONTINUING",
    "CUE_BEFORE_ACCORDING",
    "CUE_FILLERS",
    "CUE_FILLER_WORDS",
    "CUE_REACH",
    "DESCRIPTION_CUES",
    "GOVERNING",
    "IMPLEMENT_WORDS",
    "IN_SENTENCE_CUE",
    "IN_SENTENCE_CUES",
    "MISSPELT_CUES",
    "MISSPELT_FOLLOWERS",
    "NAME_WORDS",
    "ON_ISSUE",
    "ON_ISSUE_CUE",
    "ON_ISSUE_REACH",
    "OPENER",
    "PERSON_OPENER",
    "PERSON_WORDS",
    "PLAIN_PATTERNS",
    "PLAN_PURPOSE",
    "PURPOSE",
    "PURPOSE_FILLERS",
    "PURPOSE_FILLER_WORDS",
    "PURPOSE_OPENERS",
    "REPORTED_CUES",
    "SENTENCE_CUE_BLOCKER",
    "SENTENCE_CUE_BLOCKERS",
    "STUDY_DONE",
    "STUDY_FILLERS",
    "STUDY_OPENER",
    "STUDY_REACH",
    "SUBJECT_CUE_FILLERS",
    "SUBJECT_FILLER_WORDS",
    "TIME_FILLERS",
    "whole_words",
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
    "tiếp nhận": "a body receiving a higher document and answering it ('Tiếp nhận Chỉ thị số 03/CT-TTG …, UBND tỉnh vừa "
    "có Công văn … chỉ đạo …', heldout36 h36-39; 'Tiếp nhận Thông tư số 28/2020/TT-BGDĐT …', heldout14 h14-41)",
    "pursuant": "a portal's English copy or a machine translation: 'Pursuant to Decree No. …' is 'Căn cứ Nghị định số …'",
    "căn vào": "a PDF copy that lost 'cứ' of 'Căn cứ vào' ('Căn vào Luật Doanh nghiệp số 60/2005/QH11'): no other reading",
    "thc hin": "a PDF copy that lost every letter with a mark ('Thc hin Ngh quyt s 33-NQ/TW …' for 'Thực hiện Nghị "
    "quyết số …'): no Vietnamese word is written so",
    "thuc hin": "the same copies when a font kept a vowel's base letter ('Thuc hin Cng vn s 1025/…')",
    "căn c": "the same copies' 'Căn cứ' ('Căn c Ngh nh s 17/2008/N -CP …'), 'cứ' cut to its first letter: no other reading",
    "cn c": "the same copies when the font lost 'ă' too ('Cn c Ngh nh s 94/2016/N-CP …', heldout29 h29-39): no other reading",
    "in implementing": "the same copies' 'Thực hiện …': 'In implementing Decision 387/QD-TTg …, the district has issued …'",
    "implementing": "the same, without 'In': 'Implementing Plan No. 12/KH-UBND …'",
}
# Not a cue: "quán triệt" (studying a resolution) heads task items far more often than it says
# what the document carries out ("Tiếp tục quán triệt Nghị quyết số 57-NQ/TW đến cán bộ, đảng
# viên" is a task); "quán triệt và thực hiện" is caught by "thực hiện".

# Clause cues real copies type with the wrong marks at a clause's head, and what must follow such a misspelling for it
# to be read as the cue (:mod:`.misspelt`; same letters, other marks: "Cần cứ", "Đề"): the words after leave no
# other reading, so a real word with these letters ("cần cù", diligent; "Đề nghị", "Đề án") stays as written.
MISSPELT_CUES: dict[str, str] = {
    "căn cứ": "'Cần cứ Nghị quyết số 1206/2016/NQ-UBTVQH13 …' in a preamble: the basis cue before a document",
    "để": "'Đề thực hiện có hiệu quả công văn 290 …': the purpose opener before a cue",
}
# Within its line, after the blank that follows the misspelling
MISSPELT_FOLLOWERS: dict[str, str] = {
    "căn cứ": rf"(?i:(?:vào|theo)[ \t]+)?(?i:{TYPE_ALT})(?![^\W_])",
    "để": r"(?:thực[ \t]+hiện|triển[ \t]+khai|cụ[ \t]+thể[ \t]+hóa)(?![^\W_])",
}

# The same verbs inside a sentence ("Trong những năm qua, quán triệt và thực hiện Kết luận số
# 100-KL/TW…, Kế hoạch số 25-KH/TU…"; "Ban Thường vụ Đảng ủy đã triển khai các văn bản: …") govern
# the citations that follow them in that sentence, as long as the verb is not itself part of a
# description ("về Đề án tổng kết 10 năm thực hiện Nghị quyết…": see SENTENCE_CUE_BLOCKERS).
IN_SENTENCE_CUES: dict[str, str] = {
    "thực hiện": "carrying out, reported in the sentence",
    "triển khai": "rolling out, reported in the sentence",
    "cụ thể hóa": "making it concrete",
    "implementation of": "an English copy's 'thực hiện': only a directive verb hands it down ('… are requested to "
    "effectively direct the implementation of Government Resolution No. 92/NQ-CP …')",
    "implement": "the same as a verb ('… requested Ministers … to thoroughly grasp and effectively implement …')",
    "căn cứ": "a basis named mid-sentence ('… căn cứ Hướng dẫn số …')",
    "trên cơ sở": "a basis named mid-sentence",
    "hưởng ứng": "answering a letter's call carries it out ('… chỉ đạo triển khai Chương trình …, hưởng ứng Công văn số "
    "794/TƯHCTĐ-CTXH …'): only right before the document (RESPONSE_OBJECT); before a campaign or a day ('hưởng ứng "
    "Tuần lễ Quốc gia … tại Công văn số …') it governs nothing and leaves an earlier cue in force",
}

# An in-sentence cue (or a directive verb before it) is looked for this far before the clause's first citation at most.
CUE_REACH = 300

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

# After a subject (a capitalised word earlier in the sentence part) these may stand before an in-sentence cue too: "Đảng
# bộ xã Bình Xa lãnh đạo và tổ chức thực hiện Chỉ thị số 35", "1. Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc Chỉ
# thị số 55-CT/TW".  With none they are nouns of a list ("đoàn giám sát việc lãnh đạo, chỉ đạo, tổ chức thực hiện Chỉ thị
# …": the part after the comma is "tổ chức" alone), and the cue is no body's action.
SUBJECT_CUE_FILLERS: dict[str, str] = {
    "tổ chức": "'tổ chức thực hiện': the body organises the carrying out",
    "lãnh đạo": "'lãnh đạo và tổ chức thực hiện': a Party body leads the carrying out",
    "sâu sắc": "'Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc Chỉ thị …' (as in STUDY_FILLERS)",
}

SUBJECT_FILLER_WORDS = frozenset(word for phrase in SUBJECT_CUE_FILLERS for word in phrase.split(" "))

# Lower-case words that go on with a body's name before an in-sentence cue, one after another after a capitalised word
# (whose next word is part of its name anyway): "Đảng bộ xã Bình Xa lãnh đạo và tổ chức thực hiện Chỉ thị số 35", "Ủy
# ban nhân dân tỉnh Quảng Nam đã triển khai …": the body reports what it carries out.  A thing's name ("Số lượng Phó Chủ
# tịch UBND cấp tỉnh thực hiện theo quy định …") breaks the run at "cấp", which is no body's word.
NAME_WORDS = frozenset(
    word
    for phrase in ("ban", "nhân dân", "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "thành phố", "bộ", "ủy")
    for word in phrase.split(" ")
)

# A cue right after "tiếp tục" ("Năm học 2007 - 2008, giáo dục mầm non tiếp tục triển khai các Quyết định …: Quyết định
# số …") continues what its subject already carries out, whatever the subject (a sector in lower case too): the
# document's own programme or a body's own work, as "Tiếp tục thực hiện …" heading a clause (CLAUSE_CUES).  Blockers and
# type words before it still describe something else; a meeting's report still narrates.  ("tiếp tục triển khai thực
# hiện": another cue may stand between; compiled below as CONTINUING.)

# A time phrase before the cue is the body looking back on its own work: "Sau 10 năm thực hiện Nghị
# quyết 13-NQ/TU…", "Qua 5 năm triển khai…", "Trong những năm qua, quán triệt và thực hiện…".
# (Numbers are fillers too.)  A description is still caught first: "tổng kết 10 năm thực hiện…".
TIME_FILLERS: dict[str, str] = {
    "sau": "'Sau 10 năm thực hiện': the body reports carrying it out",
    "qua": "'Qua 5 năm triển khai'",
    "hơn": "'Hơn 3 năm thực hiện'",
    "gần": "'Gần 5 năm thực hiện'",
    "trong": "'Trong những năm qua'",
    "những": "'Trong những năm qua'",
    "năm": "'10 năm thực hiện'",
    "tháng": "'6 tháng thực hiện'",
    "thời gian": "'thời gian qua'",
    "quá trình": "'Quá trình thực hiện'",
    "là năm thứ": "'Năm 2019 là năm thứ 3 thực hiện Nghị quyết 21/NQ-TW …': the year counted in its carrying out (rule C)",
    "đầu tiên": "'Năm 2022 là năm đầu (tiên) thực hiện Nghị quyết …' (rule C)",
    "cuối": "'Năm 2025 là năm cuối thực hiện Kế hoạch …' (rule C)",
    "một hai ba bốn sáu bảy tám chín mười": "the count in words: 'sau hai tháng triển khai Quyết định số …' (rule C)",
}

# ACCORDING implements only in a clause that states what the document itself is for: opened by a
# purpose ("Để xây dựng kế hoạch … theo Chỉ thị số 12/CT-TTg, UBND tỉnh yêu cầu …").  A rule in the
# body ("Thể thức văn bản thực hiện theo Hướng dẫn 36-HD/VPTW") only points to where a detail is settled.
PURPOSE_OPENERS: dict[str, str] = {
    "để": "the document's purpose: 'Để xây dựng kế hoạch … theo Chỉ thị …'",
    "nhằm": "the same: 'Nhằm … theo Nghị quyết …'",
}

# A purpose clause whose verb is a cue, with only these words between "Để"/"Nhằm" and the cue, states
# what the document carries out: "Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ … nêu tại
# Kết luận số 121-KL/TW …, Bộ Chính trị yêu cầu …".  Any other word ("Để đánh giá tình hình thực hiện …":
# a report on it) leaves the citation a mention.
PURPOSE_FILLERS: dict[str, str] = {
    "bảo đảm": "'Để bảo đảm thực hiện …': the purpose is carrying it out",
    "đảm bảo": "the same, the other spelling",
    "kịp thời": "'Để kịp thời triển khai …'",
    "tổ chức": "'Nhằm tổ chức thực hiện …'",
    "góp phần": "'Nhằm góp phần thực hiện …'",
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

# A person named before an in-sentence cue is its subject like a body's name: "Tại buổi Hội nghị, bà
# Phan Hoàng Oanh - Phó Chủ tịch UBND phường triển khai Kế hoạch số 200/KH-UBND …".  These words (and a
# dash before the person's title) may stand in the subject besides capitalised words.
PERSON_WORDS: dict[str, str] = {
    "ông": "'ông Nguyễn Văn A'",
    "bà": "'bà Phan Hoàng Oanh'",
    "đồng chí": "'đồng chí Lê Văn B, Bí thư …'",
    "đ/c": "'đ/c Lê Văn B'",
    "-": "'bà A - Phó Chủ tịch UBND phường': the person's title follows",
}

# A clause that opens with a person and a capitalised name ("Đồng chí Lê Thị N., Bí thư Huyện ủy triển khai
# Chỉ thị số 35 của Bộ Chính trị"): on a page with no own number, a report of what that person did at an
# event, so an in-sentence cue after it narrates (only a directive verb still hands a document down).
PERSON_OPENER = re.compile(
    rf"[ \t>*#_|•+-]*(?:{GAP.join(['đồng', 'chí'])}|đ/c|ông|bà)[ \t]+", re.IGNORECASE
)

# "Quán triệt" heading a clause whose sentence goes on, after its documents and a comma, to a body that did something
# ("Quán triệt sâu sắc chủ trương Nghị quyết số 57-NQ/TW, các địa phương đã xây dựng …") opens like "Thực hiện …,
# Tỉnh ủy đã …": the documents are what the body carries out.  Only these words between it and the first document
# (STUDY_FILLERS), and the body's past or present action after a comma (STUDY_DONE); a task item ("Tiếp tục quán
# triệt Nghị quyết … đến cán bộ") has neither.  The body's name may run to ten words ("…, Đảng ủy Công an tỉnh Hải
# Dương đã khẩn trương … triển khai", "…, Ban Thường vụ Đảng ủy Khối … đã"): six cut a provincial body off its "đã".
STUDY_OPENER = re.compile(r"[ \t>*#_|•+-]*Quán[ \t]+triệt(?![^\W_])", re.IGNORECASE)
STUDY_FILLERS = frozenset(["sâu", "sắc", "đầy", "đủ", "nghiêm", "túc", "kịp", "thời", "chủ", "trương", "tinh", "thần", "nội", "dung", "các", "và", "thực", "hiện"])
STUDY_DONE = re.compile(r",[ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,10}?(?:đã|đang|vừa)(?![^\W_])")
# How far after the first document STUDY_DONE is looked for, within the sentence
STUDY_REACH = 400

# A news report that a body studied documents names what it carries out: "Hội nghị đã quán triệt các
# văn bản như: Kế hoạch số 10/KH-MTTQ-BTT …; Kế hoạch số 8/KH-MTTQ-BTT …".  Only in the past tense:
# "quán triệt" alone heads task items ("Tiếp tục quán triệt Nghị quyết … đến cán bộ": see CLAUSE_CUES).
REPORTED_CUES: dict[str, str] = {
    "đã quán triệt": "the body reports having studied the documents it carries out",
    "vừa quán triệt": "the same, just done",
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

# A sentence that opens with a time clause naming a document's issuing ("Ngay sau khi Bộ Chính trị ban hành Chỉ thị 05
# …, Thường trực Trung ương Hội … đã quán triệt và triển khai …"; "Ngay khi Chỉ thị số 18-CT/TW … được ban hành, Ban
# Thường vụ Tỉnh ủy tập trung lãnh đạo … thực hiện …") reports what a body did with it once it was out: its main clause's
# cue (ON_ISSUE_CUE, before any "ban hành" or document of its own, within ON_ISSUE_REACH) makes the document one it carries
# out (:mod:`.aftermath`).
ON_ISSUE = re.compile(r"[ \t>*#_|•+-]*(?:Ngay[ \t]+(?:sau[ \t]+)?|Sau[ \t]+)khi(?![^\W_])", re.IGNORECASE)
ON_ISSUE_CUE = re.compile(whole_words([*IN_SENTENCE_CUES, "quán triệt"]))
ON_ISSUE_REACH = 400

# A verb that changes the cited document, right before it: the document amends, replaces or
# repeals it and does not carry it out, even in its own title ("Sửa đổi, bổ sung một số điều của
# Thông tư số 15/2011/TT-BTTTT", "thay thế Quyết định số 1090/QĐ-UBND", "bãi bỏ Quyết định số …").
AMENDING_VERBS: dict[str, str] = {
    "sửa đổi": "amends it",
    "bổ sung": "adds to it ('sửa đổi, bổ sung')",
    "thay thế": "replaces it",
    "bãi bỏ": "repeals it",
    "hủy bỏ": "annuls it",
    "đính chính": "corrects it",
    # an English copy's (heldout23 h23-42: "Circular No. 39/2018/TT-BTC … on amendments to Circular No. 38/2015/TT-BTC")
    "amendments to": "an English copy's 'sửa đổi, bổ sung'",
    "amending": "the same",
    "replacing": "an English copy's 'thay thế'",
}



GOVERNING = re.compile(rf"(?:{_alternation(CLAUSE_CUES)})(?![^\W_])", re.IGNORECASE)
# What starts a clause even after a line without end punctuation ("Quán triệt …, Đảng ủy … đã …" under a counter line, STUDY_OPENER).
OPENER = re.compile(
    rf"(?:{GOVERNING.pattern}|(?:Theo|Xét|Quán[ \t]+triệt)(?![^\W_])|Điều[ \t]+\d|Kính[ \t]+gửi)", re.IGNORECASE
)
IN_SENTENCE_CUE = re.compile(whole_words({**IN_SENTENCE_CUES, **REPORTED_CUES}))
CONTINUING = re.compile(
    rf"(?<![^\W_])tiếp{GAP}tục(?:{GAP}(?:{_alternation(IN_SENTENCE_CUES)}))?[ \t]*\Z", re.IGNORECASE
)
SENTENCE_CUE_BLOCKER = re.compile(whole_words(SENTENCE_CUE_BLOCKERS))
IMPLEMENT_WORDS = tuple(DESCRIPTION_CUES)
# Single words that may stand before an in-sentence cue (fillers and the cues' own words)
CUE_FILLER_WORDS = frozenset(
    word for phrase in [*CUE_FILLERS, *IN_SENTENCE_CUES, *TIME_FILLERS, *PERSON_WORDS] for word in phrase.split(" ")
)
PURPOSE = re.compile(rf"(?:{_alternation(PURPOSE_OPENERS)})(?![^\W_])", re.IGNORECASE)
# The plan a page retells, named as the subject of its own purpose: "Kế hoạch nhằm tổ chức triển khai có hiệu quả nhiệm
# vụ … tại Nghị quyết số 27-NQ/TW …" (heldout25 h25-21), "Mục đích của Kế hoạch nhằm tổ chức triển khai … theo Quyết định
# số 26/2025/QĐ-TTg" (heldout27 h27-31): the purpose is the plan's own, read as "Nhằm …" heading the clause (the README's
# rule B: "theo" completing a carrying-out verb of the text's purpose).  Only the type word, "này", "là" and "Mục đích
# (của)" before the opener: "Kế hoạch liên tịch được ký kết nhằm cụ thể hóa Nghị quyết 57" tells of a signing.
PLAN_PURPOSE = re.compile(
    rf"[ \t>*#_|•+-]*(?:mục{GAP}đích(?:{GAP}của)?{GAP})?(?:{TYPE_ALT})(?:{GAP}này)?(?:{GAP}là)?{GAP}"
    rf"(?=(?:{_alternation(PURPOSE_OPENERS)})(?![^\W_]))",
    re.IGNORECASE,
)
# Single words that may stand between a purpose opener and its cue (PURPOSE_FILLERS and cue fillers)
PURPOSE_FILLER_WORDS = frozenset(word for phrase in [*PURPOSE_FILLERS, *CUE_FILLERS] for word in phrase.split(" "))
AMENDING = re.compile(whole_words(AMENDING_VERBS))
# A capitalised clause cue after a blank or glued to a digit (clauses.CAPITAL_CUE: "… BỘ TRƯỞNG Căn cứ Nghị định …",
# "date 2023-10 Thực hiện Quyết định …", a title glued to its first sentence "… Quý IV năm 2022Thực hiện Hướng dẫn …")
CAPITALISED_CUE = re.compile(
    whole_words([cue[0].upper() + cue[1:] for cue in CLAUSE_CUES], ignore_case=False, after_blank=True)
)
# The same patterns written plainly: what the fast ones must match (the tests compare them)
PLAIN_PATTERNS: dict[str, re.Pattern[str]] = {
    "IN_SENTENCE_CUE": re.compile(
        rf"(?<![^\W_])(?:{_alternation({**IN_SENTENCE_CUES, **REPORTED_CUES})})(?![^\W_])", re.IGNORECASE
    ),
    "SENTENCE_CUE_BLOCKER": re.compile(
        rf"(?<![^\W_])(?:{_alternation(SENTENCE_CUE_BLOCKERS)})(?![^\W_])", re.IGNORECASE
    ),
    "AMENDING": re.compile(rf"(?<![^\W_])(?:{_alternation(AMENDING_VERBS)})(?![^\W_])", re.IGNORECASE),
    "CUE_BEFORE_ACCORDING": re.compile(rf"(?<![^\W_])(?:{_alternation(CLAUSE_CUES)})(?![^\W_])", re.IGNORECASE),
    "CAPITALISED_CUE": re.compile(
        rf"(?<=[ \t\d])(?:{_alternation({cue[0].upper() + cue[1:]: '' for cue in CLAUSE_CUES})})(?![^\W_])"
    ),
}
# A clause cue anywhere (the last one before "theo" is looked for: ACCORDING_WORDS)
CUE_BEFORE_ACCORDING = re.compile(whole_words(CLAUSE_CUES))
