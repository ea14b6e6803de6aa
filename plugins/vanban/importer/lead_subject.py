"""The trích yếu a news lead gives for the document it names: the citation reader's subject, "về …" kept as the
document's own line says it, or the words right after the number (and its date), and where the lead's sentence goes on
past it (``RUN_ON``). Split out of ``lead`` (its own concern: what the document is about, not which document)."""

from __future__ import annotations

import re

from ..citations import Citation, extract
from .patterns import LOWER_MARKED, NAME_BRACKET, UPPER_MARKED
from .request import ASKS, asked

# "… về chuyển đổi số năm 2026, xác định rõ lộ trình …": the lead's sentence goes on past the trích yếu.
# '… ban hành "Kế hoạch …” với 2 tình huống đặt ra …': after a closed quotation too.
# "… đến năm 2050 với những nội dung chủ yếu như sau:", "… hè 2020 với chủ đề “…”": what the news adds, comma or not;
# the addressees ("… gửi/tới các tỉnh …"), where it applies (", áp dụng với các bộ …") and when an event it names takes
# place ("… diễn ra từ ngày 15 – 19/11 …") too.
RUN_ON = re.compile(r"(?:,\s*|(?<=[”\"])\s+)(?:xác định|nhằm|với|với mục tiêu|đặt ra|đề ra|theo đó|trong đó|qua đó|đồng thời)\b"
                    r"|\s+với\s+(?:(?:những|các)\s+)?(?:nội dung\s+(?:(?:chủ yếu|chính|cụ thể)\s+)?(?:như\s+)?sau|chủ đề)\b"
                    r"|(?<!hướng)\s+(?:gửi|tới)\s+(?:các\s+(?:bộ|sở|ban|ngành|tỉnh|huyện|xã|phường|địa phương|cơ quan|đơn vị)|Ủy ban|Uỷ ban|"
                    r"UBND|Chủ tịch|Thủ trưởng)\s"
                    r"|,\s*áp dụng\s+(?:với|đối với|cho)\b|\s+nhằm\s|\s+(?:diễn ra|được tổ chức)\s+(?:từ|vào|trong)\s+(?:ngày|tháng)\b")


# "… ban hành Quyết định số 240/QĐ-UBND công nhận 13 xã …." / "Công văn số 23/UBND-TN, xây dựng báo cáo …": a lead
# that gives the trích yếu right after the number, without "về"; never "gửi …", "của …", "ngày …" (no trích yếu).
_BARE_SUBJECT = re.compile(r"^\s*,?\s*(?P<title>(?!(?:gửi|của|ngày|do|tại|cho|với|và|nhằm|để|theo|trên|từ|đến|vào|"
                           r"năm|lúc|về)\b)[a-z" + LOWER_MARKED + r"](?:[^;()]|" + NAME_BRACKET + r"){8,300}?)\s*"
                           r"(?:\((?!" + NAME_BRACKET[2:] + r")|\./\.|\.(?:\s|$)|;|$)")


# "… Quyết định số 1847/QĐ-TTg ngày 19/11/2020, tặng Cờ Thi đua …": the date set off by a comma before the subject.
_DATED = re.compile(r"^\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,\s*")


def bare_subject(rest: str, above: list[str]) -> str:
    """The trích yếu a lead gives right after the document's number, or after its date and a comma (see
    ``_BARE_SUBJECT``), else "" (what it asks is none, unless a headline among *above* repeats it: ``request``)."""
    if dated := _DATED.match(rest):
        rest = rest[dated.end() :]
    if ASKS.match(rest):
        return asked(rest, above)
    m = _BARE_SUBJECT.match(rest[:320])
    return m.group("title").strip() if m else ""


# "… Quyết định số 11/2018/QĐ-UBND Quy định về thi đua, khen thưởng tỉnh Thái Nguyên.": a decision's trích yếu
# written right after its number, opening with the capitalised name of what it issues or does (Nghị định 30/2020,
# Phụ lục III: "Ban hành …", "Phê duyệt …", "Quy định về …"), never with "về" (the citation reader's subject then
# lacks its head word). "… thông báo số 106/TB-TCĐBVN với phương án và thời gian phân luồng như sau:": a notice
# announcing its content names it after "với" (never "với những nội dung", "với chủ đề": what the news adds).
_NAMED_AFTER = re.compile(r"^\s*,?\s*(?P<title>(?:Quy định|Quy chế|Điều lệ|Ban hành|Phê duyệt|Sửa đổi|Bổ sung|Công nhận|"
                          r"Thành lập|Kiện toàn|Hướng dẫn|Giao|Điều chỉnh|Phân bổ|Công bố|Cho phép|Chấp thuận)\s(?:[^;()]|" + NAME_BRACKET + r"){8,300}?)\s*(?:\./\.|\.(?:\s|$)|;|$)")
