"""A build cache kept on disk between builds, so unchanged documents are not analysed again.

A warm build must be byte-identical to a cold one, so an entry is found only by a key that
holds everything the cached value was computed from: the SHA-256 of the input (the caller's
key) and the *code fingerprint*, a hash of every source file of the vanban package and of the
Python version. Any change to the code starts a new generation; the old ones are pruned.

Layout: ``<root>/<fingerprint>/<namespace>/<unique>.pack``, a few files each holding many
entries (:class:`DiskCache`). A pack is written to a temporary file and renamed into place
(``os.replace`` is atomic), so an interrupted build leaves at worst a stray ``*.tmp`` file, never
a half-written pack under a real name; an entry that does not unpickle is treated as missing and
written again. Pruning removes packs no build used for :data:`STALE_DAYS`; a namespace that has
gathered more than :data:`MAX_PACKS` packs is compacted by the next build into one pack of the
entries it used.

Values are pickled (the analyses are trees of frozen dataclasses, counters and dates). A cache
directory may be restored by CI from an artifact, so unpickling is restricted to an allowlist
of classes (Python's documented "restricting globals" pattern): a planted file can name no
function to call, only rebuild vanban's own data classes (their own ``__init__`` or ``__new__``) and
a few builtin containers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import io
import itertools
import os
import pickle
import secrets
import shutil
import stat
import sys
import tempfile
import time
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from . import lean_pickle
from .arrival import LEDGER

DEFAULT_DIR = ".cache/vanban"
STALE_DAYS = 30  # packs of the current generation unused for this long are pruned
MAX_PACKS = 12  # more packs in a namespace than this: the build that finds them compacts them into one
FLUSH_BYTES = 64 << 20  # a process writes a pack when it holds this many bytes of new entries, and at the end
PACK_SUFFIX = ".pack"
MAGIC = b"vbpack1\n"

_TMP_NAMES = itertools.count()


def write_atomic(path: Path, data: bytes) -> bool:
    """*data* in *path*, atomically (a hidden temporary file renamed into place: a reader sees the old file or the new
    one); False, and nothing left behind, when the disk refuses (read-only, full): a cache only loses an entry."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_TMP_NAMES)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


_SAFE_GLOBALS = {
    ("builtins", "dict"), ("builtins", "list"), ("builtins", "tuple"), ("builtins", "set"),
    ("builtins", "frozenset"), ("builtins", "str"), ("builtins", "bytes"), ("builtins", "int"),
    ("builtins", "float"), ("builtins", "bool"),
    ("collections", "Counter"), ("collections", "OrderedDict"),
    ("datetime", "date"), ("datetime", "datetime"),
}


_ALLOWED: dict[tuple[str, str], Any] = {}  # the globals let through, by (module, name): each judged once a process


class _RestrictedUnpickler(lean_pickle.TextReader):
    """Rebuilds only plain containers and vanban's own data classes (dataclasses and enums), and texts."""

    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is not None:  # a warm build reads ~2,000 entries, five globals each, at 1,000 documents
            return found
        if (module, name) in _SAFE_GLOBALS:
            found = _ALLOWED[module, name] = super().find_class(module, name)
            return found
        if module.split(".", 1)[0] == "vanban" and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                _ALLOWED[module, name] = found
                return found
        raise pickle.UnpicklingError(f"cache: {module}.{name} không được phép")


def loads(data: bytes) -> Any:
    """Unpickle *data*, refusing any global that is not on the allowlist."""
    return _RestrictedUnpickler(io.BytesIO(data)).load()


_SOURCES = frozenset({".py", ".json", ".yml", ".yaml"})


