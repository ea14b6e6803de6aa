"""Document search: lunr indexes prebuilt at build time, queried in the browser by lunr.js.

Citizens type on phone keyboards: without diacritics, numbers in any form ("57 nq tw",
"nq 57", "57/NQ-TW"), several syllables of a phrase. Everything that makes that work is
decided here, at build; the browser loads prebuilt indexes and runs the query
(``theme_overrides/assets/vanban/search.js`` mirrors :func:`query_plan` and :func:`search`).

Tokens are produced by this module, not by lunr's tokenizer or pipeline, and are handed
to lunr as lists: the build and search pipelines are empty, so the browser has no pipeline
function to register (``PIPELINE_FUNCTIONS`` is empty and a test keeps it that way).

Files (all JSON with sorted keys: rebuilds are byte-identical):

* ``main-<hash>.json`` (loaded before the first result): the result store (number, type,
  issuer, dates, title, URL of every held and stub document), the type and issuer lists
  (facets) and a lunr index with the fields ``n`` (number parts and the joined number,
  boost 10) and ``f`` (folded title syllables and cited numbers, boost 1).
* ``body-<k>-<hash>.json`` (fetched after the first result is shown, only the shards the
  query needs): lunr indexes of the body text with ``x`` (syllables with diacritics,
  exact, boost 1.5), ``f`` (folded, boost 1) and ``b`` (folded syllable pairs: phrases,
  boost 1.5). A term lives in shard ``fnv1a(key) % count`` where the key is its folded
  syllable, so a query of k syllables reads at most 2k-1 shards of bounded size; the
  shard count grows with the corpus.

Both are lunr indexes *packed*: lunr's inverted index is implied by its field vectors, so
only the vectors are shipped, transposed by term with delta-coded document numbers and scores
rounded to 1/100. Unpacking (:func:`unpack`, ``unpack()`` in search.js) rebuilds lunr's
serialized form exactly, in one linear pass; no text is tokenised and no score computed on the
client. The build writes the packed form directly (:class:`_Postings`), the bytes that
``pack(build_index(...).serialize())`` gives (tests compare them) in a fraction of the time.

Ranking (client and :func:`search`): more query syllables covered first (title, number,
type, issuer or body, folded); then syllables matching the document's own number; then
query syllable pairs found adjacent (the phrase); then syllables typed with diacritics
found with the same diacritics; then lunr's score (main + half of body); then newest.
Type and issuer are matched against the short facet lists rather than indexed per
document, which keeps the first download small.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import gzip
import hashlib
import itertools
import json
import math
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from lunr.builder import Builder
from lunr.idf import idf
from lunr.index import Index
from lunr.query import Query
from lunr.vector import Vector

from .documents import Document
from .parallel import parallel_map
from .site import PageSpec, SiteModel
from .text import DASHES, fold, nfc

PAGE_PATH = "tim-kiem/"
ASSET_DIR = "assets/vanban/search/"
LUNR_PATH = "assets/vanban/lunr.js"
SCRIPT_PATH = "assets/vanban/search.js"
PIPELINE_FUNCTIONS: tuple[str, ...] = ()  # registered in search.js under the same names

MAIN_FIELDS: dict[str, float] = {"n": 10, "f": 1}
BODY_FIELDS: dict[str, float] = {"x": 1.5, "f": 1, "b": 1.5}
BODY_WEIGHT = 0.5
SCALE = 100  # scores are shipped as integers: round(score * SCALE)
SHARD_POSTINGS = 40_000  # body postings per shard
SHARD_WORKERS_MIN = 4  # shards worth a process pool
MAX_WORDS = 30  # query syllables used (bit masks are 32-bit in JS)

# A syllable: Latin letters with Vietnamese marks, and digits. The same class is in search.js.
SYLLABLE_CLASS = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff"
_SYLLABLE = re.compile(f"[{SYLLABLE_CLASS}]+")
# Phrase boundaries: syllable pairs never cross them (same class in search.js).
_SEGMENT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’«»…|*#>\n]+")
# Syllables, and phrase breaks as "" (the group is empty for them).
_WORD_OR_BREAK = re.compile(f"([{SYLLABLE_CLASS}]++)|{_SEGMENT.pattern}")  # ++: no backtracking to try
# A document number in running text: digits, then code parts joined by - or /. "[0-9][0-9]*", not
# "[0-9]+": a pattern that starts with a character class lets re skip to the next digit in C.
_NUMBER_IN_TEXT = re.compile(f"[0-9][0-9]*(?:\\s?[-/]\\s?[{SYLLABLE_CLASS}]+)+")
# What text.normalise_dashes replaces by "-" (a test checks every code point).
_DASHES = DASHES
_MD_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")
_K = TypeVar("_K")
_V = TypeVar("_V")
_T = TypeVar("_T")


# --------------------------------------------------------------------------- tokens


def _lower(text: str) -> str:
    """``normalise_dashes(nfc(text)).lower()``, without ``str.translate``: it is slow on long texts."""
    text = nfc(text)
    for dash in _DASHES:
        text = text.replace(dash, "-")
    return text.lower()


@functools.lru_cache(maxsize=1 << 18)
def fold_lower(text: str) -> str:
    return fold(text).lower()


class _Memo(dict[_K, _V]):
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


_FOLDED: _Memo[str, str] = _Memo(fold_lower)  # fold_lower of syllables seen by _words
# Body tokens: folded syllables with None at breaks (a syllable may fold to "": a lone mark), the
# syllables that differ from their folded form ("" for the others), and pairs (None across a break).
_FOLDED_OR_NONE: _Memo[str, str | None] = _Memo(lambda word: fold_lower(word) if word else None)
_EXACT: _Memo[str, str] = _Memo(lambda word: word if fold_lower(word) != word else "")
_PAIRS: _Memo[tuple[str | None, str | None], str | None] = _Memo(
    lambda ab: None if ab[0] is None or ab[1] is None else f"{ab[0]}_{ab[1]}", 1 << 17)  # pair(a, b)
_PIECES: _Memo[str, tuple[str, ...]] = _Memo(lambda piece: tuple(_WORD_OR_BREAK.findall(piece)), 1 << 17)


def _kept_positions(words: list[str]) -> list[tuple[int, str]]:
    return [(i, w) for i, w in enumerate(words)
            if not (i + 1 < len(words) and words[i + 1][:1].isdigit() and fold_lower(w) == "so")]


def drop_so(words: list[str]) -> list[str]:
    """Drop "số" before a number: "Nghị quyết số 57" and "nghị quyết 57" are the same phrase."""
    return [w for _, w in _kept_positions(words)]


def syllables(text: str) -> list[str]:
    """Lower-case NFC syllables: ``"Nghị quyết 57-NQ/TW"`` → ``["nghị", "quyết", "57", "nq", "tw"]``."""
    return _SYLLABLE.findall(_lower(text))


def _lower_again(piece: str) -> str:
    """``_lower`` of a piece of a ``_lower``-ed text, cheaply: ``lower()`` is idempotent and makes
    no dash (a test checks every code point), so only NFC can change it ("W\\u030a" lowers to
    "w\\u030a", which NFC composes)."""
    return piece if unicodedata.is_normalized("NFC", piece) else _lower(piece)


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
    return [w for part in _SEGMENT.split(lowered) for w in [*_SYLLABLE.findall(_lower_again(part)), ""]]


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
    words, _ = _words(_lower(text))
    return [list(group) for nonempty, group in itertools.groupby(words, key=bool) if nonempty]


def joined_number(number: str) -> str:
    """``"57-NQ/TW"`` → ``"57nqtw"``; ``"300/LĐLĐ"`` → ``"300ldld"``; "" for a single part."""
    return _joined(syllables(number))


def _joined(number_syllables: list[str]) -> str:
    return "".join(map(fold_lower, number_syllables)) if len(number_syllables) > 1 else ""


def number_tokens(number: str) -> list[str]:
    """Parts and the joined form: what "57-NQ/TW", "57/NQ-TW", "57 nq tw" and "nq 57" all meet."""
    parts = list(map(fold_lower, syllables(number)))
    return [*parts, "".join(parts)] if len(parts) > 1 else parts  # joined_number(number), not split twice


def numbers_in_text(text: str) -> list[str]:
    """Joined forms of the document numbers cited in running text."""
    return _numbers_in_lowered(_lower(text))


def _numbers_in_lowered(lowered: str) -> list[str]:
    return list(filter(None, map(_NUMBERS.__getitem__, _NUMBER_IN_TEXT.findall(lowered))))  # cited again and again


_NUMBERS: _Memo[str, str] = _Memo(lambda number: _joined(_SYLLABLE.findall(_lower_again(number))))


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
    lowered = _lower(text)
    words = _cut(lowered)  # "" at phrase breaks
    folded = list(map(_FOLDED_OR_NONE.__getitem__, words))  # None at breaks (a word may fold to "": a lone mark)
    _drop_so(words, folded)
    x = filter(None, map(_EXACT.__getitem__, words))
    f = itertools.chain(itertools.compress(folded, words), _numbers_in_lowered(lowered))  # no None: breaks are ""
    b = filter(None, map(_PAIRS.__getitem__, itertools.pairwise(folded)))  # pairs not across a break
    return x, cast("Iterator[str]", f), cast("Iterator[str]", b)


def strip_markup(body: str) -> str:
    """Link targets and HTML tags out; ``in`` looks for them faster than the regexes, and most bodies have none."""
    if "](" in body:
        body = _MD_LINK_TARGET.sub("]", body)
    return _HTML_TAG.sub(" ", body) if "<" in body else body


def meta_tokens(doc: Document) -> dict[str, list[str]]:
    """Number tokens, and the title's folded tokens (``FieldTokens.add_text(title).f``, without the unused x and b)."""
    lowered = _lower(doc.title)
    words, folded = _words(lowered)
    return {"n": number_tokens(doc.number), "f": [*itertools.compress(folded, words), *_numbers_in_lowered(lowered)]}


