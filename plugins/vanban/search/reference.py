"""The query of ``search.js``, in Python: the reference tests rank with and the bench counts bytes with.

``search.js`` (joined from ``js/``, :mod:`.script`) is what citizens run; this module follows it step by
step on the built files (no browser): the plan of a query, the lookups in the meta shards (number,
title, type, issuer, filters), then in the body shards, and the ranking. The build never calls it.

Ranking: more query syllables covered first (number, title, type, issuer, date or body, folded); then
syllables matching the document's own number (by a term with a digit); then query syllable pairs found adjacent (the
phrase); then syllables typed with diacritics found with the same diacritics; then syllables found
in what the result shows (number, title, type, issuer, date: a title holding the query before a body
repeating it); then the score
(lunr's BM25 of number and title, plus half of the body's); then newest (smaller document number).

Heads and tails (``bundle.py``): the shards hold the head of each posting list (its scored
documents and those among the site's :data:`~vanban.search.bundle.NEWEST` newest); the tail,
the rest, has score 0 and is cut in blocks of document numbers that double in size. A query is
ranked on the heads, and **tail blocks are read, newest first, only while the page is not
settled**: while fewer hits than the results to show (:data:`PAGE`, more after "Xem thêm")
match as much as a document can, that is every query syllable, own-number part, pair and
diacritic form that any of the query's lists holds (the syllables found in what a result shows
order equally matched documents but do not hold the page open: reading tails for them read 30 KB
more for "kế hoạch triển khai nghị quyết" at 5,000 documents). Then no document left unread is better
matched than a shown one. The first pass (meta shards only, shown until the body shards arrive)
never reads a tail; a filter's tail is always read whole (a filter
must be exact); a prefix (while typing) never reads one.

So a common query ("kế hoạch triển khai nghị quyết") is answered from files of bounded size at
any corpus size, and a query whose syllables rarely meet (an AND of uncommon terms, a number
query's lesser matches) reads their whole lists, as before. The newest documents are ranked
exactly (every list's head holds them); what may differ from the ranking on whole lists is the
order among equally matched documents: an older document with a score in one list and its other
matches in tails is not seen as fully matched. Until the tails are read the count shown is a
lower bound ("ít nhất").
"""

from __future__ import annotations

import base64
import bisect
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..tokens import (
    MAX_WORDS,
    SEGMENT,
    fold_lower,
    joined_query,
    kept_positions,
    lower,
    pair,
    query_syllables,
)
from .bundle import SearchBundle
from .postings import SCALE
from .shards import body_shard, utf16_key

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

    @property
    def own_mask(self) -> int:
        """The syllables it matches of a document's own number: those of a term with a digit. A letter code
        alone ("tw", "ubnd", "qd") is shared by thousands of numbers: 09-QC/TW is not "57-NQ/TW"'s own."""
        return self.mask if any(ch.isdigit() for ch in self.term) else 0


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
        tagged = [(s, c) for c, chunk in enumerate(chunks) for s in query_syllables(chunk)]
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
            number = joined_query(chunk)
            if number and n > 1:
                joined.append(Clause(number, "word", ((1 << n) - 1) << consumed, 2))
            consumed += n
    clauses = list(joined)
    for i, (typed, folded) in enumerate(zip(exact, words, strict=True)):
        if typed != folded and not typed.isdigit():  # "02" folds to "2": no diacritic
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
    shown: int = 0  # query syllables found in what the result shows (number, title, type, issuer, date)

    def key(self) -> tuple[int | float, ...]:
        return (-self.cover.bit_count(), -self.own.bit_count(), -self.pairs.bit_count(), -self.exact.bit_count(),
                -self.shown.bit_count(), -round(self.score, 6), self.ref)

    def matched(self) -> tuple[int, int, int, int]:
        """What settles a page (:func:`settled`); ``shown`` only orders the documents equal on these."""
        return self.cover, self.own, self.pairs, self.exact


def shard_index(bounds: Sequence[str], term: str) -> int:
    """The shard whose term range holds *term* (``bounds``: each shard's first term, "" for the first)."""
    return max(0, bisect.bisect_right([utf16_key(b) for b in bounds], utf16_key(term)) - 1)


def prefix_shards(bounds: Sequence[str], prefix: str) -> range:
    """The shards whose ranges meet the terms starting with *prefix*."""
    return range(shard_index(bounds, prefix), shard_index(bounds, prefix + "\uffff") + 1)


