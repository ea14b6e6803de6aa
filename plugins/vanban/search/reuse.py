"""Encoding a search bundle's terms again only when their inputs changed (:class:`Reuse`).

:func:`vanban.search.bundle.build_bundle` asks a :class:`Session` for what a term's entry, an entry's
gzipped size and a document's counted meta tokens were the last time: :data:`FRESH` (a build without
a cache) knows nothing and keeps nothing; :class:`Streamed` (a build with a cache) reads the last
build's postings and entries from a file in the cache (:mod:`.frames`) in the order they are asked for,
and writes this one's as they are made; :class:`Kept` (a process that makes bundles again: serve's helper, build-all) keeps the
last bundle's in memory.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..documents import Document
from ..tokens import TermCounts, meta_tokens, term_counts
from .frames import KINDS, Carried, Encoded, Record, RecordWriter, read_records, reuse_path
from .postings import Postings, stable_average
from .results import iso_of
from .shards import gzipped_size, utf16_key

Shown = tuple[str, str, str, str, str]  # (title, type, number, issuer, date): all that meta_tokens reads


class Reuse:
    """What a bundle's terms were encoded to, kept for the next bundle made in the same process.

    A save under ``mkdocs serve`` changes one document: most terms' postings and scores come out as
    before (the BM25 average is :func:`vanban.search.postings.stable_average`), and so would their
    encoding. A term's entry (its head and tail blocks) is a function of its kind, the term, and each
    field's posting list, scores and best documents: :func:`entry_key` digests exactly those, and an
    entry made from equal inputs is taken as made. The gzipped size of an entry (which sizes the hashed
    shards) is kept by its bytes, and a document's meta row by the five fields
    :func:`vanban.tokens.meta_tokens` reads and its filter terms. Only the last bundle's terms are kept
    (``Reuse.last``), so the memory is one bundle's entries; and its postings (:meth:`Kept.postings`: body,
    meta and matches), which the next bundle edits where its rows changed instead of indexing every
    document again; they then score again only the terms the edit touched, and every other term's entry
    is taken by the term, undigested (:meth:`Kept.unchanged`)."""

    last: Reuse | None = None

    def __init__(self) -> None:
        self.entries: dict[bytes, Encoded] = {}  # entry_key → (entry, tail by block)
        self.by_term: dict[tuple[str, str], tuple[bytes, Encoded]] = {}  # (kind, term) → (entry_key, encoded)
        self.contexts: dict[str, str] = {}  # kind → what its scores read besides each term's postings
        self.sizes: dict[bytes, int] = {}  # entry → its length compressed at level 1
        # ((title, type, number, issuer, date), filter terms) → a document's meta row (read, never changed)
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


def scored_inputs(postings: Postings) -> tuple[int, int, tuple[float, ...]]:
    """What every term's scores in *postings* read besides its own postings and their documents' lengths:
    the documents counted, the span of document numbers, each field's average length."""
    return (postings.documents, postings.size(),
            tuple(stable_average(sum(lengths.values()), len(lengths)) for lengths in postings.lengths.values()))


def shown(doc: Document) -> Shown:
    return doc.title, doc.type, doc.number, doc.issuer, iso_of(doc)


def meta_row(doc: Document, filters: tuple[str, ...]) -> dict[str, TermCounts]:
    """A document's row of the meta and matches postings: its counted :func:`vanban.tokens.meta_tokens`
    and, as field ``d``, its *filters* (:func:`vanban.search.results.filter_terms`)."""
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
                 rows: Sequence[dict[str, TermCounts]], keys: Sequence[str | None] = ()) -> Postings:
        """The postings *name* (of *fields*) of *rows* (the documents *ids*, in order; *keys*: what names
        each row, None for a row without a name)."""
        made = Postings(fields)
        made.add_all(rows)
        return made

    def unchanged(self, kind: str, postings: Sequence[Postings], context: str) -> set[str] | None:
        """The terms of *kind* whose entry may differ from the last bundle's (every other is taken by
        :meth:`by_term`), or None: any (each is digested, :func:`entry_key`). *context*: what every term's
        scores read besides its own postings (:func:`vanban.search.bundle.scores_context`)."""
        return None

    def by_term(self, kind: str, term: str) -> Encoded | None:
        """The last bundle's entry of *term*, taken as made (None: not found, made again)."""
        return None

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        return None

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        return None

    def size(self, entry: bytes) -> int:
        return gzipped_size(entry)

    def finish(self) -> None:
        """The bundle is made: what it kept is the last one's now."""


FRESH = Session()


