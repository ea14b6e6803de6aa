"""Encoding a search bundle's terms again only when their inputs changed (:class:`Reuse`).

:func:`vanban.search.bundle.build_bundle` asks a :class:`Session` for what a term's entry, an entry's
gzipped size and a document's counted meta tokens were the last time; :data:`FRESH` (one-shot
builds) knows nothing and keeps nothing, :class:`Kept` reads the last bundle's and keeps this one's.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from typing import Any

from ..documents import Document
from ..tokens import meta_tokens

Shown = tuple[str, str, str, str]  # (title, type, number, issuer): all that meta_tokens reads
Encoded = tuple[bytes, dict[int, bytes]]  # a term's entry and its tails by block


class Reuse:
    """What a bundle's terms were encoded to, kept for the next bundle made in the same process.

    A save under ``mkdocs serve`` changes one document: every score is computed again (lunr's BM25
    reads the average field length, which any edit of a body moves), but once rounded most terms'
    postings and scores come out as before, and so would their encoding. A term's entry (its head
    and tail blocks) is a function of its kind, the term, and each field's posting list, scores and
    best documents: :func:`entry_key` digests exactly those, and an entry made from equal inputs is
    taken as made. The gzipped size of an entry (which sizes the hashed shards) is kept by its bytes,
    and a document's counted meta tokens by the four fields :func:`vanban.tokens.meta_tokens` reads.
    Only the last bundle's terms are kept (``Reuse.last``), so the memory is one bundle's entries."""

    last: Reuse | None = None

    def __init__(self) -> None:
        self.entries: dict[bytes, Encoded] = {}  # entry_key → (entry, tail by block)
        self.sizes: dict[bytes, int] = {}  # entry → its length compressed at level 1
        # (title, type, number, issuer) → the counted meta_tokens of a document with them (read, never changed)
        self.meta: dict[Shown, dict[str, Counter[str]]] = {}


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


def counted_meta(doc: Document) -> dict[str, Counter[str]]:
    return {name: Counter(tokens) for name, tokens in meta_tokens(doc).items()}


def gzipped_size(entry: bytes) -> int:
    """What sizes the hashed shards: an entry's length compressed at level 1."""
    return len(zlib.compress(entry, 1))


class Session:
    """What one bundle being made asks of the bundles before it; this one (:data:`FRESH`) knows
    nothing: every term is encoded, every size and meta count computed."""

    keeps = False  # whether entries are looked up and kept (the caller then digests their inputs)

    def meta(self, doc: Document) -> dict[str, Counter[str]]:
        return counted_meta(doc)

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        return None

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        return None

    def size(self, entry: bytes) -> int:
        return gzipped_size(entry)

    def finish(self) -> None:
        """The bundle is made: what it kept is the last one's now."""


FRESH = Session()


class Kept(Session):
    """A session of a process that makes bundles again (``mkdocs serve``'s helper, build-all):
    reads ``Reuse.last``, keeps its own terms in a new :class:`Reuse`, which :meth:`finish` makes the last."""

    keeps = True

    def __init__(self) -> None:
        self.reused = Reuse.last
        self.made = Reuse()

    def meta(self, doc: Document) -> dict[str, Counter[str]]:
        key = shown(doc)
        found = self.reused.meta.get(key) if self.reused is not None else None
        counts = found if found is not None else counted_meta(doc)
        self.made.meta[key] = counts
        return counts

    def found(self, kind: str, term: str, key: bytes) -> Encoded | None:
        found = self.reused.entries.get(key) if self.reused is not None else None
        if found is not None:
            self.made.entries[key] = found
        return found

    def keep(self, kind: str, term: str, key: bytes, encoded: Encoded) -> None:
        self.made.entries[key] = encoded

    def size(self, entry: bytes) -> int:
        size = self.reused.sizes.get(entry) if self.reused is not None else None
        if size is None:
            size = gzipped_size(entry)
        self.made.sizes[entry] = size
        return size

    def finish(self) -> None:
        Reuse.last = self.made  # only this bundle's terms: what the next one may share
