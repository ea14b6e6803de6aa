"""The search files of a build whose documents did not change, taken from the build cache.

The bundle (:func:`vanban.search.bundle.build_bundle`) is a function of the site's documents in
search order and their search tokens, and the tokens are a function of the document (the analysis
stage's own disk key is ``repr(doc)``): the key here is the digest of every document, whole and in
order (:class:`vanban.fingerprint.Fingerprinter`, the build's: the page keys reuse it), in the
cache's code generation (:func:`vanban.cache.code_fingerprint`), so any change to a document or to
the code is a miss. Remade, the bundle cost a warm build with nothing changed about a second at
1,000 documents; found, its files are checked against their digests (a stat for those verified before) in milliseconds,
and linked into the site from the store, never read by the build.

What is kept (namespace ``search``) is small: the index, its address and each file's path and digest.
The bytes are the build's own output files in :class:`vanban.filestore.FileStore` (``site-files``),
where placing the site put them (or the forked child that made them, :func:`into_store`); a file
missing or changed there makes the entry a miss.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..cache import DiskCache
from ..documents import Document
from ..filestore import FileStore, digest, store_file
from ..fingerprint import Fingerprinter
from ..site import StoredFile, file_bytes
from .bundle import SearchBundle


def bundle_key(docs: Sequence[Document], fingerprinter: Fingerprinter) -> str:
    """Everything the bundle of *docs* (in search order) is made from: every field of every document."""
    return fingerprinter.hexdigest("search", list(docs))


def find(cache_dir: str, key: str) -> SearchBundle | None:
    """The bundle stored under *key*, when it and every one of its files are whole (checked, not read:
    they are linked into the site from the store)."""
    entry = DiskCache(Path(cache_dir), "search").get(key)
    if not isinstance(entry, dict):
        return None
    store = FileStore(Path(cache_dir))
    files: dict[str, StoredFile] = {}
    for path, name in entry.get("files", {}).items():
        found = store.holds(name)
        if found is None:
            return None
        files[path] = found
    return SearchBundle(index=entry["index"], files={}, index_path=entry["index_path"], stored=files)


def into_store(make: Callable[[], SearchBundle], cache_dir: str) -> SearchBundle:
    """*make*'s bundle with its files put in the store of *cache_dir* (:func:`vanban.filestore.store_file`):
    what a forked child sends back, the bytes left behind (12.5 MB at 5,000 documents, held by the build
    from their arrival to the placing); as made when the store cannot take them."""
    bundle = make()
    try:
        files = {path: store_file(cache_dir, file_bytes(path, data)) for path, data in bundle.files.items()}
    except OSError:
        return bundle
    return dataclasses.replace(bundle, files={}, stored={**bundle.stored, **files})


def keep(cache_dir: str, key: str, bundle: SearchBundle | None) -> None:
    """Store *bundle* under *key* (the digests of its files as written; the bytes reach the file store
    when the site is placed, or are there); None: the bundle was found, only marked used. Old entries
    go with the compaction."""
    disk = DiskCache(Path(cache_dir), "search")
    if bundle is None:
        disk.touch([key])
    else:
        files = {path: digest(file_bytes(path, data)) for path, data in bundle.files.items()}
        files.update({path: made.name for path, made in bundle.stored.items()})
        entry: dict[str, Any] = {"index": bundle.index, "index_path": bundle.index_path, "files": files}
        disk.put(key, entry)
    disk.compact()
