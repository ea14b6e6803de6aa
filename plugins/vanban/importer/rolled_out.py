"""A news page about a document being rolled out: "Sáng ngày 7/5/2013, tại UBND xã X, Ban tổ chức … triển khai kế
hoạch số: 22/KH-UBND của Ủy ban nhân dân xã X về việc tổ chức …" under the headline "XÃ X TRIỂN KHAI KẾ HOẠCH …".

The page's document is the one the lead says is rolled out ("triển khai", "quán triệt", "phổ biến"), when the
headline names its type too: its number, type, owner ("của …") and "về …" subject are the citation's. The day that
opens the sentence is the day of the meeting, never the document's; only a date written after the number is. A
document the lead carries out ("Thực hiện …", "Căn cứ …") is cited, never the page's. Read only on a page with no
number or date of its own (nor another issuer); every value is reported as unsure.
"""

from __future__ import annotations

import re

from ..citations import extract
from ..text import fold
from .issuer import written_out
from .lead import LEAD_LINES, WHY
from .lines import Block
from .paragraphs import page_lines
from .result import ImportResult

_ROLLED_OUT = re.compile(r"\b(?:triển khai|quán triệt|phổ biến)\s+(?=\S)", re.I)


def read_rolled_out(result: ImportResult, blocks: list[Block]) -> None:
    """Fill number, type, issuer and trích yếu from a lead that rolls out a numbered document its headline names."""
    if any(result.fields.get(k) for k in ("number", "date")):
        return
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES * 2)):  # under a headline a PDF wrapped over lines, twice
        text = " ".join(lines[i : i + 4])  # "… triển khai kế hoạch số:" / "22/KH-UBND của …": the line may end anywhere
        for m in _ROLLED_OUT.finditer(text, 0, len(lines[i])):
            before = re.split(r"[.!?;]\s", (lines[i - 1] + " " if i else "") + text[: m.start()])[-1]
            if re.search(r"\b(?:về|việc|để|nhằm)\s*$", before) or extract(before).citations:
                continue  # "… Kế hoạch số 84-KH/TU về triển khai Kế hoạch số 19-KH/VPTW …": the subject of another
            cited = next(iter(extract(text[m.end():]).citations), None)
            if (cited is None or not cited.type or not cited.issuer or not cited.occurrences
                    or cited.occurrences[0].start > 2):
                continue
            headline = [fold(line).lower() for line in lines[:i]]
            if not any(fold(cited.type).lower() in line for line in headline):
                return  # no headline names the document: a meeting's news, whose documents are cited
            owner = written_out(cited.issuer)
            if result.fields.get("issuer") not in (None, "", owner):
                return  # the page names another body as its own
            subject = cited.subject or ""
            said = re.search(r"\b(về việc|về)\s+" + re.escape(subject[:20]), text[m.end():], re.I) if subject else None
            title = f"{said.group(1)} {subject}" if said and cited.type != "Công văn" else subject
            values = {"number": cited.number, "type": cited.type, "issuer": owner,
                      "date": cited.date.isoformat() if cited.date else "", "title": title}
            result.fields.pop("title", None)  # the headline is the page's news
            for key, value in values.items():
                if value:
                    result.take(key, value, f"{WHY}: “{text[m.start():m.end() + 160].strip()} …”")
            if not cited.date:
                result.missing.append(("date", "lời dẫn không ghi ngày ban hành (ngày đầu câu là ngày triển khai)"))
            return
