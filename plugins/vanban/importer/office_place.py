"""A district office, a steering board or a provincial department takes the place its managing body's line names.

Every district has a "Phòng Giáo dục và Đào tạo" and most a "Ban Chỉ đạo …": a bare name would merge different
bodies in one issuer listing (issue 13), so "UBND HUYỆN THÁI THỤY" over "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" gives the
issuer "Phòng Giáo dục và Đào tạo huyện Thái Thụy", the place spelt as the managing line writes it. Every province
has its "Sở Giáo dục và Đào tạo" the same way: "UBND TỈNH CAO BẰNG" over "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" is "Sở Văn
hóa, Thể thao và Du lịch tỉnh Cao Bằng" (import README: a provincial department names its province).
"""

from __future__ import annotations

import re

from ..text import collapse_space, nfc
from .casing import recase_issuer

# Offices every district has, under their ND 37/2014 and ND 108/2020 names.
DISTRICT_OFFICE = re.compile(r"^Phòng\s+(?:Giáo dục và Đào tạo|Văn hóa(?:,| và| -)? Thông tin|Tài chính\s*[-–]\s*Kế hoạch|Nội vụ|"
                             r"Tư pháp|Y tế|Lao động\s*[-–]\s*Thương binh và Xã hội|Tài nguyên và Môi trường|Kinh tế(?: và Hạ tầng)?|"
                             r"Nông nghiệp và Phát triển nông thôn|Văn hóa và Thể thao|Quản lý đô thị|Dân tộc)$")
BOARD = re.compile(r"^Ban [Cc]hỉ (?:đạo|huy)\b")  # a steering board is its district's or province's: named so
PLACE_NAMED = re.compile(r"\b(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|[Tt]rung ương|[Tt]ỉnh ủy|[Hh]uyện ủy)\b")
# The managing line's committee and its place: "UBND HUYỆN LỆ THỦY", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "UBND TX. ĐỒNG XOÀI".
_COMMITTEE = re.compile(r"^(?:UBND|[ỦU][YỶ] BAN NHÂN DÂN)\s+(?=\S)")  # "UỶ": the old tone placement
_SHORT_UNIT = re.compile(r"^(?:TX|TP|H)\.\s*")
_BODY_WORD = re.compile(r"\b(?:Sở|Phòng|Ban|Ủy|Hội|Cục|Chi|Trường|Văn)\b")  # a second body glued on: not a place
_DISTRICT_LEVELS = ("huyện ", "quận ", "thị xã ", "thành phố ")  # a district office's own level
_PROVINCE_LEVELS = ("tỉnh ", "thành phố ")  # a department's: its province, or a city run as one
# a provincial department not naming its province ("Sở Nội vụ"; never "Sở Y tế tỉnh …", "Sở Giao dịch …" of a bank)
DEPARTMENT = re.compile(r"^Sở\s+(?!Giao dịch\b)(?!.*\b(?:tỉnh|thành phố|Thành phố|TP)\b)")
_SHORT = {"TX": "THỊ XÃ", "TP": "THÀNH PHỐ", "H": "HUYỆN"}
_PLACE = re.compile(r"^(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn) (?:\d+|[A-ZĐÂ][^\W\d_]*(?: [A-ZĐÂ][^\W\d_]*){0,3})$")


def needs_place(issuer: str) -> bool:
    """Whether *issuer* is a district office or a steering board that does not say whose it is."""
    return bool(DISTRICT_OFFICE.match(issuer) or (BOARD.match(issuer) and not PLACE_NAMED.search(issuer)))


def with_place(issuer: str, managing: str) -> str:
    """*issuer* with the place *managing* (the upper-case line above it) names; *issuer* unchanged when it needs none
    or the line is not a People's Committee of one named place."""
    text = collapse_space(nfc(managing)).strip(" *_|")
    head = _COMMITTEE.match(text)
    department = bool(DEPARTMENT.match(issuer))
    if not (needs_place(issuer) or department) or not head or not text.isupper():
        return issuer
    rest = text[head.end():]
    if short := _SHORT_UNIT.match(rest):
        rest = f"{_SHORT[short.group(0).rstrip('. ')]} {rest[short.end():]}"
    place, sure = recase_issuer(f"ỦY BAN NHÂN DÂN {rest}")
    place = place.removeprefix("Ủy ban nhân dân ")
    if not sure or not _PLACE.match(place) or _BODY_WORD.search(place) or (
            DISTRICT_OFFICE.match(issuer) and not place.startswith(_DISTRICT_LEVELS)) or (
            department and not place.startswith(_PROVINCE_LEVELS)):
        return issuer
    return f"{issuer} {place}"
