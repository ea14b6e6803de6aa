"""A province-level body's name split into the body and its province, for the issuer listing.

A province's offices are written with their province ("Sở GD&ĐT Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Nghệ An",
"Ủy ban nhân dân tỉnh Quảng Nam"), or without it when the text leaves it to the reader ("Sở Giáo dục và Đào tạo",
"UBND tỉnh" in a document of that province, or cited by one). Compared whole, the four spellings of one Sở were four
listings on a site built from the spent sets' originals. Split here, each is (the body, its province): one listing
per body and province, two provinces' offices apart. The province comes from the name (a listed province's name,
with or without "tỉnh": :mod:`vanban.province_names`), else from the document (:func:`vanban.provinces.
document_province`: its managing body, the portal's province, the citers'); unknown, the caller keeps its old rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .province_names import is_central, province_at, provinces_named
from .provinces import document_province
from .text import fold, new_tone, nfc

if TYPE_CHECKING:
    from .documents import Document

__all__ = ["province_level", "without_level"]

# A province-level body whose name says no place: a "tỉnh" in it ("UBND tỉnh", "Công an tỉnh", "Tỉnh ủy") or a Sở
# ("cơ sở" in lower case is no Sở).
_PROVINCE_WORD = re.compile(r"(?<![^\W_])(?:[Tt]ỉnh|TỈNH|Sở|SỞ)(?![^\W_])")
# A centrally-run city's body whose name says no place: "Ủy ban nhân dân Thành phố", "Ban Thường vụ Thành ủy" cited by
# a Hà Nội document is Hà Nội's (a provincial city's is a district body: only a centrally-run city's document places it)
_CITY_WORD = re.compile(r"(?<![^\W_])(?i:thành\s+phố|thành\s+ủy|tp\.?)(?![^\W_])")
# The city named after the President, as a place: "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Tp.Hồ Chí Minh"
_CITY_HCM = re.compile(r"(?i:thành\s+phố|tp\.?)\s*Hồ\s+Chí\s+Minh")
# The level word and punctuation left before a cut province ("UBND tỉnh", "Sở Tư pháp thành phố", "Sở Y tế, ")
_LEVEL_TAIL = re.compile(r"[\s,–-]*(?:(?<![^\W_])(?i:tỉnh|thành\s+phố|tp\.?))?[\s,–-]*$")


def _cut(name: str, province: str) -> str | None:
    """*name* without the last mention of *province* (a listed name) and the level word before it; None when the
    mention cannot be placed in the name as written."""
    folded = fold(name).casefold()
    if len(folded) != len(name):
        return None
    pattern = re.escape(fold(province).casefold()).replace(r"\ ", r"\s*[-–]?\s*")
    found = list(re.finditer(rf"(?<![\w]){pattern}(?![\w])", folded))
    if not found:
        return None
    last = found[-1]
    before = _LEVEL_TAIL.sub("", name[: last.start()])
    after = name[last.end() :].strip(" ,.")
    return f"{before} {after}".strip() if after else before


def without_level(name: str) -> str:
    """*name* without a closing level word ("UBND tỉnh" → "UBND", "Bộ Chỉ huy Quân sự tỉnh" → "Bộ Chỉ huy Quân sự"):
    the key a body's spellings with and without its province share."""
    return _LEVEL_TAIL.sub("", name) or name


def _province_place(place: str) -> str:
    """*place* when it is a listed province's name and nothing more, else ""."""
    place = place.strip(" ,.") if place else ""
    return place if place and province_at(place) == place else ""


def province_level(doc: Document, portal: str = "") -> tuple[str, str] | None:
    """(the body's name without its province, the province as written) when *doc*'s issuer is a province-level body
    whose province is known; None otherwise (local bodies are :func:`vanban.provinces.is_local`'s: ask that first)."""
    name = doc.issuer
    if not name:
        return None
    named = provinces_named(name)
    if "Hồ Chí Minh" in named and not _CITY_HCM.search(name):
        named.discard("Hồ Chí Minh")  # "Đoàn TNCS Hồ Chí Minh", "Đội TNTP Hồ Chí Minh": a name, not the city
    if len(named) == 1:
        (province,) = named
        body = _cut(name, province)
        return (body, province) if body else None
    text = new_tone(nfc(name))
    city = _PROVINCE_WORD.search(text) is None
    if named or (city and _CITY_WORD.search(text) is None):
        return None  # two provinces named (a joint document), or no province-level body
    # else the document's: its managing body's, the portal's, the citers'; or its place-date line's when that names a
    # province ("Nghệ An, ngày …")
    province = document_province(doc, portal) or _province_place(doc.place)
    listed = provinces_named(province) if province else set()
    if not listed or (city and not any(is_central(p) for p in listed)):  # a listed province only ("tỉnh Khóa XI")
        return None
    return without_level(name), province
