"""Import accuracy on real documents: per field, per form, per set, each form folder in one `vanban import` call.

    python scripts/import_eval.py                   # tables for tuning and heldout, every form
    python scripts/import_eval.py --set tuning -v   # and every wrong field of the tuning set
    python scripts/import_eval.py --set heldout3 --json out.json   # the fresh set: asked for by name only

tests/fixtures/import/<set>/<doc>.txt is the copy taken from a portal, <doc>.yml the header
written by hand (before the code was run on a held-out set); forms/ holds the same documents
rebuilt as Word, printed to PDF, saved as a portal page and, for one or two per set, scanned
(scripts/make_import_forms.py). The ``paste`` form is the Word file's text pasted into a plain editor (made here,
see word_paste): the docx form's words read by the text reader, so what it loses against docx is the reader's
(the txt form is the portal's own copy, whose header often differs from the rebuilt one). Every form of a set is copied into one folder and imported with
ONE ``vanban import FOLDER --to CONTENT`` call, exactly as a clerk would; each written content
file is then read back through the core. A field is right when it names the same thing (case,
spacing and tone placement aside, see vanban.importer.evaluate).

The five header fields and the place make the main table, comparable with earlier sessions.
Signer and "Nơi nhận" are scored apart, on the documents whose .yml has them (heldout3 on): the
signer when the text names one (an empty expectation is right only when nothing was invented;
a docx, pdf or html form is held to the signer only when its own text names it: the docx and pdf
rebuilt from the answers keep neither the page's record above the header nor a signature block
the copy cut), and "Nơi nhận" as the whole list, entry by entry. The citation check compares the relation of
every citation in the copy's own body (hard line breaks and all; a number the trích yếu holds
is left out, the body opening may match the header first) with the one in the imported body:
unwrapping must lose none. A last table says whether the import flagged for a human ("cần xem
lại" in its summary) the documents it got wrong, and how often it flagged right ones; then field by
field (a field is flagged when the file's report leaves it empty or calls it unsure, or `vanban
check` warns about it after the import): wrong fields flagged, right fields flagged, and the
documents with a wrong field nobody is told to look at (``-v`` names them: "sai mà không báo").

heldout3 to heldout25 were gathered by other helpers to score code not tuned on them: they are
left out unless named with --set, so running this script while working on the importer never
shows them. All are spent: heldout7, gathered in the ninth session, was scored untuned at the
start of the tenth, heldout8, gathered in the tenth, at the start of the eleventh, heldout9,
gathered in the eleventh, on that session's final code, heldout10 to heldout24, gathered in the
twelfth to twenty-fifth, on their session's start and final code; heldout20 was then tuned on by
the twenty-second session's second round, heldout21 by the twenty-third, heldout22 and heldout23
by the twenty-fourth (heldout23 by the coordinator, after its final scoring), heldout24 by the
twenty-sixth, heldout25 (scored on the twenty-sixth's final code) by the twenty-seventh.

heldout26, gathered in the twenty-seventh session (scored on its start code), was spent by the twenty-eighth at its
start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout27, gathered in the twenty-eighth session (scored on its start and final code), was spent by the twenty-ninth
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout28, gathered in the twenty-ninth session (scored on its start and final code), was spent by the thirtieth
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout29, gathered in the thirtieth session (scored on its start and final code), was spent by the thirty-first
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout30, gathered in the thirty-first session (scored on its start and final code), was spent by the thirty-second
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout31, gathered in the thirty-second session (scored on its start and final code), was spent by the thirty-third
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout32, gathered in the thirty-third session (scored on its start and final code), was spent by the thirty-fourth
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout33, gathered in the thirty-fourth session (scored on its start and final code), was spent by the thirty-fifth
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout34, gathered in the thirty-fifth session (scored on its start and final code), was spent by the thirty-sixth
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout35, gathered in the thirty-sixth session (scored on its start and final code), was spent by the thirty-seventh
at its start and tuned on (first-contact figures and kinds in tests/fixtures/import/README.md).

heldout36, gathered in the thirty-seventh session (scored on the thirty-eighth's start and final code), was spent by the
thirty-ninth at its start and tuned on.

heldout38, gathered in the thirty-ninth session (scored on its start and final code), was spent by the fortieth at
its start and tuned on.

heldout39, gathered in the fortieth session (25 pages; scored on its start and final code), was spent at that
session's end and tuned on.

heldout40, gathered in the forty-first session (24 pages; scored on its start and final code), was spent at that
session's end and tuned on.

heldout41, gathered in the forty-second session (27 pages; scored on its start and final code), was spent at that
session's end and tuned on.

A set gathered for a session's final code is fresh until then: only the coordinator names it.

    python scripts/import_eval.py --set heldout24 -v --json out.json

heldout25, gathered in the twenty-sixth session, was that session's fresh set; the twenty-seventh spent it at its
start (first-contact figures and kinds in tests/fixtures/import/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from vanban.citations import extract
from vanban.corpus import parse_text
from vanban.importer.evaluate import FIVE, HEADER_FIELDS, load_expected, normal, score
from vanban.importer.lines import Line

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "import"
FORMS = {"txt": ".txt", "paste": ".txt", "docx": ".docx", "pdf": ".pdf", "html": ".html", "scan": ".scan.pdf"}
DEFAULT_SETS = ("tuning", "heldout")
CLOSING = ("signer", "recipients")
_WRITTEN = re.compile(r"^(?P<src>.+?): (?:đã tạo|đã nhập trước đây vào) (?P<dst>\S+\.md)")


def originals(set_dir: Path, form: str) -> dict[str, Path]:
    """Stem → file of this form (a text PDF is never a scan; the paste form is made from the Word file)."""
    if form == "paste":
        return originals(set_dir, "docx")
    if form == "txt":
        return {p.stem: p for p in sorted(set_dir.glob("*.txt"))}
    suffix = FORMS[form]
    found = sorted((set_dir / "forms").glob(f"*{suffix}")) if (set_dir / "forms").is_dir() else []
    return {p.name[: -len(suffix)]: p for p in found if form == "scan" or not p.name.endswith(".scan.pdf")}


def word_paste(path: Path) -> str:
    """The text of a Word file as a clerk gets it by pasting it into a plain editor (the ``paste`` form): a paragraph
    a line (an empty one a blank line), a table row's cells apart by a tab and each cell's paragraphs on lines of
    their own, as Word's plain-text copy lays them out. The same words as the docx form: what it loses is the text reader's."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    out: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            out.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                cells: list[Any] = []
                for cell in row.cells:
                    if not cells or cell._tc is not cells[-1]._tc:  # a merged cell is listed once per grid column
                        cells.append(cell)
                out.append("\t".join("\n".join(p.text for p in c.paragraphs if p.text.strip()) for c in cells))
    return "\n".join(out) + "\n"


