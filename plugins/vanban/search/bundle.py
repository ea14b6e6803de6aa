"""The search files of a site, split so that a query downloads only what it needs (as Pagefind does).

Everything lives under ``assets/vanban/search/<hash>/``, the hash of all the files (a build that
changes anything gets new URLs, one that changes nothing the same bytes):

* ``index.json`` — loaded first, small at any corpus size: the format version, the number of
  documents, the type names, the first term of every shard and the rows per store chunk.
* ``m<k>.json`` — **meta shards**, term ranges of what a result shows: ``n`` the number's parts
  and the joined number (scored, boost 10: the document's own number), ``f`` the folded title
  syllables and numbers cited in it (scored, boost 1), ``m`` the folded type and issuer syllables,
  ``x`` the syllables with diacritics and ``b`` the folded syllable pairs of type and number,
  issuer and title (``m``, ``x`` and ``b`` say which query syllables matched, unscored); and the
  filters as terms ``:loai:<type>``, ``:coquan:<issuer>``, ``:nam:<year>`` (field ``d``).
  A number or title query is answered from these alone, before any body shard.
* ``b<k>.json`` — **body shards**, term ranges of the body text: ``x`` (syllables with
  diacritics, boost 1.5), ``f`` (folded, boost 1) and ``b`` (folded pairs: phrases, boost 1.5).
* ``t<j>-<k>.json`` — **tails**: the rest of the posting lists, past their head, by block (below).
* ``d<k>.json`` — **the result store**: rows of :data:`STORE_CHUNK` documents, fetched for the
  results on screen only.

Documents are numbered newest first, so "newest" is "smaller number" and a posting list is
delta-coded in that order. A term's entry in a shard is ``{field: [documents, scores]}`` holding
only the **head** of its posting list: the :data:`SCORED` best documents in that field (lunr's BM25
score in hundredths, aligned; the unscored ``x`` and ``b`` of the meta shards keep their best by
the same measure, unshipped) and those among the site's :data:`NEWEST` newest; a longer list
adds its length and the number of its tail blocks, ``[documents, scores, count, blocks]``. The rest
of it (the **tail**, every document with score 0) goes to tail files by block of document numbers
(:func:`tail_block`: block j holds ``[NEWEST·2^j, NEWEST·2^(j+1))``, the last all the older ones; numbers
relative to its start),
``t<j>-<k>.json`` = ``{"m:term" or "b:term": {field: documents}}``, hashed like the body shards.
Documents are listed as gaps or, when dense, as a bitmap in base64. So a shard entry holds at most
``NEWEST + SCORED`` documents whatever the corpus's size, and a query's first files are bounded;
search.js reads tail blocks, newest first, only while the heads and the blocks read do not settle
the page (the rule is in ``reference.py``). Meta shards are cut at term boundaries once they hold
about :data:`META_SHARD_GZIP` gzipped bytes, body shards are hashed: a query of k syllables reads
about 2k meta and 2k body shards of bounded size.

JSON with sorted keys, UTF-8: rebuilds are byte-identical.
"""

from __future__ import annotations

import base64
import bisect
import functools
import hashlib
import itertools
import json
import operator
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..documents import Document
from ..site import StoredFile
from ..tokens import TermCounts, fold_lower
from .postings import Postings, dumps
from .results import filter_terms, iso_of, store_row
from .reuse import FRESH, Kept, Session, Streamed, entry_key
from .rows import Rows, body_row
from .shards import hashed_shards, range_shards, tail_entries, utf16_key

