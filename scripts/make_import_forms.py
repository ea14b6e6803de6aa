"""Rebuild each real document of tests/fixtures/import/ in the other forms a clerk receives.

    python scripts/make_import_forms.py            # every form of every document
    python scripts/make_import_forms.py --only docx

    python scripts/make_import_forms.py --set heldout3
    python scripts/make_import_forms.py --set heldout4
    python scripts/make_import_forms.py --set heldout5
    python scripts/make_import_forms.py --set heldout6
    python scripts/make_import_forms.py --set heldout7
    python scripts/make_import_forms.py --set heldout8
    python scripts/make_import_forms.py --set heldout9
    python scripts/make_import_forms.py --set heldout10
    python scripts/make_import_forms.py --set heldout11
    python scripts/make_import_forms.py --set heldout12
    python scripts/make_import_forms.py --set heldout13
    python scripts/make_import_forms.py --set heldout14
    python scripts/make_import_forms.py --set heldout15
    python scripts/make_import_forms.py --set heldout16
    python scripts/make_import_forms.py --set heldout17
    python scripts/make_import_forms.py --set heldout18
    python scripts/make_import_forms.py --set heldout19
    python scripts/make_import_forms.py --set heldout20
    python scripts/make_import_forms.py --set heldout21
    python scripts/make_import_forms.py --set heldout22
    python scripts/make_import_forms.py --set heldout23
    python scripts/make_import_forms.py --set heldout24
    python scripts/make_import_forms.py --set heldout25
    python scripts/make_import_forms.py --set heldout26
    python scripts/make_import_forms.py --set heldout27
    python scripts/make_import_forms.py --set heldout28
    python scripts/make_import_forms.py --set heldout29
    python scripts/make_import_forms.py --set heldout30
    python scripts/make_import_forms.py --set heldout31
    python scripts/make_import_forms.py --set heldout32
    python scripts/make_import_forms.py --set heldout33
    python scripts/make_import_forms.py --set heldout34
    python scripts/make_import_forms.py --set heldout35
    python scripts/make_import_forms.py --set heldout36
    python scripts/make_import_forms.py --set heldout38
    python scripts/make_import_forms.py --set heldout39
    python scripts/make_import_forms.py --set heldout40
    python scripts/make_import_forms.py --set heldout41
    python scripts/make_import_forms.py --set tuning3
    python scripts/make_import_forms.py --set tuning4

For each ``<set>/<doc>.txt`` (a portal copy) and its hand-written ``<doc>.yml``, writes under
``<set>/forms/``: ``<doc>.docx`` in one of four real header layouts (a one-row layout table with
the issuer in bold, a two-row table with "Số" and the date in the second row, plain paragraphs,
paragraphs with a tab between the columns), ``<doc>.pdf`` printed by headless Chromium from the
same layout, ``<doc>.html`` as a portal page around it (menu, metadata table, script), and for
one or two documents a set ``<doc>.scan.pdf``: page 1 rasterised by pdftoppm and wrapped as an
image-only PDF. The header is rebuilt from the expected fields, the body is the copy's own text.

Sets after the first two (``heldout3`` on) are built closer to the originals (split_source and
the ``rich`` paths below):
a fifth layout (a three-row table), the closing block ("Nơi nhận" left, signature right) in a
borderless table, the portal page keeping the page's own lines above the document instead of a
metadata table made from the answers, and a page without any header (a news item, ``layout:
trang`` in its .yml) kept as that page in every form. Word files, printed PDFs and scans carry
fixed dates, so a rebuild gives the same bytes (Chromium's own output aside, see fixed_dates).
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
RICH_LAYOUTS = (*LAYOUTS, "bang-3-dong")
SCANNED = {"heldout": ("h05-4544-kh-ubnd-quang-nam",), "tuning": ("t03-135-kh-ubnd-soc-trang",),
           "heldout3": ("n05-2995-kh-ubnd-kon-tum", "n22-73-ubnd-th-hau-giang"),
           "heldout4": ("q07-503-qd-ubnd-kon-tum", "q20-735-ubnd-kt-an-giang"),
           "heldout5": ("r19-566-tb-ubnd-xa-cam-due", "r23-3104-qd-ubnd-quang-binh"),
           "heldout6": ("s01-13-cd-ubnd-ky-anh", "s37-16-hd-btctw"),
           "heldout7": ("w13-108-kh-ubnd-yen-bai", "w25-2177-qd-ubnd-quang-tri"),
           "heldout8": ("x23-85-kh-ubnd-ha-noi", "x27-31-2020-qd-ubnd-phu-yen"),
           "heldout9": ("y12-05-2020-qd-ubnd-vinh-long", "y17-32-kh-ubnd-xa-hoang-xuan"),
           "heldout10": ("z05-94-bc-ubnd-hoi-an-ke-hoach", "z10-1036-qd-ubnd-thanh-hoa-yen-dinh"),
           "heldout11": ("a04-1994-qd-ubnd-an-giang", "a14-07-tb-ubnd-xa-son-vi"),
           "heldout12": ("b06-07-ct-ubnd-vinh-long", "b11-86-kh-ubnd-xa-thieu-chinh"),
           "heldout13": ("c07-130-hdbt-dien-bien-phu", "c08-272-2009-nq-hdnd-son-la"),
           "heldout14": ("e07-10-2012-nq-hdnd-thai-nguyen", "e12-01-2008-nq-hdnd-quan-2"),
           "heldout15": ("f06-218-bc-ubnd-xa-cam-ha", "f16-75-bc-ubnd-quan-5"),
           "heldout16": ("g02-77-2006-qd-ubnd-gia-lai", "g08-39-2005-nq-hdnd-dien-bien"),
           "heldout17": ("i07-163-kh-ubnd-xa-cam-quang", "i12-28-2016-nq-hdnd-binh-phuoc"),
           "heldout18": ("j04-ttr-thcs-xuan-luong", "j28-25-kh-du-xa-thai-hoa"),
           "heldout19": ("k02-06-tb-ubnd-xa-tung-chau", "k04-kh-ubnd-xa-ha-trung"),
           "heldout20": ("l04-bc-pgddt-huong-khe", "l07-lich-ktdk-pgddt-tan-yen"),
           "heldout21": ("m01-kh-ktnb-mn-van-gia", "m08-01-ttr-thcs-nhan-nghia"),
           "heldout22": ("p05-05-kh-ubnd-xa-hoang-luu", "p10-kh-ktnb-th-vinh-binh-a"),
           "heldout23": ("u03-27-tb-ubnd-xa-thuong-quang", "u15-kh-hsg-thpt-phan-thanh-tai"),
           "heldout24": ("o19-313-qd-hqls-2018-lang-son", "o20-01-2011-qd-ubnd-quan-9"),
           "heldout25": ("aa11-qd-bcd-cong-khai-thcs-tan-hiep-a5-123doc", "aa25-qd-ub-ha-noi-2007-hoi-dong-thi-dua"),
           "heldout26": ("ab14-537-tc-qlcs-1998-tai-san-tich-thu", "ab18-kh-ptcs-son-hai-tai-nan-thuong-tich-123doc"),
           "heldout27": ("ac01-21-ttvh-quan-9-bao-cao-dinh-ky", "ac07-1109-cp-vx-1998-chuong-trinh-van-hoa"),
           "heldout28": ("ad06-46-tb-thcs-minh-lap-tuyen-sinh-lop-6", "ad09-80-khdh-pl-dtn-doan-phu-lam-dai-hoi"),
           "heldout29": ("ae06-12-nq-tu-thanh-uy-tp-hcm-can-gio", "ae11-35-tb-ubnd-xa-cao-ma-po-cho"),
           "heldout30": ("af03-01-ct-ub-1982-tp-hcm-trat-tu-xa-hoi", "af14-90-kh-ubnd-xa-dien-trung-sot-xuat-huyet-tin"),
           "heldout31": ("ag08-996-qd-ub-1995-ninh-binh-den-bu", "ag21-qd-ubnd-xa-thanh-thuy-xu-phat-tin"),
           "heldout32": ("ah04-44-2005-qd-ubnd-binh-thuan-the-thuc-van-ban", "ah09-283-qd-ubnd-xa-quang-thai-ho-ngheo-tin"),
           "heldout33": ("ai17-04-kh-ubnd-vh-xa-duc-thanh-co-tuong-2018", "ai21-kh-ubnd-xa-quang-vinh-dai-hoi-tdtt-2022-trang"),
           "heldout34": ("aj08-111-cv-ubnd-xa-gia-pho-2018-quoc-tang", "aj21-bc-ubnd-huyen-cu-chi-2005-kinh-te-xa-hoi-trang"),
           "heldout35": ("ak27-120-cp-1968-hop-nhat-huyen-ba-vi", "ak18-qd-ubnd-tp-hcm-1986-tru-dong-don-vi-trung-uong-trang"),
           "heldout36": ("al10-184-hdbt-1982-giao-dat-giao-rung", "al22-425-ubnd-vp-quan-11-2012-pccc-trang"),
           "heldout38": ("am03-12-2000-ct-ub-vx-tp-hcm-karaoke", "am07-5187-ubnd-vxnv-ninh-thuan-2021-kate-trang"),
           "heldout39": ("an13-4653-qd-ubnd-vx-nghe-an-2008-cua-lo", "an15-563-qd-ubnd-thua-thien-hue-2017-co-thi-dua-trang"),
           "heldout40": ("ao10-2134-qd-ubnd-bac-giang-2014-kho-vat-lieu-no", "ao04-tb-vptu-thanh-hoa-2019-tiep-dan-trang"),
           "heldout41": ("ap04-10-2023-qd-ubnd-yen-bai-nghe-dao-tao-so-cap", "ap10-qd-ubnd-soc-trang-2019-khan-cap-sat-lo-trang"),
           "tuning3": ("v21-37-2007-qd-ubnd-can-tho",),
           "tuning4": ("w07-104-kh-ubnd-hung-yen",)}
CLASSIC = ("tuning", "heldout")  # built as the first session built them
_BODY = re.compile(r"^(Căn cứ|Thực hiện|Triển khai|Trong những|Kính gửi|Hội nghị|Ngày \d|Ủy ban nhân dân|I\.|1\.|– Căn cứ)")
_UNITS = re.compile(r"\s(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s)")
UNION = "Đoàn TNCS Hồ Chí Minh"
# A union body named without the union's name prints the union's motto too ("BCH ĐOÀN TỈNH NGHỆ AN" / "ĐOÀN TNCS HỒ
# CHÍ MINH", "NHÀ THIẾU NHI TỈNH" under "BCH ĐOÀN TỈNH HƯNG YÊN", a "CHI ĐOÀN …" without a number), though its number
# reads as a Party one ("47-KH/…").
UNION_BODIES = ("Ban Chấp hành Đoàn ", "Nhà thiếu nhi ", "Chi đoàn ")
# A Party number puts a Party type's code before the body's ("12-NQ/TU", "149-KH/QU"); the state's old numbers put a
# hyphen before the body alone or before the body and the type ("88-HĐBT", "43-TTg", "808-BYT/QĐ", "6-LĐ/TT").
_PARTY_NUMBER = re.compile(r"^\d+[a-z]?\s*-\s*(?:NQ|CT|KL|QĐi?|QC|TB|KH|HD|BC|CV|CTr|TTr|TT|ĐA)/")


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
    elif issuer.startswith(UNION_BODIES):
        heading = ["ĐOÀN TNCS HỒ CHÍ MINH"]
    elif _PARTY_NUMBER.match(e["number"]) or issuer.startswith(("Tỉnh ủy", "Huyện ủy", "Bộ Chính trị", "Đảng", "Chi bộ")):
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


def make_docx(parts: dict[str, list[str]], body: list[str], layout: str, out: Path,
              closing: list[str] | None = None, when: str | None = None) -> None:
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
    elif layout == "bang-3-dong":  # issuer | motto, number | date, V/v | (empty): one row per header line
        table = doc.add_table(rows=3, cols=2)
        for row, (lefts, rights, bold) in enumerate(((left, parts["right"], True), (parts["number"], parts["date"], False),
                                                     (parts["vv"], [], False))):
            for col, items in enumerate((lefts, rights)):
                for i, line in enumerate(items):
                    cell = table.cell(row, col)
                    (cell.paragraphs[0].add_run(line) if i == 0 else cell.add_paragraph().add_run(line)).bold = bold
    elif layout == "trang":  # a web page pasted into Word: its own lines, the headline in bold
        for i, line in enumerate(body):
            para(doc, line, bold=i == 0)
        body = []
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
    if layout != "trang":
        for line in parts["kind"]:
            para(doc, line, bold=True, center=True)
        for line in parts["title"]:
            para(doc, line, bold=True, center=True)
    for line in body:
        para(doc, line)
    if closing:  # "Nơi nhận" and its list left, the signature block right, as ND 30 lays them out
        nhan, ky = split_closing(closing)
        table = doc.add_table(rows=1, cols=2)
        for col, items in enumerate((nhan, ky)):
            for i, line in enumerate(items):
                cell = table.cell(0, col)
                run = cell.paragraphs[0].add_run(line) if i == 0 else cell.add_paragraph().add_run(line)
                run.bold = col == 1 or i == 0
    doc.core_properties.author = "vanban"
    if when is None:
        doc.save(str(out))
        return
    from make_docx import fixed_timestamp, save_reproducibly

    stamp = fixed_timestamp(when)
    doc.core_properties.created = doc.core_properties.modified = stamp.replace(tzinfo=None)
    save_reproducibly(doc, out, stamp)


def page_html(parts: dict[str, list[str]], body: list[str], portal: bool = False, number: str = "", date: str = "",
              closing: list[str] | None = None, pre: list[str] | None = None, page_only: bool = False) -> str:
    """The document as a page; with *pre* (the page's own lines above it) no metadata table is made up."""
    e = html.escape

    def lines(items: list[str], bold: bool = False) -> str:
        return "".join(f"<p>{'<b>' if bold else ''}{e(x)}{'</b>' if bold else ''}</p>" for x in items)

    head = (f"<table class='hd'><tr><td>{lines(parts['left'], True)}{lines(parts['number'])}{lines(parts['vv'])}</td>"
            f"<td>{lines(parts['right'], True)}<p><i>{''.join(e(x) for x in parts['date'])}</i></p></td></tr></table>")
    doc = (head + "".join(f"<p class='c'><b>{e(x)}</b></p>" for x in parts["kind"] + parts["title"])
           + "".join(f"<p class='b'>{e(x)}</p>" for x in body))
    if page_only:  # a news item: its headline and paragraphs, nothing rebuilt
        doc = f"<h1>{e(body[0])}</h1>" + "".join(f"<p class='b'>{e(x)}</p>" for x in body[1:])
    if closing:
        nhan, ky = split_closing(closing)
        doc += f"<table class='hd'><tr><td class='l'>{lines(nhan)}</td><td>{lines(ky, True)}</td></tr></table>"
    style = ("<style>body{font-family:'DejaVu Serif',serif;font-size:13pt;margin:2cm}table.hd{width:100%}"
             "td{vertical-align:top;text-align:center;width:50%}p{margin:.2em 0}.c{text-align:center}"
             ".b{text-align:justify;text-indent:1cm}td.l{text-align:left}</style>")
    if not portal:
        return f"<!doctype html><html lang='vi'><meta charset='utf-8'>{style}<body>{doc}</body></html>"
    chrome = ("<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/van-ban'>Văn bản</a></li>"
              "<li><a href='/tin-tuc'>Tin tức</a></li></ul></nav><script>var _gaq=[];</script>")
    if pre is None:
        chrome += (f"<table class='meta'><tr><td>Số hiệu</td><td>{e(number)}</td></tr><tr><td>Ngày ban hành</td>"
                   f"<td>{e(date)}</td></tr></table>")
    else:
        chrome += f"<div class='dau-trang'>{lines(pre)}</div>"
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Văn bản</title>{style}</head><body>"
            f"{chrome}<div class='noi-dung'>{doc}</div><footer>Cổng thông tin điện tử — In trang</footer></body></html>")


