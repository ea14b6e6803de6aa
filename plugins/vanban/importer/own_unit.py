"""A school or a district office acting in its own page's sentence, on a page posted without its header.

"Trường Mầm Non Sơn Ca thông báo cho phụ huynh …", "…, Trường Tiểu học Tân Mỹ xây dựng (lập) kế hoạch …": a school's site
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
# itself as the subject of its own act (its name one to four capitalised words; "của Trường …" is an owner: no verb);
# "Trường … xin thông báo đến quý cha mẹ …": the polite "xin" before the act changes nothing.
# A school of two levels names both ("Trường Tiểu học và THCS Nguyễn Trung Trực thông báo …"); the sentence may write
# "trường" in lower case ("Căn cứ tình hình thực tế trường THCS Huỳnh Thúc Kháng xây dựng kế hoạch …"), but a school
# after "của", "tại", "cho" or "với" is an owner, a venue or an addressee, never the one acting.
# A school numbered within its district keeps its number ("Trường THPT Lục Ngạn số 1"); "lập kế hoạch" is the act as
# "xây dựng kế hoạch" is (heldout23 u35, heldout34 aj27).
_LEVEL = r"(?i:mầm\s+non|mẫu\s+giáo|tiểu\s+học|trung\s+học\s+cơ\s+sở|trung\s+học\s+phổ\s+thông)|THCS|THPT"
SCHOOL = re.compile(r"(?:^|[\s.;:,])(?<!của )(?<!tại )(?<!cho )(?<!với )(?P<school>[Tt]rường\s+(?P<level>(?:" + _LEVEL
                    + r"|TH)\s*(?:và|&)\s*(?:" + _LEVEL + r")|" + _LEVEL + r")\s+(?P<name>[" + _CAPITAL + r"][^\s,.;:()]*"
                    r"(?:\s+[" + _CAPITAL + r"][^\s,.;:()]*){0,3}(?:\s+số\s+\d{1,2})?))\s+(?:xin\s+)?"
                    r"(?:thông báo|xây dựng|lập|ban hành|yêu cầu|đề nghị)\s")
_PART = re.compile(r"\s*(?:và|&)\s*")


def school_name(m: re.Match[str]) -> str:
    """The school as its level is written in a name ("Mầm Non" → "Mầm non"; "THCS" kept; "TH và THCS" →
    "Tiểu học và THCS")."""
    parts = [collapse_space(p) for p in _PART.split(m.group("level"))]
    parts = ["Tiểu học" if p == "TH" else p if p.isupper() else p[:1].upper() + p[1:].lower() for p in parts]
    return f"Trường {' và '.join(parts)} {m.group('name')}"


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


# "Vậy Công an huyện Đại Từ thông báo ai là chủ xe …", "Nay ủy ban nhân dân xã Phong Hải thông báo cho nhân dân …": a
# notice posted without its header turns from its grounds to its own act with "Nay"/"Vậy", naming the body that acts
# with its level and place; the grounds before it may run long, so the whole page is read for it.
TURN = re.compile(r"(?:^|[\s.;:])(?:Nay|Vậy|Vì vậy|Do vậy|Do đó),?\s+(?P<body>(?i:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|"
                  r"hội\s+đồng\s+nhân\s+dân)|UBND|HĐND|Công an)\s+"
                  r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?P<name>[" + _CAPITAL + r"][^\s,.;:()]*"
                  r"(?:\s+[" + _CAPITAL + r"][^\s,.;:()]*){0,3})\s+(?:xin\s+)?(?:thông báo|yêu cầu|đề nghị)\s")
_BODY_WORDS = {"ủy ban nhân dân": "Ủy ban nhân dân", "uỷ ban nhân dân": "Ủy ban nhân dân", "ubnd": "Ủy ban nhân dân",
               "hội đồng nhân dân": "Hội đồng nhân dân", "hđnd": "Hội đồng nhân dân", "công an": "Công an"}


def turning_body(lines: list[str]) -> str:
    """The one body a page's "Nay/Vậy <body> thông báo …" names with its level and place ("" when none or two)."""
    found = set()
    for text in lines:
        for m in TURN.finditer(text):
            body = collapse_space(m.group("body"))
            body = _BODY_WORDS.get(body.lower(), body)
            found.add(f"{body} {m.group('level')} {m.group('name')}")
    return found.pop() if len(found) == 1 else ""
