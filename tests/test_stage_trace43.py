"""scripts/stage_trace.py: own time by stage on two clocks, forked children labelled, a report per document."""

from __future__ import annotations

import json
from pathlib import Path

from script_modules import load_script

stage_trace = load_script("stage_trace")


def test_both_clocks_charge_a_nested_stage_to_itself_alone() -> None:
    cpu, wall = [0.0], [0.0]  # clocks that move only when the work says so

    def work(seconds: float, waited: float = 0.0) -> None:
        cpu[0] += seconds
        wall[0] += seconds + waited

    clocks = stage_trace.TwoClocks(lambda: cpu[0], lambda: wall[0])
    seen: list[str] = []

    def inner_work() -> None:
        seen.append(clocks.stage())  # what a child forked here would be labelled by
        work(2.0, waited=1.0)
    inner = clocks.timed("inner", inner_work)

    def outer_work() -> None:
        work(1.0)
        inner()
        work(0.5, waited=3.0)
    clocks.timed("outer", outer_work)()
    assert clocks.cpu == {"inner": 2.0, "outer": 1.5}
    assert clocks.wall == {"inner": 3.0, "outer": 4.5}
    assert seen == ["inner"] and clocks.stage() == stage_trace.REST


def _trace(path: Path, documents: int, scale: float) -> str:
    path.write_text(json.dumps({
        "documents": documents, "wall": 10.0 * scale, "system": 0.5 * scale, "gc": 0.1, "gc_runs": [5, 1, 0],
        "rss_mb": 100.0 * scale, "children_cpu": 4.0 * scale, "children_rss_mb": 110.0 * scale,
        "cpu": {"pages": 2.0 * scale, stage_trace.REST: 1.0 * scale}, "stage_wall": {"pages": 3.0 * scale},
        "children": [{"forked_in": "search files", "cpu": 3.0 * scale, "system": 0.2, "wall": 5.0, "gc": 0.0,
                      "gc_runs": [0, 0, 0], "rss_mb": 110.0, "stages": {"search tokens": 1.0 * scale}}],
    }), encoding="utf-8")
    return str(path)


def test_the_report_gives_milliseconds_per_document_and_their_growth(tmp_path: Path) -> None:
    small = _trace(tmp_path / "a.json", 1000, 1.0)
    large = _trace(tmp_path / "b.json", 4000, 8.0)  # twice the cost a document: not linear
    rows = {line[:58].strip(): line[58:].split() for line in stage_trace.report([small, large]).splitlines()}
    assert rows["parent CPU: pages"] == ["2.00", "4.00", "2.00"]
    assert rows["parent CPU, total"] == ["3.00", "6.00", "2.00"]
    assert rows["children forked in: search files"] == ["3.00", "6.00", "2.00"]
    assert rows["children: search tokens"] == ["1.00", "2.00", "2.00"]
    assert rows["children: outside timed stages"] == ["2.00", "4.00", "2.00"]
    assert rows["parent GC"] == ["0.10", "0.03", "0.25"]
