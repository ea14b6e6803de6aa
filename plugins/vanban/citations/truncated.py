"""Clause cues a document-sharing site's copy cut short, read whole in the working copy.

Sharing sites (123docz and the like) strip a PDF's short words: "Căn cứ Quyết định số 4458/QĐ-BGDĐT …" comes as "Căn
định số 4458/QĐ-BGDĐT …", "Thực hiện công văn số 4624/GDĐT-HSSV …" as "Thực cơng văn số …", "Căn cứ Nghị định số
30/2020/NĐ-CP" as "Căn Nghị định số …".  The cue's first word is left, so the basis reads as a mention.  It is read as
the cue only where nothing else can be meant: "Căn"/"Thực" capitalised at a clause head (a line's start, after a blank
in a flattened copy), then a type word or a type word's last word ("định", "văn", "hoạch": :data:`TYPE_TAILS`, marks
as broken as they come), then "số" and a digit.  "Căn hộ số 5", "Căn nhà số 12", "Thực tế", "Thực phẩm" have no type
word; "căn số 5" has none either.  The blanks and type word between the cue and "số" are overwritten by the cue's lost
word: same length, every offset kept (the number's code still gives its type: "số 4458/QĐ-BGDĐT" is a decision).
"""

from __future__ import annotations

import re

from .diacritics import fold
from .vocabulary import TYPE_BY_WORD

__all__ = ["TRUNCATED", "TYPE_TAILS", "reference_restore", "restore"]

# The first word a copy keeps, and the word it lost (what the overwritten stretch starts with)
LOST_WORD: dict[str, str] = {"Căn": " cứ", "Thực": " hiện"}
# A type word's letters as broken fonts leave them, and the last word of each (what "Quyết định" leaves: "định")
TYPE_TAILS: frozenset[str] = frozenset(
    {fold(name) for name in TYPE_BY_WORD} | {fold(name.split(" ")[-1]) for name in TYPE_BY_WORD}
)
# The words between the kept word and "số" (at most three) and the number's first digit after "số"
MAX_WORDS = 3
# After "số": a colon, blanks, or a wrap that parts "số" from its number ("Căn định số⏎4458/QĐ-BGDĐT")
_AFTER_SO = r"(?:[ \t]*:?[ \t]*\n[ \t]*|[ \t]*:[ \t]*|[ \t]+)"
TRUNCATED = re.compile(
    rf"(?<![^ \t\n])(?P<cue>Căn|Thực)"
    rf"(?=(?P<gap>[ \t]+(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{MAX_WORDS - 1}}}?)[ \t]+)số{_AFTER_SO}\d)"
)  # the words in a lookahead: a rejected match ("Căn Thực Nghị định số") leaves the next cue word to be tried


def _filled(cue: str, gap: str) -> str | None:
    """The lost word padded with blanks to *gap*'s length, or None when it does not fit with a blank before "số"."""
    lost = LOST_WORD[cue]
    return lost + " " * (len(gap) - len(lost)) if len(gap) > len(lost) else None


def restore(w: str) -> str:
    """*w* with each cut clause cue (:data:`TRUNCATED`) read whole; same length."""
    if "Căn" not in w and "Thực" not in w:
        return w
    chars: list[str] | None = None
    for m in TRUNCATED.finditer(w):
        words = fold(" ".join(m.group("words").split()))
        filled = _filled(m.group("cue"), m.group("gap"))
        if words not in TYPE_TAILS or filled is None:
            continue
        chars = chars if chars is not None else list(w)
        chars[m.start("gap") : m.end("gap")] = filled
    return w if chars is None else "".join(chars)


def reference_restore(w: str) -> str:
    """:func:`restore` the plain way: each blank-separated word that is a kept cue word, the next words up to "số"."""
    chars = list(w)
    for token in re.finditer(r"[^ \t\n]+", w):
        cue = token.group(0)
        if cue not in LOST_WORD:
            continue
        words: list[str] = []
        pos = token.end()
        for _ in range(MAX_WORDS + 1):
            word = re.match(r"[ \t]+([^ \t\n]+)", w[pos:])
            if word is None:
                break
            if word.group(1) in ("số", "số:") and words:  # "số 4458/…", "số: 4458/…"
                after = w[pos + word.end() :]
                digit = re.match(r"[ \t]*(?:\n[ \t]*)?\d" if word.group(1) == "số:" else rf"{_AFTER_SO}\d", after)
                if digit and " ".join(map(fold, words)) in TYPE_TAILS:
                    filled = _filled(cue, w[token.end() : pos + word.start(1)])
                    if filled is not None:
                        chars[token.end() : pos + word.start(1)] = filled
                break
            if not word.group(1).isalpha():
                break
            words.append(word.group(1))
            pos += word.end()
    return "".join(chars)
