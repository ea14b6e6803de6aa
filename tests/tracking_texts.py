"""The texts the tracking reader's cost tests read: every spent real set, the demo, the tracking fixture and a
synthetic corpus (the fresh held-out sets are never read here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent


def tracking_texts(synthetic: int, seed: int) -> Iterator[str]:
    """Each text in turn; *synthetic* documents of ``scripts/synth.py`` with *seed* last."""
    evaluate = load_script("tracking_eval")
    for name in evaluate.SETS:
        for passage in evaluate.read_set(name):
            yield passage.text
    for folder in (ROOT / "tests" / "fixtures" / "tracking" / "content", ROOT / "content"):
        for path in sorted(folder.rglob("*.md")):
            yield path.read_text(encoding="utf-8")
    for doc in load_script("synth").generate(synthetic, seed):
        yield doc.text
