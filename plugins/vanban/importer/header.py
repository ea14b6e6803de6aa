"""Header reading: issuer block, number, place and date, type word and trích yếu (ND 30/2020, HD 36)."""

from __future__ import annotations

import re
from pathlib import Path

from ..citations import extract, parse_number
from ..dates import PartialDate
from ..glossary import DOCUMENT_TYPES
from ..text import collapse_space, normalise_dashes
from .casing import ADMIN_UNITS, recase_issuer
from .casing import key as fold_key
from .closing import read_closing
from .lines import Block, Line, TableBlock
from .markdown import body_markdown, closing_markdown
from .patterns import (
    ADDRESSEE,
    DATE_LINE,
    DECORATION,
    NUMBER,
    PARTY_HEADING,
    QUOC_HIEU,
    VV,
    is_upper,
    type_word,
)
from .result import FIELDS, ImportResult

# --- header analysis ------------------------------------------------------------------------------


def _issuer_groups(lines: list[Line]) -> list[list[Line]]:
    """Upper-case header lines grouped into bodies; a line opening with an administrative unit continues."""
    groups: list[list[Line]] = []
    for line in lines:
        folded = fold_key(line.text)
        continues = (any(folded.startswith(fold_key(u) + " ") for u in ADMIN_UNITS) and not folded.startswith("XA HOI")
                     and not _starts_body(line.text))
        if groups and (continues or (line.bold == groups[-1][-1].bold and line.cell and groups[-1][-1].cell
                                     and not _starts_body(line.text))):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _starts_body(text: str) -> bool:
    """A header line that names a body of its own ("ĐẢNG BỘ …", "PHÒNG …", "BAN …", "HUYỆN ỦY …")."""
    folded = fold_key(text)
    return folded.startswith(("DANG BO", "DANG UY", "PHONG ", "BAN ", "UY BAN", "HOI DONG", "HUYEN UY", "THI UY",
                           "TINH UY", "THANH UY", "CHI BO", "VAN PHONG", "TRUNG TAM", "SO "))


def _read_issuer(result: ImportResult, lines: list[Line]) -> None:
    lines = [ln for ln in lines if ln.text.strip("* ")]
    if not lines:
        result.missing.append(("issuer", "không thấy khối tên cơ quan ở đầu văn bản"))
        return
    bold = [ln for ln in lines if ln.bold]
    if bold and len(bold) < len(lines) and lines[-1].bold:
        # ND 30: the parent body is printed in regular weight, the issuer in bold.
        issuer_lines = bold
        parent_lines = [ln for ln in lines if not ln.bold]
    else:
        groups = _issuer_groups(lines) if len(lines) > 1 else [lines]
        issuer_lines = groups[-1]
        parent_lines = [ln for g in groups[:-1] for ln in g]
    raw = collapse_space(" ".join(ln.text for ln in issuer_lines))
    issuer, sure = recase_issuer(raw)
    result.fields["issuer"] = issuer
    if parent_lines:
        parent, _ = recase_issuer(" ".join(ln.text for ln in parent_lines))
        result.parent = parent
        result.notes.append(f"cơ quan chủ quản (dòng trên tên cơ quan): {parent}")
    if not sure:
        result.notes.append(f"cơ quan ban hành giữ nguyên chữ hoa như bản gốc “{raw}”: "
                            "chưa chắc cách viết hoa, hãy sửa lại cho đúng (ví dụ “Ủy ban nhân dân xã …”)")
        result.comments["issuer"] = "giữ nguyên chữ hoa của bản gốc: hãy viết lại cho đúng"


def _read_number(result: ImportResult, text: str) -> None:
    m = NUMBER.match(text)
    assert m is not None
    rest = normalise_dashes(collapse_space(m.group("rest")))
    rest = re.sub(r"\s*/\s*", "/", rest)
    if re.match(r"\d", rest):
        result.fields["number"] = re.sub(r"(?<=\d)\s*-\s*(?=[A-ZĐ])", "-", rest)
    else:
        original = collapse_space(text)
        result.fields["number"] = ""
        result.comments["number"] = f"bản gốc “{original}” để trống số"
        result.notes.append(f"số ký hiệu để trống như bản gốc (“{original}”)")


def _read_date_line(result: ImportResult, m: re.Match[str]) -> None:
    place = collapse_space(m.group("place"))
    result.fields["place"] = place
    if not place:
        result.missing.append(("place", "dòng ngày tháng không ghi địa danh"))
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    if not y:
        result.fields["date"] = ""
        result.missing.append(("date", "bản gốc không ghi năm ban hành"))
        return
    parts = [y] + ([mo.zfill(2)] if mo else []) + ([d.zfill(2)] if mo and d else [])
    text = "-".join(parts)
    try:
        PartialDate.parse(text)
    except ValueError as exc:
        result.fields["date"] = ""
        result.missing.append(("date", f"ngày trong bản gốc không hợp lệ: {exc}"))
        return
    result.fields["date"] = text
    if not d or not mo:
        blank = "ngày" if mo else "ngày, tháng"
        result.comments["date"] = f"bản gốc “{collapse_space(m.group(0))}” để trống {blank}"
        result.notes.append(f"ngày ban hành chưa đủ: bản gốc để trống {blank} → {text}")


