"""Own numbers and self-citations pooled over every spent fixture text, read as raw text with ``find_own``.

The citations README's own-number notes (thirty-fifth session on) count, besides the labelled citation sets that
``citation_eval.py`` scores, the labelled ``.txt`` copies of the import sets ("own right 1,107, missed 30, self-citing
23") and read the unlabelled tracking passages, seeds and site content for what moved.  This script is that count:

    python scripts/own_pool.py                          # per group: own right / missed / wrong, self-citing; the pages
    python scripts/own_pool.py --dump before.json       # every text's own number and citations, fast and reference
    python scripts/own_pool.py --against before.json    # what moved since that dump (own, relation, settledness)

Every text is read by the fast extractor and by its plain reference; a text on which they differ is printed.  The
fresh sets (citations heldout42, tracking heldout29, import heldout42 once gathered: kept in step with ``citation_eval.FRESH_SETS``,
``tracking_eval.FRESH`` and import_eval's docstring) are never read.  A page "cites itself" when its labelled own
number is among its citations.  Exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.citations import extract, number_key, reference  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
FRESH = {"citations": ("heldout42",), "tracking": ("heldout29",), "import": ("heldout42",)}
_NUMBER_FIELD = re.compile(r"^number:[ \t]*(.*)$", re.MULTILINE)


def _passages(path: Path) -> Iterator[tuple[str, str | None, bool, str]]:
    """(id, labelled own number, FOREIGN, text) of each ``### id:`` passage of a real set."""
    current: list[Any] | None = None
    lines: list[str] = []
    for line in [*path.read_text(encoding="utf-8").split("\n"), "### id: "]:
        if line.startswith("### "):
            key, _, value = line[4:].partition(":")
            value = value.strip()
            if key == "id":
                if current is not None:
                    yield current[0], current[1], current[2], "\n".join(lines).rstrip("\n")
                current, lines = [value, None, False], []
            elif current is not None and key == "self":
                current[1] = value or None
            elif current is not None and key == "level":
                current[2] = value.startswith("FOREIGN")
            continue
        lines.append(line)


def texts() -> Iterator[tuple[str, str, str | None, bool, str]]:
    """(group, key, labelled own number or None, FOREIGN, text) of every spent fixture text."""
    for path in sorted((FIXTURES / "citations" / "real").glob("*.txt")):
        if path.stem not in FRESH["citations"]:
            for pid, own, foreign, text in _passages(path):
                yield "citations", f"{path.stem}:{pid}", own, foreign, text
    for folder in sorted(p for p in (FIXTURES / "import").iterdir() if p.is_dir() and p.name not in FRESH["import"]):
        for path in sorted(folder.glob("*.txt")):
            label = path.with_suffix(".yml")
            found = _NUMBER_FIELD.search(label.read_text(encoding="utf-8")) if label.is_file() else None
            number = found.group(1).strip().strip("'\"") if found else ""
            yield "import", f"{folder.name}:{path.stem}", number or None, False, path.read_text(encoding="utf-8")
    for path in sorted((FIXTURES / "tracking" / "real").glob("*.txt")):
        if path.stem not in FRESH["tracking"]:
            for pid, _, _, text in _passages(path):
                yield "tracking", f"{path.stem}:{pid}", None, False, text
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        yield "seeds", path.stem, None, False, path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "content").rglob("*.md")):
        yield "site", str(path.relative_to(ROOT)), None, False, path.read_text(encoding="utf-8")


def read(text: str) -> dict[str, Any]:
    """The own number and the citations (number, relation, settled) of *text* read with ``find_own``, fast and reference."""
    out: dict[str, Any] = {}
    for name, extractor in (("fast", extract), ("reference", reference.extract)):
        got = extractor(text, find_own=True)
        out[name] = {"own": got.own.number if got.own else None,
                     "cites": sorted([c.number, c.relation, bool(c.settled)] for c in got.citations)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every text's reading to this JSON file")
    parser.add_argument("--against", type=Path, help="print what moved since this --dump file")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    dump: dict[str, Any] = {}
    selfcited: list[str] = []
    for group, key, want, foreign, text in texts():
        row = read(text)
        row.update(group=group, want=want, foreign=foreign)
        dump[f"{group}:{key}"] = row
        if row["fast"] != row["reference"]:
            print(f"fast ≠ reference: {group}:{key}")
        own, cited = row["fast"]["own"], {number_key(c[0]) for c in row["fast"]["cites"]}
        line = f"{group}{' FOREIGN' if foreign else ''}"
        counts[f"{line} texts"] += 1
        if group not in ("citations", "import"):
            counts[f"{line} own found"] += own is not None
            continue
        right = (number_key(own) if own else None) == (number_key(want) if want else None)
        counts[f"{line} own right"] += right
        counts[f"{line} own missed"] += want is not None and own is None
        counts[f"{line} own wrong"] += not right and own is not None
        if want is not None and number_key(want) in cited:
            counts[f"{line} self-citing"] += 1
            selfcited.append(f"{group}:{key}")
    for name in sorted(counts):
        print(f"{name:<40} {counts[name]:>6}")
    print("pages citing themselves:", *selfcited, sep="\n  ")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for key, row in dump.items():
            old = before.get(key)
            if old is not None and old["fast"] != row["fast"]:
                print(f"moved {key}: own {old['fast']['own']} -> {row['fast']['own']} (labelled {row['want']})")
                was, now = {tuple(c) for c in old["fast"]["cites"]}, {tuple(c) for c in row["fast"]["cites"]}
                for line in (*(f"    - {c}" for c in sorted(was - now)), *(f"    + {c}" for c in sorted(now - was))):
                    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
