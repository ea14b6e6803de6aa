"""Citation relations on the BUILT site against the raw text, after one `vanban import` per form folder.

    python scripts/import_site_relations.py --set heldout16           # txt, docx and pdf forms
    python scripts/import_site_relations.py --set tuning --form docx -v

For each form of a set: every file of the form is copied into one folder of a scratch project
(the portal's mkdocs.yml and templates), imported with ONE ``vanban import FOLDER --to content``
call, then built with ``mkdocs build --strict``. What a clerk must do by hand before a strict
build is done the same way every time and counted: an empty issuer, type or trích yếu the import
left empty and flagged gets a placeholder, and of a document imported twice (a set holds two
copies of one decision) the copy ``vanban check`` names as the duplicate is removed. A warning
that needs a clerk's judgement (header text left at the top of a body, an over-long trích yếu)
still stops the strict build: the script then says how many warnings stopped it and compares
the relations on a build without ``--strict`` instead, marked so in the table, rather than
scoring the form 0.

Then each document's relations on the site (``data/documents.json``: implements / mentions /
replaces, targets by number) are compared with the relations the citation reader gives on the
copy's raw text (from where the imported body starts; numbers the trích yếu holds left out, as
scripts/import_eval.py does). Unwrapping and the readers must lose none: the issue's target is
site = raw for every citation.

No set is read unless named: the fresh held-out set of a session is for the coordinator.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "scripts"))

from import_eval import FIXTURES, FORMS, originals, relations  # noqa: E402

from vanban.citations import number_key  # noqa: E402
from vanban.corpus import parse_text  # noqa: E402

_ROW = re.compile(r"^\| (?P<src>[^|]+?) \|.*\| (?P<dst>\S+\.md) \|$")
_DUPLICATE = re.compile(r"trùng văn bản với (?P<other>\S+\.md)")
_PLACEHOLDERS = {"issuer": "Chưa rõ (người nhập điền)", "type": "Công văn", "title": "Trích yếu do người nhập điền"}


def _clerk(work: Path) -> int:
    """Fill what import left empty and flagged, drop a duplicate copy; the number of changes."""
    changes = 0
    for md in (work / "content").rglob("*.md"):
        text = md.read_text("utf-8")
        filled = text
        for key, value in _PLACEHOLDERS.items():  # each clerk's trích yếu is the document's own, never one for all
            value = f"{value} ({md.stem})" if key == "title" else value
            filled = re.sub(rf'^{key}: ""', f'{key}: "{value}"', filled, flags=re.M)
        if filled != text:
            md.write_text(filled, "utf-8")
            changes += 1
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], cwd=work, capture_output=True,
                           text=True)
    for line in check.stdout.splitlines():
        m = _DUPLICATE.search(line)
        other = (work / "content" / m.group("other")) if m else None
        if other is not None and other.exists():
            other.unlink()
            shutil.rmtree(other.with_suffix(""), ignore_errors=True)
            changes += 1
    return changes


def site_relations(set_name: str, form: str, work: Path, verbose: bool) -> dict[str, Any]:
    set_dir = FIXTURES / set_name
    files = originals(set_dir, form)
    (work / "inbox").mkdir(parents=True)
    for stem, path in files.items():
        shutil.copyfile(path, work / "inbox" / f"{stem}{FORMS[form]}")
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", work / "theme_overrides")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", "inbox", "--to", "content"], cwd=work,
                         capture_output=True, text=True, timeout=1800)
    by_hand = _clerk(work)
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=work,
                           capture_output=True, text=True, timeout=1800)
    warnings = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    stopped = sum(line.startswith("WARNING") for line in warnings) if build.returncode else 0
    if build.returncode:
        if verbose:
            print("\n".join(warnings), file=sys.stderr)
        lenient = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"], cwd=work,
                                 capture_output=True, text=True, timeout=1800)
        if lenient.returncode:
            stopped = -1
    site = work / "site" / "data" / "documents.json"
    docs = {d["id"]: d for d in json.loads(site.read_text("utf-8"))["documents"]} if stopped >= 0 else {}
    same = total = 0
    for line in run.stdout.splitlines():
        m = _ROW.match(line.strip())
        stem = next((s for s in files if m and f"{s}{FORMS[form]}".startswith(m.group("src").rstrip("…"))), None)
        written = work / m.group("dst") if m else None
        if stem is None or written is None or not written.exists():
            continue
        doc, _ = parse_text(written.name, written.read_text("utf-8"))
        want = yaml.safe_load((set_dir / f"{stem}.yml").read_text("utf-8")) or {}
        own = str(want.get("number") or "")
        raw_text = (set_dir / f"{stem}.txt").read_text("utf-8")
        opening = re.sub(r"[\\*#]", "", doc.body.lstrip().split("\n")[0])[:15] if doc else ""
        at = raw_text.find(opening) if opening else -1
        raw = {number_key(n): r for n, r in relations(raw_text[max(at, 0):], own).items()
               if n not in relations(str(want.get("title") or ""), own)}
        page = next((d for d in docs.values() if doc and d.get("held") and d.get("number") == doc.number
                     and d.get("title") == doc.title), None)
        built = {number_key(docs[t]["number"]): r for r in ("implements", "mentions", "replaces")
                 for t in (page or {}).get(r, []) if docs.get(t, {}).get("number")}
        for n, r in raw.items():
            total += 1
            same += built.get(n) == r
            if verbose and built.get(n) != r:
                print(f"{set_name}/{form}/{stem} {n}: {r} in the raw text, {built.get(n)} on the site", file=sys.stderr)
    return {"docs": len(files), "import": run.returncode, "build": build.returncode, "stopped": stopped,
            "by_hand": by_hand, "same": same, "total": total}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, action="append", choices=sorted(p.name for p in FIXTURES.iterdir()
                                                                                 if p.is_dir()))
    parser.add_argument("--form", action="append", choices=["txt", "docx", "pdf", "html"])
    parser.add_argument("-v", "--verbose", action="store_true", help="in từng quan hệ khác nhau")
    args = parser.parse_args(argv)
    print("| set | form | docs | import exit | mkdocs build --strict exit (warnings that stopped it) | fixed by hand "
          "| relation on the site = raw |")
    print("|---|---|---|---|---|---|---|")
    for set_name in args.set:
        for form in args.form or ["txt", "docx", "pdf"]:
            with tempfile.TemporaryDirectory(prefix=f"import-site-{set_name}-{form}-") as tmp:
                r = site_relations(set_name, form, Path(tmp), args.verbose)
            strict = f"{r['build']} ({r['stopped']})" if r["build"] else "0"
            where = " (build without --strict)" if r["build"] else ""
            print(f"| {set_name} | {form} | {r['docs']} | {r['import']} | {strict} | {r['by_hand']} | "
                  f"{r['same']}/{r['total']}{where} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