@functools.cache
def code_fingerprint() -> str:
    """A hash of vanban's source files and the Python version: what every cached value depends on.
    Each file's path relative to the package, in the order of its parts, then its bytes. Walked as strings
    (``os.walk``), not path objects: every process makes it, and ``Path.rglob``, sorting ``Path`` objects and
    their ``relative_to`` took 0.017 of its 0.025 s of CPU (~300 files, their bytecode folders included)."""
    package = os.path.dirname(os.path.realpath(__file__))
    names: list[list[str]] = []
    for folder, _, files in os.walk(package):
        inside = os.path.relpath(folder, package).split(os.sep) if folder != package else []
        names.extend([*inside, name] for name in files if os.path.splitext(name)[1] in _SOURCES
                     and os.path.isfile(os.path.join(folder, name)))
    digest = hashlib.sha256(sys.version.encode())
    for parts in sorted(names):
        relative = "/".join(parts)
        digest.update(relative.encode() + b"\0")
        with open(os.path.join(package, *parts), "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()[:20]


def content_key(*parts: str | int) -> str:
    """The SHA-256 of *parts* (each delimited, so ``("ab", "c")`` and ``("a", "bc")`` differ)."""
    digest = hashlib.sha256()
    for part in parts:
        data = str(part).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class DiskCache:
    """One namespace of the cache (``analysis``, ``pages`` …) for the current code generation.

    Entries are kept in *pack files*: what one process stored, written at once as one file
    (``<namespace>/<unique>.pack``: the entries' bytes, then an index of key, offset and length,
    then the index's offset and a magic number). Creating a file costs 0.3–1.3 ms on the build
    machines we measured; a cold 1,000-document build stored 2,800 entries, one file each. A pack
    is written aside and renamed into place, so an interruption loses at worst the entries not yet
    written, and a pack that is not whole (bad magic, index out of range) is skipped.
    """

    def __init__(self, root: Path, namespace: str) -> None:
        self.root = root
        self.folder = root / code_fingerprint() / namespace
        self.hits = 0
        self.misses = 0
        self._index: dict[str, tuple[int, int, int]] | None = None  # key → (pack number, offset, length)
        self._packs: list[tuple[Path, int]] = []  # the packs read: path and an open descriptor
        self._writer: BinaryIO | None = None  # the pack being written, and where its entries are
        self._table: dict[str, tuple[int, int]] = {}
        self._tmp = ""
        self._offset = 0
        self._pid = 0
        _OPEN.add(self)

    def _load(self) -> dict[str, tuple[int, int, int]]:
        """The index of every whole pack of the namespace, read once; each pack is kept open, so that
        another process's compaction (which unlinks it) cannot take an entry away from this build."""
        if self._index is not None:
            return self._index
        index: dict[str, tuple[int, int, int]] = {}
        try:
            names = sorted(p for p in self.folder.iterdir() if p.suffix == PACK_SUFFIX)
        except OSError:
            names = []
        for path in names:
            self._open_pack(path, index)
        self._index = index
        return index

    def _open_pack(self, path: Path, index: dict[str, tuple[int, int, int]]) -> None:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size < len(MAGIC) + 8:
                raise ValueError(path)
            tail = os.pread(fd, len(MAGIC) + 8, info.st_size - len(MAGIC) - 8)
            start = int.from_bytes(tail[:8], "big")
            if tail[8:] != MAGIC or start > info.st_size - len(tail):
                raise ValueError(path)
            table = os.pread(fd, info.st_size - len(tail) - start, start).decode("ascii").split("\n")
            number = len(self._packs)
            found = {}
            for line in filter(None, table):
                key, offset, length = line.split(" ")
                if int(offset) + int(length) > start:
                    raise ValueError(path)
                found[key] = (number, int(offset), int(length))
        except (OSError, ValueError, UnicodeDecodeError):
            os.close(fd)
            return
        self._packs.append((path, fd))
        index.update(found)

    def get_bytes(self, key: str) -> bytes | None:
        """The bytes stored under *key* (a page's HTML), or None."""
        if key in self._table and self._writer is not None:
            offset, length = self._table[key]
            fd = self._writer.fileno()
        else:
            where = self._load().get(key)
            if where is None:
                return None
            number, offset, length = where
            fd = self._packs[number][1]
        try:
            data = os.pread(fd, length, offset)
        except OSError:
            return None
        if len(data) != length:
            return None
        _used(self.folder).add(key)
        return data

    def get(self, key: str) -> Any | None:
        """The value stored under *key*, or None (also for an unreadable or refused entry)."""
        data = self.get_bytes(key)
        try:
            if data is None:
                raise EOFError(key)
            value = loads(data)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any, *, held: bool = False) -> None:
        """Store *value* (pickled); it is written with the next :meth:`flush`. *held*: the caller goes on
        holding *value*, whose texts are then written without a UTF-8 copy left in each (:mod:`.lean_pickle`)."""
        self.put_bytes(key, lean_pickle.dumps(value) if held else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_bytes(self, key: str, data: bytes) -> None:
        """Store *data* as it is (a page's HTML): appended to this process's pack being written (on
        disk, not in memory), which :meth:`flush` completes; a failure to write (read-only disk, full
        disk) only loses the entries."""
        if not key or not key.isascii() or any(c in key for c in " \n"):
            raise ValueError(f"cache: khóa không hợp lệ {key!r}")
        if self._pid != os.getpid():  # a forked child never writes into its parent's pack
            self._reset()
        try:
            if self._writer is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                fd, self._tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
                # Unbuffered: nothing of one process's pack sits in a buffer a forked child could write.
                self._writer, self._offset, self._pid = os.fdopen(fd, "w+b", buffering=0), 0, os.getpid()
            _write_all(self._writer, data)
        except OSError:
            self._abandon()
            return
        self._table[key] = (self._offset, len(data))
        self._offset += len(data)
        _used(self.folder).add(key)

    def has(self, key: str) -> bool:
        return key in self._table or key in self._load()

    def keys(self) -> set[str]:
        """Every key stored (for tests and reports)."""
        return set(self._load()) | set(self._table)

    def flush(self) -> None:
        """Complete the pack being written (its index and footer) and rename it into place."""
        if self._writer is None or self._pid != os.getpid():  # a forked child never completes its parent's pack
            self._reset()
            return
        try:
            table = "".join(f"{k} {o} {n}\n" for k, (o, n) in self._table.items()).encode("ascii")
            _write_all(self._writer, table + self._offset.to_bytes(8, "big") + MAGIC)
            self._writer.close()
            path = self.folder / f"{os.getpid()}-{time.time_ns()}-{secrets.token_hex(4)}{PACK_SUFFIX}"
            os.replace(self._tmp, path)
        except OSError:
            self._abandon()
            return
        self._reset()
        if self._index is not None:
            self._open_pack(path, self._index)

    def _abandon(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(OSError):
                self._writer.close()
        if self._tmp:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
        self._reset()

    def _reset(self) -> None:
        """No pack being written (after it was completed, abandoned, or belongs to a parent process)."""
        self._writer, self._table, self._tmp = None, {}, ""

    def touch(self, keys: Iterable[str]) -> None:
        """Mark *keys* as used now: their packs are kept by pruning, they by compaction."""
        index = self._load()
        used = _used(self.folder)
        packs = set()
        for key in keys:
            if key in index:
                used.add(key)
                packs.add(index[key][0])
        now = time.time()
        for number in packs:
            with contextlib.suppress(OSError):
                os.utime(self._packs[number][0], (now, now))

    def compact(self, limit: int = MAX_PACKS) -> None:
        """Flush; then, when the namespace holds more than *limit* packs, write the entries this
        process used or stored as one pack and remove the packs read before (entries that no build
        used since are dropped: pruning). Only the process that owns the build calls it, at the end."""
        self.flush()
        index = self._load()
        try:
            count = sum(1 for p in self.folder.iterdir() if p.suffix == PACK_SUFFIX)
        except OSError:
            return
        if count <= limit:
            return
        old = [path for path, _ in self._packs]
        for key in sorted(_used(self.folder) & index.keys()):
            data = self.get_bytes(key)
            if data is not None:
                self.put_bytes(key, data)
        self.flush()
        if self._writer is None and not self._tmp:
            for path in old:
                with contextlib.suppress(OSError):
                    path.unlink()


def _write_all(handle: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[handle.write(view) or 0:]


_OPEN: weakref.WeakSet[DiskCache] = weakref.WeakSet()
_USED: dict[Path, set[str]] = {}


def _used(folder: Path) -> set[str]:
    """The keys of *folder* this process read or stored (kept by :meth:`DiskCache.compact`)."""
    return _USED.setdefault(folder, set())


def flush_all() -> None:
    """Write every cache's pending entries (a forked page worker, before it exits)."""
    for cache in list(_OPEN):
        cache.flush()


PRUNE_EVERY = 86400.0  # seconds: the adapter walks the current generation's entries at most this often
PRUNED = ".pruned"  # a generation's mark: when its entries were last walked


def prune(root: Path, stale_days: float = STALE_DAYS, *, walk_every: float = 0.0) -> int:
    """Remove other code generations, temporary files and packs unused for *stale_days*; the count removed.

    *walk_every*: seconds; the current generation's entries (a file per page and output file: 5,000 at
    1,000 documents, 0.15 s of CPU and twice that in wall time) are walked only when its mark is older,
    so a build a minute after the last does not walk them again. Entries are marked used at most daily
    and pruned after *stale_days*: a daily walk removes them as surely."""
    removed = 0
    if not root.is_dir() or root.is_symlink():
        return 0
    current = code_fingerprint()
    now = time.time()
    limit = now - stale_days * 86400
    mark = root / current / PRUNED
    with contextlib.suppress(OSError):
        if walk_every > 0 and mark.stat().st_mtime > now - walk_every:
            walk_every = -1.0  # walked recently: the other generations only
    for generation in root.iterdir():
        if generation.name == LEDGER:  # not a cache entry: the addresses' history (vanban.arrival)
            continue
        if generation.name != current:
            if generation.is_dir() and not generation.is_symlink():
                shutil.rmtree(generation, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    generation.unlink()
            removed += 1
            continue
        if walk_every < 0:
            continue
        for path in generation.rglob("*"):
            if path.is_file() and not path.is_symlink() and path != mark:
                with contextlib.suppress(OSError):
                    if path.suffix == ".tmp" or path.stat().st_mtime < limit:
                        path.unlink()
                        removed += 1
        if walk_every > 0:
            with contextlib.suppress(OSError):
                mark.touch()
    return removed
