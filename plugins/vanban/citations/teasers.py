"""A page of teasers of equal standing (rule H (1) of the citation fixtures, read from the page's structure).

A tag, category or home page copied without its chrome keeps only its items' teasers: each a paragraph of one or two
sentences, none with a headline above it, none longer than the others, nothing after them ("UBND TP.Đà Nẵng đã ban
hành văn bản số 4164 /UBND-KT …⏎Sở Nông nghiệp và PTNT Thanh Hóa vừa có văn bản số 2983/… ⏎Thủ tướng Chính phủ yêu
cầu …", heldout34 h34-24; heldout39 h39-03, heldout40 h40-12).  A news item copied without its headline has the same
shape when it is short, so the shape alone does not decide: what tells a second item from the same item's next
paragraph is its subject.  A paragraph of the same item comes back to the lead's document (its type word or "văn bản"
with no number of its own after it, its number, "Theo đó", "Cụ thể", …) or to its issuer ("Theo kế hoạch của Bộ GTVT"
under "Bộ GTVT vừa có Quyết định 2128 …", heldout23 h23-47); an item of its own names neither.  A page whose every
paragraph after the lead is such an item lists several items: its lead's document is one item's, not the page's.

Over every spent fixture (citations, import, tracking passages) the shape (the lead the page's first paragraph, every
paragraph a teaser, two or more) holds on 17 pages: four several-item pages (the three above and tracking heldout25 v05,
a tag page) and 13 single items whose next paragraphs come back to the lead (heldout23 h23-47, heldout28 h28-48,
heldout36 h36-37, import heldout30 af19, import heldout40 ao23, …), all kept.
"""

from __future__ import annotations

import itertools
import re

from .model import OwnNumber
from .vocabulary import GAP

__all__ = ["several_teasers"]

# A teaser is at least this long (a sentence, not a headline, a caption or a byline) and at most this long (an item's
# opening cut for a listing, not an article's body paragraph)
TEASER_MIN = 100
TEASER_MAX = 330
# The stored date a copy may open with, on the lead's line ("date 2025-08-11 …"): the gatherer's, not the page's
_STORED_DATE = re.compile(r"^date[ \t]+\d{4}(?:-\d{1,2}){0,2}[ \t]+")
# A teaser ends as a sentence does, or is cut short ("… nếu không phát hiện...")
_TEASER_END = re.compile(r"(?:[.!?…]|\.\.\.)[\"”’)]*\Z")
_LETTER = re.compile(r"[^\W\d_]")
# A paragraph that goes on with what the one above said: "Theo đó, …", "Cụ thể, …", "Trong đó, …"
_GOES_ON = re.compile(
    rf"(?:Theo{GAP}đó|Cụ{GAP}thể|Trong{GAP}đó|Đồng{GAP}thời|Ngoài{GAP}ra|Bên{GAP}cạnh{GAP}đó|Do{GAP}đó|Vì{GAP}vậy|Như{GAP}vậy)(?![^\W_])",
    re.IGNORECASE,
)
# A word of a name: it opens with a capital ("UBND", "TP.Đà", "Nẵng", "GTVT")
_NAME_WORD = re.compile(r"[^\W\d_][^\s,;:()“”\"]*")
# Where the lead's subject starts: after the last comma or sentence mark before its verb ("Nhằm …, UBND TP.Đà Nẵng đã")
_CLAUSE_MARK = re.compile(r"[,.;:!?][ \t]")


def several_teasers(head: str, lead_start: int, own: OwnNumber, type_word: str | None) -> bool:
    """Whether the page *head* is only teasers of equal standing, the lead at *lead_start* the first's, and none after it
    comes back to the lead's document (*own*, named by *type_word*) or its issuer (see the module)."""
    line_start = head.rfind("\n", 0, lead_start) + 1
    lead_line = head[line_start : head.find("\n", lead_start) % (len(head) + 1)].strip()
    units = [line.strip() for line in head.split("\n") if _LETTER.search(line)]
    if len(units) < 2:
        return False
    units = [_STORED_DATE.sub("", unit) for unit in units]
    if not all(TEASER_MIN <= len(unit) <= TEASER_MAX and _TEASER_END.search(unit) for unit in units):
        return False
    lead_line = _STORED_DATE.sub("", lead_line)
    if units[0] != lead_line:
        return False  # the lead is not the page's first paragraph
    names = _issuer_names(head[line_start:lead_start])
    return not any(_comes_back(unit, names, own, type_word) for unit in units[1:])


def _issuer_names(before: str) -> set[tuple[str, ...]]:
    """The capitalised word pairs of the lead's subject (its words after the last clause mark before the verb), or its
    capitalised words when it has no pair ("Bộ GTVT" → {("Bộ", "GTVT")})."""
    marks = list(_CLAUSE_MARK.finditer(before))
    subject = before[marks[-1].end() :] if marks else before
    words = _NAME_WORD.findall(_STORED_DATE.sub("", subject.strip()))
    capital = [word if word[:1].isupper() else "" for word in words]
    pairs: set[tuple[str, ...]] = {(a, b) for a, b in itertools.pairwise(capital) if a and b}
    return pairs or {(word,) for word in capital if len(word) > 2}


def _comes_back(unit: str, names: set[tuple[str, ...]], own: OwnNumber, type_word: str | None) -> bool:
    """Whether the paragraph *unit* comes back to the lead's document or its issuer (see the module)."""
    if _GOES_ON.match(unit) is not None:
        return True
    serial = re.match(r"\d+", own.number)
    if serial is not None and re.search(rf"(?<!\d){serial.group()}(?!\d)", unit) is not None:
        return True
    kinds = "văn bản" + (f"|{re.escape(type_word)}" if type_word else "")
    if re.search(rf"(?<![^\W_])(?:{kinds})(?![^\W_])(?![ \t]*(?:số|\d|[^\W\d_]+[ \t]+số))", unit, re.IGNORECASE):
        return True  # "Nghị định này", "văn bản nêu rõ": the lead's document, no number of another
    words = _NAME_WORD.findall(unit)
    pairs = set(itertools.pairwise(words))
    return any((len(name) == 2 and name in pairs) or (len(name) == 1 and name[0] in words) for name in names)