class Streamed(Session):
    """A session of a build with a cache (:func:`reuse_path`): the last bundle's entries read from
    the file its build left, in the order they are asked for (terms by kind, then in :func:`utf16_key`
    order, as :func:`vanban.search.bundle.build_bundle` makes them), and this bundle's written to a
    new one as they are made: a frame of :data:`vanban.search.frames.CHUNK` records in memory at a time, never a second
    copy of the index (354b4cb kept the whole encoding in memory to write it: peak RSS at 5,000
    documents +37 MB cold, +78 MB after an edit). An entry is taken when its :func:`entry_key` is that
    of the term's inputs now.

    The file opens with the last bundle's postings, each document's row named by its key (its tokens'
    disk key; a row without one kept whole): a bundle of the same documents in the same order takes them
    and edits the rows whose key changed (:meth:`Postings.replace_rows`, the row before found in the
    postings), as serve's helper does in memory. When no field's count of documents, average length or
    span of documents moved, every term the edits did not touch has the entry it had, taken by the term
    (:meth:`by_term`) without being scored: the postings and the records are one file, written by one
    bundle and renamed into place whole, so a stale file cannot change the search files (a planted one
    could, as a planted analysis could change a page: the cache is trusted as the build's own)."""

    keeps = True

    def __init__(self, cache_dir: str) -> None:
        path = reuse_path(cache_dir)
        self.carried: dict[str, Postings] = {}
        self.old = read_records(path, self.carried)
        self.current: Record | None = next(self.old, None)  # the postings are read with the first record
        self.rank: tuple[int, bytes] | None = None  # the order key of self.current, once made
        self.writer = RecordWriter(path)
        self.last: list[Any] | None = None  # the record of the entry just found or made, its size to come
        self.made: dict[str, tuple[Postings, list[str], list[str | None], dict[int, dict[str, TermCounts]]]] = {}
        self.before: dict[int, tuple[int, int, tuple[float, ...]]] = {}  # id(postings) → what its scores read

    def postings(self, name: str, fields: Mapping[str, float], ids: list[str], rows: Sequence[dict[str, TermCounts]],
                 keys: Sequence[str | None] = ()) -> Postings:
        """The last bundle's postings *name* edited where a row's key changed (or, without a key, the row),
        when its documents were these, in this order, and a few rows changed; else made anew."""
        row_keys: list[str | None] = list(keys) if keys else [None] * len(ids)
        last = self.carried.pop(name, None)
        made: Postings | None = None
        if isinstance(last, Carried) and last.ids == ids and last.fields == dict(fields):
            changed = [doc for doc, (before, now) in enumerate(zip(last.keys, row_keys, strict=True))
                       if before != now or (now is None and last.rows.get(doc) != rows[doc])]
            if len(changed) * REMADE_ABOVE <= len(rows):
                made = last
                self.before[id(made)] = scored_inputs(made)
                made.replace_rows({doc: (made.row_of(doc), rows[doc]) for doc in changed})
        if made is None:
            made = super().postings(name, fields, ids, rows, keys)
        # the rows without a key kept whole (copied: a consuming bundle empties its rows once indexed)
        self.made[name] = (made, ids, row_keys, {doc: dict(rows[doc]) for doc, key in enumerate(row_keys) if key is None})
        return made

    def unchanged(self, kind: str, postings: Sequence[Postings], context: str) -> set[str] | None:
        if self.made:  # the postings are final: written before the first record
            self.writer.postings(self.made)
            self.made = {}
        changes = [p.changes() for p in postings]
        if any(self.before.get(id(p)) != scored_inputs(p) for p in postings) or any(c is None for c in changes):
            return None
        return set().union(*(c for c in changes if c is not None))

    def by_term(self, kind: str, term: str) -> Encoded | None:
        self._done()
        current = self._at(kind, term)
        if current is None or current[0] != kind or current[1] != term:
            return None
        self.last = list(current)
        return current[3], current[4]

    def _at(self, kind: str, term: str) -> Record | None:
        current = self.current
        if current is not None and current[1] == term and current[0] == kind:  # the record asked for: no order
            return current  # keys made (the loop below would stop at it)
        rank = (KINDS.index(kind), utf16_key(term))
        # each record's order key made once (it was made again at every term asked while it was current)
        while current is not None and (self.rank or self._rank(current)) < rank:
            current = self.current = next(self.old, None)
            self.rank = None
        return current

    def _rank(self, current: Record) -> tuple[int, bytes]:
        self.rank = (KINDS.index(current[0]), utf16_key(current[1]))
        return self.rank

    def _done(self) -> None:
        if self.last is not None:
            self.writer.add(tuple(self.last))
            self.last = None

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        self._done()
        current = self._at(kind, term)
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
                 rows: Sequence[dict[str, TermCounts]], keys: Sequence[str | None] = ()) -> Postings:
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
        made = super().postings(name, fields, ids, rows, keys)
        self.made.postings[name] = (ids, list(rows), made)
        return made

    def unchanged(self, kind: str, postings: Sequence[Postings], context: str) -> set[str] | None:
        """The terms touched since the last bundle (:meth:`Postings.changes`) when every postings of *kind*
        was edited from the last bundle's and the *context* of the scores is the last bundle's; else None."""
        changes = [p.changes() for p in postings]  # each asked, so that the next bundle's start from now
        self.made.contexts[kind] = context
        if self.reused is None or self.reused.contexts.get(kind) != context or any(c is None for c in changes):
            return None
        return set().union(*(c for c in changes if c is not None))

    def by_term(self, kind: str, term: str) -> Encoded | None:
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
