"""Where the tracking stage's time goes, at N synthetic documents (a profile to read, not a timed test).

Builds the site model (:func:`vanban.build.build_site`) from ``scripts/synth.py``'s corpus with 21
configured units and prints the wall time of the whole model build and of the tracking stage's three
steps (check, compute, contribute), plus the CPU time of task reading alone (done in the analysis
stage's workers, from the blocks the deadline finder cut) beside deadline finding for scale.
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
from vanban.tracking import pages  # noqa: E402
from vanban.tracking.config import parse_settings  # noqa: E402
from vanban.tracking.tasks import assignments  # noqa: E402

SPENT: dict[str, float] = {}


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
        start = time.process_time()
        for doc, deadlines, read in zip(held, found, cut, strict=True):
            assignments(doc.body, deadlines, read=read)
        reading = time.process_time() - start
        stage = sum(SPENT.values())
        print(f"N={n}: site model {total:.2f} s; tracking {stage:.2f} s ({stage / total:.0%}: check "
              f"{SPENT.get('check', 0):.2f}, compute {SPENT.get('compute', 0):.2f}, contribute "
              f"{SPENT.get('contribute', 0):.2f}); {tasks} tasks; task reading {reading:.2f} s CPU beside "
              f"deadline finding {finding:.2f} s (both in the analysis stage)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
