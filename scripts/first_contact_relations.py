"""The rules' relations at first contact: each real set read by the code of the commit before the set was added.

    python scripts/first_contact_relations.py        # rewrites tests/fixtures/citations/real/first_contact.json

The relation model (scripts/train_relation.py) is stacked on the rules.  Today's rules were tuned on every spent set,
so on those sets their answer is almost always right, and a model trained on it learns only "follow the rules" —
which says nothing of unseen text, where the rules are wrong about one time in twelve.  The rules' answer as it was
before anyone read the set (the code of the parent of the commit that added the set: a gatherer's landing is
fixture-only) is what the rules say on unseen text; trained on that, the model learns where the rules fail.

Needs the repository's history (git archive of ``plugins/`` at each commit, into a temporary directory), so the
result is kept as a fixture: ``{set: {passage id: {number as the old code wrote it: relation}}}``; matched on
today's ``number_key`` by the trainer.  A set whose old code fails is left out (it said why on stderr).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_relation import FIRST_CONTACT, TRAIN_SETS  # noqa: E402

# Run inside the old tree: reads the set's passages (today's file) and prints [[id, number, relation], …]
_READER = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from vanban.citations import extract
rows, current, lines = [], None, []
def flush():
    if current is not None:
        text = "\n".join(lines).rstrip("\n")
        try:
            result = extract(text, find_own=True)
        except TypeError:
            result = extract(text)
        rows.extend([current, c.number, c.relation] for c in result.citations)
for line in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    if line.startswith("### id:"):
        flush()
        current, lines = line[7:].strip(), []
    elif not line.startswith("### "):
        lines.append(line)
flush()
print(json.dumps(rows, ensure_ascii=False))
"""


def added_by(name: str) -> str:
    """The commit that added ``real/<name>.txt``."""
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/fixtures/citations/real/{name}.txt"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return out[-1]


def first_contact(name: str, scratch: Path) -> dict[str, dict[str, str]]:
    commit = added_by(name) + "^"
    tree = scratch / name
    archive = subprocess.run(["git", "archive", commit, "plugins"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    done = subprocess.run([sys.executable, "-c", _READER, str(tree / "plugins"), str(ROOT / "tests/fixtures/citations/real" / f"{name}.txt")],
                          capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        print(f"{name}: the code of {commit} failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return {}
    found: dict[str, dict[str, str]] = {}
    for passage, number, relation in json.loads(done.stdout):
        found.setdefault(passage, {})[number] = relation
    return found


def main() -> int:
    result: dict[str, dict[str, dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in TRAIN_SETS:
            found = first_contact(name, Path(scratch))
            if found:
                result[name] = found
            print(f"{name}: {sum(map(len, found.values()))} citations", file=sys.stderr)
    lines = (f"{json.dumps(name)}: {json.dumps(result[name], ensure_ascii=False, sort_keys=True)}" for name in sorted(result))
    FIRST_CONTACT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # one line per set
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
