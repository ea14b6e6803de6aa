"""A lead whose document the page already talked of above it: background, not the page presenting its document.

A news page presents its document first — in its headline, its sa-pô, its lead ("Ngày …, UBND tỉnh ban hành Kế hoạch
số …") — and talks of it afterwards.  A page that talks of a document before it tells of its issuing is about
something else done with it: a speech explaining it ("Tại Hội nghị, đồng chí … quán triệt về Nghị quyết số 79-NQ/TW …,
toàn văn bài phát biểu như sau: … Ngày 06/01/2026, Bộ Chính trị ban hành Nghị quyết số 79-NQ/TW …", heldout38 h38-43),
a story of what came of it ("… ngư dân đóng tàu cá theo Nghị định 67 …⏎Năm 2014, Chính phủ ban hành Nghị định số 67
…", heldout35 h35-15).  The issuing the lead tells is then the article's background and its document a citation.

Not a naming above that is itself the page presenting the document: its headline (a line without a sentence's end: "Hiện
thực hóa Nghị quyết 15 …", a title's "Về việc triển khai thực hiện Nghị quyết 08/NQ-TW …"), a lead form
("Bộ Quốc phòng đã ban hành Hướng dẫn 4705/HD-BQP …" in a sa-pô repeated by the lead; a tag page's snippets), a
paragraph opening with the document ("Theo Quyết định số 571/QĐ-TTg …, nhiệm vụ …"), or one pointing at it ("Đây là các
nội dung nêu tại văn bản số 1510/UBND-GDĐT …").  Over every spent text (fortieth session) a lead named so above
stands on six pages: the two above, labelled no own number, and four whose naming is the page's own presenting
(heldout3 f19, heldout8 p42, import heldout11 a18, tracking heldout19 x21), which keep theirs.  Read by :mod:`.leads`
(rule 5 of :mod:`.identity`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import serial
from .spelling import canonical_number, number_key
from .vocabulary import NOT_AFTER, TYPE_ALT, type_family, type_of_word

__all__ = ["told_before"]

# A line this long, or holding a sentence's end (not an abbreviation's "No. 47"), or closing on a colon (it introduces
# what follows), is no headline
HEADLINE_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?…;][\"”’)]*(?:[ \t]+(?=[^\W\d_])|\Z)|:[ \t]*\Z")
# The type word right before a bare serial ("Nghị định 67", "Nghị định số 67")
_TYPED_BEFORE = re.compile(rf"(?P<type>{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*)?\Z", re.IGNORECASE)
TYPE_REACH = 40


def told_before(head: str, w: str, lead: int, own: OwnNumber, forms: Iterable[re.Pattern[str]]) -> bool:
    """Whether a line above the lead at *lead* names the lead's document *own* (its number, or a short form of its
    type and serial) elsewhere than in a headline or right after one of the page's presenting *forms* (the patterns
    of :mod:`.leads`, each ending where its number starts)."""
    first = serial(own.number)
    at = w.find(first, 0, lead) if first and first[0].isdigit() else -1
    if at < 0:
        return False
    presenting = {found.end() for form in forms for found in form.finditer(w, 0, lead)}
    key = number_key(own.number)
    family = type_family(own.type) if own.type else None
    while 0 <= at < lead:
        whole = (at == 0 or not w[at - 1].isalnum()) and not w[at + len(first) : at + len(first) + 1].isdigit()
        if whole and at not in presenting and not _headline(w, at) and _names(head, w, at, key, first, family):
            return True
        at = w.find(first, at + len(first), lead)
    return False


def _names(head: str, w: str, at: int, key: str, first: str, family: str | None) -> bool:
    """Whether the number at *at* is the document's: the same key, or its serial after a type word of its family
    (a short form, when the lead's own number is bare or whole)."""
    scan = scan_number(w, at)
    if scan is None:
        return False
    if scan.structured:
        return number_key(canonical_number(head[scan.start : scan.end])) == key
    typed = _TYPED_BEFORE.search(w, max(0, at - TYPE_REACH), at)
    if typed is None or family is None or scan.serial != first:
        return False
    kind = type_of_word(typed.group("type"))
    return kind is not None and type_family(kind) == family


def _headline(w: str, at: int) -> bool:
    """Whether the line holding *at* is a headline or a title line: short, no sentence's end inside it."""
    start = w.rfind("\n", 0, at) + 1
    end = w.find("\n", at)
    line = w[start : end if end >= 0 else len(w)].strip()
    return len(line) <= HEADLINE_CHARS and _SENTENCE_INSIDE.search(line) is None
