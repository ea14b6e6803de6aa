"""When each content file came into the collection: which of two documents is the newcomer.

A page's address must not change when an unrelated document arrives (a second ``300/LĐLĐ``
of another agency): the one that was there first keeps the plain slug, the newcomer gets the
suffix. "First" is the commit that added the file (one ``git log`` over the folder, run only
when two documents need one slug), else the file's modification time (a file not yet
committed is the newest), then its path.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path


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


def arrival_times(root: Path, sources: Iterable[str]) -> dict[str, float]:
    """Arrival time of each of *sources* (content-relative paths)."""
    wanted = list(sources)
    added = _added_in_git(root)
    times: dict[str, float] = {}
    for source in wanted:
        if source in added:
            times[source] = added[source]
            continue
        try:
            times[source] = os.lstat(root / source).st_mtime
        except OSError:
            times[source] = float("inf")
    return times
