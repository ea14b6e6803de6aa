"""Encoding a search bundle's terms again only when their inputs changed (:class:`Reuse`).

:func:`vanban.search.bundle.build_bundle` asks a :class:`Session` for what a term's entry, an entry's
gzipped size and a document's counted meta tokens were the last time: :data:`FRESH` (a build without
a cache) knows nothing and keeps nothing; :class:`Streamed` (a build with a cache) reads the last
build's entries from a file in the cache in the order they are asked for, and writes this one's as
they are made; :class:`Kept` (a process that makes bundles again: serve's helper, build-all) keeps the
last bundle's in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Generator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from ..cache import code_fingerprint, loads
from ..documents import Document
from ..tokens import TermCounts, meta_tokens, term_counts
from .postings import Postings
from .shards import gzipped_size, utf16_key

Shown = tuple[str, str, str, str]  # (title, type, number, issuer): all that meta_tokens reads
Encoded = tuple[bytes, dict[int, bytes]]  # a term's entry and its tails by block


class Reuse:
    """What a bundle's terms were encoded to, kept for the next bundle made in the same process.

    A save under ``mkdocs serve`` changes one document: most terms' postings and scores come out as
    before (the BM25 average is :func:`vanban.search.postings.stable_average`), and so would their
    encoding. A term's entry (its head and tail blocks) is a function of its kind, the term, and each
    field's posting list, scores and best documents: :func:`entry_key` digests exactly those, and an
    entry made from equal inputs is taken as made. The gzipped size of an entry (which sizes the hashed
    shards) is kept by its bytes, and a document's meta row by the four fields
    :func:`vanban.tokens.meta_tokens` reads and its filter terms. Only the last bundle's terms are kept
    (``Reuse.last``), so the memory is one bundle's entries; and its postings (:meth:`Kept.postings`: body,
    meta and matches), which the next bundle edits where its rows changed instead of indexing every
    document again; they then score again only the terms the edit touched, and every other term's entry
    is taken by the term, undigested (:meth:`Kept.unchanged`)."""

    last: Reuse | None = None

    def __init__(self) -> None:
        self.entries: dict[bytes, Encoded] = {}  # entry_key → (entry, tail by block)
        self.by_term: dict[tuple[str, str], tuple[bytes, Encoded]] = {}  # (kind, term) → (entry_key, encoded)
        self.sizes: dict[bytes, int] = {}  # entry → its length compressed at level 1
        # ((title, type, number, issuer), filter terms) → a document's meta row (read, never changed)
        self.meta: dict[tuple[Shown, tuple[str, ...]], dict[str, TermCounts]] = {}
        # by name (body, meta, matches): the postings, and the documents and rows they were made of,
        # which the next bundle edits
        self.postings: dict[str, tuple[list[str], list[dict[str, TermCounts]], Postings]] = {}


def entry_key(kind: str, term: str, fields: list[tuple[str, Any, Any, Any]]) -> bytes:
    """The digest of everything a term's entry is made from (see :class:`Reuse`): per field, its
    postings ``[doc, tf, …]``, its scores and its best documents, each an ``array`` or absent."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{kind}\0{term}\0".encode())
    for name, flat, term_scores, best in fields:
        digest.update(name.encode())
        for values in (flat, term_scores, best):
            data = values.tobytes() if values is not None else b""
            digest.update(b"%d:" % len(data) if values is not None else b"-")
            digest.update(data)
    return digest.digest()


def shown(doc: Document) -> Shown:
    return (doc.title, doc.type, doc.number, doc.issuer)


def meta_row(doc: Document, filters: tuple[str, ...]) -> dict[str, TermCounts]:
    """A document's row of the meta and matches postings: its counted :func:`vanban.tokens.meta_tokens`
    and, as field ``d``, its *filters* (:func:`vanban.search.bundle.filter_terms`)."""
    row = {name: term_counts(Counter(tokens)) for name, tokens in meta_tokens(doc).items()}
    row["d"] = term_counts(Counter(filters))
    return row


