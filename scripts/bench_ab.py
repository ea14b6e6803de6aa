"""A/B of one vanban plugin option: cold builds of the same corpus, the two settings interleaved.

    python scripts/bench_ab.py 1000 --b tracking=false --pairs 6          # tracking on (A) vs off (B)
    python scripts/bench_ab.py 5000 --b tracking=false --pairs 4
    python scripts/bench_ab.py 1000 5000 --b tracking=false --pairs 5 3 --workers 1   # serial builds

The corpus (``scripts/synth.py``, seed 0) is written once; then A and B are built in turn, the order
swapped every pair (A B, B A, A B, …: a side that always ran second would pay for the first one's
files still being written back; the disks are also synced before each run, outside the timing), each
a cold ``mkdocs build`` as ``scripts/bench.py`` runs it: the repository's
mkdocs.yml and theme with the options set, an empty build cache, a fresh site folder. The machine is
shared and noisy, so each pair is compared within itself: the table gives, for wall seconds and for
user + system CPU seconds of the build and its worker processes (``os.wait4``), the median of each
side with its min–max and the A/B ratio pair by pair as median and min–max, and peak RSS (the build
process's, ``os.wait4``) likewise. ``--workers 1`` sets ``VANBAN_WORKERS=1`` for both sides, so neither
probes for a free second core nor forks workers: on the shared machine the probe's answer changes from run
to run, and with it the CPU a build spends. ``--pairs`` takes one count, or one per size. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vanban_bench", HERE / "bench.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


@dataclass(frozen=True)
class Run:
    ok: bool
    wall: float
    cpu: float  # user + system, the build and every process it waited for
    user: float
    rss_mb: float


def cold_build(config: Path, site: Path, pythonpath: Path | None, workers: int | None = None) -> Run:
    """One cold ``mkdocs build -q`` of *config* into *site* (cache and site removed first)."""
    shutil.rmtree(config.parent / ".cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    os.sync()  # the previous build's files written back now, not during this one
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0", "VANBAN_CACHE_DIR": ".cache/vanban"}
    if workers is not None:
        env["VANBAN_WORKERS"] = str(workers)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(pythonpath), env.get("PYTHONPATH", ""))))
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    with (config.parent / "build.log").open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=config.parent, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    return Run(os.waitstatus_to_exitcode(status) == 0, wall, usage.ru_utime + usage.ru_stime, usage.ru_utime,
               usage.ru_maxrss / 1024)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def report(n: int, a: list[Run], b: list[Run], labels: tuple[str, str]) -> list[str]:
    lines = [f"N={n}: A = {labels[0]}, B = {labels[1]}, {len(a)} pairs, cold builds",
             f"{'figure':<8}  {'A: median (min–max)':<26}  {'B: median (min–max)':<26}  A/B pair by pair: median (min–max)"]
    for name in ("wall", "cpu", "user", "rss_mb"):
        xs, ys = [getattr(r, name) for r in a], [getattr(r, name) for r in b]
        ratios = [x / y for x, y in zip(xs, ys, strict=True) if y]
        lines.append(f"{name:<8}  {_side(xs):<26}  {_side(ys):<26}  {_spread(ratios)}")
    return lines


def _side(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, metavar="N")
    parser.add_argument("--a", action="append", default=[], metavar="KEY=VALUE", help="plugin options of A")
    parser.add_argument("--b", action="append", default=[], metavar="KEY=VALUE", help="plugin options of B")
    parser.add_argument("--pairs", type=int, nargs="+", default=[3], help="pairs per size (one count, or one each)")
    parser.add_argument("--workers", type=int, metavar="N", help="VANBAN_WORKERS for both sides (1: serial builds)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repo", type=Path, default=bench.ROOT, metavar="DIR",
                        help="checkout whose mkdocs.yml, theme_overrides/ and plugins/vanban are built")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the corpus and both projects in DIR/<N>/")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    pythonpath = None if repo == bench.ROOT else repo / "plugins"
    options = bench.parse_options(args.a), bench.parse_options(args.b)
    labels = (" ".join(args.a) or "as configured", " ".join(args.b) or "as configured")
    bench.compile_package(repo)  # its .pyc written once, as installing it does (bench.compile_package)
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="vanban-ab-"))
    out: list[str] = []
    try:
        for i, n in enumerate(args.sizes):
            pairs = args.pairs[min(i, len(args.pairs) - 1)]
            work = base / str(n)
            shutil.rmtree(work, ignore_errors=True)
            content = work / "content"
            bench.synth.write_corpus(content, n, args.seed)
            configs = [bench.vanban_project(work, content, repo, opts, name) for opts, name in zip(options, "ab", strict=True)]
            runs: tuple[list[Run], list[Run]] = ([], [])
            for k in range(pairs):
                for side in ((0, 1) if k % 2 == 0 else (1, 0)):
                    run = cold_build(configs[side], work / f"site-{'ab'[side]}", pythonpath, args.workers)
                    if not run.ok:
                        sys.stderr.write(f"N={n} {'AB'[side]}: build failed, see {configs[side].parent / 'build.log'}\n")
                        return 1
                    runs[side].append(run)
                    sys.stderr.write(f"N={n} pair {k + 1} {'AB'[side]}: wall {run.wall:.1f} s, cpu {run.cpu:.1f} s, "
                                     f"rss {run.rss_mb:.0f} MB\n")
            out += [*report(n, *runs, labels), ""]
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print("\n".join(out).rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
