"""A stage's per-document results kept between builds, by the digest of the document whole.

Why: a warm or edit build runs every stage over every document, though one document changed. Where a
stage's result for a document is a function of that document alone (every field of it, and what the
analysis reads from its text, itself a function of the document) and of vanban's code, the result of
the last build is still right for every document whose digest is unchanged: that digest is the one
the analysis cache key made already (the build's :class:`~vanban.fingerprint.Fingerprinter`), so the
lookup costs a dictionary read. A stage that also reads other documents, the graph, the configuration or
the day is kept only with those inputs digested beside the document's (``get(..., also=...)``: the
tracking of a document by the documents that fulfil it, the portal's units and the day).

One file per stage in the cache's generation (``memo-<stage>.pickle``: the code is in the generation's
name), read once through the cache's allowlist (:func:`vanban.cache.loads`), written whole, atomically,
only when an entry was added or dropped (a warm build writes nothing). A file of another shape, or
unreadable, is an empty memo: every result made again, never a wrong one.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from . import lean_pickle
from .cache import code_fingerprint, loads, write_atomic
from .documents import Document
from .fingerprint import Fingerprinter, Unfingerprintable

T = TypeVar("T")

REWRITE_SHARE = 50  # the memo's file is written when one result in this many was made or dropped (or all were)


class DocumentMemo(Generic[T]):
    """The results of one stage by document digest: :meth:`get` each, then :meth:`save` once.
    *accept* says whether a stored result has the shape the stage returns (else the file is ignored);
    no *cache_dir*: nothing kept, every result made."""

    def __init__(self, cache_dir: str, stage: str, fingerprinter: Fingerprinter,
                 accept: Callable[[object], bool]) -> None:
        self.path = Path(cache_dir) / code_fingerprint() / f"memo-{stage}.pickle" if cache_dir else None
        self.fingerprinter = fingerprinter
        self._old = self._read(accept)
        self._new: dict[bytes, T] = {}
        self.made = 0  # results made, not found (tests, logs)

    def _read(self, accept: Callable[[object], bool]) -> dict[bytes, T]:
        if self.path is None:
            return {}
        try:
            value = loads(self.path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError):
            return {}
        if not isinstance(value, dict) or not all(type(k) is bytes and accept(v) for k, v in value.items()):
            return {}
        return value

    def get(self, doc: Document, make: Callable[[], T], also: object = None) -> T:
        """*doc*'s result: the stored one when *doc* is unchanged, else ``make()``. *also*: what else the
        result depends on (other documents, the configuration, the day), digested beside *doc*'s digest."""
        try:
            key = self.fingerprinter.digest(doc)
            if also is not None:
                key += self.fingerprinter.digest(also)
        except Unfingerprintable:
            self.made += 1
            return make()
        if key in self._new:
            return self._new[key]
        if key in self._old:
            found = self._old[key]
        else:
            found = make()
            self.made += 1
        self._new[key] = found
        return found

    def save(self) -> None:
        """Keep the results of this build's documents (only theirs) when they differ from the file's by more
        than one result in :data:`REWRITE_SHARE`: the file is written whole, and an edit build rewrote all
        5,000 results of a 5,000-document corpus (4.6 MB, pickled: 0.1 s) for one; a result not written is
        made again by the next build (one document's stage), until enough have changed to write them all."""
        if self.path is None:
            return
        changed = self.made + sum(1 for key in self._old if key not in self._new)
        if changed * REWRITE_SHARE < len(self._new) or (not changed and self._new.keys() == self._old.keys()):
            return
        # the build goes on holding the results: pickled without changing them (vanban.lean_pickle)
        write_atomic(self.path, lean_pickle.dumps(self._new))  # lost: only the memo
