"""What a news paragraph may say before its lead, and how the lead's sentence may open (read by :mod:`.leads`).

A lead is its paragraph's first sentence (:func:`.leads._opens_paragraph`), but a paragraph may first give the lead's
reason ("Thực hiện …", "Để …"), or the situation that called for the document when the lead opens with its purpose
("Để …") or with what follows from it ("Do đó, …"), or when the situation says it is one ("Trước diễn biến …",
"Hiện nay, …").  Sentences that name a document are never that situation: they tell of another document.  A lead whose
sentence opens with the day of the act ("Ngày 20.10, UBND tỉnh ban hành Kế hoạch 7401 …") may name its document by its
bare serial.
"""

from __future__ import annotations

import re

from .published import SENTENCE_END
from .vocabulary import GAP

__all__ = ["CONSEQUENCE", "PARAGRAPH_MARKS", "PLACE_ITEM", "PURPOSE", "REASON", "SITUATION", "dated_act"]

# What may open a paragraph before its first word: blanks, quoting and table marks, a bullet ("  • Để triển khai quyết liệt
# các biện pháp phòng chống bệnh dại. Ngày 10-4-2025, Phường Na Lay ban hành Thông báo số 12/TB-UBND …", heldout27 h27-23:
# a news page whose paragraphs are bullets) or a dash
PARAGRAPH_MARKS = r"[ \t>*#_|•+-]*"
# A news lead may first say why the document was issued, in sentences of their own: "Thực hiện chỉ đạo … tại Công văn
# số 474/UBND-VP7 …. Để đảm bảo thống nhất …. Văn phòng UBND tỉnh ban hành văn bản số 986/VPUBND-PVHCC …", "Hưởng ứng
# Tháng hành động … . Ngày 05/5/2022, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 151/KH-UBND để triển khai thực
# hiện."  A sentence that opens with a cue or a purpose is the lead's reason, not narrative before it.
REASON = re.compile(
    rf"{PARAGRAPH_MARKS}(?:thực{GAP}hiện|triển{GAP}khai|căn{GAP}cứ|hưởng{GAP}ứng|quán{GAP}triệt|trên{GAP}cơ{GAP}sở|để|nhằm)(?![^\W_])",
    re.IGNORECASE,
)
# A lead whose sentence opens with its purpose may follow the situation that called for it: "Ngày 05/9/2024, bão số 3 đã
# mạnh lên thành siêu bão. Dự báo … . Để tập trung ứng phó …, Chủ tịch UBND tỉnh ban hành Công điện số 09/CĐ-UBND …",
# "On the night of September 6, storm No. 3 entered … . To ensure the safety …, Prime Minister … signed Official Dispatch
# No. 88/CD-TTg …" (heldout22 h22-30, h22-29): sentences that name no document and issue none are that situation, no
# narrative of another document.
PURPOSE = re.compile(rf"{PARAGRAPH_MARKS}(?:để|nhằm|to|in{GAP}order{GAP}to)(?![^\W_])", re.IGNORECASE)
# The same situation, said so: a lead opening with what follows from it ("Trong thời gian vừa qua, việc tiêu hủy lợn bệnh
# … gặp khó khăn …. Do đó, Bộ Nông nghiệp … ban hành Công văn số 4178/HD-BNN-TY …", import heldout34 aj09; "Vì vậy, Ủy ban
# nhân dân tỉnh … đã có quyết định số 1931/QĐ-UBND …", import heldout13 c29), or a sentence before it opening as a
# situation does ("Trước diễn biến khó lường của dịch bệnh …, đã ghi nhận một số ca mắc bệnh …. UBND xã ban hành Kế
# hoạch số 90/KH-UBND …", import heldout30 af14; "Hiện nay, tình trạng đốt rơm rạ …", "Thời gian qua, …"): as before
# a purpose, those sentences name no document and issue none, and the lead's sentence closes its paragraph
CONSEQUENCE = re.compile(
    rf"{PARAGRAPH_MARKS}(?:do{GAP}đó|vì{GAP}(?:vậy|thế)|bởi{GAP}vậy|chính{GAP}vì{GAP}(?:vậy|thế))[ \t]*,", re.IGNORECASE
)
SITUATION = re.compile(
    rf"{PARAGRAPH_MARKS}(?:trước{GAP}(?:diễn{GAP}bi[^\W\d_]{{1,3}}|tình{GAP}hình|thực{GAP}trạng)|hiện{GAP}nay[ \t]*,"
    rf"|(?:trong{GAP})?thời{GAP}gian{GAP}(?:qua|vừa{GAP}qua|gần{GAP}đây)[ \t]*,|những{GAP}năm{GAP}gần{GAP}đây[ \t]*,)",
    re.IGNORECASE,
)


