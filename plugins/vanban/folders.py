"""A site's folders, and the output files already final, placed by a forked child while the build goes on.

Why: a build into an empty site folder (CI restores the build cache, not ``site/``) makes a folder for
every page and output before it links the stored file into it: 1,800 folders at 1,000 documents, each
a directory block and inode the file system allocates (about 0.1 ms of system time), a tenth of a
warm build. Nothing the build computes meanwhile needs them (keying the pages, the navigation), so a
child (:class:`vanban.parallel.Background`) makes them on the other core, from the paths the core
knows once the site model is built; the writers that follow skip the folders :meth:`Folders.wait`
says exist. A warm or edit build's output files (3,000 JSON, calendars and feeds at 1,000 documents,
~0.2 s of making, hashing and linking) are final by then too: the child places them as well, through
the build cache's store. Where no child can be forked, or it fails, this process does the same: the
same files either way.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from .filestore import FileStore
from .parallel import Background
from .placing import place_all
from .site import Made


def make_folders(folders: Iterable[str]) -> None:
    """Make each folder (a parent before its children, as sorted paths come), quietly when it exists."""
    for folder in folders:
        try:
            os.mkdir(folder)
        except FileExistsError:
            pass
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)


def place(folders: Sequence[str], site_dir: str, outputs: Sequence[tuple[str, Made]], cache_dir: str) -> None:
    """Make *folders*, then write *outputs* through the store of *cache_dir* (its record of what it
    verified kept for the next build, as a render worker keeps it)."""
    make_folders(folders)
    if outputs:
        store = FileStore(Path(cache_dir)) if cache_dir else None
        place_all(store, site_dir, outputs, set(folders))
        if store is not None:
            store.touch()


class Folders:
    """The folders of *paths* (files relative to *site_dir*), and *outputs* (final, none of them a
    path MkDocs writes) placed through the store of *cache_dir*, in the background."""

    def __init__(self, site_dir: str, paths: Iterable[str], outputs: Sequence[tuple[str, Made]] = (),
                 cache_dir: str = "") -> None:
        self.folders = sorted({os.path.dirname(os.path.normpath(os.path.join(site_dir, path)))
                               for path in [*paths, *(rel for rel, _ in outputs)]})
        self._work: Background[None] | None = Background(
            functools.partial(place, self.folders, site_dir, outputs, cache_dir))

    def wait(self) -> set[str]:
        """The folders made (waiting for the child, once)."""
        if self._work is not None:
            self._work.result()  # made here instead if the child failed
            self._work = None
        return set(self.folders)

    def abandon(self) -> None:
        """The build failed: stop making them."""
        if self._work is not None:
            self._work.abandon()
            self._work = None
