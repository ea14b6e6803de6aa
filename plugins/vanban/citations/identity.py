"""A document's own number, found in raw text before its citations are read.

A content file names its number in front matter; raw text (``vanban refs`` on a .txt, an
imported Word file, a portal page) says it in one of a few places, tried in this order:

1. ``header`` — the number field under the issuer: "Số: 21/2022/NQ-HĐND" at a line start or
   after header debris ("-------- Số: 09/2015/TT-BTTTT |") or the motto of a copy flattened to one line
   ("… Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, ngày …"), the number perhaps on the next
   line ("Số:⏎15/2023/QĐ-UBND"), or "Nghị quyết số: 653/2019/UBTVQH14"; and the old layout
   "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG".
2. ``metadata`` — a portal's table of properties: "Số hiệu: 155/KH-UBND", "Số hiệu: | 52/2018/QĐ-UBND |",
   "Số/Ký hiệu: …", "Ký hiệu …", the value after blanks or on the next line.
3. ``title`` — a portal page whose first line names the document: "Quyết định 119/QĐ-UBND" (perhaps after
   "Toàn văn:"), or a
   saved page source whose ``<title>`` does ("<title>Quy định số 20-QĐ&#x002F;TW …", references decoded).
4. ``attached`` — "(Ban hành kèm theo Quyết định số 59/QĐ-UBND …)" opening the text: a rule
   issued with a decision is that decision's document; also at a line's start further down (a cover
   letter above the rule or form it issues), and after a blank "Số:" above it (the blank is the
   attached form's, to be filled in by its users).
5. ``lead`` — a news lead that says what was issued: "Ngày 06/9/2023, Ban Thường vụ Tỉnh ủy đã
   ban hành Nghị quyết số 13-NQ/TU…", "UBND tỉnh có văn bản số 4912/UBND-NC…"; not under a title that
   looks back over years ("Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động …": the plan it says was
   issued is an earlier one), unless the document was just ("vừa") issued.  The verbs that present a
   document: "ban hành", "có" a document ("có công điện khẩn số …": its urgency may stand before "số"),
   "vừa có", "vừa ký" ("Thủ tướng vừa ký Công điện số 143/CĐ-TTg …"), "phê duyệt" a typed document
   ("Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về việc …").  A lead opens its paragraph: a
   verb after a sentence end in the same paragraph is an article's narrative ("… [2]. Ngay sau Đại hội,
   Bộ Chính trị đã ban hành Chỉ thị số …" tells of another body's document), so the next candidate is
   read; and no lead is read under a letter's "Kính gửi" (a reply reporting "đã ban hành Công văn số …"
   is not that letter: a letter's own number is in its header); nor under an answer ("TRẢ LỜI:",
   "… trả lời ông như sau:", "Xét đơn …"), nor when the text goes on to a later step of a complaint or
   a reminder ("Không đồng ý với kết quả giải quyết, ông … khiếu nại", "… chưa nhận được văn bản trả lời"),
   nor in a sentence that opens by looking back ("Trước đó, Ban Bí thư có Chỉ thị số …": the news's background).
6. ``lead`` again, on a short page about one document: every number it holds is that document's
   and one of its sentences says it was just issued ("Thủ tướng Chính phủ vừa ký ban hành Quyết định
   số 571/QĐ-TTg …"), further down than a lead is looked for (a news site's tag page of snippets).
7. ``published`` — a page that presents the document it carries: "Ban biên tập giới thiệu toàn
   văn Nghị quyết số 10-NQ/TU…", "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG…",
   in the opening or, on a short news page, in its closing (:data:`TAIL_WINDOW`).  "công bố"
   is not read so: a "lễ công bố Nghị quyết số …" is a report of another body's document.  So does a page
   that points to its attachment or link: "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm", "Chi tiết
   nội dung Nghị định 33 ở dưới đây:" (a short form: the full number the opening gives, "33/2023/NĐ-CP").

A header cell cut short ("Số: 18 - KH/Đ") gives way to the whole spelling elsewhere in the opening ("Số kí
hiệu Số: 18 - KH/ĐU"); the cut one is kept as an alias.

Only the opening of the text is read (:data:`WINDOW` characters), so the cost is bounded per
document.  A number left blank ("Số: /KH-UBND") gives no own number, and the later places are
then not read as the document's own: "Số:" was there, so a lead further down tells of another
document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import OwnNumber
from .news import ANOTHER_NAMED, LOOK_BACK_TITLE, REPLY, first_unnumbered, same_family
from .numbers import canonical_number, cut_number, scan_number
from .titles import TEASER, asks, dashed_title, names_another, slug_title, title_word_after
from .vocabulary import GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT, type_from_code, type_of_word, working_copy

__all__ = ["WINDOW", "find_own"]

# How much of the opening is read: a portal's preamble and a two-column header fit in it.
WINDOW = 2500
# A lead is a news item's first sentences.
LEAD_WINDOW = 900
# Header debris that may stand before "Số:" on its line: blanks, table pipes, rules, stars.
# A copy flattened to one line keeps the motto before it: "… Độc lập - Tự do - Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, …".
_HEADER_SO = re.compile(
    r"(?m)(?:^|[-*|_=]{2,}[ \t]*|\|[ \t]*|(?:Hạnh|HẠNH)[ \t]+(?:phúc|PHÚC)[ \t]+)[ \t>*#_|]*(?P<so>Số|SỐ)[ \t]*(?P<colon>:)?[ \t]*\n?[ \t|]*"
)
_TYPED_SO = re.compile(rf"(?m)^[ \t>*#_|]*(?i:{TYPE_ALT})[ \t]+(?i:số)[ \t]*:[ \t]*")
_OLD_HEADER = re.compile(
    rf"^[ \t\n]*(?i:{TYPE_ALT})[ \t\n]+CỦA(?:[ \t\n]+[^\W\d_a-zđ]{{1,12}}){{1,8}}[ \t\n]+SỐ[ \t]+"
)
# The label of a portal's number row, as portals write it: "Số hiệu", "Số ký hiệu" (or "kí"), "Số/Ký hiệu", "Số, ký
# hiệu", "Ký hiệu", "Số văn bản" (+ "văn bản"), at a line's start, then ":", "|", blanks (a tab, in the
# working copy a blank) or a line break before the value.
_METADATA = re.compile(
    r"(?m)^[ \t|*]*(?:Số[ \t]*[/,]?[ \t]*(?:k[ýí][ \t]+)?hiệu|K[ýí][ \t]+hiệu|Số[ \t]+văn[ \t]+bản)(?:[ \t]+văn[ \t]+bản)?"
    r"[ \t*]*(?:[:|][ \t|]*|(?<=[ \t])|\n[ \t|]*)",
    re.IGNORECASE,
)
# A page title: a type word and the number ("Quyết định 1589/QĐ-TTg …"), or a law and its name
# ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15"), perhaps under a portal's short label
# ("Thông báo:") and a place-and-date line ("Thái Bình, ngày 23 tháng 8 năm 2025").
# A copy may open with the date it was stored under, on the title's line ("date 2025-08-11 Thông báo số …").
_STORED_DATE = r"(?:[ \t]*date[ \t]+\d{4}(?:-\d{1,2}){0,2}[ \t]+)?"
_TITLE_ABOVE = (
    _STORED_DATE + r"(?:[ \t]*[^\W\d_][^\n:]{0,20}:[ \t]*\n|[ \t]*[^\W\d_][^\n,\d]{0,30},[ \t]*ngày[ \t][^\n]{0,30}\n){0,2}"
)
# A page that carries a document's full text may say so first: "<title>TOÀN VĂN&#x3A; Thông tư 21&#x002F;2025&#x002F;TT-BGDĐT …".
_FULL_TEXT = r"(?:t(?:oà|òa)n[ \t]+văn[ \t]*(?::|&#x0*3a;|&#0*58;)?[ \t]*)?"
# A page of one chapter or part of the document names it first: "Chương 1 Văn bản hợp nhất 10/VBHN-BXD …"
_PART_OF = r"(?:(?:Chương|Mục|Phần)[ \t]+[\dIVXLC]{1,4}\.?[ \t]+)?"
# A site's tag in brackets before the title: "【HAVIP】Quyết định 582 các xã …", "[Văn bản] Quyết định …"
_SITE_TAG = r"(?:[ \t]*[【\[][^\]】\n]{1,20}[】\]])?"
_TITLE = re.compile(
    rf"^{_TITLE_ABOVE}{_SITE_TAG}[ \t\n#*_]*{_PART_OF}{_FULL_TEXT}(?:Luật(?:[ \t]{{1,3}}(?!số\b)[^\W\d_]{{1,15}}){{1,15}}?[ \t]+(?=số)|(?:{TYPE_ALT}){NOT_AFTER}[ \t]+)"
    r"(?:số[ \t]*:?[ \t]*)?",
    re.IGNORECASE,
)
# The same in a saved page source: "<title>Quy định số 20-QĐ/TW về …</title>" (its references decoded)
_HTML_TITLE = re.compile(rf"<title>[ \t\n]*{_FULL_TEXT}(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*)?", re.IGNORECASE)
_TITLE_LINE = re.compile(rf"(?m)^[ \t#*_]*(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*)?", re.IGNORECASE)
_ATTACHED = re.compile(
    rf"\([ \t]*Ban[ \t\n]+hành[ \t\n]+kèm[ \t\n]+theo[ \t\n]+(?:{TYPE_ALT})[ \t\n]+số[ \t]*:?[ \t\n]*", re.IGNORECASE
)
# The same heading a line further down: a cover letter above the rule or form it issues.
_ATTACHED_LINE = re.compile(rf"(?m)^[ \t>*#_|]*{_ATTACHED.pattern}", re.IGNORECASE)
# After "số" in a sentence: a colon, blanks, perhaps a line break before the number (a wrapped copy)
SO_GAP = r"[ \t]*:?[ \t]*\n?[ \t]*"
# "đã ban hành Kế hoạch số …", "có văn bản số …", "UBND tỉnh có Công văn số 455/UBND-KT …", "Huyện ủy
# vừa có Kế hoạch số 79 …", "đã ban hành Quyết định 2179/QĐ-UBND …" (no "số": a number with its code only)
# The type word may carry its urgency between it and "số" ("có công điện khẩn số 05/CĐ-UBND").
_URGENT = rf"(?:{GAP}(?:khẩn|hỏa{GAP}tốc|hoả{GAP}tốc|thượng{GAP}khẩn))?"
# "Đó là chỉ đạo của UBND tỉnh … tại Công văn số 4079/UBND-KT …", "Đây là nội dung của Thông tư số …": a
# lead that names what the article presents, within its first sentence (no sentence end on the way).
_PRESENTED = rf"(?:Đó|Đây){GAP}là{GAP}(?:nội{GAP}dung|chỉ{GAP}đạo|yêu{GAP}cầu|quy{GAP}định)[^.!?\n]{{0,240}}?{GAP}(?:tại|trong|của)"
# The number may stand in brackets after its type word: "Thủ tướng đã có Công văn (số 73/TTg-CN) chỉ đạo …".
_BRACKET = r"(?:\([ \t]*(?=số))?"
_LEAD = re.compile(
    rf"{NOT_BEFORE}(?:ban{GAP}hành|có(?={GAP}(?:văn{GAP}bản|{TYPE_ALT}){NOT_AFTER}{_URGENT}{GAP}\(?[ \t]*số)|(?:vừa|đã){GAP}có"
    rf"|vừa{GAP}ký|phê{GAP}duyệt(?={GAP}(?:{TYPE_ALT}){NOT_AFTER}{GAP}số)|{_PRESENTED}){GAP}"
    rf"(?:(?P<type>{TYPE_ALT}){NOT_AFTER}{_URGENT}{GAP}{_BRACKET}(?P<so>số{SO_GAP})?|số{SO_GAP})",
    re.IGNORECASE,
)
# "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động … (Kế hoạch số 08/KH-UBND).": a lead's verb names a
# document by its title and the same sentence gives its number in brackets, restating its type word.
_BRACKETED_LEAD = re.compile(
    rf"{NOT_BEFORE}(?:ban{GAP}hành|xây{GAP}dựng|(?:vừa|đã){GAP}có|vừa{GAP}ký){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}"
    rf"[^.!?\n()]{{0,300}}\([ \t]*(?P=type){GAP}số{SO_GAP}",
    re.IGNORECASE,
)
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
# background of a news item (in a hard-wrapped copy its line is no paragraph of its own), not its lead.
_EARLIER = re.compile(r"[ \t>*#_|]*(?:Cũng[ \t]+)?Trước[ \t]+(?:đó|đây|kia)(?![^\W_])", re.IGNORECASE)
# How far after a lead its later step is looked for (the lead's paragraph and the next)
LATER_STEP_REACH = 700
# The end of a sentence inside a paragraph: a lead is a paragraph's first sentence.
_SENTENCE_END = re.compile(r"[.!?…][\]\d\[\"”’)]*[ \t]+(?=[^\W\d_a-zđ])")
# "vừa (ký) ban hành Quyết định số …": news of a document just issued (rule 6)
_JUST_ISSUED = re.compile(
    rf"{NOT_BEFORE}vừa{GAP}(?:ký{GAP})?ban{GAP}hành{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}số{SO_GAP}",
    re.IGNORECASE,
)
# Where a number can start: a digit after no letter or digit
_NUMBER_FIRST = re.compile(r"(?<![^\W_])(?<!/)\d")
# "giới thiệu toàn văn Nghị quyết số …", "đăng tải Hướng dẫn số …": the page carries that document.
_PUBLISHED = re.compile(
    rf"{NOT_BEFORE}(?:giới{GAP}thiệu{GAP}t(?:oà|òa)n{GAP}văn|đăng{GAP}tải(?:{GAP}t(?:oà|òa)n{GAP}văn)?){GAP}"
    rf"(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}số{SO_GAP}",
    re.IGNORECASE,
)
# "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm", "Xem toàn văn Quyết định số 12/QĐ-UBND tại đây": a
# page that points to the document it carries as an attachment or a link (:data:`_ATTACHMENT` after the number,
# in the same sentence), not a cross-reference ("(xem Quyết định số …)" in a document's body).
# "Chi tiết nội dung Nghị định 33 ở dưới đây:" (a forum answer pasting the decree it names) the same, by its short form.
_SEE = re.compile(
    rf"{NOT_BEFORE}(?:xem|chi{GAP}tiết)(?:{GAP}(?:t(?:oà|òa)n{GAP}văn|chi{GAP}tiết|nội{GAP}dung|trong|tại)){{0,2}}{GAP}"
    rf"(?P<type>{TYPE_ALT}){NOT_AFTER}(?:{GAP}số{SO_GAP}|[ \t]+(?=\d))",
    re.IGNORECASE,
)
_ATTACHMENT = re.compile(
    rf"{NOT_BEFORE}(?:(?:file|tệp|tập{GAP}tin|tài{GAP}liệu){GAP}(?:đính{GAP}kèm|kèm{GAP}theo)|tại{GAP}đây|dưới{GAP}đây)"
    rf"{NOT_AFTER}",
    re.IGNORECASE,
)
# How far after the number the attachment is looked for (the sentence's end stops it sooner)
ATTACHMENT_REACH = 200
# A short news page may name what it publishes only in its last sentence.
TAIL_WINDOW = 600
# A type word on the line above "SỐ …" without a colon: a title wrapped before its cited number
# ("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH⏎SỐ 164-KH/TU NGÀY …"), not the number field.
_TYPE_AT_LINE_END = re.compile(rf"(?:{TYPE_ALT})[ \t*_]*\n[ \t>*#_|]*\Z", re.IGNORECASE)


def find_own(text: str) -> OwnNumber | None:
    """The document's own number in the opening of NFC *text*, or None (see the module docstring)."""
    head = text[:WINDOW]
    w = working_copy(head)
    own = _own(head, w)
    if own is None:
        return None
    # A portal's page title may spell the same number otherwise ("1961/2019/QĐ-UBND" for "1961/QĐ-UBND")
    aliases: list[str] = []
    whole = _whole_cell(head, w, own)
    if whole is not None:
        aliases.append(own.number)
        own = replace(own, number=whole)
    for title in _TITLE_LINE.finditer(w, 0, 600):
        alias = _number_at(head, w, title.end(), "title")
        if alias is not None and alias.number != own.number and _serial(alias.number) == _serial(own.number):
            aliases.append(alias.number)
    return replace(own, aliases=tuple(dict.fromkeys(aliases))) if aliases else own


