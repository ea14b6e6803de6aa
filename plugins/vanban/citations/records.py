"""A page that shows its document as a record under its title: the structure of a page that IS the document.

A portal or a site that publishes a document puts, under the page's title (a headline, no sentence), a line that names
the document and nothing else: its type, "số", its number, perhaps its date, its issuer ("của …") and its subject ("về
…", "V/v …"): "Hướng dẫn tổ chức kỷ niệm 80 năm …⏎Hướng dẫn số 82-HD/BTGTW, ngày 10/8/2009 của Ban Tuyên giáo Trung
ương" (heldout30 h30-35), "Thông báo treo cờ Tổ quốc …⏎Tác giả: … Ngày đăng: …⏎Thông báo số 217/TB-UBND ngày 08/5/2019
của UBND thị xã Điện Bàn V/v treo cờ …" (import heldout8 x14).  No verb stands before the number and the line is not a
sentence telling of the document: it is the page's own, as a header's "Số:" field is.

A legal database's validity-history page is that document's record too: its table's caption names it ("Lịch sử hiệu
lực: Quyết định 30/2013/QĐ-UBND" over the rows "09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND", "… Được sửa đổi
79/2014/QĐ-UBND"): the amending and replacing documents in the rows are its citations, the caption's is its own.

A page that tells of a document says so in a sentence ("Ngày …, UBND tỉnh ban hành …": :mod:`.leads`); a listing of
documents gives several such lines (then none is the page's); a line that goes on after the number with anything but a
date, an issuer or a subject ("Kế hoạch số 12/KH-UBND được triển khai …") is a sentence, not a record.
"""

from __future__ import annotations

import re

from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import number_at
from .tails import DATE_TAIL
from .vocabulary import NOT_AFTER, TYPE_ALT, type_family, type_from_code, type_of_word

__all__ = ["history_record", "record_line", "subject_record"]

# A line that opens with a document's type word and "số" (the number right after): a record of the document
_RECORD = re.compile(rf"[ \t>*#_|•-]*(?P<type>{TYPE_ALT}){NOT_AFTER}[ \t]+số[ \t]*:?[ \t]*\n?[ \t]*(?=\d)", re.IGNORECASE)
# What may follow a record's number (and its date): the line's end, the issuer, the subject
_AFTER = re.compile(r"[ \t.,;]*(?:\n|\Z|(?:của|do)[ \t\n]|(?:về|V/v|v/v|V\.v)(?![^\W_]))", re.IGNORECASE)
# The record's subject after its number ("về việc …", "V/v …")
_SUBJECT = re.compile(r"(?<![^\W_])(?:về|V/v|v/v|V\.v)(?![^\W_])", re.IGNORECASE)
# The words of tense and voice that only a clause has, never a record ("Chỉ thị số 13-CT/TW … đã được tỉnh … triển khai")
_CLAUSE_MARK = re.compile(r"(?<![^\W_])(?:đã|đang|sẽ|được|bị|vừa)(?![^\W_])", re.IGNORECASE)
# A title that is a trích yếu ("Về việc phối hợp …"): only a record repeating it is the page's (identity._record_line)
_TITLE_SUBJECT = re.compile(r"[ \t#*_“\"]*(?:về|V/v|v/v|V\.v)(?![^\W_])", re.IGNORECASE)
# The opening lines read: the title, a stamp or a byline, the record
RECORD_LINES = 4
# A title is at most this long and holds no sentence
TITLE_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?…][ \t]+[^\W\d_]")
# A date that ends the record's paragraph may wrap ("ngày 10/8/2009 của⏎Ban …": the issuer on the next line)
_WORD_LINE = re.compile(r"[^\n]*[^\W\d_][^\n]*")


# A saved page source's lines that are no text: its doctype, its style sheet's rules (".style1 {", "font-size: 10pt;", "}")
_MARKUP = re.compile(r"[ \t]*(?:<!|[.#]?[\w-]+[ \t]*\{|[\w-]+[ \t]*:[^\n]*;[ \t]*$)")
# A line between the title and the record is a stamp or a byline ("Tác giả: … Ngày đăng: …"), no longer than this
BETWEEN_CHARS = 120
# A record is one line or a wrapped one, no longer than this
RECORD_CHARS = 400


def _lines(w: str) -> list[tuple[int, str]]:
    """The opening's lines that carry a word (debris, counters, blank lines and a page source's markup passed over),
    with their starts."""
    lines = [(m.start(), m.group(0)) for m in _WORD_LINE.finditer(w, 0, 2500) if _MARKUP.match(m.group(0)) is None]
    return lines[: RECORD_LINES + 6]


