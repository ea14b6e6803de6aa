"""Where the tracking stage's time goes, at N synthetic documents (a profile to read, not a timed test).

Builds the site model (:func:`vanban.build.build_site`) from ``scripts/synth.py``'s corpus with 21
configured units and prints the wall time of the whole model build and of the tracking stage's three
steps (check, compute, contribute), plus the CPU time of task reading alone (done in the analysis
stage's workers, from the blocks the deadline finder cut) beside deadline finding for scale, and where
the reading's CPU goes: the "TỔ CHỨC THỰC HIỆN" items (:func:`vanban.tracking.tasks._section`, ``_items``,
``_item_text``), the fast walk's first test (:func:`vanban.tracking.scan.may_name_holder`), its exact gate on
the blocks that pass it (tone marks, lower case, :func:`vanban.tracking.sentences._candidate`: passed and
turned away apart), the clauses read (:meth:`vanban.tracking.walk.Walk.clauses`, and how many of those blocks
gave a row), the walk's own loop the rest. The split wraps those functions (about 10 ms more at 1,000).
Usage: ``python scripts/tracking_profile.py 250 500 1000`` (the team keeps to 1,000 or fewer here).
"""

from __future__ import annotations

import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import synth  # noqa: E402

from portal_fixture import portal_config  # noqa: E402
from vanban.build import build_site  # noqa: E402
from vanban.corpus import load_corpus  # noqa: E402
from vanban.deadlines import extract_deadlines  # noqa: E402
from vanban.deadlines.blocks import blocks  # noqa: E402
from vanban.site import SiteConfig  # noqa: E402
from vanban.tracking import pages, sentences, tasks  # noqa: E402
from vanban.tracking import patterns as tp  # noqa: E402
from vanban.tracking.config import parse_settings  # noqa: E402
from vanban.tracking.tasks import assignments  # noqa: E402
from vanban.tracking.walk import Walk  # noqa: E402

SPENT: dict[str, float] = {}
READ: dict[str, float] = {}  # CPU seconds of the reading's parts (:func:`_reading_split`)
COUNTS: dict[str, int] = {}
DEPTH = [0]  # a wrapped part called inside another (tone marks inside the clauses) is the outer one's


def _cpu(name: str, fn: Callable[..., Any], judge: Callable[[Any], str] | None = None) -> Callable[..., Any]:
    """*fn* with its CPU time added to READ[name] (or to READ[name + judge(result)]) and its calls counted,
    when no other wrapped part is running."""
    @functools.wraps(fn)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        if DEPTH[0]:
            return fn(*args, **kwargs)
        DEPTH[0] += 1
        start = time.process_time()
        try:
            result = fn(*args, **kwargs)
        finally:
            DEPTH[0] -= 1
        key = name + (judge(result) if judge else "")
        READ[key] = READ.get(key, 0.0) + time.process_time() - start
        COUNTS[key] = COUNTS.get(key, 0) + 1
        return result
    return wrap


def _reading_split(read: Callable[[], None]) -> str:
    """Where task reading's CPU goes: *read* run once more with the readers' parts wrapped."""
    saved = [(tasks, "_section"), (tasks, "_items"), (tasks, "_item_text"), (sentences, "may_name_holder"),
             (sentences, "_candidate"), (tp, "retone"), (Walk, "clauses")]
    kept = [getattr(owner, name) for owner, name in saved]
    READ.clear()
    COUNTS.clear()
    for owner, name in saved[:3]:
        setattr(owner, name, _cpu("section", getattr(owner, name)))
    sentences.may_name_holder = _cpu("first test", kept[3], lambda ok: " passed" if ok else " turned away")
    sentences._candidate = _cpu("exact gate", kept[4], lambda ok: " passed" if ok else " turned away")
    tp.retone = _cpu("tone marks", kept[5])
    rows = 0

    def clauses(walk: Walk, *args: Any) -> None:
        nonlocal rows
        before = len(walk.out)
        kept[6](walk, *args)
        rows += len(walk.out) > before

    Walk.clauses = _cpu("clauses", clauses)  # type: ignore[method-assign]
    try:
        start = time.process_time()
        read()
        whole = time.process_time() - start
    finally:
        for (owner, name), fn in zip(saved, kept, strict=True):
            setattr(owner, name, fn)
    parts = ", ".join(f"{key} {READ[key]:.3f} ({COUNTS[key]:,})" for key in sorted(READ))
    rest = whole - sum(READ.values())
    return (f"reading split, wrapped {whole:.2f} s CPU: {parts}; blocks read clause by clause that gave a row "
            f"{rows:,}; the walk's own loop {rest:.3f}")


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] = SPENT.get(name, 0.0) + time.perf_counter() - start
    return wrap


def main(argv: list[str]) -> int:
    for name in ("check", "compute", "contribute"):
        setattr(pages, name, _timed(name, getattr(pages, name)))
    units = [{"name": "UBND huyện", "level": "huyện"}]
    units += [{"name": f"UBND xã {i}", "level": "xã", "parent": "UBND huyện"} for i in range(20)]
    settings = parse_settings({"units": units})
    for n in map(int, argv or ["1000"]):
        with tempfile.TemporaryDirectory() as tmp:
            synth.write_corpus(Path(tmp), n)
            corpus = load_corpus(Path(tmp))
        SPENT.clear()
        start = time.perf_counter()
        result = build_site(corpus, SiteConfig(site_name="Thử", site_url="https://x.example.vn/",
                                               portal=portal_config(), tracking=settings))
        total = time.perf_counter() - start
        tasks = len(json.loads(result.site.outputs["data/tracking.json"])["tasks"])
        held = [d for d in corpus.documents if d.held]
        cut = [tuple(blocks(d.body)) for d in held]
        start = time.process_time()
        found = [extract_deadlines(d.body, doc_date=d.date.to_date() if d.date else None, read=read)
                 for d, read in zip(held, cut, strict=True)]
        finding = time.process_time() - start

        def read_all(held: list[Any] = held, found: list[Any] = found, cut: list[Any] = cut) -> None:
            for doc, deadlines, read in zip(held, found, cut, strict=True):
                assignments(doc.body, deadlines, read=read)

        start = time.process_time()
        read_all()
        reading = time.process_time() - start
        stage = sum(SPENT.values())
        print(f"N={n}: site model {total:.2f} s; tracking {stage:.2f} s ({stage / total:.0%}: check "
              f"{SPENT.get('check', 0):.2f}, compute {SPENT.get('compute', 0):.2f}, contribute "
              f"{SPENT.get('contribute', 0):.2f}); {tasks} tasks; task reading {reading:.2f} s CPU beside "
              f"deadline finding {finding:.2f} s (both in the analysis stage)")
        print(f"N={n}: {_reading_split(read_all)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
