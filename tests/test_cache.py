"""The on-disk build cache: round trips, refuses planted code, survives interruption, prunes."""

from __future__ import annotations

import os
import pickle
import time
from collections import Counter
from pathlib import Path

import pytest

from vanban.analysis import Analysis, analyse
from vanban.cache import DiskCache, code_fingerprint, content_key, loads, prune
from vanban.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def demo_analyses() -> list[Analysis]:
    corpus = load_corpus(ROOT / "content")
    return [analyse(doc) for doc in corpus.documents]


def test_analysis_round_trip(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "analysis")
    analyses = demo_analyses()
    assert analyses
    for i, value in enumerate(analyses):
        cache.put(content_key("doc", i), value)
    again = DiskCache(tmp_path, "analysis")
    for i, value in enumerate(analyses):
        assert again.get(content_key("doc", i)) == value
    assert again.hits == len(analyses)


class Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo pwned > /dev/null",))


@pytest.mark.parametrize("payload", [Planted(), pickle.loads(pickle.dumps(Counter("ab")))])
def test_restricted_loader(payload: object) -> None:
    data = pickle.dumps(payload)
    if isinstance(payload, Counter):
        assert loads(data) == payload
    else:
        with pytest.raises(pickle.UnpicklingError, match="không được phép"):
            loads(data)


def test_planted_entry_is_a_miss(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "analysis")
    key = content_key("x")
    cache.put(key, "ok")
    path = tmp_path / code_fingerprint() / "analysis" / key[:2] / key[2:]
    path.write_bytes(pickle.dumps(Planted()))
    assert cache.get(key) is None
    path.write_bytes(b"\x80\x05truncated")
    assert cache.get(key) is None
    assert cache.misses == 2


def test_content_key_delimits_parts() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key("a", 1) == content_key("a", "1")


def test_prune(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "analysis")
    cache.put(content_key("fresh"), 1)
    cache.put(content_key("old"), 2)
    old = tmp_path / code_fingerprint() / "analysis" / content_key("old")[:2] / content_key("old")[2:]
    past = time.time() - 90 * 86400
    os.utime(old, (past, past))
    (old.parent / "left-by-a-killed-build.tmp").write_bytes(b"half")
    (tmp_path / "0123456789abcdef0123").mkdir()  # an older code generation
    assert prune(tmp_path) == 3
    assert cache.get(content_key("fresh")) == 1
    assert cache.get(content_key("old")) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [code_fingerprint()]


def test_unwritable_root_only_loses_entries(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = DiskCache(blocker, "analysis")
    cache.put(content_key("k"), 1)  # must not raise
    assert cache.get(content_key("k")) is None
