"""Search tokens of Vietnamese text: syllables, folded forms, syllable pairs and document numbers.

Shared by the per-document analysis (which counts a body's tokens once, in worker processes) and
the search index (which only combines the counts), so neither imports the other. Citizens type on
phone keyboards: without diacritics, numbers in any form ("57 nq tw", "nq 57", "57/NQ-TW"), several
syllables of a phrase; everything that makes that work is decided here. ``search.js`` cuts the
query with the same character classes (a test compares them).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from .documents import Document
from .text import DASHES, fold, nfc

MAX_WORDS = 30  # query syllables used (bit masks are 32-bit in JS)

# A syllable: Latin letters with Vietnamese marks, and digits. The same class is in search.js.
SYLLABLE_CLASS = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff"
SYLLABLE = re.compile(f"[{SYLLABLE_CLASS}]+")
# Phrase boundaries: syllable pairs never cross them (same class in search.js).
SEGMENT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’«»…|*#>\n]+")
# Syllables, and phrase breaks as "" (the group is empty for them).
_WORD_OR_BREAK = re.compile(f"([{SYLLABLE_CLASS}]++)|{SEGMENT.pattern}")  # ++: no backtracking to try
# A document number in running text: digits, then code parts joined by - or /. "[0-9][0-9]*", not
# "[0-9]+": a pattern that starts with a character class lets re skip to the next digit in C.
NUMBER_IN_TEXT = re.compile(f"[0-9][0-9]*(?:\\s?[-/]\\s?[{SYLLABLE_CLASS}]+)+")

_K = TypeVar("_K")
_V = TypeVar("_V")
_T = TypeVar("_T")


def lower(text: str) -> str:
    """``normalise_dashes(nfc(text)).lower()``, without ``str.translate``: it is slow on long texts."""
    text = nfc(text)
    for dash in DASHES:
        text = text.replace(dash, "-")
    return text.lower()


@functools.lru_cache(maxsize=1 << 18)
def fold_lower(text: str) -> str:
    """Folded and lower case; a number's leading zeros dropped ("02 cấp" and "2 cap", "05/CT-UBND" and
    "5/ct-ubnd" are written either way): ``fold()`` in search.js."""
    folded = fold(text).lower()
    return folded.lstrip("0") or "0" if folded[:1] == "0" and folded.isascii() and folded.isdigit() else folded


class Memo(dict[_K, _V]):
    """A dict that computes what it lacks: ``map(memo.__getitem__, ...)`` stays in C while keys repeat,
    and the strings it hands out carry their hash into the Counters. Cleared when it grows too big."""

    def __init__(self, compute: Callable[[_K], _V], limit: int = 1 << 18) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value


_FOLDED: Memo[str, str] = Memo(fold_lower)  # fold_lower of syllables seen by _words
# Body tokens: folded syllables with None at breaks (a syllable may fold to "": a lone mark), the
# syllables that differ from their folded form ("" for the others), and pairs (None across a break).
_FOLDED_OR_NONE: Memo[str, str | None] = Memo(lambda word: fold_lower(word) if word else None)
_EXACT: Memo[str, str] = Memo(lambda word: word if fold_lower(word) != word and not word.isdigit() else "")
_PAIRS: Memo[tuple[str | None, str | None], str | None] = Memo(
    lambda ab: None if ab[0] is None or ab[1] is None else f"{ab[0]}_{ab[1]}", 1 << 17)  # pair(a, b)
_PIECES: Memo[str, tuple[str, ...]] = Memo(lambda piece: tuple(_WORD_OR_BREAK.findall(piece)), 1 << 17)


def kept_positions(words: list[str]) -> list[tuple[int, str]]:
    return [(i, w) for i, w in enumerate(words)
            if not (i + 1 < len(words) and words[i + 1][:1].isdigit() and fold_lower(w) == "so")]


def drop_so(words: list[str]) -> list[str]:
    """Drop "số" before a number: "Nghị quyết số 57" and "nghị quyết 57" are the same phrase."""
    return [w for _, w in kept_positions(words)]


def syllables(text: str) -> list[str]:
    """Lower-case NFC syllables: ``"Nghị quyết 57-NQ/TW"`` → ``["nghị", "quyết", "57", "nq", "tw"]``."""
    return SYLLABLE.findall(lower(text))


# Letters glued to a number on a phone keyboard ("qd4159", "nq57", "57nq"): one boundary only, so
# that codes written glued in the originals ("h5n1") stay whole.
_GLUED = re.compile("([^0-9]+)([0-9]+)|([0-9]+)([^0-9]+)")  # of a syllable (search.js: GLUED)


def query_syllables(chunk: str) -> list[str]:
    """The syllables of a typed chunk, a syllable of letters glued to a number cut in two:
    ``"qd4159"`` → ``["qd", "4159"]`` (the chunk's joined form, ``"qd4159"``, still meets a glued token)."""
    out: list[str] = []
    for s in syllables(chunk):
        m = _GLUED.fullmatch(s)
        out += [g for g in m.groups() if g] if m else [s]
    return out


def _lower_again(piece: str) -> str:
    """``_lower`` of a piece of a ``_lower``-ed text, cheaply: ``lower()`` is idempotent and makes
    no dash (a test checks every code point), so only NFC can change it ("W\\u030a" lowers to
    "w\\u030a", which NFC composes)."""
    return piece if unicodedata.is_normalized("NFC", piece) else lower(piece)


def _words(lowered: str) -> tuple[list[str], list[str]]:
    """The syllables of a ``_lower``-ed text with "" at each phrase break, and their folded forms;
    "số" before a number dropped."""
    words = _cut(lowered)
    folded = list(map(_FOLDED.__getitem__, words))  # a dict in front of fold_lower's cache: faster
    _drop_so(words, folded)
    return words, folded


def _cut(lowered: str) -> list[str]:
    """The syllables of a ``_lower``-ed text with "" at each phrase break. Per-phrase work was most of
    indexing, so the whole text is cut at once.

    Phrases are lowered again, as :func:`segments` always did (:func:`_lower_again`); an NFC text
    has NFC phrases (NFC composes nothing across the breaks), so then only the rare others are.
    """
    if unicodedata.is_normalized("NFC", lowered):
        # Pieces between spaces, each cut once per corpus (a regex match per syllable was the costliest
        # step): no match spans a space (neither a syllable nor a break character), so this is
        # ``_WORD_OR_BREAK.findall(lowered)``.
        return list(itertools.chain.from_iterable(map(_PIECES.__getitem__, lowered.split(" "))))
    return [w for part in SEGMENT.split(lowered) for w in [*SYLLABLE.findall(_lower_again(part)), ""]]


def _drop_so(words: list[str], folded: list[_T]) -> None:
    """Drop "số" (folded "so") before a number from both lists."""
    so = [i for i in _positions(folded, "so") if i + 1 < len(words) and words[i + 1][:1].isdigit()]
    for i in reversed(so):
        del words[i], folded[i]


def _positions(items: Sequence[object], item: str) -> Iterator[int]:
    """Where *item* occurs in *items* (``list.index`` searches in C)."""
    i = -1
    with contextlib.suppress(ValueError):
        while True:
            i = items.index(item, i + 1)
            yield i


def segments(text: str) -> list[list[str]]:
    """Syllables grouped by phrase (split at punctuation other than - and /), "số" before numbers dropped."""
    words, _ = _words(lower(text))
    return [list(group) for nonempty, group in itertools.groupby(words, key=bool) if nonempty]


def joined_number(number: str) -> str:
    """``"57-NQ/TW"`` → ``"57nqtw"``; ``"300/LĐLĐ"`` → ``"300ldld"``; "" for a single part."""
    return _joined(syllables(number))


def joined_query(chunk: str) -> str:
    """:func:`joined_number` of a typed chunk cut by :func:`query_syllables` (``"qd4159"`` → ``"qd4159"``)."""
    return _joined(query_syllables(chunk))


def date_terms(doc: Document) -> list[str]:
    """A document's date as a reader types it ("ngày 22/12/2024", "05/8/2025", "năm 2024" as 2024), folded:
    "ngay" when the day is known, day and month (without a leading zero, as :func:`fold_lower`), the year."""
    date = doc.date
    if not date:
        return [str(doc.year)] if doc.year else []
    parts = dict.fromkeys(str(value) for value in (date.day, date.month, date.year) if value is not None)
    return [*(["ngay"] if date.day is not None else []), *parts]


def _joined(number_syllables: list[str]) -> str:
    return "".join(map(fold_lower, number_syllables)) if len(number_syllables) > 1 else ""


def number_tokens(number: str) -> list[str]:
    """Parts and the joined form: what "57-NQ/TW", "57/NQ-TW", "57 nq tw" and "nq 57" all meet."""
    parts = list(map(fold_lower, syllables(number)))
    return [*parts, "".join(parts)] if len(parts) > 1 else parts  # joined_number(number), not split twice


def numbers_in_text(text: str) -> list[str]:
    """Joined forms of the document numbers cited in running text."""
    return _numbers_in_lowered(lower(text))


def _numbers_in_lowered(lowered: str) -> list[str]:
    return list(filter(None, map(_NUMBERS.__getitem__, NUMBER_IN_TEXT.findall(lowered))))  # cited again and again


_NUMBERS: Memo[str, str] = Memo(lambda number: _joined(SYLLABLE.findall(_lower_again(number))))


def forget_memos() -> None:
    """Empty the memo tables of the body readers once every body is read (the analysis stage): what
    they hold is only a speed-up, and kept through the rest of the build it raised the peak memory."""
    for memo in (_FOLDED, _FOLDED_OR_NONE, _EXACT, _PAIRS, _PIECES, _NUMBERS):
        memo.clear()


def pair(a: str, b: str) -> str:
    return f"{a}_{b}"


@dataclass
class FieldTokens:
    """Exact (diacritic-bearing only), folded and pair tokens of a text."""

    x: list[str] = field(default_factory=list)
    f: list[str] = field(default_factory=list)
    b: list[str] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        x, f, b = _token_streams(text)
        self.x.extend(x)
        self.f.extend(f)
        self.b.extend(b)


def _token_streams(text: str) -> tuple[Iterator[str], Iterator[str], Iterator[str]]:
    """:class:`FieldTokens`' x, f and b of *text* as lazy C-level chains, for lists or Counters alike."""
    lowered = lower(text)
    words = _cut(lowered)  # "" at phrase breaks
    folded = list(map(_FOLDED_OR_NONE.__getitem__, words))  # None at breaks (a word may fold to "": a lone mark)
    _drop_so(words, folded)
    x = filter(None, map(_EXACT.__getitem__, words))
    f = itertools.chain(itertools.compress(folded, words), _numbers_in_lowered(lowered))  # no None: breaks are ""
    b = filter(None, map(_PAIRS.__getitem__, itertools.pairwise(folded)))  # pairs not across a break
    return x, cast("Iterator[str]", f), cast("Iterator[str]", b)


def _cut_between(text: str, opener: str, closer: str, skip: int, replacement: str) -> str:
    """``re.sub(opener + "[^closer]{skip,}" + closer, replacement)`` in linear time: the regex tries
    every opener against the rest of the text, quadratic on ``<<<<…`` without a ``>``; here the
    first opener with no closer after it ends the search, as no later one can match either."""
    out: list[str] = []
    pos = 0
    while (start := text.find(opener, pos)) >= 0:
        end = text.find(closer, start + len(opener))
        if end < 0:
            break
        if end < start + len(opener) + skip:  # too short ("<>"): the next opener may still match
            out.append(text[pos:start + 1])
            pos = start + 1
            continue
        out += (text[pos:start], replacement)
        pos = end + len(closer)
    out.append(text[pos:])
    return "".join(out)


def strip_markup(body: str) -> str:
    """Link targets (``](…)``) and HTML tags (``<…>``) out; most bodies have neither."""
    if "](" in body:
        body = _cut_between(body, "](", ")", 0, "]")
    return _cut_between(body, "<", ">", 1, " ") if "<" in body else body


def meta_tokens(doc: Document) -> dict[str, list[str]]:
    """The tokens of what a result shows (the meta shards' fields, ``vanban.search.bundle``).

    ``n``: number parts and the joined number; ``f``: the title's folded syllables and the numbers
    cited in it; ``m``: the folded syllables of type and issuer, and the date (:func:`date_terms`:
    "57-NQ/TW ngày 22/12/2024" and "bộ y tế 2016" are the document itself, not every body citing it); ``x``: the syllables with diacritics
    of issuer and title; ``b``: the folded pairs of the phrases "type number", issuer and title, but
    not those inside the type. A type is shared by thousands of documents that all match its words
    exactly and as a phrase, so listing them again would rank nothing and cost a common word's bytes.
    It reads the title, type, number, issuer and date only: ``vanban.search.reuse.Reuse`` keeps its result
    by those five (a field read here must be added there).
    """
    lowered = lower(doc.title)
    words, folded = _words(lowered)
    type_words = syllables(doc.type)
    head, *rest = segments(f"{doc.type} {doc.number}") or [[]]
    if len(type_words) > 1 and head[:len(type_words)] == type_words:
        head = head[len(type_words) - 1:]  # keeps "hoạch 21" of "Kế hoạch 21/KH-UBND"
    named = [*segments(doc.issuer), *segments(doc.title)]
    return {
        "n": number_tokens(doc.number),
        "f": [*itertools.compress(folded, words), *_numbers_in_lowered(lowered)],
        "m": [*(fold_lower(s) for s in (*type_words, *syllables(doc.issuer))), *date_terms(doc)],
        "x": [s for phrase in named for s in phrase if fold_lower(s) != s and not s.isdigit()],
        "b": [pair(fold_lower(a), fold_lower(b)) for phrase in (head, *rest, *named) for a, b in itertools.pairwise(phrase)],
    }


def body_tokens(doc: Document) -> dict[str, list[str]]:
    x, f, b = _token_streams(strip_markup(doc.body))
    return {"x": list(x), "f": list(f), "b": list(b)}


def body_counts(doc: Document) -> dict[str, Counter[str]]:
    """``{name: Counter(tokens) for name, tokens in body_tokens(doc).items()}``, without the lists."""
    x, f, b = _token_streams(strip_markup(doc.body))
    return {"x": Counter(x), "f": Counter(f), "b": Counter(b)}


TermCounts = tuple[tuple[str, ...], bytes | tuple[int, ...]]
"""A Counter's terms and their counts, in its order (the counts as bytes when all are below 256):
a fifth of its memory (no hash table), for what is kept of every document until the search index
is built."""


def term_counts(counts: Counter[str]) -> TermCounts:
    values = tuple(counts.values())
    try:
        return tuple(counts), bytes(values)  # checks every count is below 256, in C
    except ValueError:
        return tuple(counts), values


def body_term_counts(doc: Document) -> dict[str, TermCounts]:
    """:func:`body_counts`, each Counter as :data:`TermCounts`."""
    return {name: term_counts(counts) for name, counts in body_counts(doc).items()}