def import_folder(files: dict[str, Path], suffix: str, work: Path,
                  paste: bool = False) -> tuple[dict[str, dict[str, Any]], int, str]:
    """Copy *files* into one folder (*paste*: their text pasted into .txt files), run one `vanban import` on it;
    stem → fields read back (absent: failed)."""
    inbox, content = work / "ban-goc", work / "content"
    inbox.mkdir(parents=True)
    for stem, path in files.items():
        if paste:
            (inbox / f"{stem}{suffix}").write_text(word_paste(path), "utf-8")
        else:
            shutil.copyfile(path, inbox / f"{stem}{suffix}")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", str(inbox), "--to", str(content)],
                         capture_output=True, text=True, timeout=1800, cwd=work)
    got: dict[str, dict[str, Any]] = {}
    for line in run.stdout.splitlines():
        match = _WRITTEN.match(line)
        if not match:
            continue
        name = Path(match.group("src")).name
        stem = name[: -len(suffix)] if name.endswith(suffix) else Path(name).stem
        target = Path(match.group("dst"))
        target = target if target.is_absolute() else work / target
        doc, _ = parse_text(target.name, target.read_text("utf-8"))
        if doc is not None:
            got[stem] = {"number": doc.number, "type": doc.type, "issuer": doc.issuer,
                         "date": doc.date.iso() if doc.date else "", "title": doc.title, "place": doc.place,
                         "signer": doc.signer, "recipients": list(doc.recipients), "body": doc.body,
                         "written": target.relative_to(work).as_posix()}
    flag_fields(run.stdout, got, work)
    for line in run.stdout.splitlines():  # the summary table: file | … | what to check | where it went
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[0] not in ("tệp", "---"):
            for stem in got:
                if f"{stem}{suffix}".startswith(cells[0].rstrip("…")):
                    got[stem]["review"] = cells[5] != "ổn"
    summary = (run.stderr.strip().splitlines() or [""])[-1]
    return got, run.returncode, summary


