"""Lay out each content document as a Word file shaped like its administrative original.

Why this exists: Nghị định 42/2022/NĐ-CP Điều 4 asks a portal to offer every document as a
downloadable file, and the demo corpus was converted from Word originals whose files are
lost. This script rebuilds a faithful .docx from the Markdown page (front matter + body), laid
out per Nghị định 30/2020/NĐ-CP Phụ lục I: a borderless two-column header table (issuer and
"Số:" on the left; Quốc hiệu — or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party documents — and the date
line on the right), the type word and trích yếu centred (Công văn: "V/v …" under the number and
a "Kính gửi:" line), the body, then "Nơi nhận:" and the signature block side by side.
Nothing is invented: a blank number or day stays blank, as in the original.

How an editor regenerates the files (from the repository root)::

    python scripts/make_docx.py                      # every document under content/
    python scripts/make_docx.py content/van-ban/2025/300-ldld.md
    python scripts/make_docx.py --fixtures tests/fixtures/docx   # also refresh test fixtures

Each document ``content/van-ban/<year>/<slug>.md`` gets ``<slug>/<slug>.docx`` in its
attachment folder (the folder beside the .md, named like it), and the script adds
``{path: "<slug>/<slug>.docx", title: "Toàn văn <type> (bản Word)"}`` to the ``attachments:``
list of the front matter when it is missing. Output is byte-for-byte reproducible: document
properties and zip timestamps are set from the document date (or 2025-01-01 when there is none).

How to add an attachment by hand (a scanned PDF, an annex): copy the file into the document's
attachment folder, e.g. ``content/van-ban/2025/300-ldld/phu-luc.pdf``, and list it with a path
relative to the .md file's folder::

    attachments:
      - path: "300-ldld/phu-luc.pdf"
        title: "Phụ lục kèm theo Công văn"

When the original shows a partial number ("Số: /PVHTT"), the content file keeps ``number: ""``
and quotes the original in a YAML comment after it; the script reads that comment to print the
blank number as the original did.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from docx import Document as new_document
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
FONT = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13
DEFAULT_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
BLANK = " " * 8  # room left for a hand-written number or day, as on the paper original
NOI_NHAN = "**Nơi nhận:**"

# The demo documents and the seed each came from, for the import fixtures.
DEMO_FIXTURES: dict[str, str] = {
    "000": "van-ban/2025/300-ldld.md",
    "001": "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy.md",
    "002": "van-ban/chua-ro-nam/huong-dan-ban-tuyen-giao-thi-uy-phuoc-long.md",
    "003": "van-ban/2025/cong-van-phong-van-hoa-va-thong-tin-thanh-pho-bien-hoa-2025.md",
    "004": "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07.md",
}

_PARTY_NUMBER = re.compile(r"\d*\s*-\s*[A-Za-zĐđ]+/")
_PARTY_ISSUER = re.compile(r"(Huyện|Tỉnh|Thị|Thành|Quận|Đảng) [uủ][yỷ]|Ban Tuyên giáo|Đảng bộ|Chi bộ")
_ORIGINAL_NUMBER = re.compile(r'^number:[^#]*#.*?"(Số[^"]*)"', re.MULTILINE)
_INLINE = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")
_ESCAPE = re.compile(r"\\([\\.)*#_\-])")


@dataclass(frozen=True)
class Source:
    """A content file split into what the layout needs."""

    path: Path
    data: dict[str, Any]
    front_matter: str  # raw YAML text, comments included
    body: str


@dataclass(frozen=True)
class Block:
    """One body paragraph: ``kind`` is "heading", "item" or "text"; ``lines`` keep hard breaks."""

    kind: str
    lines: tuple[str, ...]


# --- reading --------------------------------------------------------------------------------


def read_source(path: Path) -> Source | None:
    """Split *path* at its first two ``---`` lines; None when it is not a document page."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return None
    raw = "\n".join(lines[1:end])
    data = yaml.safe_load(raw) or {}
    if not isinstance(data, dict) or not data.get("type") or not data.get("title"):
        return None
    return Source(path, data, raw, "\n".join(lines[end + 1 :]))


