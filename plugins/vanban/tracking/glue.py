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

import functools
import re
import unicodedata

from vanban.text import LOWER, UPPER

__all__ = ["is_syllable", "part_glued"]

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


def is_syllable(word: str) -> bool:
    """Whether a lower-case *word* is one written syllable ("hợp", "chỉ"; not "h", "ch", "v", where a copy cut a word)."""
    return _one(word)[0]


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
