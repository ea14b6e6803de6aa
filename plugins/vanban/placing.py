"""A build's output files put in the site folder, through the build cache's store when there is one.

Moved out of :mod:`vanban.filestore` (the store itself) with the one step it gained: an output whose
maker is :class:`~vanban.site.Keyed` is looked up by the digest of its inputs first, and when the store
holds the file made from the same inputs it is linked back without being made or hashed (a document's
``index.json`` carries its whole body: making and hashing the 1,270 of them was 0.07 s of CPU of every
warm and edit build at 1,000 documents, and of every ``mkdocs serve`` save, for ~1 changed file).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from .cache import code_fingerprint
from .filestore import FileStore, digest, write_new, write_streamed
from .site import Keyed, Made, StoredFile, Streamed, made_bytes


def place_all(store: FileStore | None, site_dir: str, outputs: Iterable[tuple[str, Made]],
              folders: set[str] | None = None) -> None:
    """Write each (site-relative path, bytes or their maker: :data:`vanban.site.Made`), making each
    folder once (none of *folders*, known to exist); through *store* when there is one."""
    made: set[str] = set(folders or ())
    for rel, entry in outputs:
        target = os.path.join(site_dir, rel)
        if isinstance(entry, Streamed):  # never whole in memory: written, then named by its digest
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            written, name = write_streamed(target, entry)
            if store is not None:
                store.place_written(written, target, name)
            else:
                os.replace(written, target)
            continue
        key = entry.key() if isinstance(entry, Keyed) and store is not None else None
        if key is not None and store is not None and (kept := store.page(key)) is not None:
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            store.site_folders.add(folder)  # restore makes no folder of its own
            store.restore(kept, target)
            continue
        stored = isinstance(entry, StoredFile) and store is not None
        content = b"" if stored else made_bytes(entry)
        name = entry.name if isinstance(entry, StoredFile) else digest(content) if store is not None else ""
        if store is not None and store.already(name, target):
            continue  # mkdocs serve: in place since the last rebuild (its folder too)
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        if stored:  # linked from the store, else read (one file at a time) and written as any other
            assert isinstance(entry, StoredFile) and store is not None
            if store.place_stored(entry, target):
                continue
            content = entry()
        if store is not None:
            store.place(content, target, name)
            if key is not None:
                store.keep_output(key, target, content, name)
        else:
            write_new(target, content)


def has_entries(cache_dir: str) -> bool:
    """Whether the build cache in *cache_dir* holds output files of this code (a warm or edit build)."""
    return os.path.isdir(os.path.join(cache_dir, code_fingerprint(), "site-files"))
