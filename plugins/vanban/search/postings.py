"""lunr's BM25 scores computed from postings kept by term, without lunr's objects.

lunr's Builder stores term frequencies and field lengths and turns them into field vectors;
:class:`Postings` keeps the same numbers by term (``[doc, tf, doc, tf, …]``) and computes lunr's
scores with lunr's float operations (``tests/search_reference.py`` keeps lunr's own Builder, and
a test compares the scores), rounded to hundredths: what the browser ranks ties with. One departure
from lunr: the average field length BM25 divides each length by is :func:`stable_average` (two
significant figures), so that an edit leaves every other document's scores as they were.
"""

from __future__ import annotations

import array
import bisect
import collections
import fractions
import heapq
import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeAlias

from ..tokens import TermCounts

Flat: TypeAlias = "array.array[int]"  # [doc, tf, doc, tf, …] of one term in one field ("i": C ints)
SCALE = 100  # scores are shipped as integers: round(score * SCALE)
_K1, _B = 1.2, 0.75  # lunr Builder's BM25 parameters


def stable_average(total: int, count: int) -> float:
    """The average field length BM25 reads (*total* tokens over *count* documents with the field), rounded
    to two significant figures (487.3 → 490, 8.26 → 8.3; exact halves to even), computed exactly.

    lunr divides each length by the exact average, which any edit of any body moves: every score of
    the corpus could change in the hundredths, so no shard of the last build could be reused and serve's
    helper scored every term again after each save. Rounded (1,000 synthetic documents: 922, 1,118 and
    917 tokens → 920, 1,100, 920), a sentence added (each average +0.015) crosses a step about once in
    300 edits, and the scores of the terms it did not touch stay; a cold and a warm build round alike.
    The average is off by at most 5% (Lucene keeps field lengths in one byte, coarser still); ranking
    is otherwise lunr's (the search browser tests pass unchanged).
    """
    if total <= 0 or count <= 0:
        return total / max(1, count)  # no length is divided by it
    exact = fractions.Fraction(total, count)
    step = fractions.Fraction(10) ** (len(str(total // count)) - 2)  # lengths are >= 1: the average too
    return float(round(exact / step) * step)


class Postings:
    """The postings of one index, by field and term, added in increasing document number."""

    def __init__(self, fields: Mapping[str, float]) -> None:
        self.fields = dict(fields)
        self.documents = 0  # lunr's document_count: every row added, with tokens or not
        # field → term → [doc, tf, doc, tf, …], in document order: an array of C ints (4 bytes an
        # entry, where a list of Python ints took 10; at 1,000 documents the body has 2 million)
        self.terms: dict[str, dict[str, Flat]] = {name: {} for name in fields}
        # field → document → its tokens in the field (lunr's field length), for the documents that
        # have some: kept as rows are added (summed from each row's counts in C), not re-read from
        # every posting when scoring
        self.lengths: dict[str, dict[int, int]] = {name: {} for name in fields}
        self._with_term_counts: Counter[str] = Counter()
        self._counted: tuple[int, int] = (-1, -1)  # (documents, terms) when it was counted
        # terms of any field whose scores may have changed since :meth:`changes` was last asked; None: any
        self._changed: set[str] | None = None

    def add(self, doc: int, counts_by_field: Mapping[str, Mapping[str, int]]) -> None:
        """One row, as lunr's ``Builder.add`` of these tokens."""
        self._remade()
        self.documents += 1
        for name, table in self.terms.items():
            counts = counts_by_field.get(name, {})
            for term, tf in counts.items():
                _slot(table, term).extend((doc, tf))
            if counts:
                lengths = self.lengths[name]
                lengths[doc] = lengths.get(doc, 0) + sum(counts.values())

    def add_all(self, rows: Sequence[Mapping[str, TermCounts]]) -> None:
        """Rows 0, 1, 2…, as :meth:`add` one by one (each field's Counter as its terms and counts),
        transposed a field at a time in C (most of the time of indexing a large body was this loop in Python)."""
        self._remade()
        chain = itertools.chain.from_iterable
        empty: TermCounts = ((), b"")
        for name, table in self.terms.items():
            counts = [row.get(name) or empty for row in rows]
            docs = chain(map(itertools.repeat, itertools.count(self.documents), (len(c[0]) for c in counts)))
            tfs = chain(c[1] for c in counts)
            # each new term's list made once, in first-seen order (as _slot would), then looked up in C
            for term in dict.fromkeys(chain(c[0] for c in counts)):
                if term not in table:
                    table[term] = array.array("i")
            slots = map(table.__getitem__, chain(c[0] for c in counts))
            collections.deque(map(array.array.extend, slots, zip(docs, tfs, strict=True)), maxlen=0)
            lengths = self.lengths[name]
            for doc, row in enumerate(counts, self.documents):
                if row[0]:
                    lengths[doc] = lengths.get(doc, 0) + sum(row[1])
        self.documents += len(rows)

    def replace_rows(self, changed: Mapping[int, tuple[Mapping[str, TermCounts], Mapping[str, TermCounts]]]) -> None:
        """Rows added before, each *changed* (document → (its row then, its row now)): the postings and lengths
        become those of the rows now added anew (:meth:`add_all`), but the order of terms and documents in the
        dictionaries, which nothing reads (terms are sorted, lengths summed as integers). A save under ``mkdocs
        serve`` changes one document: its few hundred terms are edited in place, not the index remade.
        Every term of a changed row, before or after, is *touched*: its postings, its count of documents
        (idf) or the length of one of its documents changed (:meth:`changes`)."""
        counted = self._counted == (self.documents, sum(len(table) for table in self.terms.values()))
        touched: set[str] = set()
        for before, after in changed.values():
            for row in (before, after):
                for counts in row.values():
                    touched.update(counts[0])
        if self._changed is not None:
            self._changed |= touched
        for doc, (before, after) in changed.items():
            for name, table in self.terms.items():
                old, new = before.get(name), after.get(name)
                old_tf = dict(zip(old[0], old[1], strict=True)) if old else {}
                new_tf = dict(zip(new[0], new[1], strict=True)) if new else {}
                for term in old_tf.keys() | new_tf.keys():
                    tf = new_tf.get(term)
                    if old_tf.get(term) == tf:
                        continue
                    flat = table.get(term)
                    at = bisect.bisect_left(flat[::2], doc) if flat is not None else 0
                    here = flat is not None and 2 * at < len(flat) and flat[2 * at] == doc
                    if tf is None:
                        if here:
                            assert flat is not None
                            del flat[2 * at:2 * at + 2]
                            if not flat:
                                del table[term]
                    elif here:
                        assert flat is not None
                        flat[2 * at + 1] = tf
                    else:
                        _slot(table, term)[2 * at:2 * at] = array.array("i", (doc, tf))
                lengths = self.lengths[name]
                if new and new[0]:
                    lengths[doc] = sum(new[1])
                else:
                    lengths.pop(doc, None)
        if counted:  # the documents with each touched term counted again, the others as they were
            with_term = self._with_term_counts
            for term in touched:
                count = sum(len(table[term]) for table in self.terms.values() if term in table) // 2
                if count:
                    with_term[term] = count
                else:
                    with_term.pop(term, None)
            self._counted = (self.documents, sum(len(table) for table in self.terms.values()))
        else:
            self._counted = (-1, -1)

    def row_of(self, doc: int) -> dict[str, TermCounts]:
        """Document *doc*'s row as it was added (its terms and counts by field, in no particular order):
        found in the postings themselves, for :meth:`replace_rows` when the row is known no more."""
        row: dict[str, TermCounts] = {}
        for name, table in self.terms.items():
            if doc not in self.lengths[name]:
                continue
            terms, counts = [], []
            for term, flat in table.items():
                docs = flat[::2]
                at = bisect.bisect_left(docs, doc)
                if at < len(docs) and docs[at] == doc:
                    terms.append(term)
                    counts.append(flat[2 * at + 1])
            row[name] = (tuple(terms), tuple(counts))
        return row

    def _remade(self) -> None:
        """Rows added: every term may have changed."""
        self._changed = None

    def changes(self) -> set[str] | None:
        """The terms whose postings, documents' lengths or count of documents (in any field) may have
        changed since this was last asked, or None: any (rows were added). Every other term's are as they
        were then; its scores too, unless a :attr:`Scorer.context` changed."""
        changed, self._changed = self._changed, set()
        return changed

    def _with_term(self) -> Counter[str]:
        """Documents with each term, counted once per field (lunr's idf), made once for the fields' scores."""
        counted = (self.documents, sum(len(table) for table in self.terms.values()))
        if self._counted != counted:
            with_term: Counter[str] = Counter()
            for table in self.terms.values():
                with_term.update({term: len(flat) // 2 for term, flat in table.items()})
            self._with_term_counts, self._counted = with_term, counted
        return self._with_term_counts

    def size(self) -> int:
        """One more than the largest document number with a posting."""
        # documents are added in increasing number: the last of a row is its largest
        return 1 + max((flat[-2] for table in self.terms.values() for flat in table.values()), default=-1)

    def scorer(self, name: str, keep: int | None = None, boost: float | None = None) -> Scorer:
        """The scores of field *name*'s terms, one term at a time (:class:`Scorer`)."""
        return Scorer(self, name, keep, boost)

    def scores(self, name: str, keep: int | None = None, boost: float | None = None) -> dict[str, Flat]:
        """:class:`Scorer`'s scores of every term of field *name*."""
        scorer = self.scorer(name, keep, boost)
        return {term: scorer(term) for term in self.terms[name]}


class Scorer:
    """lunr's score in hundredths of each posting of one term in one field, aligned with its documents
    (:meth:`__call__`); with *keep*, only a term's *keep* best postings are scored and the others are 0;
    *boost* in place of the field's (an unscored field's best postings: which documents a shard's head keeps).

    A term's scores read its postings, the lengths of their documents (:meth:`lengths_of`) and the
    :attr:`context` (the documents counted, the field's :func:`stable_average`, boost and keep): a bundle
    digests those to find a term's entry made before, and scores only the terms it does not find.

    The best are found without scoring: for one term (one idf) the score grows with
    ``tf / (norm(length) + tf)``, which is the same for every term and cached by field.
    """

    def __init__(self, postings: Postings, name: str, keep: int | None, boost: float | None) -> None:
        self.with_term = postings._with_term()
        self.n = postings.documents
        self.table = postings.terms[name]
        self.lengths = lengths = postings.lengths[name]
        average = stable_average(sum(lengths.values()), len(lengths))
        self.keep = keep
        self.boost = postings.fields[name] if boost is None else boost
        self.context = f"{self.n};{average!r};{self.boost!r};{keep}"
        # A score depends on the document only through its field length, and tf <= length:
        # (length, tf) is keyed by the int length * base + tf.
        self.base = base = max(lengths.values(), default=0) + 1
        self.keyed: dict[int, int] = dict(zip(lengths, map(operator.mul, lengths.values(), itertools.repeat(base)),
                                              strict=True))
        self.norms = norms = {length: _K1 * (1 - _B + _B * (length / average)) for length in set(lengths.values())}
        self.by_weight: dict[float, _Scores] = {}  # terms in as many documents share their scores
        self.saturation = _Saturation(base, norms)

    def lengths_of(self, flat: Flat) -> Flat:
        """The field lengths of the documents of *flat* (a term's postings), aligned with them."""
        return array.array("i", map(self.lengths.__getitem__, flat[::2]))

    def __call__(self, term: str) -> Flat:
        flat = self.table[term]
        d = self.with_term[term]
        n = self.n
        weight = math.log(1 + abs((n - d + 0.5) / (d + 0.5)))
        cache = self.by_weight.get(weight)
        if cache is None:
            cache = self.by_weight[weight] = _Scores(weight, self.base, self.norms, self.boost)
        keys = list(map(operator.add, map(self.keyed.__getitem__, flat[::2]), flat[1::2]))
        keep = self.keep
        if keep is None or len(keys) <= keep:
            return array.array("i", map(cache.__getitem__, keys))
        scores = array.array("i", _ZERO) * len(keys)
        for i in _best(list(map(self.saturation.__getitem__, keys)), keep):
            scores[i] = cache[keys[i]]
        return scores


def _best(values: list[float], keep: int) -> Iterator[int]:
    """The positions of the *keep* largest *values*, ties to the earlier position: the choice of
    ``heapq.nlargest(keep, range(len(values)), key=values.__getitem__)`` (in another order), made in C:
    the keep-th largest value is found (:func:`kth_largest`), then the positions above it, then the
    first positions equal to it."""
    if keep <= 0:
        return iter(())
    if keep >= len(values):
        return iter(range(len(values)))
    least = kth_largest(values, keep)
    above = list(itertools.compress(itertools.count(), map(least.__lt__, values)))
    equal = itertools.islice(itertools.compress(itertools.count(), map(least.__eq__, values)), keep - len(above))
    return itertools.chain(above, equal)


NLARGEST_FROM = 256  # values from which heapq.nlargest finds the keep-th largest faster than a sort


def kth_largest(values: list[float], keep: int) -> float:
    """The *keep*-th largest of *values* (``0 < keep < len(values)``): a sort of a short list, else
    :func:`heapq.nlargest` (n log keep, not n log n: the common terms' lists are as long as the corpus; scoring
    every body term at 5,000 synthetic documents 1.39 -> 1.14 s, at 1,000 0.29 -> 0.28 s, CPU, interleaved)."""
    if len(values) < NLARGEST_FROM:
        return sorted(values, reverse=True)[keep - 1]
    return heapq.nlargest(keep, values)[-1]


def hundredths(score: float) -> int:
    """``round(round(score, 3) * SCALE)`` (lunr rounds vector scores to 3 places, the shipped form to 1/SCALE),
    with one ``round`` in most cases: a third of a 1,000-document build's postings need a new score.

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
_ZERO = (0,)


class _Saturation(dict[int, float]):
    """``tf / (norm + tf)`` by ``length * base + tf``: what orders one term's scores."""

    def __init__(self, base: int, norms: Mapping[int, float]) -> None:
        super().__init__()
        self.base, self.norms = base, norms

    def __missing__(self, key: int) -> float:
        length, tf = divmod(key, self.base)
        value = self[key] = tf / (self.norms[length] + tf)
        return value


def _slot(table: dict[str, Flat], term: str) -> Flat:
    slot = table.get(term)
    if slot is None:
        slot = table[term] = array.array("i")
    return slot


class _Scores(dict[int, int]):
    """Scores of one term weight in one field by ``length * base + tf`` (computed on first use):
    lunr's BM25 score, same float operations, then :func:`hundredths`."""

    def __init__(self, weight: float, base: int, norms: Mapping[int, float], boost: float) -> None:
        super().__init__()
        self.weight, self.base, self.norms, self.boost = weight, base, norms, boost

    def __missing__(self, key: int) -> int:
        length, tf = divmod(key, self.base)
        score = self[key] = hundredths(self.weight * (_K1_1 * tf) / (self.norms[length] + tf) * self.boost)
        return score


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(obj: Any) -> bytes:
    """Stable JSON: sorted keys, no spaces, UTF-8, so rebuilds are byte-identical."""
    return _ENCODER.encode(obj).encode("utf-8")

