"""The build cache's record of entries found whole: which stored files need no second read.

:mod:`vanban.filestore` reads an entry and checks it against its digest before linking it again (a tool
may have rewritten the site file, and so the entry, in place). What was read and found whole is kept
here by (inode, size, modification time), in memory for this process and in ``verified`` beside the
store's folders for the next one, so a warm build reads again only the entries changed since. Kept apart
from the store because it is its own concern: a process-wide record, read once and written atomically.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from typing import TextIO

_TMP = itertools.count()
# Entries this process has read and found whole, by (inode, size, modification time): a write in place
# changes the time, so an entry seen unchanged since needs no second read (mkdocs serve's rebuilds).
# Paths here are strings joined with "/" from the generation folder's: ~12,000 entries at 1,000 documents,
# as pathlib objects their record cost a warm or edit build ~0.1 s to read and write (parsing, hashing, relative_to).
VERIFIED: dict[str, tuple[int, int, int]] = {}
_RECORDED: dict[str, dict[str, tuple[int, int, int]]] = {}  # generation → its record as read (or last written)
RECORD = "verified"  # the record's name in a generation folder


def _read_record(generation: str) -> dict[str, tuple[int, int, int]]:
    with contextlib.suppress(OSError, ValueError, TypeError, AttributeError, IndexError):
        data = json.loads(_read(f"{generation}/{RECORD}"))
        return {str(name): (int(seen[0]), int(seen[1]), int(seen[2])) for name, seen in data.items()
                if isinstance(seen, list) and len(seen) == 3}
    return {}


def load_record(generation: str) -> None:
    """Read *generation*'s record of verified entries into :data:`VERIFIED`, once per process."""
    if generation in _RECORDED:
        return
    found = _RECORDED[generation] = _read_record(generation)
    prefix = generation + "/"
    for name, seen in found.items():
        VERIFIED.setdefault(prefix + name, seen)


def forget_verified() -> None:
    """Forget what this process verified and read of the records: the store as a new process sees it."""
    VERIFIED.clear()
    _RECORDED.clear()


def save_record(generation: str) -> None:
    """Write *generation*'s record when this process verified entries it did not read there: merged
    with the record as it is now (a render worker's), atomically; a failure only means reading those
    entries again. Names of entries gone are dropped when they outnumber the ones in use."""
    prefix = generation + "/"
    start = len(prefix)
    current = {path[start:]: seen for path, seen in VERIFIED.items()
               if path.startswith(prefix) and path.count("/", start) == 1}  # <generation>/<folder>/<entry>
    if current.items() <= _RECORDED.setdefault(generation, {}).items():
        return
    old = _read_record(generation)
    merged = {**old, **current} if old else current
    if len(merged) > 2 * len(current) + 1000:
        merged = current
    tmp = f"{prefix}.{RECORD}.{os.getpid()}.{next(_TMP)}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            _write_json(handle, merged)
        os.replace(tmp, prefix + RECORD)
        _RECORDED[generation] = merged
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)




def _write_json(handle: TextIO, record: dict[str, tuple[int, int, int]]) -> None:
    """``handle.write(json.dumps(record))`` a few hundred entries at a time: the whole text and the
    encoder's pieces of it were ~4 MB of a cold 1,000-document build's peak memory, reached here at its end."""
    items = list(record.items())
    handle.write("{")
    for start in range(0, len(items), _BATCH):
        handle.write(("," if start else "") + json.dumps(dict(items[start:start + _BATCH]), separators=(",", ":"))[1:-1])
    handle.write("}")


_BATCH = 500


def save_records() -> None:
    """Record what this process verified, in every store folder it used (see ``FileStore.touch``)."""
    for generation in list(_RECORDED):
        save_record(generation)


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return b""
