"""Citation extraction time on the synthetic corpus, one tree against another, runs interleaved.

    python scripts/citation_speed.py                          # this tree: ms per N documents
    python scripts/citation_speed.py --against /tmp/base      # this tree and another, interleaved

Each run is a fresh process that generates N documents with ``scripts/synth.py`` (of this tree, so
both trees read the same text), then times :func:`vanban.citations.extract` on every body, with its
own number and title as the build passes them, and prints the best of ``--repeat`` passes in ms of
CPU time (the process's own: on a shared machine, less disturbed than wall time).
With ``--against`` the two trees' runs alternate ``--rounds`` times (a shared machine's load then
falls on both alike) and the medians and their ratio are printed.  A profile to read, not a timed
test (the team keeps to 1,000 documents or fewer).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(repo: Path, n: int, repeat: int) -> float:
    """Best of *repeat* passes of extraction over *n* synthetic bodies, in ms (imports *repo*'s package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(repo / "plugins"))
    import synth

    from vanban.citations import extract

    docs = [(d.text.split("\n---\n", 1)[1], d.number, d.title) for d in synth.generate(n, 0)]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for body, number, title in docs:
            extract(body, own_number=number, title=title)
        best = min(best, time.process_time() - start)
    return best * 1000


def child(repo: Path, n: int, repeat: int) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--repo", str(repo), "-n", str(n), "--repeat", str(repeat)],
        capture_output=True, text=True, check=True,
    )
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=1000, help="synthetic documents (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per run; the best counts (default 3)")
    parser.add_argument("--rounds", type=int, default=5, help="runs per tree with --against (default 5)")
    parser.add_argument("--against", type=Path, help="another tree (its plugins/ is imported) to compare with")
    parser.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(f"{run_once(args.repo, args.n, args.repeat):.1f}")
        return 0
    if args.against is None:
        print(f"{child(ROOT, args.n, args.repeat):.1f} ms for {args.n} documents")
        return 0
    here: list[float] = []
    there: list[float] = []
    for _ in range(args.rounds):
        there.append(child(args.against, args.n, args.repeat))
        here.append(child(ROOT, args.n, args.repeat))
    a, b = statistics.median(there), statistics.median(here)
    print(f"{args.against}: {a:.1f} ms  (runs {', '.join(f'{t:.0f}' for t in there)})")
    print(f"{ROOT}: {b:.1f} ms  (runs {', '.join(f'{t:.0f}' for t in here)})")
    print(f"ratio this/other: {b / a:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
