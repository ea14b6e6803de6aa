"""Rebuild the site35 tracking site and check its rows against the hand judgements (tests/fixtures/site35_tracking/).

    python scripts/site35_tracking.py CONTENT OUT

CONTENT is an imported content/ folder of the 702 real originals (the spent import sets' forms, made by
scripts/make_import_forms.py and imported with ``vanban import``: the site of tests/fixtures/qa31_links and
qa34_issuers); OUT an empty folder. The portal is the repository's mkdocs.yml with its tracking block replaced by
site35.yml (a national portal: ministries and the provinces' UBND, with the 2025 successors). Prints the rows shown by
status, and how the judged rows stand now: each judged row found again (document, unit, line) keeps its verdict; a row
the judgements do not hold is listed for judging.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site35_tracking"


def portal(content: Path, out: Path) -> Path:
    """OUT/project: the repository's portal over *content*, with site35.yml's units and successors."""
    project = out / "project"
    project.mkdir(parents=True)
    shutil.copytree(ROOT / "theme_overrides", project / "theme_overrides")
    (project / "content").symlink_to(content.resolve())
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    start, end = config.index("      units:\n"), config.index("      # Due dates of periodic reports")
    block = "".join(line for line in (FIXTURE / "site35.yml").read_text(encoding="utf-8").splitlines(True)
                    if not line.startswith("#"))
    (project / "mkdocs.yml").write_text(config[:start] + block + config[end:], encoding="utf-8")
    return project


def main(content: Path, out: Path) -> int:
    project = portal(content, out)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "VANBAN_CACHE_DIR": ""}
    site = out / "site"
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d",
                           str(site)], env=env, cwd=project, capture_output=True, text=True)
    if done.returncode:  # the originals' own problems (empty titles, one duplicate) are reported, not fatal
        sys.exit(done.stdout + done.stderr)
    tasks = json.loads((site / "data" / "tracking.json").read_text(encoding="utf-8"))["tasks"]
    print(f"rows shown: {len(tasks)}", dict(collections.Counter(t["status"] for t in tasks)))
    judged = {(r["document"], r["unit"], r["line"], r["due"]): r
              for r in map(json.loads, (FIXTURE / "rows.jsonl").read_text(encoding="utf-8").splitlines())}
    now = {(t["document"], t["unit"], t["line"], t["due"]) for t in tasks}
    kept = [r for key, r in judged.items() if key in now]
    print(f"judged rows shown again: {len(kept)} of {len(judged)}")
    for field in ("unit", "sentence", "due", "status"):
        print(f"  {field}:", dict(collections.Counter(r["verdict"][field].split(":")[0] for r in kept)))
    new = sorted(now - set(judged))
    print(f"rows not judged (new or changed): {len(new)}")
    for document, unit, line, _due in new[:40]:
        print(f"  {document}:{line}: {unit}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