def text_of(data: dict[str, Any], key: str) -> str:
    """A front matter value as text; YAML may have read an unquoted date as a date."""
    value = data.get(key)
    return "" if value is None else str(value)


def original_number(front_matter: str) -> str:
    """The partial number quoted in the comment after an empty ``number`` ("Số: /PVHTT")."""
    match = _ORIGINAL_NUMBER.search(front_matter)
    return match.group(1) if match else ""


def parse_blocks(body: str) -> list[Block]:
    """Split the Markdown body into paragraphs, stopping at "Nơi nhận:" (laid out separately)."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        if chunk.strip() == NOI_NHAN:
            break
        lines = chunk.split("\n")
        if lines[0].startswith("#"):
            blocks.append(Block("heading", (lines[0].lstrip("#").strip(),)))
        elif lines[0].startswith("- "):
            blocks.extend(Block("item", (line.strip(),)) for line in lines)
        else:
            blocks.append(Block("text", tuple(_hard_lines(lines))))
    return blocks


def _hard_lines(lines: list[str]) -> list[str]:
    """Join soft-wrapped lines; keep a line break where Markdown has a hard break (two spaces)."""
    out = [""]
    for line in lines:
        out[-1] = f"{out[-1]} {line.strip()}".strip()
        if line.endswith("  "):
            out.append("")
    return [line for line in out if line]


# --- dates and numbers as the original prints them ----------------------------------------------


def date_parts(date: str) -> tuple[str, str, str]:
    """Day, month and year as ND 30 prints them; an unknown part stays blank."""
    parts = date.split("-") if date else []
    year = parts[0] if parts else ""
    month = str(int(parts[1])) if len(parts) > 1 else ""
    day = str(int(parts[2])) if len(parts) > 2 else ""
    if month and int(month) < 3:
        month = month.zfill(2)  # ND 30: months 1 and 2 are written 01, 02
    return (day.zfill(2) if day else BLANK, month or BLANK, year or BLANK)


def date_line(place: str, date: str) -> str:
    """``Tam Kỳ, ngày 07 tháng 3 năm 2025``; ``Huyện DMC, ngày         tháng 02 năm 2025``."""
    day, month, year = date_parts(date)
    return f"{place or BLANK}, ngày {day} tháng {month} năm {year}"


def fixed_timestamp(date: str) -> dt.datetime:
    """A stable timestamp for reproducible files: the document date, or 2025-01-01."""
    parts = [int(p) for p in date.split("-")] if date else []
    if not parts:
        return DEFAULT_DATE
    parts += [1] * (3 - len(parts))
    return dt.datetime(parts[0], parts[1], parts[2], tzinfo=dt.timezone.utc)


def number_line(number: str, original: str, party: bool) -> str:
    """"Số: 300/LĐLĐ"; a blank number keeps the original's code with room to write it in."""
    if number:
        return f"Số {number}" if party else f"Số: {number}"
    if original:
        return re.sub(r"^(Số:?)\s*", lambda m: m.group(1) + BLANK, original)
    return ("Số" if party else "Số:") + BLANK


def is_party(data: dict[str, Any], original: str) -> bool:
    """Party documents (HD 36-HD/VPTW) carry "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu."""
    number = text_of(data, "number") or original
    return bool(_PARTY_NUMBER.search(number) or _PARTY_ISSUER.search(text_of(data, "issuer")))


# --- writing ----------------------------------------------------------------------------------


