"""A portal's headline above a document whose header lost its trích yếu.

"Nghị quyết 51/2016/NQ-HĐND Quy định phân cấp nguồn thu …" names the type, the number and then
what the document is about. Taken only when the header's own type and number open the line (so
the headline is this document's, not a cited one's) and the header gave no trích yếu; a portal's
" do … ban hành" tail is no part of it (it names the issuer when the header's is unreadable), and
the value is reported as unsure. With no such headline, a decision or resolution whose header lost
the trích yếu says what it issues in "Điều 1. Ban hành kèm theo Quyết định này …", or what it approves in "Điều 1.
Phê duyệt …" (``read_article_title``).
"""

from __future__ import annotations

import datetime
import re

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .issuer import written_out
from .lead_place import lead_issuer
from .lines import Block, Line
from .patterns import LOWER_MARKED
from .result import ImportResult
from .type_code import is_letter_number, type_from_number

HEADLINE_LINES = 3  # the page title stands at the very top
MAX_HEADLINE = 300
_DATED = re.compile(r"^(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}),?\s+", re.I)
# "… của UBND thị xã Điện Bàn V/v treo cờ …": a portal's summary may write the subject with the letter's label.
# "… ngày 04/7/2012 của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp …": or what the document does.
_OWNER = re.compile(r"^của\s+(?P<body>[^,;:()]{3,120}?)\s+(?=về\b|V/v\b|(?-i:đề nghị|yêu cầu|hướng dẫn|quy định|"
                    r"ban hành|phê duyệt|công bố|triển khai|chỉ đạo)\s)")
_YEAR = re.compile(r"^(?:năm\s+)?(?:19|20)\d\d\s+")  # "năm 2020", a record's bare "2025"
_BARE = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$", re.I)
_BY = re.compile(r"\s+do\s+[^,;]{3,120}\s+ban hành$", re.I)


def _squeezed(text: str) -> str:
    return fold(text).upper().replace(" ", "")


# A line a PDF's wrapped headline does not run on into: a portal's post date and counters, a label.
_CHROME = re.compile(r"^(?:NGAY CAP NHAT|CAP NHAT|NGAY DANG|LUOT XEM|XEM VOI|\d{1,2}:\d\d|\d{1,2}/\d{1,2}/\d{4}(?:\s+\d|$))")
_ENDS = re.compile(r"[.;:!?]$")
# "- Căn cứ Điều lệ Đảng;" under a wrapped headline: a list's item or a basis opens a line of its own (heldout36 al09)
_ITEM = re.compile(r"^(?:[-+•]\s|Căn cứ\b)")


def headline_lines(blocks: list[Block], limit: int) -> list[str]:
    """The first non-empty lines of a page, a headline a PDF wrapped ("Thông báo treo cờ Tổ quốc và" / "tổ chức các
    hoạt động văn" / …) joined back: a laid-out line (PDF, OCR: its centring known) with no gap before it continues
    one that ends no sentence and is about as wide as the headline's first line (its font's width), never wider;
    a line well short of that ends the headline."""
    out: list[str] = []
    first = last = 0
    previous: Line | None = None
    for block in blocks[:limit]:
        if not isinstance(block, Line) or not block.text.strip():
            previous = None
            continue
        text = collapse_space(block.text)
        laid_out = block.centered is not None and previous is not None and previous.centered is not None
        # a line that opens in lower case goes on with the words above it, however wide ("Công văn hướng dẫn thực" /
        # "hiện và thanh toán vốn đầu tư": a large font wraps by words)
        fits = (last >= 0.75 * first and len(text) <= 1.15 * first) or text[:1].islower()
        # a line set in at a paragraph's indent under one flush at the margin opens a paragraph of its own (a site's
        # slogan wrapped over two lines, then its post title, in one PDF column)
        opens = previous is not None and block.indented and not previous.indented and not block.centered
        if (laid_out and out and not block.gap_before and not _ENDS.search(out[-1]) and fits and not opens
                and not _CHROME.match(fold(text).upper()) and len(out[-1]) + len(text) < MAX_HEADLINE):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
            first = len(text)
        last = len(text)
        previous = block
    return out


