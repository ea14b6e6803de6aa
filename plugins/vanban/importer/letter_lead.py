"""A letter posted without its header: "Kính gửi: …" over "<body> đề nghị / xin gửi …".

A portal often posts a Công văn from its salutation on, the header (number, date, issuer block, "V/v") left out:
"Kính gửi: Công đoàn Giáo dục các huyện, thành phố" … "Ban Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục
huyện …", "Bộ Giáo dục và Đào tạo xin gửi văn bản dự thảo tới các sở …". A document that greets its addressees and
whose own sentence has a body ask or send something to them is a letter (Nghị định 30/2020: "Kính gửi" is a Công
văn's), and that body is who writes it. A Tờ trình greets too, but submits ("kính trình", "trình … xem xét"): a page
that submits is left alone. Read only when nothing named a type, number or date; both values are reported as unsure,
a body without its locality is kept as written (``lead_place``), and no trích yếu is read (the sentence says what
the letter asks, not what it is about).
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .issuer import written_out
from .lead import LEAD_LINES, lead_context
from .lead_place import lead_issuer
from .lines import Block
from .paragraphs import page_lines, paragraph
from .patterns import ADDRESSEE
from .result import ImportResult

_GREETING_LINES = 12  # the salutation stands at the top of what the page kept
# "<body> (xin|trân trọng|kính) đề nghị / yêu cầu / xin gửi …", opening a sentence (or after its grounds:
# "Để …, Ban Thường vụ … đề nghị …")
_ASKS = re.compile(
    r"(?:^|[.;:]\s+)(?:(?:Để|Nhằm|Thực hiện|Căn cứ|Trước)\s[^.;:]{3,400}?,\s+)?(?:(?:Nay|Vì vậy|Do vậy|Do đó),?\s+)?"
    r"(?P<body>(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Chủ tịch|Bộ|Sở|Phòng|Ban|Chi cục|Tổng cục|Cục|Văn phòng|Trung tâm|"
    r"Trường|Công an|Công đoàn|Liên đoàn|Hội|Đoàn|Thường trực|Thường vụ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|"
    r"Thành uỷ|Đảng ủy|Đảng uỷ)\s[^;,.:()\d]{2,100}?)"
    r"\s+(?P<asks>(?:trân trọng\s+|kính\s+)?(?:đề nghị|yêu cầu)|(?:xin|trân trọng)\s+gửi)\s+(?=\S)")
_SUBMITS = re.compile(r"\b(?:kính trình|tờ trình|trình\s+[^.;:]{3,120}?\s+xem xét)\b", re.I)
# a clause of its own inside what would be the body's name ("Ban soạn thảo đã tổ chức …"): no body
_NOT_A_BODY = re.compile(r"\s(?:đã|vừa|mới|sẽ|đang|được|là|có)\s", re.I)


def read_letter_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Type Công văn and its issuer for a page with no header that greets its addressees ("Kính gửi: …") and whose
    own sentence has a body ask or send to them (both reported as unsure); left alone when it submits."""
    if any(result.fields.get(k) for k in ("number", "type", "date")):
        return
    lines = page_lines(blocks)
    if not any(ADDRESSEE.match(line.strip()) for line in lines[:_GREETING_LINES]):
        return
    window = [paragraph(lines, i, LEAD_LINES) for i in range(min(len(lines), LEAD_LINES * 2))]
    if any(_SUBMITS.search(text) for text in window):
        return
    for text in window:
        m = _ASKS.search(text)
        if m is None or _NOT_A_BODY.search(f" {m.group('body')} ") or len(m.group("body").split()) < 2:
            continue
        said = f"{collapse_space(m.group('body'))} {m.group('asks')}"
        why = f"trang không có phần đầu văn bản; có “Kính gửi” và câu “{said} …” của chính văn bản: là công văn"
        body = written_out(collapse_space(m.group("body")))
        issuer = lead_issuer(result, body, text, lead_context(lines))
        result.take("type", "Công văn", why)
        if issuer and not result.fields.get("issuer"):
            result.take("issuer", issuer, why)
        result.notes.append(f"câu “{said} …” nói công văn đề nghị gì, không nêu trích yếu")
        return
