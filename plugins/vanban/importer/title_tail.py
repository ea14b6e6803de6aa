"""What a trích yếu read off a flattened or hard-wrapped copy ran on into, and how a copy spaced a number in it.

A Word file whose body is hard-wrapped ("Thi" / "hành Luật …"), a PDF's text layer or a portal's line joins the
trích yếu to what stands under it. Two runs-on are the copy's, never the document's words, so they are cut:

- the preamble's next sentence ("… viên chức Thi hành Nghị định số 204/2004/NĐ-CP …", "TUYỂN SINH … 2025 - 2026 Căn
  cứ vào số 52/2020/TT-BGDĐT …"): a capital "Thi hành", "Căn cứ" after a word opens the body (ND 30: the grounds
  stand under the trích yếu); a trích yếu that IS such a basis ("Theo quyết định số 168-CP …, Hội đồng Chính phủ đã
  …;", a copy that lost the trích yếu line) is none, left empty and reported;
- a document site's counters and loading line ("… mầm non 60 5.3K 18 CHĂM SÓC … Đang tải... (xem toàn văn) …").

A cited number's spaces ("Nghị định số 73 /2002/NĐ-CP", "11/ 1999/ NĐ-CP") are the copy's: the number is written
whole, as the document cites it elsewhere and as every label writes it. Each change is noted; linear in the title.
"""

from __future__ import annotations

import re

from ..glossary import TYPE_NAMES
from .result import ImportResult

_TYPES = "|".join(sorted({re.escape(n.lower()) for n in TYPE_NAMES}, key=len, reverse=True))
# "… viên chức Thi hành Nghị định …": a capital opener after a word (its own "cứ", "hành" in lower case).
_PREAMBLE_ON = re.compile(r"(?<=[^\W_])\s+(?:Thi hành|Căn cứ)\s+\S.*$")
_BASIS_ONLY = re.compile(rf"^(?:Theo|Căn cứ|Thi hành)\s+(?i:{_TYPES})\s+số\s+\d")  # "Theo quyết định số 168-CP …"
_SITE_ON = re.compile(r"(?:\s+\d{1,3}(?:[.,]\d+)?[KkMm]?(?:\s+\d+(?:[.,]\d+)?[KkMm]?)+\b.*?)?\s+Đang tải\b.*$")
_SPACED_NUMBER = re.compile(r"\b(\d{1,5})\s*/\s*(\d{4})\s*/\s*(?=[A-ZĐ]{2})")


def trim_title_tail(result: ImportResult, title: str) -> str:
    """*title* without what a copy ran it on into (notes say what was cut); "" when it is the preamble's basis."""
    if _BASIS_ONLY.match(title):
        result.notes.append(f"trích yếu đọc được là căn cứ của phần mở đầu (“{title[:60]}…”): không phải trích yếu")
        return ""
    cut = _SITE_ON.sub("", _PREAMBLE_ON.sub("", title))
    if cut != title:
        result.notes.append(f"trích yếu: bỏ phần bản sao viết liền sau nó (“{title[len(cut):].strip()[:60]}…”)")
    return _SPACED_NUMBER.sub(r"\1/\2/", cut)