@dataclass
class Lookup:
    """The entries of the terms a plan looks up (heads), the tails read, and the files they came from."""

    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    body: dict[str, dict[str, Any]] = field(default_factory=dict)
    prefixed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    tails: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # "m:term" / "b:term" → {field: documents}
    blocks: dict[str, int] = field(default_factory=dict)  # tail blocks read, by "m:term" / "b:term"
    files: set[str] = field(default_factory=set)

    def tail(self, kind: str, term: str) -> Mapping[str, list[int]]:
        return self.tails.get(f"{kind}:{term}", {})


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
    read_tails(bundle, found, [("m", t) for t in filter_terms(filters)], None)
    return found


def tail_blocks(entry: Mapping[str, Any]) -> int:
    """The tail blocks of a term's entry (0: every list whole), from its ``[documents, scores, count, blocks]``."""
    return max((value[3] for value in entry.values() if len(value) > 3), default=0)


def tails_of(plan: QueryPlan, found: Lookup) -> list[tuple[str, str]]:
    """``(kind, term)`` of the entries looked up for the clauses (not the prefix) that have a tail."""
    terms = dict.fromkeys(c.term for c in plan.clauses if c.kind != "prefix")
    return [(kind, term) for kind, entries in (("m", found.meta), ("b", found.body))
            for term in terms if term in entries and tail_blocks(entries[term])]


def read_tails(bundle: SearchBundle, found: Lookup, wanted: Sequence[tuple[str, str]], upto: int | None) -> None:
    """Reads the tail blocks of *wanted* below *upto* (None: all of them) that are not read yet."""
    for kind, term in wanted:
        entry = (found.meta if kind == "m" else found.body).get(term, {})
        key, last = f"{kind}:{term}", tail_blocks(entry)
        last = last if upto is None else min(upto, last)
        got = found.tails.setdefault(key, {}) if last else {}
        for block in range(found.blocks.get(key, 0), last):
            name = f"t{block}-{body_shard(term, bundle.index['tails'][block])}.json"
            found.files.add(name)
            start = bundle.index["newest"] << block  # bundle.tail_block_start, as built
            for name_, listed in bundle.read(name).get(key, {}).items():
                got.setdefault(name_, []).extend(doc + start for doc in documents(listed))
            found.blocks[key] = block + 1


def whole(plan: QueryPlan, found: Lookup) -> bool:
    """Whether every list of the query has been read whole."""
    return all(found.blocks.get(f"{kind}:{term}", 0) >= tail_blocks((found.meta if kind == "m" else found.body)[term])
               for kind, term in tails_of(plan, found))


def settled(plan: QueryPlan, found: Lookup, hits: Sequence[Hit], shown: int) -> bool:
    """Whether the heads (and the tail blocks read) settle the first *shown* results (the module's docstring)."""
    if whole(plan, found):
        return True
    best = best_possible(plan, found)
    return sum(1 for hit in hits if hit.matched() == best) >= shown


def best_possible(plan: QueryPlan, found: Lookup) -> tuple[int, int, int, int]:
    """The most a document can match (cover, own number, pairs, diacritics): every list the query found, at once."""
    hit = Hit(-1)
    for c in plan.clauses:
        if c.kind == "prefix":
            hit.cover |= c.mask if found.prefixed else 0
            continue
        for entries, lookup in ((found.meta, META_LOOKUP), (found.body, BODY_LOOKUP)):
            entry = entries.get(c.term, {})
            for name in lookup[c.kind]:
                if name in entry:
                    hit.cover |= c.mask
                    hit.own |= c.own_mask if name == "n" else 0
                    hit.exact |= c.mask if name == "x" else 0
                    hit.pairs |= c.pair_bits if name == "b" else 0
    return hit.matched()


def filter_terms(filters: Mapping[str, str]) -> list[str]:
    """``{"loai": "Kế hoạch", "nam": "2025"}`` → ``[":loai:Kế hoạch", ":nam:2025"]`` (URL parameters)."""
    return [f":{name}:{value}" for name, value in sorted(filters.items()) if value]


def documents(listed: str | list[int]) -> list[int]:
    """The documents of a posting list: gaps, or a bitmap in base64 (``documentsOf`` in search.js)."""
    if isinstance(listed, str):
        bits = base64.b64decode(listed)
        return [i * 8 + b for i, byte in enumerate(bits) for b in range(8) if byte >> b & 1]
    return list(itertools.accumulate(listed))