def _type_from_number(number: str) -> str | None:
    parts = parse_number(number) if number else None
    if parts is None or not parts.type_code:
        return None
    code = parts.type_code
    party = parts.system == "party"
    names = [t.name for t in DOCUMENT_TYPES if (t.party_code if party else t.state_code) == code]
    return names[0] if len(names) == 1 else None


_BODY_OPENER = re.compile(r"^(căn cứ|kính gửi|thực hiện\s+(nghị|kế|quyết|chỉ|công|hướng|thông|chương|kết)\w*\s)", re.I)


def _looks_like_subject(text: str) -> bool:
    """A trích yếu not in bold (many originals): short, no sentence end, not a body opener."""
    text = collapse_space(text)
    return 0 < len(text) <= 300 and not text.endswith((";", ":", ".")) and not _BODY_OPENER.match(text)


def analyse(blocks: list[Block], source: Path) -> ImportResult:
    """Read header, body and closing out of *blocks*."""
    result = ImportResult(source=source)
    lines = [b for b in blocks if isinstance(b, Line)]
    # 1. The closing: the last "Nơi nhận" and the signature block around it.
    closing_start = read_closing(result, blocks)
    head_and_body = blocks[:closing_start]
    # 2. The header: lines until the body starts.
    issuer_lines: list[Line] = []
    number_seen = False
    title_parts: list[str] = []
    collecting: str | None = None  # "vv" or "title" while a subject runs over several lines
    body_start = len(head_and_body)
    index = 0
    for index, block in enumerate(head_and_body):
        if isinstance(block, TableBlock):
            body_start = index
            break
        text = block.text
        if collecting == "vv" and block.cell == "L" and not NUMBER.match(text):
            title_parts.append(text)
            continue
        if collecting == "vv" and not block.cell and not block.gap_before:
            title_parts.append(text)
            continue
        if collecting == "title":
            first = (not title_parts and not block.cell and not DATE_LINE.match(text)
                     and (not block.formatted or _looks_like_subject(text)))
            if first or (block.bold and not block.cell and not DATE_LINE.match(text)) or (not block.gap_before and not block.cell):
                if not DECORATION.match(text):
                    title_parts.append(text)
                continue
            collecting = None
            if DECORATION.match(text):
                continue
            body_start = index
            break
        collecting = None
        if QUOC_HIEU.match(text) or collapse_space(text).upper() == PARTY_HEADING or DECORATION.match(text):
            continue
        if NUMBER.match(text) and not number_seen and (block.cell or index < 12):
            number_seen = True
            _read_number(result, text)
            continue
        date = DATE_LINE.match(collapse_space(text))
        if date and "date" not in result.fields:
            _read_date_line(result, date)
            continue
        vv = VV.match(text)
        if vv and "type" not in result.fields:
            result.fields["type"] = "Công văn"
            title_parts = [vv.group("rest")]
            collecting = "vv"
            continue
        kind = type_word(text)
        if kind and "type" not in result.fields:
            result.fields["type"] = kind
            collecting = "title"
            continue
        if not number_seen and is_upper(text) and "type" not in result.fields and (block.cell in ("", "L")):
            issuer_lines.append(block)
            continue
        body_start = index
        break
    else:
        body_start = len(head_and_body)
    if title_parts:
        result.fields["title"] = collapse_space(" ".join(title_parts))
    _read_issuer(result, issuer_lines)
    if "type" not in result.fields:
        inferred = _type_from_number(str(result.fields.get("number", "")))
        if inferred:
            result.fields["type"] = inferred
            result.notes.append(f"loại văn bản suy từ mã trong số ký hiệu: {inferred}")
        elif any(ADDRESSEE.match(b.text) for b in lines[:20]):
            result.missing.append(("type", "không thấy dòng tên loại văn bản; có “Kính gửi”, có thể là Công văn"))
        else:
            result.missing.append(("type", "không thấy dòng tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN…) hay dòng V/v"))
    if "number" not in result.fields:
        result.missing.append(("number", "không thấy dòng “Số: …”"))
    if "date" not in result.fields:
        result.missing.append(("date", "không thấy dòng “…, ngày … tháng … năm …”"))
        result.missing.append(("place", "không thấy dòng địa danh, ngày tháng"))
    if not result.fields.get("title"):
        result.missing.append(("title", "không thấy trích yếu (dòng dưới tên loại văn bản, hoặc V/v)"))
    # 3. The body.
    body_blocks = head_and_body[body_start:]
    result.body = body_markdown(body_blocks) + closing_markdown(result)
    plain = "\n".join(b.text if isinstance(b, Line) else " ".join(" ".join(r) for r in b.rows) for b in body_blocks)
    number = str(result.fields.get("number") or "")
    result.citations = extract(plain, own_number=number or None, title=result.fields.get("title") or None).citations
    for key in FIELDS:
        if key not in result.fields and not any(k == key for k, _ in result.missing):
            result.missing.append((key, "không đọc được"))
    return result

