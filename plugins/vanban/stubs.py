"""What a stub page (a cited document the collection does not hold) says about itself.

Its fields come from the citers: the most complete description, trimmed where the cited document's
description ends; citers that disagree on the date or the issuer are listed, never silently
resolved; an owner that could not be placed is said in words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from .dates import PartialDate
from .documents import Document
from .issuers import issuer_key
from .text import fold


@dataclass
class StubInfo:
    """What the citers of one stub say of it, gathered while the graph is built."""

    number: str
    types: Counter[str] = field(default_factory=Counter)
    dates: Counter[PartialDate] = field(default_factory=Counter)
    issuers: Counter[str] = field(default_factory=Counter)
    subjects: Counter[str] = field(default_factory=Counter)
    citers: list[str] = field(default_factory=list)
    first_line: int = 1  # where the first citer cites it, for warnings
    scope: str | None = None  # owner locality of a local number; "?<citer>" when it cannot be placed
    cited_from: str = ""  # the place (as written) that settled *scope* when the issuer names none
    cited_province: str = ""  # the province (as written) in *scope*, from the citation or its citer
    dates_by_citer: dict[str, PartialDate] = field(default_factory=dict)



_TRAILING_CITATION = re.compile(r"[ \t]*[-–;,][ \t]*(?:[A-ZĐ][^\W\d_]*[ \t]+){1,3}số[ \t]+\d.*$")
_QUOTES = {"“": "”", "«": "»", '"': '"'}


def stub_title(subjects: Counter[str]) -> str:
    """A stub's trích yếu: the description most citers give (the longest of those: the most complete;
    a longer one alone often runs on into the citer's own sentence), trimmed at the end of the cited
    document's description ("… 2030. - Hướng dẫn số 92-HD/BTGTU …" → "… 2030"), without doubled end
    marks and with its quotes balanced."""
    if not subjects:
        return ""
    title = max(subjects, key=lambda s: (subjects[s], len(s)))
    title = _TRAILING_CITATION.sub("", title).rstrip(" .;,:-–")
    for opening, closing in _QUOTES.items():
        if opening == closing:
            if title.count(opening) % 2:
                title = title.replace(opening, "", 1) if title.startswith(opening) else title[::-1].replace(opening, "", 1)[::-1]
        elif title.count(opening) > title.count(closing):
            title += closing * (title.count(opening) - title.count(closing))  # "về “Một số …" runs to the end
        elif title.count(opening) < title.count(closing):
            title = title.replace(closing, "")
    return title.strip()


def stub_notes(info: StubInfo, documents: Mapping[str, Document]) -> tuple[str, ...]:
    """What a stub page says about itself beyond its fields: an owner that could not be placed, and
    citers that disagree (listed, not silently resolved)."""
    notes: list[str] = []

    def label(doc_id: str) -> str:
        doc = documents.get(doc_id)
        return doc.label if doc is not None else doc_id

    if info.scope is not None and info.scope.startswith("?"):
        notes.append(f"Văn bản trích dẫn không ghi rõ số {info.number} của cơ quan, địa phương nào; "
                     "trang này chỉ ghi theo " + ", ".join(label(c) for c in info.citers) + ".")
    if len(info.dates) > 1:
        notes.append("Các văn bản trích dẫn ghi khác nhau về ngày ban hành: " + "; ".join(
            f"{date.vietnamese()} (theo {label(citer)})" for citer, date in info.dates_by_citer.items()) + ".")
    keys = sorted({fold(issuer_key(i)) for i in info.issuers}, key=len)
    if any(not any(a in b for b in keys[k + 1 :]) for k, a in enumerate(keys[:-1])):  # not one within another
        notes.append("Các văn bản trích dẫn ghi khác nhau về cơ quan ban hành: " + "; ".join(info.issuers) + ".")
    return tuple(notes)


def most_common(counter: Counter[str]) -> str:
    return counter.most_common(1)[0][0] if counter else ""