def _whole_cell(head: str, w: str, own: OwnNumber) -> str | None:
    """The own number whole when the place it was read from cut its last code short and the opening writes it
    whole elsewhere: a header cell "Số: 18 - KH/Đ" under a property table's "Số kí hiệu Số: 18 - KH/ĐU" (the
    same serial and code, more letters at the end).  None when no longer spelling is there."""
    serial = _serial(own.number)
    if not serial.isdigit() or not own.number[-1:].isalpha():
        return None
    at = w.find(serial)
    while at >= 0:
        if (at == 0 or not w[at - 1].isalnum()) and not w[at + len(serial) : at + len(serial) + 1].isdigit():
            scan = scan_number(w, at)
            if scan is not None and scan.structured:
                number = canonical_number(head[scan.start : scan.end])
                rest = number[len(own.number) :]
                if number.startswith(own.number) and rest.isalpha():
                    return number
        at = w.find(serial, at + len(serial))
    return None


def _own(head: str, w: str) -> OwnNumber | None:
    """The own number by the rules of the module docstring."""
    blank_header = False
    for pattern in (_HEADER_SO, _TYPED_SO):
        for m in pattern.finditer(w):
            if pattern is _HEADER_SO and m.group("colon") is None:
                so = m.start("so")
                if not _at_line_start(w, so) or _TYPE_AT_LINE_END.search(w, max(0, so - 40), so) is not None:
                    continue
            own = _number_at(head, w, m.end(), "header")
            if own is not None:
                return own
            blank_header = blank_header or _blank_number(w, m.end())
    candidates: list[tuple[re.Match[str] | None, str]] = [
        (_OLD_HEADER.match(w), "header"),
        (_METADATA.search(w), "metadata"),
    ]
    title = None
    if not blank_header:
        title = _TITLE.match(w)
        if (
            title is not None
            and not _lower_label(w)
            and w[: title.start()].count("\n") < 2
            and not names_another(head, w, title.end())
            and not asks(w, title.end())
        ):
            candidates.append((title, "title"))
        candidates.append((_ATTACHED.search(w, 0, 600) or _ATTACHED_LINE.search(w), "attached"))
        candidates.append((TEASER.match(w), "title"))
        if "<title>" in head:  # the working copy reads tags as blanks: the title tag is found in the text
            candidates.append((_HTML_TITLE.search(head), "title"))
    if not blank_header and (dashed := dashed_title(head, w) or slug_title(head, w)) is not None:
        return dashed
    for found, source in candidates:
        if found is not None and (own := _number_at(head, w, found.end(), source, bare=found is title and title is not None)) is not None:
            if own.number.isdigit() and not title_word_after(w, found.end()):
                continue  # "Kế hoạch 5 năm …": a bare serial is a title's number only before its description
            return _typed(own, found.group(0))
    if blank_header:
        # "Số:⏎- QC/ĐU" then "(Ban hành kèm theo Công văn số 7619-CV/BTCTW …)": the blank is the attached
        # form's, to be filled in by its users; the document the form comes with is the page's.
        blank_at = max((m.end() for m in _HEADER_SO.finditer(w)), default=0)
        attached = _ATTACHED_LINE.search(w, blank_at)
        return _number_at(head, w, attached.end(), "attached") if attached is not None else None
    presented = first_unnumbered(w)  # "Văn phòng Chính phủ đã có Thông cáo báo chí …": the page's document, unnumbered
    for pattern in (_LEAD, _BRACKETED_LEAD):
        for lead in pattern.finditer(w, 0, LEAD_WINDOW):
            if _looks_back(w, lead.start()) and "vừa" not in w[max(0, lead.start() - 12) : lead.start()].casefold():
                break  # "Tỉnh X sau 3 năm thực hiện …": "đã ban hành Kế hoạch số …" tells of an earlier document
            if REPLY.search(w, 0, lead.start()) is not None:
                break  # "Kính gửi: …", "TRẢ LỜI:": a reply's body tells of an earlier document; its own is in its header
            if _SENTENCE_END.search(w, w.rfind("\n", 0, lead.start()) + 1, lead.start()) is not None:
                continue  # not its paragraph's first sentence: an article's narrative, not a lead
            if _EARLIER.match(w, w.rfind("\n", 0, lead.start()) + 1, lead.start()) is not None:
                continue  # "Trước đó, Ban Bí thư … có Chỉ thị số …": the background of the news, an earlier document
            # "đã ban hành Quyết định 2179/QĐ-UBND": without "số" only a number with its code, unless the document
            # was just issued ("Phó Thủ tướng vừa ký ban hành Nghị quyết 332 về …": news of that one document)
            just = "vừa" in w[max(0, lead.start() - 12) : lead.start()].casefold()
            bare = pattern is _BRACKETED_LEAD or lead.group("type") is None or lead.group("so") is not None or just
            own = _number_at(head, w, lead.end(), "lead", bare=bare)
            if own is not None and _names_two(w, lead.end()):
                continue  # "đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU …": news of two documents
            if own is not None and _LATER_STEP.search(w, lead.end(), lead.end() + LATER_STEP_REACH) is not None:
                continue  # "… Không đồng ý với kết quả giải quyết, ông … khiếu nại": the lead's is an earlier step
            if own is not None and presented is not None and not same_family(presented, lead.group("type")):
                continue  # an item of the unnumbered document the page presents
            if own is not None:
                type_word = lead.group("type")
                return replace(own, type=type_of_word(type_word)) if type_word else own
    sole = _sole_document(head, w)
    if sole is not None and presented is not None and not same_family(presented, sole.type):
        sole = None
    return sole or _published(head, w)


