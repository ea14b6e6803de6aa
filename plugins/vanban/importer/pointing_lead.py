"""A news lead that points back at its headline: "Đó là <what> tại/trong <document>".

"(Quang Binh Portal) - Đó là thông tin tại Quyết định số 1632/QĐ-UBND ngày 22/5/2020 của UBND tỉnh về việc …",
"Đó là nội dung chính trong Văn bản số 822/UBND-KTN vừa được UBND tỉnh ban hành …", "(HNMO) – Đó là đề xuất của Bộ
trưởng Bộ Xây dựng … tại công văn số 2014 /BXD-PTĐT ngày 8/10/2008.": the page's headline tells the news and its
first sentence says which document the news is from. The document named there, by its number, is the page's own:
its number, type and date as the reference gives them, the issuer the sentence names ("của UBND tỉnh" after the
number, "vừa được UBND tỉnh ban hành", or the office that proposes it, "đề xuất của Bộ trưởng Bộ Xây dựng …"), a
trích yếu only when "về …" follows the reference. Read only on a page where nothing else gave a number, type, issuer
or date (no header, no other lead); every value is reported as unsure, as every lead's.
"""

from __future__ import annotations

import re

from ..citations import extract
from ..text import collapse_space
from .issuer import written_out
from .lead import LEAD_LINES, first_cited, take_lead
from .lead_subject import about_kept, lead_subject
from .lines import Block
from .office_holder import office_holder
from .paragraphs import page_lines, paragraph
from .result import ImportResult

# "Đó là thông tin tại …", "– Đó là đề xuất của … tại công văn số …", "Đó cũng là nội dung trong Kế hoạch số …": the
# sentence opens the lead (or follows a paper's tag, a dash, a bracket) and names a document with its number.
_POINTING = re.compile(r"(?:^|[.!?)]\s+|[-–—]\s*)Đó\s+(?:cũng\s+|chính\s+)?là\s+(?P<what>[^.;:!?]{2,200}?)\s+"
                       r"(?:tại|trong)\s+(?=\S)")
# "… vừa được UBND tỉnh ban hành": the body a passive lead names after the reference
_PASSIVE = re.compile(r"^\s*(?:(?:vừa|đã|mới)\s+)?được\s+(?P<body>[^.;:,()]{3,100}?)\s+(?:ký\s+)?ban hành\b")
# "đề xuất của Bộ trưởng Bộ Xây dựng Nguyễn Hồng Quân gửi Thủ tướng Chính phủ": whose the pointed-at content is
_WHOSE = re.compile(r"\bcủa\s+(?P<body>[^.;:,()]{3,120}?)(?:\s+(?:gửi|tới|về|cho)\s|$)")
_ABOUT = re.compile(r"^\s*(?:,\s*)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?\s*)?"
                    r"(?:của\s+[^.;:,()]{3,100}?\s+)?(?P<about>(?:về việc|về|V/v)\s+.+?)(?:\.(?:\s|$)|$)")


def read_pointing_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Fill *result* from a lead pointing back at its headline ("Đó là … tại Quyết định số …"), when nothing else
    named the document (see the module's docstring)."""
    if any(result.fields.get(k) for k in ("number", "type", "issuer", "date")):
        return
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES)):
        text = paragraph(lines, i, LEAD_LINES)
        m = _POINTING.search(text)
        if m is None:
            continue
        after = text[m.end():]
        cited = first_cited(extract(after).citations, 0, 16, after)
        if cited is None:
            continue
        end = cited.occurrences[0].end if cited.occurrences else 0
        rest = after[end:]
        issuer, signer = cited.issuer or "", ""
        clause = text[m.start():m.end() + end]  # the lead's own words up to the reference: no addressees, no chrome
        if not issuer and (passive := _PASSIVE.match(rest)):
            issuer = passive.group("body")
            clause += passive.group(0)
        if not issuer and (whose := _WHOSE.search(m.group("what"))):
            held = office_holder(collapse_space(whose.group("body")))  # "Bộ trưởng Bộ Xây dựng Nguyễn Hồng Quân"
            issuer, signer = held if held else (whose.group("body"), "")
        about = _ABOUT.match(rest)
        title = about_kept(lead_subject(cited, about.group("about") if about else "", rest), text) if about else ""
        take_lead(result, cited.number, cited.type or "", cited.date, title, written_out(issuer) if issuer else "",
                  clause)
        if signer:
            result.take("signer", signer, f"lời dẫn nói văn bản là đề xuất của “{signer}”")
        if cited.date is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành"))
        return