class Session:
    """What one bundle being made asks of the bundles before it; this one (:data:`FRESH`) knows
    nothing: every term is encoded, every size and meta count computed."""

    keeps = False  # whether entries are looked up and kept (the caller then digests their inputs)

    def meta(self, doc: Document, filters: tuple[str, ...]) -> dict[str, TermCounts]:
        return meta_row(doc, filters)

    def postings(self, name: str, fields: Mapping[str, float], ids: list[str],
                 rows: list[dict[str, TermCounts]]) -> Postings:
        """The postings *name* (of *fields*) of *rows* (the documents *ids*, in order)."""
        made = Postings(fields)
        made.add_all(rows)
        return made

    def unchanged(self, kind: str, postings: Sequence[Postings]) -> set[str] | None:
        """The terms of *kind* whose entry may differ from the last bundle's (every other is taken by
        :meth:`by_term`), or None: any (each is digested, :func:`entry_key`)."""
        return None

    def by_term(self, kind: str, term: str) -> Encoded:
        raise KeyError(term)

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        return None

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        return None

    def size(self, entry: bytes) -> int:
        return gzipped_size(entry)

    def finish(self) -> None:
        """The bundle is made: what it kept is the last one's now."""


FRESH = Session()


REUSE_FILE = "search-reuse.bin"  # in the generation's folder: pruned with it (or when unused for 30 days)
MAGIC = b"vbreuse1\n"
CHUNK = 512  # records per frame: what is held at once, reading or writing
KINDS = ("m", "b")  # the order _entries is asked for its kinds, and the file's
# (kind, term, entry_key, entry, tails by block, gzipped size or -1)
Record = tuple[str, str, bytes, bytes, dict[int, bytes], int]


def reuse_path(cache_dir: str) -> Path:
    """Where a build with the cache *cache_dir* keeps its search files' encoding (:class:`Streamed`)."""
    return Path(cache_dir) / code_fingerprint() / REUSE_FILE


def _whole(record: Any) -> bool:
    return (type(record) is tuple and len(record) == 6 and record[0] in KINDS and type(record[1]) is str
            and type(record[2]) is bytes and type(record[3]) is bytes and type(record[5]) is int
            and type(record[4]) is dict and all(type(b) is int and type(t) is bytes for b, t in record[4].items()))


def read_records(path: Path) -> Generator[Record, None, None]:
    """The records of *path* in order, a frame of :data:`CHUNK` at a time, through the cache's
    restricted unpickler; they end early at the first frame or record that is not whole."""
    try:
        handle = path.open("rb")
    except OSError:
        return
    with handle:
        try:
            if handle.read(len(MAGIC)) != MAGIC:
                return
            while len(head := handle.read(8)) == 8:
                chunk = loads(handle.read(int.from_bytes(head, "big")))
                if type(chunk) is not list:
                    return
                for record in chunk:
                    if not _whole(record):
                        return
                    yield record
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError, MemoryError):
            return


