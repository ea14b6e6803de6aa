"""A document library's record table on a page without a header: column labels in one row, values under them.

"Số ký hiệu Ngày ban hành Loại văn bản Trích yếu" / "56/ 2015/ NĐ - CP 09/06/2015 Nghị định": a school's or a
portal's list of documents, its table flattened into lines without separators (a PDF may wrap the label row). The
labels say which columns the rows hold; each row is read by the shape of its values (the number, a dd/mm/yyyy day,
a type name, free words last). Read only when every row names one document (a number cut short in one row, "56/2015",
is the same as the whole one): a list of several documents names none of them as the page's.

The national database's validity history ("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND" over "Ngày Trạng thái
Văn bản nguồn …" / "09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND") names its own document in its caption, and
the row saying it was issued gives its day; the rows after it (amended, replaced by …) cite other documents.

A number whose code is one central body's own ("…/NĐ-CP", "…/QĐ-TTg") names its issuer, as a clerk reads it; any
other code (every UBND writes "QĐ-UBND") leaves the issuer empty. Every value is reported as unsure.
"""

from __future__ import annotations

import re

from ..citations import extract, number_key, parse_number
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .lines import Block, Line
from .result import ImportResult

_COLUMNS = {"SO KY HIEU": "number", "SO HIEU": "number", "KY HIEU": "number", "SO/KY HIEU": "number",
            "NGAY BAN HANH": "date", "LOAI VAN BAN": "type", "TRICH YEU": "title", "CO QUAN BAN HANH": "issuer",
            "NGUOI KY": "signer", "NGAY HIEU LUC": "", "NGAY CO HIEU LUC": "", "LINH VUC": "", "TINH TRANG": "",
            "TAI VE": "", "STT": "", "XEM": ""}
_LABEL_ROW = re.compile(r"^(?:(?:" + "|".join(sorted(map(re.escape, _COLUMNS), key=len, reverse=True)) + r")\s*)+$")
_LABEL = re.compile("|".join(sorted(map(re.escape, _COLUMNS), key=len, reverse=True)))
_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_TYPE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, TYPE_NAMES), key=len, reverse=True)) + r")(?!\w)", re.I)
_CAPTION = re.compile(r"^Lịch sử hiệu lực\s*:\s*(?P<ref>.+)$", re.I)
_ISSUED_ROW = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s+Văn bản được ban hành\s+(?P<ref>\S.*)$", re.I)
# The issuer codes that name one central body (Nghị định 30/2020 Phụ lục VI; a ministry's code names the ministry of
# the number's day, "…/TT-BTNMT" Bộ Tài nguyên và Môi trường though it merged in 2025): the number is that body's.
CENTRAL_BODIES = {"CP": "Chính phủ", "TTG": "Thủ tướng Chính phủ", "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
                  "CTN": "Chủ tịch nước", "BNG": "Bộ Ngoại giao", "BQP": "Bộ Quốc phòng", "BCA": "Bộ Công an",
                  "BNV": "Bộ Nội vụ", "BTP": "Bộ Tư pháp", "BKHDT": "Bộ Kế hoạch và Đầu tư", "BTC": "Bộ Tài chính",
                  "BCT": "Bộ Công Thương", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
                  "BGTVT": "Bộ Giao thông vận tải", "BXD": "Bộ Xây dựng", "BTNMT": "Bộ Tài nguyên và Môi trường",
                  "BTTTT": "Bộ Thông tin và Truyền thông", "BLDTBXH": "Bộ Lao động - Thương binh và Xã hội",
                  "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BKHCN": "Bộ Khoa học và Công nghệ",
                  "BGDDT": "Bộ Giáo dục và Đào tạo", "BYT": "Bộ Y tế", "UBDT": "Ủy ban Dân tộc",
                  "NHNN": "Ngân hàng Nhà nước Việt Nam", "TTCP": "Thanh tra Chính phủ", "VPCP": "Văn phòng Chính phủ",
                  "BNNMT": "Bộ Nông nghiệp và Môi trường", "BDTTG": "Bộ Dân tộc và Tôn giáo"}
_ROWS = 12  # a record table stands at the top of its page
WHY = "trang không có phần đầu văn bản; đọc từ bảng thông tin văn bản của trang"


