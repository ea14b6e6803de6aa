"""A real cold build's cost by stage, in the parent and in each forked child: CPU, wall, GC, peak RSS.

    python scripts/stage_trace.py run PROJECT/mkdocs.yml OUT.json [--repo DIR]   # one cold build
    python scripts/stage_trace.py report A.json B.json …                         # ms per document, side by side

``run`` builds as ``scripts/bench.py`` builds cold (default workers, an empty build cache in a temporary
folder, a fresh site folder), with the stage functions of ``stage_profile.TIMED`` on two clocks (this
process's CPU and the wall), each charged its own time (a timed call inside another is taken out of the
outer one). Every forked child (analysis workers, the search files' child, page workers, the folders'
child, the concurrency probe) writes, as it leaves through ``os._exit``, its CPU, the stages it ran and
its collector's time, labelled by the stage its parent was in when it forked. The cycle collector is
clocked through ``gc.callbacks`` (CPU and collections by generation); peak RSS is ``ru_maxrss`` of the
parent and the largest child's. ``report`` gives milliseconds per document, the column to read for
linear cost, and the growth of the last file's figure over the first's (1.00: linear).
A measurement to read, not a test: run it under the bench lock.
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import json
import os
import resource
import runpy
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stage_profile  # a sibling script: its stage list and its installer

REST = "the rest"
# finer than stage_profile.TIMED: what "the rest" and the children's untimed time hold
EXTRA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("regex compile", ("re._compiler:compile",)),
    ("search files: index", ("vanban.search.bundle:build_bundle",)),
    ("MkDocs: config, files, nav", ("mkdocs.config.base:load_config", "mkdocs.structure.files:get_files",
                                    "mkdocs.structure.nav:get_navigation")),
    ("MkDocs: populate pages", ("mkdocs.commands.build:_populate_page",)),
)


class TwoClocks:
    """Own CPU and wall seconds by stage; the stage open now (what a forked child is labelled by)."""

    def __init__(self, cpu: Callable[[], float] = time.process_time,
                 wall: Callable[[], float] = time.perf_counter) -> None:
        self.cpu_now, self.wall_now = cpu, wall
        self.cpu: collections.defaultdict[str, float] = collections.defaultdict(float)
        self.wall: collections.defaultdict[str, float] = collections.defaultdict(float)
        self.open: list[tuple[str, float, float]] = []  # (stage, inner CPU, inner wall) per open call

    def timed(self, stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = self.cpu_now(), self.wall_now()
            self.open.append((stage, 0.0, 0.0))
            try:
                return func(*args, **kwargs)
            finally:
                took_cpu, took_wall = self.cpu_now() - cpu, self.wall_now() - wall
                _, inner_cpu, inner_wall = self.open.pop()
                self.cpu[stage] += took_cpu - inner_cpu
                self.wall[stage] += took_wall - inner_wall
                if self.open:
                    name, c, w = self.open[-1]
                    self.open[-1] = (name, c + took_cpu, w + took_wall)
        call.__wrapped__ = func  # type: ignore[attr-defined]  # inspect.signature sees the function's own
        call.__name__ = getattr(func, "__name__", "call")
        return call

    def stage(self) -> str:
        return self.open[-1][0] if self.open else REST


class Collector:
    """The cycle collector's CPU and collections by generation, through ``gc.callbacks``."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.runs = [0, 0, 0]
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.cpu += time.process_time() - self._start
            self.runs[info["generation"]] += 1

    def reset(self) -> None:
        self.cpu, self.runs = 0.0, [0, 0, 0]


def traced_build(out: str, config: str, site: str) -> None:
    """In the build's process: ``mkdocs build`` traced; the parent's and the children's figures to *out*."""
    started = time.perf_counter()
    stage_profile._old_layout()
    importlib.import_module("vanban.mkdocs.plugin")
    clocks = TwoClocks()
    stage_profile.install(clocks)  # type: ignore[arg-type]
    stage_profile.install(clocks, EXTRA)  # type: ignore[arg-type]
    collector = Collector()
    gc.callbacks.append(collector)
    children = Path(out + ".children")
    children.mkdir(exist_ok=True)
    parent = os.getpid()
    at_fork: dict[str, Any] = {}

    def forked() -> None:
        at_fork.update(stage=clocks.stage(), cpu=dict(clocks.cpu), wall=time.perf_counter())
        collector.reset()
    os.register_at_fork(after_in_child=forked)
    real_exit = os._exit

    def leave(status: int) -> None:
        if os.getpid() != parent:
            ran = {k: round(v - at_fork["cpu"].get(k, 0.0), 4) for k, v in clocks.cpu.items()
                   if v - at_fork["cpu"].get(k, 0.0) > 0}
            usage = resource.getrusage(resource.RUSAGE_SELF)
            (children / f"{os.getpid()}.json").write_text(json.dumps({
                "forked_in": at_fork["stage"], "cpu": round(usage.ru_utime + usage.ru_stime, 4),
                "system": round(usage.ru_stime, 4), "wall": round(time.perf_counter() - at_fork["wall"], 4),
                "stages": ran, "gc": round(collector.cpu, 4), "gc_runs": collector.runs,
                "rss_mb": round(usage.ru_maxrss / 1024, 1)}), encoding="utf-8")
        real_exit(status)
    os._exit = leave  # type: ignore[assignment]
    adapter = importlib.import_module("vanban.mkdocs.plugin")
    plugin = sys.modules[adapter.VanbanPlugin.__module__]
    corpora: list[Any] = []
    load = getattr(plugin, "load_corpus")  # noqa: B009  (replaced below: the count of documents)

    def counted(*args: Any, **kwargs: Any) -> Any:
        corpora.append(load(*args, **kwargs))
        return corpora[-1]
    setattr(plugin, "load_corpus", counted)  # noqa: B010
    sys.argv = ["mkdocs", "build", "-q", "-f", config, "-d", site]
    try:
        runpy.run_module("mkdocs", run_name="__main__")
    except SystemExit as stop:
        if stop.code:
            raise
    mine = resource.getrusage(resource.RUSAGE_SELF)
    theirs = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {k: round(v, 4) for k, v in clocks.cpu.items()}
    total = mine.ru_utime + mine.ru_stime
    cpu[REST] = round(total - sum(clocks.cpu.values()), 4)
    wall = {k: round(v, 4) for k, v in clocks.wall.items()}
    elapsed = time.perf_counter() - started
    wall[REST] = round(elapsed - sum(clocks.wall.values()), 4)
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(children.glob("*.json"))]
    Path(out).write_text(json.dumps({
        "documents": len(corpora[-1].documents) if corpora else 0, "wall": round(elapsed, 3),
        "cpu": cpu, "stage_wall": wall, "system": round(mine.ru_stime, 3), "gc": round(collector.cpu, 4),
        "gc_runs": collector.runs, "rss_mb": round(mine.ru_maxrss / 1024, 1),
        "children_cpu": round(theirs.ru_utime + theirs.ru_stime, 3), "children_rss_mb": round(theirs.ru_maxrss / 1024, 1),
        "children": found}, ensure_ascii=False), encoding="utf-8")


