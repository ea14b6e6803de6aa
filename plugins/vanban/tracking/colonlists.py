"""Bodies named by a kind, a colon, then names of that kind, one body per name with the kind (and the council) before each,
the list rule's head repeated: a letter's addressees ("gửi Bộ trưởng các Bộ: Công an, Xây dựng", thirty-ninth session, read by
:mod:`.letters`) and an order's holders, the places of a council of a level's plural ("yêu cầu UBND các huyện: Bắc Trà My,
Tiên Phước, … và Công ty … thực hiện …", "Ủy ban nhân dân các tỉnh: Nam Định, Thái Bình, … có trách nhiệm …"; forty-second
session, trk52b): where such units end the colon starts the names, not the duty (:func:`.subjects.duty_start`), and the list
reader writes each place's council out (:func:`.lists.split_units`)."""

from __future__ import annotations

import re

from . import patterns as p

__all__ = ["KIND_HEAD", "colon_names", "places_colon"]

# A letter's addressees named by a kind, then a colon and the names of that kind (thirty-ninth session: heldout19 x18 "gửi các
# Sở, ngành: Văn hóa và Thể thao, Nội vụ, …, Công an và UBND các huyện, …", heldout23 o02 "gửi Bộ trưởng các Bộ: Công an, …;
# Chủ tịch UBND …", o25 "gửi các đơn vị: UBND các xã: Nghi Lộc, Phúc Lộc, …; Sở Tài chính; …"): :func:`colon_names`. A
# council's head over a level's plural takes each place ("UBND các xã: A, B" is "UBND xã A", the list rule's head repeated).
_KINDS = (r"bộ|sở|ban|cục|vụ|phòng|tổng\s+cục|chi\s+cục|trung\s+tâm|xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|"
          r"thành\s+phố|đơn\s+vị|cơ\s+quan")
KIND_HEAD = re.compile(rf"(?<!\S)(?P<council>(?:ubnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+)?các\s+(?P<kind>{_KINDS})"
                       r"(?:\s*,\s*(?:ngành|ban|đơn\s+vị|cơ\s+quan|thành\s+phố|thị\s+xã|thị\s+trấn|phường|quận))*\s*$",
                       re.IGNORECASE)
_ANY_KIND = re.compile(r"^(?:đơn\s+vị|cơ\s+quan)$", re.IGNORECASE)  # "gửi các đơn vị: A; B": the names follow, no kind of theirs
_OWN_KIND = re.compile(r"(?:Tổng\s+cục|Cục|Bộ|Sở|Ban|Vụ|Viện|Trung\s+tâm|Văn\s+phòng|Ngân\s+hàng|(?:Ủy|Uỷ)\s+ban|UBND|Kho\s+bạc|"
                       r"Bảo\s+hiểm|Đài|Báo|Thông\s+tấn|Tập\s+đoàn|Tổng\s+công\s+ty)\s")
_LEVELS = re.compile(r"^(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố)$", re.IGNORECASE)
# … in an order's units, the places of a council of a level's plural ("yêu cầu UBND các huyện: Bắc Trà My, Tiên Phước, … thực
# hiện …", "Ủy ban nhân dân các tỉnh: Nam Định, Thái Bình, … có trách nhiệm …"): :func:`places_colon`. The other colons stay the
# shared nouns' (:data:`.patterns.SHARED_COLON`) or a duty's ("UBND các huyện, thành phố: Chỉ đạo ngay …").
_PLACE_HEAD = re.compile(r"(?<!\S)(?:ubnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+các\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|"
                         r"tỉnh|thành\s+phố)(?:\s*,\s*(?:thành\s+phố|thị\s+xã|thị\s+trấn|phường|quận))*\s*$", re.IGNORECASE)
_FIRST_PLACE = re.compile(r"\s*([^,;:.]{1,40}?)(?:\s*,|\s+và\s)")


def places_colon(text: str, colon: int) -> bool:
    """Whether the colon at *colon* ends a council of a level's plural and a place's name follows it (capitalised words, one
    to four, no body's noun, before a comma or "và"): the names are the councils' (:func:`colon_names`), not a duty."""
    if _PLACE_HEAD.search(text, max(0, colon - 60), colon) is None:
        return False
    first = _FIRST_PLACE.match(text, colon + 1)
    if first is None:
        return False
    words = [w for w in first.group(1).split() if w != "-"]
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and p.UNIT_NOUN.match(first.group(1)) is None


def colon_names(units: str) -> str:
    """The bodies of a list that names a kind, a colon, then names of that kind (:data:`KIND_HEAD`), one per body and
    joined by ";": "Bộ trưởng các Bộ: Công an, Xây dựng" → "Bộ Công an; Bộ Xây dựng"; a name that opens a body of its own
    stays as written ("…, Công an"), and one that names a group ends the names ("… và UBND các huyện, thị xã, thành phố")."""
    if ":" not in units:
        return units
    out: list[str] = []
    for part in units.split(";"):
        part = part.strip(" .,")
        while (colon := part.find(":")) != -1:
            head = KIND_HEAD.search(part, 0, colon)
            if head is None:
                return units  # a colon of another kind: as written (no addressee read)
            kind = head.group("kind")
            if _ANY_KIND.match(kind) and head.group("council") is None:
                part = part[colon + 1:].strip()  # "các đơn vị: UBND các xã: …": the list after it
                continue
            if (head.group("council") is None) == (_LEVELS.match(kind) is not None):
                return units  # "NHNN chi nhánh các tỉnh: Bình Định, …": the places of another body's branches, as written
            if head.group("council"):
                kind = f"{head.group('council').strip()} {kind}"
            out.extend(_named(kind, part[colon + 1:].strip(), "," in head.group()))
            part = ""
        if part:
            out.append(part)
    return "; ".join(out)


def _named(kind: str, names: str, mixed: bool) -> list[str]:
    """The bodies *names* (after "các <kind>:") names: each with its kind before it; after a head of several kinds ("các Sở,
    ngành:") a body's own name as written ("Công an": the ngành's); the first group ("UBND các huyện …", after "," or "và")
    ends them, kept whole."""
    out: list[str] = []
    pieces = names.split(",")
    for n, piece in enumerate(pieces):
        name, _and, tail = piece.strip().partition(" và ")
        if tail and not _group(tail):
            name, tail = piece.strip(), ""  # "Văn hóa và Thể thao", "Thông tin và truyền thông": one name
        if _group(name):
            return [*out, ",".join(pieces[n:]).strip()]
        if name:
            own = _OWN_KIND.match(name) or (mixed and p.UNIT_START.match(p.retone(name)))
            out.append(name if own else f"{kind} {name}")  # ("các Bộ: …, Tổng cục Hải quan": no Bộ)
        if tail:
            return [*out, ",".join([tail, *pieces[n + 1:]]).strip()]
    return out


def _group(name: str) -> bool:
    return p.UNIT_START.match(p.retone(name)) is not None and (" các " in f" {name} " or p.COUNCIL.match(name) is not None)
