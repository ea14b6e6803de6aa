"""Import accuracy on real documents: per field, per form, per set (tuning and held-out).

    python scripts/import_eval.py                 # tables for both sets, every form
    python scripts/import_eval.py --set tuning -v # and every wrong field of the tuning set

tests/fixtures/import/<set>/<doc>.txt is the copy taken from a portal, <doc>.yml the header
written by hand (before the code was run on the held-out set); forms/ holds the same documents
rebuilt as Word, printed to PDF, saved as a portal page and, for one per set, scanned
(scripts/make_import_forms.py). Each original goes through ``vanban import`` exactly as a clerk's
would and is read back through the core. A field is right when it names the same thing (case,
spacing and tone placement aside, see vanban.importer.evaluate). The citation check compares
the relation of every citation found in the copy's own text (from where the body starts, hard
line breaks and all) with the one found in the imported body: unwrapping must lose none.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from vanban.citations import extract
from vanban.corpus import parse_text
from vanban.importer import ImportFailed, import_file, render_content
from vanban.importer.evaluate import FIVE, HEADER_FIELDS, load_expected, score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "import"
FORMS = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf", "html": ".html", "scan": ".scan.pdf"}


def original(set_dir: Path, stem: str, form: str) -> Path:
    return set_dir / f"{stem}.txt" if form == "txt" else set_dir / "forms" / f"{stem}{FORMS[form]}"


def imported_fields(path: Path) -> dict[str, str]:
    """The header fields as the core reads them back from the written content file."""
    result = import_file(path)
    doc, _ = parse_text(path.name, render_content(result.fields, result.body, "# x", result.comments))
    if doc is None:
        return {k: "" for k in HEADER_FIELDS}
    return {"number": doc.number, "type": doc.type, "issuer": doc.issuer,
            "date": doc.date.iso() if doc.date else "", "title": doc.title, "place": doc.place}


def relations(text: str, own: str) -> dict[str, str]:
    return {c.number: c.relation for c in extract(text, own_number=own or None).citations}


def evaluate(set_name: str, verbose: bool) -> tuple[list[str], list[tuple[int, int]]]:
    set_dir = FIXTURES / set_name
    stems = [p.stem for p in sorted(set_dir.glob("*.txt"))]
    rows: list[str] = []
    cite: list[tuple[int, int]] = []
    for form in FORMS:
        right = dict.fromkeys(HEADER_FIELDS, 0)
        all_five = done = 0
        for stem in stems:
            path = original(set_dir, stem, form)
            if not path.is_file():
                continue
            expected = load_expected(set_dir / f"{stem}.yml")
            try:
                got = imported_fields(path)
            except ImportFailed as exc:
                got = {k: "" for k in HEADER_FIELDS}
                print(f"{set_name}/{path.name}: {exc}", file=sys.stderr)
            marks = score(got, expected)
            done += 1
            all_five += all(marks[k] for k in FIVE)
            for key in HEADER_FIELDS:
                right[key] += marks[key]
                if verbose and not marks[key]:
                    print(f"{set_name}/{path.name} {key}: nhập được {got[key]!r}, đúng là {expected[key]!r}", file=sys.stderr)
            if form == "txt":
                body_md = import_file(path).body
                raw_text = path.read_text("utf-8")
                opening = re.sub(r"[\\*#]", "", body_md.lstrip().split("\n")[0])[:15]
                at = raw_text.find(opening) if opening else -1
                raw = relations(raw_text[max(at, 0) :], expected["number"])  # the document's own text, as copied
                body = relations(body_md, expected["number"])
                cite.append((sum(body.get(n) == r for n, r in raw.items()), len(raw)))
        if not done:
            continue
        fields = sum(right.values())
        cells = [f"{right[k]}/{done}" for k in HEADER_FIELDS]
        rows.append(f"| {set_name} | {form} | {done} | " + " | ".join(cells)
                    + f" | {100 * fields / (done * len(HEADER_FIELDS)):.0f}% | {all_five}/{done} ({100 * all_five / done:.0f}%) |")
    return rows, cite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["tuning", "heldout"], action="append", help="chỉ bộ này (mặc định: cả hai)")
    parser.add_argument("-v", "--verbose", action="store_true", help="in từng trường sai")
    args = parser.parse_args(argv)
    head = "| set | form | docs | " + " | ".join(HEADER_FIELDS) + " | fields right | all five right |"
    print(head)
    print("|" + "---|" * (len(HEADER_FIELDS) + 5))
    for set_name in args.set or ["tuning", "heldout"]:
        rows, cite = evaluate(set_name, args.verbose)
        print("\n".join(rows))
        same, total = sum(s for s, _ in cite), sum(t for _, t in cite)
        print(f"| {set_name} | citations | {total} | relation in the imported body = in the raw text: "
              f"{same}/{total} |", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
