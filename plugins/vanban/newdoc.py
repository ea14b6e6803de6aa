"""`vanban new`: the values a clerk types, checked and normalised, and the file written for them."""

from __future__ import annotations

import re
from pathlib import Path

from .dates import PartialDate
from .glossary import TYPE_NAMES, type_named
from .importer.result import FIELD_NAMES
from .importer.writer import render_content
from .text import collapse_space, nfc, normalise_dashes

PROMPTS: dict[str, str] = {
    "type": "Loại văn bản (ví dụ Kế hoạch, Công văn, Hướng dẫn): ",
    "number": "Số ký hiệu (ví dụ 21/KH-UBND; để trống nếu bản gốc không ghi số): ",
    "issuer": "Cơ quan ban hành (ví dụ Ủy ban nhân dân xã Tân Hòa): ",
    "date": "Ngày ban hành (07/03/2025 hoặc 2025-03-07; 02/2025 nếu để trống ngày; để trống nếu không ghi): ",
    "title": "Trích yếu (công văn: phần sau V/v): ",
}
NEW_BODY = "(Dán toàn văn văn bản vào đây, thay cho dòng này.)"


class InvalidValue(ValueError):
    """A value typed for `vanban new` that cannot be used; the message is Vietnamese."""


def canonical_type(raw: str) -> str:
    named = type_named(raw)
    if named is not None:
        return named
    import difflib

    close = difflib.get_close_matches(raw, TYPE_NAMES, n=1)
    hint = f"có phải “{close[0]}”? " if close else ""
    raise InvalidValue(f"loại văn bản “{raw}” không có trong danh mục — {hint}các loại: {', '.join(TYPE_NAMES)}")


def canonical_date(raw: str) -> str:
    """``07/03/2025`` or ``2025-03-07`` → ``2025-03-07``; ``02/2025`` → ``2025-02``; ``""`` stays."""
    text = collapse_space(raw)
    if not text:
        return ""
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        text = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", text)
    if m:
        text = f"{m.group(2)}-{int(m.group(1)):02d}"
    try:
        return PartialDate.parse(text).iso()
    except ValueError as exc:
        raise InvalidValue(f"ngày ban hành sai: {exc}") from None


def check_new_value(key: str, raw: str) -> str:
    """Normalise one value of `vanban new`; InvalidValue with a Vietnamese reason."""
    value = collapse_space(nfc(raw))
    if key == "type":
        if not value:
            raise InvalidValue("loại văn bản không được để trống")
        return canonical_type(value)
    if key == "date":
        return canonical_date(value)
    if key in ("issuer", "title") and not value:
        raise InvalidValue(f"{FIELD_NAMES[key]} không được để trống")
    if key == "number":
        return re.sub(r"\s*/\s*", "/", normalise_dashes(value))
    return value


def new_content(fields: dict[str, str], target: Path, modeline: str) -> str:
    """The text `vanban new` writes for *fields*."""
    return render_content(dict(fields), NEW_BODY, modeline)
