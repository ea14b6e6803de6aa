"""The file a build with a cache leaves for the next one's search files (:class:`vanban.search.reuse.Streamed`).

It opens with the bundle's postings (:meth:`RecordWriter.postings`: each one's documents, the keys naming
their rows, its lengths, then its terms' postings a frame at a time), then the *records*: each term's
entry and tails with the digest of their inputs, in the order the bundle made them (kinds, then terms
in UTF-16 order). Frames are pickled and read back through the cache's restricted unpickler, every
value's kind checked; a file not whole ends the reading there.
"""

from __future__ import annotations

import array
import contextlib
import os
import pickle
import tempfile
from collections.abc import Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ..cache import code_fingerprint, loads
from ..tokens import TermCounts
from .postings import Postings

Encoded = tuple[bytes, dict[int, bytes]]  # a term's entry and its tails by block

REUSE_FILE = "search-reuse.bin"  # in the generation's folder: pruned with it (or when unused for 30 days)
MAGIC = b"vbreuse2\n"
TERMS_FRAME = 2048  # terms per frame of the postings that open the file, at most
CHUNK = 512  # records per frame, at most: what is held at once, reading or writing
# A frame also ends once it holds this many bytes of postings or entries (a term or record bigger than this makes a
# frame of its own). Terms come in first-seen order, the commonest first: the first 2,048 of a body's held postings
# of nearly every document, pickled at once (the list of their bytes and its pickle, two copies): the search
# child's peak memory at 20,000 documents, above Material's whole build. Read back the same, a frame at a time.
FRAME_BYTES = 1 << 20
KINDS = ("m", "b")  # the order _entries is asked for its kinds, and the file's
# (kind, term, entry_key, entry, tails by block, gzipped size or -1)
Record = tuple[str, str, bytes, bytes, dict[int, bytes], int]


def reuse_path(cache_dir: str) -> Path:
    """Where a build with the cache *cache_dir* keeps its search files' encoding (:class:`Streamed`)."""
    return Path(cache_dir) / code_fingerprint() / REUSE_FILE


def _whole(record: Any) -> bool:
    return (type(record) is tuple and len(record) == 6 and record[0] in KINDS and type(record[1]) is str
            and type(record[2]) is bytes and type(record[3]) is bytes and type(record[5]) is int
            and type(record[4]) is dict and all(type(b) is int and type(t) is bytes for b, t in record[4].items()))


def read_records(path: Path, state: dict[str, Postings] | None = None) -> Generator[Record, None, None]:
    """The records of *path* in order, a frame of :data:`CHUNK` at a time, through the cache's
    restricted unpickler; they end early at the first frame or record that is not whole. The postings
    that open the file (:meth:`RecordWriter.postings`) go to *state* by name, with each document's row key
    and kept rows (:class:`Carried`), when they are whole, before the first record is given."""
    try:
        handle = path.open("rb")
    except OSError:
        return
    with handle:
        try:
            if handle.read(len(MAGIC)) != MAGIC:
                return
            found: dict[str, Carried] = {}
            while len(head := handle.read(8)) == 8:
                chunk = loads(handle.read(int.from_bytes(head, "big")))
                if type(chunk) is dict:  # the postings, before any record
                    if chunk.get("end") is True:
                        if state is not None:
                            state.update(found)
                        found = {}
                        continue
                    _carried(chunk, found)
                    continue
                if type(chunk) is not list:
                    return
                for record in chunk:
                    if not _whole(record):
                        return
                    yield record
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError, MemoryError):
            return


def bounded(terms: Iterable[tuple[str, bytes]]) -> Iterator[list[tuple[str, bytes]]]:
    """*terms* with their postings' bytes, in frames of at most :data:`TERMS_FRAME` terms and about
    :data:`FRAME_BYTES` bytes."""
    chunk: list[tuple[str, bytes]] = []
    size = 0
    for term, data in terms:
        chunk.append((term, data))
        size += len(data)
        if len(chunk) >= TERMS_FRAME or size >= FRAME_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class Carried(Postings):
    """Postings read back from the file a bundle left (:func:`read_records`), with what names each row."""

    ids: list[str]
    keys: list[str | None]  # each document's row key; None: its row is kept whole (in rows)
    rows: dict[int, dict[str, TermCounts]]


