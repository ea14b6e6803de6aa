"""lunr's own Builder fed with vanban's tokens: the reference ``vanban.search.postings`` scores are
compared with (lunr is a test dependency only; the build computes the same numbers without it).
The query of search.js in Python is ``vanban.search.reference``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from lunr.builder import Builder
from lunr.idf import idf
from lunr.index import Index
from lunr.vector import Vector

from vanban.search.postings import stable_average


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
        """lunr's average, over the documents that have the field (a shard may have none), rounded to two
        significant figures as the build rounds it (``vanban.search.postings.stable_average``)."""
        total: dict[str, int] = dict.fromkeys(self._fields, 0)
        count: dict[str, int] = dict.fromkeys(self._fields, 0)
        for field_ref, length in self.field_lengths.items():
            name = field_ref.split("/", 1)[0]
            total[name] += length
            count[name] += 1
        self.average_field_length = {name: stable_average(total[name], count[name]) for name in self._fields}


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

    The build packs :class:`Postings` instead; this is lunr's own index, which tests compare it with.
    """
    builder = _CountingBuilder()
    builder.ref("id")
    for name, boost in fields.items():
        builder.field(name, boost=boost)
    for ref, tokens in rows:
        builder.add_tokens(ref, tokens)
    index: Index = builder.build()
    return index
