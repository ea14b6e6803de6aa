"""The query of ``search.js``, in Python: the reference tests rank with and the bench counts bytes with.

``theme_overrides/assets/vanban/search.js`` is what citizens run; this module follows it step by
step on the built files (no browser): the plan of a query, the lookups in the meta shards (number,
title, type, issuer, filters), then in the body shards, and the ranking. The build never calls it.

Ranking: more query syllables covered first (number, title, type, issuer or body, folded); then
syllables matching the document's own number; then query syllable pairs found adjacent (the
phrase); then syllables typed with diacritics found with the same diacritics; then the score
(lunr's BM25 of number and title, plus half of the body's); then newest (smaller document number).
"""

from __future__ import annotations

import base64
import bisect
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..tokens import MAX_WORDS, SEGMENT, fold_lower, joined_number, kept_positions, lower, pair, syllables
from .bundle import SearchBundle, body_shard, utf16_key
from .postings import SCALE

PAGE = 20  # results shown before "Xem thêm kết quả"
PREFIX_MIN = 2  # letters of the last syllable before it is looked up as a prefix while typing

# Which fields a clause looks in: meta shards, then body shards.
META_LOOKUP = {"word": ("n", "f"), "exact": ("x",), "pair": ("b",), "prefix": ("n", "f")}
BODY_LOOKUP = {"word": ("f",), "exact": ("x",), "pair": ("b",), "prefix": ()}


@dataclass(frozen=True)
class Clause:
    term: str
    kind: str  # word (folded syllable or joined number), exact, pair, prefix
    mask: int  # the query syllables it stands for
    boost: float = 1.0
    pair_bits: int = 0  # for a pair: the bit of the pair (i for syllables i, i+1)


@dataclass
class QueryPlan:
    words: list[str]  # folded query syllables, in order ("số" before a number dropped)
    exact: list[str]  # the same as typed (lower case)
    clauses: list[Clause]
    prefix: str  # folded last syllable while the query is still being typed, else ""


def query_plan(query: str, typing: bool = False) -> QueryPlan:
    """The clauses of a query as typed (``plan()`` in search.js follows the same steps)."""
    words: list[str] = []
    exact: list[str] = []
    joined: list[Clause] = []
    pairs: dict[str, int] = {}
    for part in SEGMENT.split(lower(query)):
        chunks = part.split()
        tagged = [(s, c) for c, chunk in enumerate(chunks) for s in syllables(chunk)]
        kept = [tagged[i] for i, _ in kept_positions([s for s, _ in tagged])][: MAX_WORDS - len(words)]
        start = len(words)
        exact += [s for s, _ in kept]
        words += [fold_lower(s) for s, _ in kept]
        for i in range(start, len(words) - 1):
            key = pair(words[i], words[i + 1])
            pairs[key] = pairs.get(key, 0) | 1 << i
        consumed = start
        for c, chunk in enumerate(chunks):
            n = sum(1 for _, tag in kept if tag == c)
            number = joined_number(chunk)
            if number and n > 1:
                joined.append(Clause(number, "word", ((1 << n) - 1) << consumed, 2))
            consumed += n
    clauses = list(joined)
    for i, (typed, folded) in enumerate(zip(exact, words, strict=True)):
        if typed != folded:
            clauses.append(Clause(typed, "exact", 1 << i))
        clauses.append(Clause(folded, "word", 1 << i))
    clauses += [Clause(term, "pair", bits | bits << 1, 1, bits) for term, bits in pairs.items()]
    prefix = words[-1] if typing and words and len(words[-1]) >= PREFIX_MIN else ""
    if prefix:
        clauses.append(Clause(prefix, "prefix", 1 << (len(words) - 1), 0.5))
    return QueryPlan(words, exact, clauses, prefix)


@dataclass
class Hit:
    ref: int
    score: float = 0.0
    cover: int = 0  # query syllables found (folded)
    own: int = 0  # query syllables matching the document's own number
    pairs: int = 0  # query pairs found adjacent
    exact: int = 0  # syllables typed with diacritics found with the same diacritics

    def key(self) -> tuple[int | float, ...]:
        return (-self.cover.bit_count(), -self.own.bit_count(), -self.pairs.bit_count(), -self.exact.bit_count(),
                -round(self.score, 6), self.ref)


def shard_index(bounds: Sequence[str], term: str) -> int:
    """The shard whose term range holds *term* (``bounds``: each shard's first term, "" for the first)."""
    return max(0, bisect.bisect_right([utf16_key(b) for b in bounds], utf16_key(term)) - 1)


def prefix_shards(bounds: Sequence[str], prefix: str) -> range:
    """The shards whose ranges meet the terms starting with *prefix*."""
    return range(shard_index(bounds, prefix), shard_index(bounds, prefix + "\uffff") + 1)


@dataclass
class Lookup:
    """The entries of the terms a plan looks up, and the files they came from."""

    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    body: dict[str, dict[str, Any]] = field(default_factory=dict)
    prefixed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    files: set[str] = field(default_factory=set)


