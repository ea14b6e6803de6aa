"""`vanban new`: the values a clerk types, checked and normalised, and the file written for them."""

from __future__ import annotations

import re
from pathlib import Path

from .dates import PartialDate
from .glossary import PLACEHOLDER_BODY, TYPE_NAMES, type_named
from .importer.result import FIELD_NAMES
from .importer.writer import render_content
from .text import collapse_space, nfc, normalise_dashes

PROMPTS: dict[str, str] = {
    "type": "Loại văn bản (ví dụ Kế hoạch, Công văn, Hướng dẫn): ",
    "number": "Số ký hiệu (ví dụ 21/KH-UBND; để trống nếu bản gốc không ghi số): ",
    "issuer": "Cơ quan ban hành (ví dụ Ủy ban nhân dân xã Tân Hòa): ",
    "date": "Ngày ban hành (như 07/03/2025, 7/3/2025 hoặc 2025-03-07; 02/2025 nếu bản gốc để trống ngày; "
            "2025 nếu chỉ ghi năm; bỏ trống nếu không ghi): ",
    "title": "Trích yếu (công văn: phần sau V/v): ",
}
NEW_BODY = PLACEHOLDER_BODY
DATE_FORMS = ("viết ngày như trên văn bản: 07/03/2025, 7/3/2025 hoặc 2025-03-07; 02/2025 nếu bản gốc để trống "
              "ngày; 2025 nếu chỉ ghi năm; để trống nếu bản gốc không ghi ngày")


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


_DAY_MONTH_YEAR = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*(?:[/.-]|\s*tháng\s*)(\d{1,2})\s*(?:[/.-]|\s*năm\s*)(\d{4})")
_MONTH_YEAR = re.compile(r"(?:tháng\s*)?(\d{1,2})\s*(?:[/.-]|\s*năm\s*)(\d{4})")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def canonical_date(raw: str) -> str:
    """A date as clerks write it → ISO: ``07/3/2025``, ``07/03/2025``, ``7.3.2025``, ``ngày 07 tháng 3
    năm 2025`` and ``2025-03-07`` → ``2025-03-07``; ``02/2025`` or ``tháng 02 năm 2025`` → ``2025-02``;
    ``2025`` or ``năm 2025`` → ``2025``; ``""`` stays. InvalidValue says, in Vietnamese, what is
    expected, or which day does not exist."""
    text = collapse_space(nfc(raw)).lower().removeprefix("năm ").strip()
    if not text:
        return ""
    parts: tuple[str | None, ...]
    if m := _DAY_MONTH_YEAR.fullmatch(text):
        parts = (m.group(3), m.group(2), m.group(1))
    elif m := _MONTH_YEAR.fullmatch(text):
        parts = (m.group(2), m.group(1), None)
    elif m := _ISO.fullmatch(text):
        parts = m.groups()
    else:
        raise InvalidValue(f"ngày ban hành “{raw.strip()}” không đọc được — {DATE_FORMS}")
    year, month, day = (int(p) if p else None for p in parts)
    assert year is not None
    try:
        iso = "-".join([f"{year:04d}", *(f"{p:02d}" for p in (month, day) if p is not None)])
        return PartialDate.parse(iso).iso()
    except ValueError as exc:
        raise InvalidValue(f"ngày ban hành sai: {exc} — {DATE_FORMS}") from None


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


def missing_value(key: str) -> str:
    """What to say when the answers run out (input from a file or a pipe) before *key*."""
    return (f"chưa có {FIELD_NAMES[key]}: dữ liệu nhập đã hết — trả lời đủ các câu hỏi, "
            f"hoặc ghi giá trị sau --{key} khi chạy lệnh")


def new_content(fields: dict[str, str], target: Path, modeline: str) -> str:
    """The text `vanban new` writes for *fields*."""
    return render_content(dict(fields), NEW_BODY, modeline)
