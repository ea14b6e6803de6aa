"""Party numbers run per term: "29-NQ/TW" of 2013 (khóa XI) is not "29-NQ/TW" of 2022 (khóa XIII).

A Party committee numbers its documents afresh each term (nhiệm kỳ), so a dated Party number is keyed with its year
(:func:`vanban.owners.cite_key`), as a State administrative number is. Most citations of a well-known resolution
leave the date out ("Nghị quyết số 57-NQ/TW về …"): such an undated citation joins the one dated document of its
number, unless what it describes disagrees with what that document's citers describe — a site built from 702 real
originals showed the 2013 resolution "về đổi mới căn bản, toàn diện giáo dục và đào tạo" under the 2022 one's date
and title. Where the number has documents of two years and the description does not choose one, or where it
disagrees with the only one, the undated citation stays apart and is reported: a wrong link is worse than none.

A citation never means a document issued after the document that cites it: a Bộ Chính trị resolution of 2012 that
reviews "10 năm thực hiện Nghị quyết 15-NQ/TW" means the resolution of 2000, never the 2022 one of that number (the
702-original site had joined them). Such an undated citation stays apart as well, whatever its description says.

Descriptions agree when, of the shorter one's pairs of neighbouring words, half are in the other: "về đột phá phát
triển khoa học, công nghệ" agrees with "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
số quốc gia"; the two 29-NQ/TW share only "công nghiệp hóa, hiện đại hóa". A description of fewer than three pairs
says too little to disagree.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, MutableMapping
from itertools import pairwise

from .citations import parse_number
from .dates import PartialDate
from .documents import Document
from .owners import YEAR_IN_KEY, absorb
from .stubs import StubInfo
from .text import fold

__all__ = ["agree", "cited_by_then", "describe_apart", "describe_later", "earliest_citer", "issued", "join_undated",
           "unlike_held"]

_WORD = re.compile(r"[^\W\d_]+")
_LEAD = {"ve", "viec", "v/v"}


def _pairs(subject: str) -> frozenset[tuple[str, str]]:
    words = _WORD.findall(fold(subject).lower())
    while words and words[0] in _LEAD:
        words = words[1:]
    return frozenset(pairwise(words))


def _said(subjects: Counter[str]) -> list[frozenset[tuple[str, str]]]:
    return [p for p in (_pairs(s) for s in subjects) if len(p) >= 3]


def agree(one: Counter[str], other: Counter[str]) -> bool:
    """Whether two stubs' citers describe one document (or say too little to tell)."""
    a, b = _said(one), _said(other)
    if not a or not b:
        return True
    return any(len(x & y) * 2 >= min(len(x), len(y)) for x in a for y in b)


def issued(doc: Document) -> PartialDate | None:
    """When a document was issued, as far as known: its date, else the year its number carries."""
    return doc.date or (PartialDate(doc.year) if doc.year else None)


def earliest_citer(info: StubInfo, dates: Mapping[str, PartialDate | None]) -> PartialDate | None:
    """When the earliest of a stub's citers whose date is known was issued (*dates*: document id → :func:`issued`),
    None when none is known.  The earliest: every citer of one stub must have been able to read the document meant
    (a later citer of the same undated number does not make it readable to an earlier one)."""
    known = [d for citer in info.citers if (d := dates.get(citer)) is not None]
    return min(known, key=PartialDate.end_value) if known else None


def cited_by_then(when: PartialDate | None, earliest: PartialDate | None) -> bool:
    """Whether a document issued *when* can be the one meant by citers the earliest of which was issued *earliest*:
    not when it was surely issued after it (2022 after 2012; 10/05/2025 after 01/02/2025; 2025 is not after
    01/02/2025)."""
    return when is None or earliest is None or when.sort_value() <= earliest.end_value()


def join_undated(stubs: MutableMapping[str, StubInfo], dates: Mapping[str, PartialDate | None] | None = None
                 ) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Puts each undated Party citation's stub with the dated one of its number it describes and its citers could
    have read (*dates*: citer id → :func:`issued`; :func:`cited_by_then`); returns the keys merged (→ the key kept)
    and the keys kept apart (→ the years of the dated ones)."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for key, info in stubs.items():
        parts = parse_number(info.number)
        if parts is not None and parts.system == "party":
            by_base[YEAR_IN_KEY.sub("", key, count=1)].append(key)
    merged: dict[str, str] = {}
    apart: dict[str, list[str]] = {}
    for keys in by_base.values():
        dated = [k for k in keys if YEAR_IN_KEY.search(k)]
        undated = [k for k in keys if not YEAR_IN_KEY.search(k)]
        if not dated or not undated:
            continue
        for key in undated:
            earliest = earliest_citer(stubs[key], dates or {})
            fits = [k for k in dated if agree(stubs[key].subjects, stubs[k].subjects)
                    and cited_by_then(_year_of(k), earliest)]
            if len(fits) == 1 and (len(dated) == 1 or _said(stubs[key].subjects)):
                absorb(stubs[fits[0]], stubs.pop(key))
                merged[key] = fits[0]
            else:
                apart[key] = sorted({m.group(1) for k in dated if (m := YEAR_IN_KEY.search(k))})
    return merged, apart


def _year_of(key: str) -> PartialDate | None:
    found = YEAR_IN_KEY.search(key)
    return PartialDate(int(found.group(1))) if found else None


def unlike_held(key: str, info: StubInfo, held_title: str) -> bool:
    """An undated Party citation whose description disagrees with the held document of its number: no link."""
    parts = parse_number(info.number)
    return (parts is not None and parts.system == "party" and not YEAR_IN_KEY.search(key)
            and not agree(info.subjects, Counter([held_title])))


def describe_apart(number: str, years: list[str]) -> tuple[str, str, str]:
    """The warning, its fix and the stub page's note for an undated citation kept apart."""
    which = f"năm {years[0]}" if len(years) == 1 else "các năm " + ", ".join(years)
    why = "với trích yếu khác" if len(years) == 1 else "mà trích yếu không cho biết là văn bản nào"
    what = (f"số {number} được trích dẫn không ghi ngày, mà có văn bản cùng số {which} {why}; số văn bản của Đảng "
            "đánh lại theo từng nhiệm kỳ: tách thành trang riêng, không gộp")
    fix = f"ghi ngày ban hành trong câu trích dẫn (“… số {number} ngày …”)"
    note = (f"Văn bản trích dẫn số {number} không ghi ngày ban hành; có văn bản cùng số {which} {why} (số văn bản "
            "của Đảng đánh lại theo từng nhiệm kỳ), nên trang này không gộp với văn bản đó.")
    return what, fix, note


def describe_later(number: str, whens: list[str], earliest: PartialDate) -> tuple[str, str, str]:
    """The warning, its fix and the stub page's note for an undated citation whose documents of its number were issued
    after every citer (:func:`cited_by_then`; *whens*: when each was issued, as said: "năm 2022", "ngày 10/05/2025"):
    not linked, not joined."""
    which, then = ", ".join(whens), earliest.vietnamese()
    what = (f"số {number} được trích dẫn không ghi ngày trong văn bản ban hành {then}, mà văn bản cùng số ({which}) ban "
            "hành sau văn bản trích dẫn nên không thể là văn bản được nói đến: tách thành trang riêng, không gộp")
    fix = f"ghi ngày ban hành trong câu trích dẫn (“… số {number} ngày …”)"
    note = (f"Văn bản trích dẫn số {number} (ban hành {then}) không ghi ngày ban hành; văn bản cùng số ({which}) ban "
            "hành sau văn bản trích dẫn, nên trang này không gộp với văn bản đó.")
    return what, fix, note
