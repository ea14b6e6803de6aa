"""Per-document text analysis: citations, deadlines and search tokens, done once per document.

This is the part of a build that grows with the amount of text. Each result depends on one
document only, so on a large corpus the work is spread over worker processes (the build
machine's cores); the graph, the calendar and the search index then only combine results.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import DiskCache, content_key
from .citations import Citation, Extraction, extract
from .citations.scanning import last_barrier, window_hits
from .deadlines import Deadline, extract_deadlines
from .deadlines.blocks import blocks
from .documents import Document
from .fingerprint import Fingerprinter, Unfingerprintable
from .parallel import parallel_map, workers
from .tokens import TermCounts, body_term_counts, forget_memos
from .tracking.tasks import Assignment, assignments

# Below this many documents a process pool costs more than it saves.
PARALLEL_MIN = 200
CHUNK = 25


@dataclass(frozen=True)
class Analysis:
    extraction: Extraction
    deadlines: tuple[Deadline, ...]
    # search body tokens by field, counted; None: in the build cache under the analysis's disk key
    # (namespace TOKENS), read only if the search files must be made again (vanban.search.page)
    tokens: dict[str, TermCounts] | None
    tasks: tuple[Assignment, ...] = ()  # the duties the text lays on units (vanban.tracking, before matching)


def analyse(doc: Document, tasks: bool = True, tokens: bool = True) -> Analysis:
    """Everything read from one held document's text (its blocks cut once for deadlines and tasks);
    *tasks* False when the portal turned tracking off (no task is read); *tokens* False leaves the search
    tokens to the process that makes the search files (:class:`CountedTokens`)."""
    doc_date = doc.date.to_date() if doc.date else None
    offset = doc.body_line - 1
    read = tuple(blocks(doc.body))
    deadlines = extract_deadlines(doc.body, doc_date=doc_date, line_offset=offset, read=read)
    return Analysis(
        extraction=extract(doc.body, own_number=doc.number or None, title=doc.title, line_offset=offset),
        deadlines=deadlines,
        tokens=body_term_counts(doc) if tokens else None,
        tasks=tuple(assignments(doc.body, deadlines, offset, read=read)) if tasks else (),
    )


CacheKey = tuple[str, str, str, str, int, bool]


def cache_key(doc: Document, tasks: bool = True) -> CacheKey:
    """Everything :func:`analyse` reads: a document whose key is unchanged needs no new analysis."""
    return (doc.body, doc.number, doc.title, doc.date.iso() if doc.date else "", doc.body_line, tasks)


def disk_key(doc: Document, tasks: bool = True, fingerprinter: Fingerprinter | None = None) -> str:
    """The on-disk cache key: the whole document, every field :func:`analyse` may read (its digest by
    :mod:`vanban.fingerprint`; given the build's *fingerprinter*, the search files' and the pages' keys
    take that digest again instead of digesting the document anew: the repr of every document, hashed,
    had been 0.05 s of an edit build's parent at 1,000 documents)."""
    try:
        whole = (fingerprinter or Fingerprinter()).digest(doc).hex()
    except Unfingerprintable:  # a field of a kind the digest does not know: the repr holds it too
        whole = "repr:" + repr(doc)
    return content_key("analysis" if tasks else "analysis-untracked", whole)


TOKENS = "tokens"  # the build cache's namespace of each analysis's search tokens


def shared_tokens(analysis: Analysis) -> Analysis:
    """*analysis* read back from disk, its terms interned: a syllable in a thousand documents is then one
    string, not a thousand copies (unpickled entries share nothing; at 1,000 documents this brought a warm
    build's peak memory from 226 MB to 160 MB, below the cold build's)."""
    if analysis.tokens is None:
        return analysis
    return dataclasses.replace(analysis, tokens=_interned(analysis.tokens))


def _interned(tokens: dict[str, TermCounts]) -> dict[str, TermCounts]:
    intern = sys.intern
    return {name: (tuple(map(intern, terms)), counts) for name, (terms, counts) in tokens.items()}


def analyse_all(docs: Sequence[Document], cache: dict[CacheKey, Analysis] | None = None,
                disk: DiskCache | None = None, *, tasks: bool = True,
                disk_keys: dict[str, str] | None = None,
                fingerprinter: Fingerprinter | None = None,
                uncounted: set[str] | None = None) -> dict[str, Analysis]:
    """Analyses by document id; worker processes share the work on large corpora.

    With *cache* (kept by the caller between builds), only new or edited documents are analysed,
    and the cache is left holding exactly the current documents. With *disk*, analyses also
    survive the process: a later build (or another ward's site) reads them back instead. *tasks*:
    see :func:`analyse` (kept apart in both caches).

    The search tokens are stored apart (namespace :data:`TOKENS`): without *cache* (one build, one
    site) an analysis read back leaves them there (``tokens`` None): a build whose search files are
    found needs none, and one that makes them reads them in the process that does (at 1,000
    documents they were 10.5 of the 12.7 MB unpickled, 0.25 s of a warm build's CPU with their interning).
    *disk_keys* receives the disk key (:func:`disk_key`) of each document it made one for, by id: the process
    that reads their tokens back need not make them again (a repr of every document hashed, 0.09 s at 1,000).
    *fingerprinter*: the build's, see :func:`disk_key`.
    With *uncounted* (no *cache*: one build), the search tokens of the documents analysed here are not
    counted: their ids are added to it, and the search files' child counts and stores them (:class:`CountedTokens`).
    An analysis that a forked worker made without its tokens is stored as that worker pickled it to send it here
    (:func:`vanban.parallel.parallel_map`'s *arrived*): this process pickled each one again for the cache, after
    the workers had finished, when the other core had nothing left to do.
    """
    store: dict[CacheKey, Analysis] = {} if cache is None else cache
    keys = [cache_key(d, tasks) for d in docs]
    missing = {k: d for d, k in zip(docs, keys, strict=True) if k not in store}
    fresh: dict[CacheKey, Analysis] = {}
    on_disk: dict[str, CacheKey] = {}  # each key made once (a repr of the whole document, hashed)
    if disk is not None and missing:
        fingerprinter = fingerprinter or Fingerprinter()
        made = [(d.id, disk_key(d, tasks, fingerprinter), k) for k, d in missing.items()]
        on_disk = {dkey: k for _, dkey, k in made}
        if disk_keys is not None:
            disk_keys.update((doc_id, dkey) for doc_id, dkey, _ in made)
        found = []
        stored = DiskCache(disk.root, TOKENS)
        for dkey, key in on_disk.items():  # one at a time: each read copy is dropped once interned
            value = disk.get(dkey)
            if value is not None and cache is not None:
                value = _with_tokens(value, stored.get(dkey))
            if value is not None:
                fresh[key] = shared_tokens(value)
                found.append(dkey)
        disk.touch(found)
        stored.touch(found)  # kept by compaction and pruning, read or not
        missing = {k: d for k, d in missing.items() if k not in fresh}
    # Chunks of a few dozen documents balance the workers; bigger ones share more strings (each
    # chunk's results are unpickled with their own copy of every term), so the parent keeps less.
    chunk = max(CHUNK, len(missing) // (8 * workers())) if len(missing) >= PARALLEL_MIN else CHUNK
    counting = uncounted is None or cache is not None
    # a partial of the module-level function: the worker processes take it as they take the function itself
    func = functools.partial(analyse, tasks=tasks, tokens=counting)
    order = list(missing)
    shipped: set[CacheKey] = set()  # stored as the worker that made it pickled it
    arrived: Callable[[int, bytes], None] | None = None
    if disk is not None and not counting:  # a worker's analysis holds no tokens: its bytes are the entry
        disk_of = {key: dkey for dkey, key in on_disk.items()}

        def ship(index: int, data: bytes) -> None:
            disk.put_bytes(disk_of[order[index]], data)
            shipped.add(order[index])
        arrived = ship
    computed = dict(zip(order, parallel_map(func, [missing[key] for key in order], min_items=PARALLEL_MIN,
                                            chunksize=chunk, arrived=arrived), strict=True))
    if disk is not None:
        stored = DiskCache(disk.root, TOKENS)
        for dkey, key in on_disk.items():
            if key in computed and key not in shipped:
                disk.put(dkey, dataclasses.replace(computed[key], tokens=None), held=True)  # read to the last page
                if counting:
                    stored.put(dkey, computed[key].tokens)
        disk.compact()
        stored.compact()
    fresh.update(computed)
    if not counting and uncounted is not None:
        uncounted.update(d.id for d, k in zip(docs, keys, strict=True) if k in computed)
    current = {k: store[k] if k in store else fresh[k] for k in keys}
    store.clear()
    store.update(current)
    return {d.id: current[k] for d, k in zip(docs, keys, strict=True)}


def _with_tokens(analysis: Analysis, tokens: Any) -> Analysis | None:
    """*analysis* with its stored *tokens*; None (a miss: analysed again) when they are not a dict."""
    return dataclasses.replace(analysis, tokens=tokens) if isinstance(tokens, dict) else None


class StoredTokens(Mapping[str, dict[str, TermCounts]]):
    """Counted search tokens by document id: *fresh* (analysed by this build), else those kept on disk
    (namespace :data:`TOKENS`) under *keys* (document id → its analysis's disk key), each read and its terms
    interned when asked for: an edit build's search files read only the edited documents' (the postings of
    the others are the last build's, :class:`vanban.search.reuse.Streamed`); reading all of them was 0.17 s of
    its CPU at 1,000 documents. A document whose tokens cannot be read is not in it (counted again from its
    body by the search index)."""

    def __init__(self, cache_dir: str, keys: Mapping[str, str],
                 fresh: Mapping[str, dict[str, TermCounts]] | None = None) -> None:
        self.disk = DiskCache(Path(cache_dir), TOKENS)
        self.disk_keys, self.fresh = keys, fresh or {}

    def __getitem__(self, doc_id: str) -> dict[str, TermCounts]:
        if doc_id in self.fresh:
            return self.fresh[doc_id]
        tokens = self.disk.get(self.disk_keys[doc_id])
        if not isinstance(tokens, dict):
            raise KeyError(doc_id)
        return _interned(tokens)  # unpickled copies share no string

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.fresh) + [doc_id for doc_id in self.disk_keys if doc_id not in self.fresh])

    def __len__(self) -> int:
        return len(self.fresh) + sum(doc_id not in self.fresh for doc_id in self.disk_keys)