_FLAG = re.compile(r"^  (?:✗ chưa xác định|\? chưa chắc) [^(]*\((?P<key>\w+)\)")
_CHECKED = re.compile(r"^  ✗ sau khi nhập, vanban check báo: (?P<path>.+?\.md):\d+: (?P<key>\w+): (?P<rest>.*)")


def flag_fields(stdout: str, got: dict[str, dict[str, Any]], work: Path) -> None:
    """Each imported stem's ``flagged``: the fields its report left empty or called unsure ("✗ chưa xác định …",
    "? chưa chắc …") and the fields `vanban check` warned about after the import: what the clerk is told to look at."""
    by_target = {str(work / fields["written"]): stem for stem, fields in got.items()}
    by_name = {fields["written"]: stem for stem, fields in got.items()}
    current = ""
    for line in stdout.splitlines():
        checked = _CHECKED.match(line)
        if checked:
            path = checked.group("path")
            stem = by_target.get(path) or next((s for w, s in by_name.items() if path.endswith(w)), "")
            stems = [stem] if stem else [s for w, s in by_name.items() if w in checked.group("rest")]
            for one in stems:
                got[one].setdefault("flagged", set()).add(checked.group("key"))
            continue
        match = _WRITTEN.match(line)
        if match:
            name = Path(match.group("src")).name
            current = next((stem for stem in got if name.startswith(f"{stem}.")), "")
        elif not line.startswith("  "):
            current = ""
        elif current and (flag := _FLAG.match(line)):
            got[current].setdefault("flagged", set()).add(flag.group("key"))


def closing_expected(yml: Path) -> dict[str, Any]:
    data = yaml.safe_load(yml.read_text("utf-8")) or {}
    return {k: data[k] for k in CLOSING if k in data}


def recipients_marks(got: list[str], want: list[str]) -> tuple[bool, int, int]:
    """(whole list right, entries of *want* found, entries imported that are not in *want*)."""
    g, w = [normal(x) for x in got], [normal(x) for x in want]
    return g == w, sum(x in g for x in w), sum(x not in w for x in g)


def named_in_form(path: Path, signer: str, form: str) -> str:
    """The expected signer as this form names it: a copy's signer named only in the page's record above the
    header (or in a signature block the copy cut) is not in a docx or pdf rebuilt from the answers, which keeps
    neither; there an empty signer is right and a name read would be invented."""
    if not signer or form in ("txt", "scan"):  # a scan is read by OCR once, in the import
        return signer
    from vanban.importer.readers import read_blocks

    text = normal(" ".join(b.text for b in read_blocks(path) if isinstance(b, Line)))
    return signer if normal(signer) in text else ""


def relations(text: str, own: str) -> dict[str, str]:
    return {c.number: c.relation for c in extract(text, own_number=own or None).citations}


def page_only(yml: Path) -> bool:
    """A page without a document header (``layout: trang``): scored apart, it is the weak group."""
    return (yaml.safe_load(yml.read_text("utf-8")) or {}).get("layout") == "trang"