def body_tokens(doc: Document) -> dict[str, list[str]]:
    x, f, b = _token_streams(strip_markup(doc.body))
    return {"x": list(x), "f": list(f), "b": list(b)}


def body_counts(doc: Document) -> dict[str, Counter[str]]:
    """``{name: Counter(tokens) for name, tokens in body_tokens(doc).items()}``, without the lists."""
    x, f, b = _token_streams(strip_markup(doc.body))
    return {"x": Counter(x), "f": Counter(f), "b": Counter(b)}


def meta_segments(row: Sequence[Any], types: Sequence[str], issuers: Sequence[str]) -> list[list[str]]:
    """The text a result shows, as phrases of syllables ("type number", issuer, title)."""
    return (segments(f"{types[row[2]]} {row[1]}") + segments(issuers[row[3]]) + segments(row[6]))


# --------------------------------------------------------------------------- sharding


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (the same function is in search.js)."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


@functools.lru_cache(maxsize=1 << 18)
def _shard_hash(term: str) -> int:
    return fnv1a(fold_lower(term))


def shard_of(term: str, count: int) -> int:
    """Exact and folded forms of a syllable share a shard (pairs are folded already)."""
    return _shard_hash(term) % count if count > 1 else 0


# --------------------------------------------------------------------------- index files


