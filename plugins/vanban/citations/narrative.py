"""When a lead's "ban hành … số …" is an article's narrative, not the page presenting its document (:mod:`.leads`).

A careful reader takes a number for the page's own from a lead only when the page is news of that document. Three
places say the page is something else, whatever the verb (the twenty-first session's first-contact errors, heldout18):

* a nominal issuing, "Việc Ban Bí thư ban hành Chỉ thị số 51 đã khẳng định …": the issuing is the subject of a judgement
  (a speech or an article reviewing it), not news of it (:func:`nominal`);
* an article that has begun before the lead: two paragraphs of prose above it (a news page's sapo is one) (a full sentence, no document issued in it,
  no reason given for one) is the article's own lead, and a later "Chánh án đã ban hành Chỉ thị số 04/2014/CT-CA …" is
  its narrative, as a sentence inside a paragraph is (:func:`after_prose`);
* a chronicle: the paragraph before or after the lead's tells of another numbered document issued on a date of its own ("… ngày 19-11-1958, Bộ
  Chính trị đã ban hành Nghị quyết số 58 …⏎Thực hiện Nghị quyết …, ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định
  số 100/TTg …"): a history of documents issued in turn, none of them the page's (:func:`chronicle`); so is the lead's next
  sentence telling of one ("Ngày 29/11/2022, Chính phủ ban hành Nghị định số 98/2022/NĐ-CP …. Trên cơ sở đó, Bộ trưởng …
  đã ban hành Quyết định số 996/QĐ-BTP ngày 09/6/2023 …", the twenty-first session's second round, heldout19);
* a speaker's words: the lead inside a quotation opened after a colon ("Trưởng Công an xã cho biết: "Thực hiện …, Công
  an xã đã tham mưu cho UBND xã ban hành Kế hoạch 236/KH-UBND"): the page reports what the speaker told
  (:func:`quoted`);
* a dated story above: a paragraph before the lead's that opens with a day of its own and names no document ("Tối 8/3,
  tại Di tích … đã diễn ra chương trình nghệ thuật ….⏎Bộ Văn hóa … vừa có Công văn số 2100/BVHTTDL-DSVH …", heldout30
  h30-07; "Sáng 14/6, tại … Hội nghị Tập huấn …, ông … đã giới thiệu ….⏎Theo ông …, ngày 26/5/2025, Tổng Bí thư … đã ký
  ban hành Quy định số 294-QĐ/TW …", heldout25 h25-07; "Ngày 4/10, UBND Thành phố đã tổ chức cưỡng chế …. ⏎…⏎Ngày
  24/5/2022, UBND thành phố đã ban hành Quyết định số 1069/QĐ-UBND …", heldout29 h29-08): the page's news is that day's
  story, and a document issued further down is part of what it tells, or another item of a tag page
  (:func:`dated_story`); a news lead is its page's first dated paragraph;
* an advised issuing, "… đã tham mưu (cho) UBND xã ban hành Kế hoạch …": the subject is the body that advised, the page
  tells of its work, and the document is another body's, reported (:func:`advised`).
"""

from __future__ import annotations

import re

from .numbers import scan_number
from .vocabulary import GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT

__all__ = ["DATED_PARAGRAPH", "NUMBERED", "advised", "after_prose", "chronicle", "dated_story", "narrated", "nominal", "quoted"]

# The clause before a lead's verb opens with "Việc": "Việc Ban Bí thư T.Ư Đảng ban hành Chỉ thị số 51 đã …"
_NOMINAL = re.compile(r"[ \t\"“'(]*Việc[ \t]+(?![^\W_]*[ \t]*[:.])", re.IGNORECASE)
# Where a clause starts: a sentence end, a colon (a speech quoted), a semicolon, a line opening with "Việc" (a line
# break alone is none: a hard-wrapped line may open with "việc" of "về việc")
_CLAUSE_START = re.compile(r"[.!?…](?=\s)|[:;]|\n(?=[ \t]*Việc)")
# How far back the clause's start is looked for
CLAUSE_REACH = 240


def nominal(w: str, lead: int) -> bool:
    """Whether the lead's verb at *lead* is in a clause that opens with "Việc" (a nominal issuing)."""
    start = max(0, lead - CLAUSE_REACH)
    last = start
    for found in _CLAUSE_START.finditer(w, start, lead):
        last = found.end()
    return _NOMINAL.match(w, last, lead) is not None


