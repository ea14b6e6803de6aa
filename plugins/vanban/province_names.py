"""The real names of Vietnam's provinces and cities, so that a person's name is never taken for a place.

A lead "Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký …" has a capitalised run after "tỉnh" that is a signer, not a
province; capitals alone cannot tell them apart, a list can. The list holds the 63 provinces and centrally-run cities
before the 2025 reorganisation (Nghị quyết 202/2025/QH15 left 34, all of them among the 63 except Huế, a centrally-run
city since 1/1/2025) and the cities of province level below them ("thành phố Tam Kỳ"). Names compare without
diacritics, tone placement, case, spaces or hyphens ("Đăk Lăk" = "Đắk Lắk", "Bà Rịa-Vũng Tàu" = "Bà Rịa - Vũng Tàu").
"""

from __future__ import annotations

import re

from .provinces import CENTRAL_CITIES
from .text import fold

# The 5 centrally-run cities and 58 provinces before 1 July 2025.
PROVINCES_2024 = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
    "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)
# The 6 centrally-run cities and 28 provinces from 1 July 2025.
PROVINCES_2025 = (
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ",
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
    "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
    "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp",
    "Cà Mau", "An Giang",
)
# Spellings a copy uses for the same province.
_VARIANTS = ("Đắc Lắc", "Daklak", "Bắc Cạn", "Thừa Thiên - Huế", "TP.HCM", "HCM", "Bà Rịa Vũng Tàu")
# Cities under a province (thành phố thuộc tỉnh) before the 2025 reorganisation, and the centrally-run city Thủ Đức
# belongs to; a "thành phố X" is one of these or a province-level city.
PROVINCIAL_CITIES = (
    "Hà Giang", "Cao Bằng", "Lào Cai", "Bắc Kạn", "Lạng Sơn", "Tuyên Quang", "Yên Bái", "Thái Nguyên", "Sông Công",
    "Phổ Yên", "Việt Trì", "Vĩnh Yên", "Phúc Yên", "Bắc Giang", "Bắc Ninh", "Từ Sơn", "Hạ Long", "Móng Cái", "Cẩm Phả",
    "Uông Bí", "Đông Triều", "Hải Dương", "Chí Linh", "Hưng Yên", "Thái Bình", "Phủ Lý", "Nam Định", "Ninh Bình",
    "Tam Điệp", "Hoa Lư", "Thanh Hóa", "Sầm Sơn", "Vinh", "Hà Tĩnh", "Đồng Hới", "Đông Hà", "Huế", "Tam Kỳ", "Hội An",
    "Quảng Ngãi", "Quy Nhơn", "Tuy Hòa", "Nha Trang", "Cam Ranh", "Phan Rang - Tháp Chàm", "Phan Thiết", "Kon Tum",
    "Pleiku", "Buôn Ma Thuột", "Gia Nghĩa", "Đà Lạt", "Bảo Lộc", "Đồng Xoài", "Tây Ninh", "Thủ Dầu Một", "Dĩ An",
    "Thuận An", "Tân Uyên", "Bến Cát", "Biên Hòa", "Long Khánh", "Vũng Tàu", "Bà Rịa", "Tân An", "Mỹ Tho", "Gò Công",
    "Bến Tre", "Trà Vinh", "Vĩnh Long", "Cao Lãnh", "Sa Đéc", "Hồng Ngự", "Long Xuyên", "Châu Đốc", "Rạch Giá",
    "Hà Tiên", "Phú Quốc", "Vị Thanh", "Ngã Bảy", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Điện Biên Phủ", "Lai Châu",
    "Sơn La", "Hòa Bình", "Thủ Đức", "Thủy Nguyên", "Phú Mỹ",
)


def _key(name: str) -> str:
    """A name without diacritics, case, spaces or hyphens ("Đắk Lắk" → "daklak"); "uỷ/ủy"-style tone placement
    disappears with the diacritics."""
    return re.sub(r"[\W_]+", "", fold(name).casefold())


_PROVINCE_KEYS = frozenset(_key(n) for n in (*PROVINCES_2024, *PROVINCES_2025, *_VARIANTS))
_CITY_KEYS = _PROVINCE_KEYS | frozenset(_key(n) for n in PROVINCIAL_CITIES)
_CENTRAL_KEYS = frozenset(_key(n) for n in CENTRAL_CITIES)
_BY_KEY = {_key(n): n for n in (*PROVINCES_2024, *PROVINCES_2025)}
_LONGEST = max(len(n.split()) for n in (*PROVINCES_2024, *PROVINCIAL_CITIES, *_VARIANTS))


def _named_at(words: str, keys: frozenset[str]) -> str:
    """The longest run of *words*' first words that is one of *keys*, as written, else ""."""
    run = re.findall(r"[^\s,.;:()!?]+(?:\s*-\s*[^\s,.;:()!?]+)?", words)[:_LONGEST]  # "… tỉnh Vĩnh Phúc!": a greeting
    for size in range(len(run), 0, -1):
        if _key(" ".join(run[:size])) in keys:
            return " ".join(run[:size])
    return ""


def province_at(words: str) -> str:
    """The province or centrally-run city *words* start with, as written ("Tuyên Quang Nguyễn Thế Giang" → "Tuyên
    Quang"), else "" ("Nguyễn Thế Giang": a person, no province)."""
    return _named_at(words, _PROVINCE_KEYS)


def city_at(words: str) -> str:
    """The city (centrally-run or under a province) *words* start with, as written, else ""."""
    return _named_at(words, _CITY_KEYS)


def listed_place(level: str, words: str) -> str | None:
    """The place *words* start with, for a *level* this module lists: a province's ("tỉnh") or a city's ("thành
    phố") real name as written, "" when they start with none (a signer's name after "UBND tỉnh"); None for any
    other level (a district's or a commune's name is not listed: the caller reads it by its capitals)."""
    if level == "tỉnh":
        return province_at(words)
    if level == "thành phố":
        return city_at(words)
    return None


_NAMED = re.compile(r"(?<![\w])(?:" + "|".join(sorted({re.escape(fold(n).casefold()).replace(r"\ ", r"\s*[-–]?\s*")
                                                      for n in (*PROVINCES_2024, *PROVINCES_2025)}, key=len, reverse=True))
                    + r")(?![\w])")


def provinces_named(text: str) -> set[str]:
    """The provinces and centrally-run cities *text* names, capitalised, with or without their word ("quê hương Nghệ
    An", "tỉnh Sơn La"), each by its listed name."""
    folded = fold(text).casefold()
    found: set[str] = set()
    if len(folded) != len(text):
        return found
    for m in _NAMED.finditer(folded):
        if text[m.start()].isupper():
            found.add(_BY_KEY[_key(m.group(0))])
    return found


def is_central(name: str) -> bool:
    """Whether *name* is a centrally-run city's (before or after 2025)."""
    return _key(name) in _CENTRAL_KEYS


def is_province(name: str) -> bool:
    """Whether *name* is a province's or a centrally-run city's name, nothing more."""
    return bool(name) and _key(name) in _PROVINCE_KEYS
