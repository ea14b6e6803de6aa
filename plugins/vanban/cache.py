"""A build cache kept on disk between builds, so unchanged documents are not analysed again.

A warm build must be byte-identical to a cold one, so an entry is found only by a key that
holds everything the cached value was computed from: the SHA-256 of the input (the caller's
key) and the *code fingerprint*, a hash of every source file of the vanban package and of the
Python version. Any change to the code starts a new generation; the old ones are pruned.

Layout: ``<root>/<fingerprint>/<namespace>/<2 hex>/<62 hex>``. An entry is written to a
temporary file and renamed into place (``os.replace`` is atomic), so an interrupted build
leaves at worst a stray ``*.tmp`` file, never a half-written entry under a real name; a file
that does not unpickle is treated as missing and written again.

Values are pickled (the analyses are trees of frozen dataclasses, counters and dates). A cache
directory may be restored by CI from an artifact, so unpickling is restricted to an allowlist
of classes (Python's documented "restricting globals" pattern): a planted file can name no
function to call, only rebuild vanban's own data classes and a few builtin containers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import io
import os
import pickle
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DEFAULT_DIR = ".cache/vanban"
STALE_DAYS = 30  # entries of the current generation unused for this long are pruned

_SAFE_GLOBALS = {
    ("builtins", "dict"), ("builtins", "list"), ("builtins", "tuple"), ("builtins", "set"),
    ("builtins", "frozenset"), ("builtins", "str"), ("builtins", "bytes"), ("builtins", "int"),
    ("builtins", "float"), ("builtins", "bool"),
    ("collections", "Counter"), ("collections", "OrderedDict"),
    ("datetime", "date"), ("datetime", "datetime"),
}


class _RestrictedUnpickler(pickle.Unpickler):
    """Rebuilds only plain containers and vanban's own data classes (dataclasses and enums)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        if module.split(".", 1)[0] == "vanban" and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                return found
        raise pickle.UnpicklingError(f"cache: {module}.{name} không được phép")


def loads(data: bytes) -> Any:
    """Unpickle *data*, refusing any global that is not on the allowlist."""
    return _RestrictedUnpickler(io.BytesIO(data)).load()


@functools.cache
def code_fingerprint() -> str:
    """A hash of vanban's source files and the Python version: what every cached value depends on."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yml", ".yaml"}:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
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
    """One namespace of the cache (``analysis``, ``bodies`` …) for the current code generation."""

    def __init__(self, root: Path, namespace: str) -> None:
        self.root = root
        self.folder = root / code_fingerprint() / namespace
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key[2:]

    def get(self, key: str) -> Any | None:
        """The value stored under *key*, or None (also for an unreadable or refused entry)."""
        path = self._path(key)
        try:
            with path.open("rb") as handle:
                value = loads(handle.read())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        """Store *value*; a failure to write (read-only disk, full disk) only loses the entry."""
        self.put_bytes(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_bytes(self, key: str, data: bytes) -> None:
        """Store *data* as it is (a page's HTML), atomically: written aside, then renamed into place."""
        path = self._path(key)
        tmp = ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def file_of(self, key: str) -> Path | None:
        """The file holding the bytes stored under *key*, if there is one (a regular file, not a link)."""
        path = self._path(key)
        try:
            info = path.lstat()
        except OSError:
            return None
        return path if stat.S_ISREG(info.st_mode) else None

    def touch(self, keys: Iterable[str]) -> None:
        """Mark *keys* as used now, so pruning keeps what a build still reads."""
        now = time.time()
        for key in keys:
            with contextlib.suppress(OSError):
                os.utime(self._path(key), (now, now))


def prune(root: Path, stale_days: float = STALE_DAYS) -> int:
    """Remove other code generations, temporary files and entries unused for *stale_days*; the count removed."""
    removed = 0
    if not root.is_dir() or root.is_symlink():
        return 0
    current = code_fingerprint()
    limit = time.time() - stale_days * 86400
    for generation in root.iterdir():
        if generation.name != current:
            if generation.is_dir() and not generation.is_symlink():
                shutil.rmtree(generation, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    generation.unlink()
            removed += 1
            continue
        for path in generation.rglob("*"):
            if path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):
                    if path.suffix == ".tmp" or path.stat().st_mtime < limit:
                        path.unlink()
                        removed += 1
    return removed