_WITH_CONTENT = re.compile(r"^\s*,?\s*với\s+(?!(?:(?:những|các)\s+)?(?:nội dung|chủ đề|mục tiêu|sự)\b)"
                           r"(?P<title>[^.;:()]{8,200}?)\s*,?\s*(?:cụ thể\s+)?như sau\s*:")


def named_after_number(rest: str) -> str:
    """The trích yếu a lead writes right after the document's number by its head word, or as what a notice sets out
    "với … như sau:" (see ``_NAMED_AFTER``), else ""."""
    m = _NAMED_AFTER.match(rest[:320]) or _WITH_CONTENT.match(rest[:240])
    return RUN_ON.split(m.group("title"), maxsplit=1)[0].strip(" ,") if m else ""


def unasked(title: str, above: list[str]) -> str:
    """A subject the citation reader took that says what the letter directs ("chỉ đạo tổ chức …") is none, unless a
    headline among *above* repeats it (``request``)."""
    return asked(title, above) if ASKS.match(title) else title


# the units of an address ("thôn X, xã Y, huyện Z") a trích yếu may list after a comma
_UNIT = r"(?:thôn|xóm|ấp|bản|tổ dân phố|khu phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)"

# "…, cụ thể:", "… như sau:": the lead announcing what follows, no part of the trích yếu
_ANNOUNCES = re.compile(r",?\s*(?:cụ thể|như sau|sau đây|gồm)?\s*:\s*$")


def lead_subject(cited: Citation, about: str, rest: str = "") -> str:
    """The trích yếu the lead gives: the citation reader's subject, with a bracket that closes it ("… Ngày Tổng
    tuyển cử (06/01/1946 - 06/01/2026)") kept, else what follows "về". Without a "về", the lead's sentence after
    the number (*rest*) is what the subject is measured against."""
    subject = cited.subject or ""
    if not subject:
        return about
    if not about and (at := rest.find(subject)) >= 0 and at < 40:
        about = re.split(r"\.(?:\s|$)", rest[at:], maxsplit=1)[0]
    about = _ANNOUNCES.sub("", RUN_ON.split(about, maxsplit=1)[0])
    extra = about[len(subject):].strip() if about.startswith(subject) else ""
    if extra[:1] in (";", ":") and not extract(extra).citations:
        # "… cần thu hồi đất; cho phép chuyển mục đích …", "… Gói thầu số 03: Kiểm tra …": the citation reader ends a
        # subject where a list of citations would go on; the lead's own document's runs to its sentence's end
        return f"{subject}{extra}".strip(" ,")
    if extra.startswith("”") and subject.count("“") > subject.count("”"):
        return subject + "”"  # '… giai đoạn 2022 - 2030”.': the quotation the subject opened closes it
    if extra.startswith('"') and subject.count('"') % 2:
        return subject + '"'  # '… danh hiệu "Làng nghề Hà Nội".': straight quotes the same
    # "… Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026)", "… vắc xin Bại liệt tiêm (IPV) trong Chương trình …"
    # "… thành công (19/8/1945 - 19/8/2025) và Quốc khánh … Việt Nam (2/9/1945 - 2/9/2025)": words before a bracket
    # and a second bracket too
    # "… gia cầm (A/H5N1) tại thôn Như Bình, xã Phước Thái, huyện Ninh Phước": the words after it in lower case (a
    # capital starts the page's next sentence), an address list among them
    bracket = r"\([^()]{1,60}\)"
    # "… hạng Nhất (lần thứ 2)" / "Với mục đích …": a capital after the bracket opens the next sentence, its stop lost
    extra = re.sub(rf"^((?:[^\s,;()]+\s+){{0,3}}{bracket})\s+[A-Z{UPPER_MARKED}].*", r"\1", extra, flags=re.S)
    tail = rf"(?=[a-z{LOWER_MARKED}])[^,;()]{{1,150}}?(?:,\s*{_UNIT}\s+[^,;()]{{1,40}})*"
    return (f"{subject} {extra}" if re.fullmatch(rf"(?:[^\s,;()]+\s+){{0,3}}{bracket}(?:\s+{tail}(?:\s*{bracket})?)?",
                                                 extra) else subject)


def about_kept(title: str, text: str) -> str:
    """A trích yếu the lead gives as "về việc …" or "về …" keeps those words, as the document's own line
    says them (only a công văn's "V/v" is a label, see ``_take``)."""
    if not title or re.match(r"(?:về|V/v)\b", title, re.I):
        return title
    said = re.search(r"\b(về việc|về)\s+[“\"']?" + re.escape(title[:20]), text, re.I)
    return f"{said.group(1)} {title}" if said else title
