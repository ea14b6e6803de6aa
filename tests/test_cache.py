"""The on-disk build cache: round trips, refuses planted code, survives interruption, prunes."""

from __future__ import annotations

import os
import pickle
import time
from collections import Counter
from pathlib import Path

import pytest

from vanban.analysis import Analysis, analyse
from vanban.cache import DiskCache, code_fingerprint, content_key, flush_all, loads, prune
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
    assert cache.get(content_key("doc", 0)) == analyses[0]  # readable before its pack is complete
    cache.flush()
    assert [p.suffix for p in (tmp_path / code_fingerprint() / "analysis").iterdir()] == [".pack"]  # one file
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
    planter = DiskCache(tmp_path, "analysis")
    planter.put(content_key("x"), "ok")
    planter.put_bytes(content_key("planted"), pickle.dumps(Planted()))
    planter.put_bytes(content_key("cut"), b"\x80\x05truncated")
    planter.flush()
    cache = DiskCache(tmp_path, "analysis")
    assert cache.get(content_key("planted")) is None
    assert cache.get(content_key("cut")) is None
    assert cache.get(content_key("x")) == "ok"
    assert (cache.misses, cache.hits) == (2, 1)


def test_an_interrupted_or_damaged_pack_loses_only_its_entries(tmp_path: Path) -> None:
    whole = DiskCache(tmp_path, "pages")
    whole.put_bytes("a" * 40, b"<html>a</html>")
    whole.flush()
    killed = DiskCache(tmp_path, "pages")  # a build killed before its pack was complete: only a *.tmp
    killed.put_bytes("b" * 40, b"<html>b</html>")
    folder = tmp_path / code_fingerprint() / "pages"
    [pack] = folder.glob("*.pack")
    cut = folder / "cut.pack"  # a pack cut short (a disk that filled up): no footer, skipped
    cut.write_bytes(pack.read_bytes()[:-3])
    again = DiskCache(tmp_path, "pages")
    assert again.get_bytes("a" * 40) == b"<html>a</html>"
    assert again.get_bytes("b" * 40) is None
    assert again.keys() == {"a" * 40}
    assert prune(tmp_path) == 1  # the stray *.tmp


def test_content_key_delimits_parts() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key("a", 1) == content_key("a", "1")


def test_prune(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "analysis")
    cache.put(content_key("old"), 2)
    cache.flush()
    [old] = (tmp_path / code_fingerprint() / "analysis").glob("*.pack")
    past = time.time() - 90 * 86400
    os.utime(old, (past, past))
    cache.put(content_key("fresh"), 1)
    cache.flush()
    (old.parent / "left-by-a-killed-build.tmp").write_bytes(b"half")
    (tmp_path / "0123456789abcdef0123").mkdir()  # an older code generation
    assert prune(tmp_path) == 3
    again = DiskCache(tmp_path, "analysis")
    assert again.get(content_key("fresh")) == 1
    assert again.get(content_key("old")) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [code_fingerprint()]


def test_prune_walks_the_entries_at_most_once_a_period(tmp_path: Path) -> None:
    """The adapter's prune (walk_every): a second build within the period does not walk the current
    generation's entries again; other generations go at every build; an old mark means a walk."""
    cache = DiskCache(tmp_path, "analysis")
    cache.put(content_key("x"), 1)
    cache.flush()
    folder = tmp_path / code_fingerprint() / "analysis"
    assert prune(tmp_path, walk_every=3600) == 0
    (folder / "left-by-a-killed-build.tmp").write_bytes(b"half")
    (tmp_path / "0123456789abcdef0123").mkdir()  # an older code generation
    assert prune(tmp_path, walk_every=3600) == 1  # the generation, not the *.tmp: walked an instant ago
    assert (folder / "left-by-a-killed-build.tmp").exists()
    mark = tmp_path / code_fingerprint() / ".pruned"
    past = time.time() - 7200
    os.utime(mark, (past, past))
    assert prune(tmp_path, walk_every=3600) == 1  # the *.tmp
    assert not (folder / "left-by-a-killed-build.tmp").exists() and mark.stat().st_mtime > past
    assert DiskCache(tmp_path, "analysis").get(content_key("x")) == 1


def test_used_packs_are_kept_and_many_packs_compacted(tmp_path: Path) -> None:
    for build in range(4):  # four builds, each storing one entry: four packs
        cache = DiskCache(tmp_path, "pages")
        cache.put_bytes(content_key(build), b"page %d" % build)
        cache.flush()
    folder = tmp_path / code_fingerprint() / "pages"
    past = time.time() - 90 * 86400
    for pack in folder.glob("*.pack"):
        os.utime(pack, (past, past))
    reader = DiskCache(tmp_path, "pages")
    reader.touch([content_key(0), content_key(1)])  # a build that used two entries keeps their packs
    assert prune(tmp_path) == 2
    assert reader.get_bytes(content_key(3)) == b"page 3"  # a pack read before it was pruned stays readable
    reader.put_bytes(content_key(9), b"page 9")
    reader.compact(limit=1)  # more packs than the limit: the entries this process used, in one pack
    assert len(list(folder.glob("*.pack"))) == 1
    assert DiskCache(tmp_path, "pages").keys() >= {content_key(0), content_key(1), content_key(9)}


def test_a_forked_child_writes_its_own_pack(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "pages")
    cache.put_bytes("p" * 40, b"parent")
    pid = os.fork()
    if pid == 0:  # the child stores its own entry, as a page worker does, and exits without cleanup
        try:
            cache.put_bytes("c" * 40, b"child")
            flush_all()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    cache.flush()
    again = DiskCache(tmp_path, "pages")
    assert (again.get_bytes("p" * 40), again.get_bytes("c" * 40)) == (b"parent", b"child")
    assert again.keys() == {"p" * 40, "c" * 40}


def test_unwritable_root_only_loses_entries(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = DiskCache(blocker, "analysis")
    cache.put(content_key("k"), 1)  # must not raise
    cache.flush()
    assert cache.get(content_key("k")) is None


def test_code_fingerprint_is_the_path_walk_it_replaced() -> None:
    # the reference: every source file by its path relative to the package (Path objects sorted), then its bytes
    import hashlib
    import sys

    import vanban.cache

    package = Path(vanban.cache.__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yml", ".yaml"}:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    assert code_fingerprint() == digest.hexdigest()[:20]
