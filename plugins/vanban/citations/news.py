"""What a news page or a lead says: a meeting reported, a document a body issued, a page presenting its document.

Read by :mod:`.relations` (a page with no own number narrates what a body did), :mod:`.clauses` (the title a
lead gives its document) and :mod:`.identity` (the page's own number); the clause cues are in :mod:`.cues`.
"""

from __future__ import annotations

import re

from .numbers import scan_number
from .phrases import _alternation
from .vocabulary import GAP, NOT_AFTER, TYPE_ALT, type_family, type_of_word

__all__ = [
    "ANOTHER_NAMED",
    "AT_EVENT",
    "ENGLISH_LEAD",
    "EVENT_LEAD",
    "EVENT_MARKS",
    "EVENT_NOUNS",
    "EVENT_REPORT",
    "ISSUED",
    "ISSUED_REACH",
    "LEAD_CHARS",
    "LEAD_ISSUED",
    "LEAD_NAMED",
    "LEAD_PRESENTED",
    "LOOK_BACK_TITLE",
    "REPLY",
    "SPEECH",
    "SPEECH_MARKS",
    "event_report",
    "first_unnumbered",
    "same_family",
    "several_named",
]

# A news page that reports a meeting carries no document of its own: what the meeting, its
# participants or the body did there ("Tại hội nghị, các đại biểu đã được quán triệt, triển khai Chỉ
# thị số 20-CT/TW …", "Hội nghị đã quán triệt các văn bản như: Kế hoạch số …", "Sáng 23/9, Đảng bộ xã
# tổ chức Hội nghị … tổng kết Nghị quyết số 18-NQ/TW") is narrative, and a cue inside such a sentence
# makes the citation a mention (tests/fixtures/citations/real/README.md, one rule for every set).  Read
# only on a page with no own number (a report that has one looks back on its own work and implements);
# a cue heading a clause ("Thực hiện Chỉ thị số …, Tỉnh ủy đã ban hành …") still states what the body
# carries out.  A leader's request voiced there is what was said at the meeting too ("Phát biểu chỉ đạo tại Hội nghị,
# Phó Thống đốc đề nghị CIC … thực hiện Thông tư 15/2023/TT-NHNN"): no directive verb hands a document down on such a
# page (relations.clause_governs, lists.reported_item).  The page is such a report when it says one of these (EVENT_REPORT):
EVENT_NOUNS: dict[str, str] = {
    "hội nghị": "a conference: the commonest event a news page reports",
    "hội thảo": "a seminar",
    "tọa đàm": "a round-table",
    "buổi làm việc với": "a working session a leader holds with a body ('chủ trì buổi làm việc với Ban Thường vụ …')",
    "phiên họp": "a standing body's session ('Thủ tướng … chủ trì Phiên họp thứ nhất của Ban Chỉ đạo …', heldout26 h26-46)",
}
EVENT_MARKS: dict[str, str] = {
    "tại {event}": "'Tại hội nghị, …': what happened at the meeting",
    "tại buổi {event}": "'Tại buổi Hội nghị, bà … triển khai …'",
    "{event} đã": "'Hội nghị đã quán triệt …': the meeting as the subject of a past action",
    "{event} cũng": "'hội nghị cũng giới thiệu …'",
    "quang cảnh {event}": "a photo caption: only a news page has one",
    "toàn cảnh {event}": "a photo caption",
    "tham dự {event} có": "the attendance line of a news report",
    "chủ trì {event}": "'Tổng Bí thư … đã đến thăm và chủ trì buổi làm việc với …': the event's chair, reported",
    "dự và chỉ đạo {event} có": "the attendance line of a news report",
}
# A speech reported is an event too: a page with no own number that says someone spoke ("Sau Lễ chào cờ, đồng chí …
# đã phát biểu triển khai các nhiệm vụ …, như: Tập trung thực hiện hoàn thành Kế hoạch 39 …", "phát biểu chỉ đạo tại …")
# tells what was said at a ceremony or a meeting, as "Tại hội nghị, …" does; a printed speech ("toàn văn phát biểu của
# …") is no report of one.
SPEECH_MARKS: dict[str, str] = {
    "đã phát biểu": "'đồng chí … đã phát biểu …': the speech reported",
    "vừa phát biểu": "the same, just done",
    "phát biểu chỉ đạo": "'phát biểu chỉ đạo tại hội nghị': a leader's speech reported",
    "phát biểu kết luận": "the chair's closing words reported",
    "phát biểu tại": "'phát biểu tại buổi lễ': where the speech was given",
}
# A dated lead that a body held the meeting: "Ngày 3-12, Huyện ủy Định Hóa đã tổ chức Hội nghị …",
# "Chiều ngày 27/01/2026, Ban Chỉ đạo … tổ chức Hội nghị …" (a plan's task "Tổ chức hội nghị quán
# triệt …" has no date before it).
EVENT_LEAD = (
    r"(?:(?:sáng|chiều|tối|trưa)[ \t]+)?(?:ngày[ \t]*)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?,(?:[^.\n]|\n(?!\n)){0,160}?"
    r"tổ[ \t\n]+chức[ \t\n]+(?:buổi[ \t\n]+)?{event}"  # a hard wrap may break the lead's line anywhere
)

