"""A portal's own metadata ("Số hiệu: …", "Ngày ban hành: …", "Cơ quan ban hành: …", "Người ký: …").

Portals print it above the document, as label–value lines, a two-column table, or rows holding
two label–value pairs ("Cơ quan ban hành: | Ủy ban nhân dân tỉnh … | Số công báo: | Đang cập
nhật"). A label the importer does not use still ends the value before it, so "Nơi ban hành: Tỉnh
An Giang Người ký: Lâm Quang Thi" gives the signer alone. It fills only the fields the
document's own text leaves empty, since portals also write things the original does not say
("Loại văn bản: Văn bản khác", "Cơ quan ban hành: Tỉnh Trà Vinh", a place for the issuer: never
taken, but it completes a header's bare "Ủy ban nhân dân"), and every value taken from it is reported. A signer is taken only when it is a person's
name ("Người ký: Đang cập nhật" is none).
"""

from __future__ import annotations

import re

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .closing import is_person_name
from .issuer import written_out
from .lines import Block, Line
from .result import ImportResult

LABELS = {
    "SO HIEU": "number", "SO KY HIEU": "number", "KY HIEU": "number", "NGAY BAN HANH": "date",
    "CO QUAN BAN HANH": "issuer", "DON VI BAN HANH": "issuer", "TRICH YEU": "title", "LOAI VAN BAN": "type",
    "NGUOI KY": "signer", "SO/KY HIEU": "number", "TRICH YEU NOI DUNG": "title",
}
# Labels read past: they only end the value of the label before them.
_OTHER = ("NOI BAN HANH", "NGAY HIEU LUC", "NGAY CO HIEU LUC", "NGAY CONG BAO", "SO CONG BAO", "NGAY DANG CONG BAO",
          "LINH VUC", "TINH TRANG HIEU LUC", "TINH TRANG", "AP DUNG", "HET HIEU LUC", "NGAY HET HIEU LUC", "CHUC DANH",
          "TU KHOA", "NGUON THU THAP", "NGAY DANG")
_ALL = sorted([*LABELS, *_OTHER], key=len, reverse=True)
_LABEL = re.compile(r"(?<![A-Z])(" + "|".join(_ALL) + r")\s*:")
_CELL_LABEL = re.compile(r"^(" + "|".join(_ALL) + r")\s*:?$")
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TYPES = {fold(n).upper(): n for n in TYPE_NAMES}
_PLACE_ONLY = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s", re.I)
# "Số hiệu: Số 10/2013/TT-BGTVT": a record that writes the header's "Số:" label into the value again.
_NUMBER_LABEL = re.compile(r"^(?:số|no)\s*[.:]?\s*(?=\d)", re.I)


# "… chuyển đổi sốSố công báo:", "02-KH/BCĐTWNgày đăng công báo:", "19/06/2025Ngày hết hiệu lực:": a record's cells
# glued, the next label known as a capitalised word ("Ngày", "Số") run on to what stands before it.
_GLUED_LABEL = re.compile(r"(?<=[^\W_])(" + "|".join(_ALL) + r")\s*:")