class CountedTokens(Mapping[str, dict[str, TermCounts]]):
    """The search tokens of the documents the analysis stage did not count them for (:func:`analyse_all`'s
    *uncounted*), counted when asked for by the process that makes the search files (a forked child) and,
    with a *cache_dir*, stored under their disk *keys* as the analysis stage stores them (:meth:`flush`
    before that process ends). Counted there, a one-shot build's own process neither counts nor holds them
    (at 1,000 documents ~1.3 s of its CPU and ~10 MB), and its analysis workers do not send them back."""

    def __init__(self, docs: Sequence[Document], cache_dir: str = "", keys: Mapping[str, str] | None = None) -> None:
        self.docs = {doc.id: doc for doc in docs}
        self.disk_keys = keys or {}
        self.disk = DiskCache(Path(cache_dir), TOKENS) if cache_dir else None

    def __getitem__(self, doc_id: str) -> dict[str, TermCounts]:
        counted = body_term_counts(self.docs[doc_id])
        key = self.disk_keys.get(doc_id)
        if self.disk is not None and key:
            self.disk.put(key, counted)
        return counted

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.docs

    def __iter__(self) -> Iterator[str]:
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)

    def flush(self) -> None:
        """Write the tokens stored so far (their pack) into the build cache."""
        if self.disk is not None:
            self.disk.flush()


