"""Word (.docx) through python-docx, the maintained reader of the format.

Paragraphs and tables come in body order. A borderless layout table (the two-column header of
ND 30/2020, or the Nơi nhận / signature block) becomes lines tagged with their column, whatever
its number of rows: the left column's lines first, then the right's, so "Số" in a second row
stays under the issuer and the date line under the Quốc hiệu. Any other table stays a table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...text import collapse_space
from ..legacy import cell_text, paragraph_chars, paragraph_pieces
from ..lines import Block, ImportFailed, Line, TableBlock, escape
from ..safety import check_archive


def _why(exc: Exception) -> str:
    """What a clerk can act on, in Vietnamese, for the kinds python-docx and lxml raise (never a class name)."""
    from zipfile import BadZipFile

    if isinstance(exc, BadZipFile):
        return "không phải gói .docx: có thể là tệp .doc cũ hoặc tệp khác đã đổi đuôi"
    if isinstance(exc, KeyError):
        return "gói .docx thiếu phần nội dung chính"
    if isinstance(exc, ValueError) and "content type" in str(exc):
        return "gói .docx không chứa văn bản Word (có thể là mẫu .dotx hoặc tệp Office khác)"
    return "nội dung bên trong gói .docx bị hỏng"


def read_docx(path: Path) -> list[Block]:
    """Paragraphs and tables of a .docx in body order (layout tables keep their columns)."""
    from docx import Document as open_docx  # a kept library; imported here to keep `vanban check` light
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_archive(path)
    try:
        doc = open_docx(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds on a malformed package
        raise ImportFailed(f"tệp Word hỏng, không đọc được ({_why(exc)}) — mở bằng Word rồi lưu lại dạng .docx") from None
    blocks: list[Block] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            line = _docx_line(Paragraph(child, doc))
            if line is not None:
                blocks.append(line)
        elif tag == "tbl":
            table = Table(child, doc)
            columns = _layout_columns(table)
            if columns is None:
                blocks.append(TableBlock([[collapse_space(cell_text(c)) for c in _unique_cells(r)] for r in table.rows]))
                continue
            for side, cells in columns:
                for cell in cells:
                    for paragraph in cell.paragraphs:
                        line = _docx_line(paragraph, side)
                        if line is not None:
                            blocks.append(line)
    return blocks


def _unique_cells(row: Any) -> list[Any]:
    """A row's cells, a merged cell once (python-docx repeats a horizontally merged cell)."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


# A paragraph that only a header or closing block opens with.
_LAYOUT_LINE = re.compile(r"^\s*(CỘNG H[OÒ]A|ĐẢNG CỘNG SẢN|Số\s*:|Số\s+\d|Độc lập|Nơi nhận|TM\.|KT\.|T/M|K/T|TL\.|T/L|"
                          r"Kính gửi|V/v|[ỦU][YỶ] BAN|.{0,40},\s*ngày\b.*\bnăm)", re.I)


def _layout_columns(table: Any) -> list[tuple[str, list[Any]]] | None:
    """The columns of a header or closing layout table (≤ 4 rows, 2–3 columns), or None for a data table.

    A layout table holds the header's or closing block's own words; a data table (a list of tasks,
    figures) does not. Cells are returned column by column, top to bottom, merged cells once.
    """
    rows = table.rows
    if not 1 <= len(rows) <= 4:
        return None
    grid = [_unique_cells(r) for r in rows]
    width = max(len(r) for r in grid)
    if not 2 <= width <= 3:
        return None
    if not any(_LAYOUT_LINE.match(paragraph_chars(p)) for r in grid for c in r for p in c.paragraphs):
        return None
    columns: list[tuple[str, list[Any]]] = []
    for index in range(width):
        side = "L" if index == 0 else "R"
        cells = [r[index] for r in grid if index < len(r)]
        if columns and columns[-1][0] == side:
            columns[-1][1].extend(cells)
        else:
            columns.append((side, cells))
    return columns


def _docx_line(paragraph: Any, cell: str = "") -> Line | None:
    text = paragraph_chars(paragraph).replace("\t", " ")
    if not text.strip():
        return None
    pieces, legacy = paragraph_pieces(paragraph)  # a run in a .VnTime or VNI- font is converted by its font
    text = "".join(p[0] for p in pieces).replace("\t", " ") if legacy else text
    letters = [p for p in pieces if p[0].strip()]
    bold = bool(letters) and all(p[1] for p in letters)
    markdown = _runs_markdown(pieces) if not bold else escape(text.strip())
    return Line(text.strip(), markdown.strip(), bold=bold, cell=cell, formatted=True, legacy=legacy)


def _runs_markdown(pieces: Sequence[tuple[str, bool, bool]]) -> str:
    """Merge runs of equal formatting and wrap them in ``**``/``*``, spaces outside the markers."""
    merged: list[list[Any]] = []
    for text, bold, italic in pieces:
        if merged and merged[-1][1] == bold and merged[-1][2] == italic:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic])
    out: list[str] = []
    for text, bold, italic in merged:
        core = text.strip()
        if not core or not (bold or italic):
            out.append(escape(text))
            continue
        mark = "***" if bold and italic else "**" if bold else "*"
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        out.append(f"{lead}{mark}{escape(core)}{mark}{trail}")
    return "".join(out)