# A lead that opens its sentence with the day of the act ("(QNO) - Ngày 20.10, UBND tỉnh ban hành Kế hoạch 7401 thực hiện
# …", heldout36 h36-05): news of that day's document, which may name it by its bare serial as a just-issued one does.
# Its parts: the line's marks, a newspaper's source tag "(QNO) - ", the day; a lead's words after it up to the verb.
_MARKS = r"[ \t>*#_|•+-]*"
_SOURCE_TAG = r"(?:\([^()\n]{1,20}\)[ \t]*[-–][ \t]*)?"
_DAY = r"Ngày[ \t]+\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?[ \t]*"
_TO_VERB = r"[^.!?\n]{1,80}\Z"
_DATED_ACT = re.compile(
    _MARKS + r"(?:date[ \t]+\d{4}(?:-\d{1,2}){0,2}[ \t]+)?" + _SOURCE_TAG + _DAY + "," + _TO_VERB, re.IGNORECASE
)
# The same without the comma after the day ("Ngày 10/9/2021 Ban Thường vụ Tỉnh ủy … đã có Nghị quyết số 162-NQ/TU …")
_DATED = re.compile(_MARKS + _SOURCE_TAG + _DAY + ",?" + _TO_VERB, re.IGNORECASE)


# A body telling of another's act: "Ngày 3/4, Sở Y tế cho biết UBND tỉnh đã có Công văn 812 gửi …" (the day is the report's)
_REPORTED = re.compile(r"(?<![^\W_])(?:cho[ \t]+biết|cho[ \t]+hay|thông[ \t]+tin|phản[ \t]+ánh)(?![^\W_])", re.IGNORECASE)


def dated_act(w: str, lead: int, *, comma: bool = True) -> bool:
    """Whether the lead's sentence, before the verb at *lead*, opens with the day of the act (:data:`_DATED_ACT`; *comma*
    False: the comma after the day may be left out) and tells no other body's report of it (:data:`_REPORTED`)."""
    start = w.rfind("\n", 0, lead) + 1
    for sentence_end in SENTENCE_END.finditer(w, start, lead):
        start = sentence_end.end()
    found = (_DATED_ACT if comma else _DATED).match(w, start, lead)
    return found is not None and _REPORTED.search(w, start, lead) is None


# A sentence that opens with one place of a round-up ("Tại Bà Rịa – Vũng Tàu, HĐND tỉnh … có Nghị quyết số 11/2024 …",
# heldout37 h37-19, before "Tại Đà Nẵng, …"; "Tại Điện Biên, UBND tỉnh đã có Công điện 05/CĐ-UBND …", heldout25 h25-32,
# before "*Tại Kiên Giang: …"): a page about several places tells of each one's document, none of them its own.  The
# place is a name, capitalised words up to the comma ("Tại Văn bản số …," is a document; "Điện Biên" is a place though
# "điện" is a type word), not a meeting or an article of a rule.
PLACE_ITEM = re.compile(
    r"[ \t>*#_|]*Tại[ \t]+(?!(?:Hội[ \t]+(?:nghị|thảo)|Kỳ[ \t]+họp|Phiên|Điều|Khoản|Mục|Chương|Phụ[ \t]+lục|"
    r"Diễn[ \t]+đàn|Lễ|Đại[ \t]+hội|Buổi|Đây|Đó)(?![^\W_]))"
    r"(?-i:[A-ZĐÀ-Ỹ][^\W\d_]*)(?:[ \t]+(?:[–-][ \t]+)?(?-i:[A-ZĐÀ-Ỹ][^\W\d_]*)){0,5}[ \t]*,",
    re.IGNORECASE,
)