def central_body(number: str) -> str:
    """The body a national issuer code names ("56/2015/NĐ-CP" → "Chính phủ", "3888/BTNMT-ĐCKS" → the ministry whose
    department drafted it), else "" (two bodies' codes, "…/TTLT-VPCP-BNV", name a joint document)."""
    parts = parse_number(number)
    codes = [re.sub(r"\d+$", "", c) for c in fold(parts.issuer_code or "").upper().split("-")] if parts else [""]
    if len(codes) > 1 and codes[1] in CENTRAL_BODIES:
        return ""
    return CENTRAL_BODIES.get(codes[0], "")


def _lines(blocks: list[Block]) -> list[str]:
    return [collapse_space(b.text) for b in blocks if isinstance(b, Line) and b.text.strip()]


def _columns(lines: list[str]) -> tuple[list[str], int] | None:
    """The fields of the first label row (one line, or two a PDF wrapped) holding a number column, and where its
    values start."""
    for i in range(min(len(lines), _ROWS)):
        for size in (1, 2):
            joined = fold(" ".join(lines[i : i + size])).upper()
            if i + size <= len(lines) and _LABEL_ROW.match(joined):
                fields = [_COLUMNS[m.group(0)] for m in _LABEL.finditer(joined)]
                if "number" in fields and len(fields) >= 3:
                    return fields, i + size
    return None


def _row(text: str, fields: list[str]) -> dict[str, str] | None:
    """A value row's fields by their shape: the number (read as the citation reader reads one), the day, the type
    name and, when the title column is the last, the words after the last shaped value."""
    found: dict[str, str] = {}
    cited = next(iter(extract(text).citations), None)
    head = re.match(r"\s*(\d+\s*/\s*\d{4})(?=\s)", text)  # "56/2015": a number the table cut short
    if cited is not None and cited.occurrences and cited.occurrences[0].start == 0:
        found["number"], end = cited.number, cited.occurrences[0].end
    elif head:
        found["number"], end = re.sub(r"\s", "", head.group(1)), head.end()
    else:
        return None
    day = _DAY.search(text, end)
    if "date" in fields and day:
        found["date"] = f"{day.group(3)}-{int(day.group(2)):02d}-{int(day.group(1)):02d}"
        end = day.end()
    kind = _TYPE.match(text[end:].lstrip()) if "type" in fields else None
    if kind:
        found["type"] = next(n for n in TYPE_NAMES if n.lower() == kind.group(1).lower())
        end = len(text) - len(text[end:].lstrip()) + kind.end()
    rest = text[end:].strip(" |-")
    if fields[-1] == "title" and rest and "type" in found:
        found["title"] = rest
    return found


def _same_document(rows: list[dict[str, str]]) -> dict[str, str] | None:
    """The one document every row names (the longest number of those that begin alike), else None."""
    keys = sorted((number_key(r["number"]) for r in rows), key=len)
    if not rows or any(not keys[-1].startswith(k) or not re.match(r"[/\-]|$", keys[-1][len(k):]) for k in keys):
        return None
    for field in ("date", "type"):
        if len({r[field] for r in rows if r.get(field)}) > 1:
            return None
    merged: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: len(r["number"])):
        merged.update({k: v for k, v in row.items() if v})
    return merged


def _history(lines: list[str]) -> dict[str, str] | None:
    """The validity history's own document (its caption) and the day the row "Văn bản được ban hành" gives it."""
    for i, text in enumerate(lines[:_ROWS]):
        caption = _CAPTION.match(text)
        cited = next(iter(extract(caption.group("ref")).citations), None) if caption else None
        if cited is None or not cited.type:
            continue
        found = {"number": cited.number, "type": cited.type}
        for row in lines[i + 1 : i + 1 + _ROWS]:
            m = _ISSUED_ROW.match(row)
            if m and number_key(m.group("ref").split()[0]) == number_key(cited.number):
                found["date"] = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
                break
        return found
    return None


def read_record_table(result: ImportResult, blocks: list[Block]) -> None:
    """Fill a header-less page's empty fields from its record table or validity history (each one reported)."""
    if any(result.fields.get(k) for k in ("number", "date", "issuer")):
        return
    lines = _lines(blocks)
    found = _history(lines)
    columns = _columns(lines) if found is None else None
    if columns is not None:
        fields, start = columns
        rows: list[dict[str, str]] = []
        for text in lines[start : start + _ROWS]:
            row = _row(text, fields)
            if row is None:
                break
            rows.append(row)
        found = _same_document(rows)
    if not found:
        return
    if not found.get("issuer") and central_body(found["number"]):
        found["issuer"] = central_body(found["number"])
    for key in ("number", "type", "date", "issuer", "title"):
        if found.get(key) and not result.fields.get(key):
            result.take(key, found[key], f"{WHY}: “{found[key]}”")
