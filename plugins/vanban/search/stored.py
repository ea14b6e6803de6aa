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
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cache import DiskCache
from ..documents import Document
from ..filestore import FileStore, digest
from ..fingerprint import Fingerprinter
from .bundle import SearchBundle


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
