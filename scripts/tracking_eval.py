"""Score task extraction (who must do what by when) on the hand-annotated real passages.

Each passage of tests/fixtures/tracking/real/<set>.txt (see its README) is read as a
document body and run through the public tracking stage: deadlines found by
:func:`vanban.deadlines.extract_deadlines`, tasks by :class:`vanban.tracking.Tracker` with no
configured units (so every unit is shown as written) and no reporting calendar (so a periodic duty
stays ``periodic``). Printed per set: precision and recall of (unit, due) pairs, of units alone, due
accuracy over the units found, and how many found pairs point at the annotated source line.
The held-out sets were annotated before any code ran on them. A run with no set named scores
tuning, heldout, heldout2, heldout3, tuning2, tuning3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9,
heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18, heldout19, heldout20,
heldout21, heldout22, heldout23, heldout24, heldout25, heldout26, heldout27 and heldout28 (all spent; heldout9 at the twenty-fourth session's start, heldout10 at its end, heldout11
at the twenty-fifth's start, heldout12 at the twenty-sixth's start, heldout13 in the twenty-seventh, heldout14 in the
twenty-eighth, heldout15 in the twenty-ninth, heldout16 in the thirtieth, heldout17 in the thirty-first, heldout18 in the
thirty-second, heldout19 in the thirty-third, heldout20 in the thirty-fourth, heldout21 in the thirty-fifth, heldout22 in the
thirty-sixth, heldout23 in the thirty-seventh, heldout24 in the thirty-ninth, after its start and final scoring in the
thirty-eighth, heldout25 in the fortieth, after its start and final scoring in the thirty-ninth, heldout26 at the
fortieth's end, after its start and final scoring, heldout27 at the forty-first's end, after its start and final scoring,
heldout28 at the forty-second's end, after its start and final scoring); a fresh held-out set, listed in FRESH, is scored
only when named (``--set NAME``), so that whoever tunes the reader never sees it by default.
``--reader reference`` scores the plain reference sentence reader instead of the fast one.
Usage: ``python scripts/tracking_eval.py [--set NAME] [--errors NAME] [--reader fast|reference]``. Exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.dates import PartialDate  # noqa: E402
from vanban.deadlines import extract_deadlines  # noqa: E402
from vanban.documents import Document  # noqa: E402
from vanban.tracking import Registry, Tracker, reference  # noqa: E402
from vanban.tracking.patterns import unit_key  # noqa: E402
from vanban.tracking.tasks import Reader, assignments  # noqa: E402

REAL = ROOT / "tests" / "fixtures" / "tracking" / "real"
SETS = ("tuning", "heldout", "heldout2", "heldout3", "tuning2", "tuning3", "heldout4", "heldout5", "heldout6",
        "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
        "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
        "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
        "heldout28")  # scored when no set is named (all spent)
FRESH: tuple[str, ...] = ()  # the fresh held-out sets: scored only when named
KNOWN = SETS + FRESH
AS_OF = dt.date(2026, 1, 1)  # statuses are not scored; any day will do

_TITLE = re.compile(
    r"^(?:các\s+đồng\s+chí\s+|đồng\s+chí\s+)?(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban|chánh\s+văn\s+phòng|"
    r"bí\s+thư)\s+(?=\S)"
)
_VIA = re.compile(r"\s*\(qua[^)]*\)\s*$")


def key(unit: str) -> str:
    """The scoring key of a unit (README): the tracking unit key without a leading office title."""
    k = _VIA.sub("", unit_key(unit))
    stripped = _TITLE.sub("", k)
    return stripped or k


@dataclass
class Expected:
    units: frozenset[str]  # keys of the spellings that count
    shown: str
    due: str
    where: str


@dataclass
class Passage:
    id: str
    source: str = ""
    date: dt.date | None = None
    tasks: list[Expected] = field(default_factory=list)
    text: str = ""


def read_set(name: str) -> list[Passage]:
    out: list[Passage] = []
    lines: list[str] = []

    def close() -> None:
        if out:
            out[-1].text = "\n".join(lines).rstrip("\n")

    for line in (REAL / f"{name}.txt").read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            name_, _, value = line[4:].partition(":")
            value = value.strip()
            if name_ == "id":
                close()
                out.append(Passage(value))
                lines = []
            elif name_ == "source":
                out[-1].source = value
            elif name_ == "date" and value:
                out[-1].date = dt.date.fromisoformat(value)
            elif name_ == "task":
                unit, due, where = (part.strip() for part in value.split(" | ", 2))
                spellings = [u.strip() for u in unit.split("||")]
                out[-1].tasks.append(Expected(frozenset(key(u) for u in spellings), spellings[0], due, where))
            continue
        lines.append(line)
    close()
    return out


def found_tasks(p: Passage, reader: Reader | None = None) -> list[tuple[str, str, str, int]]:
    """(key, due, unit as shown, line) per task the tracking stage finds in the passage (*reader*: the
    sentence reader, :func:`vanban.tracking.reference.stated` for the plain one)."""
    doc = Document(source=f"{p.id}.md", number="", type="Văn bản", issuer="", title=p.id,
                   date=PartialDate(p.date.year, p.date.month, p.date.day) if p.date else None, body=p.text)
    deadlines = extract_deadlines(p.text, doc_date=p.date)
    stated = assignments(p.text, deadlines, reader=reader) if reader else None
    result, _unmatched = Tracker(Registry(), None, AS_OF).document(doc, deadlines, [], stated=stated)
    out = []
    for t in result.tasks:
        due = "periodic" if t.recurring else (t.due.isoformat() if t.due else "-")
        out.append((key(t.unit), due, t.unit, t.line))
    return out


def reduce(pairs: list[tuple[str, str]], spellings: Sequence[frozenset[str]] = ()) -> set[tuple[str, str]]:
    """Each pair once; a unit with a dated (or periodic) task is not also counted undated, under any of the spellings the
    annotators gave it (*spellings*: each expected unit's keys, "A || B"), as the expected side counts its units: a lead
    that names "Các sở, ban, ngành" undated beside "các sở, ban, ngành thành phố" found periodic is one unit's pair."""
    dated = {k for k, d in pairs if d != "-"}
    dated |= {k for keys in spellings if keys & dated for k in keys}
    return {(k, d) for k, d in pairs if d != "-" or k not in dated}


@dataclass
class Score:
    passages: int = 0
    expected: int = 0
    found: int = 0
    tp: int = 0
    units_expected: int = 0
    units_found: int = 0
    units_tp: int = 0
    due_right: int = 0
    line_right: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(p: Passage, errors: bool, reader: Reader | None = None) -> Score:
    s = Score(passages=1)
    found = found_tasks(p, reader)
    lines = p.text.split("\n")
    found_pairs = reduce([(k, d) for k, d, _u, _l in found], [e.units for e in p.tasks])
    first_line = {}
    for k, d, _u, line in found:
        first_line.setdefault((k, d), line)
    expected = [e for e in p.tasks]
    dated = {u for e in expected if e.due != "-" for u in e.units}
    expected = [e for e in expected if e.due != "-" or not (e.units & dated)]
    kept: list[Expected] = []
    for e in expected:  # each pair once, as found pairs are (two annotated rows of one unit key and due: heldout15 b04)
        if not any(k.due == e.due and k.units & e.units for k in kept):
            kept.append(e)
    expected = kept
    s.expected, s.found = len(expected), len(found_pairs)
    left = set(found_pairs)
    missed = []
    for e in expected:
        hit = next(((k, d) for k, d in sorted(left) if k in e.units and d == e.due), None)  # sorted: the same hit every run
        if hit is None:
            missed.append(e)
            continue
        left.discard(hit)
        s.tp += 1
        line = first_line[hit]
        if 1 <= line <= len(lines) and e.where in lines[line - 1]:
            s.line_right += 1
    # Units alone, and due accuracy over the expected units that were found at all.
    found_units = {k for k, _d in found_pairs}
    exp_units = {min(e.units): e for e in expected}
    s.units_expected, s.units_found = len(exp_units), len(found_units)
    for e in exp_units.values():
        if e.units & found_units:
            s.units_tp += 1
            if any((u, e.due) in found_pairs for u in e.units):
                s.due_right += 1
    if errors and (missed or left):
        print(f"--- {p.id}")
        for e in missed:
            print(f"  thiếu: {e.shown} | {e.due}")
        for k, d in sorted(left):
            shown = next(u for kk, dd, u, _l in found if (kk, dd) == (k, d))
            print(f"  thừa:  {shown} | {d}")
    return s


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


def sets_to_score(only: str | None, errors: str | None) -> tuple[str, ...]:
    """The sets a run scores: the named one, else the default sets (plus a fresh set whose errors are asked for)."""
    if only:
        return (only,)
    return SETS + ((errors,) if errors in FRESH else ())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=KNOWN, help="print the misses and extra tasks of one set")
    parser.add_argument("--set", choices=KNOWN, help="score one set only (a fresh set is scored only when named)")
    parser.add_argument("--reader", choices=("fast", "reference"), default="fast",
                        help="the sentence reader: the fast one the build uses, or the plain reference beside it")
    args = parser.parse_args()
    reader = reference.stated if args.reader == "reference" else None
    print("| set | passages | pairs exp/found | pair P | pair R | unit P | unit R | due acc | line |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in sets_to_score(args.set, args.errors):
        total = Score()
        for p in read_set(name):
            total.add(score(p, args.errors == name, reader))
        print(f"| {name} | {total.passages} | {total.expected}/{total.found} | {ratio(total.tp, total.found)} | "
              f"{ratio(total.tp, total.expected)} | {ratio(total.units_tp, total.units_found)} | "
              f"{ratio(total.units_tp, total.units_expected)} | {ratio(total.due_right, total.units_tp)} | "
              f"{total.line_right}/{total.tp} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
