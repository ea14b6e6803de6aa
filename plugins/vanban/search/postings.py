"""Postings packed as the browser loads them: lunr's BM25 field vectors, transposed by term.

lunr's inverted index is implied by its field vectors, so only the vectors are shipped, by term,
with delta-coded document numbers and scores rounded to 1/100. :class:`Postings` computes lunr's
numbers with lunr's float operations straight from the postings (``tests/search_reference.py``
keeps lunr's own Builder, and a test compares the bytes) and writes their JSON as text: the
build spent most of its search time creating and re-reading lunr's objects before.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

SCALE = 100  # scores are shipped as integers: round(score * SCALE)
_K1, _B = 1.2, 0.75  # lunr Builder's BM25 parameters


class Postings:
    """What lunr's Builder holds once rows are added (``tests/search_reference.py``), kept by term, and packed directly.

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
        """One row, as lunr's ``Builder.add`` of these tokens."""
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
            for flat, scores, keyed in self._rows(name, terms, weights, lengths[name], ScoreTexts):
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


def hundredths(score: float) -> int:
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
    lunr's BM25 score, same float operations, then :func:`hundredths`."""

    def __init__(self, weight: float, base: int, norms: Mapping[int, float], boost: float) -> None:
        super().__init__()
        self.weight, self.base, self.norms, self.boost = weight, base, norms, boost


class _Scores(_ScoreCache):
    """Scores as ints."""

    def __missing__(self, key: int) -> int:
        length, tf = divmod(key, self.base)
        score = self[key] = hundredths(self.weight * (_K1_1 * tf) / (self.norms[length] + tf) * self.boost)
        return score


class ScoreTexts(_ScoreCache):
    """Scores as JSON text; :func:`hundredths` inlined (a third of a 1,000-document build's postings
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
        text = self[key] = str(hundredths(score))
        return text


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(obj: Any) -> bytes:
    """Stable JSON: sorted keys, no spaces, UTF-8, so rebuilds are byte-identical."""
    return _ENCODER.encode(obj).encode("utf-8")

