"""A page with no header whose own words tell its readers: the notice itself.

"Trường Mầm non Sơn Ca thông báo cho phụ huynh …", "Nay Trường Mầm non Phường 1 xin thông báo đến toàn thể quý phụ
huynh …", "UBND thành phố Vũng Tàu, thông báo cho cán bộ, công chức …": a body saying to whom it gives notice is the
notice's own act (Nghị định 30/2020: a Thông báo tells its readers), so the page is a Thông báo even when no type word,
number or lead names it, and the body that tells is its issuer (when no reader gave one: a headline "Thông báo về việc
…" names no body). Read only when nothing gave a type, or the type is a Thông báo; each value is reported as unsure. A
sentence asking someone else to notify ("Kính đề nghị Quý Sở thông báo cho …"), or telling what a body did ("… đã
thông báo cho …"), is none.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .issuer import written_out
from .lead import LEAD_LINES, lead_context
from .lead_grammar import is_body
from .lead_place import lead_issuer
from .lines import Block
from .office_holder import body_of_office
from .paragraphs import page_lines
from .patterns import UPPER_MARKED
from .result import ImportResult

_TELLS = re.compile(r"(?:^|[.;:!]\s+|,\s+)(?:(?:Nay|Vậy|Vì vậy|Do đó|Do vậy|Theo đó)\s*,?\s+)?"
                    r"(?P<body>[A-Z" + UPPER_MARKED + r"][^.;:!?]{2,90}?)\s*,?\s+(?:xin\s+)?(?:trân trọng\s+)?(?:kính\s+)?"
                    r"thông báo\s+(?:cho|đến|tới)(?=\s+\S)")
_NOT_ITS_OWN = re.compile(r"\b(?:đề nghị|yêu cầu|giao|đã|vừa|sẽ|được|đang|cần|phải|theo)\b", re.I)


def read_own_notice(result: ImportResult, blocks: list[Block]) -> None:
    """The empty type and issuer of a page whose opening says "<body> (xin, trân trọng) thông báo cho/đến/tới
    <readers>"."""
    kind = result.fields.get("type")
    if (kind and kind != "Thông báo") or (kind and result.fields.get("issuer")) or result.fields.get("number"):
        return
    lines = page_lines(blocks)
    for text in lines[: LEAD_LINES * 2]:
        for m in _TELLS.finditer(text):
            if _NOT_ITS_OWN.search(m.group("body")):
                continue
            said = collapse_space(m.group(0)).strip(" .;:,")
            why = f"trang không có phần đầu văn bản; “{said} …” là lời chính thông báo nói với người nhận"
            if not kind:
                result.take("type", "Thông báo", why)
            if not result.fields.get("issuer"):
                body = written_out(body_of_office(collapse_space(m.group("body"))))
                issuer = lead_issuer(result, body, text, lead_context(lines)) if is_body(body) else ""
                if issuer:
                    result.take("issuer", issuer, why)
            return
