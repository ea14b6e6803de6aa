"""Evaluate the citation extractor on the hand-annotated fixtures.

Prints, per fixture set and overall: precision and recall of cited documents (matched by
``number_key`` within each document) and relation accuracy over the true positives.
Usage: ``python scripts/citation_eval.py [--seeds-dir /work/shared/seeds]``. Exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.citations import extract, number_key  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "citations"


@dataclass
class Score:
    documents: int = 0
    expected: int = 0
    found: int = 0
    true_positives: int = 0
    relation_correct: int = 0
    skipped: int = 0

    def add(self, other: Score) -> None:
        self.documents += other.documents
        self.expected += other.expected
        self.found += other.found
        self.true_positives += other.true_positives
        self.relation_correct += other.relation_correct
        self.skipped += other.skipped

    def row(self, name: str) -> str:
        precision = self.true_positives / self.found if self.found else 1.0
        recall = self.true_positives / self.expected if self.expected else 1.0
        accuracy = self.relation_correct / self.true_positives if self.true_positives else 1.0
        return (
            f"{name:<10} {self.documents:>5} {self.expected:>9} {self.found:>6} {self.true_positives:>5} "
            f"{precision:>10.1%} {recall:>7.1%} {accuracy:>10.1%}"
        )


def score_document(text: str, expected: list[dict[str, Any]], **kwargs: Any) -> Score:
    extraction = extract(text, **kwargs)
    got = {number_key(c.number): c.relation for c in extraction.citations}
    want = {number_key(str(e["number"])): str(e["relation"]) for e in expected}
    hits = set(got) & set(want)
    return Score(
        documents=1,
        expected=len(want),
        found=len(got),
        true_positives=len(hits),
        relation_correct=sum(1 for k in hits if got[k] == want[k]),
    )


def evaluate_seeds(seeds_dir: Path) -> Score:
    total = Score()
    data = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))
    for seed in data["seeds"]:
        path = seeds_dir / seed["file"]
        if not path.is_file():
            total.skipped += 1
            continue
        text = path.read_text(encoding="utf-8")
        total.add(score_document(text, seed["citations"], own_number=seed["own_number"]))
    return total


def evaluate_variants() -> Score:
    total = Score()
    data = json.loads((FIXTURES / "variants.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        text = case["text"]
        if case.get("nfd"):
            text = unicodedata.normalize("NFD", text)
        total.add(
            score_document(text, case["citations"], own_number=case.get("own_number"), title=case.get("title"))
        )
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds-dir", type=Path, default=Path("/work/shared/seeds"))
    args = parser.parse_args(argv)
    seeds = evaluate_seeds(args.seeds_dir)
    variants = evaluate_variants()
    overall = Score()
    overall.add(seeds)
    overall.add(variants)
    print(f"{'set':<10} {'docs':>5} {'expected':>9} {'found':>6} {'TP':>5} {'precision':>10} {'recall':>7} {'relation':>10}")
    print(seeds.row("seeds"))
    print(variants.row("variants"))
    print(overall.row("overall"))
    if seeds.skipped:
        print(f"({seeds.skipped} seed files not found under {args.seeds_dir}; skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
