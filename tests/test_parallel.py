"""Worker processes change how fast a build is, never what it produces."""

from __future__ import annotations

import dataclasses
import functools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vanban import analysis, lean_pickle, parallel
from vanban.analysis import PARALLEL_MIN, Analysis, CacheKey, analyse_all
from vanban.cache import DiskCache
from vanban.corpus import load_corpus
from vanban.parallel import (
    Background,
    concurrent_cores,
    parallel_map,
    start_helper,
    start_method,
    stop_helper,
    workers,
)

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


def test_workers_analyses_are_stored_as_they_were_sent(corpus_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-shot build's parent stores the bytes each forked worker sent (no second pickling of every analysis);
    the next build reads them back equal to a serial analysis, and a serial build still stores its own."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    docs = [d for d in load_corpus(corpus_dir).documents if d.held]
    pickled: list[object] = []
    real = lean_pickle.dumps
    monkeypatch.setattr(lean_pickle, "dumps", lambda value: pickled.append(value) or real(value))
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    parallel = analyse_all(docs, disk=DiskCache(tmp_path / "a", "analysis"), uncounted=set())
    assert pickled == []
    assert len(DiskCache(tmp_path / "a", "analysis").keys()) == len(docs)
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    serial = analyse_all(docs, disk=DiskCache(tmp_path / "s", "analysis"), uncounted=set())
    assert len(pickled) == len(docs)  # made here: pickled here, lean (the build holds them)
    again = analyse_all(docs, disk=DiskCache(tmp_path / "a", "analysis"), uncounted=set())
    assert len(pickled) == len(docs)  # all read back
    assert parallel == serial == again
    assert all(a.tokens is None for a in again.values())
    assert sum(len(a.extraction.citations) for a in again.values()) > len(docs)


class _Unpicklable:
    """An item a worker can only have from its fork: pickling it fails."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("sent to a worker")


def _worker_value(item: _Unpicklable) -> tuple[int, int]:
    return item.value * 2, os.getpid()


def test_forked_workers_are_sent_indexes_not_items(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers read the items in their copy of the parent (the documents are not pickled to them)."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    items = [_Unpicklable(i) for i in range(40)]
    found = parallel_map(_worker_value, items, min_items=10, chunksize=5)
    assert [value for value, _ in found] == [2 * i for i in range(40)]
    assert os.getpid() not in {pid for _, pid in found}  # made in the workers, in order


def test_a_map_too_small_for_workers_measures_no_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Below its minimum a map runs here without asking how many cores run at once: the measurement
    spins 0.07-0.2 s of CPU, a tenth of a small site's build (the demo's five documents)."""
    asked: list[int] = []
    monkeypatch.setattr(parallel, "workers", lambda: asked.append(1) or 2)
    monkeypatch.setattr(analysis, "workers", parallel.workers)
    assert parallel_map(abs, [-1, -2], min_items=3) == [1, 2]
    docs = load_corpus(ROOT / "content").documents
    assert 0 < len(docs) < PARALLEL_MIN
    assert analyse_all(docs) == {doc.id: analysis.analyse(doc) for doc in docs}
    assert asked == []
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # forked, as under `mkdocs build`, whatever threads
    # an earlier test left (the browser tests' server): items that cannot be pickled reach only forked workers
    assert parallel_map(_worker_value, [_Unpicklable(1)] * 4, min_items=3)[0][0] == 2 and asked == [1]


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


def test_cache_analyses_only_new_or_edited_documents(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    docs = load_corpus(corpus_dir).documents[:30]
    cache: dict[CacheKey, Analysis] = {}
    first = analyse_all(docs, cache)
    assert first == analyse_all(docs) and len(cache) == 30
    seen: list[str] = []
    real = analysis.analyse
    monkeypatch.setattr(analysis, "analyse", lambda doc, **kw: seen.append(doc.id) or real(doc, **kw))
    edited = [dataclasses.replace(docs[0], body=docs[0].body + "\nThực hiện Kế hoạch số 12-KH/TU.\n"), *docs[1:29]]
    second = analyse_all(edited, cache)
    assert seen == [docs[0].id]  # the edited one only; the dropped one is forgotten
    assert second == analyse_all(edited) and len(cache) == 29


@pytest.mark.parametrize(("cores", "share", "expected"), [(2, 1.0, 2), (2, 0.5, 1), (2, 0.7, 2), (2, 0.6, 1),
                                                          (3, 0.5, 2), (3, 0.95, 3), (2, 0.0, 1)])
def test_the_probe_counts_the_cpu_its_processes_got_together(cores: int, share: float, expected: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of *cores* processes (this one and its forked children, which report through a pipe) ran
    *share* of the window: two that took turns on one core (0.5 each) are one core's worth."""
    import vanban.parallel as parallel

    monkeypatch.setattr(parallel, "busy_share", lambda deadline: share)
    assert parallel.probe_parallel(cores) == expected


def test_the_probe_spins_through_its_window() -> None:
    import time

    import vanban.parallel as parallel

    start = time.perf_counter()
    share = parallel.busy_share(start + parallel.PROBE_SECONDS)
    assert time.perf_counter() - start >= parallel.PROBE_SECONDS
    assert 0.0 < share <= 1.5


def test_one_parallel_looking_round_is_not_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    import vanban.parallel as parallel

    monkeypatch.setattr(threading, "active_count", lambda: 1)  # as under `mkdocs build`
    for rounds, expected, calls in (([2, 1, 2], 1, 2), ([1, 2, 2], 1, 1), ([2, 2, 2], 2, 3), ([4, 3, 4], 3, 3)):
        answers = iter(rounds)
        asked: list[int] = []
        monkeypatch.setattr(parallel, "probe_parallel", lambda cores, a=answers, q=asked: q.append(cores) or next(a))
        concurrent_cores.cache_clear()
        try:
            assert concurrent_cores(4) == expected and len(asked) == calls
        finally:
            concurrent_cores.cache_clear()



@pytest.fixture(autouse=True)
def _no_helper_left() -> Iterator[None]:
    """A helper an earlier test's serve build left would take these tests' work."""
    stop_helper()
    yield
    stop_helper()

def _made_where() -> tuple[int, list[str]]:
    return os.getpid(), ["dữ liệu"] * 3


def test_background_work_comes_back_from_a_forked_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    work = Background(_made_where)
    assert work.forked
    pid, value = work.result()
    assert pid != os.getpid() and value == ["dữ liệu"] * 3
    assert work.result() == (pid, value)  # once made, the same value


def test_background_work_stays_here_when_forking_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 3)  # mkdocs serve's threads
    work = Background(_made_where)
    assert not work.forked and work.result()[0] == os.getpid()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    assert Background(_made_where).result()[0] == os.getpid()
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)  # one CPU
    assert Background(_made_where).result()[0] == os.getpid()


def test_background_work_is_made_here_again_when_the_child_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    parent = os.getpid()

    def dies_in_a_child() -> int:
        if os.getpid() != parent:
            os._exit(3)  # as if killed
        return 42

    work = Background(dies_in_a_child)
    assert work.forked and work.result() == 42
    # A fallback (holding less than the work) is what this process makes then, the work let go once forked.
    fell_back = Background(dies_in_a_child, fallback=lambda: 43)
    assert fell_back.forked and fell_back.result() == 43
    kept = Background(_made_where, fallback=lambda: (0, []))
    assert kept.result()[0] not in (0, parent)  # the child's value when it succeeds
    abandoned = Background(lambda: time.sleep(30))
    abandoned.abandon()  # the child is stopped, not waited for


def test_under_threads_background_work_goes_to_the_helper_forked_before_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve: the helper is forked at start-up, with one thread; later, under the server's
    threads, Background sends it the work instead of forking, and makes it here when it cannot."""
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    try:
        assert start_helper()
        monkeypatch.setattr(threading, "active_count", lambda: 3)  # the server's threads started
        work = Background(_made_where)
        assert not work.forked
        helper, value = work.result()
        assert helper != os.getpid() and value == ["dữ liệu"] * 3
        assert Background(_made_where).result()[0] == helper  # the same helper, call after call
        assert Background(lambda: os.getpid()).result() == os.getpid()  # a closure cannot be sent: made here
        monkeypatch.setenv("VANBAN_WORKERS", "1")
        assert Background(_made_where).result()[0] == os.getpid()  # workers turned off: here
        monkeypatch.setenv("VANBAN_WORKERS", "2")
        abandoned = Background(functools.partial(time.sleep, 30))
        abandoned.abandon()  # the helper is stopped, not waited for
        assert Background(_made_where).result()[0] == os.getpid()  # no helper left: here
    finally:
        stop_helper()


def test_work_the_helper_fails_is_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    try:
        assert start_helper()
        monkeypatch.setattr(threading, "active_count", lambda: 3)
        assert Background(functools.partial(_raises_in_a_helper, os.getpid())).result() == "ở đây"
        helper = Background(_made_where).result()[0]
        assert helper != os.getpid()  # a call that raised leaves the helper working
        os.kill(helper, signal.SIGKILL)
        os.waitpid(helper, 0)
        assert Background(_made_where).result()[0] == os.getpid()  # it died: made here
    finally:
        stop_helper()


def _raises_in_a_helper(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("hỏng")
    return "ở đây"