def _lower_label(w: str) -> bool:
    """A page that is one line in lower case ("quyết định 15-2012-qĐ-ubnd", a search query or a tag): a label, not
    a title (a title is capitalised; an address without marks is read by :func:`.titles.slug_title`)."""
    label = w.strip()
    stored = re.match(_STORED_DATE, label)  # "date 2024-05-02 Thông báo số …": the date a copy was stored under
    return "\n" not in label and label[stored.end() if stored is not None else 0 :][:1].islower()


def _names_two(w: str, pos: int) -> bool:
    """Whether the number at *pos* is followed by a second document's (:data:`.news.ANOTHER_NAMED`)."""
    scan = scan_number(w, pos)
    return scan is not None and ANOTHER_NAMED.match(w, scan.end) is not None


_TYPE_WORD = re.compile(rf"{NOT_BEFORE}(?:{TYPE_ALT}){NOT_AFTER}", re.IGNORECASE)


def _typed(own: OwnNumber, before: str) -> OwnNumber:
    """*own* with the type word written before its number ("Quy định số 24-QĐ/TW, …" in a title: a
    "Quy định", so "Quy định số 24" further down is the document itself), when one is."""
    words = _TYPE_WORD.findall(before)
    return replace(own, type=type_of_word(words[-1])) if words and own.type is None else own


