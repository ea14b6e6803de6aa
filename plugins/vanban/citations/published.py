"""A page about one document: a short page whose numbers all name the document it says was just issued, and a page
that presents the document it carries (rules 6-7 of :mod:`.identity`, read after the news leads of :mod:`.leads`).

6. ``lead`` again, on a short page about one document: every number it holds is that document's
   and one of its sentences says it was just issued ("Thủ tướng Chính phủ vừa ký ban hành Quyết định
   số 571/QĐ-TTg …"), further down than a lead is looked for (a news site's tag page of snippets).
7. ``published`` — a page that presents the document it carries: "Ban biên tập giới thiệu toàn
   văn Nghị quyết số 10-NQ/TU…", "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG…",
   in the opening or, on a short news page, in its closing (:data:`TAIL_WINDOW`).  "công bố"
   is not read so: a "lễ công bố Nghị quyết số …" is a report of another body's document.  So does a page
   that points to its attachment or link: "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm", "Chi tiết
   nội dung Nghị định 33 ở dưới đây:" (a short form: the full number the opening gives, "33/2023/NĐ-CP").  So does a
   page's download link, of a page whose lead does not number its document: "Tải về Hướng dẫn 3566/HD-BVHTTDL …" opening
   its line, or "Tải văn bản: bấm tại đây" under the line naming the document (:func:`download_link`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import SO_GAP, WINDOW, number_at
from .spelling import canonical_number
from .vocabulary import ABBREVIATIONS, GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT, type_from_code, type_of_word

__all__ = ["SENTENCE_END", "download_link", "full_form", "published", "sole_document"]

# The end of a sentence inside a paragraph: a lead is a paragraph's first sentence.  The period of an abbreviation
# (:data:`.vocabulary.ABBREVIATIONS`, after a blank, as the clause reader reads them) ends none: "Ngày 27/3, Phó Chủ
# tịch UBND TP. Hà Nội … ký Quyết định số 1769/QĐ-UBND …" is one sentence (heldout26 h26-32).
_NOT_ABBREVIATED = "".join(rf"(?<!\s(?i:{re.escape(word[:-1])}))" for word in sorted(ABBREVIATIONS))
SENTENCE_END = re.compile(rf"(?:[!?…]|{_NOT_ABBREVIATED}\.)[\]\d\[\"”’)]*[ \t]+(?=[^\W\d_a-zđ])")
# "vừa (ký) ban hành Quyết định số …": news of a document just issued (rule 6)
_JUST_ISSUED = re.compile(
    rf"{NOT_BEFORE}vừa{GAP}(?:ký{GAP})?ban{GAP}hành{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}số{SO_GAP}",
    re.IGNORECASE,
)
# Where a number can start: a digit after no letter or digit
_NUMBER_FIRST = re.compile(r"(?<![^\W_])(?<!/)\d")
# "giới thiệu toàn văn Nghị quyết số …", "đăng tải Hướng dẫn số …": the page carries that document; so does one that
# quotes it whole ("Ban biên tập … xin trích nguyên Hướng dẫn số 12-HD/BTGTW …. Toàn văn như sau:", heldout25 h25-45;
# "trích nguyên văn", "trích đăng toàn văn"), not one that quotes a part ("trích Điều 5 Nghị định …": no type word next);
# so does a news item whose bracketed source credit is the document it retells ("Vĩnh Ái (Nguồn Quyết định số
# 03/2013/QĐ-UBND ngày 24/01/2013)" under "… được áp dụng tại Quyết định số 03/2013/QĐ-UBND …", heldout27 h27-43), or
# names its attachment with a colon ("… bảo vệ môi trường sinh thái (Kèm theo: Công văn số 359/UBND-NN ngày 22/01/2018 của
# UBND tỉnh)", import heldout12 b24; not "(kèm theo Quyết định số …)" inside a sentence: an annex of another document).
_PUBLISHED = re.compile(
    rf"{NOT_BEFORE}(?:giới{GAP}thiệu{GAP}t(?:oà|òa)n{GAP}văn|đăng{GAP}tải(?:{GAP}t(?:oà|òa)n{GAP}văn)?"
    rf"|trích{GAP}(?:nguyên(?:{GAP}văn)?|đăng{GAP}(?:t(?:oà|òa)n|nguyên){GAP}văn)|(?<=\()[ \t]*(?:nguồn[ \t]*:?|kèm{GAP}theo[ \t]*:)){GAP}"
    rf"(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}số{SO_GAP}",
    re.IGNORECASE,
)
# "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm", "Xem toàn văn Quyết định số 12/QĐ-UBND tại đây": a
# page that points to the document it carries as an attachment or a link (:data:`_ATTACHMENT` after the number,
# in the same sentence), not a cross-reference ("(xem Quyết định số …)" in a document's body).
# "Chi tiết nội dung Nghị định 33 ở dưới đây:" (a forum answer pasting the decree it names) the same, by its short form.
# A download link says it so too, opening its line: "Tải quyết định số 1931/QĐ-UBND tại đây" (import heldout13 c29; not
# "… Bộ Giao thông vận tải Quyết định số …", a body's name).
_SEE = re.compile(
    rf"{NOT_BEFORE}(?:xem|chi{GAP}tiết|(?<![^\n])[ \t>*•-]*tải(?:{GAP}về)?)(?:{GAP}(?:t(?:oà|òa)n{GAP}văn|chi{GAP}tiết|nội{GAP}dung|trong|tại)){{0,2}}{GAP}"
    rf"(?P<type>{TYPE_ALT}){NOT_AFTER}(?:{GAP}số{SO_GAP}|[ \t]+(?=\d))",
    re.IGNORECASE,
)
_ATTACHMENT = re.compile(
    rf"{NOT_BEFORE}(?:(?:file|tệp|tập{GAP}tin|tài{GAP}liệu){GAP}(?:đính{GAP}kèm|kèm{GAP}theo)|tại{GAP}đây|dưới{GAP}đây)"
    rf"{NOT_AFTER}",
    re.IGNORECASE,
)
# A page's downloads under their heading, the first item a numbered document: "Xem và Tải về:⏎⏎1. Thông báo số
# 550/TB-UBND ngày 26/10/2018 về việc …⏎⏎2. Phụ lục 3 - Phương án …" (import heldout23 u24); another numbered item
# among them names a second document (no own number then).
_DOWNLOADS = re.compile(
    rf"(?im)^[ \t]*(?:xem{GAP}và{GAP})?tải{GAP}về[ \t]*:[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\d{{1,2}}[.)][ \t]*)?"
    rf"(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}số{SO_GAP}"
)
_ITEM_DOCUMENT = re.compile(rf"(?im)^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?:{TYPE_ALT}){NOT_AFTER}{GAP}(?:số{SO_GAP})?\d")
# A source credit that names the document by its number alone, the news item's last words: "Thanh An (nguồn
# 723/QĐ-UBND-HC)" (import heldout11 a30), "BBT(Nguồn: 132/TB-UBND)" (import heldout29 ae30); its code says the type.
_SOURCE_NUMBER = re.compile(r"(?<=\()[ \t]*(?i:nguồn)[ \t]*:?[ \t]*(?=\d[^\n)]{2,40}\)[ \t.]*(?:\n|\Z))")
# How far after the number the attachment is looked for (the sentence's end stops it sooner)
ATTACHMENT_REACH = 200
# A short news page may name what it publishes only in its last sentence.
TAIL_WINDOW = 600


def sole_document(head: str, w: str) -> OwnNumber | None:
    """Rule 6: a short page whose numbers all name the document a sentence says was just issued."""
    if len(head) == WINDOW or "vừa" not in w:
        return None
    found = _JUST_ISSUED.search(w)
    own = number_at(head, w, found.end(), "lead") if found is not None else None
    if found is None or own is None:
        return None
    for digit in _NUMBER_FIRST.finditer(w):
        scan = scan_number(w, digit.start())
        if scan is not None and scan.structured and canonical_number(head[scan.start : scan.end]) != own.number:
            return None
    return replace(own, type=type_of_word(found.group("type")))


def published(head: str, w: str) -> OwnNumber | None:
    """A document the page presents (rule 6), in its opening or the closing of a short page."""
    found = _PUBLISHED.search(w) or _see_attached(w)
    if found is None and (offered := download_link(head, w)) is not None:
        return offered
    if found is None and len(head) == WINDOW:
        return None
    if found is None:
        tail = max(0, len(w) - TAIL_WINDOW)
        found = _PUBLISHED.search(w, tail) or _SOURCE_NUMBER.search(w, tail) or _downloads(w)
    if found is None:
        return None
    if found.re is _SOURCE_NUMBER:
        credited = number_at(head, w, found.end(), "published")
        scan = scan_number(w, found.end())
        kind = type_from_code(scan.type_code, scan.system) if scan is not None else None
        return replace(credited, type=kind) if credited is not None and kind is not None else None
    own = number_at(head, w, found.end(), "published", bare=found.re is _SEE)
    if own is None:
        return None
    own = replace(own, type=type_of_word(found.group("type")))
    full = full_form(head, w, own) if own.number.isdigit() else None
    return replace(own, number=full, aliases=(own.number,)) if full is not None else own


def full_form(head: str, w: str, own: OwnNumber) -> str | None:
    """The full number a short form names ("Nghị định 33" → "33/2023/NĐ-CP" further in the opening): the first one
    with its serial and a code of its type, else None.  Also the whole of a bare own serial a lead or a title gave
    (:func:`.identity.find_own`: "… ban hành Chỉ thị số 11 về …" over "… Chỉ thị số 11/CT-CTUBND ngày 16/4/2020 …")."""
    at = w.find(own.number)
    while at >= 0:
        if (at == 0 or not w[at - 1].isalnum()) and not w[at + len(own.number) : at + len(own.number) + 1].isdigit():
            scan = scan_number(w, at)
            if scan is not None and scan.structured and type_from_code(scan.type_code, scan.system) == own.type:
                return canonical_number(head[scan.start : scan.end])
        at = w.find(own.number, at + len(own.number))
    return None


def _downloads(w: str) -> re.Match[str] | None:
    """The downloads' heading whose one numbered item is its first (:data:`_DOWNLOADS`), else None."""
    found = _DOWNLOADS.search(w)
    if found is None:
        return None
    next_line = w.find("\n", found.end())
    return None if next_line >= 0 and _ITEM_DOCUMENT.search(w, next_line + 1) else found