# A prose paragraph: a full sentence (it ends with a sentence mark) of at least PROSE_WORDS words
PROSE_WORDS = 20
PROSE_PARAGRAPHS = 2
_FINAL_MARK = re.compile(r"[.!?…][\"”’)\]]*[ \t]*\Z")
# A document cited with its number, or one issued, in a paragraph: then the paragraph may be a teaser of the lead
_NUMBERED = re.compile(
    rf"{NOT_BEFORE}(?:(?:{TYPE_ALT}){NOT_AFTER}{GAP}(?:số[ \t]*:?[ \t]*)?\d|ban{GAP}hành|ký(?={GAP}(?:{TYPE_ALT})))"
    r"|\d[/-]\d*[^\W\d_]",
    re.IGNORECASE,
)
NUMBERED = _NUMBERED  # a numbered document, or a document issued, named in a sentence (:mod:`.leads`' situation)
# A paragraph that gives the lead's reason or purpose ("Thực hiện …", "Nhằm …"), or a section's header: no narrative
_REASON = re.compile(
    rf"[ \t>*#_|-]*(?:thực{GAP}hiện|triển{GAP}khai|căn{GAP}cứ|hưởng{GAP}ứng|quán{GAP}triệt|trên{GAP}cơ{GAP}sở|để|nhằm)(?![^\W_])",
    re.IGNORECASE,
)


def after_prose(w: str, paragraphs: list[tuple[int, int]], lead: int) -> bool:
    """Whether the article has begun above the lead's paragraph (*paragraphs* the page's, the lead at *lead*): two
    paragraphs of prose stand above it (a news page's sapo is one), each ending with a sentence mark, of
    :data:`PROSE_WORDS` words or more, naming no numbered document, issuing none ("ban hành", "ký" a document) and giving
    no reason."""
    prose = 0
    texts = (" ".join(w[start:end].split()) for start, end in paragraphs if end <= lead and not start <= lead < end)
    for text in dict.fromkeys(texts):  # a title the page repeats is one
        if (
            len(text.split()) >= PROSE_WORDS
            and _FINAL_MARK.search(text) is not None
            and _NUMBERED.search(text) is None
            and _REASON.match(text) is None
        ):
            prose += 1
    return prose >= PROSE_PARAGRAPHS


