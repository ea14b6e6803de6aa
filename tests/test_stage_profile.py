"""scripts/stage_profile.py: a function's own time goes to its file's stage, a built-in's to its callers'."""

from __future__ import annotations

import cProfile
import importlib
import json
import pstats
import sys
import time
from pathlib import Path

import pytest
from script_modules import load_script

stage_profile = load_script("stage_profile")


def test_stage_of_reads_the_file() -> None:
    assert stage_profile.stage_of("/x/plugins/vanban/citations/numbers.py") == "citations"
    assert stage_profile.stage_of("/x/plugins/vanban/citations.py") == "citations"  # a checkout before the package
    assert stage_profile.stage_of("/x/plugins/vanban/mkdocs/task_tables.py") == "tracking"
    assert stage_profile.stage_of("/x/plugins/vanban/glossary.py") == "vanban, other"
    assert stage_profile.stage_of("/v/site-packages/icalendar/cal/event.py") == "calendar"
    assert stage_profile.stage_of("/v/site-packages/jinja2/runtime.py") == "templates"
    assert stage_profile.stage_of("~") is None


def test_builtins_are_charged_to_their_callers() -> None:
    def busy() -> None:
        for _ in range(2000):
            "-".join(str(i) for i in range(50))

    profile = cProfile.Profile(time.process_time)
    profile.runcall(busy)
    stats = pstats.Stats(profile)
    found = stage_profile.stages(stats)
    own = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    assert abs(sum(found.values()) - own) < 1e-6  # every second once
    assert set(found) == {"other"}  # this test file's functions, and the joins they call


def test_the_clock_charges_a_nested_stage_to_itself_alone() -> None:
    ticks = [0.0]  # a clock that moves only when the work says so

    def work(seconds: float) -> None:
        ticks[0] += seconds

    clock = stage_profile.Clock(lambda: ticks[0])
    inner = clock.timed("inner", lambda: work(2.0))

    def outer_work() -> None:
        work(1.0)
        inner()
        inner()
        work(0.5)

    clock.timed("outer", outer_work)()
    assert clock.spent == {"inner": 4.0, "outer": 1.5}  # its own 1.5 s, not the inner 4 s again


def test_install_wraps_every_copy_of_a_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "clockedsource.py").write_text("def work(x):\n    return x + 1\n", encoding="utf-8")
    (tmp_path / "clockeduser.py").write_text("from clockedsource import work\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    source = importlib.import_module("clockedsource")
    user = importlib.import_module("clockeduser")
    try:
        clock = stage_profile.Clock()
        stage_profile.install(clock, (("work", ("clockedsource:work",)),))
        assert source.work(1) == 2 and user.work(2) == 3  # the copy made by 'from … import' is wrapped too
        assert "work" in clock.spent
    finally:
        sys.modules.pop("clockedsource", None)
        sys.modules.pop("clockeduser", None)


def test_per_document_report(tmp_path: Path) -> None:
    small, large = tmp_path / "a.json", tmp_path / "b.json"
    small.write_text(json.dumps({"documents": 1000, "seconds": {"x": 2.0, "y": 1.0}}), encoding="utf-8")
    large.write_text(json.dumps({"documents": 5000, "seconds": {"x": 10.0, "y": 10.0}}), encoding="utf-8")
    lines = stage_profile.report([str(small), str(large)]).splitlines()
    assert lines[1].split() == ["x", "2.00", "2.00", "1.00"]  # linear
    assert lines[2].split() == ["y", "1.00", "2.00", "2.00"]  # grows with the corpus: not linear
    assert lines[-1].split() == ["total", "3.00", "4.00", "1.33"]