def _carried(frame: dict[str, Any], found: dict[str, Carried]) -> None:
    """One frame of the postings that open the file, into *found*; a frame of another shape ends the reading
    (ValueError, caught by :func:`read_records`: no postings, no records)."""
    if frame.get("kind") == "postings":
        fields, ids, keys, rows, lengths = frame["fields"], frame["ids"], frame["keys"], frame["rows"], frame["lengths"]
        if not (type(fields) is dict and all(type(k) is str and type(v) in (int, float) for k, v in fields.items())
                and type(ids) is list and all(type(i) is str for i in ids) and type(keys) is list
                and len(keys) == len(ids) and all(k is None or type(k) is str for k in keys)
                and type(rows) is dict and type(lengths) is dict and set(lengths) == set(fields)
                and all(type(v) is dict and all(type(d) is int and type(n) is int for d, n in v.items())
                        for v in lengths.values()) and type(frame["documents"]) is int and type(frame["name"]) is str):
            raise ValueError("postings")
        carried = Carried(fields)
        carried.documents = frame["documents"]
        carried.lengths = lengths
        carried.ids, carried.keys, carried.rows = ids, keys, rows
        carried.changes()  # nothing changed since it was written
        found[frame["name"]] = carried
    elif frame.get("kind") == "terms":
        table = found[frame["name"]].terms[frame["field"]]
        for term, data in frame["terms"]:
            if type(term) is not str or type(data) is not bytes:
                raise ValueError("terms")
            flat = array.array("i")
            flat.frombytes(data)
            table[term] = flat
    else:
        raise ValueError("frame")


class RecordWriter:
    """Records written a frame at a time to a file aside, renamed into place by :meth:`close`; a
    failure to write only loses them (nothing is renamed)."""

    def __init__(self, target: Path) -> None:
        self.target, self.tmp = target, ""
        self.frame: list[Record] = []
        self.frame_bytes = 0  # the entries' and tails' bytes in frame
        self.handle: BinaryIO | None = None
        self.opened = False  # whether the postings' end is written (records follow it)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")  # pruned if left by an interruption
            self.handle = os.fdopen(fd, "wb")
            self.handle.write(MAGIC)
        except OSError:
            self.abandon()

    def postings(self, made: Mapping[str, tuple[Postings, list[str], list[str | None], dict[int, dict[str, TermCounts]]]]) -> None:
        """The bundle's postings by name, each with its documents, their row keys and the rows without a
        key, written before any record, a frame of :data:`TERMS_FRAME` terms at a time (never a second copy)."""
        for name, (postings, ids, keys, rows) in made.items():
            self._write({"kind": "postings", "name": name, "fields": postings.fields, "documents": postings.documents,
                         "ids": ids, "keys": keys, "rows": rows, "lengths": postings.lengths})
            for field, table in postings.terms.items():
                for chunk in bounded((term, flat.tobytes()) for term, flat in table.items()):
                    self._write({"kind": "terms", "name": name, "field": field, "terms": chunk})
        self._open()

    def _open(self) -> None:
        if not self.opened:
            self.opened = True
            self._write({"end": True})

    def _write(self, frame: Any) -> None:
        if self.handle is None:
            return
        data = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.handle.write(len(data).to_bytes(8, "big"))
            self.handle.write(data)
        except OSError:
            self.abandon()

    def add(self, record: Record) -> None:
        if self.handle is not None:
            self.frame.append(record)
            self.frame_bytes += len(record[3]) + sum(map(len, record[4].values()))
            if len(self.frame) >= CHUNK or self.frame_bytes >= FRAME_BYTES:
                self._flush()

    def _flush(self) -> None:
        self._open()
        frame, self.frame, self.frame_bytes = self.frame, [], 0
        self._write(frame)

    def close(self) -> None:
        if self.handle is None:
            return
        self._open()
        if self.frame:
            self._flush()
        try:
            if self.handle is not None:
                self.handle.close()
                self.handle = None
                os.replace(self.tmp, self.target)
        except OSError:
            self.abandon()

    def abandon(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None
        if self.tmp:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
        self.frame = []
