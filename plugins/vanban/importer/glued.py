"""Words a copy glued together ("BANHÀNH", "BÌNHDƯƠNG", "CHOUBND"), set apart by the document's own words.

A web copy of a Word file often loses the space at a line or run boundary, so two syllables of the
trích yếu become one token. Vietnamese writes one syllable a word, and a syllable has one vowel
group between an onset and a coda ("toan" is one, "banhanh" is two); so a token that is no
syllable is cut into two syllables (or a syllable and an abbreviation, "CHO" + "UBND"), at the one
cut whose halves the same document writes on their own most ("Ban hành kèm theo …", "tỉnh Bình
Dương", "QĐ-UBND"); at least one half must be such a word, and with one only, both halves must be
syllables. A token with no such cut, or with two equally good, stays as written: nothing is split
on a guess.
"""

from __future__ import annotations

import re

from ..text import fold
from ..vietnamese_syllables import is_syllable as written_syllable

_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?"
_SYLLABLE = re.compile(rf"^{_ONSET}[aeiouy]{{1,3}}(?:ch|ng|nh|[cmnpt])?$")
_TOKEN = re.compile(r"[^\W\d_]+")


def is_syllable(word: str) -> bool:
    """Whether *word* can be one Vietnamese syllable (diacritics aside; "đ" is a "d")."""
    return bool(_SYLLABLE.match(fold(word).lower()))


def _vocabulary(text: str) -> set[str]:
    return {m.group(0).lower() for m in _TOKEN.finditer(text)}


def _half(word: str, known: set[str]) -> bool:
    """A half of a cut: a syllable, or an abbreviation in capitals the document writes too ("UBND")."""
    return len(word) >= 2 and (is_syllable(word) or (word.isupper() and word.lower() in known))


def _cut(token: str, known: set[str]) -> str:
    if len(token) < 4 or is_syllable(token):
        return token
    cuts = [(sum(part.lower() in known for part in (token[:i], token[i:])), i) for i in range(2, len(token) - 1)
            if _half(token[:i], known) and _half(token[i:], known)]
    best = max((n for n, _ in cuts), default=0)
    chosen = [i for n, i in cuts if n == best]
    if best == 0 or len(chosen) != 1 or (best == 1 and not all(is_syllable(p) for p in (token[:chosen[0]], token[chosen[0]:]))):
        return _syllables(token)
    return f"{token[: chosen[0]]} {token[chosen[0] :]}"


_MAX_SPLITS = 64  # ways of reading one token counted at most: a longer list is no single reading


def _syllables(token: str) -> str:
    """"đạtchuẩnquốcgia" → "đạt chuẩn quốc gia": a marked token that reads as written syllables (onset, rhyme and
    tone agreeing, :mod:`vanban.vietnamese_syllables`) in exactly one way with the fewest words; else as written.
    Only a token with Vietnamese marks: a foreign word ("online") is never cut."""
    if token.isascii() or len(token) < 6:
        return token
    ways: dict[int, list[list[str]]] = {0: [[]]}  # end offset → the fewest-word readings up to it
    for end in range(1, len(token) + 1):
        found = [[*way, token[start:end]] for start in range(max(0, end - 7), end) if start in ways
                 and written_syllable(token[start:end]) for way in ways[start]]
        if found:
            fewest = min(len(w) for w in found)
            ways[end] = [w for w in found if len(w) == fewest][:_MAX_SPLITS]
    readings = ways.get(len(token), [])
    return " ".join(readings[0]) if len(readings) == 1 and len(readings[0]) > 1 else token


def unglue(text: str, document: str) -> tuple[str, list[tuple[str, str]]]:
    """*text* with its glued words set apart by the words of *document*, and each (glued, apart) changed."""
    known = _vocabulary(document)
    changes: list[tuple[str, str]] = []

    def replace(m: re.Match[str]) -> str:
        apart = _cut(m.group(0), known)
        if apart != m.group(0):
            changes.append((m.group(0), apart))
        return apart

    return _TOKEN.sub(replace, text), changes
