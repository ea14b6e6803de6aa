"""A page with no header at all (a newspaper's or a portal's news page): the document its lead names.

"LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về …",
or a source line "(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)" under a page title "Thông báo về
việc …". Read only when the page holds none of a header's landmarks (no "Số", no date line, no
issuer block), and only from a sentence that says the document was issued ("ban hành", "Nguồn:"),
never from one that merely cites it. The citation reader does the reading (one grammar of numbers,
types and dates); every value taken is reported as unsure, and an issuer the lead leaves without
its locality ("Ban Chấp hành Đảng bộ tỉnh") is completed or kept as written (``lead_place``). A lead may
stand after a sentence of context or a paper's tag ("VOV.VN - "): every sentence start is tried.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import replace

from ..citations import Citation, extract, number_key
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .issuer import SPELT, written_out
from .lead_place import lead_issuer
from .lead_subject import RUN_ON, about_kept, bare_subject, lead_subject, named_after_number, unasked
from .lines import Block
from .paragraphs import page_lines, paragraph
from .patterns import LEAD_STAMP, LOWER_MARKED, SENTENCE, SEVERAL
from .result import ImportResult
from .signed import read_signed_lead
from .signer_lead import read_signer_lead, signer_of, year_printed
from .type_code import is_letter_number

LEAD_LINES = 8  # a lead stands under the page title
SOURCE_LINES = 6  # a source line stands at the foot
# "Ngày 14-11-2016, X đã ban hành …", "Ngày 28/4, Bộ Y tế có Công văn số …", "Chiều 18/12, X vừa ký ban hành …",
# "Ngày 21 tháng 12 năm 2021, Thủ tướng Chính phủ đã ban hành …" (the date written out)
_ISSUED = re.compile(r"\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+(?P<d>\d{1,2})\s*(?:[-/.]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                     r"(?:\s*[-/.]\s*(?P<y>\d{4})|\s+năm\s+(?P<y2>\d{4}))?\s*,?\s*"
                     r"(?P<issuer>[^;:.()\d]{3,120}?)(?<!\scũng)(?:\s*\([A-ZĐ&]{2,12}\))?\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ký\s+)?"
                     r"(?:[Bb]an hành|có|ra)\s+")
# "Sở Văn hóa, Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị": a comma inside a body's name stands before a
# capitalised word of its field (ND 30/2020), never before a second body ("UBND tỉnh, Sở Y tế").
_NAME_COMMA = (r",(?=\s+(?!(?:UBND|HĐND|Ủy|Uỷ|Hội|Ban|Sở|Bộ|Cục|Phòng|Chi|Trung|Văn|Tổng|Công|Đảng|Tỉnh|Thành|Huyện|"
               r"Thường|Chủ|Phó|Thủ|Chính|Quốc)\b)[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,]*\s)")
# "X cũng đã ban hành …" tells of another document beside the page's news: no lead (either shape).
# No date before it: "UBND thành phố Vũng Tàu vừa có Thông báo số 678/TB-UBND ngày 05/02/2018 về việc …",
# "UBND thành phố Hà Nội ban hành Thông báo số 681/TB-UBND ngày 19/7/2023 về việc …" (the date, if any, is the
# cited document's own).
_ISSUED_BARE = re.compile(r"^(?P<issuer>(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Ban|Sở|Bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|"
                          r"Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Cục|Tổng cục|Chủ tịch|Trung ương|Văn phòng|Thủ tướng|"
                          r"Chính phủ|Quốc hội|Bộ Chính trị|Ban Bí thư|Phó Thủ tướng|Phó Chủ tịch|Thường trực|Chi cục|"
                          r"Trung tâm|Công đoàn)"
                          r"(?:(?:[^,;:.()\d]|" + _NAME_COMMA + r"){2,100}?(?:\s*\([A-ZĐ&]{2,15}\)[^,;:.()\d]{0,30}?)?)?)(?<!\scũng)\s+"
                          r"(?:(?:đã\s+|vừa\s+|mới\s+)(?:ký\s+)?(?:[Bb]an hành|có|ra)|ban hành|ra)\s+")
# "Thay mặt Bộ Chính trị, đồng chí …, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về …": the body
# signed for is the issuer, the date after the number is the document's own.
_ON_BEHALF = re.compile(r"\b[Tt]hay mặt\s+(?P<body>[^,.;:()\d]{3,80}?)\s*,(?P<who>[^.;]{0,300}?)\s+(?:đã\s+|vừa\s+|mới\s+)?"
                        r"ký(?:\s+ban hành)?\s+(?=[^\d]{0,30}?số\s+\S)")
_DATE_BEFORE = re.compile(r"\b[Nn]gày\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})\s*,[^.]*$")
# "Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh": the short name a lead puts in brackets
_ABBREVIATION = re.compile(r"\s*\([A-ZĐ&]{2,15}\)")
_SHORT_BODY = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "BTVTU": "Ban Thường vụ Tỉnh ủy"}
_ABOUT = re.compile(r"\b(?:về việc|về|V/v)\s+(?P<title>.+?)(?:\.(?:\s|$)|$)")
_SOURCE = re.compile(r"\(\s*(?:Nguồn|Theo)\s*:\s*(?P<ref>[^)]{5,200})\)")
_TERM = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLC]+$", re.I)
WHY = "đọc từ lời dẫn của trang (trang không có phần đầu văn bản)"
# A Công văn's label before its trích yếu ("về việc …", "V/v …"), never part of it
LABEL = re.compile(r"^(?:về việc|v/v|về)\s+", re.I)
# The body a lead names may hold commas ("Sở Văn hóa, Thể thao và Du lịch") when it starts with a body's word; a
# person named first ("đồng chí X, Phó Chủ tịch …") makes it a signer's lead.
_BODY_START = re.compile(r"(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Ban|Sở|Bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|"
                         r"Huyện uỷ|Đảng ủy|Đảng uỷ|Thủ tướng|Chính phủ|Văn phòng|Chủ tịch|Phó Chủ tịch|Thường trực|Cục|"
                         r"Tổng cục|Quốc hội|Bộ Chính trị|Ban Bí thư)\b")
# "UBND tỉnh đã có văn bản số 1889/UBND-NN gửi …": a letter named by the generic word, its number without a type code
_LETTER = re.compile(r"(?:văn bản|công văn)\s+(?:số\s+)?$", re.I)
_LETTER_AT = re.compile(r"(?:văn bản|công văn)\s+(?:số\s+)?(?=\d)", re.I)


# "… vừa có công điện khẩn số 12/CĐ.UBND": the words a lead names its document by before the number
_NAMED_BY = re.compile(r"\s*(?:(?:" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True)) + r"|văn bản)"
                       r"(?:\s+(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn))?\s+)?(?:số\s*)?", re.I)


def first_cited(citations: tuple[Citation, ...], at: int = 0, slack: int = 3, text: str = "") -> Citation | None:
    """The citation that starts at *at* (within *slack* characters, or after the words naming it: "công điện khẩn
    số"), when it has a type; one *text* calls "văn bản số …" with a number that carries no type code is a Công văn
    (ND 30/2020 numbers a letter so)."""
    for citation in citations:
        start = citation.occurrences[0].start if citation.occurrences else -1
        named = bool(text) and start > at and _NAMED_BY.fullmatch(text, at, start) is not None
        if not at <= start <= at + slack and not named:
            continue
        if citation.type:
            return citation
        letter = _LETTER.search(text[:start]) or _LETTER_AT.match(text[start:])
        if text and letter and is_letter_number(citation.number):
            return replace(citation, type="Công văn")
    return None


def read_lead(result: ImportResult, blocks: list[Block], unnumbered_at: int = LEAD_LINES) -> bool:
    """Fill *result* from a news page's lead or source line; whether anything was read. A dated sentence at or after
    *unnumbered_at* (the paragraph of a dated lead naming a document without its number) is no lead."""
    known = str(result.fields.get("number") or "")
    if result.fields.get("date") or result.fields.get("issuer") or ("number" in result.fields and not known):
        return False  # the page has a header (even one with a blank "Số"): its lead is not read
    # A headline "Chỉ thị số 55-CT/TW của Ban Bí thư …" may have given a number: the lead must name the same one.
    lines = page_lines(blocks)
    page = lead_context(lines)
    if _on_behalf(result, lines, known):
        return True
    if _signer_lead(result, lines, known, page):
        return True
    for i in range(min(len(lines), LEAD_LINES, _bare_lead_at(lines, known), unnumbered_at)):  # a later dated one is none
        text = paragraph(lines, i, LEAD_LINES)  # a lead a PDF wrapped over lines (to its full stop)
        m = _ISSUED.search(text)
        if m and "," in m.group("issuer") and not _BODY_START.match(m.group("issuer").strip()):
            m = None  # "đồng chí X, Phó Chủ tịch UBND huyện Y đã ký …": a signer's lead (read_signed_lead)
        cited = first_cited(extract(text[m.end():]).citations, 0, 16, text[m.end():]) if m else None
        if m is None or cited is None or not _same(cited.number, known):
            continue
        year = m.group("y") or m.group("y2") or _year_of(cited.number)
        day, month = int(m.group("d")), int(m.group("m"))
        full = int(year) if year else year_printed(page, cited.number, day, month)  # never the post's stamp
        try:
            issued = datetime.date(full, month, day) if full else None
        except ValueError:
            continue
        rest = text[m.end():][cited.occurrences[0].end:] if cited.occurrences else ""
        about = _ABOUT.search(rest[:500])
        near = about is not None and (about.start() < 120 or _ROUTED.match(rest[: about.start()]) is not None)
        title = about_kept(lead_subject(cited, about.group("title") if about and near else "", rest), text)
        sentence = re.split(r"\.(?:\s|$)", paragraph(lines, i, LEAD_LINES)[m.start():], maxsplit=1)[0]
        issuer = written_out(_TERM.sub("", m.group("issuer")))  # "UBND xã Chương Dương" written out
        title = named_after_number(rest) or unasked(title, lines[:i]) or bare_subject(rest, lines[:i])
        several = _SEVERAL.match(text, m.end()) is not None  # "ban hành 3 Quyết định (308/…, 309/…, 310/…)": no one
        take_lead(result, "" if several else cited.number, cited.type or "", issued, "" if several else title, issuer,
              sentence, page)
        if several:
            result.missing.append(("number", "lời dẫn nêu nhiều văn bản cùng lúc: không rõ số nào là của trang"))
        if issued is None:
            result.missing.append(("date", "lời dẫn chỉ ghi ngày và tháng, không ghi năm"))
        elif not year:
            result.notes.append(f"lời dẫn chỉ ghi ngày và tháng; năm {full} là năm trang ghi cho chính văn bản ấy")
        return True
    signed = read_signed_lead(paragraph(lines, 0, LEAD_LINES + 4, sentence=False)) if lines else None
    if signed is not None and _same(signed.number, known):
        take_lead(result, signed.number, signed.type, signed.date, signed.title, signed.issuer)
        if signed.signer:
            result.take("signer", signed.signer, f"{WHY}: “{signed.signer}” đã ký")
        return True
    for i, text, m, cited, _ in _bare_leads(lines, known):
        rest = text[m.end():][cited.occurrences[0].end:] if cited.occurrences else ""
        about = _ABOUT.search(rest[:500])
        near = about is not None and (about.start() < 120 or _ROUTED.match(rest[: about.start()]) is not None)
        title = about_kept(lead_subject(cited, about.group("title") if about and near else "", rest), text)
        title = named_after_number(rest) or unasked(title, lines[:i]) or bare_subject(rest, lines[:i])
        issuer = written_out(_ABBREVIATION.sub("", m.group("issuer")))  # "Ban chỉ huy … (PCTT&TKCN) tỉnh"
        take_lead(result, cited.number, cited.type or "", cited.date, title, issuer, text, page)
        if cited.date is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành"))
        return True
    if _bracketed(result, lines, known):
        return True
    for text in lines[-SOURCE_LINES:]:
        m = _SOURCE.search(text)
        cited = first_cited(extract(m.group("ref")).citations) if m else None
        if cited is None or cited.date is None or not _same(cited.number, known):
            continue
        title = ""
        page_title = lines[0] if lines else ""
        if cited.type and fold(page_title).upper().startswith(fold(cited.type).upper() + " "):
            title = page_title[len(cited.type):].strip()
        take_lead(result, cited.number, cited.type or "", cited.date, title, "")
        return True
    return False


# "3 Quyết định", "các quyết định": a lead naming several documents at once names no one number or trích yếu
_SEVERAL = re.compile(r"\s*" + SEVERAL + r"\s+(?i:" + "|".join(TYPE_NAMES) + r")\b")


# "(LSVN) - ", "VOV.VN - ", "HẢI DƯƠNG - ": the paper's tag before its lead
_TAG = re.compile(r"^\s*(?P<tag>\([^()]{2,20}\)|[^\s()]+(?:\s+[^\s()]+){0,3}?)\s*[-–—]\s+")


# "Vì vậy, Ủy ban nhân dân tỉnh … đã có quyết định số …": the sentence that concludes the page's story is its lead
_THEREFORE = re.compile(r"^(?:Vì vậy|Vì thế|Do vậy|Do đó|Bởi vậy)\s*,\s*")




def _untagged(text: str) -> str:
    text = LEAD_STAMP.sub("", text)
    m = _TAG.match(text)
    if m and (m.group("tag").startswith("(") or re.sub(r"[\s.]", "", m.group("tag")).isupper()):
        return text[m.end():]
    return _THEREFORE.sub("", text)


# A sentence ends at a full stop before a capital: "Thực hiện quy định của Bộ …. UBND thành phố vừa có Văn bản …"


# '… danh hiệu "Làng nghề Hà Nội"UBND Thành phố Hà Nội vừa ban hành …': a headline the copy glued to its lead, no
# space between its last word or quote and the body's name: a sentence starts there.
_GLUED_LEAD = re.compile(r"(?<=[”\"a-z" + LOWER_MARKED + r"])(?=" + _BODY_START.pattern + r"\s)")
# "Theo đề nghị của Sở …; nhằm đảm bảo …, Tổng cục Đường bộ Việt Nam ra thông báo số …": the lead's body after the
# clause of grounds or purpose that opens its sentence, set off by a comma.
_AFTER_CLAUSE = re.compile(r",\s+(?=" + _BODY_START.pattern + r"\s)")


# "Ngày 29/11/2017, UBND … ban hành …": a dated opening before the comma makes a dated lead (``_ISSUED``, read only
# before a paragraph that tells the story), never a clause of grounds
_DATED_CLAUSE = re.compile(r"(?<!\S)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+\d{1,2}\s*(?:[-/.]|\s+tháng\s+)\s*"
                           r"\d{1,2}(?:\s*[-/.]\s*\d{4}|\s+năm\s+\d{4})?\s*$")
# "Bộ Thông tin và Truyền thông là cơ quan được giao chủ trì đã có Công văn số …": a clause inside what would be the
# body's name (a copula, a passive): a story told about another body's document, no lead
_CLAUSE_IN_NAME = re.compile(r"\s(?:là|được|bị|đang|sẽ)\s")


def _sentences(text: str) -> list[tuple[str, bool]]:
    """*text* from its start and from each next sentence's, its paper's tag left out: a lead may stand after a
    sentence of context ("Thực hiện quy định của Bộ …. UBND thành phố vừa có Văn bản 5036/UBND-MT …"), after a
    headline glued to it, or after a clause of grounds set off by a comma (tried last; marked True)."""
    starts = [m.end() for m in SENTENCE.finditer(text)] + [m.end() for m in _GLUED_LEAD.finditer(text)]
    return ([(_untagged(text), False)] + [(_untagged(text[at:]), False) for at in sorted(starts)]
            + [(text[m.end():], True) for m in _AFTER_CLAUSE.finditer(text)
               if not _DATED_CLAUSE.search(text[: m.start()]) and (_ANNOUNCES.search(_sentence_of(text[m.end():]))
                                                                    or _JUST.match(text, m.end()))])


# "… ra thông báo số 106/TB-TCĐBVN với phương án … như sau:": a sentence after a clause of grounds is the page's own
# lead only when it announces the content that follows (the page carries the document) or says the body has just
# issued it ("vừa ban hành"); "Căn cứ …, Quốc hội đã ban hành Nghị quyết số … quyết định …." and "Ngay từ đầu năm,
# Sở … đã tham mưu …" tell a story about a document.
_ANNOUNCES = re.compile(r"(?:như sau|sau đây|gồm|cụ thể)?\s*:\s*$")
# "Nhân dịp …, UBND quận Hà Đông vừa ban hành Thông báo số …": "vừa"/"mới" makes the sentence the news item's own lead
_JUST = re.compile(r"[^,;:.()]{2,120}?\s(?:vừa|mới)\s+(?:ký\s+)?(?:ban hành|có|ra)\s")


def _sentence_of(text: str) -> str:
    return re.split(r"\.(?:\s|$)", text, maxsplit=1)[0]


def _bare_leads(lines: list[str], known: str) -> Iterator[tuple[int, str, re.Match[str], Citation, bool]]:
    """Each lead with no date before it ("UBND thành phố vừa ban hành Thông báo số …") among the page's first
    paragraphs, at a paragraph's or a sentence's start: (its line, its text, the match, the document it names, whether
    it opens its paragraph)."""
    for i in range(min(len(lines), LEAD_LINES)):
        for n, (text, clause) in enumerate(_sentences(paragraph(lines, i, LEAD_LINES))):
            m = _ISSUED_BARE.match(text)
            if m is not None and clause and _CLAUSE_IN_NAME.search(m.group("issuer")):
                continue
            cited = first_cited(extract(text[m.end():]).citations, 0, 3, text[m.end():]) if m else None
            if m is not None and cited is not None and _same(cited.number, known):
                yield i, text, m, cited, n == 0


def _bare_lead_at(lines: list[str], known: str) -> int:
    """The line of the first lead with no date before it (the line after it when it stands after a sentence of its
    paragraph, whose dated lead comes first), else the number of lines: a dated sentence after it ("Theo đó, ngày
    25/12/2020, UBND thành phố có Công văn số …") tells the story behind the document and is never its lead."""
    return next((i if opens else i + 1 for i, *_, opens in _bare_leads(lines, known)), len(lines))


# "Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng": the portal's own name, in its chrome anywhere.
_PORTAL = re.compile(r"\b(?:Cổng|Trang)\s+(?:thông tin|tin tức)(?:\s+điện tử)?\s+", re.I)
_PORTAL_LEVEL = re.compile(r"(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\s+(?=\S)", re.I)


def portal_names(lines: list[str]) -> list[str]:
    """The portal's name wherever the page's chrome gives it (the place it names settles a lead's bare "UBND thành
    phố" only when it is the one place of that level the page names)."""
    page, names = "\n".join(lines), []
    for m in _PORTAL.finditer(page):  # a PDF wraps it ("… Cổng tin tức Thành" / "phố Hải Phòng"): the level may span lines
        level = _PORTAL_LEVEL.match(page, m.end())
        if level:  # "… Cổng tin tức Thành phố" / "Hải Phòng": the name may stand on the next line
            rest = page[level.end():].lstrip(" \t").split(chr(10), 2)
            names.append(f"{collapse_space(level.group(1))} {rest[0] or (rest[1] if len(rest) > 1 else '')}")
    return names


def lead_context(lines: list[str]) -> str:
    """The words a lead's bare body is completed from: the page's opening lines and its portal's name anywhere."""
    return "\n".join(lines[: LEAD_LINES * 2] + portal_names(lines))


# "… Công văn số 1814/BNV-TCBC gửi các bộ, …; Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương về việc …": the
# letter routed to its addressees before its subject, however long their list.
_ROUTED = re.compile(r"^\s*,?\s*gửi\s[^.]{0,400}$")


def _signer_lead(result: ImportResult, lines: list[str], known: str, page: str) -> bool:
    """"Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh ký ban hành Kế hoạch số 68/KH-UBND …" (see ``signer_lead``)."""
    for i in range(min(len(lines), LEAD_LINES)):
        lead = read_signer_lead(paragraph(lines, i, LEAD_LINES), page)
        if lead is None or not _same(lead.number, known):
            continue
        take_lead(result, lead.number, lead.type, lead.date, lead.title, lead.issuer, lead.sentence, page)
        if not lead.issuer:
            result.missing.append(("issuer", "lời dẫn chỉ nêu người ký, không nêu rõ cơ quan ban hành"))
        if lead.date is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành (hay chỉ ghi ngày và tháng, không ghi năm)"))
        if lead.signer:
            result.take("signer", lead.signer, f"{WHY}: “{lead.signer}” đã ký")
        return True
    return False


# "X tỉnh vừa ban hành Kế hoạch vận động … (Kế hoạch số 196/KH-BVĐ, ngày 17/5/2023).": the number in a bracket after
# the subject. The body before "ban hành" is not taken: the places the subject names are not the issuer's.
_BRACKETED = re.compile(r"\b(?:ban hành|ký)\s+(?P<type>" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True))
                        + r")\s+(?P<subject>[^()]{5,400}?)\s*\((?P<ref>[^()]{5,80})\)")