def read_headline_title(result: ImportResult, blocks: list[Block]) -> None:
    """Fill an empty trích yếu from a headline "<type> [số] <this number> [về] <trích yếu> [do … ban hành]" above
    the header (a document site's summary may stand a few lines down, under its counters); an empty issuer
    from its "do <body> ban hành" tail when that names a body, not a place."""
    kind, number = str(result.fields.get("type") or ""), str(result.fields.get("number") or "")
    if result.fields.get("title") or not kind or not number:
        return
    lines = _summary_lines(blocks[: HEADLINE_LINES * 6])[:HEADLINE_LINES * 5]
    # A record's full name ("Quyết định 2435/QĐ-UBND của Ủy ban nhân dân Thành phố Hà Nội về việc ban hành …") before
    # the site's short title of the same document ("Quyết định 2435/QĐ-UBND Phương án cứu trợ …", words dropped).
    issuer = str(result.fields.get("issuer") or "")
    owned = [ln for ln in _summary_lines(blocks[: HEADLINE_LINES * 12])  # under the site's tabs and counters too
             if issuer and re.search(re.escape(fold(f" {number} của {issuer} ").lower()) + r"(?:ve|v/v)\s",
                                     fold(collapse_space(ln)).lower())]  # the whole name, its subject after it
    for line in owned + [ln for ln in lines if ln not in owned]:
        words = re.sub(r"^[•*+-]\s+", "", collapse_space(line)).split(" ")  # a record's bullet before its name
        type_len = len(kind.split())
        if fold(" ".join(words[:type_len])).upper() != fold(kind).upper():
            continue
        rest = words[type_len:]
        if rest and fold(rest[0]).upper() == "SO":
            rest = rest[1:]
        if not rest or _squeezed(rest[0].rstrip(",;")) != _squeezed(number):  # "NGHỊ ĐỊNH 31/2016/NĐ-CP, NGÀY …"
            continue
        tail = " ".join(rest[1:])
        dated = _DATED.match(tail)  # "Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc …"
        tail = _YEAR.sub("", tail[dated.end():] if dated else tail)
        issuer = str(result.fields.get("issuer") or "")
        if issuer and fold(tail).lower().startswith(fold(f"của {issuer}").lower()):
            tail = tail[len(issuer) + 4:].strip()  # "… của Ban Chỉ đạo Trung ương về phát triển …": a name holding "về"
        owner = _OWNER.match(tail)
        tail = _YEAR.sub("", tail[owner.end():] if owner else tail)  # "Quyết định 612/QĐ-UBND năm 2020 về …"
        by = _BY.search(tail)
        title = re.sub(r"^về\s+(?!việc\b)", "", tail[: by.start()] if by else tail, flags=re.I).strip(" .:-")
        if len(title.split()) < 3 or "|" in title or re.match(r"(?:của|giữa)\s", title):
            continue  # "của <body> …", "giữa <A> và <B> …" with no subject read after them: whose, no trích yếu
        result.take("title", title, f"phần đầu văn bản không ghi trích yếu; lấy từ tiêu đề trang “{collapse_space(line)}”")
        others = {_squeezed(n).rstrip(".,;") for n in re.findall(rf"(?:ban hành|ký|có)\s+{re.escape(kind)}\s+số\s+(\S+)", "\n".join(lines), re.I)}
        if others <= {_squeezed(number)}:  # a lead naming another number of this type: the headline's rest is unsure
            _take_dated_owner(result, dated, owner, line)
        body = collapse_space(by.group(0))[3:-9].strip() if by else ""
        if body and not result.fields.get("issuer") and _BODY.match(body):
            result.take("issuer", body, f"phần đầu văn bản không đọc được tên cơ quan; lấy từ tiêu đề trang: "
                                        f"“do {body} ban hành”")
        return


