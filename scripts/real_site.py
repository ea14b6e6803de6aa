"""Rebuild the first real-document site: every spent import set's Word form, imported as a clerk would.

    python scripts/real_site.py OUT            # OUT/in (the originals), OUT/content, OUT/mkdocs.yml
    python scripts/real_site.py OUT --demo     # and the demo's documents beside them: the search QA's site
    cd OUT && mkdocs build -q -d site          # VANBAN_CACHE_DIR="" for a cold build

The twenty-fourth session's import QA built this site from the Word form (``forms/<page>.docx``, made by
scripts/make_import_forms.py) of every import set spent by then, each file named ``<set>-<page>.docx``: 702
originals. The hand audits kept in tests/fixtures (qa31_links, qa34_issuers, search_qa) judged pages of that site,
so their URLs are its paths; this script is how to get it back on another machine. ``--sets`` builds one from
other spent sets (never a fresh one: scripts/import_eval.py's docstring says which are fresh). The search QA
(tests/fixtures/search_qa) was judged on that import with the repo's content/ (the demo's five documents) beside it:
two of its queries want stubs only the demo's documents cite (69-KL/TW, 386-KH/TU); ``--demo`` puts them back.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "import"
# The sets spent when the site was built (session 24), in the order their files were gathered.
FIRST_SITE_SETS: tuple[str, ...] = ("dev14", "heldout", *(f"heldout{n}" for n in range(3, 21)),
                                    "tuning", "tuning2", "tuning3", "tuning4")


def gather(sets: tuple[str, ...], into: Path) -> int:
    """Copy each set's Word forms into ``into`` as ``<set>-<page>.docx``; return how many."""
    into.mkdir(parents=True, exist_ok=True)
    count = 0
    for name in sets:
        for form in sorted((FIXTURES / name / "forms").glob("*.docx")):
            shutil.copyfile(form, into / f"{name}-{form.name}")
            count += 1
    return count


def add_demo(content: Path) -> int:
    """Copy the repo's content/ (the demo's documents and their originals) into ``content``; return how many files.
    A path the import already wrote is refused, never overwritten."""
    demo = ROOT / "content"
    files = [p for p in sorted(demo.rglob("*")) if p.is_file()]
    clash = [p.relative_to(demo) for p in files if (content / p.relative_to(demo)).exists()]
    if clash:
        raise SystemExit(f"{content}: đã có {clash[0]} (văn bản mẫu trùng đường dẫn với văn bản nhập)")
    for p in files:
        target = content / p.relative_to(demo)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, target)
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="an empty or new folder")
    parser.add_argument("--sets", nargs="+", default=list(FIRST_SITE_SETS), metavar="SET")
    parser.add_argument("--demo", action="store_true", help="also the demo's documents (content/): the search QA's site")
    args = parser.parse_args(argv)
    out: Path = args.out
    sets = tuple(args.sets)
    if out.exists() and any(out.iterdir()):
        parser.error(f"{out} is not empty")
    count = gather(sets, out / "in")
    print(f"{count} originals from {len(sets)} sets")
    shutil.copyfile(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", out / "theme_overrides")
    vanban = Path(sys.executable).with_name("vanban")
    done = subprocess.run([str(vanban), "import", str(out / "in"), "--to", str(out / "content")], check=False)
    # import exits 1 when some originals need a clerk's review (most real ones do): the site is still whole
    if done.returncode not in (0, 1):
        return done.returncode
    if args.demo:
        print(f"{add_demo(out / 'content')} files of the demo's content/ beside them")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
