"""When each content file came into the collection: which of two documents is the newcomer.

A page's address must not change when an unrelated document arrives (a second ``300/LĐLĐ``
of another agency): the one that was there first keeps the plain slug, the newcomer gets the
suffix. "First" is the commit that added the file (one ``git log`` over the folder, run only
when two documents need one slug), else the time the file was first seen (a file not yet
committed is the newest), then its path.

Outside git a file's modification time is all the folder says, and saving an edit renews it: the
older of two documents sharing a number would become the newcomer and move to the suffixed
address. So the first time seen is *remembered* (:func:`arrival_times`' *known*, a ledger kept by
the caller: ``mkdocs serve`` holds it between rebuilds, and :func:`read_ledger` /
:func:`write_ledger` keep it in the build cache's folder as ``arrivals.json``, which pruning
leaves alone). Without a ledger (no cache folder, or it was deleted) the modification time decides.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import subprocess
import tempfile
from collections.abc import Iterable, MutableMapping
from pathlib import Path

LEDGER = "arrivals.json"  # in the build cache's folder, beside the code generations


def _added_in_git(root: Path) -> dict[str, float]:
    try:
        run = subprocess.run(
            ["git", "-c", "core.quotepath=false", "-C", str(root), "log", "--diff-filter=A", "--format=@%ct",
             "--name-only", "--relative", "--no-renames", "--", "."],
            capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if run.returncode != 0:
        return {}
    added: dict[str, float] = {}
    when = 0.0
    for line in run.stdout.splitlines():
        if line.startswith("@"):
            when = float(line[1:] or 0)
        elif line:
            added.setdefault(line, when)  # newest first: the latest time the file was (re)added
    return added


def arrival_times(root: Path, sources: Iterable[str],
                  known: MutableMapping[str, float] | None = None) -> dict[str, float]:
    """Arrival time of each of *sources* (content-relative paths). Outside git, *known* (source →
    time first seen) answers for a file seen before and learns the modification time of a new one."""
    wanted = list(sources)
    added = _added_in_git(root)
    times: dict[str, float] = {}
    for source in wanted:
        if source in added:
            times[source] = added[source]
            continue
        if known is not None and source in known:
            times[source] = known[source]
            continue
        try:
            times[source] = os.lstat(root / source).st_mtime
        except OSError:
            times[source] = float("inf")
            continue
        if known is not None:
            known[source] = times[source]
    return times


def read_ledger(folder: Path) -> dict[str, float]:
    """The times first seen kept in *folder* (empty when there is none, or it is unreadable)."""
    try:
        data = json.loads((folder / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: float(v) for k, v in data.items()
            if isinstance(k, str) and isinstance(v, (int, float)) and abs(v) < 1e12 and math.isfinite(v)}


def write_ledger(folder: Path, known: MutableMapping[str, float]) -> None:
    """Keep *known* in *folder*, atomically (a temporary file renamed into place)."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=LEDGER, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(dict(sorted(known.items())), out, ensure_ascii=False)
            os.replace(temporary, folder / LEDGER)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