def _looks_back(w: str, lead: int) -> bool:
    """Whether the page's first line is a title looking back over years of work (:data:`.cues.LOOK_BACK_TITLE`)
    above the lead at *lead*: on the lead's own line only its words before the lead count ("Ngày 23/02, Văn phòng
    Chính phủ có Thông báo số 56/TB-VPCP Kết luận Phiên họp tổng kết …" names what the page's notice concludes)."""
    start = len(w) - len(w.lstrip())
    end = w.find("\n", start)
    return LOOK_BACK_TITLE.search(w, start, min(end if end >= 0 else len(w), max(lead, start))) is not None


def _sole_document(head: str, w: str) -> OwnNumber | None:
    """Rule 6: a short page whose numbers all name the document a sentence says was just issued."""
    if len(head) == WINDOW or "vừa" not in w:
        return None
    found = _JUST_ISSUED.search(w)
    own = _number_at(head, w, found.end(), "lead") if found is not None else None
    if found is None or own is None:
        return None
    for digit in _NUMBER_FIRST.finditer(w):
        scan = scan_number(w, digit.start())
        if scan is not None and scan.structured and canonical_number(head[scan.start : scan.end]) != own.number:
            return None
    return replace(own, type=type_of_word(found.group("type")))


def _published(head: str, w: str) -> OwnNumber | None:
    """A document the page presents (rule 6), in its opening or the closing of a short page."""
    found = _PUBLISHED.search(w) or _see_attached(w)
    if found is None and len(head) == WINDOW:
        return None
    if found is None:
        found = _PUBLISHED.search(w, max(0, len(w) - TAIL_WINDOW))
    if found is None:
        return None
    own = _number_at(head, w, found.end(), "published", bare=found.re is _SEE)
    if own is None:
        return None
    own = replace(own, type=type_of_word(found.group("type")))
    full = _full_form(head, w, own) if own.number.isdigit() else None
    return replace(own, number=full, aliases=(own.number,)) if full is not None else own