def _paragraphs(w: str) -> list[tuple[int, int]]:
    """The spans of *w*'s paragraphs: a line is joined to the one above when it opens in lower case or with a digit (a
    hard-wrapped sentence, a number wrapped after its "số"), or when the line above is long and ends without a mark."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in w.split("\n"):
        end = start + len(line)
        text = line.strip()
        if not text:
            spans.append((end, end))  # a blank line ends the paragraph above
        elif spans and spans[-1][1] > spans[-1][0] and _continues(w[spans[-1][0] : spans[-1][1]], text):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        start = end + 1
    return [span for span in spans if span[1] > span[0]]


def _continues(above: str, text: str) -> bool:
    """Whether the line *text* goes on with the paragraph *above* (see :func:`_paragraphs`)."""
    last_line = above[above.rfind("\n") + 1 :].strip()
    return text[0].islower() or text[0].isdigit() or (wrapped(last_line) and last_line[-1] not in ".!?…:;")


def wrapped(line: str) -> bool:
    """Whether *line* is long enough to be a hard-wrapped one (a heading is shorter: :data:`WRAPPED_CHARS`)."""
    return len(line.strip()) >= WRAPPED_CHARS


# A line this long without a final mark is a hard-wrapped one (a heading is shorter)
WRAPPED_CHARS = 50


# A dated issuing of a typed, numbered document: "ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định số 100/TTg"
_DATED_ISSUE = re.compile(
    rf"ngày[ \t\n]+\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}[ \t]*,(?:[^.!?\n]|\n(?!\n)){{0,120}}?{NOT_BEFORE}(?:đã{GAP})?ban{GAP}hành{GAP}"
    rf"(?:{TYPE_ALT}){NOT_AFTER}{GAP}(?:số[ \t]*:?[ \t]*\n?[ \t]*)?(?=\d)",
    re.IGNORECASE,
)


def chronicle(w: str, paragraphs: list[tuple[int, int]], lead: int, number: int) -> bool:
    """Whether the lead at *lead* (its number at *number*) is dated ("ngày 19-11-1958, …") and the paragraph before or
    after its own (of *paragraphs*) tells, in its first sentence, of another numbered document issued on a date of its
    own."""
    at = next((i for i, (start, end) in enumerate(paragraphs) if start <= lead < end), None)
    if at is None or _DATED_ISSUE.search(w, paragraphs[at][0], number + 1) is None:
        return False
    scan = scan_number(w, number)
    own = w[scan.start : scan.end] if scan is not None else "\0"
    for start, end in paragraphs[max(0, at - 1) : at] + paragraphs[at + 1 : at + 2]:
        stop = _SENTENCE_STOP.search(w, start, end)
        if _issues_another(w, start, stop.start() + 1 if stop is not None else end, own):
            return True
    first = _SENTENCE_STOP.search(w, number, paragraphs[at][1])  # the lead's sentence, then the next in its paragraph
    if first is None:
        return False
    stop = _SENTENCE_STOP.search(w, first.end(), paragraphs[at][1])
    return _issues_another(w, first.end(), stop.start() + 1 if stop is not None else paragraphs[at][1], own)


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
# Another document issued with its number and its own date after it: "… đã ban hành Quyết định số 996/QĐ-BTP ngày
# 09/6/2023 …" (the date after the number, as a sentence inside a paragraph tells it)
_ISSUED = re.compile(rf"{NOT_BEFORE}ban{GAP}hành{GAP}(?:{TYPE_ALT}){NOT_AFTER}{GAP}(?:số[ \t]*:?[ \t]*)?(?=\d)", re.IGNORECASE)
_OWN_DATE = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def _issues_another(w: str, start: int, limit: int, own: str) -> bool:
    """Whether *w*[start:limit] tells of a numbered document other than *own* issued on a date of its own, the date
    before it (:data:`_DATED_ISSUE`) or after its number (:data:`_ISSUED` and :data:`_OWN_DATE`); a repeated lead
    names the same number."""
    dated = _DATED_ISSUE.search(w, start, limit)
    if dated is not None and not w.startswith(own, dated.end()):
        return True
    for issue in _ISSUED.finditer(w, start, limit):
        scan = scan_number(w, issue.end())
        if scan is not None and scan.structured and w[scan.start : scan.end] != own and _OWN_DATE.match(w, scan.end):
            return True
    return False


# A speaker's quotation opening after a colon: "… cho biết: "Thực hiện …", "… nhấn mạnh: “…"
_QUOTE_OPENS = re.compile(r":[ \t]*([\"“])")


def quoted(w: str, paragraphs: list[tuple[int, int]], lead: int) -> bool:
    """Whether the lead at *lead* stands inside a quotation its paragraph (of *paragraphs*) opens after a colon and has
    not closed before it."""
    start = next((s for s, e in paragraphs if s <= lead < e), None)
    if start is None:
        return False
    opened = None
    for opened in _QUOTE_OPENS.finditer(w, start, lead):  # noqa: B007 - the last
        pass
    if opened is None:
        return False
    between = w[opened.end() : lead]
    if opened.group(1) == '"':
        return '"' not in between
    return between.count("“") + 1 > between.count("”")


# "… đã tham mưu cho UBND xã ban hành …", "Phòng … tham mưu UBND huyện ban hành …": the issuing is the advice's
_ADVISED = re.compile(r"(?<![^\W_])tham[ \t]+mưu(?:[ \t]+(?:cho|với))?[ \t]+[^.,;:!?\n]{1,60}?[ \t]*\Z", re.IGNORECASE)
ADVISED_REACH = 80


def advised(w: str, lead: int) -> bool:
    """Whether the lead's verb at *lead* follows "tham mưu (cho) <body>" in its clause (:data:`_ADVISED`)."""
    return _ADVISED.search(w, max(0, lead - ADVISED_REACH), lead) is not None


# A paragraph that opens with its day: "Ngày 20/8, …", "Sáng 21/8, …", "Chiều nay 3/12, …", "Tối 8/3, …"
DATED_PARAGRAPH = re.compile(
    r"(?m)^[ \t>*#_|-]*(?:(?:Sáng|Chiều|Tối|Trưa)(?:[ \t]+nay)?(?:[ \t]+ngày)?|Ngày)[ \t]*\d{1,2}[/.-]\d{1,2}(?![\d])",
    re.IGNORECASE,
)
# A dated story is a paragraph at least this long (a sentence, not a stamp or a caption)
STORY_CHARS = 80


def dated_story(w: str, lead: int) -> bool:
    """Whether a paragraph (a line) above the lead's opens with its day (:data:`DATED_PARAGRAPH`), ends with a sentence
    mark and names no numbered document nor an issuing (:data:`NUMBERED`): that day's story is the page's."""
    for line in w[: w.rfind("\n", 0, lead) + 1].split("\n"):
        text = line.strip()
        if (
            len(text) > STORY_CHARS
            and text[-1:] in ".!?…"
            and DATED_PARAGRAPH.match(text) is not None
            and _NUMBERED.search(text) is None
        ):
            return True
    return False


def narrated(w: str, lead: int, number: int) -> bool:
    """Whether the lead at *lead* (its number at *number*) is an article's narrative by one of the module's rules."""
    if nominal(w, lead) or advised(w, lead) or dated_story(w, lead):
        return True
    paragraphs = _paragraphs(w)
    return after_prose(w, paragraphs, lead) or chronicle(w, paragraphs, lead, number) or quoted(w, paragraphs, lead)