def _summary_lines(blocks: list[Block]) -> list[str]:
    """The page's first lines, a summary a PDF wrapped joined back ("Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND
    thị xã" / "Điện Bàn V/v treo cờ …" / …): a laid-out line goes on into the next while it has not yet reached the
    words after its owner ("về", "V/v"), then while it fills the column (the page's widest line, within a fifth)."""
    laid = [b for b in blocks if isinstance(b, Line) and b.text.strip()]
    column = max((len(b.text.strip()) for b in laid if b.centered is not None), default=0)
    out: list[str] = []
    joining = False
    for block in laid:
        text = collapse_space(block.text)
        if joining and block.centered is not None and len(out[-1]) + len(text) < MAX_HEADLINE and not _ITEM.match(text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        owned = re.search(r"\bcủa\s", out[-1]) is not None
        joining = (block.centered is not None and not _ENDS.search(text)
                   and (len(text) >= 0.8 * column or (owned and not re.search(r"\b(?:về|V/v)\s", out[-1]))))
    return out


def _take_dated_owner(result: ImportResult, dated: re.Match[str] | None, owner: re.Match[str] | None, line: str) -> None:
    """The headline's "ngày D/M/Y" and "của <body>" fill an empty date and issuer (a body with its locality only)."""
    why = f"phần đầu văn bản không ghi; lấy từ tiêu đề trang “{collapse_space(line)}”"
    if dated and not result.fields.get("date"):
        try:
            day = datetime.date(int(dated.group("y")), int(dated.group("m")), int(dated.group("d")))
        except ValueError:
            day = None
        if day is not None:
            result.take("date", day.isoformat(), why)
    body = written_out(owner.group("body")) if owner else ""
    if body and not result.fields.get("issuer") and _BODY.match(body) and not _BARE.search(body):
        result.take("issuer", body, why)


# "Ban hành kèm theo Quyết định này Quy chế …": what a decision or resolution issues, when its header lost the
# trích yếu (heldout5 r09's rule); the attachment's own name, not a guess.
_ARTICLE_ONE = re.compile(r"Điều\s+1\s*[.:]\s*Ban hành kèm theo (?:Quyết định|Nghị quyết|Thông tư) này\s+(?:bản\s+)?"
                          r"[“\"]?(?P<title>[^.;“”\"]{10,400}?)[”\"]?\s*(?:\([^)]{0,60}\))?\s*[.;]")
_BODY = re.compile(r"^(?:Ủy ban|Uỷ ban|Hội đồng|Bộ|Sở|Ban|Thủ tướng|Chính phủ|Văn phòng|Tổng cục|Cục|Chi cục|"
                   r"Trung tâm|Liên đoàn|Công đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|"
                   r"Quốc hội)\b")


def read_article_title(result: ImportResult, body: str) -> None:
    """Fill an empty trích yếu of a Quyết định or Nghị quyết from "Điều 1. Ban hành kèm theo … này <X>." or
    "Điều 1. Phê duyệt <X>" (reported)."""
    if result.fields.get("title") or result.fields.get("type") not in ("Quyết định", "Nghị quyết", "Thông tư"):
        return
    m = _ARTICLE_ONE.search(body[:6000])
    if m is None:
        _read_approval(result, body)
        return
    title = collapse_space(m.group("title"))
    if result.fields.get("type") != "Nghị quyết":
        # ND 30/2020, Phụ lục III, Mẫu 1.4: a decision that issues what it attaches has the trích yếu "Ban hành …"
        # (Điều 1 "Ban hành kèm theo Quyết định này …"); a council's resolution is named by what it rules.
        title = "Ban hành " + title
    result.take("title", title, f"phần đầu văn bản không ghi trích yếu; lấy điều văn bản ban hành ở Điều 1: “{title}”")


# "Điều 1. Phê duyệt Kế hoạch … tỉnh Bắc Kạn, theo nội dung chi tiết đính kèm.": what a decision or resolution
# approves is its trích yếu in Điều 1's own words (heldout10 z02, z14), without the pointer to the attachment.
_APPROVAL = re.compile(r"Điều\s+1\s*[.:]\s*(?P<title>Phê duyệt\s+\S[^;:]{10,400}?)\s*(?:\((?:có|kèm)[^)]{0,80}\)|"
                       r",\s*(?:theo|với|gồm|cụ thể)\b[^;:]{0,120}?|\s+(?:với|gồm)\s+(?:các|những)\s+nội dung[^;:]{0,60}?|"
                       r"\s+như sau)?\s*(?:[.;:](?=\s|$)|$)")


def _read_approval(result: ImportResult, body: str) -> None:
    m = _APPROVAL.search(body[:6000])
    if m is None:
        return
    title = collapse_space(m.group("title"))
    result.take("title", title, f"phần đầu văn bản không ghi trích yếu; lấy điều văn bản phê duyệt ở Điều 1: “{title}”")


_TYPE_HEADLINE = re.compile(r"^(?P<type>" + "|".join(sorted((re.escape(n) for n in TYPE_NAMES if n != "Công văn"),
                                                              key=len, reverse=True)) + r")\s+(?P<rest>\S.+)$")
# "Công văn hướng dẫn thực hiện … năm 2016": a letter's post title, its V/v after the type word (never "số …", "của …")
_LETTER_HEADLINE = re.compile(r"^(?P<type>Công văn)\s+(?P<rest>(?!số\b|của\b|khẩn\b|hỏa tốc\b|hoả tốc\b)[a-z" + LOWER_MARKED + r"][^()]+)$")


def read_headline_type(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header and no lead whose headline starts with a type word in running text ("Thông báo treo
    cờ Tổ quốc …", "Báo cáo Tổng kết …"): that type, and the rest of the headline as the trích yếu (reported).
    Never with a number after the type word (a lead or a citation says whose that is)."""
    if any(result.fields.get(k) for k in ("type", "number", "date")) or _preamble_own(blocks):
        return  # the document's own preamble names it: the portal's headline yields (``read_preamble_type``)
    lines = headline_lines(blocks, HEADLINE_LINES * 12)
    for at, line in enumerate(lines[: HEADLINE_LINES * 2]):
        m = _TYPE_HEADLINE.match(line) or _LETTER_HEADLINE.match(line) or _lower_headline(line)
        if m is None or len(line) > MAX_HEADLINE or line.endswith(":") or (m.group("type") == "Công văn" and " của " in line):
            continue
        rest = m.group("rest").strip(" .")
        if _read_named_day(result, m.group("type"), rest, lines[at + 1 : at + 2], line):
            return
        if fold(rest.split()[0]).upper() in ("SO", "SO:") or len(rest.split()) < 3 or "|" in rest:
            return
        result.take("type", m.group("type"), f"trang không có phần đầu văn bản; loại văn bản đọc từ tiêu đề trang “{line}”")
        whose = _WHOSE_ABOUT.match(rest)
        if whose:  # "Công điện khẩn của Chủ tịch UBND tỉnh về phòng chống rét …": whose, and what about
            _take_whose(result, m.group("type"), whose, line, lines)
        elif _WHOSE.match(rest):  # "Công điện khẩn của Chủ tịch UBND tỉnh trước tình hình …": whose, not its name
            result.notes.append(f"tiêu đề trang “{line}” nói văn bản của ai, không nêu trích yếu")
        elif coded := re.match(r"\d+[/-]\S*[^\W\d_]\S*", rest):  # "Chỉ thị 01/CT-UBND TP.HCM tăng cường …": its
            if type_from_number(coded.group(0)) == m.group("type"):  # number (its code names the type), then a body
                result.take("number", coded.group(0), f"số ký hiệu đọc từ tiêu đề trang “{line}”")  # the post shortens
            result.notes.append(f"tiêu đề trang “{line}” ghi số ký hiệu rồi tên cơ quan viết tắt: không tách được "
                                "trích yếu")  # before its subject: no trích yếu read
        elif not result.fields.get("title") or result.fields.get("title") == line:
            result.take("title", rest, f"trích yếu là tiêu đề trang sau tên loại: “{rest}”")
        return


def _lower_headline(line: str) -> re.Match[str] | None:
    """"thông báo cấp cảnh báo cháy rừng ngày 06/01/2022": a post title a site writes all in lower case, read as the
    same title capitalised; only a title's shape (no closing stop, short), never a sentence of the page."""
    if not line[:1].islower() or re.search(r"[.,;!?]$", line) or len(line) > MAX_HEADLINE // 2:
        return None
    return _TYPE_HEADLINE.match(line[:1].upper() + line[1:])


_WHOSE = re.compile(r"^(?:(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)\s+)?của\s", re.I)
# "Công điện khẩn của Chủ tịch UBND tỉnh về phòng chống rét …": a post titled by the document's own name, its body
# and its "về" subject (a Công điện keeps the bare "về", a Công văn drops it as its label).
_WHOSE_ABOUT = re.compile(r"^(?:(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)\s+)?của\s+(?P<body>[^,;:()\d]{3,80}?)\s+"
                          r"(?P<about>(?:về|V/v)\s+[^;:()]{8,300})$", re.I)


# "Công văn Bộ Y tế gửi Chủ tịch UBND các tỉnh, thành phố về tăng cường … 15/07/2016": a post titled by the
# document's type, its body (no "của"), whom it goes to and its "về" subject; the post's day after it is no part of it.
# "Công văn gửi các Sở Tư pháp về việc tổ chức kỷ niệm …": the same without the body, which the page's lead names.
_SENT_HEADLINE = re.compile(r"^(?P<type>" + "|".join(sorted(map(re.escape, TYPE_NAMES), key=len, reverse=True))
                            + r")\s+(?:(?P<body>[A-ZĐỦ][^,;:()\d]{2,80}?)\s+)?gửi\s+[^;:()]{3,200}?\s+"
                            r"(?P<about>về\s+[^;:()]{8,300}?)\.?(?:\s+\d{1,2}/\d{1,2}/\d{4})?$")


def read_sent_headline(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no number or date whose headline names its document's type, body and subject ("Công văn Bộ Y tế
    gửi … về …"): its empty trích yếu, type and issuer, where the page's own lead (if it read one) names the same
    type and body (reported)."""
    if any(result.fields.get(k) for k in ("number", "date", "title")):
        return
    lines = headline_lines(blocks, HEADLINE_LINES * 12)
    for line in lines[: HEADLINE_LINES * 2]:
        sent = _SENT_HEADLINE.match(line)
        body = sent.group("body") if sent else None
        if sent is None or (body is not None and not _BODY.match(written_out(body))):  # "Kế hoạch UBND huyện X gửi …"
            continue
        kind, issuer = str(result.fields.get("type") or ""), str(result.fields.get("issuer") or "")
        if (kind and kind != sent.group("type")) or (issuer and body is not None and fold(issuer).lower() != fold(
                written_out(collapse_space(body))).lower()):
            return  # the lead names another document: the headline is no name of this one
        if not kind:
            result.take("type", sent.group("type"), f"trang không có phần đầu văn bản; loại văn bản đọc từ tiêu đề "
                                                    f"trang “{line}”")
        _take_whose(result, sent.group("type"), sent, line, lines)
        return


def _take_whose(result: ImportResult, kind: str, whose: re.Match[str], line: str, lines: list[str]) -> None:
    """The body and the subject a post title names (reported); a body without its locality is completed by the one
    place of its level the page names, else kept as written (``lead_place``)."""
    why = f"trang không có phần đầu văn bản; đọc từ tiêu đề trang “{line}”"
    about = whose.group("about").strip(" .")
    result.take("title", re.sub(r"^(?:về việc|về|V/v)\s+", "", about, flags=re.I) if kind == "Công văn" else about, why)
    if not whose.group("body"):
        return
    issuer = lead_issuer(result, written_out(collapse_space(whose.group("body"))), line, "\n".join(lines))
    if issuer and not result.fields.get("issuer"):
        result.take("issuer", issuer, why)


def says_whose(line: str) -> bool:
    """Whether *line* is a type word and whose the document is ("Công điện khẩn của Chủ tịch UBND tỉnh …")."""
    m = _TYPE_HEADLINE.match(line.strip())
    return bool(m and _WHOSE.match(m.group("rest")))


# "Thông báo Khẩn ngày 18/10/2020": a post titled by the document's own name and day, no trích yếu (a PDF may put
# the day on the next line).
_NAMED_DAY = re.compile(r"^(?:(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)\s+)?ngày(?:\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-]"
                        r"(?P<y>\d{4}))?$", re.I)


def _read_named_day(result: ImportResult, kind: str, rest: str, following: list[str], line: str) -> bool:
    m = _NAMED_DAY.match(rest)
    day_next = re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b", following[0]) if following else None
    if m and not m.group("d") and day_next:
        m, line = _NAMED_DAY.match(f"{rest} {day_next.group(0)}"), f"{line} {day_next.group(0)}"
    if m is None or not m.group("d"):
        return False
    try:
        day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return False
    why = f"trang không có phần đầu văn bản; tiêu đề trang chỉ ghi tên loại và ngày: “{line}”"
    result.take("type", kind, why)
    result.take("date", day.isoformat(), why)
    result.notes.append("tiêu đề trang không nêu trích yếu")
    return True


# A portal record's heading: "Về việc báo cáo tình hình … (3585/VP-KTN, ngày 23/10/2017)." — trích yếu, number, date.
_BRACKETED = re.compile(r"^(?:V/v|Về việc)\s+(?P<title>[^()]{8,400}?)\s*\((?:số\s+)?(?P<number>\d+[^\s,()]*/[^\s,()]+)\s*,?"
                        r"\s*(?:ngày\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)\.?$", re.I)


def read_bracketed_heading(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header whose heading gives the trích yếu with the number and date in brackets: all three,
    and the type the number's code names (a code naming none, a Công văn), each reported."""
    if any(result.fields.get(k) for k in ("number", "date", "type")):
        return
    lines = [collapse_space(b.text) for b in blocks[: HEADLINE_LINES * 6] if isinstance(b, Line) and b.text.strip()]
    for line in lines[: HEADLINE_LINES * 2]:
        m = _BRACKETED.match(line)
        if m is None:
            continue
        try:
            day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return
        number = m.group("number")
        kind = type_from_number(number) or ("Công văn" if is_letter_number(number) else "")
        values = {"number": number, "date": day.isoformat(), "type": kind, "title": m.group("title")}
        for key, value in values.items():
            if value:
                result.take(key, value, f"trang không có phần đầu văn bản; đọc từ tiêu đề “{line}”")
        return


# "…; UBND xã Biển Hồ xây dựng Kế hoạch tuyên truyền … trên địa bàn xã Biển Hồ, cụ thể như sau:": a page posted
# without its header whose preamble names its own type and trích yếu, then announces its content ("…; căn cứ tình
# hình thực tiễn, Đảng ủy Khối … xây dựng Kế hoạch tổ chức … như sau:": after a comma too). The type word in any case
# ("xây dựng kế hoạch"), a bracket inside the name kept ("(gọi tắt là Quỹ)"), a link's "(xem … tại đây)" and "với những
# nội dung" after it dropped.
PREAMBLE_OWN = re.compile(r"(?:^|[;.]\s+|,\s+)(?:UBND|HĐND|Ủy ban|Uỷ ban|Ban|Sở|Hội|Đảng ủy|Đảng uỷ|Thường trực)\s[^;:.()]{2,100}?\s+"
                           r"(?:xây dựng|ban hành)\s+(?P<type>(?i:" + "|".join(sorted((re.escape(n) for n in TYPE_NAMES
                                                                                  if n != "Công văn"), key=len, reverse=True))
                           + r"))\s+(?P<title>[a-z" + LOWER_MARKED + r"](?:[^;:()]|\([^()]{1,80}\)){10,400}?)\s*"
                           r"(?:\((?:sau đây\s+)?gọi tắt[^()]{0,120}\)\s*)?(?:\((?:xem|chi tiết)\b[^()]{0,60}\)\s*)?"
                           r",?\s*(?:(?:với|gồm)\s+(?:những|các)\s+nội dung\s+)?(?:cụ thể\s+)?(?:như sau|sau đây)\s*:")


def _preamble_own(blocks: list[Block]) -> re.Match[str] | None:
    lines = [collapse_space(b.text) for b in blocks[: HEADLINE_LINES * 8] if isinstance(b, Line) and b.text.strip()]
    return PREAMBLE_OWN.search(" ".join(lines)[:3000])  # the lines joined: a PDF wraps the preamble


def read_preamble_type(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header, no lead and no type: the type and trích yếu its preamble gives itself (reported)."""
    if any(result.fields.get(k) for k in ("type", "number", "date")):
        return
    m = _preamble_own(blocks)
    if m:
        why = f"trang không có phần đầu văn bản; lời mở đầu tự nêu: “{m.group(0).strip(' ;.:')}”"
        result.take("type", next(n for n in TYPE_NAMES if n.lower() == m.group("type").lower()), why)
        result.take("title", m.group("title"), why)
