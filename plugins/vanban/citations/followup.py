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
    rf"[ \t>*#_|]*Theo(?:{GAP}đó[ \t]*,)?{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}(?:[^.,;:()\n]{{0,60}}?\([ \t]*|{GAP})số{SO_GAP}",
    re.IGNORECASE,
)
# The lead is looked for in the first lines that hold text (a date line and a headline may stand above it)
LEAD_LINES = 4
# A line above the lead is at most this long (a date line, a headline)
ABOVE_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…](?=[ \t]+[^\W\d_])")


def numbered_below(head: str, w: str) -> OwnNumber | None:
    """The number the paragraph after an unnumbered lead gives its document (module docstring), else None."""
    lines: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]*[^\W_][^\n]*", w):
        if lines and w[lines[-1][0] : lines[-1][1]].strip() == m.group(0).strip():
            continue  # a line the page repeats (a headline shown as its link and its heading): read once
        lines.append((m.start(), m.end()))
        if len(lines) > LEAD_LINES:
            break
    for k, (start, end) in enumerate(lines[:LEAD_LINES]):
        stop = _SENTENCE_END.search(w, start, end)
        lead = _PRESENTED.search(w, start, stop.start() if stop is not None else end)
        if lead is None:
            if end - start > ABOVE_CHARS:
                return None  # a paragraph, not a date line or a headline: the lead is not further down
            continue
        if k + 1 >= len(lines):
            return None
        retold = _RETOLD.match(w, lines[k + 1][0])
        said, told = lead.group("type"), retold.group("type") if retold is not None else ""
        kind = type_of_word(said)
        if retold is None or type_of_word(told) != kind or (kind is None and told.casefold() != said.casefold()):
            return None
        own = number_at(head, w, retold.end(), "lead", bare=True)
        if own is None or _another_owner(w, retold.end(), w[start:end]):
            return None
        return replace(own, type=kind)
    return None


# "… số 277/LĐLSVN, ngày 01/7/2019 của LĐLSVN đề nghị …": the owner named after the number (and its date)
_OWNER = re.compile(r"[^\n.;]{0,40}?(?<![^\W_])của[ \t]+(?P<owner>[^\n,.;]{1,60})")
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