@dataclass(frozen=True)
class Analyses:
    """The analysis stage's result: what was read from every held document's text, by document id.
    The graph takes the extractions, the calendar the deadlines, the search index the tokens, the
    tracking stage the tasks."""

    by_id: Mapping[str, Analysis]
    stored: tuple[Document, ...] = ()  # the documents whose tokens stayed in the build cache (tokens None)
    tasks: bool = True  # read with tasks: part of their disk keys
    disk_keys: Mapping[str, str] = field(default_factory=dict)  # by id: the disk keys made (analyse_all), which
    # name each document's tokens (the search files' postings kept in the cache, vanban.search.reuse.Streamed)
    uncounted: tuple[Document, ...] = ()  # analysed without their search tokens (tokens None): CountedTokens

    def __getitem__(self, doc_id: str) -> Analysis:
        return self.by_id[doc_id]

    def citations_of(self, doc: Document) -> tuple[Citation, ...] | None:
        """*doc*'s citations, None for a document that was not analysed (no text held)."""
        analysis = self.by_id.get(doc.id)
        return analysis.extraction.citations if analysis is not None else None


def analyse_corpus(docs: Sequence[Document], cache: dict[CacheKey, Analysis] | None = None,
                   cache_dir: str = "", *, tasks: bool = True, fingerprinter: Fingerprinter | None = None,
                   count_tokens: bool = True) -> Analyses:
    """The analyses of the held documents *docs* (see :func:`analyse_all` for *cache*, *tasks* and
    *fingerprinter*); *cache_dir*, when set, is the on-disk cache shared by later builds and other wards' sites.
    *count_tokens* False (one build, no *cache*, whose search files a forked child makes): the search tokens
    are left to that child (``Analyses.uncounted``, :class:`CountedTokens`)."""
    disk = DiskCache(Path(cache_dir), "analysis") if cache_dir else None
    held = [d for d in docs if d.held]
    disk_keys: dict[str, str] = {}
    left: set[str] | None = None if count_tokens or cache is not None else set()
    by_id = analyse_all(held, cache, disk, tasks=tasks, disk_keys=disk_keys, fingerprinter=fingerprinter,
                        uncounted=left)
    stored = tuple(d for d in held if by_id[d.id].tokens is None and not (left and d.id in left))
    analyses = Analyses(by_id, stored, tasks, disk_keys, tuple(d for d in held if left and d.id in left))
    # The readers' memo tables (syllables, citation windows) only speed up reading bodies: emptied
    # here, their memory serves the later stages (peak RSS of a cold 1,000-document build −6 MB).
    forget_memos()
    window_hits.cache_clear()
    last_barrier.cache_clear()
    return analyses
