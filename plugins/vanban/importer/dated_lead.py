"""A lead that dates a document it gives no number for: "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn
hỏa tốc về việc chủ động ứng phó với Bão số 9 (RAGASA)."

A relayed Party letter or an urgent letter is often reported without its number. The day that opens a sentence
saying the body *issued* (or signed) it is the day it was issued, as in a numbered lead (``lead``); the type, the
"về …" subject and the body follow. A day without its year gives no date; a body without its locality ("Tỉnh ủy",
"UBND tỉnh") takes the one place of its level the sentence or the page names, else is kept as written. Read only on a
page with no number, date or issuer of its own; every value is reported as unsure.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ..glossary import TYPE_NAMES, type_named
from ..text import collapse_space
from .issuer import written_out
from .lead import LABEL, LEAD_LINES, WHY
from .lead_place import lead_issuer
from .lead_subject import RUN_ON
from .lines import Block
from .paragraphs import page_lines, paragraph
from .patterns import UPPER_MARKED
from .result import ImportResult

_TYPES = "|".join(sorted((re.escape(n) for n in TYPE_NAMES), key=len, reverse=True))
_BODY = (r"(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Ban|Sở|Bộ|Cục|Tổng cục|Chủ tịch|Thường trực|Tỉnh ủy|Tỉnh uỷ|Thành ủy|"
         r"Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Trung ương|Văn phòng)\s[^,;:.()\d]{2,100}?")
# "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc …"; "Chiều nay ngày 26/3/2020, thay mặt
# Ban Thường vụ Tỉnh ủy, Phó Bí thư … đã ký công văn hỏa tốc gửi … về việc …"
_DATED = re.compile(
    r"\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+nay)?(?:\s+ngày)?\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{4}))?\s*,\s*(?:[Tt]hay mặt\s+(?P<behalf>" + _BODY + r")\s*,[^.;]{0,160}?|(?P<body>" + _BODY
    + r"))\s+(?:đã\s+|vừa\s+)?(?:ký\s+)?(?:ban hành\s+|có\s+)?(?P<type>(?i:" + _TYPES + r"))(?:\s+(?:hỏa tốc|hoả tốc|khẩn|"
    r"thượng khẩn))?(?!\s+số\b)(?:\s+gửi\s[^.;]{3,300}?)?\s+(?P<about>về việc|về|V/v)\s+(?P<title>[^.]{5,400}?)"
    r"\s*(?:\.(?:\s|$)|$|,?\s*(?:với\s+)?(?:(?:các|những)\s+)?(?:nội dung\s+)?(?:cụ thể|như sau|chủ yếu)(?:\s+như sau)?\s*:\s*$)")


def _first_lead(blocks: list[Block], find: Callable[[str], re.Match[str] | None]
                ) -> tuple[re.Match[str], str, str] | None:
    """The first lead paragraph among the page's opening lines that *find* matches: (the match, the paragraph, the
    page's opening), else None."""
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES)):
        text = paragraph(lines, i, LEAD_LINES)  # a PDF wraps a lead over lines
        m = find(text)
        if m is not None:
            return m, text, "\n".join(lines[: LEAD_LINES * 2])
    return None


def _issued(m: re.Match[str]) -> datetime.date | None:
    """The day of a lead's ``d``/``m``/``y`` groups, None without a year; ValueError for a day that does not exist."""
    return datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m.group("y") else None


def _take(result: ImportResult, m: re.Match[str], values: dict[str, str]) -> None:
    """Take the lead's non-empty *values*, each reported as read from the lead *m*; a headline read before gives
    way (a page title above the lead is the page's news)."""
    why = f"{WHY}: “{collapse_space(m.group(0)).strip(' .')}”"
    result.fields.pop("title", None)
    for key, value in values.items():
        if value:
            result.take(key, value, why)


def dated_lead_at(blocks: list[Block]) -> int:
    """The paragraph of the page's first dated lead with no number, else the number of paragraphs: a dated sentence
    after it ("Ngày 29/11/2017, UBND thành phố ban hành Quyết định số 6195/QĐ-UBND …" under "Ngày 03/4, UBND thành phố
    đã có báo cáo về kết quả thực hiện Quyết định số 6195/QĐ-UBND …") tells the story behind the page's document."""
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES)):
        if _DATED.search(paragraph(lines, i, LEAD_LINES)):
            return i
    return len(lines)


