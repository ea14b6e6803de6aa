"""scripts/stage_profile.py: a function's own time goes to its file's stage, a built-in's to its callers'."""

from __future__ import annotations

import cProfile
import pstats
import time

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