def _bracketed(result: ImportResult, lines: list[str], known: str) -> bool:
    for i in range(min(len(lines), LEAD_LINES)):
        m = _BRACKETED.search(paragraph(lines, i, LEAD_LINES))
        cited = first_cited(extract(m.group("ref")).citations, 0, 3) if m else None
        if m is None or cited is None or cited.type != m.group("type") or not _same(cited.number, known):
            continue
        kind, subject = m.group("type"), m.group("subject").strip(" ,")
        if kind == "Công văn":
            subject = LABEL.sub("", subject)
        take_lead(result, cited.number, kind, cited.date, subject, "")
        if cited.date is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành"))
        result.missing.append(("issuer", "lời dẫn không nêu rõ cơ quan ban hành"))
        return True
    return False


def _same(number: str, known: str) -> bool:
    return not known or number_key(number) == number_key(known)


def _on_behalf(result: ImportResult, lines: list[str], known: str) -> bool:
    """"Thay mặt Ban Bí thư, Thường trực Ban Bí thư … đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về …"."""
    for i in range(min(len(lines), LEAD_LINES)):
        text = paragraph(lines, i, LEAD_LINES)
        m = _ON_BEHALF.search(text)
        cited = first_cited(extract(text[m.end():]).citations, 0, 30) if m else None
        if m is None or cited is None or not _same(cited.number, known):
            continue
        issued = cited.date
        before = _DATE_BEFORE.search(text[: m.start()])
        if issued is None and before:
            try:
                issued = datetime.date(int(before.group("y")), int(before.group("m")), int(before.group("d")))
            except ValueError:
                issued = None
        rest = text[m.end():][cited.occurrences[0].end:] if cited.occurrences else ""
        about = _ABOUT.search(rest[:200])
        title = about_kept(cited.subject or (about.group("title") if about and about.start() < 60 else ""), text)
        words = collapse_space(m.group("body")).split(" ", 1)
        issuer = " ".join([_SHORT_BODY.get(words[0], SPELT.get(words[0], words[0])), *words[1:]])
        sentence = re.split(r"\.(?:\s|$)", text[m.start():], maxsplit=1)[0]
        take_lead(result, cited.number, cited.type or "", issued, title, issuer, sentence)
        if issued is None:
            result.missing.append(("date", "lời dẫn không ghi ngày ban hành"))
        signer = signer_of(text[max(text.rfind(". ", 0, m.start()), 0) : m.start()] + " " + m.group("who"))
        if signer:
            result.take("signer", signer, f"{WHY}: “{signer}” đã ký")
        return True
    return False


def _year_of(number: str) -> str:
    """The year a legal number carries ("23/2022/TT-BTC"), else ""."""
    m = re.match(r"^\d+/((?:19|20)\d\d)/", number)
    return m.group(1) if m else ""


def take_lead(result: ImportResult, number: str, kind: str, issued: datetime.date | None, title: str, issuer: str,
          sentence: str = "", page: str = "") -> None:
    if re.search(r"\scũng(?:\s|$)", issuer):
        return  # "X cũng đã ban hành …": another document told of beside the page's news, no lead
    result.fields.pop("title", None)  # a page title above the lead is the page's headline
    title = RUN_ON.split(title, maxsplit=1)[0].strip(" .")
    if kind == "Công văn":  # a công văn's "V/v …" / "về việc …" is its label, not its trích yếu
        title = LABEL.sub("", title)
    values = {"number": number, "type": kind, "date": issued.isoformat() if issued else "",
              "title": title}
    values["issuer"] = lead_issuer(result, issuer, sentence, page)
    for key, value in values.items():
        if value:
            result.take(key, value, f"{WHY}: “{value}”")
    result.notes.append(f"không có phần đầu văn bản: số, loại, ngày và trích yếu {WHY}")