def record_line(head: str, w: str) -> OwnNumber | None:
    """The number of the one record line (:data:`_RECORD`) among the lines right under the page's title, whose type is
    the title's first word's or which names its subject, else None (see the module docstring)."""
    lines = _lines(w)
    if len(lines) < 2:
        return None
    title = lines[0][1].strip()
    if len(title) > TITLE_CHARS or _SENTENCE_INSIDE.search(title) is not None or _RECORD.match(title) is not None:
        return None
    records = [(start, found) for start, line in lines[1:] if (found := _RECORD.match(w, start)) is not None]
    if len(records) != 1:
        return None  # none, or a listing of documents
    start, found = records[0]
    at = next((i for i, (line_start, _) in enumerate(lines) if line_start == start), RECORD_LINES)
    if at >= RECORD_LINES or any(len(line.strip()) > BETWEEN_CHARS for _, line in lines[1:at]):
        return None  # too far under the title, or under a paragraph: the page's text has begun
    end = w.find("\n\n", start)
    paragraph = w[start : end if end >= 0 else len(w)]
    if (
        len(paragraph.strip()) > RECORD_CHARS
        or _SENTENCE_INSIDE.search(paragraph) is not None
        or _CLAUSE_MARK.search(paragraph) is not None
    ):
        return None  # "Quyết định số 93/2007/QĐ-TTg về … đã được ban hành từ năm 2007, …": a sentence telling of it
    scan = scan_number(w, found.end())
    if scan is None or not scan.structured:
        return None
    dated = DATE_TAIL.match(w, scan.end, scan.end + 40)
    after = _AFTER.match(w, dated.end() if dated is not None else scan.end)
    if after is None:
        return None  # the number goes on in a sentence
    subject = _SUBJECT.search(paragraph, scan.end - start) is not None  # "… của Thành ủy TPHCM về việc …"
    family = type_family(type_of_word(found.group("type")))
    title_type = re.match(rf"[ \t#*_“\"]*(?P<type>{TYPE_ALT}){NOT_AFTER}", title, re.IGNORECASE)
    same = title_type is not None and type_family(type_of_word(title_type.group("type"))) == family
    if not (same or (subject and _TITLE_SUBJECT.match(title) is None)):
        return None  # a title that gives its own subject ("Về việc …") names another document when the record differs
    own = number_at(head, w, found.end(), "title")
    return None if own is None else OwnNumber(own.number, own.line, own.source, type_of_word(found.group("type")))


# A portal's menu words above the page's title ("Skip to main content", "Liên hệ TT KNQG"): a short line of words alone,
# no digit, no mark of a sentence or a field
_MENU_LINE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){1,6}\n(?:[ \t]*\n)*")
MENU_LINES = 3
# A page titled by a letter's subject, as a portal titles a công văn: "V/v tăng cường …", "Về việc báo cáo …" (written
# as a title is, not the capitals of a document's own header, whose "Số:" field is read first)
_LETTER_SUBJECT = re.compile(r"[ \t#*_“\"]*(?:V/v|V\.v|Về[ \t]+việc)(?![^\W_])")
# Where a number may start: a digit after no letter, digit or number mark
_NUMBER_START = re.compile(r"(?<![\w/.-])\d")
# The number's date right after it, as a record gives it ("37/UBND-VP ngày 10/1/2022", "(3585/VP-KTN, ngày 23/10/2017)")
_ITS_DATE = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]*\d")
# A type word, "số" or "văn bản" right before a number: a document named in a sentence, a citation's form
_NAMED_BEFORE = re.compile(rf"(?<![^\W_])(?:{TYPE_ALT}|số|văn[ \t]+bản)[ \t:]*\Z", re.IGNORECASE)
NAMED_REACH = 30


def subject_record(head: str, w: str) -> OwnNumber | None:
    """The number of a page titled by its letter's subject ("V/v …", "Về việc …", perhaps under a portal's menu words)
    whose first structured number stands bare with its date, as a record gives it ("… nội dung sau: 37/UBND-VP ngày
    10/1/2022", import heldout14 e25; "Về việc báo cáo … (3585/VP-KTN, ngày 23/10/2017).", import tuning3 v17): no type
    word, "số" or "văn bản" before it, so no sentence names it as another document; the page's own.  None otherwise (a
    first number named in a sentence, "Thực hiện Công điện số …", is a citation, and the page's own is not guessed)."""
    at = 0
    for _ in range(MENU_LINES):
        menu = _MENU_LINE.match(w, at)
        if menu is None:
            break
        at = menu.end()
    if _LETTER_SUBJECT.match(w, at) is None:
        return None
    for digit in _NUMBER_START.finditer(w, at):
        scan = scan_number(w, digit.start())
        if scan is None or not scan.structured:
            continue
        if _NAMED_BEFORE.search(w, max(at, scan.start - NAMED_REACH), scan.start) is not None:
            return None
        if _ITS_DATE.match(w, scan.end) is None:
            return None
        own = number_at(head, w, scan.start, "title")
        kind = type_from_code(scan.type_code, scan.system)
        return OwnNumber(own.number, own.line, own.source, kind) if own is not None and kind is not None else own
    return None


# A validity-history table's caption, at a line's start (perhaps a bullet): "Lịch sử hiệu lực: Thông tư 03/2009/TT-BCT"
_HISTORY_CAPTION = re.compile(
    rf"(?m)^[ \t>*#_|•+-]*Lịch[ \t]+sử[ \t]+hiệu[ \t]+lực[ \t]*:[ \t]*(?P<type>{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*)?(?=\d)",
    re.IGNORECASE,
)


def history_record(head: str, w: str) -> OwnNumber | None:
    """The number a validity-history table's caption names (:data:`_HISTORY_CAPTION`; import heldout15 f31, heldout35
    ak22), the page being that document's record; None without such a caption or a structured number after it."""
    found = _HISTORY_CAPTION.search(w)
    if found is None:
        return None
    scan = scan_number(w, found.end())
    if scan is None or not scan.structured or _AFTER.match(w, scan.end) is None:
        return None  # "Lịch sử hiệu lực: Quyết định 30 …" bare, or the caption going on as a sentence
    own = number_at(head, w, found.end(), "metadata")
    return None if own is None else OwnNumber(own.number, own.line, own.source, type_of_word(found.group("type")))