def _see_attached(w: str) -> re.Match[str] | None:
    """The first "xem … <type> số" (:data:`_SEE`) whose sentence goes on to an attachment or a link (:data:`_ATTACHMENT`)."""
    for see in _SEE.finditer(w):
        end = min(len(w), see.end() + ATTACHMENT_REACH)
        stop = SENTENCE_END.search(w, see.end(), end)
        if _ATTACHMENT.search(w, see.end(), stop.start() if stop is not None else end) is not None:
            return see
    return None


# A download link of the page's document (rule 7 too): a line opening with "Tải (về|xuống)" and the document by its
# number ("Tải về Hướng dẫn 3566/HD-BVHTTDL ngày 07/9/2016 của Bộ …" under a headline, its lead "Bộ … vừa có hướng dẫn
# …" unnumbered, heldout35 h35-09), or a link naming the document by its type alone and pointing to itself ("Tải văn
# bản: bấm tại đây" under "Văn vản số 3888/BTNMT-ĐCKS ngày … của Bộ …", import heldout12 b30; "Các bạn … có thể tải về
# hướng dẫn thực hiện điều lệ Đoàn mới TẠI ĐÂY" under "… theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013.", import heldout9
# y03): the page offers that document, the one numbered document of that type ("văn bản": of any type) the paragraph
# above the link names.  A link line naming a number further on ("Tải bản đầy đủ … Quyết định số …") is no such link.
_LINK = re.compile(
    rf"(?P<open>(?<![^\n])[ \t>*•+-]*)?(?<![^\W_])tải(?:{GAP}(?:về|xuống))?{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}",
    re.IGNORECASE,
)
_HERE = re.compile(rf"{NOT_BEFORE}(?:tại|ở|dưới){GAP}đây{NOT_AFTER}", re.IGNORECASE)
# A numbered document named in a line: its type word (perhaps "số"), or "số" alone ("Văn vản số 3888/…": a misspelt type)
_NAMED = re.compile(rf"{NOT_BEFORE}(?:(?P<type>{TYPE_ALT}){NOT_AFTER}{GAP}(?:số{SO_GAP})?|số{SO_GAP})(?=\d)", re.IGNORECASE)


