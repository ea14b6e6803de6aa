"""The title a news lead gives the document it presents, whatever verb presents it (README rule H (2); "the cited
document in the title a news lead gives … implements").

:mod:`.lead_titles` reads the title after the verbs "ban hành" ("vừa ban hành Kế hoạch số 12 về …", "vừa ban hành văn
bản triển khai …") and "có … số" ("có Công văn số 455 về …").  A lead presents its document with other verbs too, and
:mod:`.leads` already reads them as the page's own number ("vừa ký Văn bản số 3766 về việc triển khai thực hiện Công
điện số 112/CĐ-TTg", "đã ký Quyết định số 388/QĐ-TTg ban hành Kế hoạch triển khai thi hành Nghị quyết số …",
"phát đi", "gửi", "phê duyệt"), or presents it without a number ("… vừa có hướng dẫn học tập … và tuyên truyền thực
hiện Chỉ thị 05-CT/TW …", "UBND tỉnh đã có công văn gửi các sở … về việc đẩy mạnh thực hiện Chỉ thị số 04/CT-TTg …").
Where the lead stands, what follows the document is its title: the page's own document carries out what that title
names (a report, a review, a proposal or an amended document there is still read as one by :mod:`.relations`).
"""

from __future__ import annotations

import re

from .lead_titles import sentence_stop, title_stop
from .model import OwnNumber
from .news import HEADLINE_CHARS, UNNUMBERED_LEAD
from .numbers import scan_number

__all__ = ["own_lead_title", "unnumbered_lead_title"]

_SERIAL = re.compile(r"\d+")
_BLANKS = re.compile(r"\s*")
_FIRST_SENTENCE_END = re.compile(r"[.!?…](?=[ \t]|$)|\n", re.MULTILINE)
# Where a lead's title stops being the document's own act: a report or review it asks of others ("… đề nghị tổng hợp,
# báo cáo kết quả triển khai Nghị định số 178/2024/NĐ-CP …": what others did, told back; heldout8 p48) and where a rule
# stands ("… ngoài 6 nhóm công việc được quy định trước đó tại Công văn 2209/2021", "… theo tiêu chí được quy định tại
# Quyết định số 12/2018/QĐ-TTg": a criterion, README rule B).  "theo" alone is no end: "về việc tiếp tục thực hiện …
# theo Chỉ thị số 16/CT-TTg" is the document's own carrying out (rule B; tuning3 t3-18).
_TITLE_TURN = re.compile(
    r"(?<![^\W_])(?:báo[ \t]+cáo|tổng[ \t]+hợp|tổng[ \t]+kết|sơ[ \t]+kết|quy[ \t]+định(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+tại)"
    r"(?![^\W_])",
    re.IGNORECASE,
)


def _past_blanks(w: str, pos: int) -> int:
    m = _BLANKS.match(w, pos)
    return m.end() if m is not None else pos


def _until_turn(w: str, start: int, stop: int) -> tuple[int, int]:
    """The title ``w[start:stop]`` cut where it turns from the document's own act (:data:`_TITLE_TURN`)."""
    turn = _TITLE_TURN.search(w, start, stop)
    return (start, turn.start() if turn is not None else stop)


def own_lead_title(w: str, own: OwnNumber, line_start: int, line_end: int) -> tuple[int, int]:
    """The span of the title after the own number a news lead gave (``own.source == "lead"``) on the line
    ``w[line_start:line_end]``: from the number's end to the description's end (:func:`.lead_titles.title_stop`);
    (0, 0) when the number is not found on that line."""
    serial = _SERIAL.search(own.number)
    if serial is None:
        return (0, 0)
    digits = serial.group(0)
    found = w.find(digits, line_start, line_end)
    while found >= 0:
        if not w[found - 1 : found].isdigit():
            scan = scan_number(w, found)
            if scan is not None and scan.serial == digits:
                stop = sentence_stop(w, scan.end)
                return _until_turn(w, scan.end, title_stop(w, scan.end, stop))
        found = w.find(digits, found + 1, line_end)
    return (0, 0)


def unnumbered_lead_title(w: str) -> list[tuple[int, int]]:
    """The title a page's first sentence (or the lead under a short headline) gives a document it presents without a
    number by "đã/vừa có <type>" (:data:`.news.UNNUMBERED_LEAD`; "ban hành" is :mod:`.lead_titles`'): the rest of that
    sentence."""
    start = _past_blanks(w, 0)
    for _ in range(2):
        end = _FIRST_SENTENCE_END.search(w, start)
        stop = end.start() if end is not None else len(w)
        found = UNNUMBERED_LEAD.search(w, start, stop)
        if found is not None:
            if "hành" in found.group(0)[: found.start("type") - found.start()]:
                return []  # "vừa ban hành Chỉ thị về …": lead_titles' LEAD_ISSUED
            return [_until_turn(w, found.end(), sentence_stop(w, found.end()))]
        if end is None or w[end.start()] != "\n" or end.start() - start > HEADLINE_CHARS:
            return []
        start = _past_blanks(w, end.end())  # a headline above the lead: the lead's first sentence
    return []
