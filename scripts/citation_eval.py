"""Evaluate the citation extractor on the hand-annotated fixtures.

Prints, per fixture set and overall: precision and recall of cited documents (matched by
``number_key`` within each document) and relation accuracy over the true positives.  The real
sets (tests/fixtures/citations/real/: passages from government portals, see its README) are read
as raw text, the document's own number found by the extractor itself; for them it also prints how
often the own number was found right and how many documents cite themselves.  The held-out sets
were annotated before any code ran on them; once scored they are spent and tuned on (``heldout4``,
scored untuned on 3a79531, is spent since 14:00 on 2026-12-03; ``heldout5`` is spent since the eighth
session, ``heldout6`` since the ninth, ``heldout7`` since the tenth, ``heldout8`` and ``heldout9`` since the
eleventh, heldout9 scored on that session's final code, ``heldout10`` since the twelfth, ``heldout11`` since the
thirteenth, ``heldout12`` since the fourteenth, ``heldout13`` since the fifteenth, ``heldout14`` since the sixteenth,
``heldout15`` since the seventeenth, ``heldout16`` and ``heldout17`` since the nineteenth, ``heldout18`` since the
twentieth, ``heldout19`` since the twenty-first, ``heldout20`` since the twenty-second, ``heldout21`` since the
twenty-third, ``heldout22`` and ``heldout23`` since the twenty-fourth, ``heldout24`` since the twenty-fifth, ``heldout25``
since the twenty-sixth, ``heldout26`` since the twenty-seventh, ``heldout27`` since the twenty-eighth, ``heldout28`` since
the twenty-ninth, ``heldout29`` since the thirtieth, ``heldout30`` since the thirty-first, ``heldout31`` since the
thirty-second, ``heldout32`` since the thirty-third, ``heldout33`` since the thirty-fourth, ``heldout34`` since the
thirty-fifth, ``heldout35`` since the thirty-sixth, ``heldout36`` since the thirty-seventh, ``heldout37`` since the thirty-ninth, ``heldout38`` since the fortieth, ``heldout39`` since the fortieth's end, ``heldout40`` since the forty-first's end, ``heldout41`` since the forty-second's end, each scored on its session's start
and final code).  A fresh set (``FRESH_SETS``, gathered for the final scoring of code not tuned on it; none after the forty-second session's final scoring) is
left out of the default run and scored only when named.  Each real set gets a second line, "vi only": its passages marked
FOREIGN (copies in another language, README rule G) left out, the issue's targets being measured on Vietnamese.
Usage: ``python scripts/citation_eval.py [--sets tuning heldout3] [--seeds-dir DIR] [--errors heldout3]``. Exits 0.
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
REAL = FIXTURES / "real"
REAL_SETS = ("tuning", "tuning2", "tuning3", "tuning4", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
             "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
             "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
             "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
             "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
             "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40",
             "heldout41")
FRESH_SETS: tuple[str, ...] = ()  # fresh, not yet scored: scored only when named (--sets/--errors)
# A fixer's own transfer check (README: "dev14", "dev27", "dev30"): gathered and annotated before any code ran on it, scored after
# each landed rule to see whether it transfers, never tuned on (naming it in --errors ends that); never in the default run.
CHECK_SETS: tuple[str, ...] = ("dev14", "dev27", "dev30")


@dataclass
class Passage:
    """One annotated real passage (see tests/fixtures/citations/real/README.md)."""

    id: str
    source: str
    own: str | None
    citations: list[dict[str, str]]
    text: str
    foreign: bool = False  # "### level: FOREIGN …": a copy in another language (README: left out of the Vietnamese line)


def read_real_set(name: str) -> list[Passage]:
    """The passages of ``real/<name>.txt``: ``### key: value`` header lines, then the text."""
    passages: list[Passage] = []
    current: Passage | None = None
    lines: list[str] = []
    for line in (REAL / f"{name}.txt").read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            key, _, value = line[4:].partition(":")
            value = value.strip()
            if key == "id":
                if current is not None:
                    current.text = "\n".join(lines).rstrip("\n")
                    passages.append(current)
                current, lines = Passage(value, "", None, [], ""), []
            elif current is not None and key == "source":
                current.source = value
            elif current is not None and key == "level":
                current.foreign = value.startswith("FOREIGN")
            elif current is not None and key == "self":
                current.own = value or None
            elif current is not None and key == "cite":
                number, type_name, relation = (part.strip() for part in value.split("|"))
                current.citations.append({"number": number, "type": type_name, "relation": relation})
            continue
        lines.append(line)
    if current is not None:
        current.text = "\n".join(lines).rstrip("\n")
        passages.append(current)
    return passages


@dataclass
class Score:
    documents: int = 0
    expected: int = 0
    found: int = 0
    true_positives: int = 0
    relation_correct: int = 0
    skipped: int = 0
    own_right: int = 0
    self_cited: int = 0
    # relations the text leaves unsettled (Citation.settled False: published as related, never implements), and how
    # many of those the rules had right; the old figure (relation_correct over every true positive) stays as it was
    unsettled: int = 0
    unsettled_right: int = 0

    def add(self, other: Score) -> None:
        self.documents += other.documents
        self.expected += other.expected
        self.found += other.found
        self.true_positives += other.true_positives
        self.relation_correct += other.relation_correct
        self.skipped += other.skipped
        self.own_right += other.own_right
        self.self_cited += other.self_cited
        self.unsettled += other.unsettled
        self.unsettled_right += other.unsettled_right

    def relation_row(self, name: str) -> str:
        """Relations as published: right (settled), wrong (settled), unsettled; accuracy on the settled ones and the
        wrong published among all found (wrong settled / true positives)."""
        settled = self.true_positives - self.unsettled
        right = self.relation_correct - self.unsettled_right
        wrong = settled - right
        on_settled = right / settled if settled else 1.0
        published = wrong / self.true_positives if self.true_positives else 0.0
        return (f"{name:<10} {self.true_positives:>5} {right:>6} {wrong:>6} {self.unsettled:>10} "
                f"{self.unsettled_right:>9} {on_settled:>11.1%} {published:>16.1%}")

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


