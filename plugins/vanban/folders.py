"""A site's folders made by a forked child while the build goes on.

Why: a build into an empty site folder (CI restores the build cache, not ``site/``) makes a folder for
every page and output before it links the stored file into it: 1,800 folders at 1,000 documents, each
a directory block and inode the file system allocates (about 0.1 ms of system time), a tenth of a
warm build. Nothing the build computes meanwhile needs them (keying the pages, the navigation), so a
child (:class:`vanban.parallel.Background`) makes them on the other core, from the paths the core
knows once the site model is built; the writers that follow skip the folders :meth:`Folders.wait`
says exist. Where no child can be forked, or it fails, they are made here: the same folders either way.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable

from .parallel import Background


def make_folders(folders: Iterable[str]) -> None:
    """Make each folder (a parent before its children, as sorted paths come), quietly when it exists."""
    for folder in folders:
        try:
            os.mkdir(folder)
        except FileExistsError:
            pass
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)


class Folders:
    """The folders of *paths* (files relative to *site_dir*), being made in the background."""

    def __init__(self, site_dir: str, paths: Iterable[str]) -> None:
        self.folders = sorted({os.path.dirname(os.path.normpath(os.path.join(site_dir, path))) for path in paths})
        self._work: Background[None] | None = Background(functools.partial(make_folders, self.folders))

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