def set_font(element: Any, size: float | None = None) -> None:
    """Times New Roman for every script slot, so Word never falls back for Vietnamese letters."""
    element.font.name = FONT
    if size is not None:
        element.font.size = Pt(size)
    rpr = element.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def new_page() -> Document:
    """An A4 document with ND 30 margins and a Vietnamese Times New Roman Normal style."""
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    set_font(normal, BODY_PT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(lang)
    normal.paragraph_format.space_after = Pt(0)
    return doc


def add_runs(paragraph: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False) -> None:
    """Add *text* to *paragraph*, honouring Markdown ``**bold**``, ``*italic*`` and escapes."""
    for piece in _INLINE.split(text):
        if not piece:
            continue
        strong = piece.startswith("**") and piece.endswith("**") and len(piece) > 4
        emph = not strong and piece.startswith("*") and piece.endswith("*") and len(piece) > 2
        inner = piece[2:-2] if strong else piece[1:-1] if emph else piece
        run = paragraph.add_run(_ESCAPE.sub(r"\1", inner))
        set_font(run, size)
        run.bold = bold or strong or None
        run.italic = italic or emph or None


def centred(container: Any, text: str, size: float, bold: bool = False, italic: bool = False) -> Paragraph:
    """A centred paragraph in a cell or the document."""
    paragraph = container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(paragraph, text, size, bold=bold, italic=italic)
    return paragraph


def borderless_table(doc: Document, widths: tuple[float, float]) -> tuple[_Cell, _Cell]:
    """A two-column table without borders, the way originals place header and signature blocks."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    table._tbl.tblPr.append(borders)
    cells = table.rows[0].cells
    for cell, width in zip(cells, widths, strict=True):
        cell.width = Mm(width)
        cell._tc.remove(cell.paragraphs[0]._p)  # start empty: add_paragraph appends
    return cells[0], cells[1]


def add_header(doc: Document, src: Source) -> None:
    """Issuer, number (and V/v) left; Quốc hiệu or Party heading and the date line right."""
    data = src.data
    original = original_number(src.front_matter)
    party = is_party(data, original)
    left, right = borderless_table(doc, (70, 95))
    centred(left, text_of(data, "issuer").upper(), HEADER_PT, bold=True)
    centred(left, number_line(text_of(data, "number"), original, party), HEADER_PT)
    if data["type"] == "Công văn":
        centred(left, f"V/v {text_of(data, 'title')}", 12)
    if party:
        heading = centred(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 14, bold=True)
        heading.runs[0].underline = True
    else:
        centred(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADER_PT, bold=True)
        centred(right, "Độc lập - Tự do - Hạnh phúc", BODY_PT, bold=True)
    centred(right, date_line(text_of(data, "place"), text_of(data, "date")), BODY_PT, italic=True)


def add_title(doc: Document, src: Source) -> None:
    """The type word and trích yếu, centred and bold (Công văn carry theirs as "V/v …")."""
    if src.data["type"] == "Công văn":
        return
    first = centred(doc, str(src.data["type"]).upper(), BODY_PT, bold=True)
    first.paragraph_format.space_before = Pt(12)
    last = centred(doc, text_of(src.data, "title"), BODY_PT, bold=True)
    last.paragraph_format.space_after = Pt(12)


def add_body(doc: Document, blocks: list[Block], cong_van: bool) -> None:
    """Body paragraphs justified with a first-line indent; headings bold; "Kính gửi:" indented."""
    if cong_van and not (blocks and blocks[0].lines[0].startswith("Kính gửi")):
        blocks = [Block("text", ("Kính gửi:",)), *blocks]
    addressees = False  # inside the "Kính gửi:" line and the list that follows it
    for block in blocks:
        addressees = block.lines[0].startswith("Kính gửi") or (addressees and block.kind == "item")
        paragraph = doc.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_after = Pt(6)
        fmt.line_spacing = 1.15
        if addressees:
            fmt.left_indent = Mm(25)
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Mm(10)
        for index, line in enumerate(block.lines):
            if index:
                paragraph.add_run().add_break()
            add_runs(paragraph, line, BODY_PT, bold=block.kind == "heading")


def add_closing(doc: Document, data: dict[str, Any]) -> None:
    """"Nơi nhận:" (bold italic, small) left and the signature block right, side by side."""
    left, right = borderless_table(doc, (80, 85))
    label = left.add_paragraph()
    add_runs(label, "Nơi nhận:", 12, bold=True, italic=True)
    for recipient in data.get("recipients") or []:
        add_runs(left.add_paragraph(), f"- {recipient}", 11)
    for line in text_of(data, "signer_title").split(" — "):
        centred(right, line, BODY_PT, bold=True)
    for _ in range(4):  # room for the signature and seal
        right.add_paragraph()
    centred(right, text_of(data, "signer"), BODY_PT, bold=True)


def build(src: Source) -> Document:
    """The whole document, in the order of an ND 30 original."""
    doc = new_page()
    add_header(doc, src)
    add_title(doc, src)
    add_body(doc, parse_blocks(src.body), src.data["type"] == "Công văn")
    add_closing(doc, src.data)
    set_properties(doc, src.data)
    return doc


def set_properties(doc: Document, data: dict[str, Any]) -> None:
    """Fixed document properties, so a rebuild yields the same bytes."""
    props = doc.core_properties
    when = fixed_timestamp(text_of(data, "date"))
    props.author = props.last_modified_by = text_of(data, "issuer")
    props.title = text_of(data, "title")
    props.subject = text_of(data, "type")
    props.keywords = text_of(data, "number")
    props.comments = "Tạo bởi scripts/make_docx.py từ trang nội dung"
    props.language = "vi-VN"
    props.created = props.modified = props.last_printed = when.replace(tzinfo=None)
    props.revision = 1


def save_reproducibly(doc: Document, target: Path, when: dt.datetime) -> None:
    """Save with every zip member stamped *when*, since python-docx stamps them with now."""
    buffer = io.BytesIO()
    doc.save(buffer)
    out = io.BytesIO()
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            zout.writestr(member, zin.read(info.filename))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(out.getvalue())


# --- front matter upkeep ----------------------------------------------------------------------


def docx_path(md: Path) -> Path:
    """``…/2025/300-ldld.md`` → ``…/2025/300-ldld/300-ldld.docx`` (the attachment folder)."""
    return md.with_suffix("") / f"{md.stem}.docx"


def with_attachment(text: str, rel: str, title: str) -> str:
    """*text* with ``{path: rel, title}`` in its ``attachments:`` list; comments kept as they are."""
    head, sep, rest = text.partition("\n---")
    if f'"{rel}"' in head or f" {rel}\n" in head:
        return text
    entry = f'  - path: "{rel}"\n    title: "{title}"'
    empty = re.compile(r"^attachments:\s*\[\]\s*(#.*)?$", re.MULTILINE)
    if empty.search(head):
        head = empty.sub(lambda m: f"attachments:  {m.group(1) or ''}".rstrip() + "\n" + entry, head, count=1)
    elif re.search(r"^attachments:\s*(#.*)?$", head, re.MULTILINE):
        head = re.sub(r"^(attachments:.*)$", lambda m: m.group(1) + "\n" + entry, head, count=1, flags=re.M)
    else:
        raise ValueError(f"không thêm được tệp đính kèm: hãy thêm {rel} vào attachments: bằng tay")
    return head + sep + rest


def register_attachment(src: Source, target: Path) -> None:
    """List the generated file in the document's front matter if it is not there yet."""
    rel = target.relative_to(src.path.parent).as_posix()
    title = f"Toàn văn {src.data['type']} (bản Word)"
    text = src.path.read_text(encoding="utf-8")
    updated = with_attachment(text, rel, title)
    if updated != text:
        src.path.write_text(updated, encoding="utf-8")


# --- command line -----------------------------------------------------------------------------


def make(md: Path) -> Path | None:
    """Write the .docx for one content file and register it; None when *md* is no document."""
    src = read_source(md)
    if src is None:
        return None
    target = docx_path(md)
    save_reproducibly(build(src), target, fixed_timestamp(text_of(src.data, "date")))
    register_attachment(src, target)
    return target


def copy_fixtures(folder: Path, content: Path) -> None:
    """Copy the demo documents' files to *folder* as ``<seed-id>.docx`` import fixtures."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed, rel in DEMO_FIXTURES.items():
        shutil.copyfile(docx_path(content / rel), folder / f"{seed}.docx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tạo bản Word (.docx) theo thể thức NĐ 30/2020 cho văn bản")
    parser.add_argument("files", nargs="*", type=Path, help="tệp .md (mặc định: mọi tệp trong content/)")
    parser.add_argument("--content", type=Path, default=CONTENT, help="thư mục nội dung")
    parser.add_argument("--fixtures", type=Path, help="chép bản Word văn bản mẫu vào thư mục này")
    args = parser.parse_args(argv)
    files = args.files or sorted(args.content.rglob("*.md"))
    for md in files:
        target = make(md)
        if target is not None:
            print(f"{md} → {target.name}")
    if args.fixtures:
        copy_fixtures(args.fixtures, args.content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