def _full_form(head: str, w: str, own: OwnNumber) -> str | None:
    """The full number a short form names ("Nghị định 33" → "33/2023/NĐ-CP" further in the opening): the first one
    with its serial and a code of its type, else None."""
    at = w.find(own.number)
    while at >= 0:
        if (at == 0 or not w[at - 1].isalnum()) and not w[at + len(own.number) : at + len(own.number) + 1].isdigit():
            scan = scan_number(w, at)
            if scan is not None and scan.structured and type_from_code(scan.type_code, scan.system) == own.type:
                return canonical_number(head[scan.start : scan.end])
        at = w.find(own.number, at + len(own.number))
    return None


def _see_attached(w: str) -> re.Match[str] | None:
    """The first "xem … <type> số" (:data:`_SEE`) whose sentence goes on to an attachment or a link (:data:`_ATTACHMENT`)."""
    for see in _SEE.finditer(w):
        end = min(len(w), see.end() + ATTACHMENT_REACH)
        stop = _SENTENCE_END.search(w, see.end(), end)
        if _ATTACHMENT.search(w, see.end(), stop.start() if stop is not None else end) is not None:
            return see
    return None


def _serial(number: str) -> str:
    return number.split("/", 1)[0].split("-", 1)[0]


def _at_line_start(w: str, pos: int) -> bool:
    line_start = w.rfind("\n", 0, pos) + 1
    return not w[line_start:pos].strip(" \t>*#_|")


def _blank_number(w: str, pos: int) -> bool:
    """"Số: /KH-UBND", "Số      /NQ-HĐND": the number is left blank."""
    return re.match(r"[ \t.…]*/", w[pos : pos + 40]) is not None


def _number_at(text: str, w: str, pos: int, source: str, *, bare: bool = False) -> OwnNumber | None:
    scan = scan_number(w, pos)
    if scan is None:
        return None
    scan = cut_number(w, scan) or scan  # "Chính phủ ban hành Nghị định 220/2025 …"
    if not scan.structured:
        # "Chỉ thị số 17 về việc …": a bare serial only in a lead, followed by a word or punctuation
        after = w[scan.end : scan.end + 1]
        if not bare or after.isdigit() or (after in {"/", ".", ","} and w[scan.end + 1 : scan.end + 2].isdigit()):
            return None
    return OwnNumber(canonical_number(text[scan.start : scan.end]), text.count("\n", 0, scan.start) + 1, source)
