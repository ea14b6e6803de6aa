"""Broken diacritics in the words the extractor reads, repaired in the working copy only.

Some copies scramble Vietnamese tone marks: a bad converter or font puts a mark on every vowel
("Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành"), so "Kết luận", "ngày" and "của" no
longer match and the page's own title, its type words and its cues are lost.  A real syllable carries
one tone mark at most, so a word with two (side by side, as the vowels of a syllable are) is broken; a text whose opening has several such words
(:data:`BROKEN_AT_LEAST`, :data:`OPENING`; a word glued to the next one — "vềphép" — makes one) is a
scrambled copy.  In such a copy each
phrase of :data:`WORDS` (type words, cue words and the small words around a citation) that is written
with the same letters but broken marks is read as the phrase: same letters, so the working copy keeps
its length and every offset.  Issuers and subjects are still cut from the text as written.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

__all__ = ["BROKEN_AT_LEAST", "OPENING", "WORDS", "broken", "fold", "repair", "scrambled", "table"]

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_LETTERS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
TONED = "".join(
    sorted(
        unicodedata.normalize("NFC", base + mark) for base in _LETTERS for mark in _TONE_MARKS
    )
)
# Two toned vowels side by side (a syllable's vowels are adjacent, and one of them carries the tone),
# matched on to the word's end: one match per broken word
_TWO_TONES = re.compile(rf"[{TONED}]{{2}}[^\W\d_]*")
# A text is a scrambled copy when this many words of its opening carry two tone marks: a converter or a
# font scrambles a copy throughout, so the opening tells (and the test costs the same for every text).
BROKEN_AT_LEAST = 3
OPENING = 500
_WORD = re.compile(r"[^\W\d_]+")


def fold(word: str) -> str:
    """Base letters only, lower case ("Lúận" → "luan", "đ" → "d")."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def broken(word: str) -> bool:
    """Whether *word* has two toned vowels side by side: no Vietnamese syllable has two tone marks."""
    return any(a in TONED and b in TONED for a, b in itertools.pairwise(word))


# The words around a citation that the extractor reads, besides the type words (vocabulary adds them):
# each with the reason it matters.
WORDS: dict[str, str] = {
    "số": "'Kết luận số 121-KL/TW': the number's marker",
    "ngày": "'ngày 24/01/2025': the date",
    "tháng": "'ngày 7 tháng 3 năm 2025'",
    "năm": "'ngày 7 tháng 3 năm 2025'",
    "của": "'của Bộ Chính trị': the issuer",
    "về": "'về …': the subject",
    "về việc": "the subject",
    "tại": "'nêu tại Kết luận số …'",
    "theo": "'theo …': a rule, not a basis",
    "và": "joins a list of citations",
    "các": "'các Nghị quyết số: …'",
    "nêu": "'nêu tại …'",
    "này": "'kèm theo Quyết định này'",
    "kèm theo": "'Ban hành kèm theo Quyết định số …'",
    "căn cứ": "a basis cue",
    "thực hiện": "a cue",
    "tiếp tục": "'tiếp tục thực hiện'",
    "triển khai": "a cue",
    "thi hành": "a cue",
    "quán triệt": "a cue word",
    "cụ thể hóa": "a cue",
    "trên cơ sở": "a basis cue",
    "nhằm": "a purpose",
    "bảo đảm": "'Để bảo đảm thực hiện …': a purpose filler (cues.PURPOSE_FILLERS)",
    "đảm bảo": "the same",
    "để": "a purpose",
    "đã": "past tense in a reported cue",
    "vừa": "a lead: just issued",
    "ban hành": "a lead: issued",
    "sửa đổi": "an amending verb",
    "bổ sung": "an amending verb",
    "thay thế": "a replacing verb",
    "bãi bỏ": "a repealing verb",
    "đề nghị": "a proposal or a directive verb",
    "yêu cầu": "a directive verb",
    "chỉ đạo": "a directive verb",
    "xét": "a proposal in a preamble",
    "sau khi": "a proposal in a preamble",
}
# The longest phrase, in words
LONGEST = 4


def table(phrases: list[str]) -> dict[tuple[str, ...], str]:
    """Folded words of each phrase → the phrase (lower case, as written in :data:`WORDS`)."""
    out: dict[tuple[str, ...], str] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        words = tuple(fold(word) for word in phrase.split())
        if 0 < len(words) <= LONGEST:
            out.setdefault(words, phrase)
    return out


def scrambled(w: str) -> bool:
    """Whether the opening of *w* (:data:`OPENING`) has :data:`BROKEN_AT_LEAST` words with two tone
    marks: a scrambled copy."""
    return any(count >= BROKEN_AT_LEAST for count, _ in enumerate(_TWO_TONES.finditer(w, 0, OPENING), 1))


def repair(w: str, phrases: dict[tuple[str, ...], str]) -> str:
    """*w* with every phrase of *phrases* that is written with the same letters and a broken word (two
    tone marks) read as the phrase; same length.  Called on a scrambled copy only (:func:`scrambled`)."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(w)]
    folded = [fold(w[a:b]) for a, b in tokens]
    chars = list(w)
    i = 0
    while i < len(tokens):
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            phrase = phrases.get(tuple(folded[i : i + size]))
            if phrase is None:
                continue
            span = tokens[i : i + size]
            gaps = [w[span[k][1] : span[k + 1][0]] for k in range(size - 1)]
            if any(gap.strip(" \t") not in {"", "\n"} for gap in gaps) or not any(broken(w[a:b]) for a, b in span):
                continue
            words = phrase.split()
            if all(len(word) == b - a for word, (a, b) in zip(words, span, strict=True)):
                for word, (a, _) in zip(words, span, strict=True):
                    for k, ch in enumerate(word):
                        chars[a + k] = ch.upper() if chars[a + k].isupper() else ch
            i += size - 1
            break
        i += 1
    return "".join(chars)
