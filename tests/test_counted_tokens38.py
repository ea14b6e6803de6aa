"""A one-shot build's analysis may leave the search tokens to the process that makes the search files
(vanban.analysis.CountedTokens): the same search files, and the same tokens stored in the build cache,
as when the analysis counts them; mkdocs serve's memory cache always gets them with the analysis."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from vanban.analysis import TOKENS, CountedTokens, analyse_corpus
from vanban.cache import DiskCache
from vanban.corpus import load_corpus
from vanban.search.bundle import build_bundle
from vanban.search.page import with_stored_tokens
from vanban.search.results import newest_first


def stored_tokens(cache: Path) -> dict[str, object]:
    disk = DiskCache(cache, TOKENS)
    return {key: disk.get(key) for key in sorted(disk.keys())}


def test_tokens_left_to_the_search_files_are_those_the_analysis_counts(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    held = [d for d in load_corpus(content).documents if d.held]
    ordered = newest_first(held)
    counted = analyse_corpus(held, cache_dir=str(tmp_path / "counted"))
    left = analyse_corpus(held, cache_dir=str(tmp_path / "left"), count_tokens=False)
    assert all(a.tokens for a in counted.by_id.values()) and counted.uncounted == ()
    assert all(a.tokens is None for a in left.by_id.values())
    assert left.uncounted == tuple(held) and left.stored == ()  # nothing to read back from the cache
    assert left.disk_keys == counted.disk_keys
    assert {k: a.tokens for k, a in counted.by_id.items()} != {k: a.tokens for k, a in left.by_id.items()}
    # The files: the same as from the analysis's tokens; the tokens stored under the same keys, once flushed.
    tokens = CountedTokens(left.uncounted, str(tmp_path / "left"), left.disk_keys)
    assert build_bundle(ordered, tokens).files == build_bundle(ordered, {k: a.tokens for k, a in counted.by_id.items()}).files
    assert stored_tokens(tmp_path / "left") == {}
    tokens.flush()
    assert stored_tokens(tmp_path / "left") == stored_tokens(tmp_path / "counted") != {}
    # A warm build reads them back as it reads the analysis stage's.
    warm = analyse_corpus(held, cache_dir=str(tmp_path / "left"), count_tokens=False)
    assert warm.uncounted == () and warm.stored == tuple(held)
    assert with_stored_tokens(ordered, {}, warm.stored, warm.tasks, str(tmp_path / "left")).files == build_bundle(ordered).files


def test_a_kept_cache_always_counts_the_tokens(tmp_path: Path) -> None:
    """mkdocs serve and build-all keep analyses in memory (their search files are made again from them)."""
    held = [d for d in load_corpus(ROOT / "content").documents if d.held]
    kept = analyse_corpus(held, {}, count_tokens=False)
    assert kept.uncounted == () and all(a.tokens for a in kept.by_id.values())
