"""Clause cues typed with the wrong marks, read as the cue in the working copy.

Real copies mistype a cue's tone or vowel marks at the head of a clause: "Cần cứ Nghị quyết số 1206/2016/NQ-UBTVQH13 …"
(a decision's basis, "Căn cứ"), "Đề thực hiện có hiệu quả công văn 290 …" (a purpose, "Để thực hiện").  The letters are
the cue's (:func:`.diacritics.fold` equal), the marks are not, so the cue is lost and the citation it governs reads as a
mention.  Where the words around leave no other reading (:data:`.cues.MISSPELT_CUES`), the working copy reads the cue:
same letters, same length, every offset kept.  A scrambled copy (two marks on a word) is :mod:`.diacritics`' concern;
a cue a sharing site cut short ("Căn định số …") is :mod:`.truncated`'s and an English "No." before a number is
:mod:`.markers`'; :func:`respell` runs both after its own, so the extractor has one working-copy repair stage.
"""

from __future__ import annotations

import re
import unicodedata

from .cues import MISSPELT_CUES, MISSPELT_FOLLOWERS
from .diacritics import fold
from .markers import read_markers, reference_read_markers
from .truncated import reference_restore, restore

__all__ = ["MISSPELT", "reference_respell", "respell"]

_VOWELS = "aăâeêioôơuưy"
_ALL_LETTERS = "".join(
    sorted({unicodedata.normalize("NFC", base + mark) for base in _VOWELS + _VOWELS.upper()
            for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")})
)


def _letter_class(ch: str) -> str:
    """The characters of the same folded letter as *ch*, both cases: "ă" → every a with any marks."""
    if ch == " ":
        return r"[ \t]+"
    if ch in "đĐ":
        return "[đĐ]"  # the marks are mistyped, not the letter: "Dễ thực hiện" (easy to carry out) stays
    base = fold(ch)
    same = sorted({c for c in _ALL_LETTERS + "dđDĐ" + ch + ch.upper() if fold(c) == base})
    return "[" + re.escape("".join(same)) + "]"


def _misspelling(cue: str) -> str:
    return "".join(map(_letter_class, cue))


# Each cue of MISSPELT_CUES with any marks, ending a whole word before what must follow it: one pattern per cue and case
# of its first letter, which is written as itself ("c", "C", "đ", "Đ"), so that the engine skips in C from one such
# letter to the next (a class first, or an alternation of the cues, costs several times more); whether the match heads
# a clause (:data:`HEAD`) is checked on the few matches.
MISSPELT: list[tuple[str, re.Pattern[str]]] = [
    (cue, re.compile(rf"{re.escape(first)}{_misspelling(cue[1:])}(?![^\W_])(?=[ \t]+{MISSPELT_FOLLOWERS[cue]})"))
    for cue in MISSPELT_CUES
    for first in sorted({cue[0], cue[0].upper()})
]
# What may stand between a line's start and a clause cue: blanks, a bullet or an item number; or a clause's "; "
HEAD = re.compile(r"[ \t>*#_|•+-]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]+)?")
AFTER_SEMICOLON = re.compile(r";[ \t]+\Z")


def _written(cue: str, as_written: str) -> str:
    """*cue* in the case *as_written* shows (its first letter's), blanks as written."""
    out = []
    words = iter(cue.split(" "))
    for part in re.split(r"([ \t]+)", as_written):
        if part and not part.isspace():
            word = next(words)
            out.append((word[0].upper() if part[0].isupper() else word[0]) + word[1:])
        else:
            out.append(part)
    return "".join(out)


def respell(w: str) -> str:
    """*w* with each mistyped clause cue (:data:`MISSPELT`) and each cut one (:func:`.truncated.restore`) read as the
    cue, and each English "No." before a number as "số" (:func:`.markers.read_markers`); same length."""
    chars: list[str] | None = None
    for cue, pattern in MISSPELT:
        for m in pattern.finditer(w):
            start, end = m.span()
            line_start = w.rfind("\n", 0, start) + 1
            if HEAD.fullmatch(w, line_start, start) is None and AFTER_SEMICOLON.search(w, line_start, start) is None:
                continue
            right = _written(cue, m.group(0))
            if right != m.group(0):
                chars = chars if chars is not None else list(w)
                chars[start:end] = right
    return read_markers(restore(w if chars is None else "".join(chars)))


def _letters(word: str) -> tuple[str, bool]:
    """A word's folded letters and whether it has "đ" (which :func:`.diacritics.fold` makes "d")."""
    return fold(word), "đ" in word.casefold()


_PLAIN_HEAD = re.compile(r"[ \t>*#_|•+-]*")
_PLAIN_ITEM = re.compile(r"(?:\d{1,2}|[a-zđ])[.)][ \t]+")


def reference_respell(w: str) -> str:
    """:func:`respell` the plain way: each line's clause heads, the words after each folded and compared with a cue's."""
    chars = list(w)
    offset = 0
    for line in w.split("\n"):
        bullet = _PLAIN_HEAD.match(line).end()  # type: ignore[union-attr]
        item = _PLAIN_ITEM.match(line, bullet)
        heads = [bullet, *([item.end()] if item else []), *(m.end() for m in re.finditer(r";[ \t]+", line))]
        for head in heads:
            for cue in MISSPELT_CUES:
                follow = MISSPELT_FOLLOWERS[cue]
                size = len(cue.split(" "))
                taken = re.match(r"[^\W\d_]+" + r"[ \t]+[^\W\d_]+" * (size - 1), line[head:])
                if taken is None or list(map(_letters, taken.group(0).split())) != list(map(_letters, cue.split(" "))):
                    continue
                rest = line[head + taken.end() :]
                if re.match(r"[^\W_]", rest) or re.match(rf"[ \t]+{follow}", rest) is None:
                    continue
                chars[offset + head : offset + head + taken.end()] = _written(cue, taken.group(0))
        offset += len(line) + 1
    return reference_read_markers(reference_restore("".join(chars)))
