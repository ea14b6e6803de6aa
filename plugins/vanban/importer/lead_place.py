"""The place a lead leaves out of the body it names: "UBND tỉnh ban hành …" on a page that names its province.

A lead often names a body by its level alone ("Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"). The one place of
that level its sentence, else the page around it, names completes it; a province or a city must be a real one's
name (``province_names``), so a signer's name after "UBND tỉnh" never is. Found nothing: the body is kept as the lead
writes it, with a note asking the clerk for the place.
"""

from __future__ import annotations

import re

from ..province_names import is_central, listed_place, provinces_named
from .office_holder import ministry_of
from .patterns import LOWER_MARKED, UPPER_MARKED
from .result import ImportResult
from .signed import person_name

BARE_LEVEL = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|"
                         r"Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ)$", re.I)
_LEVEL_OF = {"tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh", "thành ủy": "thành phố", "thành uỷ": "thành phố", "huyện ủy": "huyện",
             "huyện uỷ": "huyện", "quận ủy": "quận", "quận uỷ": "quận", "thị ủy": "thị xã", "thị uỷ": "thị xã"}
_PLACE = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+([^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,3})")
# Across a page: a name never runs on over a line break, and one name never hides the next ("tỉnh A và tỉnh B").
PAGE_PLACE = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)[ \t]+(?=([^\s,.;:()]+(?:[ \t]+[^\s,.;:()]+){0,3}))",
                         re.I)


def locality(issuer: str, sentence: str, places: re.Pattern[str] | None = None) -> str:
    """The one place of the issuer's level the lead's sentence names ("… Đảng bộ tỉnh Quảng Ngãi …"), else "".
    With *places* = ``PAGE_PLACE`` the text is the page around the lead ("trên địa bàn tỉnh Lai Châu", a portal's
    own "Cổng tin tức Thành phố Hải Phòng"): still the one place of that level it names, never one of two."""
    level = _level(issuer)
    if not level:
        return ""
    names = {_place_name(level, m.group(2)) for m in (places or _PLACE).finditer(sentence)
             if m.group(1).lower() == level} - {""}
    return names.pop() if len(names) == 1 else ""


def _level(issuer: str) -> str:
    """The level of place a bare body lacks ("Ban Thường vụ Tỉnh ủy" → "tỉnh"), "" when *issuer* is not bare."""
    bare = BARE_LEVEL.search(issuer)
    return _LEVEL_OF.get(bare.group(1).lower(), bare.group(1).lower()) if bare else ""


def _place_name(level: str, words: str) -> str:
    """The place a level word names: for a province or a city, a real one's name the words start with (a signer's
    name after "Phó Chủ tịch UBND tỉnh" is none), else the capitalised words."""
    listed = listed_place(level, words)
    return listed if listed is not None else _capitalised(words)


def _one_province(issuer: str, sentence: str, page: str) -> str:
    """For a bare provincial body ("UBND tỉnh", "Tỉnh ủy"), the one province the lead's sentence, else the page's
    first lines, name by a real province's name, with or without "tỉnh" ("… quê hương Nghệ An"), else ""."""
    if _level(issuer) != "tỉnh":
        return ""
    for text in (sentence, page):
        named = {n for n in provinces_named(text) if not is_central(n)}  # "Chủ tịch Hồ Chí Minh" is no "tỉnh"
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""


_CITY = re.compile(r"\bTP\.?\s+(?=[A-ZĐ][a-z" + LOWER_MARKED + r"])")
# "UBND xã Thanh Thủy (huyện Lệ Thủy, Quảng Bình)", "Hội Chữ thập đỏ tỉnh (Hội) Cà Mau": a news lead's gloss of where
# the body is, or the short name it goes on to use, set in brackets inside or after the name: never part of it.
_BRACKETED = re.compile(r"\s*\((?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s[^()]{2,60}|[A-ZĐ][a-zà-ỹđ]{1,10})\)(?=\s|$)")


