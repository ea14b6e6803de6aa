"""The reference the search build and search.js are tested against: lunr's own Builder fed with
vanban's tokens, lunr's serialized form packed and unpacked, and the query of search.js run in
Python on the built files (``search``), with lunr's Python port doing the index lookups.

The build never runs this: it packs postings directly (``vanban.search.postings``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lunr.builder import Builder
from lunr.idf import idf
from lunr.index import Index
from lunr.query import Query
from lunr.vector import Vector

from vanban.search.bundle import BODY_FIELDS, MAIN_FIELDS, SearchBundle, shard_of
from vanban.search.postings import SCALE
from vanban.tokens import (
    MAX_WORDS,
    SEGMENT,
    fold_lower,
    joined_number,
    kept_positions,
    lower,
    number_tokens,
    pair,
    segments,
    syllables,
)


def meta_segments(row: Sequence[Any], types: Sequence[str], issuers: Sequence[str]) -> list[list[str]]:
    """The text a result shows, as phrases of syllables ("type number", issuer, title)."""
    return (segments(f"{types[row[2]]} {row[1]}") + segments(issuers[row[3]]) + segments(row[6]))



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
def load(packed: dict[str, Any]) -> Index:
    return Index.load(unpack(packed))




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

    for part in SEGMENT.split(lower(query)):
        chunks = part.split()
        tagged = [(s, c) for c, chunk in enumerate(chunks) for s in syllables(chunk)]
        kept_tags = [tagged[i] for i, _ in kept_positions([s for s, _ in tagged])]
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