def _text_pairs(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a line or cell holding "Label: value" (one or more)."""
    folded = fold(text).upper()
    glued = [m for m in _GLUED_LABEL.finditer(folded) if len(folded) == len(text) and text[m.start()].isupper()
             and text[m.start() + 1 : m.start() + 2].islower()]
    marks = sorted([*_LABEL.finditer(folded), *glued], key=lambda m: m.start())
    return [(m.group(1), text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)])
            for i, m in enumerate(marks)]


def _cell_pairs(cells: list[str]) -> list[tuple[str, str]]:
    """(label, value) pairs of a row of cells: a label cell with the cell after it, or "Label: value" in one cell."""
    pairs: list[tuple[str, str]] = []
    keys = [fold(c).upper().strip() for c in cells]
    i = 0
    while i < len(cells):
        m = _CELL_LABEL.match(keys[i])
        if m and i + 1 < len(cells) and not _CELL_LABEL.match(keys[i + 1]):
            pairs.append((m.group(1), cells[i + 1]))
            i += 2
            continue
        pairs += _text_pairs(cells[i])
        i += 1
    return pairs


_BARE_RUN = 3  # label lines without colons a record shows at least


# A label alone on its line, its value on the next ("Số Ký hiệu:" / "07/2021/NQ-HĐND", "Ban hành:" / "14/09/2021"):
# there, a bare "Ban hành" is the date and a bare "Cơ quan" the issuer.
_LINE_LABELS = {**LABELS, "BAN HANH": "date", "CO QUAN": "issuer"}
_ALONE = re.compile(r"^(" + "|".join(sorted([*_LINE_LABELS, *_OTHER], key=len, reverse=True)) + r")\s*:$")


# "Số ký hiệu" / "45/QĐ-UBND" / "Trích yếu" / "…": a record's cells one a line, no colon; read only where three
# such label lines stand on the page (one alone may be running text's heading)
_ALONE_BARE = re.compile(r"^(" + "|".join(sorted([*LABELS, *_OTHER], key=len, reverse=True)) + r")$")


def _label_lines(blocks: list[Block]) -> list[tuple[str, str]]:
    """(label, value) of label lines whose value stands on the next non-empty line."""
    lines = [b.text.strip() for b in blocks if isinstance(b, Line) and b.text.strip().strip("|").strip()]
    pairs: list[tuple[str, str]] = []
    bare = sum(1 for text in lines if _ALONE_BARE.match(fold(text.strip(" |")).upper())) >= _BARE_RUN
    for i, text in enumerate(lines[:-1]):
        m = _ALONE.match(fold(text).upper()) or (_ALONE_BARE.match(fold(text.strip(" |")).upper()) if bare else None)
        value = lines[i + 1]
        if m and fold(value).upper().startswith(m.group(1) + " LA ") and i + 2 < len(lines):
            value = lines[i + 2]  # "Ngày ban hành:" / "Ngày ban hành là ngày …" (the site's explanation) / "08/10/2025 |"
        if m and not _ALONE.match(fold(value).upper()) and not _ALONE_BARE.match(fold(value.strip(" |")).upper()):
            pairs.append((m.group(1), value.strip(" |")))
    return pairs


# "Số/Ký hiệu 4 /CĐ-BCH" / "Ngày ký 11/10/2013" / "Người ký Trần Quang Vũ": a portal record's labels without colons,
# read only where three lines in a row open so (one such line is running text).
_BARE_LABEL = re.compile(r"^(" + "|".join(_ALL) + r")\s+(?=\S)")


def _bare_label_lines(blocks: list[Block]) -> list[tuple[str, str]]:
    lines = [b.text.strip() for b in blocks if isinstance(b, Line) and b.text.strip()]
    marks = [_BARE_LABEL.match(fold(text).upper()) for text in lines]
    pairs: list[tuple[str, str]] = []
    for i, m in enumerate(marks):
        run = marks[max(0, i - _BARE_RUN + 1):i + _BARE_RUN]
        if m and sum(1 for x in run if x) >= _BARE_RUN:
            pairs.append((m.group(1), lines[i][m.end():].strip(" |")))  # "Số hiệu | 444/KH-UBND |"
    return pairs


# "Công điện (Số 14 /CĐ-BCH) V/v Ban chỉ huy …": a record's trích yếu that repeats the type and number first.
_RECORD_TITLE = re.compile(r"^(?:[A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,2}\s*)?\(\s*[Ss]ố[^)]{1,40}\)\s*(?:V/v|[Vv]ề việc)?\s*")


def read_metadata(blocks: list[Block]) -> dict[str, str]:
    """Field → value of portal metadata in *blocks* (lines, pipe rows, two-column tables, label lines)."""
    found: dict[str, str] = {}
    for label, value in _bare_label_lines(blocks):
        field = LABELS.get(label)
        value = collapse_space(value)
        if field and value and field not in found:
            found[field] = _RECORD_TITLE.sub("", value) if field == "title" else value
    for label, value in _label_lines(blocks):
        field = _LINE_LABELS.get(label)
        value = collapse_space(value)
        if field and value and field not in found:
            found[field] = value
    for block in blocks:
        if isinstance(block, Line) and "|" in block.text:
            pairs = _cell_pairs([c.strip() for c in block.text.split("|") if c.strip()])
        elif isinstance(block, Line):
            pairs = _text_pairs(block.text)
        else:
            pairs = [p for row in block.rows for p in _cell_pairs([c.strip() for c in row if c.strip()])]
        for label, value in pairs:
            field = LABELS.get(label)
            value = collapse_space(value)
            if field and value and field not in found:
                found[field] = value
    return found


def _disagrees(result: ImportResult, field: str, value: str) -> None:
    """The header read a number or a date the page's own metadata writes otherwise: one of the two is misread (a
    wrapped number line, a print date); the header's value is kept and flagged."""
    have = str(result.fields.get(field) or "")
    if field == "number":
        same = fold(_NUMBER_LABEL.sub("", value)).upper().replace(" ", "") == fold(have).upper().replace(" ", "")
    elif field == "date" and (m := _DATE.match(value)) is not None:
        same = have == f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" or len(have) < 10
    else:
        return
    if not same and not any(k == field for k, _ in result.unsure):
        result.unsure.append((field, f"bảng thông tin của trang web ghi “{value}”, phần đầu văn bản đọc được “{have}”"))


def apply_metadata(result: ImportResult, blocks: list[Block]) -> None:
    """Fill empty fields of *result* from the portal metadata in *blocks* (each one reported)."""
    found = read_metadata(blocks)
    for field, value in found.items():
        if result.fields.get(field):
            _disagrees(result, field, value)
            continue
        if field == "date":
            m = _DATE.match(value)
            if not m:
                continue
            value = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        if field == "number":
            value = _NUMBER_LABEL.sub("", value)
            if not any(ch.isdigit() for ch in value):
                continue  # "Số hiệu: Đang cập nhật" is no number
        if field == "title":
            value = re.sub(r"(?<=[^\W\d_]{3})\.$", "", value)  # no full stop ends a trích yếu
        if field == "type":
            name = _TYPES.get(fold(value).upper())
            if not name:
                continue
            value = name
        if field == "issuer" and _PLACE_ONLY.match(value) and result.bare_issuer:
            value = f"{result.bare_issuer} {value[:1].lower()}{value[1:]}"  # "Ủy ban nhân dân" + "Tỉnh Hà Tĩnh"
        elif (field == "signer" and not is_person_name(value)) or (field == "issuer" and _PLACE_ONLY.match(value)):
            continue
        elif field == "issuer":  # "Ủy ban nhân dân TP. Hà Nội", "UBND tỉnh …": the name as a header writes it
            value = written_out(value)
        where = "dưới khối chữ ký" if field == "signer" else "ở đầu văn bản"
        result.take(field, value, f"lấy từ bảng thông tin của trang web (“{value}”), bản gốc không ghi {where}")