class _CountingBuilder(Builder):  # type: ignore[misc]
    """lunr's Builder fed with final tokens: no tokenizer, no per-token metadata copies.

    What ``Builder.add`` stores (term frequencies, field lengths, postings) is stored the same
    way; terms are kept in order of their index so lunr's vectors are built by appending.
    Scoring, the token set and serialization are lunr's own (``Builder.build``).
    """

    def add_tokens(self, ref: str, fields: Mapping[str, Iterable[str] | Mapping[str, int]]) -> None:
        """Add a document from its tokens per field (a list, or term → count)."""
        self._documents[ref] = {}
        self.document_count += 1
        for name in self._fields:
            counts = Counter(fields.get(name, ()))
            if not counts:
                continue  # no vector for an empty field (it would never match); keeps shards linear
            for term in counts:
                if term not in self.inverted_index:
                    posting: dict[str, Any] = {f: {} for f in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                self.inverted_index[term][name][ref] = {}
            ordered = sorted(counts, key=lambda t: self.inverted_index[t]["_index"])
            field_ref = f"{name}/{ref}"
            self.field_term_frequencies[field_ref] = {t: counts[t] for t in ordered}
            self.field_lengths[field_ref] = sum(counts.values())


    def _calculate_average_field_lengths(self) -> None:
        """lunr's average, over the documents that have the field (a shard may have none)."""
        total: dict[str, int] = dict.fromkeys(self._fields, 0)
        count: dict[str, int] = dict.fromkeys(self._fields, 0)
        for field_ref, length in self.field_lengths.items():
            name = field_ref.split("/", 1)[0]
            total[name] += length
            count[name] += 1
        self.average_field_length = {name: total[name] / max(1, count[name]) for name in self._fields}


    def _create_field_vectors(self) -> None:
        """lunr's BM25 field vectors (same formula, same rounding), appended in term order."""
        idf_cache: dict[str, float] = {}
        k1, b, n = self._k1, self._b, self.document_count
        vectors: dict[str, Vector] = {}
        for field_ref, frequencies in self.field_term_frequencies.items():
            name, doc_ref = field_ref.split("/", 1)
            norm = k1 * (1 - b + b * (self.field_lengths[field_ref] / self.average_field_length[name]))
            field_boost, doc_boost = self._fields[name].boost, self._documents[doc_ref].get("boost", 1)
            elements: list[float] = []
            for term, tf in frequencies.items():
                weight = idf_cache.get(term)
                if weight is None:
                    weight = idf_cache[term] = idf(self.inverted_index[term], n)
                score = weight * ((k1 + 1) * tf) / (norm + tf)
                score *= field_boost
                score *= doc_boost
                elements += [self.inverted_index[term]["_index"], round(score, 3)]
            vectors[field_ref] = Vector(elements)
        self.field_vectors = vectors


def build_index(fields: dict[str, float],
                rows: Iterable[tuple[str, Mapping[str, Iterable[str] | Mapping[str, int]]]]) -> Index:
    """A lunr index of pre-tokenised rows; empty pipelines (tokens arrive final).

    The build packs :class:`_Postings` instead; this is lunr's own index, which tests compare it with.
    """
    builder = _CountingBuilder()
    builder.ref("id")
    for name, boost in fields.items():
        builder.field(name, boost=boost)
    for ref, tokens in rows:
        builder.add_tokens(ref, tokens)
    index: Index = builder.build()
    return index


def pack(serialized: dict[str, Any]) -> dict[str, Any]:
    """lunr's serialized index → the shipped form (vectors by term, delta-coded, scores × SCALE)."""
    terms = [term for term, _ in serialized["invertedIndex"]]
    position = {posting["_index"]: i for i, (_, posting) in enumerate(serialized["invertedIndex"])}
    fields: list[str] = serialized["fields"]
    by_term: dict[str, list[list[tuple[int, int]]]] = {f: [[] for _ in terms] for f in fields}
    for ref, elements in serialized["fieldVectors"]:
        name, doc = ref.split("/", 1)
        for k in range(0, len(elements), 2):
            by_term[name][position[elements[k]]].append((int(doc), round(elements[k + 1] * SCALE)))
    postings: dict[str, list[list[int]]] = {}
    for name in fields:
        rows = []
        for entries in by_term[name]:
            flat: list[int] = []
            previous = 0
            for doc, score in sorted(entries):
                flat += [doc - previous, score]
                previous = doc
            rows.append(flat)
        postings[name] = rows
    return {"fields": fields, "terms": terms, "postings": postings, "scale": SCALE}


def unpack(packed: dict[str, Any]) -> dict[str, Any]:
    """The shipped form → lunr's serialized index (what search.js does before ``new lunr.Index``)."""
    fields: list[str] = packed["fields"]
    terms: list[str] = packed["terms"]
    inverted: list[list[Any]] = []
    vectors: dict[str, list[float]] = {}
    for i, term in enumerate(terms):
        posting: dict[str, Any] = {"_index": i}
        for name in fields:
            docs: dict[str, Any] = {}
            flat = packed["postings"][name][i]
            doc = 0
            for k in range(0, len(flat), 2):
                doc += flat[k]
                docs[str(doc)] = {}
                vectors.setdefault(f"{name}/{doc}", []).extend([i, flat[k + 1] / packed["scale"]])
            posting[name] = docs
        inverted.append([term, posting])
    return {"version": "2.3.9", "fields": fields, "fieldVectors": sorted(vectors.items()),
            "invertedIndex": inverted, "pipeline": []}


_K1, _B = 1.2, 0.75  # lunr Builder's BM25 parameters


class _Postings:
    """What :class:`_CountingBuilder` holds once rows are added, kept by term, and packed directly.

    ``pack(build_index(...).serialize())`` spent most of a build creating and re-reading lunr's
    objects (vectors, inverted index, token set) only to transpose them; :meth:`pack` computes the
    same numbers with the same float operations from postings already in packed order (a test
    compares the bytes), and :meth:`dumps` writes their JSON directly. Documents are added in
    increasing number.
    """

    def __init__(self, fields: Mapping[str, float]) -> None:
        self.fields = dict(fields)
        # lunr's document_count: every row added, with tokens or not; None: the documents that
        # hold a term (a body shard's rows, counted where the field lengths are known anyway)
        self.documents: int | None = 0
        # field → term → [doc, tf, doc, tf, …], in document order
        self.terms: dict[str, dict[str, list[int]]] = {name: {} for name in fields}

    def add(self, doc: int, counts_by_field: Mapping[str, Mapping[str, int]]) -> None:
        """One row, as ``_CountingBuilder.add_tokens``."""
        self.documents = (self.documents or 0) + 1
        for name, table in self.terms.items():
            for term, tf in counts_by_field.get(name, {}).items():
                table.setdefault(term, []).extend((doc, tf))

    def _scoring(self) -> tuple[list[str], dict[str, float], dict[str, dict[int, int]], int]:
        """Sorted terms, lunr's idf by term, the field lengths by document number and one more
        than the largest document number."""
        terms = sorted(set().union(*self.terms.values()))
        with_term: Counter[str] = Counter()  # lunr's idf counts a document once per field
        for table in self.terms.values():
            with_term.update({term: len(flat) // 2 for term, flat in table.items()})
        # documents are added in increasing number: the last of a row is its largest
        size = 1 + max((flat[-2] for table in self.terms.values() for flat in table.values()), default=-1)
        lengths = {name: _field_lengths(table) for name, table in self.terms.items()}
        n = self.documents
        if n is None:  # tf >= 1: the documents holding a term of the shard are those with a length
            n = len(set().union(*lengths.values()))
        weights = {term: math.log(1 + abs((n - d + 0.5) / (d + 0.5))) for term, d in with_term.items()}
        return terms, weights, lengths, size

    def _rows(self, name: str, terms: list[str], weights: Mapping[str, float], lengths: Mapping[int, int],
              scores_of: type[_ScoreCache]) -> Iterator[tuple[list[int], _ScoreCache, dict[int, int]]]:
        """Per term of *terms*: its postings in field *name* ([] if none), the score cache of its
        weight and the documents' keys into it (``length * base`` by document, the same every time)."""
        table = self.terms[name]
        average = sum(lengths.values()) / max(1, len(lengths))
        # A score depends on the document only through its field length, and tf <= length:
        # (length, tf) is keyed by the int length * base + tf.
        base = max(lengths.values(), default=0) + 1
        keyed: dict[int, int] = dict(zip(lengths, map(operator.mul, lengths.values(), itertools.repeat(base)), strict=True))
        norms = {length: _K1 * (1 - _B + _B * (length / average)) for length in set(lengths.values())}
        boost = self.fields[name]
        by_weight: dict[float, _ScoreCache] = {}  # terms in as many documents share their scores
        unused = scores_of(0.0, base, norms, boost)
        for term in terms:
            flat = table.get(term)
            if flat is None:
                yield [], unused, keyed
                continue
            weight = weights[term]
            scores = by_weight.get(weight)
            if scores is None:
                scores = by_weight[weight] = scores_of(weight, base, norms, boost)
            yield flat, scores, keyed

    def pack(self) -> dict[str, Any]:
        """``pack(index.serialize())`` of the lunr index these rows build."""
        terms, weights, lengths, _ = self._scoring()
        postings: dict[str, list[list[int]]] = {}
        for name in self.fields:
            rows: list[list[int]] = []
            for flat, scores, keyed in self._rows(name, terms, weights, lengths[name], _Scores):
                docs = flat[::2]
                row = [0] * len(flat)
                row[::2] = map(operator.sub, docs, itertools.chain((0,), docs))
                row[1::2] = map(scores.__getitem__, map(operator.add, map(keyed.__getitem__, docs), flat[1::2]))
                rows.append(row)
            postings[name] = rows
        return {"fields": list(self.fields), "terms": terms, "postings": postings, "scale": SCALE}

    def dumps(self) -> bytes:
        """``dumps(self.pack())``, written as text: the JSON encoder turned every one of millions of
        ints into text one by one; here scores are cached as text and gaps come from a table."""
        terms, weights, lengths, size = self._scoring()
        numbers = _decimals(size)
        sub, add, chain, items = operator.sub, operator.add, itertools.chain, operator.itemgetter
        postings: list[str] = []
        for name in sorted(self.fields):  # sort_keys
            rows: list[str] = []
            for flat, scores, keyed in self._rows(name, terms, weights, lengths[name], _ScoreTexts):
                if len(flat) <= 2:  # itemgetter of one item gives no tuple
                    rows.append(f"{numbers[flat[0]]},{scores[keyed[flat[0]] + flat[1]]}" if flat else "")
                    continue
                docs = flat[::2]
                row = [""] * len(flat)
                row[::2] = items(*map(sub, docs, chain((0,), docs)))(numbers)
                row[1::2] = items(*map(add, items(*docs)(keyed), flat[1::2]))(scores)
                rows.append(",".join(row))
            # ASCII text: encoded by copying (a term's letters in the same str would widen all of it)
            postings.append(f"{_ENCODER.encode(name)}:[[{'],['.join(rows)}]]" if rows else f"{_ENCODER.encode(name)}:[]")
        return b"".join([f'{{"fields":{_ENCODER.encode(list(self.fields))},"postings":{{'.encode(),
                         ",".join(postings).encode(), f'}},"scale":{SCALE},"terms":{_ENCODER.encode(terms)}}}'.encode()])


_DECIMALS: list[str] = []


def _decimals(size: int) -> list[str]:
    """``str(i)`` for ``i < size`` (at least), made once: document gaps are looked up, not formatted."""
    if len(_DECIMALS) < size:
        _DECIMALS.extend(map(str, range(len(_DECIMALS), size)))
    return _DECIMALS


def _field_lengths(table: Mapping[str, list[int]]) -> dict[int, int]:
    """Tokens in the field by document number, for the documents that have some (an empty field
    has no vector). Not a list as long as the corpus: a shard holds a few terms of nearly every
    document, and shards grow in number with the corpus, so that was quadratic."""
    lengths: dict[int, int] = {}
    get = lengths.get
    for flat in table.values():
        pairs = iter(flat)
        for doc, tf in zip(pairs, pairs, strict=True):
            lengths[doc] = get(doc, 0) + tf
    return lengths


def _hundredths(score: float) -> int:
    """``round(round(score, 3) * SCALE)`` (lunr rounds vector scores to 3 places, :func:`pack` to 1/SCALE),
    with one ``round`` in most cases: a third of the 1,000-document build's postings needed a new score.

    The exact thousandths ``k`` are ``round(y)`` for ``y = score * 1000`` unless the fraction of ``y`` is
    near 1/2 (``y`` is off by far less than 1e-4 below 2**30); ``round(score, 3)`` is then ``k / 1000`` and
    times SCALE (100) is within ulps of ``k / 10``, so rounds to ``(k + 5) // 10`` unless ``k`` ends in 5.
    A test compares both ways near every kind of tie.
    """
    y = score * 1000.0
    if 0.0 <= y < 1073741824.0:
        k = int(y)
        fraction = y - k
        if not 0.4999 < fraction < 0.5001:
            if fraction > 0.5:
                k += 1
            return (k + 5) // 10 if k % 10 != 5 else round(k / 1000 * SCALE)
    return round(round(score, 3) * SCALE)


_K1_1 = _K1 + 1


class _ScoreCache(dict[int, Any]):
    """Scores of one term weight in one field by ``length * base + tf`` (computed on first use):
    lunr's BM25 score, same float operations, then :func:`_hundredths`."""

    def __init__(self, weight: float, base: int, norms: Mapping[int, float], boost: float) -> None:
        super().__init__()
        self.weight, self.base, self.norms, self.boost = weight, base, norms, boost


class _Scores(_ScoreCache):
    """Scores as ints."""

    def __missing__(self, key: int) -> int:
        length, tf = divmod(key, self.base)
        score = self[key] = _hundredths(self.weight * (_K1_1 * tf) / (self.norms[length] + tf) * self.boost)
        return score


class _ScoreTexts(_ScoreCache):
    """Scores as JSON text; :func:`_hundredths` inlined (a third of a 1,000-document build's postings
    need a new score: the call was 5 % of the build)."""

    def __missing__(self, key: int) -> str:
        base = self.base
        length = key // base
        tf = key - length * base
        score = self.weight * (_K1_1 * tf) / (self.norms[length] + tf) * self.boost
        y = score * 1000.0
        if 0.0 <= y < 1073741824.0:
            k = int(y)
            fraction = y - k
            if not 0.4999 < fraction < 0.5001:
                if fraction > 0.5:
                    k += 1
                if k % 10 != 5:
                    text = self[key] = str((k + 5) // 10)
                    return text
        text = self[key] = str(_hundredths(score))
        return text


def load(packed: dict[str, Any]) -> Index:
    return Index.load(unpack(packed))


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(obj: Any) -> bytes:
    """Stable JSON: sorted keys, no spaces, UTF-8, so rebuilds are byte-identical."""
    return _ENCODER.encode(obj).encode("utf-8")


def ordered_documents(site: SiteModel) -> list[Document]:
    return [site.documents[k] for k in sorted(site.documents)]


def store_row(doc: Document, types: dict[str, int], issuers: dict[str, int]) -> list[Any]:
    """What one result shows: [url, number, type id, issuer id, date shown, ISO date, title, held]."""
    return [
        doc.url,
        doc.number,
        types[doc.type],
        issuers[doc.issuer],
        doc.date.vietnamese() if doc.date else "",
        doc.date.iso() if doc.date else (str(doc.year) if doc.year else ""),
        doc.title,
        1 if doc.held else 0,
    ]


@dataclass
class SearchBundle:
    """The search files of a site, as data: what is written and what tests query."""

    main: dict[str, Any]
    files: dict[str, bytes]  # site-relative path → bytes
    main_path: str

    @functools.cached_property
    def shards(self) -> list[dict[str, Any]]:
        """The packed body shards, read back from their files: only queries run in Python need them."""
        return [json.loads(self.files[ASSET_DIR + name]) for name in self.main["shards"]]


def build_bundle(docs: Sequence[Document],
                 analysed: Mapping[str, Mapping[str, Counter[str]]] | None = None) -> SearchBundle:
    """The index files; *analysed* holds body tokens already counted (by document id)."""
    types = sorted({d.type for d in docs}, key=lambda t: (fold_lower(t), t))
    issuers = sorted({d.issuer for d in docs}, key=lambda t: (fold_lower(t), t))
    type_ids = {t: i for i, t in enumerate(types)}
    issuer_ids = {t: i for i, t in enumerate(issuers)}
    main_postings = _Postings(MAIN_FIELDS)
    for i, doc in enumerate(docs):
        main_postings.add(i, {name: Counter(tokens) for name, tokens in meta_tokens(doc).items()})

    bodies = [analysed[d.id] if analysed and d.id in analysed
              else body_counts(d) for d in docs]
    files: dict[str, bytes] = {}
    shard_names: list[str] = []
    for k, data in enumerate(parallel_map(_shard, _body_shards(bodies), min_items=SHARD_WORKERS_MIN)):
        name = f"body-{k}-{hashlib.sha256(data).hexdigest()[:10]}.json"
        files[ASSET_DIR + name] = data
        shard_names.append(name)
    main = {
        "v": 1,
        "docs": [store_row(d, type_ids, issuer_ids) for d in docs],
        "types": types,
        "issuers": issuers,
        "index": main_postings.pack(),
        "shards": shard_names,
        "bodyWeight": BODY_WEIGHT,
    }
    data = dumps(main)
    main_path = f"{ASSET_DIR}main-{hashlib.sha256(data).hexdigest()[:10]}.json"
    files[main_path] = data
    return SearchBundle(main=main, files=files, main_path=main_path)


def _body_shards(bodies: Sequence[Mapping[str, Mapping[str, int]]]) -> list[_Postings]:
    """Body tokens split into shards by :func:`shard_of`, in one pass over the postings.

    A document is a row of every shard that holds one of its terms: per-row work (as lunr's
    Builder.add does) grew with documents × shards, i.e. with the square of the corpus.
    """
    count = max(1, math.ceil(sum(len(counts) for body in bodies for counts in body.values()) / SHARD_POSTINGS))
    tables: dict[str, defaultdict[str, list[int]]] = {name: defaultdict(list) for name in BODY_FIELDS}
    empty: dict[str, int] = {}
    chain = itertools.chain.from_iterable
    for name, table in tables.items():  # a field at a time: its lists stay in the cache (17 % faster)
        field = [body.get(name) or empty for body in bodies]
        docs = chain(map(itertools.repeat, itertools.count(), map(len, field)))
        tfs = chain(counts.values() for counts in field)
        # table[term].extend((doc, tf)) for every posting, in C
        collections.deque(map(list.extend, map(table.__getitem__, chain(field)), zip(docs, tfs, strict=True)), maxlen=0)
    shards = [_Postings(BODY_FIELDS) for _ in range(count)]
    for name, table in tables.items():
        for term, flat in table.items():
            shards[shard_of(term, count)].terms[name][term] = flat
    for shard in shards:  # a document is a row of the shards that hold one of its terms
        shard.documents = None
    return shards


def _shard(postings: _Postings) -> bytes:
    """One body shard, packed and serialised (module level: it runs in worker processes)."""
    return postings.dumps()


def lunr_js_source() -> bytes:
    """lunr.js 2.3.9 from the installed mkdocs package (never vendored, never from a CDN)."""
    import mkdocs.contrib.search as mkdocs_search

    return (Path(mkdocs_search.__file__).parent / "templates" / "search" / "lunr.js").read_bytes()


def filter_values(docs: Sequence[Document]) -> dict[str, list[str]]:
    return {
        "types": sorted({d.type for d in docs if d.type}, key=lambda t: (fold_lower(t), t)),
        "issuers": sorted({d.issuer for d in docs if d.issuer}, key=lambda t: (fold_lower(t), t)),
        "years": sorted({str(d.year) for d in docs if d.year}, reverse=True),
    }


LISTINGS = (("van-ban/", "tất cả văn bản"), ("loai/", "theo loại văn bản"),
            ("co-quan/", "theo cơ quan ban hành"), ("nam/", "theo năm ban hành"))


def contribute(site: SiteModel) -> None:
    """Add the search page and write lunr.js and the index files."""
    from .analysis import analyses_of

    docs = ordered_documents(site)
    analyses = analyses_of(site)
    bundle = build_bundle(docs, {doc_id: a.tokens for doc_id, a in analyses.items()})
    # The token counts are the bulk of the analyses' memory and nothing after search needs them.
    for doc_id, analysis in list(analyses.items()):
        analyses[doc_id] = dataclasses.replace(analysis, tokens={})
    for path, data in bundle.files.items():
        site.add_output(path, data)
    site.add_output(LUNR_PATH, lunr_js_source())
    site.extra["search"] = bundle
    site.add_page(PageSpec(
        path=PAGE_PATH,
        template="vanban/search.html",
        title="Tìm kiếm văn bản",
        description="Tìm văn bản theo số ký hiệu, trích yếu, loại, cơ quan ban hành và năm; gõ có dấu hay không dấu đều được.",
        data={
            "index_url": bundle.main_path,
            "lunr_url": LUNR_PATH,
            "script_url": SCRIPT_PATH,
            "count": len(docs),
            "filters": filter_values(docs),
            "listings": [{"path": p, "label": label} for p, label in LISTINGS
                         if p in site.pages or p == "van-ban/"],
        },
    ))


# --------------------------------------------------------------------------- sizes


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_script_source() -> bytes:
    path = Path(__file__).resolve().parents[2] / "theme_overrides" / SCRIPT_PATH
    return path.read_bytes() if path.exists() else b""


def index_sizes(site: SiteModel) -> dict[str, int]:
    """Bytes (raw and gzipped) of the search files; ``first_result*`` is what loads before a result shows.

    ``first_result`` = lunr.js + search.js + the main index (body shards come after).
    """
    bundle: SearchBundle | None = site.extra.get("search")
    if bundle is None:
        bundle = build_bundle(ordered_documents(site))
    lunr_js = site.outputs.get(LUNR_PATH) or lunr_js_source()
    script = search_script_source()
    main = bundle.files[bundle.main_path]
    body = [data for path, data in sorted(bundle.files.items()) if path != bundle.main_path]
    body_gz = [gzip_size(b) for b in body]
    sizes = {
        "documents": len(bundle.main["docs"]),
        "lunr_js": len(lunr_js),
        "lunr_js_gzip": gzip_size(lunr_js),
        "search_js": len(script),
        "search_js_gzip": gzip_size(script),
        "main_index": len(main),
        "main_index_gzip": gzip_size(main),
        "body_shards": len(body),
        "body_index": sum(len(b) for b in body),
        "body_index_gzip": sum(body_gz),
        "body_shard_max_gzip": max(body_gz, default=0),
    }
    sizes["first_result"] = sizes["lunr_js"] + sizes["search_js"] + sizes["main_index"]
    sizes["first_result_gzip"] = sizes["lunr_js_gzip"] + sizes["search_js_gzip"] + sizes["main_index_gzip"]
    return sizes


# --------------------------------------------------------------------------- query (mirrors search.js)


@dataclass
class QueryPlan:
    """The lunr clauses of a query and what each matched term stands for."""

    words: list[str]  # folded query syllables, in order ("số" before a number dropped)
    exact: list[str]  # the same as typed (lower case)
    main: list[dict[str, Any]]
    body: list[dict[str, Any]]
    cover: dict[str, int]  # index term → bit mask of the query syllables it matches
    pairs: dict[str, int]  # pair term → bit of the pair (i for words i, i+1)
    prefix: str  # folded last syllable while the query is still being typed, else ""


def query_plan(query: str, typing: bool = False) -> QueryPlan:
    """The clauses for a query as typed (``plan()`` in search.js follows the same steps)."""
    words: list[str] = []
    exact: list[str] = []
    main: list[dict[str, Any]] = []
    body: list[dict[str, Any]] = []
    cover: dict[str, int] = {}
    pairs: dict[str, int] = {}

    def add(term: str, fields: list[str], mask: int, boost: float = 1) -> None:
        cover[term] = cover.get(term, 0) | mask
        if "n" in fields or "f" in fields:
            main.append({"term": term, "fields": [f for f in fields if f in MAIN_FIELDS], "boost": boost})
        if any(f in BODY_FIELDS for f in fields):
            body.append({"term": term, "fields": [f for f in fields if f in BODY_FIELDS], "boost": boost})

    for part in _SEGMENT.split(_lower(query)):
        chunks = part.split()
        tagged = [(s, c) for c, chunk in enumerate(chunks) for s in syllables(chunk)]
        kept_tags = [tagged[i] for i, _ in _kept_positions([s for s, _ in tagged])]
        kept_tags = kept_tags[: MAX_WORDS - len(words)]
        start = len(words)
        exact += [s for s, _ in kept_tags]
        words += [fold_lower(s) for s, _ in kept_tags]
        for i in range(start, len(words) - 1):
            key = pair(words[i], words[i + 1])
            pairs[key] = pairs.get(key, 0) | 1 << i
        consumed = start
        for c, chunk in enumerate(chunks):
            n = sum(1 for _, tag in kept_tags if tag == c)
            joined = joined_number(chunk)
            if joined and n > 1:
                add(joined, ["n", "f"], ((1 << n) - 1) << consumed, 2)
            consumed += n
    for i, (s, w) in enumerate(zip(exact, words, strict=False)):
        if s != w:
            add(s, ["x"], 1 << i)
        add(w, ["n", "f"], 1 << i)
    for term, bits in pairs.items():
        add(term, ["b"], bits | bits << 1)
    prefix = words[-1] if typing and words and len(words[-1]) >= 2 else ""
    if prefix:
        main.append({"term": prefix, "fields": ["n", "f"], "boost": 0.5, "wildcard": True})
    return QueryPlan(words, exact, main, body, cover, pairs, prefix)


def _run(index: Index, clauses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not clauses:
        return []

    def build(q: Query) -> None:
        for c in clauses:
            q.term(c["term"], fields=c["fields"], boost=c["boost"], use_pipeline=False,
                   wildcard=Query.WILDCARD_TRAILING if c.get("wildcard") else Query.WILDCARD_NONE)

    results: list[dict[str, Any]] = index.query(callback=build)
    return results


@dataclass
class Hit:
    ref: int
    score: float = 0.0
    cover: int = 0  # query syllables found (folded)
    own: int = 0  # query syllables matching the document's own number
    pairs: int = 0  # query pairs found adjacent
    exact: int = 0  # syllables typed with diacritics found with the same diacritics

    def key(self, iso: str) -> tuple[Any, ...]:
        c = bin
        return (-c(self.cover).count("1"), -c(self.own).count("1"), -c(self.pairs).count("1"),
                -c(self.exact).count("1"), -round(self.score, 6), _neg(iso), self.ref)


def _neg(iso: str) -> tuple[int, ...]:
    return (*tuple(-ord(c) for c in iso), 1)


def _word_matches(plan: QueryPlan, word: str) -> int:
    mask = 0
    for i, w in enumerate(plan.words):
        if word == w or (plan.prefix and i == len(plan.words) - 1 and word.startswith(plan.prefix)):
            mask |= 1 << i
    return mask


def refine(plan: QueryPlan, hit: Hit, segs: list[list[str]], own_number: str) -> None:
    """Cover, own-number, pair and exact matches in the text a result shows."""
    exact_bits = {s: 0 for s in plan.exact}
    for i, s in enumerate(plan.exact):
        if s != plan.words[i]:
            exact_bits[s] |= 1 << i
    for seg in segs:
        folded = [fold_lower(s) for s in seg]
        for k, (s, w) in enumerate(zip(seg, folded, strict=False)):
            hit.cover |= _word_matches(plan, w)
            hit.exact |= exact_bits.get(s, 0)
            if k + 1 < len(folded):
                hit.pairs |= plan.pairs.get(pair(w, folded[k + 1]), 0)
    for part in number_tokens(own_number):
        hit.own |= _word_matches(plan, part)


def search(bundle: SearchBundle, query: str, typing: bool = False, *,
           filters: dict[str, str] | None = None) -> list[tuple[Hit, list[Any]]]:
    """Run a query as the browser does: main index and facets, refine on the shown text, then body shards."""
    plan = query_plan(query, typing)
    main = bundle.main
    docs = main["docs"]
    hits: dict[int, Hit] = {}
    if plan.words:
        for m in _run(load(main["index"]), plan.main):
            hits[int(m["ref"])] = Hit(int(m["ref"]), m["score"])
        facet = {"types": [0] * len(main["types"]), "issuers": [0] * len(main["issuers"])}
        for name in facet:
            for i, text in enumerate(main[name]):
                for w in syllables(text):
                    facet[name][i] |= _word_matches(plan, fold_lower(w))
        for ref, row in enumerate(docs):
            if ref not in hits and (facet["types"][row[2]] or facet["issuers"][row[3]]):
                hits[ref] = Hit(ref)
        count = len(bundle.shards)
        by_shard: dict[int, list[dict[str, Any]]] = {}
        for c in plan.body:
            by_shard.setdefault(shard_of(c["term"], count), []).append(c)
        for k, clauses in sorted(by_shard.items()):
            for m in _run(load(bundle.shards[k]), clauses):
                hit = hits.setdefault(int(m["ref"]), Hit(int(m["ref"])))
                hit.score += m["score"] * main["bodyWeight"]
                for term, fields in m["match_data"].metadata.items():
                    bits = plan.cover.get(term, 0)
                    if "b" in fields:
                        hit.pairs |= plan.pairs.get(term, 0)
                    if "x" in fields:
                        hit.exact |= bits
                    hit.cover |= bits
        for hit in hits.values():
            row = docs[hit.ref]
            refine(plan, hit, meta_segments(row, main["types"], main["issuers"]), row[1])
    else:
        hits = {ref: Hit(ref) for ref in range(len(docs))}
    result = [(h, docs[h.ref]) for h in hits.values() if _passes(docs[h.ref], main, filters or {})]
    return sorted(result, key=lambda hr: hr[0].key(hr[1][5]))


def _passes(row: list[Any], main: dict[str, Any], filters: dict[str, str]) -> bool:
    if filters.get("type") and main["types"][row[2]] != filters["type"]:
        return False
    if filters.get("issuer") and main["issuers"][row[3]] != filters["issuer"]:
        return False
    return not (filters.get("year") and row[5][:4] != filters["year"])