def score_passage(passage: Passage, errors: list[str]) -> Score:
    """A real passage read as raw text: citations, relations, the own number and self-citation."""
    extraction = extract(passage.text, find_own=True)
    errors_before = len(errors)
    got = {number_key(c.number): c for c in extraction.citations}
    want = {number_key(e["number"]): e for e in passage.citations}
    hits = set(got) & set(want)
    own = extraction.own.number if extraction.own is not None else None
    own_key = number_key(own) if own else None
    want_own = number_key(passage.own) if passage.own else None
    for k in sorted(set(got) - set(want)):
        errors.append(f"{passage.id}: thừa {got[k].number} ({got[k].relation})")
    for k in sorted(set(want) - set(got)):
        errors.append(f"{passage.id}: thiếu {want[k]['number']}")
    for k in sorted(hits):
        if got[k].relation != want[k]["relation"]:
            unsure = "" if got[k].settled else " (chưa rõ: không công bố là quan hệ đó)"
            errors.append(f"{passage.id}: {want[k]['number']} là {got[k].relation}, cần {want[k]['relation']}{unsure}")
    if own_key != want_own:
        errors.append(f"{passage.id}: số của chính văn bản {own!r}, cần {passage.own!r}")
    if passage.foreign:
        errors[errors_before:] = [f"{line} [FOREIGN]" for line in errors[errors_before:]]
    return Score(
        documents=1,
        expected=len(want),
        found=len(got),
        true_positives=len(hits),
        relation_correct=sum(1 for k in hits if got[k].relation == want[k]["relation"]),
        own_right=int(own_key == want_own),
        self_cited=int(want_own is not None and want_own in got),
        unsettled=sum(1 for k in hits if not got[k].settled),
        unsettled_right=sum(1 for k in hits if not got[k].settled and got[k].relation == want[k]["relation"]),
    )


def evaluate_real(name: str, errors: list[str], vietnamese: Score | None = None) -> Score:
    """Every passage of the set; ``vietnamese``, when given, also sums the passages not marked FOREIGN."""
    total = Score()
    for passage in read_real_set(name):
        score = score_passage(passage, errors)
        total.add(score)
        if vietnamese is not None and not passage.foreign:
            vietnamese.add(score)
    return total


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
    parser.add_argument("--seeds-dir", type=Path, default=ROOT / "tests" / "fixtures" / "seeds",
                        help="the five seed documents (default: the copies in tests/fixtures/seeds)")
    parser.add_argument("--errors", choices=REAL_SETS + FRESH_SETS + CHECK_SETS,
                        help="list every miss, extra and wrong relation of one real set (scores it too)")
    parser.add_argument("--sets", nargs="+", choices=REAL_SETS + FRESH_SETS + CHECK_SETS, default=list(REAL_SETS), metavar="NAME",
                        help="score only these real sets (default: all spent sets, never a fresh one); a tuner names the sets it may read")
    args = parser.parse_args(argv)
    names = list(dict.fromkeys([*args.sets, *([args.errors] if args.errors else [])]))
    errors: dict[str, list[str]] = {name: [] for name in names}
    vietnamese = {name: Score() for name in names}
    real = {name: evaluate_real(name, errors[name], vietnamese[name]) for name in names}
    seeds = evaluate_seeds(args.seeds_dir)
    variants = evaluate_variants()
    overall = Score()
    overall.add(seeds)
    overall.add(variants)
    print(f"{'set':<10} {'docs':>5} {'expected':>9} {'found':>6} {'TP':>5} {'precision':>10} {'recall':>7} {'relation':>10}")
    print(seeds.row("seeds"))
    print(variants.row("variants"))
    print(overall.row("overall"))
    print()
    print("real sets (raw text, own number found by the extractor; each set's second line, \"  vi only\", leaves out")
    print("the passages marked FOREIGN: the issue's targets are measured on Vietnamese text):")
    print(f"{'set':<10} {'docs':>5} {'expected':>9} {'found':>6} {'TP':>5} {'precision':>10} {'recall':>7} {'relation':>10}"
          f" {'own no.':>8} {'self-cited':>10}")
    for name, score in real.items():
        print(f"{score.row(name)} {score.own_right:>4}/{score.documents:<3} {score.self_cited:>10}")
        only = vietnamese[name]
        print(f"{only.row('  vi only')} {only.own_right:>4}/{only.documents:<3} {only.self_cited:>10}")
    print()
    print("relations as published (vi only): right and wrong among the settled, unsettled (shown as related, never")
    print("implements) and how many of those the rules had right; accuracy on the settled; wrong published / found:")
    print(f"{'set':<10} {'TP':>5} {'right':>6} {'wrong':>6} {'unsettled':>10} {'of those':>9} {'on settled':>11} "
          f"{'wrong published':>16}")
    for name in real:
        print(vietnamese[name].relation_row(name))
    if args.errors:
        print()
        print("\n".join(errors[args.errors]))
    if seeds.skipped:
        print(f"({seeds.skipped} seed files not found under {args.seeds_dir}; skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
