"""A page with no header whose own words tell its readers: the notice itself.

"Trường Mầm non Sơn Ca thông báo cho phụ huynh …", "Nay Trường Mầm non Phường 1 xin thông báo đến toàn thể quý phụ
huynh …", "UBND thành phố Vũng Tàu, thông báo cho cán bộ, công chức …": a body saying to whom it gives notice is the
notice's own act (Nghị định 30/2020: a Thông báo tells its readers), so the page is a Thông báo even when no type word,
number or lead names it. Read only when nothing gave a type; the type is reported as unsure. A sentence asking someone
else to notify ("Kính đề nghị Quý Sở thông báo cho …"), or telling what a body did ("… đã thông báo cho …"), is none.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .lead import LEAD_LINES
from .lines import Block
from .paragraphs import page_lines
from .patterns import UPPER_MARKED
from .result import ImportResult

_TELLS = re.compile(r"(?:^|[.;:!]\s+|,\s+)(?:(?:Nay|Vậy|Vì vậy|Do đó|Do vậy|Theo đó)\s*,?\s+)?"
                    r"(?P<body>[A-Z" + UPPER_MARKED + r"][^.;:!?]{2,90}?)\s*,?\s+(?:xin\s+)?(?:trân trọng\s+)?(?:kính\s+)?"
                    r"thông báo\s+(?:cho|đến|tới)(?=\s+\S)")
_NOT_ITS_OWN = re.compile(r"\b(?:đề nghị|yêu cầu|giao|đã|vừa|sẽ|được|đang|cần|phải|theo)\b", re.I)


def read_own_notice(result: ImportResult, blocks: list[Block]) -> None:
    """An empty type of a page whose opening says "<body> (xin, trân trọng) thông báo cho/đến/tới <readers>"."""
    if result.fields.get("type"):
        return
    for text in page_lines(blocks)[: LEAD_LINES * 2]:
        for m in _TELLS.finditer(text):
            if _NOT_ITS_OWN.search(m.group("body")):
                continue
            said = collapse_space(m.group(0)).strip(" .;:,")
            result.take("type", "Thông báo", f"trang không có phần đầu văn bản; “{said} …” là lời chính thông báo nói "
                                             "với người nhận")
            return