class RecordWriter:
    """Records written a frame at a time to a file aside, renamed into place by :meth:`close`; a
    failure to write only loses them (nothing is renamed)."""

    def __init__(self, target: Path) -> None:
        self.target, self.tmp = target, ""
        self.frame: list[Record] = []
        self.handle: BinaryIO | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")  # pruned if left by an interruption
            self.handle = os.fdopen(fd, "wb")
            self.handle.write(MAGIC)
        except OSError:
            self.abandon()

    def add(self, record: Record) -> None:
        if self.handle is not None:
            self.frame.append(record)
            if len(self.frame) >= CHUNK:
                self._flush()

    def _flush(self) -> None:
        data = pickle.dumps(self.frame, protocol=pickle.HIGHEST_PROTOCOL)
        self.frame = []
        try:
            assert self.handle is not None
            self.handle.write(len(data).to_bytes(8, "big"))
            self.handle.write(data)
        except OSError:
            self.abandon()

    def close(self) -> None:
        if self.handle is None:
            return
        if self.frame:
            self._flush()
        try:
            if self.handle is not None:
                self.handle.close()
                self.handle = None
                os.replace(self.tmp, self.target)
        except OSError:
            self.abandon()

    def abandon(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None
        if self.tmp:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
        self.frame = []


class Streamed(Session):
    """A session of a build with a cache (:func:`reuse_path`): the last bundle's entries read from
    the file its build left, in the order they are asked for (terms by kind, then in :func:`utf16_key`
    order, as :func:`vanban.search.bundle.build_bundle` makes them), and this bundle's written to a
    new one as they are made: a frame of :data:`CHUNK` records in memory at a time, never a second
    copy of the index (354b4cb kept the whole encoding in memory to write it: peak RSS at 5,000
    documents +37 MB cold, +78 MB after an edit). An entry is taken only when its :func:`entry_key`
    is that of the term's inputs now: a stale or planted file can slow a build, never change it."""

    keeps = True

    def __init__(self, cache_dir: str) -> None:
        path = reuse_path(cache_dir)
        self.old = read_records(path)
        self.current: Record | None = next(self.old, None)
        self.writer = RecordWriter(path)
        self.last: list[Any] | None = None  # the record of the entry just found or made, its size to come

    def _done(self) -> None:
        if self.last is not None:
            self.writer.add(tuple(self.last))
            self.last = None

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        self._done()
        rank = (KINDS.index(kind), utf16_key(term))
        current = self.current
        while current is not None and (KINDS.index(current[0]), utf16_key(current[1])) < rank:
            current = next(self.old, None)
        self.current = current
        if current is None or current[2] != key:
            return None
        self.last = list(current)
        return current[3], current[4]

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        self.last = [kind, term, key, encoded[0], encoded[1], -1]

    def size(self, entry: bytes) -> int:
        last = self.last
        if last is not None and last[3] is entry:
            if last[5] < 0:
                last[5] = gzipped_size(entry)
            return int(last[5])
        return gzipped_size(entry)

    def finish(self) -> None:
        self._done()
        self.current = None
        self.old.close()
        self.writer.close()


REMADE_ABOVE = 20  # a bundle whose rows changed for more than one document in this many makes its postings anew


class Kept(Session):
    """A session of a process that makes bundles again (``mkdocs serve``'s helper, build-all):
    reads ``Reuse.last``, keeps its own terms in a new :class:`Reuse`, which :meth:`finish` makes the last.
    Its first bundle, with a cache (*cache_dir*), starts from the encoding a build left there and leaves
    its own (:class:`Streamed`): serve's first build makes its search files in a forked child, whose
    memory goes with it, and the helper's first bundle after a save had encoded every term again."""

    keeps = True

    def __init__(self, cache_dir: str = "") -> None:
        self.reused = Reuse.last
        self.made = Reuse()
        self.stream = Streamed(cache_dir) if cache_dir and self.reused is None else None

    def meta(self, doc: Document, filters: tuple[str, ...]) -> dict[str, TermCounts]:
        key = (shown(doc), filters)
        found = self.reused.meta.get(key) if self.reused is not None else None
        row = found if found is not None else meta_row(doc, filters)
        self.made.meta[key] = row
        return row

    def postings(self, name: str, fields: Mapping[str, float], ids: list[str],
                 rows: list[dict[str, TermCounts]]) -> Postings:
        """The last bundle's postings *name* edited (:meth:`Postings.replace_rows`) when its documents were
        these, in this order, and only some rows changed (compared by object first: serve keeps the tokens
        of a document left as it was, :meth:`meta` its meta row), else made anew. Taken: the last bundle's
        are this one's now."""
        last = self.reused.postings.pop(name, None) if self.reused is not None else None
        if last is not None and last[0] == ids and last[2].fields == fields:
            changed = {doc: (before, after) for doc, (before, after) in enumerate(zip(last[1], rows, strict=True))
                       if before is not after and before != after}  # a stub's row is made again, equal
            if len(changed) * REMADE_ABOVE <= len(rows):
                made = last[2]
                made.replace_rows(changed)
                self.made.postings[name] = (ids, list(rows), made)
                return made
        made = super().postings(name, fields, ids, rows)
        self.made.postings[name] = (ids, list(rows), made)
        return made

    def unchanged(self, kind: str, postings: Sequence[Postings]) -> set[str] | None:
        """The terms touched since the last bundle (:meth:`Postings.changes`) when every postings of *kind*
        was edited from the last bundle's and scored again only where touched; else None."""
        changes = [p.changes() for p in postings]  # each asked, so that the next bundle's start from now
        if self.reused is None or any(c is None for c in changes):
            return None
        return set().union(*(c for c in changes if c is not None))

    def by_term(self, kind: str, term: str) -> Encoded:
        assert self.reused is not None
        key, encoded = self.reused.by_term[(kind, term)]
        self.made.entries[key] = encoded
        self.made.by_term[(kind, term)] = (key, encoded)
        return encoded

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        found = (self.reused.entries.get(key) if self.reused is not None else
                 self.stream.found(kind, term, key) if self.stream is not None else None)
        if found is not None:
            self.made.entries[key] = found
            self.made.by_term[(kind, term)] = (key, found)
        return found

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        self.made.entries[key] = encoded
        self.made.by_term[(kind, term)] = (key, encoded)
        if self.stream is not None:
            self.stream.keep(kind, term, key, encoded)

    def size(self, entry: bytes) -> int:
        size = self.reused.sizes.get(entry) if self.reused is not None else None
        if size is None:
            size = self.stream.size(entry) if self.stream is not None else gzipped_size(entry)
        self.made.sizes[entry] = size
        return size

    def finish(self) -> None:
        Reuse.last = self.made  # only this bundle's terms: what the next one may share
        if self.stream is not None:
            self.stream.finish()
