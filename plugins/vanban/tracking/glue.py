"""Words a copy glued together, parted for comparison only ("Bộ Quốcphòng", "tạiĐiều 1", "Ban chỉđạo", "Vụ Điềutrị").

Pages copied from old PDFs and law sites lose spaces between syllables. A Vietnamese word is written one syllable
at a time, and a syllable has a shape — an initial consonant, a vowel nucleus, a final consonant, at most one tone
mark — so a written token that is no syllable but is exactly two is two syllables glued: "quốcphòng" (two tone
marks; "c" ends "quốc", "ph" opens "phòng"), "dântỉnh", "điềutrị". A small letter followed by a capital inside a
token is a glue too ("tạiĐiều"). Only a name's key is parted (:func:`.naming.unit_key`, both sides of a comparison
alike): what a page shows stays as written, and no offset or line moves.

A token parts only when exactly one cut gives two syllables and one of them carries a Vietnamese mark (a tone or
"đ ă â ê ô ơ ư"): "conson", "website", "pleiku", "covid" and the abbreviations stay whole.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from vanban.deadlines.blocks import Block
from vanban.text import LOWER, UPPER

if TYPE_CHECKING:
    from .clauses import Stated

__all__ = ["Parted", "part_glued"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below (NFD)
_VOWELS = "aăâeêioôơuưy"
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_FINAL = "(?:ng|nh|ch|[cmnpt])"
# One syllable, tone marks removed: a final consonant only after a vowel that is no glide ("iêu", "ay", "ao" take none;
# "oan", "uyên", "ương", "uynh" do), so "điềutrị" parts one way only ("điều trị", not "điềut rị").
_SYLLABLE = re.compile(f"{_INITIAL}(?:(?:[{_VOWELS}]{{0,2}}[aăâeêôơư]|[iyou]|uy|oo){_FINAL}|[{_VOWELS}]{{1,3}})")
_GLUED_CASE = re.compile(f"(?<=[{LOWER}])(?=[{UPPER}])")  # "tạiĐiều", "Giám đốcSở"
_WORD = re.compile(f"[{LOWER}]{{4,}}")  # a lower-case token long enough to be two syllables
_VIET = frozenset("đăâêôơư")


def _base(syllable: str) -> tuple[str, int, bool]:
    """*syllable* without its tone marks, how many tone marks it had, and whether it carries a Vietnamese mark."""
    tones, letters = 0, []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            tones += 1
        else:
            letters.append(ch)
    base = unicodedata.normalize("NFC", "".join(letters))
    return base, tones, tones > 0 or not _VIET.isdisjoint(base)


def _one(syllable: str) -> tuple[bool, bool]:
    """Whether *syllable* (lower case) is one written syllable, and whether it carries a Vietnamese mark."""
    base, tones, marked = _base(syllable)
    return tones <= 1 and _SYLLABLE.fullmatch(base) is not None, marked


@functools.lru_cache(maxsize=1 << 14)
def _part(word: str) -> str:
    """*word* (lower case) as two syllables when it is no syllable and exactly one cut makes it two; else as written."""
    whole, _marked = _one(word)
    if whole:
        return word
    cuts = []
    for k in range(2, len(word) - 1):
        (left, lmark), (right, rmark) = _one(word[:k]), _one(word[k:])
        if left and right and (lmark or rmark):
            cuts.append(k)
    return f"{word[:cuts[0]]} {word[cuts[0]:]}" if len(cuts) == 1 else word


def part_glued(text: str) -> str:
    """*text* with glued syllables parted by a space ("Bộ Quốcphòng" → "Bộ Quốc phòng", "tạiĐiều" → "tại Điều"); the
    case of every letter kept. For keys only."""
    if not text:
        return text
    text = _GLUED_CASE.sub(" ", text)
    low = text.lower()
    if len(low) != len(text):
        return text
    out, at = [], 0
    for m in _WORD.finditer(low):
        parted = _part(m.group())
        if parted != m.group():
            k = parted.index(" ")
            out.append(text[at:m.start() + k] + " ")
            at = m.start() + k
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


# --- The readers' input: a block's glued words parted, what they show glued again as written ----------------------------

_VOWEL = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# Two vowels with consonants between them inside one word: no syllable is written so (one vowel group each), so the word
# may be two glued ("dântỉnh", "Giaocho", "Ủyban"); most words are one syllable and are never looked at further.
_GAP = re.compile(f"[{_VOWEL}][bcdđghklmnpqrstvx]+[{_VOWEL}]", re.IGNORECASE)
_LETTERS = re.compile(f"[{LOWER}{UPPER}]+")


def _inserts(text: str) -> list[int]:
    """Where *text* takes a space to part its glued words (sorted offsets; a space goes before the character there)."""
    cuts = {m.start() for m in _GLUED_CASE.finditer(text)}
    seen: set[int] = set()
    for gap in _GAP.finditer(text):
        start = gap.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start in seen:
            continue
        seen.add(start)
        word = _LETTERS.match(text, start)
        if word is None:
            continue
        # a word glued across a case change is parted there first ("Luậttổ", "ThànhCông"): each side is read alone
        bounds = [word.start(), *sorted(k for k in cuts if word.start() < k < word.end()), word.end()]
        for a, b in itertools.pairwise(bounds):
            piece = text[a:b]
            low = piece.lower()
            if len(low) != len(piece) or len(piece) < 4:
                continue
            parted = _part(low)
            if parted != low:
                cuts.add(a + parted.index(" "))
    return sorted(cuts)


def _word_at(text: str, k: int) -> re.Match[str] | None:
    """The run of letters around offset *k* of *text*."""
    a = k
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    return _LETTERS.match(text, a)


class Parted:
    """One body's blocks with glued words parted for reading (:meth:`blocks`), and the rows read from them shown as the
    page writes them (:meth:`shown`): a space is only ever added, at a glue, so each parted word and its glued form are
    known and nothing else moves; lines stay where they were. A word the body also writes parted stays parted in what is
    shown (which of the two a row's words were is not kept)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.glued: dict[str, str] = {}  # parted → as written ("dân tỉnh" → "dântỉnh")

    def blocks(self, blocks: Iterable[Block]) -> Iterator[Block]:
        """*blocks*, each with its glued words parted (a new block where a space went in; the others as they are)."""
        for block in blocks:
            text = block.text
            if _GLUED_CASE.search(text) is None and _GAP.search(text) is None:
                yield block
                continue
            cuts = _inserts(text)
            if not cuts:
                yield block
                continue
            for word in {m.span() for k in cuts if (m := _word_at(text, k)) is not None}:
                a, b = word
                inside = [k - a for k in cuts if a < k < b]
                written = text[a:b]
                parted = " ".join(written[i:j] for i, j in itertools.pairwise([0, *inside, len(written)]))
                if parted not in self.body:  # written both ways ("hiệu trưởngcác trường", "Vụ trưởng các Vụ"): shown
                    self.glued[parted] = written  # parted, never a spaced one glued
            parts = [text[i:j] for i, j in itertools.pairwise([0, *cuts, len(text)])]
            starts = [s + bisect.bisect_right(cuts, s) for s in block.starts]
            yield Block(" ".join(parts), starts, list(block.lines))

    def shown(self, rows: list[Stated]) -> list[Stated]:
        """*rows* (what a reader read from the parted blocks) with their units and text glued again as written."""
        if not self.glued:
            return rows
        return [replace(r, heads=tuple(self._as_written(h) for h in r.heads), text=self._as_written(r.text)) for r in rows]

    def _as_written(self, text: str) -> str:
        for parted, written in self.glued.items():
            if parted in text:
                text = text.replace(parted, written)
        return text
