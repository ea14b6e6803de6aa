"""search-reuse.bin's frames are bounded by bytes as well as by count (vanban.search.frames.FRAME_BYTES).

The postings open the file in their terms' first-seen order, the commonest first: 2,048 of them per frame
was, at 20,000 documents, a frame of most of the body's postings, pickled at once in the search child.
Cut by bytes too, the file reads back the same postings and records."""

from __future__ import annotations

import array
from pathlib import Path

import pytest

from vanban.cache import loads
from vanban.search import frames
from vanban.search.frames import MAGIC, RecordWriter, read_records
from vanban.search.postings import Postings


def _frames(path: Path) -> list[object]:
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    at, found = len(MAGIC), []
    while at < len(data):
        size = int.from_bytes(data[at:at + 8], "big")
        found.append(loads(data[at + 8:at + 8 + size]))
        at += 8 + size
    return found


def _postings(docs: int) -> Postings:
    made = Postings({"b": 1.5, "x": 1.0})
    rows = [{"b": (("chung", "thi", f"rieng{d}"), b"\x02\x01\x01"), "x": (("chung",), b"\x01")} for d in range(docs)]
    made.add_all(rows)
    return made


def test_frames_end_by_bytes_and_read_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frames, "FRAME_BYTES", 256)
    path = tmp_path / "search-reuse.bin"
    made = _postings(40)  # "chung" and "thi": 40 postings each, 320 bytes: each a frame of its own
    writer = RecordWriter(path)
    writer.postings({"body": (made, [f"d{k}" for k in range(40)], [f"k{k}" for k in range(40)], {})})
    records = [("b", f"t{k:03d}", b"key", b"e" * 100, {0: b"tail" * 10}, -1) for k in range(12)]
    for record in records:
        writer.add(record)
    writer.close()

    terms = [f for f in _frames(path) if isinstance(f, dict) and f.get("kind") == "terms"]
    assert [len(f["terms"]) for f in terms if f["field"] == "b"][:2] == [1, 1]  # the two common terms alone
    assert all(len(f["terms"]) == 1 or sum(len(d) for _, d in f["terms"]) < 256 + 320 for f in terms)
    listed = [f for f in _frames(path) if isinstance(f, list)]
    assert len(listed) > 1 and all(len(f) <= 2 for f in listed)  # 140 bytes a record: two reach 256

    carried: dict[str, Postings] = {}
    assert list(read_records(path, carried)) == records
    back = carried["body"]
    assert back.lengths == made.lengths and back.documents == made.documents
    assert {f: {t: a.tolist() for t, a in table.items()} for f, table in back.terms.items()} == \
        {f: {t: a.tolist() for t, a in table.items()} for f, table in made.terms.items()}
    assert isinstance(back.terms["b"]["chung"], array.array)


def test_frame_cut_keeps_every_term_once_in_order(tmp_path: Path) -> None:
    terms = [(f"t{k}", bytes(k % 7 * 40)) for k in range(5000)]
    chunks = list(frames.bounded(iter(terms)))
    assert [t for chunk in chunks for t in chunk] == terms
    assert all(len(chunk) <= frames.TERMS_FRAME for chunk in chunks)
    big = [("a", bytes(frames.FRAME_BYTES + 1)), ("b", b"x"), ("c", b"y")]
    assert [len(chunk) for chunk in frames.bounded(iter(big))] == [1, 2]
