"""How far a second annotator agrees with a set's relation labels, and with the code.

Why: the relation target (≥ 0.95 on unseen text) is only reachable if two careful readers following the
README's rules agree at least that often. This script makes a BLIND copy of a set (text, own number, cited
numbers and types; no relation column, no ``### level:`` notes, which often explain the label; FOREIGN passages
left out, rule G), reads a second annotator's labels written on that copy, and compares gold, second annotator
and code (``vanban.citations.extract``): agreement, Cohen's kappa, and the three-way table.

    python scripts/relation_agreement.py blind heldout29 heldout30 --out DIR
    python scripts/relation_agreement.py compare tests/fixtures/citations/real/agreement/heldout29_30.second.txt

The second annotator's file has the sets' format (``### cite: number | type | relation``) plus one
``### note: number | rule | sure/unsure | why`` line per cited number (README "Second annotator").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "scripts"))

from citation_eval import Passage, read_real_set  # noqa: E402

from vanban.citations import extract, number_key  # noqa: E402

RELATIONS = ("implements", "mentions")


@dataclass(frozen=True)
class Note:
    """The second annotator's mark on one label: the rule applied and whether the rules settled it."""

    rule: str
    unsure: bool
    why: str


@dataclass
class Labelled:
    """One passage as the second annotator labelled it."""

    id: str
    relations: dict[str, str] = field(default_factory=dict)  # number_key -> relation
    numbers: dict[str, str] = field(default_factory=dict)  # number_key -> number as written
    notes: dict[str, Note] = field(default_factory=dict)  # number_key -> note
    seen: bool = False  # ``### seen: yes``: the annotator glimpsed something of this passage's gold before labelling


@dataclass(frozen=True)
class Row:
    """One cited number judged by all three readers (``code`` is None when the code missed the number)."""

    passage: str
    number: str
    gold: str
    second: str
    code: str | None
    doubtful: bool
    note: Note | None
    seen: bool = False

    @property
    def unsure(self) -> bool:
        return self.note is not None and self.note.unsure


def blind_text(passages: Iterable[Passage]) -> str:
    """The blind copy: every non-FOREIGN passage with its cited numbers and types, relations and DOUBTFUL marks left out."""
    out: list[str] = []
    for passage in passages:
        if passage.foreign:
            continue
        out.append(f"### id: {passage.id}")
        out.append(f"### source: {passage.source}")
        out.append(f"### self: {passage.own or ''}")
        out.extend(f"### cite: {c['number']} | {c['type']} | ?" for c in passage.citations)
        out.append(passage.text)
    return "\n".join(out) + "\n"


def doubtful_ids(path: Path) -> list[str]:
    """Passages whose ``### level:`` starts with DOUBTFUL (the gold annotator's own doubt), read without the note."""
    ids: list[str] = []
    current = ""
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### id:"):
            current = line[7:].strip()
        elif line.startswith("### level:") and line[10:].strip().startswith("DOUBTFUL"):
            ids.append(current)
    return ids


def read_labels(text: str) -> dict[str, Labelled]:
    """The second annotator's file: ``### id``, ``### cite: n | type | relation``, ``### note: n | rule | unsure | why``."""
    result: dict[str, Labelled] = {}
    current: Labelled | None = None
    for line in text.split("\n"):
        if not line.startswith("### "):
            continue
        key, _, value = line[4:].partition(":")
        value = value.strip()
        if key == "id":
            current = result.setdefault(value, Labelled(value))
        elif current is not None and key == "cite":
            number, _type, relation = (part.strip() for part in value.split("|"))
            if relation not in RELATIONS:
                raise ValueError(f"{current.id}: {number}: relation {relation!r}")
            current.relations[number_key(number)] = relation
            current.numbers[number_key(number)] = number
        elif current is not None and key == "seen":
            current.seen = value == "yes"
        elif current is not None and key == "note":
            parts = [part.strip() for part in value.split("|", 3)]
            number, rule, sureness, why = [*parts, "", "", ""][:4]
            current.notes[number_key(number)] = Note(rule, sureness == "unsure", why)
    return result