ASSET_DIR = "assets/vanban/search/"
FORMAT = 3
META_FIELDS: dict[str, float] = {"n": 10, "f": 1}  # scored: lunr's two-field index of before
META_MATCH_FIELDS = ("m", "x", "b", "d")  # unscored: which query syllables matched; "d" the filters
MERGED = {"f": "m"}  # shipped as one list: title and type/issuer words both only say "found" (f's scores kept)
BODY_FIELDS: dict[str, float] = {"x": 1.5, "f": 1, "b": 1.5}
BODY_WEIGHT = 0.5
SCORED = 32  # documents per term and field whose score is shipped
# A shard's entry holds the postings of the NEWEST newest documents of the site (numbers below it) and
# the SCORED best: the newest are ranked exactly by heads alone (every list is known for them), and a
# common query finds its first page among them; older postings without a score go to a tail file.
# Measured (the largest of a title and a body query, gzipped): bench.py's sites at 1,000 / 5,000 documents,
# 59 / 88 KB with 1,024 (the title query read tail blocks) and 58 / 69 KB with 2,048; at 20,000 documents
# (search_bytes.py, search files alone) 84 KB with 1,024 and 71 KB with 2,048.
NEWEST = 2048
LAST_BLOCK = 2  # tail blocks 0, 1 (the next 2,048 and 4,096 documents) and 2 (the older ones)
BEST_KEPT = ("x", "b")  # unscored fields of the meta shards whose best documents are kept in heads
TAIL_SHARD_GZIP = 1_500  # 3,000 halved the tail files but a number query read 95.2 KB at 20,000 documents (79.0)
# Gzipped bytes a shard holds, about (a very common term may be more on its own): smaller shards carry
# fewer bytes of other terms; meta shards cost a first term each in index.json.
# Larger shards and chunks cost a query more bytes, smaller ones the build more files: at 1,000
# documents body shards of 1,000 B and single-row chunks made 1,985 files (2,300 with the stubs' rows)
# for a largest first query of 51 KB gzipped; 1,500 B and 4 rows make 942 for 62 KB (the budget is 100 KB).
# Each file costs the build 0.3–1 ms to create on the disks measured (more than its bytes): body shards of
# 2,500 B make 708 files at 1,000 documents (largest first query, counted by scripts/search_bytes.py:
# 55.2 → 63.3 KB); at 20,000, 11,596 instead of 12,358 (with tails of 3,000 B the title query went 71.1 →
# 80.3 KB, the number query 79.0 → 95.2: tails stay 1,500). Larger store chunks
# cost the most bytes (8 rows: +6 KB at 1,000, +11 at 5,000), larger meta shards more than body ones.
META_SHARD_GZIP = 1_500
BODY_SHARD_GZIP = 2_500
STORE_CHUNK = 4  # result rows per store file: the results shown are scattered over the corpus
BITMAP_GAP = 32  # a posting list whose gaps average this or less is shipped as a bitmap


