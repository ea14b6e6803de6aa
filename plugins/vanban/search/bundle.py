"""The search files of a site: the main index and result store, and the body shards.

* ``main-<hash>.json`` (loaded before the first result): the result store (number, type,
  issuer, dates, title, URL of every held and stub document), the type and issuer lists
  (facets) and a packed lunr index with the fields ``n`` (number parts and the joined number,
  boost 10) and ``f`` (folded title syllables and cited numbers, boost 1).
* ``body-<k>-<hash>.json`` (fetched after the first result is shown, only the shards the
  query needs): packed lunr indexes of the body text with ``x`` (syllables with diacritics,
  exact, boost 1.5), ``f`` (folded, boost 1) and ``b`` (folded syllable pairs: phrases,
  boost 1.5). A term lives in shard ``fnv1a(key) % count`` where the key is its folded
  syllable, so a query of k syllables reads at most 2k-1 shards of bounded size; the
  shard count grows with the corpus.

All JSON with sorted keys: rebuilds are byte-identical.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import itertools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..documents import Document
from ..parallel import parallel_map
from ..site import SiteModel
from ..tokens import body_counts, fold_lower, meta_tokens
from .postings import Postings, dumps

ASSET_DIR = "assets/vanban/search/"
MAIN_FIELDS: dict[str, float] = {"n": 10, "f": 1}
BODY_FIELDS: dict[str, float] = {"x": 1.5, "f": 1, "b": 1.5}
BODY_WEIGHT = 0.5
SHARD_POSTINGS = 40_000  # body postings per shard
SHARD_WORKERS_MIN = 4  # shards worth a process pool


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
    main_postings = Postings(MAIN_FIELDS)
    for i, doc in enumerate(docs):
        main_postings.add(i, {name: Counter(tokens) for name, tokens in meta_tokens(doc).items()})

    bodies = [analysed[d.id] if analysed and d.id in analysed
              else body_counts(d) for d in docs]
    files: dict[str, bytes] = {}
    shard_names: list[str] = []
    for k, data in enumerate(parallel_map(_shard, body_shards(bodies), min_items=SHARD_WORKERS_MIN)):
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


def body_shards(bodies: Sequence[Mapping[str, Mapping[str, int]]]) -> list[Postings]:
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
    shards = [Postings(BODY_FIELDS) for _ in range(count)]
    for name, table in tables.items():
        for term, flat in table.items():
            shards[shard_of(term, count)].terms[name][term] = flat
    for shard in shards:  # a document is a row of the shards that hold one of its terms
        shard.documents = None
    return shards


def _shard(postings: Postings) -> bytes:
    """One body shard, packed and serialised (module level: it runs in worker processes)."""
    return postings.dumps()