def evaluate(set_name: str, verbose: bool, record: list[dict[str, Any]], review_rows: list[str],
             group_rows: list[str], forms: tuple[str, ...] = tuple(FORMS)) -> tuple[list[str], list[str], tuple[int, int]]:
    set_dir = FIXTURES / set_name
    rows: list[str] = []
    closing_rows: list[str] = []
    cite = [0, 0]
    for form, suffix in FORMS.items():
        files = originals(set_dir, form) if form in forms else {}
        if not files:
            continue
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"import-eval-{set_name}-{form}-") as tmp:
            got, status, summary = import_folder(files, suffix, Path(tmp), paste=form == "paste")
        seconds = time.monotonic() - started
        right = dict.fromkeys(HEADER_FIELDS, 0)
        all_five = 0
        signer = [0, 0, 0, 0]  # right, scored, right where the text names one, named
        recip = [0, 0, 0, 0, 0]  # whole list right, scored, entries found, entries expected, extra entries
        flags = [0, 0, 0, 0]  # wrong docs flagged for review, wrong docs, right docs flagged, right docs
        field_flags = [0, 0, 0, 0, 0]  # wrong fields flagged, wrong fields, right fields flagged, right fields, docs
        # with a wrong field nobody is told to look at
        groups = {"header": [0, 0, 0], "page": [0, 0, 0]}  # five fields right, docs, all five right
        for stem, path in files.items():
            expected = load_expected(set_dir / f"{stem}.yml")
            fields = got.get(stem) or {k: "" for k in HEADER_FIELDS}
            if stem not in got:
                print(f"{set_name}/{path.name}: không thấy tệp nội dung được ghi", file=sys.stderr)
            marks = score(fields, expected)
            all_five += all(marks[k] for k in FIVE)
            group = groups["page" if page_only(set_dir / f"{stem}.yml") else "header"]
            group[0] += sum(marks[k] for k in FIVE)
            group[1] += 1
            group[2] += all(marks[k] for k in FIVE)
            wrong = not all(marks[k] for k in FIVE)
            flags[0 if wrong else 2] += bool(fields.get("review"))
            flags[1 if wrong else 3] += 1
            flagged = set(fields.get("flagged") or ())
            silent = [k for k in FIVE if not marks[k] and k not in flagged]
            field_flags[4] += bool(silent)
            for key in FIVE:
                field_flags[2 if marks[key] else 0] += key in flagged
                field_flags[3 if marks[key] else 1] += 1
            if verbose and silent:
                print(f"{set_name}/{path.name} sai mà không báo: " + ", ".join(
                    f"{k} {fields.get(k)!r} (đúng là {expected[k]!r})" for k in silent), file=sys.stderr)
            for key in HEADER_FIELDS:
                right[key] += marks[key]
                if verbose and not marks[key]:
                    print(f"{set_name}/{path.name} {key}: nhập được {fields.get(key)!r}, đúng là {expected[key]!r}",
                          file=sys.stderr)
            extra = closing_expected(set_dir / f"{stem}.yml")
            entry: dict[str, Any] = {"set": set_name, "form": form, "doc": stem, "marks": marks,
                                     "got": {k: sorted(v) if isinstance(v, set) else v for k, v in fields.items()
                                             if k != "body"}, "expected": expected}
            if "signer" in extra:
                want = named_in_form(path, str(extra["signer"] or ""), form)
                ok = normal(fields.get("signer", "")) == normal(want)
                signer[0] += ok
                signer[1] += 1
                signer[2] += ok and bool(want)
                signer[3] += bool(want)
                entry["signer_right"] = ok
                if verbose and not ok:
                    print(f"{set_name}/{path.name} signer: nhập được {fields.get('signer')!r}, đúng là {want!r}",
                          file=sys.stderr)
            if "recipients" in extra:
                whole, found, extra_n = recipients_marks(list(fields.get("recipients") or []),
                                                         [str(x) for x in extra["recipients"] or []])
                recip[0] += whole
                recip[1] += 1
                recip[2] += found
                recip[3] += len(extra["recipients"] or [])
                recip[4] += extra_n
                entry["recipients_right"] = whole
                if verbose and not whole:
                    print(f"{set_name}/{path.name} recipients: nhập được {fields.get('recipients')!r}, "
                          f"đúng là {extra['recipients']!r}", file=sys.stderr)
            record.append(entry)
            if form == "txt" and stem in got:
                body_md = got[stem]["body"]
                raw_text = path.read_text("utf-8")
                opening = re.sub(r"[\\*#]", "", body_md.lstrip().split("\n")[0])[:15]
                at = raw_text.find(opening) if opening else -1
                raw = relations(raw_text[max(at, 0) :], expected["number"])  # the document's own text, as copied
                in_title = set(relations(expected["title"], expected["number"]))
                raw = {n: r for n, r in raw.items() if n not in in_title}  # the trích yếu is not the body
                body = relations(body_md, expected["number"])
                cite[0] += sum(body.get(n) == r for n, r in raw.items())
                cite[1] += len(raw)
                for n, r in raw.items():
                    if verbose and body.get(n) != r:
                        print(f"{set_name}/{path.name} citation {n}: {r} in the raw text, {body.get(n)} imported",
                              file=sys.stderr)
        done = len(files)
        fields_right = sum(right.values())
        cells = [f"{right[k]}/{done}" for k in HEADER_FIELDS]
        rows.append(f"| {set_name} | {form} | {done} | " + " | ".join(cells)
                    + f" | {100 * fields_right / (done * len(HEADER_FIELDS)):.0f}% | {all_five}/{done}"
                    f" ({100 * all_five / done:.0f}%) |")
        print(f"{set_name}/{form}: một lệnh `vanban import` cho {done} tệp, mã thoát {status}, {seconds:.0f} s — "
              f"{summary}", file=sys.stderr)
        review_rows.append(f"| {set_name} | {form} | {flags[0]}/{flags[1]} | {flags[2]}/{flags[3]} | "
                           f"{field_flags[0]}/{field_flags[1]} | {field_flags[2]}/{field_flags[3]} | {field_flags[4]} |")
        group_rows.append(f"| {set_name} | {form} | " + " | ".join(
            f"{g[1]} | {100 * g[0] / (5 * g[1]):.0f}% | {g[2]}/{g[1]}" if g[1] else "0 | | "
            for g in groups.values()) + " |")
        if signer[1] or recip[1]:
            closing_rows.append(
                f"| {set_name} | {form} | {signer[0]}/{signer[1]} | {signer[2]}/{signer[3]} | {recip[0]}/{recip[1]} | "
                f"{recip[2]}/{recip[3]} | {recip[4]} |")
    return rows, closing_rows, (cite[0], cite[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
    parser.add_argument("--set", choices=sets, action="append", help="chỉ bộ này (mặc định: tuning và heldout)")
    parser.add_argument("--form", choices=list(FORMS), action="append", help="chỉ dạng này (mặc định: mọi dạng)")
    parser.add_argument("-v", "--verbose", action="store_true", help="in từng trường sai")
    parser.add_argument("--json", type=Path, help="ghi từng văn bản, từng dạng, từng trường ra tệp JSON này")
    args = parser.parse_args(argv)
    record: list[dict[str, Any]] = []
    header_table = ["| set | form | docs | " + " | ".join(HEADER_FIELDS) + " | fields right | all five right |",
                    "|" + "---|" * (len(HEADER_FIELDS) + 5)]
    closing_table = ["| set | form | signer right | signer right where named | Nơi nhận whole list right | "
                     "Nơi nhận entries found | entries invented |", "|---|---|---|---|---|---|---|"]
    review_table = ["| set | form | docs with a header field wrong: flagged for review | docs all right: flagged | "
                    "wrong fields flagged | right fields flagged | docs with a wrong field not flagged |",
                    "|---|---|---|---|---|---|---|"]
    group_table = ["| set | form | docs with a header | five fields right | all five | pages without a header | "
                   "five fields right | all five |", "|---|---|---|---|---|---|---|---|"]
    cites = []
    for set_name in args.set or DEFAULT_SETS:
        rows, closing_rows, (same, total) = evaluate(set_name, args.verbose, record, review_table, group_table,
                                                     tuple(args.form or FORMS))
        header_table += rows
        closing_table += closing_rows
        cites.append(f"| {set_name} | citations | {total} | relation in the imported body = in the raw text: "
                     f"{same}/{total} |")
    print("\n".join(header_table))
    if len(closing_table) > 2:
        print()
        print("\n".join(closing_table))
    print()
    print("\n".join(group_table))
    print()
    print("\n".join(review_table))
    print("\n".join(cites), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
