"""What a copied portal page leaves among a document's lines that is the page's, not the document's.

A portal's side boxes copy as their headings and counters ("Các tin khác", "Thống kê truy cập", "Truy cập tổng
1.753.202", "return to top"); a page that showed an image copies as an empty image link ("![]() |", its alt text and address gone); a page that
offered the document as a file copies its link's words ("Chi tiết công văn xem tại đây", "Nội dung đề cương …:
click xem tại đây") with no address behind them; a share button copies as "Xem Tin tức tiêm chủng trên Google+".
None is a sentence of the document, and none leads anywhere on the clerk's site. Import leaves such lines out of the
body and names them in its report. A line that says more than where to click ("Bản vẽ ranh khu phố … (14 Khu
phố): Xem tại đây" names an attachment) is cut to its words, the prompt dropped.
"""

from __future__ import annotations

import re

from .patterns import UPPER_MARKED

__all__ = ["body_chrome", "dangling_label", "page_leftover", "portal_day", "without_link_prompt", "without_null"]

_EMPTY_IMAGE = re.compile(r"!\\?\[\\?\]\\?\(\\?\)[\s|]*")  # "![]()", "![]() |"
# A portal's side boxes, copied after the document: "Các tin khác", "Tin cùng nhóm", "TIN CÙNG DANH MỤC", "Xem tin theo
# ngày", "Thống kê truy cập", "Truy cập tổng 1.753.202", "return to top", "QR Code Fanpage", a comment box ("Bình luận",
# "* Vui lòng nhập bình luận tiếng Việt có dấu")
_WIDGET = re.compile(
    r"(?:các\s+)?tin\s+(?:khác|liên\s+quan|cùng\s+(?:nhóm|danh\s+mục|chuyên\s+mục|loại)|đã\s+đưa)|xem\s+tin\s+theo\s+ngày"
    r"|thống\s+kê\s+truy\s+c[ậâ]p|truy\s+c[ậâ]p\s+(?:tổng|hiện\s+tại|hôm\s+nay|trong\s+(?:ngày|tháng|năm))\s*:?\s*[\d.,]*"
    r"|đang\s+(?:truy\s+cập|online)\s*:?\s*[\d.,]*|qr\s+code(?:\s+fanpage)?|return\s+to\s+top|(?:về|lên)\s+đầu\s+trang"
    r"|chúng\s+tôi\s+trên\s+mạng\s+xã\s+hội|chung\s+nhan\s+tin\s+nhiem\s+mang|tiện\s+ích\s+thông\s+tin"
    r"|email\s+của\s+bạn\s+sẽ\s+không\s+được\s+hiển\s+thị\s+công\s+khai\b.*|bình\s+luận|bài\s+viết\s+liên\s+quan"
    r"|\*?\s*vui\s+lòng\s+nhập\s+bình\s+luận\b.*", re.I)
_SHARE = re.compile(r"Xem\s+.{1,60}?\s+trên\s+(?:Google\+|Facebook|Twitter|Zalo)", re.I)
# "Chi tiết văn bản xem tại đây", "click xem tại đây": a link's words; "(tải về)", a file name may follow the prompt
_PROMPT = re.compile(r"(?:(?:click|bấm|nhấn|nhấp)\s+(?:vào\s+)?)?(?:xem|tải(?:\s+về)?)\s+(?:chi tiết\s+|toàn văn\s+)?"
                     r"tại\s+đây\b[\s.:]*(?:\S+)?", re.I)
_POINTER = re.compile(r"(?:(?:chi tiết|toàn văn|nội dung|file|tệp)(?:\s+(?:của\s+)?(?:văn bản|công văn|quyết định|"
                      r"kế hoạch|thông báo|hướng dẫn|chỉ thị|nghị quyết|tài liệu))?\s*:?\s*)?", re.I)


# "Thứ năm, Tháng 6 4, 2015", "Chủ nhật, 12/05/2024": a portal's date line alone (its own day, in its own order), no
# sentence of the document; a document's date stands in its header's "<place>, ngày … tháng … năm …" or its lead.
_PORTAL_DAY = re.compile(r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,\s*(?:ngày\s+)?"
                         r"(?:Tháng\s+\d{1,2}\s+\d{1,2}|\d{1,2}\s+Tháng\s+\d{1,2}|\d{1,2}\s*[/.-]\s*\d{1,2})\s*[,/.-]?\s*\d{4}",
                         re.I)
# "Tài liệu:", "Tệp đính kèm:": the label of a portal's attachment box whose links the copy lost
_ATTACHMENT_LABEL = re.compile(r"(?:tài liệu|tệp|file|văn bản)(?:\s+đính kèm)?\s*:", re.I)
# "null Công nhận 08 xã …": a portal's script printed an empty value before its heading
_NULL = re.compile(r"^null\s+(?=[A-Z" + UPPER_MARKED + r"\d“\"])")


def portal_day(text: str) -> bool:
    """Whether a line is a portal's date line alone ("Thứ năm, Tháng 6 4, 2015"): left out of the body only (above a
    header it still parts two lines, so the page's own lines are read as before)."""
    return _PORTAL_DAY.fullmatch(text.strip()) is not None


def dangling_label(text: str) -> bool:
    """Whether a line is an attachment box's label alone ("Tài liệu:"): chrome when nothing of the document follows."""
    return _ATTACHMENT_LABEL.fullmatch(text.strip()) is not None


def without_null(text: str) -> str:
    """*text* without the "null " a portal's script printed before it."""
    return _NULL.sub("", text.lstrip(), count=1) if _NULL.match(text.lstrip()) else text


def page_leftover(text: str) -> bool:
    """Whether a line is nothing but a portal page's side box, image, share button or link prompt."""
    stripped = text.strip()
    if not stripped:
        return False
    if _EMPTY_IMAGE.fullmatch(stripped) or _SHARE.fullmatch(stripped) or _WIDGET.fullmatch(stripped.rstrip(" :")):
        return True
    pointer = _POINTER.match(stripped)
    return bool(_PROMPT.fullmatch(stripped[pointer.end() if pointer else 0:]))


def without_link_prompt(text: str) -> str:
    """A line naming what a portal linked to, without the link's "xem tại đây" (the line itself when it has none)."""
    m = re.search(r"[\s:,–-]*(?:" + _PROMPT.pattern + r")$", text.rstrip(), re.I)
    return text[: m.start()].rstrip() if m and m.start() > 0 else text


def body_chrome(texts: list[str]) -> set[int]:
    """The indexes of *texts* (a body's lines, in order) that are a portal's chrome: its date line alone, and an
    attachment box's label with nothing of the document after it ("Tài liệu:" whose links the copy lost)."""
    gone = {i for i, text in enumerate(texts) if portal_day(text)}
    for i, text in enumerate(texts):
        if dangling_label(text) and all(not t.strip() or page_leftover(t) for t in texts[i + 1 :]):
            gone.add(i)
    return gone
