"""Which province a district or commune body belongs to, as far as the documents and the portal tell.

District and commune names repeat across the country: there is a "huyện Châu Thành" in several provinces, a "xã
Tân Hòa" in dozens.  An issuer listed by its name alone ("UBND huyện Châu Thành", "Huyện ủy Châu Thành") would merge
two provinces' bodies into one and show neither province.  No hand-kept gazetteer of ~700 old districts and ~10,000
communes settles this; the province is taken, in this order, from:

1. the issuer name itself when it says it after the local place ("UBND huyện Tân Yên, tỉnh Bắc Giang");
2. the managing body printed above the issuer (``managing_body:``, "UBND TỈNH TIỀN GIANG" over "SỞ Y TẾ", "ĐẢNG BỘ
   TỈNH THÁI NGUYÊN" over "ĐẢNG ỦY XÃ LA BẰNG"), kept apart from the issuer by import;
3. the portal's configured province (``portal: province:`` in mkdocs.yml, "tỉnh/thành phố nơi cơ quan đặt trụ
   sở"): a document held on a province's or a district's portal with a local issuer that names no province is that
   province's.

A local issuer whose province neither tells is "unknown".  :mod:`vanban.issuers` keeps the same name of two known
provinces apart and puts an unknown one with the only province known for that name; when the name is known in two or
more provinces, an unknown one is listed apart ("chưa rõ tỉnh") and ``vanban check`` warns at its file: a wrong merge
is worse than a split.

Provincial and central bodies ("Tỉnh ủy Bắc Kạn", "Sở Y tế tỉnh …", "UBND thành phố Hà Nội") are not local: their
place is already a province.  "Thành phố X" and "Thành ủy X" are local unless X is a centrally-run city.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .text import collapse_space, fold, new_tone, nfc

if TYPE_CHECKING:
    from .documents import Document

__all__ = ["CENTRAL_CITIES", "document_province", "is_local", "local_body", "province_key", "province_named",
           "province_of_name", "province_shown"]

# The centrally-run cities (thành phố trực thuộc trung ương; Huế since 2025): a "thành phố" or "Thành ủy" of one of
# these is a province-level body, of any other city a district-level one.
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")
_CENTRAL_KEYS = frozenset(fold(city).casefold() for city in CENTRAL_CITIES)

_PLACE_NAME = r"(?P<place>[^\W_a-zđ][^,;()\n]*)"  # a capital or a number ("quận 1", "phường 3")
# A district or commune place word and the place after it ("huyện Tân Yên", "xã Tân Hòa", "Huyện ủy Thuận Nam",
# "Thành ủy Tam Kỳ", "TP. Biên Hòa"); the place starts with a capital letter.
_LOCAL = re.compile(
    r"(?<![^\W_])(?P<word>(?i:(?:huyện|quận|thị[ \t]+xã|thị[ \t]+trấn|xã|phường|thành[ \t]+phố|tp\.?)(?![ \t]+ủy)"
    r"|(?:huyện|quận|thị|thành)[ \t]+ủy))[ \t]+" + _PLACE_NAME
)
# The province said after the local place: ", tỉnh Bắc Giang", " tỉnh Bắc Giang", ", thành phố Hà Nội"
_PROVINCE_AFTER = re.compile(r"(?<![^\W_])(?P<word>(?i:tỉnh|thành[ \t]+phố|tp\.?))[ \t]+" + _PLACE_NAME)
# The next place word inside a place ("Tân Hòa huyện Châu Thành tỉnh Tiền Giang"): where the first place ends
_NEXT_PLACE = re.compile(r"[ \t]+(?i:huyện|quận|thị[ \t]+xã|tỉnh|thành[ \t]+phố|tp\.?)[ \t]")
_CITY_WORDS = ("thành phố", "tp", "tp.", "thành ủy")
# Words that start a body's name, never a province's: where a province's name ends in "tỉnh X Đảng bộ huyện Y"
_BODY_WORDS = frozenset({"đảng", "ủy", "uỷ", "ubnd", "hđnd", "hội", "ban", "sở", "phòng", "liên", "công", "trường",
                         "bộ", "văn", "chi", "đoàn", "mặt", "trung", "tổng", "cục", "viện", "thường"})
# A province-level place in a body's name: "tỉnh Bắc Giang", "Tỉnh ủy Bắc Kạn", "Đảng bộ tỉnh …", "thành phố Đà Nẵng"
_PROVINCIAL = re.compile(
    r"(?<![^\W_])(?P<word>(?i:tỉnh(?:[ \t]+ủy)?|thành[ \t]+phố|thành[ \t]+ủy|tp\.?))[ \t]+" + _PLACE_NAME
)


def _central(place: str) -> bool:
    """Whether *place* is a centrally-run city ("Đà Nẵng", "Thành phố Hồ Chí Minh", "TP.HCM")."""
    key = re.sub(r"^(?:thanh pho|tp\.?)[ \t]*", "", collapse_space(fold(place).casefold()).strip(" ."))
    return key in _CENTRAL_KEYS or key in {"hcm", "tphcm"}


@functools.lru_cache(maxsize=4096)
def _parse(name: str) -> tuple[str, str, str] | None:
    """(the local place word, the local place, the province the name says or "") of a local issuer name, else None."""
    text = new_tone(nfc(name))
    for m in _LOCAL.finditer(text):
        word = collapse_space(m.group("word")).casefold()
        place_text = m.group("place")
        cut = _NEXT_PLACE.search(place_text)  # "xã Tân Hòa huyện Châu Thành": the commune's place ends there
        local_place = collapse_space(place_text[: cut.start()] if cut is not None else place_text).strip(" .")
        if not local_place or (word in _CITY_WORDS and _central(local_place)):
            continue  # "UBND thành phố Hà Nội": a province-level body
        province = ""
        for rest in _PROVINCE_AFTER.finditer(text, m.start("place") + len(local_place)):
            if collapse_space(rest.group("word")).casefold() == "tỉnh" or _central(rest.group("place")):
                province = collapse_space(name[rest.start("word") : rest.end("place")]).strip(" .")
                break
        return word, local_place, province
    return None


def is_local(name: str) -> bool:
    """Whether an issuer name names a district- or commune-level body ("UBND huyện Tân Yên", "Đảng ủy xã Tân Hòa",
    "Thành ủy Tam Kỳ"; not "Tỉnh ủy Bắc Kạn" nor "UBND thành phố Hà Nội")."""
    return bool(name) and _parse(name) is not None


def province_named(name: str) -> str:
    """The province a local issuer name says after its place, as written ("UBND huyện Tân Yên, tỉnh Bắc Giang" →
    "tỉnh Bắc Giang"), else ""."""
    parsed = _parse(name) if name else None
    return parsed[2] if parsed is not None else ""


def local_body(name: str) -> str:
    """A local issuer name without the province it says ("UBND huyện Tân Yên, tỉnh Bắc Giang" → "UBND huyện Tân
    Yên"): the body, compared across spellings that do and do not name the province."""
    province = province_named(name)
    if not province:
        return name
    at = name.rfind(province)
    return name[:at].rstrip(" ,\t") if at > 0 else name


@functools.lru_cache(maxsize=4096)  # asked for every citation's scope and every held candidate
def province_key(province: str) -> str:
    """A province as a key, its word left out ("tỉnh Bắc Giang" ≡ "Bắc Giang" ≡ "bac giang")."""
    text = collapse_space(new_tone(nfc(province))).strip(" .")
    text = re.sub(r"^(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]+", "", text, flags=re.IGNORECASE)
    return fold(text).casefold()


def province_shown(province: str) -> str:
    """A province as a listing shows it: as written when it says its word, else with "tỉnh" or "thành phố"
    ("Bắc Giang" → "tỉnh Bắc Giang", "Đà Nẵng" → "thành phố Đà Nẵng")."""
    text = collapse_space(nfc(province)).strip(" .")
    if not text or re.match(r"(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]", text, re.IGNORECASE):
        return text
    return f"thành phố {text}" if _central(text) else f"tỉnh {text}"


def _province_place(place: str) -> str:
    """The province's own words at the start of *place*: up to the next place word or the next body's name
    ("Thái Nguyên Đảng bộ huyện Đại Từ" → "Thái Nguyên"); province names have neither."""
    cut = _NEXT_PLACE.search(place)
    words: list[str] = []
    for word in (place[: cut.start()] if cut is not None else place).split():
        if word.casefold() in _BODY_WORDS or word[0].islower():
            break
        words.append(word)
    return " ".join(words).strip(" .")


@functools.lru_cache(maxsize=4096)
def province_of_name(name: str) -> str:
    """The province a body's name places it in, as written, else "": a local body's when its name says it ("UBND
    huyện Tân Yên, tỉnh Bắc Giang" → "tỉnh Bắc Giang"), a provincial body's own place ("UBND tỉnh Tiền Giang" →
    "tỉnh Tiền Giang", "Tỉnh ủy Bắc Kạn" → "Bắc Kạn", "UBND thành phố Đà Nẵng" → "thành phố Đà Nẵng"), a managing body
    of two levels' upper one ("Đảng bộ tỉnh Thái Nguyên Đảng bộ huyện Đại Từ" → "tỉnh Thái Nguyên"); a district's or
    commune's name alone ("Huyện ủy Châu Thành", "Thành ủy Tam Kỳ") and a central body's say none."""
    if not name:
        return ""
    named = province_named(name)
    if named:
        return named
    text = new_tone(nfc(name))
    for m in _PROVINCIAL.finditer(text):
        place = _province_place(m.group("place"))
        if not place:
            continue  # "tỉnh ủy về …": no place
        word = collapse_space(m.group("word"))
        if word.casefold() == "tỉnh ủy":
            return place
        if word.casefold() == "tỉnh" or _central(place):
            return f"{word} {place}"
    return ""


def document_province(doc: Document, portal: str = "") -> str:
    """The province a document's issuer belongs to, as written ("" when nothing tells): what its issuer's name says
    (:func:`province_of_name`), else its managing body's, else the *portal*'s configured province for a held
    document, else (a stub) the province its citers placed it in."""
    return (province_of_name(doc.issuer) or province_of_name(doc.managing_body)
            or (portal if doc.held else doc.cited_province))
