"""Is a word one written Vietnamese syllable? Onset + rhyme + at most one tone, from the language's structure.

Vietnamese writes every syllable as a word of its own, built the same way: an onset (none, "b", "ch", "ngh", "qu"…),
a rhyme from a closed list (an optional glide "o"/"u", a vowel nucleus, an optional coda "m n ng nh p t c ch" or
glide "i y o u"), and one of six tones, five of them marked on a vowel. A syllable closed by p, t, c or ch takes
only the rising or the heavy tone ("tốt", "học", never "tồt"), "k", "gh", "ngh" stand only before e, ê, i and "c",
"g", "ng" never do. A foreign word ("Street", "café", "maïs"), a number's code ("BTTTT") or a word read in an old
font ("hiÖn", "chaøo") breaks one of these, and that is what :mod:`vanban.legacy_text` asks. Spelling variants
that the structure allows (old and new tone placement, a rare rhyme) pass: this is a shape test, not a dictionary.
"""

from __future__ import annotations

import unicodedata

__all__ = ["is_syllable"]

_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_LETTERS = frozenset("abcdeghiklmnopqrstuvxyăâêôơưđ")
_ONSETS = (
    "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)
_FRONT = ("e", "ê", "i", "y")  # the vowels "k", "gh", "ngh" stand before, and "c", "g", "ng" never do


def _rhymes() -> frozenset[str]:
    open_or_glide = ["a", "ai", "ao", "au", "ay", "âu", "ây", "e", "eo", "ê", "êu", "i", "ia", "iu", "y", "o", "oi", "ô", "ôi", "ơ", "ơi", "u", "ua", "ui", "uy", "ư", "ưa", "ưi", "ưu", "iêu", "yêu", "uôi", "ươi", "ươu", "oa", "oai", "oay", "oao", "oe", "oeo", "uây", "uya", "uyu", "uê", "uơ", "uyê"]
    with_coda = {
        "a": "m n ng nh p t c ch", "ă": "m n ng p t c", "â": "m n ng p t c", "e": "m n ng p t c",
        "ê": "m n ng nh p t ch", "i": "m n nh p t ch", "o": "m n ng p t c", "ô": "m n ng p t c",
        "ơ": "m n p t", "u": "m n ng p t c", "ư": "m n ng t c", "iê": "m n ng p t c", "yê": "m n ng t",
        "uô": "m n ng t c", "ươ": "m n ng p t c", "oa": "m n ng nh p t c ch", "oă": "m n ng t c",
        "oe": "m n t", "uâ": "n ng t", "uê": "n nh ch", "uy": "n nh p t ch", "uyê": "n t", "oo": "ng c",
    }
    return frozenset(open_or_glide + [n + c for n, codas in with_coda.items() for c in codas.split()])


_RHYMES = _rhymes()
_CHECKED = ("p", "t", "c", "ch")
_memo: dict[str, bool] = {}


def is_syllable(word: str) -> bool:
    """True when *word* (letters only) is spelled as one Vietnamese syllable, in lower, Title or UPPER case."""
    known = _memo.get(word)
    if known is None:
        known = _is_syllable(word)
        if len(_memo) > 50_000:  # words of a large corpus: bounded, not grown forever
            _memo.clear()
        _memo[word] = known
    return known


def _is_syllable(word: str) -> bool:
    if not word or len(word) > 8 or not (word.islower() or word.isupper() or word.istitle()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    if not _LETTERS.issuperset(base):
        return False
    for onset in _ONSETS:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        if (onset == "gi" and rhyme == "") or (rhyme in _RHYMES and _spelled(onset, rhyme)):
            checked = rhyme.endswith(_CHECKED)
            return not checked or (bool(tones) and _TONES[tones[0]] in ("acute", "dot"))
    return False


def _spelled(onset: str, rhyme: str) -> bool:
    """The onset's letter agrees with the vowel after it ("ke", "ca", "ghi", "nghe"; not "ce", "ka", "ge")."""
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset == "g":
        return not front or rhyme.startswith("i")  # "gì", "gìn": the "gi" onset before its own "i"
    if onset in ("c", "ng"):
        return not front
    if onset == "":
        return not rhyme.startswith("iê")  # "yên", never "iên", without an onset
    return True
