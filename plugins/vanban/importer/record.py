"""A document library's or portal's record of a document in one line, on a page without a header.

"QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 (11/07/2012 )", "Công văn Số:
3682/BVHTTDL-VP ngày 08 tháng 10 năm 2013 Về việc treo cờ rủ …": the type, the body after "của", the number, the
day and the words after "về". The header reader sees only a "Số" in it (what stands before it becomes the issuer,
what follows the trích yếu); this reads the line whole. A record headed by its number alone ("4360/BVHTTDL-VP")
gives the number. The old gazette's heading in capitals ("THÔNG TƯ" / "CỦA BỘ THỦY SẢN SỐ 02/2005/TT-BTS NGÀY 26 THÁNG
9 NĂM 2005 HƯỚNG DẪN …") is such a line, its trích yếu the rest of the capitals. Every value taken is reported as unsure.
"""

from __future__ import annotations

import datetime
import re
from itertools import takewhile

from ..citations import number_key
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .casing import recase_issuer
from .issuer import written_out
from .lines import Block, Line
from .patterns import is_upper
from .result import ImportResult
from .type_code import type_from_number

RECORD_LINES = 6
_TYPES = "|".join(sorted((re.escape(n) for n in TYPE_NAMES), key=len, reverse=True))
_RECORD = re.compile(r"^(?P<type>" + _TYPES + r")\s+(?:của\s+(?P<body>[^()]{3,120}?)\s+)?số\s*:?\s*(?P<number>\d\S*)\s+"
                     r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\s*"
                     r"(?:\(\s*[\d/.\s]+\)(?:\s+\S.*)?|(?P<about>(?:V/v|về việc|về)\s+.+)|(?P<heading>\S.+))?$", re.I)
_LONE_NUMBER = re.compile(r"^\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ&.\-]*(?:-[A-ZĐ][A-ZĐa-zđ&.]*)*$")


def _lines(blocks: list[Block]) -> list[str]:
    return [collapse_space(b.text) for b in blocks[: RECORD_LINES * 3] if isinstance(b, Line) and b.text.strip()]


def read_record_line(result: ImportResult, blocks: list[Block]) -> None:
    """Fill the record line's fields where the header left them empty or took the line apart (its issuer the words
    before "SỐ", its trích yếu the words after the number)."""
    if result.fields.get("date"):
        return
    number = str(result.fields.get("number") or "")
    lines = _lines(blocks)
    for i, n in ((i, n) for i in range(min(len(lines), RECORD_LINES)) for n in range(1, 7)):
        line = " ".join(lines[i : i + n])
        m = _RECORD.match(line)  # the line as a PDF wraps it, joined back
        if m is None or (number and number_key(m.group("number")) != number_key(number)):
            continue
        try:
            issued = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return
        why = f"một dòng ghi tên loại, số và ngày của văn bản (hồ sơ văn bản của trang): “{line}”"
        kind = next(n for n in TYPE_NAMES if fold(n).upper() == fold(m.group("type")).upper())
        issuer = str(result.fields.get("issuer") or "")
        torn = bool(issuer) and fold(issuer).upper().startswith((fold(kind).upper() + " ", "CUA "))  # "QUYẾT ĐỊNH CỦA …"
        title = str(result.fields.get("title") or "")
        if torn or re.match(r"NGÀY\s+\d", title, re.I):
            result.fields.pop("title", None)
        if torn:
            result.fields.pop("issuer", None)
        body = m.group("body") or ""
        body = recase_issuer(body)[0] if is_upper(body) else written_out(body)
        about = re.sub(r"^về\s+(?!việc\b)", "", m.group("about") or "", flags=re.I)  # as a headline's (``headline``)
        if m.group("heading") and is_upper(line):  # the old gazette's heading "… NĂM 2005 HƯỚNG DẪN …", over the
            more = list(takewhile(is_upper, lines[i + n : i + n + 6]))  # capitals lines that follow it
            about = " ".join([m.group("heading"), *more])
        for key, value in (("number", m.group("number").rstrip(".,;")), ("type", kind), ("issuer", body),
                           ("date", issued.isoformat()), ("title", about)):
            if value and (not result.fields.get(key) or key == "type"):
                result.take(key, value, why)
        return


def read_lone_number(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no number whose first line is a document number alone ("4360/BVHTTDL-VP"): a record's heading."""
    if result.fields.get("number"):
        return
    lines = _lines(blocks)
    if not lines or not _LONE_NUMBER.match(lines[0]):
        return
    result.take("number", lines[0], f"trang không có phần đầu văn bản; dòng đầu trang chỉ ghi số ký hiệu “{lines[0]}”")
    kind = type_from_number(lines[0])
    if kind and not result.fields.get("type"):
        result.take("type", kind, f"loại văn bản suy từ mã trong số ký hiệu “{lines[0]}”")
