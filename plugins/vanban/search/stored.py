"""The search files of a build whose documents did not change, taken from the build cache.

The bundle (:func:`vanban.search.bundle.build_bundle`) is a function of the site's documents in
search order and their search tokens, and the tokens are a function of the document (the analysis
stage's own disk key is ``repr(doc)``): the key here is the digest of every document, whole and in
order (:class:`vanban.fingerprint.Fingerprinter`, the build's: the page keys reuse it), in the
cache's code generation (:func:`vanban.cache.code_fingerprint`), so any change to a document or to
the code is a miss. Remade, the bundle cost a warm build with nothing changed about a second at
1,000 documents; found, its files are read back (checked against their digests) in milliseconds.

What is kept (namespace ``search``) is small: the index, its address and each file's path and digest.
The bytes are the build's own output files in :class:`vanban.filestore.FileStore` (``site-files``),
where placing the site put them; a file missing or changed there makes the entry a miss.

A bundle that must be made again (a document changed) starts from the encoding of the last one
(:class:`vanban.search.bundle.Reuse`, one file per code generation, :func:`read_reuse` /
:func:`write_reuse`): each entry in it is found only by the digest of the very inputs it was made
from, so a stale or foreign file can make a build slower, never different.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cache import DiskCache, code_fingerprint, loads
from ..documents import Document
from ..filestore import FileStore, digest
from ..fingerprint import Fingerprinter
from .bundle import Reuse, SearchBundle

REUSE_FILE = "search-reuse.pickle"  # in the generation's folder; pruned with it (or when unused for 30 days)


def bundle_key(docs: Sequence[Document], fingerprinter: Fingerprinter) -> str:
    """Everything the bundle of *docs* (in search order) is made from: every field of every document."""
    return fingerprinter.hexdigest("search", list(docs))


def find(cache_dir: str, key: str) -> SearchBundle | None:
    """The bundle stored under *key*, when it and every one of its files are whole."""
    entry = DiskCache(Path(cache_dir), "search").get(key)
    if not isinstance(entry, dict):
        return None
    store = FileStore(Path(cache_dir))
    files: dict[str, bytes] = {}
    for path, name in entry.get("files", {}).items():
        data = store.stored(name)
        if data is None:
            return None
        files[path] = data
    return SearchBundle(index=entry["index"], files=files, index_path=entry["index_path"])


def keep(cache_dir: str, key: str, bundle: SearchBundle | None) -> None:
    """Store *bundle* under *key* (its files' digests; the bytes reach the file store when the site
    is placed); None: the bundle was found, only marked used. Old entries go with the compaction."""
    disk = DiskCache(Path(cache_dir), "search")
    if bundle is None:
        disk.touch([key])
    else:
        entry: dict[str, Any] = {"index": bundle.index, "index_path": bundle.index_path,
                                 "files": {path: digest(data) for path, data in bundle.files.items()}}
        disk.put(key, entry)
    disk.compact()


def reuse_path(cache_dir: str) -> Path:
    """Where a build with the cache *cache_dir* keeps its search files' encoding (:func:`write_reuse`)."""
    return Path(cache_dir) / code_fingerprint() / REUSE_FILE


def read_reuse(cache_dir: str) -> Reuse | None:
    """The encoding the last bundle made with this cache left (:func:`write_reuse`), or None when there
    is none or it is not whole (read through the cache's restricted unpickler, every value's kind checked)."""
    try:
        entries, sizes, meta = loads(reuse_path(cache_dir).read_bytes())
        reuse = Reuse()
        for key, (entry, tails) in entries.items():
            if not (type(key) is bytes and type(entry) is bytes and type(tails) is dict
                    and all(type(b) is int and type(t) is bytes for b, t in tails.items())):
                return None
            reuse.entries[key] = (entry, tails)
        for entry, size in sizes.items():
            if not (type(entry) is bytes and type(size) is int):
                return None
            reuse.sizes[entry] = size
        for shown, counts in meta.items():
            if not (type(shown) is tuple and len(shown) == 4 and all(type(s) is str for s in shown)
                    and type(counts) is dict and all(type(name) is str and type(c) is Counter and
                                                     all(type(t) is str and type(n) is int for t, n in c.items())
                                                     for name, c in counts.items())):
                return None
            reuse.meta[shown] = counts
        return reuse
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
            IndexError, KeyError):
        return None


def write_reuse(cache_dir: str, reuse: Reuse) -> None:
    """Keep *reuse* for the next build, written aside and renamed into place (a failure only loses it)."""
    target = reuse_path(cache_dir)
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")  # pruned if left by an interruption
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((reuse.entries, reuse.sizes, reuse.meta), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
