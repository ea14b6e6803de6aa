"""Output files kept in the build cache and hard-linked into the site instead of being written again.

Why: on the machines measured (ext4 virtual machines) creating a file costs 0.3–1.3 ms of system
time and a hard link about 0.05 ms, and a 1,000-document site has about 6,300 files: a warm build
spent 2–5 s creating files whose bytes it already had. A cold build pays a link per file to fill the
cache (instead of writing every page a second time).

Two kinds of entry, in the cache's current generation (:func:`vanban.cache.code_fingerprint`):

- ``site-files/<digest>``: an output file (search shards, JSON, ``.ics``, feeds…) named by the
  BLAKE2b digest of its bytes;
- ``site-pages/<key>.<digest>``: a page's HTML under its page key (:mod:`vanban.fingerprint`), the
  digest of the HTML in its name.

Two flat folders (a folder costs as much to create as a file): the entries are links, not copies, so
a cold build adds no file of its own for them.

A hard link *shares* a file with the site: a tool that rewrites a site file in place (an editor, a
plugin after vanban's) rewrites the cached entry too. So an entry is read and checked against its
digest every time before it is linked again (about 0.1 s for 70 MB); one that differs is removed and
the file is written anew. What was read and found whole is recorded by (inode, size, modification
time) in ``verified`` beside the two folders (:mod:`vanban.verified`), so that the next build, in a new process, reads again
only the entries changed since (a write in place changes the time; an entry replaced is a new
inode): reading and hashing 1,900 pages and 3,000 files was a tenth of a warm 1,000-document build.
This module never writes into an existing file (it removes it first), and
the adapter links only into a site folder MkDocs has just emptied, or one whose files MkDocs is
about to write it removed first (``vanban.mkdocs.serve.make_room``), never with ``--dirty``. Where a
link cannot be made (the cache on another file system) the bytes are copied, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import shutil
import time
from pathlib import Path

from .cache import code_fingerprint
from .site import StoredFile, Streamed
from .verified import VERIFIED, load_record, save_record, stat_seen

_TMP = itertools.count()
TOUCH_AFTER = 86400  # seconds: an entry used by a build is marked used when its mark is older (pruning: 30 days)
# mkdocs serve keeps its folder between rebuilds: what each output path was linked to, and that file's
# (inode, size, modification time) then. The same bytes at a path whose file is unchanged need no
# store lookup and no link again (about 3,200 output files at 1,000 documents, each 3–4 system calls).
_PLACED: dict[str, tuple[str, tuple[int, int, int]]] = {}


def _remember(target: str, name: str) -> None:
    with contextlib.suppress(OSError):
        info = os.lstat(target)
        _PLACED[target] = (name, (info.st_ino, info.st_size, info.st_mtime_ns))


def _unchanged(target: str, seen: tuple[int, int, int]) -> bool:
    try:
        info = os.lstat(target)
    except OSError:
        return False
    return (info.st_ino, info.st_size, info.st_mtime_ns) == seen


def digest(data: bytes) -> str:
    """The name of *data* in the store: 40 hex digits of BLAKE2b."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def write_new(target: str, data: bytes) -> None:
    """Write *data* to *target* as a new file: a file already there (maybe a link into the store) is
    removed first, never written through."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags, 0o666)
    except FileExistsError:
        os.unlink(target)
        fd = os.open(target, flags, 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _file_digest(path: str) -> str | None:
    """:func:`digest` of the file at *path*, read piece by piece (None when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=20)).hexdigest()
    except OSError:
        return None


def write_streamed(target: str, made: Streamed) -> tuple[str, str]:
    """Write *made* piece by piece to a new file beside *target*: (its name, the digest of its bytes)."""
    written = f"{target}.{os.getpid()}.{next(_TMP)}.tmp"
    hasher = hashlib.blake2b(digest_size=20)
    try:
        with open(written, "xb") as handle:
            for chunk in made.chunks():
                hasher.update(chunk)
                handle.write(chunk)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(written)
        raise
    return written, hasher.hexdigest()