def rows(gold: Sequence[Passage], second: dict[str, Labelled], doubtful: Iterable[str] = ()) -> list[Row]:
    """Every cited number the second annotator labelled, with the gold's and the code's relation."""
    marked = set(doubtful)
    out: list[Row] = []
    for passage in gold:
        labelled = second.get(passage.id)
        if labelled is None or passage.foreign:
            continue
        code = {number_key(c.number): c.relation for c in extract(passage.text, find_own=True).citations}
        for cite in passage.citations:
            key = number_key(cite["number"])
            if key not in labelled.relations:
                continue
            out.append(Row(passage.id, cite["number"], cite["relation"], labelled.relations[key], code.get(key),
                           passage.id in marked, labelled.notes.get(key), labelled.seen))
    return out


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of two readers over the same items (1.0 when chance agreement is already total)."""
    if not pairs:
        return 1.0
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[r] * right[r] for r in set(left) | set(right)) / (n * n)
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def agreement(pairs: Sequence[tuple[str, str]]) -> str:
    """``a/n = p %, κ = k`` for one pair of readers."""
    same = sum(1 for a, b in pairs if a == b)
    share = same / len(pairs) if pairs else 1.0
    return f"{same}/{len(pairs)} = {share:.1%}, κ = {kappa(pairs):.3f}"


THREE_WAY = (
    "all three agree",
    "second sides with the code against the gold",
    "second sides with the gold against the code",
    "second alone against gold and code",
    "code missed the number",
)


def side(row: Row) -> str:
    """Where one cited number falls in the three-way table (two relations only, so one of the five holds)."""
    if row.code is None:
        return THREE_WAY[4]
    if row.gold == row.second == row.code:
        return THREE_WAY[0]
    if row.second == row.code:
        return THREE_WAY[1]
    if row.second == row.gold:
        return THREE_WAY[2]
    return THREE_WAY[3]


def three_way(table: Sequence[Row]) -> dict[str, tuple[int, int]]:
    """Each three-way cell: (numbers, of which the second annotator marked unsure)."""
    counts: Counter[str] = Counter(side(r) for r in table)
    unsure: Counter[str] = Counter(side(r) for r in table if r.unsure)
    return {cell: (counts[cell], unsure[cell]) for cell in THREE_WAY}


def report(gold_sets: dict[str, list[Passage]], second: dict[str, Labelled], doubtful: Iterable[str] = ()) -> str:
    """The figures the README section quotes: per set, pooled, non-DOUBTFUL, code, three-way, the disagreements."""
    marked = set(doubtful)
    lines: list[str] = []
    pooled: list[Row] = []
    for name, passages in gold_sets.items():
        table = rows(passages, second, marked)
        pooled.extend(table)
        lines.append(f"{name}: second vs gold {agreement([(r.gold, r.second) for r in table])}")
    lines.append(f"pooled: second vs gold {agreement([(r.gold, r.second) for r in pooled])}")
    plain = [r for r in pooled if not r.doubtful]
    lines.append(f"pooled, gold's non-DOUBTFUL passages: {agreement([(r.gold, r.second) for r in plain])}")
    sure = [r for r in pooled if not r.unsure]
    lines.append(f"pooled, second's sure labels: {agreement([(r.gold, r.second) for r in sure])}")
    unsure = [r for r in pooled if r.unsure]
    lines.append(f"pooled, second's unsure labels: {agreement([(r.gold, r.second) for r in unsure])}")
    unseen = [r for r in pooled if not r.seen]
    lines.append(f"pooled, passages whose gold the second never glimpsed: {agreement([(r.gold, r.second) for r in unseen])}")
    found = [r for r in pooled if r.code is not None]
    lines.append(f"code found: {len(found)}/{len(pooled)}")
    lines.append(f"code vs gold: {agreement([(r.gold, r.code or '') for r in found])}")
    lines.append(f"code vs second: {agreement([(r.second, r.code or '') for r in found])}")
    for cell, (count, doubt) in three_way(pooled).items():
        lines.append(f"  {cell}: {count} (unsure {doubt})")
    lines.append("disagreements (passage number: gold / second / code; second's rule, mark, why):")
    for r in pooled:
        if not r.gold == r.second == r.code:
            note = r.note or Note("", False, "")
            mark = ("unsure" if note.unsure else "sure") + (", seen" if r.seen else "")
            lines.append(f"  {r.passage} {r.number}: {r.gold} / {r.second} / {r.code}; {note.rule}, {mark}, {note.why}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    blind = sub.add_parser("blind", help="write blind copies of sets")
    blind.add_argument("sets", nargs="+")
    blind.add_argument("--out", type=Path, required=True)
    compare = sub.add_parser("compare", help="compare a second annotator's labels with the gold and the code")
    compare.add_argument("labels", type=Path)
    compare.add_argument("--sets", nargs="+", default=["heldout29", "heldout30"])
    args = parser.parse_args(argv)
    real = ROOT / "tests" / "fixtures" / "citations" / "real"
    if args.command == "blind":
        args.out.mkdir(parents=True, exist_ok=True)
        for name in args.sets:
            text = blind_text(read_real_set(name))
            (args.out / f"{name}.blind.txt").write_text(text, encoding="utf-8")
        return 0
    second = read_labels(args.labels.read_text(encoding="utf-8"))
    gold_sets = {name: read_real_set(name) for name in args.sets}
    doubtful = [i for name in args.sets for i in doubtful_ids(real / f"{name}.txt")]
    print(report(gold_sets, second, doubtful))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
