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
from .page_leftovers import portal_day
from .patterns import LOWER_MARKED, TYPE_BY_FOLD, is_upper
from .result import ImportResult
from .type_code import type_from_number

RECORD_LINES = 6
_TYPES = "|".join(sorted((re.escape(n) for n in TYPE_NAMES), key=len, reverse=True))
# "NGHỊ ĐỊNH 31/2016/NĐ-CP, NGÀY 6/5/2016, V/V …", "Thông tư số 30/2018/TT-BNNPTNT ngày 16/11/2018 Quy định …": a
# post's one line may drop "số" before a whole number and write the day in figures.
_RECORD = re.compile(r"^(?P<type>" + _TYPES + r")\s+(?:của\s+(?P<body>[^()]{3,120}?)\s+)?"
                     r"(?:số\s*:?\s*(?P<number>\d\S*)|(?P<bare>\d+/\S*?[^\W\d_]\S*?),?)\s+ngày\s+"
                     r"(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})|"
                     r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}),?)\s*"
                     r"(?:\(\s*[\d/.\s]+\)(?:\s+\S.*)?|(?P<about>(?:V/v|về việc|về)\s+.+)|(?P<heading>\S.+))?$", re.I)
# "Công văn V/v tổ chức Festival Đờn ca tài tử …" under a record's number alone: its type and trích yếu, no number or day
_NAMED = re.compile(r"^(?P<type>" + _TYPES + r")\s+(?P<about>(?:V/v|về việc)\s+\S.{7,400})$", re.I)
_LONE_NUMBER = re.compile(r"^\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ&.\-]*(?:-[A-ZĐ][A-ZĐa-zđ&.]*)*$")


def _lines(blocks: list[Block]) -> list[str]:
    return [collapse_space(b.text) for b in blocks[: RECORD_LINES * 3] if isinstance(b, Line) and b.text.strip()]


def _heads(above: list[str]) -> bool:
    """Whether a line under *above* is the page's own heading: nothing above it but the portal's date line ("Thứ
    Bảy, 30/5/2020" over "Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về việc …": the post's day)."""
    return all(portal_day(text) for text in above)


