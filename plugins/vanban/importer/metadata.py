"""A portal's own metadata ("Số hiệu: …", "Ngày ban hành: …", "Cơ quan ban hành: …", "Trích yếu: …").

Portals print it above the document, as label–value lines or a two-column table. It fills only
the fields the document's own header leaves empty, since portals also write things the original
does not say ("Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Bắc Ninh" for the issuer), and
every value taken from it is reported.
"""

from __future__ import annotations

import re

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .lines import Block, Line
from .result import ImportResult

LABELS = {
    "SO HIEU": "number", "SO KY HIEU": "number", "KY HIEU": "number", "NGAY BAN HANH": "date",
    "CO QUAN BAN HANH": "issuer", "DON VI BAN HANH": "issuer", "TRICH YEU": "title", "LOAI VAN BAN": "type",
}
_LABEL = re.compile(r"(?<![A-Z])(" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\s*:")
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TYPES = {fold(n).upper(): n for n in TYPE_NAMES}


def read_metadata(blocks: list[Block]) -> dict[str, str]:
    """Label → value pairs of portal metadata in *blocks* (lines and two-column tables)."""
    found: dict[str, str] = {}
    for block in blocks:
        pairs: list[tuple[str, str]] = []
        if isinstance(block, Line):
            text = block.text
            folded = fold(text).upper()
            marks = list(_LABEL.finditer(folded))
            for i, m in enumerate(marks):
                end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
                pairs.append((m.group(1), text[m.end() : end]))
        else:
            for row in block.rows:
                if len(row) >= 2:
                    key = fold(row[0]).upper().strip(" :")
                    if key in LABELS:
                        pairs.append((key, row[1]))
        for label, value in pairs:
            field = LABELS[label]
            value = collapse_space(value)
            if value and field not in found:
                found[field] = value
    return found


def apply_metadata(result: ImportResult, blocks: list[Block]) -> None:
    """Fill empty fields of *result* from the portal metadata in *blocks* (each one reported)."""
    found = read_metadata(blocks)
    for field, value in found.items():
        if result.fields.get(field):
            continue
        if field == "date":
            m = _DATE.match(value)
            if not m:
                continue
            value = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        if field == "type":
            name = _TYPES.get(fold(value).upper())
            if not name:
                continue
            value = name
        result.fields[field] = value
        result.missing = [(k, why) for k, why in result.missing if k != field]
        result.unsure.append((field, f"lấy từ bảng thông tin của trang web (“{value}”), bản gốc không ghi ở đầu văn bản"))