def download_link(head: str, w: str) -> OwnNumber | None:
    """The document a download link in the opening offers (:data:`_LINK`), else None."""
    for link in _LINK.finditer(w):
        line_end = w.find("\n", link.end())
        line_end = line_end if line_end >= 0 else len(w)
        on_line = _numbered(head, w, link.start("type"), line_end)
        if on_line:
            if link.group("open") is not None and on_line[0][0].start() == link.start("type"):
                own = on_line[0][1]
                return replace(own, type=type_of_word(link.group("type")))
            continue
        if _HERE.search(w, link.end(), line_end) is None:
            continue
        above = w[: w.rfind("\n", 0, link.start()) + 1].rstrip()
        named = _numbered(head, w, above.rfind("\n") + 1, len(above))
        kind = type_of_word(link.group("type"))  # None for "văn bản": a document of any type
        same_type = kind is None or all(type_of_word(m.group("type") or "") == kind for m, _ in named)
        if len({own.number for _, own in named}) == 1 and same_type:
            return replace(named[0][1], type=kind) if kind is not None else named[0][1]
    return None


def _numbered(head: str, w: str, start: int, end: int) -> list[tuple[re.Match[str], OwnNumber]]:
    """The numbered documents named in *w*[start:end] (:data:`_NAMED`, a structured number), each with its number."""
    found = []
    for named in _NAMED.finditer(w, start, end):
        scan = scan_number(w, named.end())
        if scan is not None and scan.structured and (own := number_at(head, w, named.end(), "published")) is not None:
            found.append((named, own))
    return found
