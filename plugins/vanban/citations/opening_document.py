"""A news paragraph that opens with the document it presents: "Tại / Trong / Theo <type> số …, <body> …" (rule 5 of
:mod:`.identity`, read by :mod:`.leads` beside its issuing-verb leads).

"Tại Công văn số 4079/UBND-KT, UBND tỉnh đề nghị …", "Theo Quyết định số 162/QĐ-BYT, Bộ Y tế ban hành tài liệu …": the
paragraph names the document first and then what its body does by it, so the page presents that document; its number
is the page's own.  Not one of several paragraphs opening so (a news item about several documents), not a number that
goes on with "của …" (another body's document), and after "Theo" only a body acting (a capitalised name), never a
retelling of what a document says ("Theo Quyết định số …, việc tiến hành …").
"""

from __future__ import annotations

import re

from .numbers import scan_number
from .ownnumber import SO_GAP
from .tails import DATE_TAIL
from .vocabulary import GAP, NOT_AFTER, TYPE_ALT

__all__ = ["BRACKET", "OPENED_WITH", "opened_with"]

# The number may stand in brackets after its type word: "Thủ tướng đã có Công văn (số 73/TTg-CN) chỉ đạo …".
BRACKET = r"(?:\([ \t]*(?=số))?"
# How far a number's date may run ("ngày 19 tháng 8 năm 2025")
DATE_REACH = 40
# The purpose the paragraph states first, up to the comma right before "tại" ("Nhằm chủ động ứng phó với mưa lớn, lũ …
# trên địa bàn tỉnh, tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị …", heldout24 h24-01): the lead
# below opens its paragraph after it, as a lead after "Để …" does (:mod:`.leads`)
_PURPOSE_FIRST = r"(?:Nhằm|Để)(?:[^.!?\n]|\n(?![ \t]*\n)){1,240}?,[ \t\n]*"  # a hard wrap inside, no blank line
# "Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu …", "Tại Công văn số
# 4079/UBND-KT, UBND tỉnh đề nghị …", "Theo Quyết định số 162/QĐ-BYT, Bộ Y tế ban hành …" (a body acting by it:
# :func:`_actor_at`): a paragraph that opens with the document, a comma and what its body does presents
# it; not one of several paragraphs opening so (a news item about several documents: "Tại Quyết định số 327-QĐ/TW, Bộ
# Chính trị …" and then "Tại Quyết định số 326-QĐ/TW, …"), nor one whose number goes on with "của …" (another body's).
OPENED_WITH = re.compile(
    rf"(?m)^[ \t>*#_|]*(?:{_PURPOSE_FIRST})?(?:Trong|Tại|(?P<theo>Theo))(?:{GAP}nội{GAP}dung)?{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}"
    rf"{GAP}{BRACKET}(?P<so>số{SO_GAP})",
    re.IGNORECASE,
)
# A news item's day without its year after the number ("Theo Quyết định số 1414/QĐ-UBND ngày 20/5, UBND tỉnh Hà Tĩnh
# quyết định …", tracking tuning t07; "Tại Quyết định số 362-QĐ/TTg ngày 3-4, Thủ tướng …", import dev14 d09)
_DAY_MONTH = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]+\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)", re.IGNORECASE)
# After "Theo <type> số …," the body that acts by it, named with a capital ("Theo Quyết định số 162/QĐ-BYT, Bộ Y tế ban
# hành tài liệu …", heldout36 h36-13; "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh
# …", import tuning4 w21): the paragraph presents the document by which the body acts; "Theo Quyết định số …, việc …"
# (heldout19 h19-10) retells what a document says, no body acting, and "Theo Kế hoạch số … của Bộ …, …" names another
# body's document (no comma right after the number)
_BEFORE_ACTOR = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?")


def opened_with(w: str, found: re.Match[str]) -> bool:
    """Whether the paragraph :data:`OPENED_WITH` *found* presents its document: a comma after the number (and its
    date: "Tại Công văn số 8501/UBND-TH ngày 19/8/2025, Phó Chủ tịch … giao …") and no other paragraph opening so."""
    scan = scan_number(w, found.end())
    if scan is None or not scan.structured:
        return False
    dated = DATE_TAIL.match(w, scan.end, scan.end + DATE_REACH) or _DAY_MONTH.match(w, scan.end, scan.end + DATE_REACH)
    rest = w[dated.end() if dated is not None else scan.end :][:6].lstrip(" \t")
    if "(" in w[found.end("type") : found.start("so")]:
        rest = rest.removeprefix(")").lstrip(" \t")  # "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), …"
    if not rest.startswith(","):
        return False
    comma = w.find(",", dated.end() if dated is not None else scan.end)
    if found.group("theo") and not _actor_at(w, comma + 1):
        return False
    return not any(
        not other.group("theo") or _opened_with_actor(w, other) for other in OPENED_WITH.finditer(w, found.end())
    )


def _opened_with_actor(w: str, found: re.Match[str]) -> bool:
    """Whether the "Theo …" paragraph *found* goes on after its number's comma with a body acting (:func:`_actor_at`)."""
    scan = scan_number(w, found.end())
    if scan is None:
        return False
    comma = w.find(",", scan.end, scan.end + DATE_REACH + 4)  # after its date, if any
    return comma >= 0 and _actor_at(w, comma + 1)


def _actor_at(w: str, pos: int) -> bool:
    """Whether a body named with a capital starts at *pos*, after blanks and perhaps a bracket (:data:`_BEFORE_ACTOR`)."""
    at = _BEFORE_ACTOR.match(w, pos)
    return at is not None and w[at.end() : at.end() + 1].isupper()
