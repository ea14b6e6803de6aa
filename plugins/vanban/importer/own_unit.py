"""A school or a district office acting in its own page's sentence, on a page posted without its header.

"Trường Mầm Non Sơn Ca thông báo cho phụ huynh …", "…, Trường Tiểu học Tân Mỹ xây dựng kế hoạch …": a school's site
names the school as the subject of its own act; "Phòng GDĐT yêu cầu các trường …" names an office by its trade, its
district only in the sentence before ("… của UBND quận Cầu Giấy …"). ``acting.read_acting_body`` takes either, as
unsure, when nothing else named an issuer.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .lead_place import PAGE_PLACE

_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# "Trường Tiểu học Tân Mỹ xây dựng kế hoạch …", "Trường Mầm Non Sơn Ca thông báo cho phụ huynh …": a school names
# itself as the subject of its own act (its name one to four capitalised words; "của Trường …" is an owner: no verb).
SCHOOL = re.compile(r"(?:^|[\s.;:,])(?P<school>Trường\s+(?P<level>(?i:mầm\s+non|mẫu\s+giáo|tiểu\s+học|trung\s+học\s+cơ\s+sở|"
                     r"trung\s+học\s+phổ\s+thông)|THCS|THPT)\s+(?P<name>[" + _CAPITAL + r"][^\s,.;:()]*"
                     r"(?:\s+[" + _CAPITAL + r"][^\s,.;:()]*){0,3}))\s+(?:thông báo|xây dựng|ban hành|yêu cầu|đề nghị)\s")


def school_name(m: re.Match[str]) -> str:
    """The school as its level is written in a name ("Mầm Non" → "Mầm non"; "THCS" kept)."""
    level = collapse_space(m.group("level"))
    level = level if level.isupper() else level[:1].upper() + level[1:].lower()
    return f"Trường {level} {m.group('name')}"


def office_district(office: str, lines: list[str]) -> str:
    """A district office named by its trade alone ("Phòng GDĐT yêu cầu …") takes the one district the page's
    first lines name ("… của UBND quận Cầu Giấy về việc …"); two named, or none: kept bare (reported unsure)."""
    names = {f"{m.group(1).lower()} {n}" for text in lines for m in PAGE_PLACE.finditer(text)
             if m.group(1).lower() in ("huyện", "quận", "thị xã") and (n := _capitalised_name(m.group(2)))}
    return f"{office} {names.pop()}" if len(names) == 1 else office


def _capitalised_name(words: str) -> str:
    """The capitalised words a district's name starts with ("Cầu Giấy về việc" → "Cầu Giấy")."""
    taken = []
    for word in words.split():
        if not word[:1].isupper():
            break
        taken.append(word)
    return " ".join(taken)
