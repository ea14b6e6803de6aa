"""Rebuild each real document of tests/fixtures/import/ in the other forms a clerk receives.

    python scripts/make_import_forms.py            # every form of every document
    python scripts/make_import_forms.py --only docx

For each ``<set>/<doc>.txt`` (a portal copy) and its hand-written ``<doc>.yml``, writes under
``<set>/forms/``: ``<doc>.docx`` in one of four real header layouts (a one-row layout table with
the issuer in bold, a two-row table with "Số" and the date in the second row, plain paragraphs,
paragraphs with a tab between the columns), ``<doc>.pdf`` printed by headless Chromium from the
same layout, ``<doc>.html`` as a portal page around it (menu, metadata table, script), and for
two documents ``<doc>.scan.pdf``: page 1 rasterised by pdftoppm and wrapped as an image-only PDF.
The header is rebuilt from the expected fields, the body is the copy's own text.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "import"
LAYOUTS = ("bang-1-dong", "bang-2-dong", "doan-van", "tab")
SCANNED = {"heldout": "h05-4544-kh-ubnd-quang-nam", "tuning": "t03-135-kh-ubnd-soc-trang"}
_BODY = re.compile(r"^(Căn cứ|Thực hiện|Triển khai|Trong những|Kính gửi|Hội nghị|Ngày \d|Ủy ban nhân dân|I\.|1\.|– Căn cứ)")
_UNITS = re.compile(r"\s(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s)")
UNION = "Đoàn TNCS Hồ Chí Minh"


def load(txt: Path) -> tuple[dict[str, str], list[str], str]:
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text("utf-8"))
    lines = [line.strip() for line in txt.read_text("utf-8").splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if _BODY.match(line) and "CỘNG HÒA" not in line.upper()),
                 max(len(lines) - 6, 0))
    body = lines[start:]
    flat = next((line for line in lines if "Căn cứ" in line and "Số" in line), "")
    if flat and (not body or any("CỘNG HÒA" in b.upper() for b in body)):  # a header flattened into one line
        body = [flat[flat.index("Căn cứ") :]]
    blank = re.search(r"Số\s*:?\s+(/\S+)", txt.read_text("utf-8"))
    return {k: "" if v is None else str(v) for k, v in expected.items()}, body, blank.group(1) if blank else "/"


def header_parts(e: dict[str, str], blank_code: str) -> dict[str, list[str]]:
    issuer = e["issuer"]
    heading = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    if issuer.endswith(UNION):
        issuer, heading = issuer[: -len(UNION)].strip(), ["ĐOÀN TNCS HỒ CHÍ MINH"]
    elif re.match(r"^\d+-", e["number"]) or issuer.startswith(("Tỉnh ủy", "Huyện ủy", "Bộ Chính trị", "Đảng")):
        heading = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    left = [part.upper() for part in _UNITS.split(issuer, maxsplit=1) if part]
    left = [" ".join(left[:1])] + ([" ".join(left[1:])] if len(left) > 1 else [])
    number = f"Số: {e['number']}" if e["number"] else f"Số:        {blank_code}"
    date = e["date"].split("-") if e["date"] else []
    y = date[0] if date else "     "
    m = str(int(date[1])) if len(date) > 1 else "     "
    d = date[2] if len(date) > 2 else "     "
    date_line = f"{e['place']}, ngày {d} tháng {m} năm {y}" if e["place"] or date else ""
    vv = [f"V/v {e['title']}"] if e["type"] == "Công văn" else []
    kind = [] if e["type"] in ("Công văn", "") else [e["type"].upper()]
    title = [] if e["type"] == "Công văn" else ([e["title"]] if e["title"] else [])
    return {"left": left, "number": [number], "vv": vv, "right": heading, "date": [date_line] if date_line else [],
            "kind": kind, "title": title}


def make_docx(parts: dict[str, list[str]], body: list[str], layout: str, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()

    def para(container: object, text: str, bold: bool = False, center: bool = False) -> None:
        p = container.add_paragraph()  # type: ignore[attr-defined]
        run = p.add_run(text)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    left = parts["left"]
    if layout == "bang-1-dong":
        table = doc.add_table(rows=1, cols=2)
        cell_l, cell_r = table.cell(0, 0), table.cell(0, 1)
        cell_l.paragraphs[0].add_run(left[0]).bold = True
        for line in left[1:]:
            para(cell_l, line, bold=True, center=True)
        for line in parts["number"] + parts["vv"]:
            para(cell_l, line, center=True)
        cell_r.paragraphs[0].add_run(parts["right"][0]).bold = True
        for line in parts["right"][1:]:
            para(cell_r, line, bold=True, center=True)
        for line in parts["date"]:
            para(cell_r, line, center=True)
    elif layout == "bang-2-dong":
        table = doc.add_table(rows=2, cols=2)
        table.cell(0, 0).paragraphs[0].add_run(left[0]).bold = True
        for line in left[1:]:
            para(table.cell(0, 0), line, bold=True)
        table.cell(0, 1).paragraphs[0].add_run(parts["right"][0]).bold = True
        for line in parts["right"][1:]:
            para(table.cell(0, 1), line, bold=True)
        table.cell(1, 0).paragraphs[0].add_run(parts["number"][0])
        for line in parts["vv"]:
            para(table.cell(1, 0), line)
        for line in parts["date"]:
            table.cell(1, 1).paragraphs[0].add_run(line)
    elif layout == "doan-van":
        for line in left + parts["number"] + parts["vv"] + parts["right"] + parts["date"]:
            para(doc, line)
    else:  # tab
        rights = parts["right"] + parts["date"]
        lefts = left + parts["number"]
        for i in range(max(len(lefts), len(rights))):
            a = lefts[i] if i < len(lefts) else ""
            b = rights[i] if i < len(rights) else ""
            para(doc, f"{a}\t\t{b}")
        for line in parts["vv"]:
            para(doc, line)
    for line in parts["kind"]:
        para(doc, line, bold=True, center=True)
    for line in parts["title"]:
        para(doc, line, bold=True, center=True)
    for line in body:
        para(doc, line)
    doc.core_properties.author = "vanban"
    doc.save(str(out))


def page_html(parts: dict[str, list[str]], body: list[str], portal: bool = False, number: str = "", date: str = "") -> str:
    e = html.escape

    def lines(items: list[str], bold: bool = False) -> str:
        return "".join(f"<p>{'<b>' if bold else ''}{e(x)}{'</b>' if bold else ''}</p>" for x in items)

    head = (f"<table class='hd'><tr><td>{lines(parts['left'], True)}{lines(parts['number'])}{lines(parts['vv'])}</td>"
            f"<td>{lines(parts['right'], True)}<p><i>{''.join(e(x) for x in parts['date'])}</i></p></td></tr></table>")
    doc = (head + "".join(f"<p class='c'><b>{e(x)}</b></p>" for x in parts["kind"] + parts["title"])
           + "".join(f"<p class='b'>{e(x)}</p>" for x in body))
    style = ("<style>body{font-family:'DejaVu Serif',serif;font-size:13pt;margin:2cm}table.hd{width:100%}"
             "td{vertical-align:top;text-align:center;width:50%}p{margin:.2em 0}.c{text-align:center}"
             ".b{text-align:justify;text-indent:1cm}</style>")
    if not portal:
        return f"<!doctype html><html lang='vi'><meta charset='utf-8'>{style}<body>{doc}</body></html>"
    chrome = ("<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/van-ban'>Văn bản</a></li>"
              "<li><a href='/tin-tuc'>Tin tức</a></li></ul></nav><script>var _gaq=[];</script>"
              f"<table class='meta'><tr><td>Số hiệu</td><td>{e(number)}</td></tr><tr><td>Ngày ban hành</td>"
              f"<td>{e(date)}</td></tr></table>")
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Văn bản</title>{style}</head><body>"
            f"{chrome}<div class='noi-dung'>{doc}</div><footer>Cổng thông tin điện tử — In trang</footer></body></html>")


def print_pdf(source_html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(source_html, "utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


def scan(pdf: Path, out: Path) -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-png", str(pdf), f"{tmp}/p"], check=True)
        png = sorted(Path(tmp).glob("p*.png"))[0]
        with Image.open(png) as image:
            image.convert("L").save(out, "PDF", resolution=150)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["docx", "pdf", "html", "scan"])
    parser.add_argument("stems", nargs="*", help="chỉ các văn bản này (tên tệp không đuôi); mặc định: tất cả")
    args = parser.parse_args(argv)
    for set_dir in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        forms = set_dir / "forms"
        forms.mkdir(exist_ok=True)
        for index, txt in enumerate(sorted(set_dir.glob("*.txt"))):
            expected, body, blank = load(txt)
            parts = header_parts(expected, blank)
            stem = txt.stem
            if args.stems and stem not in args.stems:
                continue
            if args.only in (None, "docx"):
                make_docx(parts, body, LAYOUTS[index % len(LAYOUTS)], forms / f"{stem}.docx")
            if args.only in (None, "html"):
                shown = "/".join(reversed(expected["date"].split("-"))) if expected["date"] else ""
                (forms / f"{stem}.html").write_text(page_html(parts, body, portal=True, number=expected["number"],
                                                              date=shown), "utf-8")
            if args.only in (None, "pdf", "scan"):
                if args.only != "scan":
                    print_pdf(page_html(parts, body), forms / f"{stem}.pdf")
                if SCANNED.get(set_dir.name) == stem:
                    scan(forms / f"{stem}.pdf", forms / f"{stem}.scan.pdf")
            print(f"{set_dir.name}/{stem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