# A document a body is said to have issued ("Thực hiện Chỉ thị số 10-CT/TW …, Tỉnh ủy Lào Cai đã ban hành Kế hoạch
# số 69-KH/TU …") is reported, not carried out by the text: a mention, even in a clause a cue governs.  On a page
# with no own number (a news item, a look-back article) and, since the twelfth session, on one with its own number
# too: "Thực hiện Kế hoạch …, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành động số 34/CTr-UBND …"
# in a plan tells of the body's earlier document (the plan's own number is never a citation).
# So is a letter it says a body sent: "Thực hiện ý kiến chỉ đạo … tại văn bản số 8070/VPCP-KGVX, Ủy ban Dân tộc đã có
# văn bản số 1458/UBDT-VP135 gửi …" (the page tells of 1458, it carries out 8070).
# A numbered document a body is said to have drafted is one it issued: "Thực hiện Kế hoạch số 99-KH/ĐTN …; Đoàn xã Hòa
# Hưng đã xây dựng Kế hoạch số 31-KH/ĐTN …", "Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU …" (a plan's number is given
# once it is issued; "xây dựng kế hoạch thực hiện …" without a number names no document).
ISSUED = re.compile(
    rf"(?<![^\W_])(?:ban{GAP}hành(?:{GAP}các)?|(?:đã|vừa){GAP}có|xây{GAP}dựng(?:{GAP}các)?){GAP}\Z", re.IGNORECASE
)
# How far before a citation ISSUED is looked for
ISSUED_REACH = 24

# The same lead in a portal's English copy or a machine translation: "On September 26, the Hanoi People's Committee
# issued Plan No. 263/KH-UBND on …" (the numbers keep their Vietnamese codes): the page's document, whose title follows
# as LEAD_NAMED's does (clauses.lead_titles)
ENGLISH_LEAD = re.compile(
    rf"(?<![^\W_])(?:issued|signed|promulgated|approved){GAP}"
    # the day may stand between the verb and its object: "the Prime Minister issued on July 2 Directive No. 14/CT-TTg"
    rf"(?:on{GAP}(?:[A-Z][a-z]{{2,8}}{GAP}\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}{GAP}[A-Z][a-z]{{2,8}})(?:,?{GAP}\d{{4}})?,?{GAP})?"
    rf"(?:the{GAP}|an?{GAP})?"
    rf"(?P<type>(?:Action{GAP})?Plan|Decision|Resolution|Directive|Official{GAP}(?:Dispatch|Letter)|Document|Dispatch"
    r"|Circular|Decree|Conclusion|Notice|Instruction|Program(?:me)?|Regulation|Guidance|Telegram)"
    # "số": "No." as the working copy reads it (markers.py); a wrap anywhere.  Without the marker only right before the
    # number ("issued Official Dispatch 4858/BGDDT-GDTC …", heldout17 h17-53; then read with its code only, as
    # "đã ban hành Quyết định 2179/QĐ-UBND")
    rf"{GAP}(?:(?P<so>(?:No\.?|số)[ \t]*\n?[ \t]*)|(?=\d))"
)

