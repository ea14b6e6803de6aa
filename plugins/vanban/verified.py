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
# A value is the three numbers sealed into one int (:func:`seal`: 52 bytes against a tuple's 156 with its numbers,
# ~0.8 MB of a warm or edit build's peak at 1,000 documents, reached as the record is read).
Seen = int | tuple[int, int, int]
VERIFIED: dict[str, Seen] = {}
# generation → what its record was when this process read or last wrote it: the file's (inode, size, modification
# time), how many entries, and the sum of their hashes. Not the entries themselves: VERIFIED holds them, and a
# second copy of every name was ~4 MB of a 5,000-document build's peak, and reading the record again to merge
# it at the build's end as much again (it is read again only when another process wrote it since).
_RECORDED: dict[str, tuple[tuple[int, int, int] | None, int, int]] = {}
RECORD = "verified"  # the record's name in a generation folder


_WORD = 1 << 64


def seal(ino: int, size: int, mtime_ns: int) -> Seen:
    """An entry's (inode, size, modification time) as one int, each number in its own 64 bits (the tuple
    itself in the odd case of a number outside them: a time before 1970): equal exactly when the three are."""
    if 0 <= ino < _WORD and 0 <= size < _WORD and 0 <= mtime_ns < _WORD:
        return ino << 128 | size << 64 | mtime_ns
    return (ino, size, mtime_ns)


def stat_seen(info: os.stat_result) -> Seen:
    """What :data:`VERIFIED` holds for a file of *info* (``os.stat``'s)."""
    return seal(info.st_ino, info.st_size, info.st_mtime_ns)


def unsealed(seen: Seen) -> tuple[int, int, int]:
    """The three numbers :func:`seal` sealed (the record's file keeps them as a list)."""
    if isinstance(seen, tuple):
        return seen
    return seen >> 128, (seen >> 64) & (_WORD - 1), seen & (_WORD - 1)


def _read_record(generation: str, prefix: str = "") -> dict[str, Seen]:
    """The record's entries, each name after *prefix* (the generation folder's, for :data:`VERIFIED`)."""
    with contextlib.suppress(OSError, ValueError, TypeError, AttributeError, IndexError):
        data = json.loads(_read(f"{generation}/{RECORD}"))
        return {prefix + str(name): seal(int(seen[0]), int(seen[1]), int(seen[2])) for name, seen in data.items()
                if isinstance(seen, list) and len(seen) == 3}
    return {}


def _file(path: str) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _summary(items: Iterable[tuple[str, Seen]]) -> tuple[int, int]:
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
    prefix = generation + "/"
    found = _read_record(generation, prefix)  # named as VERIFIED names them: no second set of names made
    start = len(prefix)
    _RECORDED[generation] = (seen_file, *_summary((path[start:], seen) for path, seen in found.items()))
    for path, seen in found.items():
        VERIFIED.setdefault(path, seen)


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

    def entries() -> Iterator[tuple[str, Seen]]:  # <generation>/<folder>/<entry>
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


def _write_json(handle: TextIO, record: Iterable[tuple[str, Seen]]) -> None:
    """``handle.write(json.dumps(dict(record)))`` a few hundred entries at a time: the whole text and the
    encoder's pieces of it were ~4 MB of a cold 1,000-document build's peak memory, reached here at its end."""
    items = iter(record)
    handle.write("{")
    first = True
    while batch := {name: unsealed(seen) for name, seen in itertools.islice(items, _BATCH)}:
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