def postings(entry: Mapping[str, Any], name: str, tail: Mapping[str, Any] | None = None) -> Iterator[tuple[int, int]]:
    """(document, score in hundredths) of one field of a term's entry, and of its tail when read (score 0)."""
    if name not in entry:
        return
    listed, scores = entry[name][:2]
    for i, doc in enumerate(documents(listed)):
        yield doc, scores[i] if scores else 0
    if tail and name in tail:
        yield from ((doc, 0) for doc in tail[name])


def _apply(hits: dict[int, Hit], entry: Mapping[str, Any], names: Sequence[str], clause: Clause, weight: float,
           tail: Mapping[str, Any] | None = None, meta: bool = False) -> None:
    for name in names:
        for doc, score in postings(entry, name, tail):
            hit = hits.get(doc)
            if hit is None:
                hit = hits[doc] = Hit(doc)
            hit.cover |= clause.mask
            if meta and name in "nf":
                hit.shown |= clause.mask
            if name == "n":
                hit.own |= clause.own_mask
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
                _apply(hits, entry, META_LOOKUP["prefix"], clause, 1, meta=True)
        elif clause.term in found.meta:
            _apply(hits, found.meta[clause.term], META_LOOKUP[clause.kind], clause, 1, found.tail("m", clause.term),
                   meta=True)
    for clause in plan.clauses:
        if clause.term in found.body and BODY_LOOKUP[clause.kind]:
            _apply(hits, found.body[clause.term], BODY_LOOKUP[clause.kind], clause, bundle.index["bodyWeight"],
                   found.tail("b", clause.term))
    wanted = filter_terms(filters)
    if not plan.words:
        hits = {ref: Hit(ref) for ref in range(bundle.index["count"])} if wanted else {}
    for term in wanted:
        allowed = {doc for doc, _ in postings(found.meta.get(term, {}), "d", found.tail("m", term))}
        hits = {ref: hit for ref, hit in hits.items() if ref in allowed}
    return sorted(hits.values(), key=Hit.key)


def answer(bundle: SearchBundle, plan: QueryPlan, filters: Mapping[str, str], with_body: bool = True,
           shown: int = PAGE) -> tuple[list[Hit], Lookup]:
    """The ranked hits of one pass (meta shards only, or with the body shards) and what was read: the
    heads, then, in the pass with the body, the tail blocks of the query's terms one by one (newest first)
    while they do not settle the first *shown* results (the first pass is a preview, shown until the body
    shards arrive)."""
    found = look_up(bundle, plan, filters, with_body)
    hits = rank(bundle, plan, found, filters)
    block = 0
    while with_body and not settled(plan, found, hits, shown):
        block += 1
        read_tails(bundle, found, tails_of(plan, found), block)
        hits = rank(bundle, plan, found, filters)
    return hits, found


def count_shown(plan: QueryPlan, found: Lookup, hits: Sequence[Hit], filters: Mapping[str, str]) -> tuple[int, bool]:
    """The count of results the page announces, and whether it is exact (every list read whole); else a
    lower bound: the hits found, or the longest list of a query syllable when no filter is set."""
    if whole(plan, found):
        return len(hits), True
    longest = 0 if filter_terms(filters) else max(
        (value[2] for entries in (found.meta, found.body) for c in plan.clauses if c.term in entries
         for value in entries[c.term].values() if len(value) > 2), default=0)
    return max(len(hits), longest), False


def search(bundle: SearchBundle, query: str, typing: bool = False, *,
           filters: Mapping[str, str] | None = None, with_body: bool = True,
           shown: int = PAGE) -> list[tuple[Hit, list[Any]]]:
    """Run a query as the browser does; the ranked hits with their rows."""
    plan = query_plan(query, typing)
    hits, _ = answer(bundle, plan, filters or {}, with_body, shown)
    rows = bundle.rows()
    return [(hit, rows[hit.ref]) for hit in hits]


def query_files(bundle: SearchBundle, query: str, filters: Mapping[str, str] | None = None) -> list[str]:
    """The files the search page downloads to show a query's results (site-relative paths): the
    index, the shards of its terms (and the tails the heads call for), and the store chunks of the
    first page of results twice, as ranked from the meta shards alone (shown first) and then with
    the body shards."""
    plan = query_plan(query)
    wanted = filters or {}
    first, first_found = answer(bundle, plan, wanted, with_body=False)
    final, found = answer(bundle, plan, wanted)
    chunks = {f"d{hit.ref // bundle.index['chunk']}.json" for hit in first[:PAGE] + final[:PAGE]}
    return [bundle.index_path, *(bundle.folder + name for name in sorted(first_found.files | found.files | chunks))]
