"""A document's own number told by a news page rather than a header (rule 5 of :mod:`.identity`; rules 6-7, a page about
one document, in :mod:`.published`).

5. ``lead`` — a news lead that says what was issued: "Ngày 06/9/2023, Ban Thường vụ Tỉnh ủy đã
   ban hành Nghị quyết số 13-NQ/TU…", "UBND tỉnh có văn bản số 4912/UBND-NC…"; not under a title that
   looks back over years ("Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động …": the plan it says was
   issued is an earlier one), unless the document was just ("vừa") issued.  The verbs that present a
   document: "ban hành", "có" a document ("có công điện khẩn số …": its urgency may stand before "số"),
   "vừa có", "ký" ("Thủ tướng vừa ký Công điện số 143/CĐ-TTg …", "Phó Thủ tướng … đã ký Quyết định số 611/QĐ-TTg …",
   "Thứ trưởng … ký văn bản số 58 ngày 7/1"; not "đăng ký"), "ra" or "phát đi" a document ("… đã phát đi công văn số
   3937/UBND-NN …"), "gửi" a document ("Bộ Y tế tiếp tục gửi Công điện số
   665/CĐ-BYT …": the verbs of the document's own act, as "ban hành" is), "phê duyệt" a typed document
   ("Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về việc …"); and in the passive, of a document just
   issued ("Kế hoạch tuyên truyền năm 2015 vừa được Bộ VHTTDL phê duyệt tại Quyết định số 4368/QĐ-BVHTTDL").  A lead opens its paragraph: a
   verb after a sentence end in the same paragraph is an article's narrative ("… [2]. Ngay sau Đại hội,
   Bộ Chính trị đã ban hành Chỉ thị số …" tells of another body's document), so the next candidate is
   read; and no lead is read under a letter's "Kính gửi" (a reply reporting "đã ban hành Công văn số …"
   is not that letter: a letter's own number is in its header); nor under an answer ("TRẢ LỜI:",
   "… trả lời ông như sau:", "Xét đơn …"), nor when the text goes on to a later step of a complaint or
   a reminder ("Không đồng ý với kết quả giải quyết, ông … khiếu nại", "… chưa nhận được văn bản trả lời"),
   nor in a sentence that opens by looking back ("Trước đó, Ban Bí thư có Chỉ thị số …": the news's background) or
   goes on from an earlier step ("Tiếp đó, …"); nor in a narrative (:mod:`.narrative`), nor when the page talked of the
   lead's document above it (:mod:`.told_before`: a speech explaining it, a story of what came of it).
   Sentences before the lead that give its reason ("Thực hiện …. Để đảm bảo …. Văn phòng UBND tỉnh ban hành văn bản
   số …") or the situation that called for it ("Trước diễn biến …. UBND xã ban hành …", "…. Do đó, Bộ … ban hành …")
   are no narrative (:mod:`.lead_openings`).  A lead may also close with its bracketed number ("… đôn đốc thực hiện Công điện số
   398/CĐ-TTg … (Công văn số 2519/VP-KGVX, ngày 8/6/2022).") or open its paragraph with it ("Tại Công văn số
   4913/VP-KT, ban hành ngày 15/6, UBND thành phố … yêu cầu …", "Theo Quyết định số 162/QĐ-BYT, Bộ Y tế ban hành …");
   a headline above an unnumbered lead does not hide it
   (:func:`.news.first_unnumbered`).  A portal's English copy says it so too ("… issued Plan No. 263/KH-UBND …").
   No lead is read on a page listing several items (a tag or search page repeating each headline), under a numbered
   item (a report's "1. Công tác chỉ đạo, điều hành" telling what bodies issued) nor on a Q&A page (a question on a
   line of its own: its answer's "Căn cứ …, Quốc hội đã ban hành Nghị quyết số …" applies a rule).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .followup import numbered_below
from .lead_openings import CONSEQUENCE, PLACE_ITEM, PURPOSE, REASON, SITUATION, dated_act
from .model import OwnNumber
from .narrative import DATED_PARAGRAPH, NUMBERED, narrated
from .news import ENGLISH_LEAD, LOOK_BACK_TITLE, REPLY, first_unnumbered, same_family, several_named
from .numbers import scan_number
from .opening_document import BRACKET, OPENED_WITH, opened_with
from .ownnumber import SO_GAP, number_at
from .published import SENTENCE_END, published, sole_document
from .teasers import several_teasers
from .told_before import told_before
from .vocabulary import (
    GAP,
    NOT_AFTER,
    NOT_BEFORE,
    TYPE_ALT,
    UNIT_WORDS,
    type_family,
    type_of_word,
)

__all__ = ["LEAD_WINDOW", "from_leads", "listed_items"]

# A lead is a news item's first sentences.
LEAD_WINDOW = 900
# "đã ban hành Kế hoạch số …", "có văn bản số …", "UBND tỉnh có Công văn số 455/UBND-KT …", "Huyện ủy
# vừa có Kế hoạch số 79 …", "đã ban hành Quyết định 2179/QĐ-UBND …", "Văn phòng Chính phủ có văn bản 4635/VPCP-CN gửi …"
# (no "số": a number with its code only); "ký phổ biến Công văn số: 89/BTS-VP …", "gửi Công điện số …" (with "số");
# "ra" as "ban hành" (own45): "đã ra thông báo số …", "Thủ tướng Chính phủ đã ra Quyết định 1353/QĐ-TTg …" (import heldout31
# ag30), "Chính phủ vừa ra nghị quyết 32 về …" (heldout32 h32-50: bare, as a document just issued may be); "phát đi" (to
# send out) the same (cit46): "… Chủ tịch UBND tỉnh … đã phát đi công văn số 3937/UBND-NN nhằm …" (import heldout28 ad14),
# "Ngày 20/8, Tổng cục … phát đi Văn bản số 771/TCBHĐVN-VTPT về việc …" (import heldout34 aj13)
# The type word may carry its urgency between it and "số" ("có công điện khẩn số 05/CĐ-UBND").
# So may what it does ("Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu …", heldout22 h22-40; "Sở Nội
# vụ đã ban hành văn bản hướng dẫn số 231/SNV-XDCQ …", import dev14 d13; "đôn đốc", "trả lời" the same), those three
# only right before "số" ("vừa có văn bản đề nghị 4 bộ, ngành …" names its addressees, tracking heldout9 n53).
_URGENT = rf"(?:{GAP}(?:khẩn|hỏa{GAP}tốc|hoả{GAP}tốc|thượng{GAP}khẩn|chỉ{GAP}đạo|(?:hướng{GAP}dẫn|đôn{GAP}đốc|trả{GAP}lời)(?={GAP}số)))?"
# "Đó là chỉ đạo của UBND tỉnh … tại Công văn số 4079/UBND-KT …", "Đây là nội dung của Thông tư số …": a
# lead that names what the article presents, within its first sentence (no sentence end on the way).
# The same said of the sentence before it: "Nội dung trên được đề cập tại Công điện số 118 ngày 19/11/2024 của Thủ tướng
# …" (heldout25 h25-35), "Thông tin này được nêu tại …", "Yêu cầu trên được đưa ra tại …".
# The form, not its words, decides: a paragraph that opens by pointing back at the headline ("Đó là" / "Đây là", or "Nội
# dung / Thông tin … trên") and names where that stands, whatever noun or verb lies between ("Đó là thông báo mới nhất
# của UBND tỉnh … tại công văn số 2578 /UBND-VX1", heldout32 h32-10; "Đó là thông tin tại Quyết định số 1632/QĐ-UBND",
# import heldout29 ae15; "Nội dung nêu trên thể hiện trong Chỉ thị số 26/CT-UBND", import heldout30 af19).  As every
# lead, it must open its paragraph (:func:`_opens_paragraph`): "…. Đây là nhiệm vụ trọng tâm trong Nghị quyết số …"
# after a sentence of the article's tells of the narrative's document.
_PRESENTED = (
    rf"(?:(?:Đó|Đây){GAP}là(?![^\W_])[^.!?\n]{{0,240}}?"
    rf"|(?:Nội{GAP}dung|Thông{GAP}tin|Yêu{GAP}cầu|Chỉ{GAP}đạo){GAP}(?:trên|này|(?:nói|nêu){GAP}trên)(?![^\W_])[^.!?\n\d]{{0,40}}?)"
    rf"{GAP}(?:tại|trong|của)"
)
# The same lead in the passive, of a document just issued: "Kế hoạch tuyên truyền năm 2015 vừa được Bộ VHTTDL phê duyệt
# tại Quyết định số 4368/QĐ-BVHTTDL." (the body between; "được … phê duyệt theo Quyết định số …" without "vừa" retells)
_PASSIVE = rf"vừa{GAP}được(?:{GAP}[^.!?\n]{{1,80}}?)?{GAP}(?:ban{GAP}hành|phê{GAP}duyệt|ký){GAP}(?:tại|theo|bằng|kèm{GAP}theo)"
_PASSIVE_LEAD = re.compile(_PASSIVE, re.IGNORECASE)
_LEAD = re.compile(
    rf"{NOT_BEFORE}(?:{_PASSIVE}|ban{GAP}hành|có(?={GAP}(?:văn{GAP}bản|{TYPE_ALT}){NOT_AFTER}{_URGENT}{GAP}(?:\(?[ \t]*số|\d))|(?:vừa|đã){GAP}có"
    rf"|(?<!đăng )ký(?:{GAP}(?:phổ{GAP}biến|phát{GAP}hành|duyệt))?|gửi(?={GAP}(?:văn{GAP}bản|{TYPE_ALT}){NOT_AFTER}{GAP}số)"
    rf"|(?:ra|phát{GAP}đi)(?={GAP}(?:văn{GAP}bản|{TYPE_ALT}){NOT_AFTER}{GAP}(?:số|\d))"
    rf"|phê{GAP}duyệt(?={GAP}(?:{TYPE_ALT}){NOT_AFTER}{GAP}số)|{_PRESENTED}){GAP}"
    rf"(?:(?P<type>{TYPE_ALT}){NOT_AFTER}{_URGENT}{GAP}{BRACKET}(?P<so>số{SO_GAP})?|số{SO_GAP})",
    re.IGNORECASE,
)
# "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động … (Kế hoạch số 08/KH-UBND).": a lead's verb names a
# document by its title and the same sentence gives its number in brackets, restating its type word.
_BRACKETED_LEAD = re.compile(
    rf"{NOT_BEFORE}(?:ban{GAP}hành|xây{GAP}dựng|(?:vừa|đã){GAP}có|vừa{GAP}ký){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}"
    rf"[^.!?\n()]{{0,300}}\([ \t]*(?P=type){GAP}số{SO_GAP}",
    re.IGNORECASE,
)
# "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo … đôn đốc thực hiện Công điện số 398/CĐ-TTg … (Công văn số
# 2519/VP-KGVX, ngày 8/6/2022).": a lead whose sentence closes with a bracketed number (and date) names the document
# it tells of there, whatever its verb; a bracket that restates a number the sentence names is a short form of it.
_CLOSING_BRACKET = re.compile(rf"\([ \t]*(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}(?P<so>số{SO_GAP})", re.IGNORECASE)
# The lead's verb presenting a document of a type ("UBND tỉnh xây dựng Kế hoạch phòng, chống thiên tai (Quyết định số
# 12/QĐ-UBND).": the bracket names another type, so another document, the decision approving the plan)
_VERB_TYPE = re.compile(
    rf"{NOT_BEFORE}(?:ban{GAP}hành|xây{GAP}dựng|có|ký){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}(?!{GAP}số)", re.IGNORECASE
)
_BRACKET_CLOSE = re.compile(r"(?:[ \t]*,?[ \t]*ngày[ \t]*[\d/.-]{3,10}(?:[ \t]*năm[ \t]*\d{4})?)?[ \t]*\)[ \t]*(?:\.|\n|\Z)")
# A numbered item or section above a lead ("1. Công tác chỉ đạo, điều hành", "II. KẾT QUẢ"): the page is a report or
# a plan telling in its items what bodies issued, not a news item presenting its document
_NUMBERED_ITEM = re.compile(r"(?m)^[ \t>*#_|]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+[^\W\d_]")
# A question on a line of its own in the opening ("Cách thức ghi số thẻ cử tri theo danh sách cử tri?"): a Q&A page,
# whose answer's "Căn cứ …, Quốc hội đã ban hành Nghị quyết số …" tells of the rule it applies, not of the page — unless
# the lead opens with the day of the act ("Làm gì để huyện Việt Yên trở thành thị xã?⏎Ngày 10/9/2021 Ban Thường vụ Tỉnh
# ủy … đã có Nghị quyết số 162-NQ/TU …", heldout32 h32-30): news of the page's document, as under an answer's label
# after a question labelled so ("Hỏi: …⏎Trả lời:⏎Ngày 31/8, UBND thị xã đã ban hành Kế hoạch số 162/KH-UBND …", import
# dev14 d01; :data:`_ASKED`)
_QUESTION_LINE = re.compile(r"(?m)^[^\n?]{1,200}\?[ \t]*$")
_ASKED = re.compile(r"(?m)^[ \t>*#_|-]*Hỏi[ \t]*:")
# A semicolon and the next document of a list: "…; Kế hoạch số 12/KH-MTTQ-BTT …", "…; và Quyết định số …"
_LISTED_NEXT = re.compile(rf";{GAP}(?:và{GAP})?(?:{TYPE_ALT}){NOT_AFTER}{GAP}số", re.IGNORECASE)
# A document the same sentence said was issued before a semicolon ("Tỉnh ủy đã ban hành Đề án 5155 về …; năm 2020 ban hành
# Kết luận số 189-KL/TU …"): the lead's is the list's next item
_ISSUED_BEFORE = re.compile(rf"{NOT_BEFORE}(?:ban{GAP}hành|(?:vừa|đã){GAP}có|ký){GAP}(?:{TYPE_ALT}){NOT_AFTER}", re.IGNORECASE)
# The words that make what follows a member of a list, right before the lead's verb ("trong đó có Chương trình số …",
# "bao gồm có …", "gồm có …")
_MEMBER = re.compile(r"(?<![^\W_])(?:trong[ \t]+đó|(?:bao[ \t]+)?gồm)[ \t]*,?[ \t]*\Z", re.IGNORECASE)
MEMBER_REACH = 24
# A page listing this many items (each headline repeated, :func:`listed_items`) has no own number from a lead
LISTED_ITEMS = 2
_WORD = re.compile(r"[^\W\d_]")
# A digest page (a newspaper's category page: "Chiều 21/8, … chủ trì …⏎Sáng 21/8, Chính phủ tổ chức …⏎Ngày 20/8, Ban Chỉ
# đạo … ban hành Công văn 3087/CV-BCĐ …") opens this many paragraphs with a day of their own in its opening: a listing of
# items, as a tag page's repeated headlines are (a news item's lead and its follow-up date two paragraphs at most)
DATED_ITEMS = 3
# A headline is at most this long and has no sentence end
HEADLINE_CHARS = 200
# A headline of a listed item has at least this many words (a byline, a photo's file name have fewer)
HEADLINE_WORDS = 5
# An item's paragraph under its headline is at least this long (a sentence, not a second title line)
ITEM_TEXT_CHARS = 80
# A later step of a complaint or a reminder, after the lead: the citizen did not accept what the lead's document
# decided, or no answer came ("Không đồng ý với kết quả giải quyết …, ông … gửi đơn khiếu nại", "Tuy nhiên, đến
# nay … chưa nhận được văn bản trả lời … và công dân tiếp tục gửi đơn"): the page is that later step and the lead
# tells of the earlier document.
_LATER_STEP = re.compile(
    r"(?<![^\W_])(?:không[ \t]+đồng[ \t]+ý[ \t]+với|tiếp[ \t]+tục[ \t]+(?:khiếu[ \t]+nại|gửi[ \t]+đơn)"
    r"|chưa[ \t]+nhận[ \t]+được[ \t]+văn[ \t]+bản[ \t]+trả[ \t]+lời)(?![^\W_])",
    re.IGNORECASE,
)
# A sentence that opens by looking back ("Trước đó, Ban Bí thư có Chỉ thị số 48-CT/TW …", "Trước đây, …"): the
# background of a news item (in a hard-wrapped copy its line is no paragraph of its own), not its lead; nor one that
# goes on from an earlier step ("Tiếp đó, Giám đốc Sở … đã ban hành Quyết định số …", "Sau đó, …": a chronicle's next),
# nor one that opens by the years gone since ("Cách đây 70 năm ngày 20/01/1950, … Chủ tịch Hồ Chí Minh đã ký sắc lệnh
# 08/SL …", heldout29 h29-30; "Sau 10 năm, từ năm 1981, ngày 16-10-1990, Bộ Chính trị đã … ban hành Nghị quyết
# 24-NQ/TW", a thesis's history, h29-43; "20 năm trước, …"): history told, unless the document was just ("vừa") issued
_EARLIER = re.compile(
    r"[ \t>*#_|]*(?:(?:Cũng[ \t]+)?Trước[ \t]+(?:đó|đây|kia)|(?:Tiếp|Sau)[ \t]+(?:đó|theo[ \t]+đó)"
    r"|(?P<elapsed>Cách[ \t]+đây|Kỷ[ \t]+niệm[ \t]+(?:tròn[ \t]+)?\d{1,3}[ \t]+năm|(?:Sau[ \t]+(?:hơn[ \t]+|gần[ \t]+)?)?\d{1,3}[ \t]+năm[ \t]*(?:,|trước)))(?![^\W_])",
    re.IGNORECASE,
)
# "cũng" ("also") right before the lead's verb: the sentence adds to what the article told before ("Sau khi Luật … được
# Quốc hội thông qua, liên ngành tư pháp Trung ương cũng đã ban hành Thông tư liên tịch số 01/2021 …"), a step of its
# story, not the document the page presents (a lead says "vừa ban hành", never "also").
_ALSO = re.compile(r"(?<![^\W_])cũng[ \t]+(?:đã[ \t]+|vừa[ \t]+)?\Z", re.IGNORECASE)
ALSO_REACH = 14
# How far after a lead its later step is looked for (the lead's paragraph and the next)
LATER_STEP_REACH = 700
# How far blanks (an indent, a news paragraph's source tag blanked: "(TN&MT) - Để …", heldout36 h36-41) may run before a
# line's first letter: a line under a headline opening so with a capital opens its paragraph, no wrapped line of it
MARKS_REACH = 40
# The end of a sentence inside a paragraph: a lead is a paragraph's first sentence.


# The forms that present the page's document: an issuing verb's, a bracket closing the lead, a paragraph opening with it
_PRESENTING = (_LEAD, _BRACKETED_LEAD, _CLOSING_BRACKET, OPENED_WITH, ENGLISH_LEAD)


def from_leads(head: str, w: str) -> OwnNumber | None:
    """The own number a news lead, a short page about one document or a page presenting its document names (rules 5-7)."""
    if listed_items(w) >= LISTED_ITEMS or len(DATED_PARAGRAPH.findall(w, 0, LEAD_WINDOW * 2)) >= DATED_ITEMS:
        return None  # a tag, search or digest page listing several news items: none of their documents is the page's
    presented = first_unnumbered(w)  # "Văn phòng Chính phủ đã có Thông cáo báo chí …": the page's document, unnumbered
    asked = _QUESTION_LINE.search(w, 0, LEAD_WINDOW) is not None  # a Q&A page: its answers tell of the rules they apply
    for pattern in _PRESENTING:
        for lead in pattern.finditer(w, 0, LEAD_WINDOW):
            if asked and not dated_act(w, lead.start(), comma=False):
                continue  # a Q&A page's answer applies a rule; a lead dated by its day is news of the document
            if pattern is _CLOSING_BRACKET and not _closes_sentence(w, lead):
                continue
            if pattern is OPENED_WITH and not opened_with(w, lead):
                break
            if _looks_back(w, lead.start()) and "vừa" not in w[max(0, lead.start() - 12) : lead.start()].casefold():
                break  # "Tỉnh X sau 3 năm thực hiện …": "đã ban hành Kế hoạch số …" tells of an earlier document
            if REPLY.search(w, 0, lead.start()) is not None and not (
                (asked or _ASKED.search(w, 0, lead.start()) is not None) and dated_act(w, lead.start(), comma=False)
            ):
                break  # "Kính gửi: …", "TRẢ LỜI:": a reply's body tells of an earlier document; its own is in its header
            if _NUMBERED_ITEM.search(w, 0, lead.start()) is not None:
                break  # "1. Công tác chỉ đạo, điều hành⏎… Ban Thường vụ Tỉnh ủy ban hành kết luận số …": a report's item
            if not _opens_paragraph(w, lead.start(), lead.end()):
                continue  # not its paragraph's first sentence: an article's narrative, not a lead
            if _under_later_headline(w, lead.start()):
                continue  # a tag page's next item, an article's sub-heading: the page's opening is above it
            earlier = _EARLIER.match(w, w.rfind("\n", 0, lead.start()) + 1, lead.start())
            if earlier is not None and not (earlier.group("elapsed") and "vừa" in w[lead.start() - 12 : lead.start()].casefold()):
                continue  # "Trước đó, Ban Bí thư … có Chỉ thị số …": the background of the news, an earlier document
            if PLACE_ITEM.match(w, w.rfind("\n", 0, lead.start()) + 1, lead.start()) is not None:
                continue  # "Tại Bà Rịa – Vũng Tàu, HĐND tỉnh … có Nghị quyết số …": one place of a round-up
            if narrated(w, lead.start(), lead.end()):
                continue  # "Việc … ban hành …", a paragraph of prose above, a chronicle: an article's narrative
            if _ALSO.search(w, max(0, lead.start() - ALSO_REACH), lead.start()) is not None:
                continue  # "…, liên ngành tư pháp Trung ương cũng đã ban hành Thông tư liên tịch số …": one more step told
            # "đã ban hành Quyết định 2179/QĐ-UBND": without "số" only a number with its code, unless the document
            # was just issued ("Phó Thủ tướng vừa ký ban hành Nghị quyết 332 về …": news of that one document)
            # ("vừa có Tờ trình 4570 gửi …": the lead's own "vừa có" says so too)
            just = "vừa" in w[max(0, lead.start() - 12) : lead.start() + 3].casefold() or _PASSIVE_LEAD.match(w, lead.start()) is not None
            bare = pattern is _BRACKETED_LEAD or lead.group("type") is None or lead.group("so") is not None or just
            # "Ngày 20.10, UBND tỉnh ban hành Kế hoạch 7401 thực hiện …": the day's act told as news, not "đã ban hành" (a
            # past act told: "Ngày 3/3, UBND tỉnh đã ban hành Nghị quyết 215 về …" keeps its bare number a citation)
            past = "đã" in w[max(0, lead.start() - 4) : lead.start() + 3].casefold()
            bare = bare or (dated_act(w, lead.start()) and not past)
            own = number_at(head, w, lead.end(), "lead", bare=bare)
            if own is not None and own.number.isdigit() and lead.group("so") is None and _counted(w, lead.end()):
                continue  # "vừa có Kế hoạch 5 năm …": a count, not a bare serial
            if own is not None and (several_named(w, lead.end()) or _one_of_a_list(w, lead)):
                continue  # "đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU …": news of two documents
            if own is not None and (
                _LATER_STEP.search(w, lead.end(), lead.end() + LATER_STEP_REACH) is not None or _turned(w, lead.end())
            ):
                continue  # "… Không đồng ý với kết quả giải quyết, ông … khiếu nại": the lead's is an earlier step
            if own is not None and (shown := first_unnumbered(w, lead.start()) if presented else None) is not None and not same_family(shown, lead.group("type")):
                continue  # an item of the unnumbered document the page presents
            if own is not None:
                type_word = lead.group("type")
                own = replace(own, type=type_of_word(type_word)) if type_word else own
                if pattern is not ENGLISH_LEAD and several_teasers(head, lead.start(), own, type_word):
                    return None  # a page of teasers of equal standing: the lead's is one item's document (read in Vietnamese)
                if told_before(head, w, lead.start(), own, _PRESENTING):
                    continue  # "… quán triệt về Nghị quyết số 79-NQ/TW …" above: the issuing told is background
                return own
    if not asked and REPLY.search(w, 0, LEAD_WINDOW) is None and (below := numbered_below(head, w)) is not None:
        return below  # "… đã ban hành văn bản gửi …⏎Theo Văn bản số 277/LĐLSVN, …": numbered in the next paragraph
    sole = sole_document(head, w)
    if sole is not None and presented is not None and not same_family(presented, sole.type):
        sole = None
    if sole is not None and _under_later_headline(w, _line_start(w, sole.line)):
        sole = None  # the one document of a tag page's later item
    return sole or published(head, w)


# "Ngày 26/5/2021, Ban Trị sự … có thông báo số 26/TB-BTST, về việc …. Tuy nhiên, trước tình hình … . Ban Trị sự …
# thông báo về việc … như sau:" (heldout22 h22-41): a sentence turning away ("Tuy nhiên") after the lead's, in a
# paragraph that closes on the text to follow, introduces a later document: the lead's is the earlier step it follows up
_TURN = re.compile(r"[.!?…][ \t]+Tuy[ \t]+nhiên(?![^\W_])")
_CLOSES_ON_TEXT = re.compile(r"như[ \t]+sau[ \t]*:[ \t]*\Z")
# "(GLO)- Mặc dù Bộ … đã ban hành kế hoạch số 5214/KH-BVHTTDL về … nhưng mới đây, thông qua Công văn số 227 của Tổng cục
# …, kế hoạch trên tạm lùi …" (heldout39 h39-28): the lead's sentence turns ("nhưng", "song", "tuy nhiên") to another
# numbered document, the later step the news is about; the lead's is the earlier one, and neither is the page's own
_TURN_TO_NUMBERED = re.compile(
    rf"(?<![^\W_])(?:nhưng|song|tuy{GAP}nhiên)(?![^\W_])[^\n]*?(?:{TYPE_ALT}){NOT_AFTER}{GAP}(?:số{SO_GAP})?\d",
    re.IGNORECASE,
)


def _turned(w: str, pos: int) -> bool:
    """Whether the lead's paragraph, after *pos*, turns away to a later document (:data:`_TURN`,
    :data:`_TURN_TO_NUMBERED`)."""
    end = w.find("\n", pos)
    end = end if end >= 0 else len(w)
    if _TURN_TO_NUMBERED.search(w, pos, end) is not None:
        return True
    return _TURN.search(w, pos, end) is not None and _CLOSES_ON_TEXT.search(w, pos, end) is not None


def _counted(w: str, pos: int) -> bool:
    """Whether the bare number at *pos*, after a type word without "số", counts something ("Kế hoạch 5 năm", "văn bản 2
    lần") or is a year ("Kế hoạch 2025"): a unit word after it (:data:`.vocabulary.UNIT_WORDS`)."""
    scan = scan_number(w, pos)
    if scan is None or (len(scan.serial) == 4 and scan.serial[:2] in {"19", "20"}):
        return True
    word = re.match(r"[ \t]+([^\W\d_]+|%)", w[scan.end : scan.end + 30])
    return word is not None and word.group(1).casefold() in UNIT_WORDS


def listed_items(w: str) -> int:
    """How many headlines the opening repeats on the next line (a tag or search page shows each item's title twice,
    as its link and its heading: "Vận động … hàng Việt Nam⏎⏎Vận động … hàng Việt Nam⏎⏎Phó Thủ tướng vừa ký …")."""
    # a line without a letter is a portal's debris (",", ".", "|"), no headline: a news page may close with several
    lines = [line.strip() for line in w.split("\n") if _WORD.search(line)]
    return sum(
        1 for a, b in itertools.pairwise(lines)
        if a == b and len(a) <= HEADLINE_CHARS and a[-1:] not in ".!?…" and _CAPTION_LINE.match(a) is None
    )


# A photo's caption, which a page may repeat as it repeats its headline ("Hình minh họa trên Internet" twice, heldout30
# h30-33; "Ảnh minh họa" twice on eight spent pages): no item of a listing
_CAPTION_LINE = re.compile(r"[(\[]?[ \t]*(?:Ảnh|Hình|Clip|Video)(?:[ \t]+minh[ \t]+h(?:ọa|oạ)|[ \t]*:)", re.IGNORECASE)


def _opens_paragraph(w: str, lead: int, end: int) -> bool:
    """Whether the lead at *lead* opens its paragraph: no sentence ends before it there, or each sentence before it
    gives the lead's reason (:data:`.lead_openings.REASON`) or tells the situation — before a lead that opens with its
    purpose or what follows from it ("Để …", "Do đó, …"), or opening as a situation does ("Trước diễn biến …") — its
    sentence the paragraph's last (*end* after its verb).  A line opening in lower case under a line of text, or with a digit or a
    quote under one that ends without a sentence's or a clause's mark, is a hard-wrapped paragraph's ("… chỉ đạo. Trước đó,
    Thủ tướng Chính⏎phủ có Công điện hỏa tốc số …", "… Việt Nam năm⏎2022 với chủ đề …", "… với chủ đề⏎“Chung tay …"): its
    paragraph starts above."""
    start = w.rfind("\n", 0, lead) + 1
    while start > 0:
        above = w.rfind("\n", 0, start - 1) + 1
        line_above = w[above : start - 1].rstrip()
        first = w[start : start + MARKS_REACH].lstrip(" \t")[:1]  # after the blanks a source tag left ("(TN&MT) - ")
        if not line_above.strip() or not (first.islower() or (not first.isalpha() and line_above[-1:] not in ".:;!?…")):
            break  # a blank line above, or a line that opens a paragraph
        start = above
    starts = [start, *(end.end() for end in SENTENCE_END.finditer(w, start, lead))]
    before = list(itertools.pairwise(starts))
    if all(REASON.match(w, at) is not None for at, _ in before):
        return True
    # the situation before a lead that opens with its purpose (:data:`PURPOSE`) and closes its paragraph (what follows
    # is the document; "…. Qua 3 năm thực hiện, …" after it looks back on an earlier one)
    stop = w.find("\n", end)
    if SENTENCE_END.search(w, end, stop if stop >= 0 else len(w)) is not None:
        return False
    if PURPOSE.match(w, starts[-1]) is not None or CONSEQUENCE.match(w, starts[-1]) is not None:
        return all(REASON.match(w, at) is not None or NUMBERED.search(w, at, close) is None for at, close in before)
    # a situation said so ("Trước diễn biến …", "Hiện nay, …"), then the lead: the sentences before name no document
    return SITUATION.match(w, starts[0]) is not None and all(NUMBERED.search(w, at, close) is None for at, close in before)


def _closes_sentence(w: str, found: re.Match[str]) -> bool:
    """Whether the bracketed number *found* closes its sentence (:data:`_BRACKET_CLOSE`), its paragraph does not name
    it before (a short form restating "… Nghị định số 118/2025/NĐ-CP … (Nghị định số 118/2025/NĐ-CP)") and the lead's
    verb presents no document of another type (:data:`_VERB_TYPE`)."""
    scan = scan_number(w, found.end())
    if scan is None or not scan.structured or _BRACKET_CLOSE.match(w, scan.end) is None:
        return False
    start = w.rfind("\n", 0, found.start()) + 1
    if w.find(w[scan.start : scan.end], start, found.start()) >= 0:
        return False
    family = type_family(type_of_word(found.group("type")))
    verbs = _VERB_TYPE.finditer(w, start, found.start())
    return family is not None and all(same_family(family, verb.group("type")) for verb in verbs)


def _one_of_a_list(w: str, lead: re.Match[str]) -> bool:
    """Whether the lead's document is one item of a list: the sentence goes on after its description to another
    document after a semicolon ("… đã ban hành Kế hoạch số 07/KH-MTTQ-BTT ngày … về …; Kế hoạch số 12/KH-MTTQ-BTT …"),
    or names it as a member ("… 4 văn bản của tỉnh …, trong đó có Chương trình hành động số 110-CTHĐ/TU …"), or its
    sentence said before a semicolon or "và" that another document was issued ("Tỉnh ủy đã ban hành Đề án 5155 về …;
    năm 2020 ban hành Kết luận số 189-KL/TU …"). A page telling of several documents has none of them as its own (as
    :func:`.news.several_named`)."""
    if _MEMBER.search(w, max(0, lead.start() - MEMBER_REACH), lead.start()) is not None:
        return True
    start = w.rfind("\n", 0, lead.start()) + 1
    for sentence_end in SENTENCE_END.finditer(w, start, lead.start()):
        start = sentence_end.end()
    # the list's next item after ";" or "và": "… đã ban hành Đề án 5155 về …; năm 2020 ban hành Kết luận số 189-KL/TU",
    # "… đã ban hành Pháp lệnh BĐBP (…) và ngày 6-1-1998, Chính phủ ban hành Nghị định số 02/1998/NĐ-CP …"
    before = max(w.rfind(";", start, lead.start()), w.rfind(" và ", start, lead.start()))
    if before >= 0 and _ISSUED_BEFORE.search(w, start, before) is not None:
        return True
    end = SENTENCE_END.search(w, lead.end())
    stop = w.find("\n", lead.end())
    limit = min(end.start() if end is not None else len(w), stop if stop >= 0 else len(w))
    return _LISTED_NEXT.search(w, lead.end(), limit) is not None


def _looks_back(w: str, lead: int) -> bool:
    """Whether the page's first line is a title looking back over years of work (:data:`.cues.LOOK_BACK_TITLE`)
    above the lead at *lead*: on the lead's own line only its words before the lead count ("Ngày 23/02, Văn phòng
    Chính phủ có Thông báo số 56/TB-VPCP Kết luận Phiên họp tổng kết …" names what the page's notice concludes)."""
    start = len(w) - len(w.lstrip())
    end = w.find("\n", start)
    return LOOK_BACK_TITLE.search(w, start, min(end if end >= 0 else len(w), max(lead, start))) is not None


def _under_later_headline(w: str, lead: int) -> bool:
    """Whether the lead's paragraph is a later item of a page listing several, each a headline line then its paragraph
    (:func:`_headline`; "Làm rõ …⏎⏎Chiều 10-2, … Trung ương.⏎⏎Thận trọng …⏎⏎Bộ Nội vụ … .⏎⏎Giảm 1 Phó phòng … từ 25/11⏎⏎
    Chính phủ đã ban hành Nghị định số 108/2020/NĐ-CP …", heldout28 h28-05): the page's own opening is its first item."""
    lines = [line.strip() for line in w[: w.rfind("\n", 0, lead) + 1].split("\n") if _WORD.search(line)]
    if len(lines) < 3 or not _headline(lines[-1]):
        return False
    return any(
        _headline(title) and text[-1:] in ".!?…" and len(text) > ITEM_TEXT_CHARS
        for title, text in itertools.pairwise(lines[:-1])
    )


def _headline(line: str) -> bool:
    """A headline: a short line of at least :data:`HEADLINE_WORDS` words with no sentence inside it nor a closing "."
    ":" ";" ",", not a photo's caption (nor its file's name, nor a byline: too few words)."""
    return (
        len(line) <= HEADLINE_CHARS
        and len(line.split()) >= HEADLINE_WORDS
        and line[-1:] not in ".:;,"
        and ". " not in line
        and not line.casefold().startswith(("ảnh", "(ảnh", "nguồn"))
    )


def _line_start(w: str, line: int) -> int:
    """Where the 1-based *line* of *w* starts."""
    at = 0
    for _ in range(line - 1):
        at = w.find("\n", at) + 1
    return at