def run(config: Path, out: Path, repo: Path | None, cache: Path | None = None) -> int:
    """One build traced into a fresh site folder: cold in an empty build cache, or warm (an edit build when
    the content changed since) with *cache*, a cache folder an earlier build of the project filled."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    if repo is not None:
        env["PYTHONPATH"] = str(repo.resolve() / "plugins")
    with tempfile.TemporaryDirectory(prefix="vanban-trace-") as work:
        # empty: a cold build that fills it, as bench's; or the given one: a warm or edit build
        env["VANBAN_CACHE_DIR"] = str(cache.resolve() if cache is not None else Path(work) / "cache")
        return subprocess.call([sys.executable, __file__, "_traced", str(out.resolve()), str(config.resolve()),
                                str(Path(work) / "site")], env=env)


def _rows(found: dict[str, Any]) -> dict[str, float]:
    """Seconds by row name: the parent's stages (CPU), its wall, the children by the stage they forked in."""
    rows: dict[str, float] = {f"parent CPU: {k}": v for k, v in found["cpu"].items()}
    rows["parent CPU, total"] = sum(found["cpu"].values())
    rows["parent system CPU"] = found["system"]
    rows["parent GC"] = found["gc"]
    by_fork: collections.defaultdict[str, float] = collections.defaultdict(float)
    by_stage: collections.defaultdict[str, float] = collections.defaultdict(float)
    for child in found["children"]:
        by_fork[child["forked_in"]] += child["cpu"]
        by_stage["system"] += child["system"]
        by_stage["GC"] += child["gc"]
        for name, seconds in child["stages"].items():
            by_stage[name] += seconds
        by_stage["outside timed stages"] += child["cpu"] - sum(child["stages"].values())
    rows.update({f"children forked in: {k}": v for k, v in by_fork.items()})
    rows["children CPU, total"] = sum(by_fork.values())
    rows.update({f"children: {k}": v for k, v in by_stage.items()})
    rows.update({f"parent wall: {k}": v for k, v in found["stage_wall"].items()})
    rows["wall, whole build"] = found["wall"]
    return rows


def report(paths: list[str]) -> str:
    found = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
    columns = [{k: v * 1000 / max(1, f["documents"]) for k, v in _rows(f).items()} for f in found]
    names = sorted({n for c in columns for n in c}, key=lambda n: (n.split(":")[0], -columns[-1].get(n, 0.0)))
    lines = ["ms per document".ljust(58) + "".join(f"{f['documents']:>9d}" for f in found) + "  last/first"]
    for name in names:
        row = [c.get(name, 0.0) for c in columns]
        growth = f"{row[-1] / row[0]:9.2f}" if row[0] > 0.005 else ""
        lines.append(name[:57].ljust(58) + "".join(f"{v:9.2f}" for v in row) + " " + growth)
    lines.append("peak RSS MB (parent / largest child)".ljust(58)
                 + "".join(f"{f['rss_mb']:>5.0f}/{f['children_rss_mb']:<4.0f}" for f in found))
    lines.append("parent GC collections (gen 0/1/2)".ljust(58) + "  ".join("/".join(map(str, f["gc_runs"])) for f in found))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("run", help="trace one build (cold, or warm with --cache)")
    one.add_argument("config", type=Path)
    one.add_argument("out", type=Path)
    one.add_argument("--repo", type=Path)
    one.add_argument("--cache", type=Path, help="a filled build cache: a warm (or, after an edit, edit) build")
    many = commands.add_parser("report", help="traces side by side, ms per document")
    many.add_argument("traces", nargs="+")
    child = commands.add_parser("_traced")
    child.add_argument("out")
    child.add_argument("config")
    child.add_argument("site")
    args = parser.parse_args(argv)
    if args.command == "_traced":
        traced_build(args.out, args.config, args.site)
        return 0
    if args.command == "run":
        return run(args.config, args.out, args.repo, args.cache)
    print(report(args.traces))
    return 0


if __name__ == "__main__":
    sys.exit(main())
