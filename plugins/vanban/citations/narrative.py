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
  số 100/TTg …"): a history of documents issued in turn, none of them the page's (:func:`chronicle`).
"""

from __future__ import annotations

import re

from .numbers import scan_number
from .vocabulary import GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT

__all__ = ["after_prose", "chronicle", "narrated", "nominal"]

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
        issue = _DATED_ISSUE.search(w, start, stop.start() + 1 if stop is not None else end)
        if issue is not None and not w.startswith(own, issue.end()):  # a repeated lead names the same number
            return True
    return False


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def narrated(w: str, lead: int, number: int) -> bool:
    """Whether the lead at *lead* (its number at *number*) is an article's narrative by one of the module's rules."""
    if nominal(w, lead):
        return True
    paragraphs = _paragraphs(w)
    return after_prose(w, paragraphs, lead) or chronicle(w, paragraphs, lead, number)
