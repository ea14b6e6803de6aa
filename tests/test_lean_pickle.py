"""Values the build stores and goes on holding are left as they were (vanban.lean_pickle): no UTF-8 copy
kept in their long texts, no ``__dict__`` made for their data class instances; they read back equal."""

from __future__ import annotations

import dataclasses
import gc
import pickle
import sys
from pathlib import Path

from vanban import lean_pickle
from vanban.analysis import Analysis, analyse
from vanban.cache import DiskCache, loads
from vanban.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def _has_dict(obj: object) -> bool:
    return any(type(ref) is dict for ref in gc.get_referents(obj))


def _texts(value: object) -> list[str]:
    """The distinct str objects in *value*'s containers and data class fields."""
    found: dict[int, str] = {}
    stack = [value]
    while stack:
        obj = stack.pop()
        if isinstance(obj, str):
            found[id(obj)] = obj
        elif isinstance(obj, (tuple, list, frozenset, set)):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj)
            stack.extend(obj.values())
        elif dataclasses.is_dataclass(obj):
            stack.extend(getattr(obj, f.name) for f in dataclasses.fields(obj))
    return list(found.values())


def _demo() -> list[Analysis]:
    return [analyse(doc) for doc in load_corpus(ROOT / "content").documents]


def test_a_held_analysis_keeps_no_copy_and_reads_back_equal_and_shared(tmp_path: Path) -> None:
    analyses = _demo()
    lean_pickle.dumps(analyses[0])  # each class judged on its first instance (whose __dict__ is read)
    value = analyses[-1]
    texts = [text for text in _texts(value) if len(text) >= lean_pickle.LONG and not text.isascii()]
    assert len(texts) > 5
    sizes = [sys.getsizeof(text) for text in texts]
    cache = DiskCache(tmp_path, "held")
    cache.put("k", value, held=True)
    assert [sys.getsizeof(text) for text in texts] == sizes  # no UTF-8 copy kept in a long text
    assert not any(_has_dict(c) for c in value.extraction.citations)  # their attributes still inline
    cache.flush()
    again = DiskCache(tmp_path, "held").get("k")
    assert again == value
    assert isinstance(again, Analysis)
    long_again = [text for text in _texts(again) if len(text) >= lean_pickle.LONG and not text.isascii()]
    assert len(long_again) == len(texts)  # one str for one str: a text met twice is read back once

    # what pickle does (the test can fail): both kept
    pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    assert sum(sys.getsizeof(text) for text in texts) > sum(sizes)
    assert all(_has_dict(c) for c in value.extraction.citations)


def test_values_without_long_texts_pickle_as_pickle_does() -> None:
    analyses = _demo()
    for analysis in analyses:
        assert loads(lean_pickle.dumps(analysis)) == analysis
    citations = [c for analysis in analyses for c in analysis.extraction.citations]
    same = [lean_pickle.dumps(c) == pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for c in citations]
    assert 0 < sum(same) < len(citations)  # some with a text of LONG characters or more, some without


def test_a_text_reference_to_nothing_is_a_miss(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "held")
    cache.put_bytes("bad", b"\x80\x05K\x07Q.")  # PROTO 5, the number 7, BINPERSID: no seventh text
    cache.put_bytes("other", b"\x80\x05K\x07\x85Q.")  # a tuple as the reference
    assert cache.get("bad") is None
    assert cache.get("other") is None


def test_an_analysis_sent_by_a_worker_is_remade_without_a_dict() -> None:
    analyses = _demo()
    lean_pickle.dumps(analyses[0])
    for analysis in analyses:
        again = pickle.loads(lean_pickle.sent(analysis))
        assert again == analysis
        assert not any(_has_dict(c) for c in again.extraction.citations)
    # pickle's own way (the test can fail): each instance read back keeps a dict
    again = pickle.loads(pickle.dumps(analyses[-1], protocol=pickle.HIGHEST_PROTOCOL))
    assert all(_has_dict(c) for c in again.extraction.citations)