def look_up(bundle: SearchBundle, plan: QueryPlan, filters: Mapping[str, str], with_body: bool = True) -> Lookup:
    found = Lookup()
    index = bundle.index
    meta_terms = [c.term for c in plan.clauses if c.kind != "prefix"] + filter_terms(filters)
    for term in meta_terms:
        k = shard_index(index["meta"], term)
        found.files.add(f"m{k}.json")
        if term in bundle.meta_shards[k]:
            found.meta[term] = bundle.meta_shards[k][term]
    if plan.prefix:
        for k in prefix_shards(index["meta"], plan.prefix):
            found.files.add(f"m{k}.json")
            found.prefixed += [(t, e) for t, e in sorted(bundle.meta_shards[k].items()) if t.startswith(plan.prefix)]
    if with_body:
        for c in plan.clauses:
            if BODY_LOOKUP[c.kind]:
                k = body_shard(c.term, index["body"])
                found.files.add(f"b{k}.json")
                if c.term in bundle.body_shards[k]:
                    found.body[c.term] = bundle.body_shards[k][c.term]
    return found


def filter_terms(filters: Mapping[str, str]) -> list[str]:
    """``{"loai": "Kế hoạch", "nam": "2025"}`` → ``[":loai:Kế hoạch", ":nam:2025"]`` (URL parameters)."""
    return [f":{name}:{value}" for name, value in sorted(filters.items()) if value]


def documents(listed: str | list[int]) -> list[int]:
    """The documents of a posting list: gaps, or a bitmap in base64 (``documentsOf`` in search.js)."""
    if isinstance(listed, str):
        bits = base64.b64decode(listed)
        return [i * 8 + b for i, byte in enumerate(bits) for b in range(8) if byte >> b & 1]
    return list(itertools.accumulate(listed))


def postings(entry: Mapping[str, Any], name: str) -> Iterator[tuple[int, int]]:
    """(document, score in hundredths) of one field of a term's entry."""
    if name not in entry:
        return
    listed, scores = entry[name]
    for i, doc in enumerate(documents(listed)):
        yield doc, scores[i] if scores else 0


def _apply(hits: dict[int, Hit], entry: Mapping[str, Any], names: Sequence[str], clause: Clause, weight: float) -> None:
    for name in names:
        for doc, score in postings(entry, name):
            hit = hits.get(doc)
            if hit is None:
                hit = hits[doc] = Hit(doc)
            hit.cover |= clause.mask
            if name == "n":
                hit.own |= clause.mask
            elif name == "x":
                hit.exact |= clause.mask
            elif name == "b":
                hit.pairs |= clause.pair_bits
            if score:
                hit.score += score / SCALE * clause.boost * weight


def rank(bundle: SearchBundle, plan: QueryPlan, found: Lookup, filters: Mapping[str, str]) -> list[Hit]:
    hits: dict[int, Hit] = {}
    for clause in plan.clauses:
        if clause.kind == "prefix":
            for _term, entry in found.prefixed:
                _apply(hits, entry, META_LOOKUP["prefix"], clause, 1)
        elif clause.term in found.meta:
            _apply(hits, found.meta[clause.term], META_LOOKUP[clause.kind], clause, 1)
    for clause in plan.clauses:
        if clause.term in found.body and BODY_LOOKUP[clause.kind]:
            _apply(hits, found.body[clause.term], BODY_LOOKUP[clause.kind], clause, bundle.index["bodyWeight"])
    wanted = filter_terms(filters)
    if not plan.words:
        hits = {ref: Hit(ref) for ref in range(bundle.index["count"])} if wanted else {}
    for term in wanted:
        allowed = {doc for doc, _ in postings(found.meta.get(term, {}), "d")}
        hits = {ref: hit for ref, hit in hits.items() if ref in allowed}
    return sorted(hits.values(), key=Hit.key)


def search(bundle: SearchBundle, query: str, typing: bool = False, *,
           filters: Mapping[str, str] | None = None, with_body: bool = True) -> list[tuple[Hit, list[Any]]]:
    """Run a query as the browser does; the ranked hits with their rows."""
    plan = query_plan(query, typing)
    found = look_up(bundle, plan, filters or {}, with_body)
    rows = bundle.rows()
    return [(hit, rows[hit.ref]) for hit in rank(bundle, plan, found, filters or {})]


def query_files(bundle: SearchBundle, query: str, filters: Mapping[str, str] | None = None) -> list[str]:
    """The files the search page downloads to show a query's results (site-relative paths): the
    index, the shards of its terms, and the store chunks of the first page of results twice, as
    ranked from the meta shards alone (shown first) and then with the body shards."""
    plan = query_plan(query)
    wanted = filters or {}
    first = rank(bundle, plan, look_up(bundle, plan, wanted, with_body=False), wanted)
    found = look_up(bundle, plan, wanted)
    final = rank(bundle, plan, found, wanted)
    chunks = {f"d{hit.ref // bundle.index['chunk']}.json" for hit in first[:PAGE] + final[:PAGE]}
    return [bundle.index_path, *(bundle.folder + name for name in sorted(found.files | chunks))]
