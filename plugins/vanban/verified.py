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
from collections.abc import Iterable, Iterator
from typing import TextIO

_TMP = itertools.count()
# Entries this process has read and found whole, by (inode, size, modification time): a write in place
# changes the time, so an entry seen unchanged since needs no second read (mkdocs serve's rebuilds).
# Paths here are strings joined with "/" from the generation folder's: ~12,000 entries at 1,000 documents,
# as pathlib objects their record cost a warm or edit build ~0.1 s to read and write (parsing, hashing, relative_to).
VERIFIED: dict[str, tuple[int, int, int]] = {}
# generation → what its record was when this process read or last wrote it: the file's (inode, size, modification
# time), how many entries, and the sum of their hashes. Not the entries themselves: VERIFIED holds them, and a
# second copy of every name was ~4 MB of a 5,000-document build's peak, and reading the record again to merge
# it at the build's end as much again (it is read again only when another process wrote it since).
_RECORDED: dict[str, tuple[tuple[int, int, int] | None, int, int]] = {}
RECORD = "verified"  # the record's name in a generation folder


def _read_record(generation: str) -> dict[str, tuple[int, int, int]]:
    with contextlib.suppress(OSError, ValueError, TypeError, AttributeError, IndexError):
        data = json.loads(_read(f"{generation}/{RECORD}"))
        return {str(name): (int(seen[0]), int(seen[1]), int(seen[2])) for name, seen in data.items()
                if isinstance(seen, list) and len(seen) == 3}
    return {}


def _file(path: str) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _summary(items: Iterable[tuple[str, tuple[int, int, int]]]) -> tuple[int, int]:
    """How many entries and the sum of their hashes: equal for the same entries (in this process)."""
    count = total = 0
    for item in items:
        count += 1
        total += hash(item)
    return count, total


def load_record(generation: str) -> None:
    """Read *generation*'s record of verified entries into :data:`VERIFIED`, once per process."""
    if generation in _RECORDED:
        return
    seen_file = _file(f"{generation}/{RECORD}")  # before reading: a later write shows as a change
    found = _read_record(generation)
    _RECORDED[generation] = (seen_file, *_summary(found.items()))
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

    def entries() -> Iterator[tuple[str, tuple[int, int, int]]]:  # <generation>/<folder>/<entry>
        return ((path[start:], seen) for path, seen in VERIFIED.items()
                if path.startswith(prefix) and path.count("/", start) == 1)
    known = _RECORDED.get(generation)
    count, total = _summary(entries())
    if known is not None and (count, total) == known[1:]:
        return
    path = prefix + RECORD
    old = _read_record(generation) if known is None or _file(path) != known[0] else {}
    gone = [item for item in old.items() if prefix + item[0] not in VERIFIED]  # another process's, or gone
    if len(gone) > count + 1000:
        gone = []
    tmp = f"{prefix}.{RECORD}.{os.getpid()}.{next(_TMP)}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:  # no merged copy of the record made
            _write_json(handle, itertools.chain(entries(), gone))
        os.replace(tmp, path)
        _RECORDED[generation] = (_file(path), count + len(gone), total + sum(map(hash, gone)))
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _write_json(handle: TextIO, record: Iterable[tuple[str, tuple[int, int, int]]]) -> None:
    """``handle.write(json.dumps(dict(record)))`` a few hundred entries at a time: the whole text and the
    encoder's pieces of it were ~4 MB of a cold 1,000-document build's peak memory, reached here at its end."""
    items = iter(record)
    handle.write("{")
    first = True
    while batch := dict(itertools.islice(items, _BATCH)):
        handle.write(("" if first else ",") + json.dumps(batch, separators=(",", ":"))[1:-1])
        first = False
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