def read_record_line(result: ImportResult, blocks: list[Block], figures: bool = False) -> bool:
    """Fill the record line's fields where the header left them empty or took the line apart (its issuer the words
    before "SỐ", its trích yếu the words after the number). With *figures*, after the leads' readers: the page's
    own heading with its day in figures ("NGHỊ ĐỊNH 31/2016/NĐ-CP, NGÀY 6/5/2016, V/V …"), where no lead gave a
    date (a lead under such a heading reads more: its body and whole subject). Whether a record line was read."""
    if result.fields.get("date"):
        return False
    number = str(result.fields.get("number") or "")
    lines = _lines(blocks)
    for i, n in ((i, n) for i in range(min(len(lines), RECORD_LINES)) for n in range(1, 7)):
        line = " ".join(lines[i : i + n])
        m = _RECORD.match(line)  # the line as a PDF wraps it, joined back
        below = lines[i + n] if m and not (m.group("about") or m.group("heading")) and i + n < len(lines) else ""
        if re.match(r"(?:V/v|về việc)\s", below, re.I) and (whole := _RECORD.match(f"{line} {below}")):
            line, m = f"{line} {below}", whole  # "… ngày 26 tháng 03 năm 2013" / "Về việc …": its subject wrapped
        own = (m.group("number") or m.group("bare")) if m else ""
        if m is None or (number and number_key(own) != number_key(number)):
            continue
        if bool(m.group("y2")) != figures or (figures and not (_heads(lines[:i]) and line[:1].isupper())):
            continue  # the day in figures only in the page's own heading; below it, a lead's sentence or its closing
            # reference ("Kế hoạch số 162/KH-UBND ngày 31/8/2021 của UBND thị xã") is read by the lead readers
        try:
            issued = datetime.date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                                   int(m.group("d") or m.group("d2")))
        except ValueError:
            return False
        why = f"một dòng ghi tên loại, số và ngày của văn bản (hồ sơ văn bản của trang): “{line}”"
        kind = TYPE_BY_FOLD[fold(m.group("type")).upper()]
        issuer = str(result.fields.get("issuer") or "")
        torn = bool(issuer) and fold(issuer).upper().startswith((fold(kind).upper() + " ", "CUA "))  # "QUYẾT ĐỊNH CỦA …"
        title = str(result.fields.get("title") or "")
        if torn or re.match(r"NGÀY\s+\d", title, re.I) or title.startswith(own.rstrip(".,;")):  # the line's rest
            # read as its title, or the record's number over it ("940/BVHTTDL-TV" / "Công văn Số: 940/BVHTTDL-TV, ngày …")
            result.fields.pop("title", None)
        if torn:
            result.fields.pop("issuer", None)
        body = m.group("body") or ""
        body = recase_issuer(body)[0] if is_upper(body) else written_out(body)
        about = re.sub(r"^về\s+(?!việc\b)", "", m.group("about") or "", flags=re.I)  # as a headline's (``headline``)
        more = list(takewhile(is_upper, lines[i + n : i + n + 6]))  # capitals lines that follow it
        if m.group("heading") and is_upper(line):  # the old gazette's heading "… NĂM 2005 HƯỚNG DẪN …", over the
            about = " ".join([m.group("heading"), *more])
        elif not about and is_upper(line) and more and re.match(r"(?:VỀ|V/V)\s", more[0]):  # "… NĂM 2006" over
            # "VỀ VIỆC THÀNH LẬP XÃ THUỘC HUYỆN MƯỜNG NHÉ," / "TỈNH ĐIỆN BIÊN", up to the authority line ("CHÍNH PHỦ")
            named = fold(body).upper()
            upto = next((k for k, t in enumerate(more[1:], 1) if named and named in fold(t).upper()), len(more))
            about = " ".join(more[:upto])
        elif m.group("y2") and about and is_upper(line):  # "NGHỊ ĐỊNH 31/2016/NĐ-CP, NGÀY 6/5/2016, V/V QUY" / "ĐỊNH
            about = " ".join([about, *more])  # XỬ PHẠT …": a heading in capitals a PDF wrapped, joined back
        elif m.group("y2"):  # a heading in running case a PDF may wrap where no capitals say how far it goes: left
            about = ""  # to the headline readers, which join its lines back
        for key, value in (("number", own.rstrip(".,;")), ("type", kind), ("issuer", body),
                           ("date", issued.isoformat()), ("title", about)):
            if value and (not result.fields.get(key) or key == "type"):
                result.take(key, value, why)
        return True
    return False


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
    named = next((m for line in lines[1:RECORD_LINES] if (m := _NAMED.match(line))), None)
    if named and not result.fields.get("title"):  # "Công văn V/v tổ chức Festival …": the record's title line
        why = f"dòng tên văn bản của hồ sơ trên trang, dưới dòng số ký hiệu: “{named.group(0)}”"
        said = TYPE_BY_FOLD[fold(named.group("type")).upper()]
        if not result.fields.get("type") or result.fields.get("type") == said:
            result.take("type", said, why)
            result.take("title", named.group("about"), why)


# "Công văn 3473/BNN-TY tập trung kiểm soát …", "Quyết định số 12/QĐ-UBND về việc …": a page's headline naming its
# document by type and number (no day), its subject after it in running case; never a sentence that introduces a
# quotation ("Hướng dẫn 03/HD-TLĐ năm 2020 hướng dẫn như sau:")
_NUMBERED_HEADLINE = re.compile(r"^(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<number>\d+(?:/\d{4})?/[A-ZĐ]"
                                r"[A-ZĐa-zđ&.\-]*(?:-[A-ZĐ][A-ZĐa-zđ&.]*)*)\s*[:,-]?\s+"
                                r"(?P<about>(?:V/v\s+|về việc\s+|về\s+)?(?!năm\s+\d)[a-z" + LOWER_MARKED + r"][^():]{7,400}?)\s*\.?$")


def read_numbered_headline(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header whose headline (one of its first lines) names a document by type and number with its
    subject: the page's own document (its number, type, trích yếu; the issuer is left to the leads)."""
    if any(result.fields.get(k) for k in ("number", "type", "date")):
        return
    for line in _lines(blocks)[:3]:
        m = _NUMBERED_HEADLINE.match(line)
        if m is None:
            continue
        kind = TYPE_BY_FOLD[fold(m.group("type")).upper()]
        coded = type_from_number(m.group("number"))
        if coded and coded != kind:
            return  # "Quyết định 12/KH-UBND": the number names another type, not settled
        why = f"trang không có phần đầu văn bản; tiêu đề nêu tên loại, số và nội dung văn bản: “{line[:120]}”"
        about = re.sub(r"^(?:về việc|V/v)\s+", "", m.group("about"), flags=re.I) if kind == "Công văn" else m.group("about")
        for key, value in (("number", m.group("number")), ("type", kind), ("title", about)):
            if not result.fields.get(key):
                result.take(key, value, why)
        return
