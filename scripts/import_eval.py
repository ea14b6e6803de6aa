"""Import the Word fixtures back and compare each field with the hand-made content files.

    python scripts/import_eval.py            # per-field match table (Markdown)
    python scripts/import_eval.py --txt      # also the plain-text seeds from ../shared/seeds

Each fixture ``tests/fixtures/docx/<seed>.docx`` was made from a content file by
scripts/make_docx.py (Nghị định 30/2020 layout); ``vanban import`` must give back the
same number, type, issuer, date, title, place, signer, signer title and recipients.
The imported file is rendered and read back through the core, exactly as `vanban check`
would read it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vanban.corpus import parse_text
from vanban.documents import Document
from vanban.importer import FIELDS, compare, field_values, import_file, render_content

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "docx"
SEEDS = ROOT.parent / "shared" / "seeds"
CONTENT = ROOT / "content"
DEMO = {
    "000": "van-ban/2025/300-ldld.md",
    "001": "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy.md",
    "002": "van-ban/chua-ro-nam/huong-dan-ban-tuyen-giao-thi-uy-phuoc-long.md",
    "003": "van-ban/2025/cong-van-phong-van-hoa-va-thong-tin-thanh-pho-bien-hoa-2025.md",
    "004": "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07.md",
}


def load(path: Path, text: str) -> Document:
    doc, _ = parse_text(path.name, text)
    assert doc is not None, path
    return doc


def imported_document(source: Path) -> Document:
    result = import_file(source)
    text = render_content(result.fields, result.body, "# yaml-language-server: $schema=x.json", result.comments)
    return load(source, text)


def expected_document(seed: str) -> Document:
    path = CONTENT / DEMO[seed]
    return load(path, path.read_text("utf-8"))


def table(rows: dict[str, dict[str, bool]]) -> str:
    head = "| field | " + " | ".join(rows) + " | matched |"
    lines = [head, "|" + "---|" * (len(rows) + 2)]
    for key in FIELDS:
        marks = ["✓" if rows[name][key] else "✗" for name in rows]
        lines.append(f"| {key} | " + " | ".join(marks) + f" | {marks.count('✓')}/{len(marks)} |")
    total = sum(sum(r.values()) for r in rows.values())
    lines.append("| **all** | " + " | ".join(f"{sum(r.values())}/{len(FIELDS)}" for r in rows.values())
                 + f" | {total}/{len(FIELDS) * len(rows)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--txt", action="store_true", help="cũng nhập các bản .txt trong ../shared/seeds")
    parser.add_argument("-v", "--verbose", action="store_true", help="in giá trị khác nhau")
    args = parser.parse_args(argv)
    rows: dict[str, dict[str, bool]] = {}
    sources = {f"{seed}.docx": FIXTURES / f"{seed}.docx" for seed in DEMO}
    if args.txt and SEEDS.is_dir():
        sources |= {f"{p.name[:3]}.txt": p for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in DEMO}
    for name, source in sources.items():
        got, want = imported_document(source), expected_document(name[:3])
        rows[name] = compare(got, want)
        if args.verbose:
            g, w = field_values(got), field_values(want)
            for key in FIELDS:
                if g[key] != w[key]:
                    print(f"{name} {key}: nhập được {g[key]!r}, bản làm tay {w[key]!r}", file=sys.stderr)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