def lead_issuer(result: ImportResult, issuer: str, sentence: str, page: str) -> str:
    """The issuer a lead names: a body named with its locality as written; a bare one ("Ủy ban nhân dân tỉnh",
    "Ban Thường vụ Tỉnh ủy") completed by the one place of its level the sentence or the page names, else kept as
    the lead writes it, with a note that the locality is for the clerk to add. Kept rather than emptied: what the
    text says is not lost, and the value is reported unsure, so the import run flags the file for the clerk."""
    issuer = _listed_place_only(result, _CITY.sub("thành phố ", _BRACKETED.sub("", issuer)))  # "Sở GTVT TP Hà Nội":
    # the city written out
    ministry = ministry_of(issuer)
    if ministry:
        result.notes.append(f"lời dẫn ghi “{issuer}”: cơ quan ban hành là {ministry}")
        return ministry
    scoped = _department_scope(issuer, sentence)
    if scoped:
        result.notes.append(f"lời dẫn chỉ ghi “{issuer}”; văn bản ban hành “trên địa bàn {scoped}”: thêm địa phương")
        return f"{issuer} {scoped}"
    if not issuer or not BARE_LEVEL.search(issuer):
        return issuer
    place = locality(issuer, sentence) or locality(issuer, page, PAGE_PLACE) or _one_province(issuer, sentence, page)
    if place:
        result.notes.append(f"lời dẫn chỉ ghi “{issuer}”; địa phương “{place}” là nơi duy nhất cùng cấp trang ấy nêu")
        return f"{issuer} {place}"
    result.notes.append(f"lời dẫn chỉ ghi “{issuer}”, không rõ địa phương nào: giữ như lời dẫn viết; hãy thêm tên "
                        "địa phương vào cơ quan ban hành")
    return issuer


# "UBND tỉnh Hà Tĩnh Lê Đình Sơn", "Chủ tịch UBND thành phố Hà Nội Chu Ngọc Anh vừa ký và": a province's or a city's
# name is a real one's; the words after it (the signer a lead names after his office) are no part of the body
_LISTED_LEVEL = re.compile(r"\b(tỉnh|thành phố)\s+(?=[A-ZĐ" + UPPER_MARKED + r"])")


def _listed_place_only(result: ImportResult, issuer: str) -> str:
    """*issuer* up to the real province or city it names (``listed_place``), its level bare when the words after the
    level are a person's name instead (``signed.person_name``: "UBND thành phố Nguyễn Văn A" → "UBND thành phố",
    completed after)."""
    level = next(iter(reversed(list(_LISTED_LEVEL.finditer(issuer)))), None)
    if level is None:
        return issuer
    words = issuer[level.end():]
    place = listed_place(level.group(1), words)
    if place is None or place == words or (not place and person_name(words) != words.strip()):
        return issuer  # a place no list holds is kept as written, unless the words are a person's name
    kept = f"{issuer[:level.end()]}{place}".rstrip()
    result.notes.append(f"lời dẫn ghi “{issuer}”: “{words[len(place):].strip()}” không thuộc tên "
                        f"{level.group(1)} (không phải địa danh có thật), bỏ đi")
    return kept


# "Sở Văn hóa và Thể thao đã ban hành Thông báo … trên địa bàn tỉnh Nghệ An": every province has a Sở of each field,
# so a bare department merges them (the rule of the import README: a body that recurs in every place names its own);
# the sentence presenting its document gives the place only as that document's scope.
_DEPARTMENT = re.compile(r"^Sở\s+\S")
_SCOPE = re.compile(r"trên\s+địa\s+bàn\s+(?P<level>tỉnh|thành\s+phố)\s+(?=(?P<rest>[^.;,()]{2,60}))")  # each scope, overlapping


def _department_scope(issuer: str, sentence: str) -> str:
    """"tỉnh Nghệ An" when *issuer* is a bare Sở and *sentence* names exactly one province as the scope, else ""."""
    if not _DEPARTMENT.match(issuer) or re.search(r"\b(?:tỉnh|thành phố|TP)\b", issuer):
        return ""
    places = {f"{m.group('level')} {name}" for m in _SCOPE.finditer(sentence)
              if (name := _capitalised(m.group("rest")))}
    if len(places) != 1:
        return ""
    place = places.pop()
    return "" if place.split(" ", 1)[1] in issuer else place


def _capitalised(words: str) -> str:
    """The capitalised words a place name starts with ("Quảng Ngãi lần thứ" → "Quảng Ngãi")."""
    taken: list[str] = []
    for word in words.split():
        if not word[:1].isupper() or (word.isupper() and len(word) > 1):  # "U Minh": a one-letter word of a name
            break
        taken.append(word)
    return " ".join(taken)
