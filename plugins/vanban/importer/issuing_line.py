"""A regulation posted without its header, dated and owned by the line that issues it.

"QUY CHẾ" / "thực hiện dân chủ …" / "(Ban hành kèm theo Quyết định số …/QĐ ngày 19/10/2019 của Hiệu trưởng trường
THCS Quảng Tiến)": what a decision attaches (a Quy chế, Quy định, Điều lệ …) carries no header of its own on a page
that gives it alone; its issuing line names the decision's day, the document's own dating phrase (the rule of the
import sets' README: a day or month left blank keeps what it does say), and whose decision it is: a principal's,
a director's or a chairman's decision is their body's (Nghị định 30/2020: the body issues). The decision's number is
not the regulation's. Every value is reported as unsure; a body without its locality ("Ủy ban nhân dân tỉnh") takes
the one place of its level the page names, else it is left empty.
"""

from __future__ import annotations

import datetime
import re

from ..text import collapse_space
from .issuer import written_out
from .lead_place import BARE_LEVEL, lead_issuer
from .lines import Block, Line
from .result import ImportResult

_LINES = 20  # the issuing line stands under the regulation's name, at the top of the page
_ATTACHED = ("Quy chế", "Quy định", "Điều lệ", "Chương trình", "Kế hoạch", "Đề án", "Phương án", "Hướng dẫn")
_ISSUING = re.compile(r"^\(?\s*(?:Ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết)\s+(?:số\s*:?\s*)?[^()]*?"
                      r"\bngày\s*(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})|"
                      r"(?P<d2>\d{1,2})?[\s.…]*tháng[\s.…]*(?P<m2>\d{1,2})?[\s.…]*năm\s*(?P<y2>\d{4}))"
                      r"\s*(?:của\s+(?P<who>[^()]{3,120}?))?\s*\)?\s*$", re.I)
# "Hiệu trưởng trường …", "Giám đốc Sở …", "Chủ tịch Ủy ban nhân dân …": the head's office before the body he heads
_HEAD = re.compile(r"^(?:Hiệu\s+trưởng|Giám\s+đốc|Chủ\s+tịch|Trưởng\s+ban|Thủ\s+trưởng|Cục\s+trưởng|Chi\s+cục\s+trưởng|"
                   r"Viện\s+trưởng|Tổng\s+cục\s+trưởng)\s+(?=\S)", re.I)
_BODY = re.compile(r"^(?:Trường|Sở|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Ban|Bộ|Cục|Chi cục|Tổng cục|Viện|Trung tâm|Bệnh viện|"
                   r"Phòng|Công đoàn|Đảng ủy|Đảng uỷ)\s", re.I)


def _issuing_lines(blocks: list[Block]) -> list[str]:
    """The page's first lines, an issuing line a copy wrapped ("… ngày 19/10/2019" / "của Hiệu trưởng …)") joined."""
    lines = [collapse_space(b.text) for b in blocks if isinstance(b, Line) and b.text.strip()][:_LINES]
    out = []
    for i, line in enumerate(lines):
        if re.match(r"\(?\s*(?:Ban hành\s+)?kèm theo\b", line, re.I):
            joined = line
            for more in lines[i + 1 : i + 3]:
                if ")" in joined or not joined.startswith("("):
                    break
                joined = f"{joined} {more}"
            out.append(joined)
    return out


def _date(m: re.Match[str]) -> str:
    """The decision's day as the line gives it: whole, its year and month, or its year (a blank left blank)."""
    if m.group("y"):
        try:
            return datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            return ""
    year, month, day = m.group("y2"), m.group("m2"), m.group("d2")
    if month and not 1 <= int(month) <= 12:
        return ""
    if month and day:
        try:
            return datetime.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return ""
    return f"{year}-{int(month):02d}" if month else year


def read_issuing_line(result: ImportResult, blocks: list[Block], page: str) -> None:
    """An empty date and issuer of a regulation posted without its header, from its "(Ban hành kèm theo Quyết định
    số … ngày … của …)" line (reported)."""
    if result.fields.get("date") or result.fields.get("issuer") or result.fields.get("type") not in _ATTACHED:
        return
    for line in _issuing_lines(blocks):
        m = _ISSUING.match(line)
        if m is None:
            continue
        why = f"trang không có phần đầu văn bản; ngày và cơ quan đọc từ dòng ban hành kèm theo: “{line}”"
        if day := _date(m):
            result.take("date", day, why)
        who = _HEAD.sub("", collapse_space(m.group("who") or "").strip(" .,"))
        if not _BODY.match(who):
            return
        body = written_out(who[:1].upper() + who[1:])
        if BARE_LEVEL.search(body):
            body = lead_issuer(result, body, line, page)
        if BARE_LEVEL.search(body):  # "… của Ủy ban nhân dân tỉnh", the province named nowhere: no issuer
            result.notes.append(f"dòng ban hành kèm theo chỉ nêu “{body}”, không nêu địa phương")
            return
        result.take("issuer", body, why)
        return