_HEADER_START = re.compile(r"^(ỦY|UỶ|Y BAN|BỘ |BAN CHẤP|BẢO HIỂM|CỘNG H|HỘI ĐỒNG|ĐẢNG ỦY|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY)")
_DEBRIS = re.compile(r"^[-_*=|•\s]*$")
_HEAD_LINE = re.compile(r"^(Số\b|[^,]{0,40}, ngày\b|ngày\b|tháng\b|V/[vV]\b|\d{1,2}\s+tháng)")
_FLAT = 300  # a header line this long is a flattened page (header, trích yếu and body in one line)
_SIGN_START = re.compile(r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ .,]{3,}$)")


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def split_source(txt: Path, expected: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """The copy's lines above the header, its body, and its closing block from "Nơi nhận" on.

    The body starts after the last header line: the number, the place-date line, the V/v and the
    first line where the hand-written trích yếu (over up to seven lines) ends. Table debris (lone pipes, rules) and edge pipes go,
    since no Word original has them; hard line breaks stay (unwrapping is part of the test). A page
    flattened into one long line keeps that line as its body (header words and all): cutting it
    would lose the text.
    """
    lines = [line.strip().strip("|").strip() for line in txt.read_text("utf-8").splitlines()]
    lines = [line for line in lines if line and not _DEBRIS.match(line)]
    if expected.get("layout") == "trang":
        return [], lines, []
    start = next((i for i, line in enumerate(lines) if _HEADER_START.match(line)), 0)
    title = _fold(expected["title"])
    ends = [i for i in range(start, min(start + 40, len(lines)))
            if title and any(_fold("".join(lines[j : i + 1])).endswith(title) for j in range(max(i - 6, 0), i + 1))]
    if ends:  # a place-date line may follow a V/v
        last = ends[0]
        while last + 1 < len(lines) and _HEAD_LINE.match(lines[last + 1]):
            last += 1
    elif len(lines[start]) > _FLAT:  # the whole page in one line: header and body stay together
        return lines[:start], lines[start:], []
    else:
        last = max((i for i in range(start, min(start + 15, len(lines))) if _HEAD_LINE.match(lines[i])), default=start)
    end = next((i for i in range(last + 1, len(lines)) if lines[i].startswith("Nơi nhận")), len(lines))
    return lines[:start], lines[last + 1 : end], lines[end:]


def split_closing(closing: list[str]) -> tuple[list[str], list[str]]:
    """"Nơi nhận" with its list (and any drafter's note) left; the signature block right."""
    at = next((i for i, line in enumerate(closing) if i and _SIGN_START.match(line)), len(closing))
    return closing[:at], closing[at:]


def fixed_dates(pdf: Path, when: str) -> None:
    """Chromium stamps the print time; write the document's date instead, same length, so offsets hold."""
    day = (when or "2025-01-01").replace("-", "")
    data = re.sub(rb"\(D:(\d{14})", lambda m: b"(D:" + day.encode() + b"000000", pdf.read_bytes())
    pdf.write_bytes(data)


def print_pdf(source_html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(source_html, "utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


def scan(pdf: Path, out: Path, when: str | None = None) -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-png", str(pdf), f"{tmp}/p"], check=True)
        png = sorted(Path(tmp).glob("p*.png"))[0]
        with Image.open(png) as image:
            if when is None:
                image.convert("L").save(out, "PDF", resolution=150)
                return
            from make_docx import fixed_timestamp

            stamp = fixed_timestamp(when)
            image.convert("L").save(out, "PDF", resolution=150, creationDate=stamp.timetuple(), modDate=stamp.timetuple())


def build_rich(txt: Path, index: int, only: str | None) -> None:
    """One document of a later set, built closer to its original (see the module docstring)."""
    expected, _, blank = load(txt)
    parts = header_parts(expected, blank)
    pre, body, closing = split_source(txt, expected)
    layout = expected.get("layout") or RICH_LAYOUTS[index % len(RICH_LAYOUTS)]
    page_only = layout == "trang"
    forms, stem, when = txt.parent / "forms", txt.stem, expected["date"]
    if only in (None, "docx"):
        make_docx(parts, body, layout, forms / f"{stem}.docx", closing=closing, when=when)
    if only in (None, "html"):
        page = page_html(parts, body, portal=True, closing=closing, pre=pre, page_only=page_only)
        (forms / f"{stem}.html").write_text(page, "utf-8")
    if only in (None, "pdf"):
        print_pdf(page_html(parts, body, closing=closing, page_only=page_only), forms / f"{stem}.pdf")
        fixed_dates(forms / f"{stem}.pdf", when)
    if only in (None, "scan") and stem in SCANNED.get(txt.parent.name, ()):
        scan(forms / f"{stem}.pdf", forms / f"{stem}.scan.pdf", when)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["docx", "pdf", "html", "scan"])
    parser.add_argument("--set", action="append", dest="sets", help="chỉ bộ này (mặc định: mọi bộ)")
    parser.add_argument("stems", nargs="*", help="chỉ các văn bản này (tên tệp không đuôi); mặc định: tất cả")
    args = parser.parse_args(argv)
    for set_dir in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        if args.sets and set_dir.name not in args.sets:
            continue
        forms = set_dir / "forms"
        forms.mkdir(exist_ok=True)
        for index, txt in enumerate(sorted(set_dir.glob("*.txt"))):
            stem = txt.stem
            if args.stems and stem not in args.stems:
                continue
            if set_dir.name not in CLASSIC:
                build_rich(txt, index, args.only)
                print(f"{set_dir.name}/{stem}", file=sys.stderr)
                continue
            expected, body, blank = load(txt)
            parts = header_parts(expected, blank)
            if args.only in (None, "docx"):
                make_docx(parts, body, LAYOUTS[index % len(LAYOUTS)], forms / f"{stem}.docx")
            if args.only in (None, "html"):
                shown = "/".join(reversed(expected["date"].split("-"))) if expected["date"] else ""
                (forms / f"{stem}.html").write_text(page_html(parts, body, portal=True, number=expected["number"],
                                                              date=shown), "utf-8")
            if args.only in (None, "pdf", "scan"):
                if args.only != "scan":
                    print_pdf(page_html(parts, body), forms / f"{stem}.pdf")
                if stem in SCANNED.get(set_dir.name, ()):
                    scan(forms / f"{stem}.pdf", forms / f"{stem}.scan.pdf")
            print(f"{set_dir.name}/{stem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
