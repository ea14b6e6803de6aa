"""Where an issuer group's body is, when its name does not say: the listing's honest labels and never two bodies in one.

A body named by its level alone ("Ủy ban nhân dân tỉnh", "Phòng Giáo dục và Đào tạo", "Ban Thường vụ Tỉnh ủy") is one of
many: on the site built from 702 real originals, 16 documents of such UBND of different provinces were one listing
"Ủy ban nhân dân tỉnh – chưa rõ địa phương", and a province's body cited from a commune was labelled with the commune
("Ban Thường vụ Tỉnh ủy – Cẩm Quang"). :mod:`vanban.issuers` asks here whether a name says no place, whether a place
is a province (true for any body in it, where a commune's is not for a province's body), and tells apart groups that
would share a label; a wrong merge is worse than a split.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .province_names import is_central, is_province
from .text import collapse_space, fold, new_tone, nfc

if TYPE_CHECKING:
    from .documents import Document

__all__ = ["UNKNOWN_PLACE", "apart", "levelled", "old_province", "province_place"]

# What a group whose place nothing tells, or one named from its citers' place of another level, is labelled with
UNKNOWN_PLACE = "chưa rõ địa phương"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A body of some locality, by its level word ("Ủy ban nhân dân tỉnh", "UBND huyện", "Đảng ủy", "Sở Tư pháp", "Phòng
# GD&ĐT"): its name alone does not say which one. Read on the NFC, new-tone name; "Sở", "Phòng" only capitalised
# ("cơ sở", "phòng chống" are none).
_LEVELLED = re.compile(
    r"(?<![^\W_])(?:(?i:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tp\.?|(?:tỉnh|huyện|thành|thị|quận|đảng) ủy"
    r"|ubnd|hđnd)|Sở|SỞ|Phòng|PHÒNG)(?![^\W_])"
)
_LEVEL_ENDS = frozenset({"tinh", "huyen", "xa", "phuong", "quan", "tran", "pho", "uy"})
# A level word closing the name in title case ("UBND Tỉnh", "Ban Thường vụ Huyện Ủy", "Ủy ban nhân dân Thành Phố"): no
# place either, when the word before it is no name's (small letters or an abbreviation); "xã Hòa Quận" names one. The
# 702-original site labelled a "UBND Tỉnh" cited from a commune with the commune ("UBND Tỉnh – Phú Mậu").
_TITLED_LEVEL = re.compile(
    r"(?:^|(?<=\s))(?P<before>[^\W\d_][\w.&-]*\s+)?(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố"
    r"|(?:tỉnh|huyện|thành|thị|quận|đảng) ủy)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def levelled(name: str) -> bool:
    """Whether *name* is a body of some locality by its level word that says no place ("UBND tỉnh", "Phòng GD&ĐT",
    "Ban Thường vụ Tỉnh ủy"): it ends in a small letter or, in capitals, in a level word ("Phòng Giáo dục và Đào tạo
    Mộc Châu" names its place)."""
    text = new_tone(nfc(name))
    words = _WORD.findall(text)
    if not words or _LEVELLED.search(text) is None:
        return False
    last = words[-1]
    if last[0].islower() or (text.isupper() and fold(last).casefold() in _LEVEL_ENDS):
        return True
    titled = _TITLED_LEVEL.search(collapse_space(text))
    before = titled.group("before") if titled else None
    return titled is not None and (before is None or before[0].islower() or before.strip().isupper())


def province_place(place: str) -> bool:
    """Whether *place* is a province or a centrally-run city, with or without its word ("tỉnh Yên Bái", "TP. Hồ Chí
    Minh"): a true place for any body in it, where a district's or a commune's is not for a province's body."""
    return is_province(re.sub(r"^(?:tỉnh|thành\s+phố|tp\.?)\s*", "", collapse_space(nfc(place)), flags=re.IGNORECASE))


def old_province(name: str, province: str) -> bool:
    """Whether *name* writes a centrally-run city as a province ("Ủy ban nhân dân tỉnh Cần Thơ", before 2004): the
    old province is another body than the city's, kept as written."""
    return is_central(province) and f"tinh {fold(province).casefold()}" in collapse_space(fold(name).casefold())


def _evidence(doc: Document) -> str:
    """What tells a document apart in a label: its number, else its date, else its trích yếu's start; no brackets
    (the listing shows the count in brackets)."""
    if doc.number:
        return f"số {doc.number}"
    if (date := doc.date) is not None:
        return (date.dated() if date.complete else f"tháng {date.month:02d}/{date.year}" if date.month
                else f"năm {date.year}")
    title = re.sub(r"[()]", "", doc.title)
    return f"“{title[:40].strip()}…”" if len(title) > 40 else f"“{title}”"


def apart(shown: dict[tuple[str, str], str], members: Mapping[tuple[str, str], list[Document]]) -> None:
    """Two groups never share a label (the listing groups by label: they would be one): each such label gets a
    document of its group as the telling note ("Ủy ban nhân dân tỉnh – chưa rõ địa phương, số 09/TB-UBND")."""
    for told in (True, False):  # told by a document; still one label (two unplaced "số 09/TB-UBND"): counted
        by_label: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for ident, name in shown.items():
            by_label[name].append(ident)
        for name, idents in by_label.items():
            if len(idents) > 1 and name:
                for n, ident in enumerate(sorted(idents, key=lambda i: min(d.id for d in members[i])), 1):
                    first = min(members[ident], key=lambda d: d.id)
                    shown[ident] = f"{name}, {_evidence(first)}" if told else f"{name} – {n}"
