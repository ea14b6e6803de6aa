"""A lead that gives the page's document by number and date in brackets: "… về việc tổ chức … trên địa bàn tỉnh
(Công văn số 4511/VP-KGVX, ngày 13/9/2023).", "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh …".

A news page relays a document and names it only in a bracket: the type inside it or the type word right before it,
the number and the day. Read only on a page with no number or date of its own, from the first bracket of the page's
opening paragraphs; the trích yếu is the "về việc …" of the same sentence before the bracket, and the issuer the body
that opens a sentence the bracket closes. Every value is reported as unsure.
"""

from __future__ import annotations

import datetime
import re

from ..glossary import TYPE_NAMES, type_named
from ..text import collapse_space
from .acting import named_by_headline
from .issuer import written_out
from .lead import LABEL, LEAD_LINES, WHY, lead_context
from .lead_place import lead_issuer
from .lead_subject import RUN_ON
from .lines import Block
from .paragraphs import page_lines, paragraph
from .patterns import LOWER_MARKED
from .result import ImportResult

_TYPES = "|".join(sorted((re.escape(n) for n in TYPE_NAMES), key=len, reverse=True))
_BRACKET = re.compile(r"(?:\b(?P<before>(?i:" + _TYPES + r"))\s*)?\(\s*(?:(?P<type>(?i:" + _TYPES + r"))\s+)?số\s+"
                      r"(?P<number>\d[^\s,;()]*/[^\s,;()]*[^\W_])\s*,?\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*"
                      r"(?P<y>\d{4})\s*\)(?P<closes>\s*\.(?:\s|$))?")
# "Văn phòng UBND tỉnh thông báo …": a body opening its sentence, up to its verb
_OPENS = re.compile(r"^(?P<body>(?:Văn phòng|UBND|HĐND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Cục|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|"
                    r"Đảng uỷ)\s[^,;:.()]{2,80}?)\s+(?:(?:đã|vừa|mới)\s+)?(?:thông báo|ban hành|có|ký|gửi|hướng dẫn)\b")
_ACT = re.compile(r"\b(?:đã|vừa|mới)\s+(?P<act>[a-z" + LOWER_MARKED + r"][^.;:]{5,200})")
_ABOUT = re.compile(r"\b(?:về việc|V/v)\s+(?P<title>[^.;()]{8,400}?)\s*$")


def read_bracketed_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Fill number, type and date, and where the sentence gives them the trích yếu and issuer, from the first
    bracket of the page's opening that names a document by number and day (see the module's docstring)."""
    if result.fields.get("number") or result.fields.get("date"):
        return
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES)):
        text = paragraph(lines, i, LEAD_LINES)  # a PDF wraps the lead
        m = _BRACKET.search(text)
        kind = (type_named(m.group("type") or m.group("before") or "") or "") if m else ""
        if m is None or not kind or m.start() >= len(lines[i]):
            continue  # none, or one a later line opens (a headline without a full stop runs on into the lead)
        try:
            issued = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return
        why = f"{WHY}: “{collapse_space(m.group(0)).strip(' .')}”"
        sentence = re.split(r"(?<=[.!?])\s+", text[: m.start()])[-1]
        for key, value in (("number", m.group("number")), ("type", kind), ("date", issued.isoformat())):
            result.take(key, value, why)
        about = _ABOUT.search(sentence) if not m.group("before") else None
        if about:
            title = RUN_ON.split(about.group("title"), maxsplit=1)[0].strip(" .,")
            result.fields.pop("title", None)  # a page title above the lead is the page's headline
            result.take("title", LABEL.sub("", title) if kind == "Công văn" else title, why)
        act = _ACT.search(text[m.end() :].split(". ", 1)[0]) if not about else None
        if act:  # "…, Chủ tịch UBND tỉnh đã điều chỉnh …" under the headline "Điều chỉnh thời gian treo cờ …"
            named_by_headline(result, lines[:i], act.group("act"))
        opens = _OPENS.match(sentence) if m.group("closes") else None
        if opens and not result.fields.get("issuer"):
            page = lead_context(lines)
            body = re.sub(r"\bUBND\b", "Ủy ban nhân dân", written_out(opens.group("body")))  # "Văn phòng UBND tỉnh"
            issuer = lead_issuer(result, body, sentence, page)
            if issuer:
                result.take("issuer", issuer, why)
        return
