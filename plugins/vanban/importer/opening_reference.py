"""A lead that opens on its document and then says who acts in it: "Tại/Trong <document số …>, <body> <verb> …".

"Tại công văn 387/TTg-NN ngày 27/4/2022, Phó Thủ tướng Chính phủ Lê Văn Thành chấp thuận Ủy ban nhân dân tỉnh Hậu
Giang quyết định chuyển mục đích …", "Tại Quyết định số 362-QĐ/TTg ngày 3-4, Thủ tướng Chính phủ Nguyễn Xuân Phúc ký
phê duyệt Quy hoạch …", "Trong Thông báo số 449/SGDĐT-GDPT về việc …, Sở GDĐT đã gửi thông báo này tới …": the
sentence names the document first and then the body (or the office holder, with his name) that acts in it: the
document is the page's own. Its number, type and date as the reference gives them; the issuer the body that acts (a
Prime Minister or his deputy for the Prime Minister, a minister for his ministry: ``office_holder``; a body named by its
short name, "Sở GDĐT", as the sentence named it in full before, "Sở GDĐT Thành phố Hà Nội"); the trích yếu the
reference's "về …" up to where the page says it found the document ("đăng tải trên Cổng …"), else the act as the
sentence states it (the verb and what it acts on, to the sentence's end or the news's run-on). "Theo <document>, …" cites a basis, and a document followed by no body acting ("Trong Nghị định
số …, các từ ngữ dưới đây …") defines words: neither is read. Read only on a page with no header where no earlier
lead named a number, a type or a date; every value reported unsure, as every lead's.
"""

from __future__ import annotations

import re

from ..citations import extract
from ..text import collapse_space
from .issuer import written_out
from .lead import LEAD_LINES, first_cited, take_lead
from .lines import Block
from .office_holder import office_holder
from .paragraphs import page_lines, paragraph
from .result import ImportResult

_DAY = re.compile(r"^\s*ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?=\s*,)")
_PUBLISHED = re.compile(r"\s+(?:được\s+)?đăng(?:\s+tải)?\s+(?:trên|tại)\s.*$")
_PLACED = r"\s+(?:[Tt]hành phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã)\s+[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3}"
_OPENING = re.compile(r"(?:^\s*|[.!?]\s+)(?:Tại|Trong)\s+(?=\S)")
# ", Phó Thủ tướng Chính phủ Lê Văn Thành chấp thuận …", ", Sở GDĐT đã gửi …": the body (or an office holder with his
# name) right after the reference's comma, then its act
_ACTS = re.compile(r"^\s*,\s*(?P<who>(?:(?:Phó\s+)?Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Sở|Bộ|"
                   r"Cục|Tổng\s+cục|Chính\s+phủ|Văn\s+phòng|Ban)\b[^,.;:()]{0,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ký\s+)?"
                   r"(?P<act>(?:chấp thuận|phê duyệt|đồng ý|cho phép|giao|yêu cầu|đề nghị|chỉ đạo|hướng dẫn|quyết định|"
                   r"ban hành|gửi|thông báo)\s.+?)(?:\.(?:\s|$)|$)")


def read_opening_reference(result: ImportResult, blocks: list[Block]) -> None:
    """Fill *result* from a lead "Tại/Trong <document số …>, <body> <verb> …" (see the module's docstring)."""
    if result.fields.get("issuer") or any(result.fields.get(k) for k in ("number", "type", "date")):
        return
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES)):
        text = paragraph(lines, i, LEAD_LINES)
        m = _OPENING.search(text)
        if m is None:
            continue
        after = text[m.end():]
        cited = first_cited(extract(after).citations, 0, 0, after)
        if cited is None or not cited.number or not cited.occurrences:
            continue
        rest = _DAY.sub("", after[cited.occurrences[0].end:], count=1)
        about, comma = "", rest.find(",")
        if re.match(r"\s*(?:về việc|về|V/v)\s", rest) and comma > 0:
            about = _PUBLISHED.sub("", rest[:comma]).strip()  # "… đăng tải trên Cổng …": where the page found it
            rest = rest[comma:]
        acts = _ACTS.match(rest)
        if acts is None:
            continue
        who = collapse_space(acts.group("who"))
        held = office_holder(who)
        issuer, signer = held if held else (written_out(who), "")
        sentence = re.split(r"\.(?:\s|$)", text[m.start():], maxsplit=1)[0]  # the lead's sentence: its place
        named = re.search(re.escape(who) + _PLACED, sentence)  # "… của Sở GDĐT Thành phố Hà Nội …, Sở GDĐT đã gửi …"
        if not held and named and named.end() < len(sentence) - len(acts.group(0)):
            issuer = written_out(named.group(0))  # the body named in full before, then by its short name
        title = about or acts.group("act")
        take_lead(result, cited.number, cited.type or "", cited.date, title, issuer, sentence)
        if signer:
            result.take("signer", signer, f"lời dẫn nói “{signer}” ký văn bản")
        if cited.date is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành"))
        return
