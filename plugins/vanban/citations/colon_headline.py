"""A headline that opens with a document's name and a colon ("Quy định số 373: Sắp xếp lại bộ máy …", "Nghị quyết số
72-NQ/TW: Bảo vệ, chăm sóc …"): rule H (2) of the citation fixtures, the one item of a tag or keyword page presenting
its document, whose number is the page's own.

Read only when no other rule gave an own number: the headline is one of the page's first lines, perhaps under a label
line ("Quy định số 373" over its one item, heldout25 h25-43) or glued to a category word ("Sức khỏeNghị quyết số
72-NQ/TW: …", heldout28 h28-37); the colon right after the number says the headline is about that document, so a bare
serial is read there as a lead's is.  Over every spent fixture the shape opens 7 pages, all labelled own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import LOWER_CLASS as LOWER
from .model import OwnNumber
from .numbers import scan_number
from .ownnumber import number_at
from .vocabulary import TYPE_ALT, type_of_word

__all__ = ["colon_headline"]

# The page's first lines that may hold the headline (a label line and a blank or a dash above it)
HEADLINE_LINES = 3
# A category word glued before the headline is at most this long ("Sức khỏe", "Thời sự")
GLUED_CHARS = 30
# The type word at a line's start (after list debris) or glued to a category's last lower-case letter, then "số"
_OPENING = re.compile(
    rf"(?:^[ \t\-•*#_|]*|(?<={LOWER})(?=[^\W\d_]))(?P<type>(?i:{TYPE_ALT}))[ \t]+(?:(?i:số)[ \t]*)?(?=\d)", re.MULTILINE
)
_COLON = re.compile(r"[ \t]*:[ \t]*[^\W\d_]")
_LETTER = re.compile(r"[^\W\d_]")


def colon_headline(head: str, w: str) -> OwnNumber | None:
    """The number of a headline "<Type> [số] <number>: <words>" among the first lines of *w* (see the module)."""
    start = 0
    seen = 0
    while seen < HEADLINE_LINES and start < len(w):
        stop = w.find("\n", start)
        stop = stop if stop >= 0 else len(w)
        if _LETTER.search(w, start, stop) is not None:
            seen += 1
            for m in _OPENING.finditer(w, start, stop):
                if m.start("type") - start > GLUED_CHARS or not m.group("type")[:1].isupper():
                    continue
                scan = scan_number(w, m.end())
                if scan is None or _COLON.match(w, scan.end) is None:
                    continue
                own = number_at(head, w, m.end(), "title", bare=True)
                if own is not None:
                    return replace(own, type=type_of_word(m.group("type")))
        start = stop + 1
    return None
