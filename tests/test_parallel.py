"""Worker processes change how fast a build is, never what it produces."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from vanban.analysis import PARALLEL_MIN, analyse_all
from vanban.corpus import load_corpus
from vanban.parallel import concurrent_cores, start_method, workers

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth") / "content"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "synth.py"), str(PARALLEL_MIN + 20), str(folder)],
                   check=True, capture_output=True)
    return folder


def test_parallel_analysis_equals_serial(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = load_corpus(corpus_dir).documents
    assert len(docs) >= PARALLEL_MIN
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    parallel = analyse_all(docs)
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    serial = analyse_all(docs)
    assert list(parallel) == list(serial)
    assert parallel == serial
    assert sum(len(a.extraction.citations) for a in serial.values()) > len(docs)


def test_fork_only_without_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert start_method() == "fork"  # as under `mkdocs build`
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert start_method() == "forkserver"  # as under `mkdocs serve`, with its server threads


def test_concurrent_cores_is_measured_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    concurrent_cores.cache_clear()
    try:
        assert 1 <= concurrent_cores(2) <= 2  # 1 where two virtual CPUs share one core's time
        assert concurrent_cores(1) == 1
    finally:
        concurrent_cores.cache_clear()
    monkeypatch.setenv("VANBAN_WORKERS", "3")
    assert workers() == 3  # set by hand: no measurement
