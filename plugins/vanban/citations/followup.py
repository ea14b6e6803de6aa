"""The own number a news page gives only in the paragraph after its lead (:mod:`.leads` reads it last).

A lead may present the page's document without its number ("Liên đoàn Luật sư Việt Nam đã ban hành văn bản gửi các Đoàn
luật sư …", "… chủ tịch UBND tỉnh … đã ký công văn yêu cầu xử lý …") and the next paragraph open by retelling that
document with it ("Theo Văn bản số 277/LĐLSVN, ngày 01/7/2019 của LĐLSVN đề nghị …", "Theo đó, công văn do ông … ký (số
2638) yêu cầu …"): the same type word, the number right after it or in brackets in the same clause.  That number is the
page's own, as the lead's would have been (heldout10 x48, heldout15 h15-57: README, "twentieth session").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .model import OwnNumber
from .ownnumber import SO_GAP, number_at
from .vocabulary import GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT, type_of_word

__all__ = ["numbered_below"]

# The lead presenting a document without a number: "đã ban hành văn bản gửi …", "vừa ký công văn yêu cầu …", "đã có
# công văn chỉ đạo …" (no "số", digit, urgency or bracket after the type word)
_PRESENTED = re.compile(
    rf"{NOT_BEFORE}(?:đã|vừa){GAP}(?:ký(?:{GAP}ban{GAP}hành)?|ban{GAP}hành|có){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}"
    rf"(?!{GAP}(?:số|khẩn|hỏa|\d)|[ \t]*\()",
    re.IGNORECASE,
)
# The next paragraph retelling it: "Theo Văn bản số …", "Theo đó, công văn do ông … ký (số 2638) …"
_RETOLD = re.compile(
    rf"[ \t>*#_|]*Theo(?:{GAP}đó[ \t]*,)?{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}(?:[^.,;:()]{{0,60}}?\([ \t]*|{GAP})số{SO_GAP}",
    re.IGNORECASE,
)
# The lead is looked for in the first paragraphs that hold text (a date line and a headline may stand above it)
LEAD_LINES = 4
# A line above the lead is at most this long (a date line, a headline)
ABOVE_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…](?=[ \t]+[^\W\d_])")


def numbered_below(head: str, w: str) -> OwnNumber | None:
    """The number the paragraph after an unnumbered lead gives its document (module docstring), else None."""
    paragraphs = _paragraphs(w)
    for k, (start, end) in enumerate(paragraphs[:LEAD_LINES]):
        stop = _SENTENCE_END.search(w, start, end)
        lead = _PRESENTED.search(w, start, stop.start() if stop is not None else end)
        if lead is None:
            if end - start > ABOVE_CHARS:
                return None  # a paragraph, not a date line or a headline: the lead is not further down
            continue
        if k + 1 >= len(paragraphs):
            return None
        retold = _RETOLD.match(w, paragraphs[k + 1][0])
        said, told = lead.group("type"), retold.group("type") if retold is not None else ""
        kind = type_of_word(said)
        if retold is None or type_of_word(told) != kind or (kind is None and told.casefold() != said.casefold()):
            return None
        own = number_at(head, w, retold.end(), "lead", bare=True)
        if own is None or _another_owner(w, retold.end(), w[start:end]):
            return None
        return replace(own, type=kind)
    return None


def _paragraphs(w: str) -> list[tuple[int, int]]:
    """The spans of the first paragraphs of *w*: parted by blank lines (a hard-wrapped copy's lines run on), or by line
    breaks in a copy without blank lines; a paragraph the page repeats (a headline shown as its link and its heading)
    read once."""
    parted = _BLANK_LINE if _BLANK_LINE.search(w) is not None else _LINE_BREAK
    spans: list[tuple[int, int]] = []
    at = 0
    for gap in itertools.chain(parted.finditer(w), [None]):
        end = gap.start() if gap is not None else len(w)
        text = w[at:end].strip()
        if text and any(c.isalpha() for c in text) and not (spans and w[spans[-1][0] : spans[-1][1]].strip() == text):
            lead = len(w[at:end]) - len(w[at:end].lstrip())
            spans.append((at + lead, end))
            if len(spans) > LEAD_LINES:
                break
        at = gap.end() if gap is not None else len(w)
    return spans


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")


# "… số 277/LĐLSVN, ngày 01/7/2019 của LĐLSVN đề nghị …": the owner named after the number (and its date)
_OWNER = re.compile(r"[^.;]{0,40}?(?<![^\W_])của[ \t\n]+(?P<owner>[^,.;]{1,60})")
# The owner's words read: up to this many, while they are capitalised ("Bộ Y tế" gives "Bộ Y")
OWNER_WORDS = 4


def _another_owner(w: str, pos: int, lead: str) -> bool:
    """Whether the retold number at *pos* is said to be another body's ("Theo Công văn số 1234/BYT-DP của Bộ Y tế, …"
    after a province's unnumbered letter): an owner named after it whose capitalised words the lead does not hold."""
    owner = _OWNER.match(w, pos)
    if owner is None:
        return False
    words = list(itertools.takewhile(lambda word: word[:1].isupper(), owner.group("owner").split()[:OWNER_WORDS]))
    return bool(words) and " ".join(words) not in " ".join(lead.split())