@dataclass
class SearchBundle:
    """The search files of a site, as data: what is written and what tests query."""

    index: dict[str, Any]
    files: dict[str, bytes]  # site-relative path → bytes
    index_path: str
    stored: dict[str, StoredFile] = field(default_factory=dict)  # path → file in the build cache (search.stored)

    @property
    def folder(self) -> str:
        return self.index_path.rsplit("/", 1)[0] + "/"

    def read(self, name: str) -> Any:
        """A file of the bundle (``"m0.json"``…), parsed."""
        return json.loads(self.files[self.folder + name])

    @functools.cached_property
    def meta_shards(self) -> list[dict[str, Any]]:
        return [self.read(f"m{k}.json") for k in range(len(self.index["meta"]))]

    @functools.cached_property
    def body_shards(self) -> list[dict[str, Any]]:
        return [self.read(f"b{k}.json") for k in range(self.index["body"])]

    def rows(self) -> list[list[Any]]:
        """Every result row, in document order."""
        chunks = (self.read(f"d{k}.json") for k in range((self.index["count"] + STORE_CHUNK - 1) // STORE_CHUNK))
        return list(itertools.chain.from_iterable(chunks))


def build_bundle(docs: Sequence[Document], analysed: Mapping[str, dict[str, TermCounts]] | None = None,
                 *, consume: bool = False, reuse: bool = False, cache_dir: str = "",
                 keys: Mapping[str, str] | None = None) -> SearchBundle:
    """The search files of *docs* (in search order); *analysed* holds body tokens already counted (by
    document id). With *consume*, nothing else reads them: each is emptied once indexed, so that they
    are not held beside the shards being written (the build's peak memory). With *reuse* (a process that
    makes bundles again: ``mkdocs serve``'s helper), the encoding of every term whose postings and
    scores are those of the last bundle made with *reuse* in this process is taken from it
    (:class:`vanban.search.reuse.Reuse`). With *cache_dir* (a build with a cache), the first bundle of a
    process starts from the postings and encoding the last one made with it left there
    (:class:`vanban.search.reuse.Streamed`); *keys* name the documents' body tokens (their disk keys, by id)."""
    session: Session = Kept(cache_dir) if reuse else Streamed(cache_dir) if cache_dir else FRESH
    ids = [d.id for d in docs]
    filters = [tuple(filter_terms(doc)) for doc in docs]
    # rows made when asked for (search.rows): postings kept from the last bundle read only the changed ones
    meta_rows = Rows(len(docs), lambda k: session.meta(docs[k], filters[k]))
    meta_keys = [repr((doc.title, doc.type, doc.number, doc.issuer, iso_of(doc), shown))
                 for doc, shown in zip(docs, filters, strict=True)]
    meta = session.postings("meta", META_FIELDS, ids, meta_rows, meta_keys)
    matches = session.postings("matches", dict.fromkeys(META_MATCH_FIELDS, 0.0), ids, meta_rows, meta_keys)
    del meta_rows, meta_keys
    rows = Rows(len(docs), lambda k: body_row(docs[k], analysed))
    body = session.postings("body", BODY_FIELDS, ids, rows, [keys.get(i) for i in ids] if keys else ())
    if consume:
        for row in rows.made():
            row.clear()
    del rows
    files: dict[str, bytes] = {}
    meta_tails: dict[int, dict[str, bytes]] = {}
    body_tails: dict[int, dict[str, bytes]] = {}
    meta_bounds = range_shards(_entries([meta, matches], "m", meta_tails, session), "m", files, META_SHARD_GZIP)
    body_count = hashed_shards(_entries([body], "b", body_tails, session), "b", files, BODY_SHARD_GZIP, session.size)
    tail_counts = [hashed_shards(tail_entries(meta_tails.get(block, {}), body_tails.get(block, {})),
                                  f"t{block}-", files, TAIL_SHARD_GZIP, session.size)
                   for block in range(max([*meta_tails, *body_tails], default=-1) + 1)]
    session.finish()
    for k in range(0, len(docs), STORE_CHUNK):
        files[f"d{k // STORE_CHUNK}.json"] = dumps([store_row(d) for d in docs[k:k + STORE_CHUNK]])
    index = {
        "v": FORMAT,
        "count": len(docs),
        "types": sorted({d.type for d in docs if d.type}, key=lambda t: (fold_lower(t), t)),
        "meta": meta_bounds,
        "body": body_count,
        "tails": tail_counts,
        "newest": NEWEST,
        "chunk": STORE_CHUNK,
        "bodyWeight": BODY_WEIGHT,
    }
    files["index.json"] = dumps(index)
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    folder = f"{ASSET_DIR}{digest.hexdigest()[:10]}/"
    return SearchBundle(index=index, files={folder + name: data for name, data in files.items()},
                        index_path=folder + "index.json")


def _entries(postings: Sequence[Postings], kind: str, tails: dict[int, dict[str, bytes]],
             session: Session = FRESH) -> Iterator[tuple[str, bytes]]:
    """``(term, '"term":{field:[[gaps],[scores]],…}')`` in :func:`utf16_key` order, over the fields of all
    *postings*: the heads (:func:`head_and_tail`); the tails go to *tails* by block, under ``kind:term``.
    *session*: an entry made from the same inputs as one of the last bundle's is taken from it (:mod:`.reuse`)."""
    size = max(p.size() for p in postings)
    numbers = _decimals(size)
    tables = {name: table for p in postings for name, table in p.terms.items()}
    scorers = {name: p.scorer(name, keep=SCORED) for p in postings for name, boost in p.fields.items() if boost}
    # The head of an unscored field of matches keeps its best documents too, as the scored lists of the
    # same syllables keep theirs (those documents' matches are then known): only when there are tails.
    best = {name: p.scorer(name, keep=SCORED, boost=1) for p in postings for name in p.fields
            if name in BEST_KEPT and name not in scorers} if size > NEWEST else {}
    terms = sorted(set().union(*tables.values()), key=utf16_key)
    encode = _ENCODER.encode
    names = sorted(tables)
    keeps = session.keeps
    # the terms whose entry may have changed since the last bundle's, when the others' are known as made
    changed = session.unchanged(kind, postings, scores_context(kind, postings))
    for term in terms:
        if changed is not None and term not in changed:
            taken = session.by_term(kind, term)
            if taken is not None:
                for block, rest_bytes in taken[1].items():
                    tails.setdefault(block, {})[term] = rest_bytes
                yield term, taken[0]
                continue
        # each field's scores and best documents, made for this term alone
        term_scores = {name: scorers[name](term) for name in scorers if term in tables[name]}
        term_best = {name: best[name](term) for name in best if term in tables[name]}
        if keeps:
            key = entry_key(kind, term, [(name, tables[name].get(term), term_scores.get(name) if name in scorers else None,
                                          term_best.get(name) if name in best else None) for name in names])
            found = session.found(kind, term, key)
            if found is not None:
                for block, rest_bytes in found[1].items():
                    tails.setdefault(block, {})[term] = rest_bytes
                yield term, found[0]
                continue
        parts = []
        rests: dict[int, list[str]] = {}
        for name in sorted(tables):
            if name in MERGED.values():
                continue
            flat = tables[name].get(term)
            docs: Sequence[int] = flat[::2] if flat else []
            field_scores: Sequence[int] = term_scores.get(name, [])
            if name in MERGED and term in tables.get(MERGED[name], {}):
                docs, field_scores = _merged(docs, field_scores, tables[MERGED[name]][term][::2])
            if not docs:
                continue
            head, head_scores, tail = head_and_tail(docs, field_scores, term_best.get(name, []))
            blocks = split_blocks(tail)
            more = f",{len(docs)},{max(blocks) + 1}" if blocks else ""
            parts.append(f'"{name}":[{_documents(head, numbers)},[{",".join(map(str, head_scores))}]{more}]')
            for block, members in blocks.items():
                start = tail_block_start(block)
                relative = list(map(operator.sub, members, itertools.repeat(start, len(members))))
                rests.setdefault(block, []).append(f'"{name}":{_documents(relative, numbers)}')
        term_tails = {block: f'{encode(kind + ":" + term)}:{{{",".join(rest)}}}'.encode() for block, rest in rests.items()}
        for block, rest_bytes in term_tails.items():
            tails.setdefault(block, {})[term] = rest_bytes
        entry = f'{encode(term)}:{{{",".join(parts)}}}'.encode()
        if keeps:
            session.keep(kind, term, key, (entry, term_tails))
        yield term, entry


def scores_context(kind: str, postings: Sequence[Postings]) -> str:
    """What every term's scores and best documents read besides its own postings and their documents'
    lengths (:class:`vanban.search.postings.Scorer`), for entries of *kind*: with it unchanged, a term
    whose postings and lengths did not change has the entry it had."""
    size = max(p.size() for p in postings)
    parts = [kind, str(size > NEWEST)]
    for p in postings:
        for name, boost in p.fields.items():
            if boost or (name in BEST_KEPT and size > NEWEST):
                parts.append(f"{name}:{p.scorer(name, keep=SCORED, boost=boost or 1).context}")
    return "|".join(parts)


def tail_block(doc: int) -> int:
    """The tail block of a document (numbers from :data:`NEWEST` on): block j holds ``[NEWEST·2^j, NEWEST·2^(j+1))``,
    so a query reading the blocks one by one doubles the documents it knows whole at each step; the last,
    :data:`LAST_BLOCK`, holds all the older ones (a query still unsettled there reads whole lists: one file
    a term, not one a block)."""
    return min((doc // NEWEST).bit_length() - 1, LAST_BLOCK)


def tail_block_start(block: int) -> int:
    return NEWEST << block


def split_blocks(tail: Sequence[int]) -> dict[int, list[int]]:
    """The tail's documents by :func:`tail_block`, in increasing blocks: :func:`plain_blocks`, each block a
    slice of the increasing *tail* found by bisection (at 5,000 documents the tails hold 3 million
    postings, and a call per posting was a quarter of the search files' time)."""
    if not tail or tail[0] < NEWEST:
        return plain_blocks(tail)
    blocks: dict[int, list[int]] = {}
    low = 0
    for block in range(LAST_BLOCK + 1):
        high = len(tail) if block == LAST_BLOCK else bisect.bisect_left(tail, tail_block_start(block + 1), low)
        if high > low:
            blocks[block] = list(tail[low:high])
        low = high
    return blocks


def plain_blocks(tail: Sequence[int]) -> dict[int, list[int]]:
    """The reference of :func:`split_blocks` (the tests hold the two equal)."""
    blocks: dict[int, list[int]] = {}
    for doc in tail:
        blocks.setdefault(tail_block(doc), []).append(doc)
    return blocks


def head_and_tail(docs: Sequence[int], scores: Sequence[int], best: Sequence[int] = ()) -> tuple[list[int], list[int], list[int]]:
    """A posting list (increasing documents, *scores* aligned or empty) cut into its head, the scores of
    the head, and its tail: the head is the documents with a score (or, for an unscored field, those
    marked in *best*) and those among the site's :data:`NEWEST` newest (numbers below it), in increasing
    order; the tail is the others (all with score 0). :func:`plain_head_and_tail`, the documents below
    :data:`NEWEST` found by bisection and the others picked in C (the tests hold the two equal)."""
    if docs[-1] < NEWEST:
        return list(docs), list(scores), []
    marked = scores or best
    if marked and len(marked) < len(docs):
        return plain_head_and_tail(docs, scores, best)
    cut = bisect.bisect_left(docs, NEWEST)  # the documents increase: the newest are the first *cut*
    chosen = marked[cut:] if marked else [0] * (len(docs) - cut)
    head = [*docs[:cut], *itertools.compress(docs[cut:], chosen)]
    if len(head) == len(docs):
        return list(docs), list(scores), []
    return (head, [*scores[:cut], *itertools.compress(scores[cut:], chosen)] if scores else [],
            list(itertools.compress(docs[cut:], map(operator.not_, chosen))))


def plain_head_and_tail(docs: Sequence[int], scores: Sequence[int], best: Sequence[int] = ()) -> tuple[list[int], list[int], list[int]]:
    """The reference of :func:`head_and_tail`."""
    if docs[-1] < NEWEST:
        return list(docs), list(scores), []
    marked = scores or best
    head = [i for i, doc in enumerate(docs) if doc < NEWEST or (marked and marked[i])]
    if len(head) == len(docs):
        return list(docs), list(scores), []
    kept = set(head)
    return ([docs[i] for i in head], [scores[i] for i in head] if scores else [],
            [doc for i, doc in enumerate(docs) if i not in kept])


def _merged(docs: Sequence[int], scores: Sequence[int], more: Sequence[int]) -> tuple[Sequence[int], Sequence[int]]:
    """The union of two document lists, *scores* aligned with it (0 for the documents of *more* alone)."""
    union = sorted(set(docs).union(more))
    if not scores:
        return union, []
    by_doc = dict(zip(docs, scores, strict=True))
    return union, [by_doc.get(doc, 0) for doc in union]


def _documents(docs: Sequence[int], numbers: list[str]) -> str:
    """The JSON of a posting list's documents: ``[gaps]``, or a bitmap in base64 (bit ``d & 7`` of
    byte ``d >> 3``) when gaps average :data:`BITMAP_GAP` or less (a common word: smaller, gzipped)."""
    if not docs:
        return "[]"  # a head with no document: the list's newest and best are all in its tail
    if len(docs) * BITMAP_GAP >= docs[-1] + 1:
        bits = bytearray((docs[-1] >> 3) + 1)
        for doc in docs:
            bits[doc >> 3] |= 1 << (doc & 7)
        return f'"{base64.b64encode(bits).decode()}"'
    if len(docs) == 1:
        return f"[{numbers[docs[0]]}]"
    return f"[{','.join(operator.itemgetter(*map(operator.sub, docs, itertools.chain((0,), docs)))(numbers))}]"


_DECIMALS: list[str] = []


def _decimals(size: int) -> list[str]:
    """``str(i)`` for ``i < size`` (at least), made once: gaps are looked up, not formatted."""
    if len(_DECIMALS) < size:
        _DECIMALS.extend(map(str, range(len(_DECIMALS), size)))
    return _DECIMALS


_ENCODER = json.JSONEncoder(ensure_ascii=False)
