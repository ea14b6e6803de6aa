"""Diacritics of a scanned header repaired from the document's own running text.

OCR reads the trích yếu in capitals worst: at scan resolution a capital's tone mark is a few
pixels, so "THỰC HIỆN … MỤC TIÊU" comes back "THỤC HIỆN … MỤC TIỂU", while the same words in
the body, in lower case, are read right ("thực hiện Chương trình mục tiêu quốc gia"). A word of
the trích yếu is replaced only by the body's spelling of the same letters (equal without
diacritics) where at least three consecutive words agree, and only when the body's occurrences
agree with each other (a majority); every change is reported. Linear: one index of the body's
word triples. A text copy that lost marks ("va tim kiêm cưu nan", "viêc", "phô thông": a document site's text
layer, a hurried retyping) is mended the same way, but a word there only gets back marks it lost, and only a
word in running text that the body never writes so itself (a noisy body, "thực hỉện", never mends a right "hiện").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from ..text import fold

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
RUN = 3  # consecutive words that must agree, without diacritics, around the word repaired


def _key(word: str) -> str:
    return fold(word).lower()


def letter_marks(word: str) -> list[tuple[str, frozenset[str]]]:
    """Each letter of *word* with the marks on it ("đ" is a "d" with its stroke)."""
    out: list[tuple[str, set[str]]] = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(char) and out:
            out[-1][1].add(char)
        elif char == "đ":
            out.append(("d", {"stroke"}))
        else:
            out.append((char, set()))
    return [(letter, frozenset(marks)) for letter, marks in out]


def lost_marks(word: str, spelled: str) -> bool:
    """Whether *word* is *spelled* with some of its marks lost and none changed ("viêc" of "việc", "va" of "và";
    never "chó" of "chợ", nor "chợ" of "cho")."""
    own, full = letter_marks(word), letter_marks(spelled)
    return (len(own) == len(full) and own != full
            and all(a == b and m <= n for (a, m), (b, n) in zip(own, full, strict=True)))


def repair(text: str, body: str, lost_only: bool = False) -> tuple[str, list[tuple[str, str]]]:
    """*text* with each word's diacritics taken from *body* where a run of words matches; the changes. With
    *lost_only* (a text copy, not a scan) a word only gets back marks it lost, never has one it has changed."""
    body_words = [m.group(0) for m in _WORD.finditer(body)]
    keys = [_key(w) for w in body_words]
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(keys) - RUN + 1):
        runs[tuple(keys[i : i + RUN])].append(i)
    spans = list(_WORD.finditer(text))
    own = [_key(m.group(0)) for m in spans]
    votes: list[Counter[str]] = [Counter() for _ in spans]
    for i in range(len(own) - RUN + 1):
        for j in runs.get(tuple(own[i : i + RUN]), ()):
            for k in range(RUN):
                votes[i + k][body_words[j + k].lower()] += 1
    attested = {w.lower() for w in body_words} if lost_only else set()
    out = text
    changes: list[tuple[str, str]] = []
    for m, vote in sorted(zip(spans, votes, strict=True), key=lambda item: -item[0].start()):
        if not vote:
            continue
        (best, count), *rest = vote.most_common()
        word = m.group(0)
        if (rest and rest[0][1] == count) or best == word.lower():
            continue  # the body disagrees with itself, or already agrees with the header
        if lost_only and (not lost_marks(word, best) or word.isupper() or word.lower() in attested):
            continue  # a copy's word the body writes so too, or in capitals (the original's own typing), stays
        spelled = best.upper() if word.isupper() else best[:1].upper() + best[1:] if word[:1].isupper() else best
        out = out[: m.start()] + spelled + out[m.end() :]
        changes.append((word, spelled))
    return out, changes[::-1]