# A page title that looks back over years of work ("Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động …",
# "Nhìn lại 5 năm …", "Huyện ủy sơ kết 5 năm thực hiện Chỉ thị 05"): a lead "đã ban hành Kế hoạch số …"
# under it reports the body's earlier document, not the page's own (vanban.citations.identity).  A review still to be
# held, the object of the document the lead presents ("Chuẩn bị tổng kết …", "Hướng dẫn sơ kết …", "Kế hoạch tổng kết
# …": a letter, a guidance, a plan that orders it), is no look back.
LOOK_BACK_TITLE = re.compile(
    r"(?<![^\W_])(?:\d{1,2}[ \t]+năm[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai)|nhìn[ \t]+lại"
    r"|(?<!bị[ \t])(?<!dẫn[ \t])(?<!hoạch[ \t])(?:sơ|tổng)[ \t]+kết)(?![^\W_])",
    re.IGNORECASE,
)

# A news lead that says a document was just issued, without its number: "Phó Chủ tịch UBND tỉnh vừa
# ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg …".  The page tells of that
# document, so the rest of the sentence is its title (a title's citations implement).  With a
# number ("đã ban hành Kế hoạch số 12 …") the document is named: its own number when the lead is
# the page's (vanban.citations.identity), else another document whose description nests the rest.
LEAD_ISSUED = re.compile(
    rf"(?<![^\W_])(?:đã|vừa)(?:{GAP}ký)?{GAP}ban{GAP}hành{GAP}(?:{TYPE_ALT})(?![^\W_])(?!{GAP}(?:số|\d))",
    re.IGNORECASE,
)
# With a number ("UBND huyện ban hành Kế hoạch số 12/KH-UBND về triển khai thực hiện Nghị quyết số 57-NQ/TW
# …"), the rest of the description is that document's title: the page's own document (identity reads
# it so), whose title's citations implement; were it another document, they are nested in its
# description and mentions all the same.  The title ends with the description (",", ";", ":", "(").
LEAD_NAMED = re.compile(
    rf"(?<![^\W_])ban{GAP}hành{GAP}(?:{TYPE_ALT})(?![^\W_]){GAP}số[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# The other leads that present the page's document by its number (as identity reads them): "UBND tỉnh có
# Công văn số 455/UBND-KT về …", "Thủ tướng đã có Công văn (số 73/TTg-CN) …", "Đó là chỉ đạo của UBND tỉnh …
# tại Công văn số 4079/UBND-KT ngày 19/6 về việc tiếp tục thực hiện … theo Chỉ thị số 16/CT-TTg": the
# description after the number is that document's title, as after LEAD_NAMED.
LEAD_PRESENTED = re.compile(
    rf"(?<![^\W_])(?:có{GAP}(?:{TYPE_ALT})(?![^\W_]){GAP}\(?[ \t]*"
    rf"|(?:Đó|Đây){GAP}là{GAP}(?:nội{GAP}dung|chỉ{GAP}đạo|yêu{GAP}cầu)[^.!?\n]{{0,240}}?{GAP}(?:tại|trong|của){GAP}"
    rf"(?:{TYPE_ALT})(?![^\W_]){GAP})số[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# A lead is looked for in this many characters at the start of a text
LEAD_CHARS = 900

# A reply's opening: a letter's salutation (a reply to a citizen), an answer's label on a voters' page ("TRẢ
# LỜI:"), "… trả lời ông như sau:", "Xét đơn khiếu nại của ông …".  What the reply's body says was issued is an
# earlier document: vanban.citations.identity reads no lead after it.
REPLY = re.compile(
    r"(?m)^[ \t>*#_|-]*(?:Kính[ \t]+gửi\b|Trả[ \t]+lời[ \t]*:)"
    r"|(?<![^\W_])trả[ \t]+lời(?:[ \t]+[^\W\d_]+){0,3}[ \t]+như[ \t]+sau(?![^\W_])"
    r"|(?<![^\W_])Xét(?:[ \t]+nội[ \t]+dung)?[ \t]+đơn(?![^\W_])",
    re.IGNORECASE,
)

# A news page reporting a meeting (EVENT_MARKS, EVENT_LEAD); searched once per page without own number
_EVENTS = f"(?:{_alternation(EVENT_NOUNS)})"
EVENT_REPORT = re.compile(
    "|".join(
        [GAP.join(_EVENTS if word == "{event}" else re.escape(word) for word in mark.split(" ")) for mark in EVENT_MARKS]
        + [EVENT_LEAD.replace("{event}", _EVENTS)]
    ).join([r"(?<![^\W_])(?:", r")(?![^\W_])"]),
    re.IGNORECASE,
)
EVENT_NOUN = re.compile(_EVENTS, re.IGNORECASE)
# The marks that say what happened at the meeting, said in the paragraph before a clause: "Tại Hội nghị, các đại biểu
# được nghe 9 báo cáo …. Triển khai Chỉ thị số 28/CT-UBND …; Triển khai Chỉ thị số 29/CT-UBND …" (heldout27 h27-57),
# "Tại hội nghị, lãnh đạo xã … đã quán triệt, triển khai và thông qua …; Triển khai Cuộc vận động …; Chỉ thị số 50-CT/TW
# …" (heldout19 h19-49): the clauses after it in that paragraph are the meeting's agenda told, even when one opens with a
# cue; a cue heading the paragraph ("Thực hiện Kế hoạch số …, Chi bộ … tiến hành Đại hội") is before any such mark.
AT_EVENT = re.compile(
    rf"(?<![^\W_])(?:tại(?:{GAP}buổi)?{GAP}{_EVENTS}|{_EVENTS}{GAP}(?:đã|cũng))(?![^\W_])", re.IGNORECASE
)
SPEECH = re.compile(
    "|".join(GAP.join(map(re.escape, mark.split(" "))) for mark in SPEECH_MARKS).join([r"(?<![^\W_])(?:", r")(?![^\W_])"]),
    re.IGNORECASE,
)
# How far before an event noun its mark may start (EVENT_LEAD: a date, the body's name, "tổ chức")
EVENT_REACH = 200


def event_report(w: str) -> bool:
    """Whether the working copy *w* reports a meeting (EVENT_REPORT), read only around its event nouns."""
    for noun in EVENT_NOUN.finditer(w):
        if EVENT_REPORT.search(w, max(0, noun.start() - EVENT_REACH), noun.end() + 8) is not None:
            return True
    found = w.find("biểu")  # a speech reported (SPEECH_MARKS): read only around "biểu"
    while found >= 0:
        if SPEECH.search(w, max(0, found - SPEECH_BEFORE), found + SPEECH_AFTER) is not None:
            return True
        found = w.find("biểu", found + 4)
    return False


# How far before "biểu" a speech mark starts ("vừa phát⏎biểu") and after it ends ("biểu kết luận")
SPEECH_BEFORE = 12
SPEECH_AFTER = 16


# A second document named right after a lead's number (and its date): "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số
# 25/CT-HU và Kế hoạch số 62/KH-HU về …" tells of two documents, so neither is the page's own (a news item about
# several documents has none) and the words after the first are no title of the page's document.
ANOTHER_NAMED = re.compile(
    rf"(?:[ \t]*,?[ \t]*ngày[ \t]*\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})?[ \t]*(?:,|và){GAP}(?:{TYPE_ALT})(?![^\W_]){GAP}số",
    re.IGNORECASE,
)
# … or another whole number in a row, its type word left out ("… đã ban hành Quyết định 3136/QĐ-UBND, 3137/QĐ-UBND,
# 3138/QĐ-UBND, 3139/QĐ-UBND công nhận …", heldout39 h39-21: news of four decisions at once)
_NEXT_NUMBER = re.compile(r"[ \t]*(?:,|;|và)[ \t]*(?:số[ \t]*)?(?=\d)", re.IGNORECASE)


def several_named(w: str, pos: int) -> bool:
    """Whether the document number at *pos* is followed by a second document's (:data:`ANOTHER_NAMED`, or another
    whole number in a row): the sentence tells of several documents, none of them the page's own."""
    scan = scan_number(w, pos)
    if scan is None:
        return False
    if ANOTHER_NAMED.match(w, scan.end) is not None:
        return True
    after = _NEXT_NUMBER.match(w, scan.end)
    other = scan_number(w, after.end()) if after is not None else None
    return scan.structured and other is not None and other.structured


# A page whose first sentence presents a document without its number ("Văn phòng Chính phủ đã có Thông cáo báo chí
# chỉ đạo, điều hành … ngày 11/4/2025.", "UBND tỉnh vừa ban hành Chỉ thị về …") is about that document: a later lead
# that a body issued a document of another type ("Chính phủ vừa ban hành Nghị định số 85/2025/NĐ-CP …") tells one
# item of it, not the page's own number (vanban.citations.identity).  The same type ("vừa ban hành Kế hoạch thực hiện
# …" in a headline, then "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND") is the same document, numbered further down.
UNNUMBERED_LEAD = re.compile(
    rf"(?<![^\W_])(?:đã|vừa)(?:{GAP}ký)?{GAP}(?:ban{GAP}hành|có){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}"
    rf"(?!{GAP}(?:số|khẩn|\d)|[ \t]*\()",
    re.IGNORECASE,
)
# A first line without a sentence end, at most this long, is a headline: the lead is the next line
HEADLINE_CHARS = 200
_FIRST_SENTENCE_END = re.compile(r"[.!?…](?=[ \t]|$)|\n", re.MULTILINE)


def first_unnumbered(w: str, before: int | None = None) -> str | None:
    """The type family of the document the page's first sentence presents without a number (:data:`UNNUMBERED_LEAD`),
    None when it presents none (or only after *before*, a numbered lead's position), or a generic "văn bản" (which may
    be any document, the page's own further down)."""
    start = len(w) - len(w.lstrip())
    end = _FIRST_SENTENCE_END.search(w, start)
    found = UNNUMBERED_LEAD.search(w, start, end.start() if end is not None else len(w))
    if found is None and end is not None and w[end.start()] == "\n" and end.start() - start <= HEADLINE_CHARS:
        # a headline above the lead ("Chỉ đạo, điều hành của Chính phủ … ngày 9/7/2025⏎Văn phòng Chính phủ vừa có
        # Thông cáo báo chí …"): the lead's first sentence
        start = end.end()
        end = _FIRST_SENTENCE_END.search(w, start)
        found = UNNUMBERED_LEAD.search(w, start, end.start() if end is not None else len(w))
    if found is None or (before is not None and found.start() > before):
        return None  # after the lead ("… ban hành Công văn số 5378/BNV-CVVC về việc tuyển dụng giáo viên đã có hợp đồng …",
        # heldout23 h23-24): words of the numbered document's description, no document presented before it
    kind = type_of_word(found.group("type"))
    return type_family(kind) if kind is not None else None


def same_family(family: str, type_word: str | None) -> bool:
    """Whether *type_word* names a type of the *family* :func:`first_unnumbered` gave."""
    kind = type_of_word(type_word) if type_word else None
    return kind is not None and type_family(kind) == family