def _read(path: Path | str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


class FileStore:
    """The stored outputs and pages of one cache folder; *link* False copies instead of linking;
    *remember* (mkdocs serve) what each output path was linked to, for the next rebuild."""

    def __init__(self, root: Path, *, link: bool = True, remember: bool = False) -> None:
        self.generation = root / code_fingerprint()
        self._generation = generation = str(self.generation)
        load_record(generation)
        self.files = generation + "/site-files"  # entries are named by strings (see verified.VERIFIED)
        self.pages = generation + "/site-pages"
        self.link = link
        self.remember = remember and link
        self._folders: set[str] = set()
        self.site_folders: set[str] = set()  # the site's folders known to exist (vanban.folders)
        self._listed: dict[str, str] | None = None  # page key → digest of its stored HTML
        self._used: list[str] = []
        self.linked = 0  # files placed from the store (tests, logs)
        self.checked = 0  # entries read to be checked against their digest (tests)

    # -- output files ------------------------------------------------------------------------------

    def place(self, data: bytes, target: str, name: str = "") -> None:
        """Put *data* at *target*: linked from the store when it holds these bytes, else written and kept.
        *name*: the digest of *data*, when the caller has it (:meth:`already`)."""
        name = name or digest(data)
        if self.already(name, target):
            return
        entry = f"{self.files}/{name}"
        if self.link and self._intact(entry, name, data) and self._link(entry, target):
            if self.remember:
                _remember(target, name)
            return
        write_new(target, data)
        self._keep(target, entry, data)
        if self.remember:
            _remember(target, name)

    def place_written(self, written: str, target: str, name: str) -> None:
        """Put the bytes of the file *written* (a temporary name; *name* their digest) at *target*, as
        :meth:`place` puts bytes: *written* becomes the file, or is removed when the store has them."""
        try:
            if self.already(name, target):
                return
            entry = f"{self.files}/{name}"
            if not (self.link and self._intact(entry, name) and self._link(entry, target)):
                os.replace(written, target)
                self._keep(target, entry, None)
            if self.remember:
                _remember(target, name)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(written)

    def already(self, name: str, target: str) -> bool:
        """mkdocs serve: whether *target* is the file the last rebuild placed there for *name* (output bytes of
        that digest, or a stored page's entry name), untouched since: nothing to do, not even its folder."""
        placed = _PLACED.get(target) if self.remember else None
        if placed is not None and placed[0] == name and _unchanged(target, placed[1]):
            self.linked += 1
            return True
        return False

    def holds(self, name: str) -> StoredFile | None:
        """The output file stored under the digest *name*, when it is there and whole (not read into memory)."""
        if len(name) != 40 or not name.isalnum() or not self._intact(f"{self.files}/{name}", name):
            return None
        return StoredFile(self.files, name)

    def place_stored(self, made: StoredFile, target: str) -> bool:
        """Link the stored file *made* at *target* (its folder made); False when it must be written instead
        (another store's, no links, the entry gone or changed)."""
        entry = f"{made.folder}/{made.name}"
        if made.folder != self.files or not (self.link and self._intact(entry, made.name) and self._link(entry, target)):
            return False
        if self.remember:
            _remember(target, made.name)
        return True

    # -- pages -------------------------------------------------------------------------------------

    def page(self, key: str) -> str | None:
        """The stored HTML of the page *key*, when there is one and it is intact."""
        listed = self._pages()
        found = listed.get(key)
        if found is None:
            return None
        entry = f"{self.pages}/{key}.{found}"
        if not self._intact(entry, found):
            del listed[key]
            return None
        return entry

    def holds_pages(self) -> bool:
        """Whether any page is stored (none: a cold build, every page is rendered)."""
        return bool(self._pages())

    def _pages(self) -> dict[str, str]:
        if self._listed is None:
            self._listed = {}
            with contextlib.suppress(OSError), os.scandir(self.pages) as items:
                for item in items:
                    key, dot, name = item.name.partition(".")
                    if dot and len(name) == 40 and item.is_file(follow_symlinks=False):
                        self._listed[key] = name
        return self._listed

    def restore(self, entry: str, target: str) -> None:
        """Put a stored page at *target*."""
        name = os.path.basename(entry)
        if self.already(name, target):  # mkdocs serve: ~1,900 pages kept at each save at 1,000 documents
            return
        folder = os.path.dirname(target)
        if folder not in self.site_folders:
            os.makedirs(folder, exist_ok=True)
        if not (self.link and self._link(entry, target)):
            data = _read(entry)
            if data is None:
                raise OSError(f"cache: mất tệp {entry}")
            write_new(target, data)
        if self.remember:
            _remember(target, name)

    def keep_page(self, key: str, target: str) -> None:
        """Keep the page MkDocs wrote at *target* under *key* (nothing when it wrote none)."""
        data = _read(target)
        if not data or not data.strip():
            return
        name = digest(data)
        self._keep(target, f"{self.pages}/{key}.{name}", data)
        self._pages()[key] = name
        if self.remember:
            _remember(target, f"{key}.{name}")

    def keep_output(self, key: str, target: str, data: bytes, name: str) -> None:
        """Keep the output file just placed at *target* (*data*, their digest *name*) under *key* too
        (:class:`vanban.site.Keyed`): found by :meth:`page` and put back by :meth:`restore` next time."""
        self._keep(target, f"{self.pages}/{key}.{name}", data)
        self._pages()[key] = name

    # -- shared ------------------------------------------------------------------------------------

    def _intact(self, entry: str, name: str, data: bytes | None = None) -> bool:
        """Whether *entry* holds the bytes named *name* (*data*, when the caller has them); an entry
        that was changed in place is removed."""
        try:
            info = os.stat(entry)
        except OSError:
            return False
        seen = stat_seen(info)
        if info.st_mtime < time.time() - TOUCH_AFTER:  # marked used now and then, not at every build
            self._used.append(entry)
        if VERIFIED.get(entry) == seen:
            return True
        self.checked += 1
        found = _read(entry) if data is not None else None
        if (found == data) if data is not None else (_file_digest(entry) == name):
            VERIFIED[entry] = seen
            return True
        with contextlib.suppress(OSError):
            os.unlink(entry)
        return False

    def _link(self, entry: str, target: str) -> bool:
        try:
            os.link(entry, target)
        except FileExistsError:
            with contextlib.suppress(OSError):
                if os.path.samefile(entry, target):  # mkdocs serve: still the file of the last rebuild
                    self.linked += 1
                    return True
                os.unlink(target)
            try:
                os.link(entry, target)
            except OSError:
                return False
        except OSError:
            return False
        self.linked += 1
        return True

    def _keep(self, target: str, entry: str, data: bytes | None) -> None:
        """Make *entry* the file at *target* (a link, or a copy of *data*, else of the file), atomically;
        a failure only loses the entry."""
        folder, name = os.path.split(entry)
        tmp = f"{folder}/.{name}.{os.getpid()}.{next(_TMP)}.tmp"
        try:
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            if self.link:
                # A link appears whole or not at all and *target* is complete: no temporary name to
                # rename (a rename per output file on a cold build). An entry already there (another
                # build's) is replaced below; where no link can be made, the bytes are copied below.
                with contextlib.suppress(OSError):
                    os.link(target, entry)
                    self._verified(entry)
                    return
            try:
                if not self.link:
                    raise OSError
                os.link(target, tmp)
            except OSError:
                if data is None:
                    shutil.copyfile(target, tmp)
                else:
                    write_new(tmp, data)
            os.replace(tmp, entry)
            self._verified(entry)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    @staticmethod
    def _verified(entry: str) -> None:
        """Record *entry*, just written whole by this module, as verified."""
        with contextlib.suppress(OSError):
            info = os.stat(entry)
            VERIFIED[entry] = stat_seen(info)

    def touch(self, *, record: bool = True) -> None:
        """Mark the entries this build read as used now, so pruning keeps them; *record* the entries
        verified (:data:`vanban.verified.RECORD`); mkdocs serve records them once, when it stops
        (:func:`vanban.verified.save_records`)."""
        now = time.time()
        used, self._used = self._used, []
        for entry in used:
            with contextlib.suppress(OSError):
                info = os.stat(entry)
                os.utime(entry, (now, now))
                if VERIFIED.get(entry) == stat_seen(info):
                    self._verified(entry)  # its new time: still whole
        if record:
            save_record(self._generation)


def store_file(cache_dir: str, data: bytes) -> StoredFile:
    """Keep *data* in the store of the build cache *cache_dir* as an entry of its own, before any site
    file is made of it: what a forked child that made it hands back instead of the bytes (no record of
    verified entries read: a child's would be lost)."""
    files = f"{Path(cache_dir) / code_fingerprint()}/site-files"
    name = digest(data)
    entry = f"{files}/{name}"
    if _file_digest(entry) != name:
        os.makedirs(files, exist_ok=True)
        tmp = f"{files}/.{name}.{os.getpid()}.{next(_TMP)}.tmp"
        try:
            write_new(tmp, data)
            os.replace(tmp, entry)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return StoredFile(files, name)
