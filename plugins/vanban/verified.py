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


class _Verified(dict[str, Seen]):
    """:data:`VERIFIED`: also the names set since the record was last written (:data:`_FRESH`, up to
    :data:`FRESH_MAX`: a cold build's thousands are written whole anyway), so that a build that verified a few
    entries appends them to the record instead of writing it whole (``setdefault``, which reading the record
    uses, is not a set here)."""

    def __setitem__(self, name: str, seen: Seen) -> None:
        global _overflowed
        super().__setitem__(name, seen)
        if len(_FRESH) < FRESH_MAX:
            _FRESH.add(name)
        else:
            _overflowed = True


FRESH_MAX = 2000
_FRESH: set[str] = set()
_overflowed = False  # more were set than _FRESH holds: the next record is written whole
VERIFIED: dict[str, Seen] = _Verified()
# generation → what its record was when this process read or last wrote it: the file's (inode, size, modification
# time), how many entries, and the sum of their hashes. Not the entries themselves: VERIFIED holds them, and a
# second copy of every name was ~4 MB of a 5,000-document build's peak, and reading the record again to merge
# it at the build's end as much again (it is read again only when another process wrote it since). Last, how many
# entries the file holds in lines appended after its first (see save_record).
_RECORDED: dict[str, tuple[tuple[int, int, int] | None, int, int, int]] = {}
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


def _read_record(generation: str, prefix: str = "") -> tuple[dict[str, Seen], int]:
    """The record's entries, each name after *prefix* (the generation folder's, for :data:`VERIFIED`), and how many
    of them came from lines appended after the first (a line another process's append left cut: skipped). Each
    line decoded where it stands in the file's text (a split would copy the record, ~0.7 MB at 1,000 documents,
    where an edit build's memory peaks)."""
    text = _read(f"{generation}/{RECORD}").decode("utf-8", "replace")
    decoder = json.JSONDecoder()
    found: dict[str, Seen] = {}
    appended = number = position = 0
    while position < len(text):
        try:
            data, end = decoder.raw_decode(text, position)
            entries = {prefix + str(name): seal(int(seen[0]), int(seen[1]), int(seen[2]))
                       for name, seen in data.items() if isinstance(seen, list) and len(seen) == 3}
        except (ValueError, TypeError, AttributeError, IndexError):
            if number == 0:
                return {}, 0
            end = text.find("\n", position)
            if end < 0:
                break
        else:
            found.update(entries)
            appended += len(entries) if number else 0
        number += 1
        position = end + 1  # past the newline that ends the line
    return found, appended


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
    found, appended = _read_record(generation, prefix)  # named as VERIFIED names them: no second set of names made
    start = len(prefix)
    _RECORDED[generation] = (seen_file, *_summary((path[start:], seen) for path, seen in found.items()), appended)
    for path, seen in found.items():
        VERIFIED.setdefault(path, seen)


def forget_verified() -> None:
    """Forget what this process verified and read of the records: the store as a new process sees it."""
    global _overflowed
    VERIFIED.clear()
    _RECORDED.clear()
    _FRESH.clear()
    _overflowed = False


def save_record(generation: str) -> None:
    """Write *generation*'s record when this process verified entries it did not read there: merged
    with the record as it is now (a render worker's), atomically; a failure only means reading those
    entries again. Names of entries gone are dropped when they outnumber the ones in use. When the file is as
    this process left or read it and the entries verified since are few (a quarter of the whole with those
    appended before), they are appended as a line of their own: an edit build at 1,000 documents verifies
    ~20 and wrote ~7,500 (0.025 s)."""
    global _overflowed
    prefix = generation + "/"
    start = len(prefix)

    def entries() -> Iterator[tuple[str, Seen]]:  # <generation>/<folder>/<entry>
        return ((path[start:], seen) for path, seen in VERIFIED.items()
                if path.startswith(prefix) and path.count("/", start) == 1)
    known = _RECORDED.get(generation)
    count, total = _summary(entries())
    if known is not None and (count, total) == known[1:3]:
        return
    path = prefix + RECORD
    fresh = [name for name in _FRESH if name.startswith(prefix) and name.count("/", start) == 1 and name in VERIFIED]
    if (not _overflowed and known is not None and known[0] is not None and (known[3] + len(fresh)) * 4 <= count
            and _file(path) == known[0]  # as this process left or read it
            and _append(path, [(name[start:], VERIFIED[name]) for name in fresh])):  # an edit build's ~20
        _RECORDED[generation] = (_file(path), count, total, known[3] + len(fresh))
        _FRESH.difference_update(fresh)
        return
    old = _read_record(generation)[0] if known is None or _file(path) != known[0] else {}
    gone = [item for item in old.items() if prefix + item[0] not in VERIFIED]  # another process's, or gone
    if len(gone) > count + 1000:
        gone = []
    tmp = f"{prefix}.{RECORD}.{os.getpid()}.{next(_TMP)}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:  # no merged copy of the record made
            _write_json(handle, itertools.chain(entries(), gone))
        os.replace(tmp, path)
        _RECORDED[generation] = (_file(path), count + len(gone), total + sum(map(hash, gone)), 0)
        _FRESH.difference_update(fresh)
        if _overflowed:  # (another generation's fresh names, if any, are then written whole too)
            _FRESH.clear()
            _overflowed = False
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _append(path: str, record: list[tuple[str, Seen]]) -> bool:
    """Add *record* to the record's file as one line of its own (one write: a reader sees it whole or, were it
    cut, skips it; later lines win); False when it could not be written."""
    line = "\n" + json.dumps({name: unsealed(seen) for name, seen in record}, separators=(",", ":"))
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line)
    except OSError:
        return False
    return True


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