def read_dated_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Fill type, date, trích yếu and issuer from a dated lead with no number (see the module's docstring)."""
    if any(result.fields.get(k) for k in ("number", "date", "issuer")):
        return
    found = _first_lead(blocks, _DATED.search)
    if found is None:
        return
    m, text, page = found
    try:
        issued = _issued(m)
    except ValueError:
        return
    kind = type_named(m.group("type")) or m.group("type")
    title = RUN_ON.split(m.group("title"), maxsplit=1)[0].strip(" .,")
    if kind != "Công văn":  # a công văn's "về việc" is its label; any other type keeps the lead's words
        title = f"{m.group('about')} {title}"
    issuer = lead_issuer(result, written_out(m.group("behalf") or m.group("body")), text, page)
    _take(result, m, {"type": kind, "date": issued.isoformat() if issued else "", "title": title, "issuer": issuer})
    if not issued:
        result.missing.append(("date", "lời dẫn chỉ ghi ngày và tháng, không ghi năm"))


# "QTO - Quyết định 55/QĐ-BXD năm 2025 hướng dẫn tiêu chí nhà tạm, nhà dột nát do Bộ trưởng Bộ Xây dựng ban hành ngày
# 20/1/2025.": a lead that names the document first, its subject after the number, the body and the day after "do".
_PASSIVE = re.compile(
    r"^(?:\(?[A-ZĐ]{2,8}\)?\s*[-–—]\s*)?(?P<type>(?i:" + _TYPES + r"))\s+(?:số\s+)?(?P<number>\d[^\s,;()]*/[^\s,;()]*[^\W_])"
    r"(?:\s+năm\s+\d{4})?\s+(?P<title>[^.;]{5,400}?)\s+do\s+(?P<body>[^.;,()]{3,120}?)\s+(?:ký\s+)?ban hành"
    r"(?:\s+(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}))?\s*(?:[.;]|$)")


def read_passive_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Fill number, type, issuer, date and trích yếu from a lead "<Type> <number> [năm …] <subject> do <body> ban
    hành ngày …" (a legal news site's opening); a headline's type or trích yếu read before it gives way."""
    if any(result.fields.get(k) for k in ("number", "date", "issuer")):
        return
    found = _first_lead(blocks, lambda text: _PASSIVE.match(collapse_space(text)))
    if found is None:
        return
    m, text, page = found
    try:
        issued = _issued(m)
    except ValueError:
        return
    issuer = lead_issuer(result, written_out(m.group("body")), text, page)
    kind = type_named(m.group("type")) or m.group("type")
    title = RUN_ON.split(m.group("title"), maxsplit=1)[0].strip(" .,")
    _take(result, m, {"number": m.group("number"), "type": kind, "date": issued.isoformat() if issued else "",
                      "title": title, "issuer": issuer})


# "Đó là nội dung trong Kế hoạch tổ chức Ngày chạy Olympic … năm 2017 vừa được UBND tỉnh ban hành.", "… tại Thông tư
# số 28/2020/TT-BGDĐT về Điều lệ trường Tiểu học mà Bộ GD&ĐT vừa công bố …": the document named first, then who issued
# it in a relative clause; "Tại Quyết định số 362-QĐ/TTg ngày 3-4, Thủ tướng Chính phủ Nguyễn Xuân Phúc ký phê duyệt
# Quy hoạch …": the document first, then the body that signs what it does.
_RELATIVE = re.compile(
    r"(?:^|\b(?:trong|tại|theo)\s+)(?P<type>" + _TYPES + r")(?:\s+số\s+(?P<number>\d[^\s,;()]*/[^\s,;()]*[^\W_]))?"
    r"\s+(?P<title>[^.;]{5,400}?)\s+(?:(?:vừa|mới|đã)\s+)?(?:được|mà|do)\s+(?P<body>" + _BODY + r")\s+"
    r"(?:(?:vừa|mới|đã)\s+)?(?:ký\s+)?(?:ban hành|công bố)\b")
_SIGNED_AT = re.compile(
    r"^\s*(?:[Tt]ại|[Tt]heo)\s+(?P<type>" + _TYPES + r")\s+số\s+(?P<number>\d[^\s,;()]*/[^\s,;()]*[^\W_])"
    r"(?:\s+ngày\s+[\d/.-]+)?\s*,\s*(?P<body>Thủ tướng Chính phủ|" + _BODY + r")\s+(?:(?:[A-Z" + UPPER_MARKED + r"][^\s,.;:()]*\s+){2,4})?"
    r"(?:đã\s+|vừa\s+)?ký\s+(?:ban hành\s+)?(?P<title>(?:phê duyệt|ban hành|quy định|công nhận|thành lập)\s[^.;]{5,400}?)"
    r"\s*(?:[.;]|$)")


def read_relative_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Fill type, trích yếu, issuer and the number when given from a lead naming the document before who issued it
    (see ``_RELATIVE``, ``_SIGNED_AT``); never a date (the day such a lead gives, without a year, is none)."""
    if any(result.fields.get(k) for k in ("number", "date", "issuer")):
        return
    found = _first_lead(blocks, lambda text: _SIGNED_AT.match(text) or _RELATIVE.search(text))
    if found is None:
        return
    m, text, page = found
    kind = type_named(m.group("type")) or m.group("type")
    body = m.group("body")
    body = "Thủ tướng Chính phủ" if body.startswith("Thủ tướng") else body
    issuer = lead_issuer(result, written_out(body), text, page)
    title = RUN_ON.split(m.group("title"), maxsplit=1)[0].strip(" .,")
    if kind == "Công văn":
        title = LABEL.sub("", title)
    _take(result, m, {"number": m.group("number") or "", "type": kind, "title": title, "issuer": issuer})
