"""Deadlines ("Mốc thời gian") found in the text of a directive document.

Plans and guidance set dates for the units they address: "Báo cáo kết quả … trước ngày
28/3/2025", "hoàn thành trong tháng 3/2025", "định kỳ 6 tháng và hàng năm báo cáo …",
"gắn với Ngày Chuyển đổi số quốc gia (10/10)". :func:`extract_deadlines` finds them with
what must be done (``action``) and, when the item says so, who must do it (``actor``).

Design, in short:

* The text is read as *blocks*: a line plus the lines that continue its sentence. A line
  continues the previous one when that one has no closing punctuation and the new one
  starts in lower case (or with a digit or "(" that is not an item number), even across
  one or two blank lines — Word and PDF exports break sentences ("Báo cáo kết quả học tập"
  / blank / "về Ban Thường vụ …").
* A date counts only with a *trigger* right before it ("trước", "chậm nhất", "hạn chót",
  "hoàn thành", "vào", "tổ chức", "trong tháng", …). Dates of cited documents ("Kế hoạch
  số 386-KH/TU, ngày 13/02/2025 của …"), years of vision ("đến năm 2030") and periods
  ("giai đoạn 2023 - 2030") carry no trigger and so are never deadlines.
* Past events are left out: an "on_date" whose sentence says "đã", "vừa" or a passive
  "được tổ chức" without "sẽ"/"dự kiến", or that falls before ``doc_date``; a "by_date" or
  "month" whose clause (from its last comma) says "đã".
* ``action`` is the clause holding the phrase (clauses end at ``;``, ``:`` and sentence
  ends) with every phrase removed; when little is left ("hoàn thành trước 10/3/2025") the
  previous clause of the same item is used. ``actor`` is the "<unit>:" prefix of the item
  or paragraph, or the heading of the numbered item the paragraph belongs to, when that
  heading names a unit (UBND, Ban …, Các chi, đảng bộ …) rather than a topic (Thời gian,
  Nội dung …).
* A date without a year ("trước ngày 15/3") takes the year of ``doc_date`` (the next year
  when the month lies six or more months before the document's month); ``text`` keeps the
  phrase as written so the inference stays visible. Without ``doc_date`` it is skipped.
* "trước tháng 6/2025" is a ``by_date`` on the last day of May; "đến hết/chậm nhất/cuối
  tháng 3/2025" a ``by_date`` on 31 March; "trong/vào tháng 3/2025" and quarters
  ("trong quý II/2025") are ``month`` spans; "từ ngày 1/3 đến ngày 15/3/2025" is a
  ``by_date`` on 15 March with ``start`` 1 March. "trong năm 2025" is not extracted.

Most blocks hold no deadline, so cheap tests turn them away before any pattern runs (a
finder runs only on a block holding a digit or a word its patterns need); sentences,
actions and the actors of numbered items are worked out only when a candidate phrase needs them.

Every regular expression runs on a bounded window or is free of nested unbounded
repetition, so the work is linear in the length of the text; nothing raises on arbitrary
Unicode (digits are matched as ASCII ``[0-9]`` only).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from vanban.text import DASHES, collapse_space, nfc, normalise_dashes

__all__ = ["KINDS", "Deadline", "extract_deadlines"]

KINDS = ("by_date", "on_date", "month", "recurring_yearly", "periodic")


@dataclass(frozen=True)
class Deadline:
    """One time limit or date set by a document."""

    kind: str
    """``by_date``, ``on_date``, ``month`` (month or quarter span), ``recurring_yearly``, ``periodic``."""
    date: datetime.date | None
    """The day (by_date/on_date), the last day of the span (month), ``None`` otherwise."""
    start: datetime.date | None
    """The first day of a span (month, quarter, "từ ngày … đến ngày …"), else ``None``."""
    month_day: tuple[int, int] | None
    """``(month, day)`` for recurring_yearly."""
    action: str
    """What must be done, from the same item or sentence."""
    actor: str | None
    """Who must do it, when the item says so."""
    text: str
    """The phrase as written, e.g. ``"trước ngày 28/3/2025"``."""
    line: int
    """1-based line of the phrase in the input (plus ``line_offset``)."""


# --------------------------------------------------------------------------- reading

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# The characters :func:`normalise_dashes` maps (tests check the two agree).
_DASH = re.compile(f"[{re.escape(DASHES)}]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_ESCAPED = operator.itemgetter(1)  # the escaped character; faster than the template r"\1"
_MD_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)")
_TERMINAL = frozenset(".;:!?…")

_ITEM = re.compile(
    r"^(?:(?P<num>[0-9]{1,3})[.)]|(?P<dotted>[0-9]{1,3}(?:\.[0-9]{1,3}){1,4})\.?"
    r"|\((?P<paren>[0-9]{1,3})\)|(?P<letter>[a-zđ])\))\s+"
)
_ROMAN = re.compile(r"^(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+")
_BULLET = re.compile(r"^[-+•·–*]\s*")


@dataclass(slots=True)
class _Block:
    text: str = ""
    starts: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def add(self, text: str, line: int) -> None:
        if self.text:
            self.text += " "
        self.starts.append(len(self.text))
        self.lines.append(line)
        self.text += text

    def line_at(self, pos: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.starts, pos) - 1)]


def _clean_line(line: str) -> str:
    """``line`` (already NFC, dashes normalised) as the patterns read it.

    Each step runs only when it can change the line, since most lines need none. A printable
    line has no zero-width character and no white space but " " (both are "Other" or
    "Separator"), so without doubled or edge spaces it is already collapsed.
    """
    printable = line.isprintable()
    if not printable:
        line = _INVISIBLE.sub("", line)
    if "#" in line or ">" in line:
        line = _MD_HEADING.sub("", line)
    if "\\" in line:
        line = _MD_ESCAPE.sub(_ESCAPED, line)
    line = line.replace("*", "")
    if printable and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return collapse_space(line)


def _continues(previous: str, nxt: str) -> bool:
    if not previous or previous[-1] in _TERMINAL:
        return False
    first = nxt[0]
    if first.islower():
        return True
    return (first.isdigit() or first == "(") and not _ITEM.match(nxt)


def _blocks(text: str) -> Iterator[_Block]:
    block: _Block | None = None
    blanks = 0
    # NFC and the dash mapping give the same lines run once on the whole text as line by
    # line (nothing composes with a line break); the mapping, slow, only when there is a dash.
    text = nfc(text)
    if _DASH.search(text):
        text = normalise_dashes(text)
    lines = _LINE_SPLIT.split(text) if "\r" in text else text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = _clean_line(raw) if raw else raw
        if not line:
            blanks += 1
            continue
        if block is not None and blanks <= 2 and _continues(block.text, line):
            block.add(line, number)
        else:
            if block is not None:
                yield block
            block = _Block(line, [0], [number])  # _Block().add(line, number)
        blanks = 0
    if block is not None:
        yield block


# --------------------------------------------------------------------------- actors

_TONE_PAIRS = (
    ("uỷ", "ủy"),
    ("uý", "úy"),
    ("uỳ", "ùy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
    ("oá", "óa"),
    ("oà", "òa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oé", "óe"),
    ("oè", "òe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
)


_OLD_TONE = re.compile("|".join(old for old, _ in _TONE_PAIRS))


def _norm_key(text: str) -> str:
    key = collapse_space(text).lower()
    if _OLD_TONE.search(key):  # rarely: one search instead of fifteen replacements
        for old, new in _TONE_PAIRS:
            key = key.replace(old, new)
    return key


_ORG_WORDS = tuple(
    _norm_key(w)
    for w in (
        "UBND",
        "HĐND",
        "UB",
        "UBMTTQ",
        "MTTQ",
        "UBKT",
        "BTV",
        "BTG",
        "BCH",
        "BCĐ",
        "Ủy ban",
        "Ban",
        "Văn phòng",
        "Phòng",
        "Sở",
        "Các",
        "Cơ quan",
        "Trung tâm",
        "Hội",
        "Đoàn",
        "Công đoàn",
        "Liên đoàn",
        "Đảng ủy",
        "Đảng đoàn",
        "Ban cán sự",
        "Đảng bộ",
        "Chi bộ",
        "Chi hội",
        "Chi đoàn",
        "Huyện ủy",
        "Thị ủy",
        "Tỉnh ủy",
        "Thành ủy",
        "Quận ủy",
        "Cấp ủy",
        "Mặt trận",
        "Hội đồng",
        "Tòa án",
        "Viện",
        "Công an",
        "Bộ chỉ huy",
        "Ban chỉ huy",
        "Bộ",
        "Cục",
        "Chi cục",
        "Trường",
        "Bệnh viện",
        "Thường trực",
        "Đài",
        "Báo",
        "Tổ",
        "Nhóm",
        "Chủ tịch",
        "Phó Chủ tịch",
        "Bí thư",
        "Giám đốc",
        "Trưởng",
        "Phó trưởng",
        "Thủ trưởng",
        "Người đứng đầu",
        "Bộ phận",
        "Ngành",
        "Xã",
        "Phường",
        "Thị trấn",
        "Huyện",
        "Quận",
        "Thị xã",
        "Thành phố",
        "Tỉnh",
        "Doanh nghiệp",
        "Đơn vị",
        "Kho bạc",
        "Chi nhánh",
        "Ngân hàng",
        "Trạm",
        "Hợp tác xã",
        "Hiệu trưởng",
        "Đảng viên",
        "Cán bộ",
        "Công chức",
        "Tổ chức cơ sở",
        "Tổ chức chính trị",
        "Tổ chức thành viên",
        "Tổ chức đảng",
        "Tổ chức đoàn thể",
        "Tổ chức hội",
        "Tổ chức công đoàn",
    )
)
_NOT_ACTOR = tuple(
    _norm_key(w)
    for w in (
        "Nội dung",
        "Hình thức",
        "Thời gian",
        "Thời hạn",
        "Mục đích",
        "Yêu cầu",
        "Đối tượng",
        "Địa điểm",
        "Kinh phí",
        "Thành phần",
        "Phương thức",
        "Nhiệm vụ",
        "Giải pháp",
        "Công tác",
        "Kết quả",
        "Chế độ",
        "Tiến độ",
        "Lộ trình",
        "Ban hành",
        "Bổ sung",
        "Kính gửi",
        "Nơi nhận",
        "Căn cứ",
        "Thực hiện",
        "Về việc",
        "V/v",
        "Lưu",
        "Ghi chú",
        "Lưu ý",
        "Báo cáo",
        "Hội nghị",
        "Hội thảo",
        "Hội thi",
        "Trường hợp",
        "Phòng chống",
        "Phòng, chống",
        "Phòng ngừa",
        "Đoàn kết",
        "Các nội dung",
        "Các hình thức",
        "Các giải pháp",
        "Các nhiệm vụ",
        "Các mục tiêu",
        "Các hoạt động",
        "Các bước",
        "Các văn bản",
        "Các quan điểm",
        "Các chỉ tiêu",
        "Các yêu cầu",
        "Các biện pháp",
        "Các chương trình",
        "Các phong trào",
        "Các chủ trương",
    )
)
_ACTOR_LEAD = re.compile(r"^(?:đề\s+nghị|giao|yêu\s+cầu|kính\s+đề\s+nghị)\s+", re.IGNORECASE)


def _starts_with_word(words: Iterable[str]) -> re.Pattern[str]:
    """Matches a key that starts with one of ``words`` followed by a non-alphanumeric or the end.

    One alternation instead of a loop over the words: ``[^\\W_]`` is exactly ``str.isalnum``.
    """
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W_])")


_ORG = _starts_with_word(_ORG_WORDS)
_ORG_TO_CHUC = _starts_with_word(p for p in _ORG_WORDS if p.startswith("tổ chức "))
_TOPIC = _starts_with_word(_NOT_ACTOR)


def _as_actor(candidate: str) -> str | None:
    """``candidate`` cleaned when it names a unit (not a topic), else ``None``."""
    actor = collapse_space(_BULLET.sub("", candidate)).strip(" .,;:-")
    actor = _ACTOR_LEAD.sub("", actor).strip(" .,;:-")
    if not actor or len(actor) > 250 or len(actor.split()) > 40 or not actor[0].isupper():
        return None
    key = _norm_key(actor)
    if key.startswith("tổ chức ") and not _ORG_TO_CHUC.match(key):
        return None
    if _TOPIC.match(key):
        return None
    return actor if _ORG.match(key) else None


def _first_colon(text: str, start: int, limit: int = 250) -> int:
    end = min(len(text), start + limit)
    pos = text.find(":", start, end)
    while pos != -1:
        if not (0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()):
            return pos
        pos = text.find(":", pos + 1, end)
    return -1


# --------------------------------------------------------------------------- clauses

_PUNCTUATION = re.compile(r"[;:.!?]")
_NEXT_VISIBLE = re.compile(r"\s+(\S)")
_ABBREV = re.compile(r"(?:^|[\s(])[A-ZĐ][A-Za-zđĐ]{0,2}$")
_SENTENCE_OPENERS = frozenset("-–(\"“'‘[•+")


def _segments(text: str) -> tuple[list[int], list[int]]:
    """Start offsets of sentences and of clauses (sentences split at ``;`` and ``:``)."""
    sentences = [0]
    clauses = [0]
    for match in _PUNCTUATION.finditer(text):
        pos = match.start()
        char = match.group()
        if char == ";":
            clauses.append(pos + 1)
            continue
        if char == ":":
            if not (0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()):
                clauses.append(pos + 1)
            continue
        following = _NEXT_VISIBLE.match(text, pos + 1)
        if following is None:
            # Either the text ends here (perhaps after white space) or "." sits inside a token.
            if pos + 1 >= len(text) or text[pos + 1].isspace():
                sentences.append(pos + 1)
                clauses.append(pos + 1)
            continue
        nxt = following.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt in _SENTENCE_OPENERS):
            continue
        if char == "." and _ABBREV.search(text, max(0, pos - 4), pos):
            continue
        sentences.append(pos + 1)
        clauses.append(pos + 1)
    return sentences, clauses


def _span_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


# --------------------------------------------------------------------------- patterns

_I = re.IGNORECASE
_D = "[0-9]"

# Dates: "28/3/2025", "28.03.2025", "28-3-2025", "28 / 3 / 2025", "15/3", "ngày 7 tháng 3 năm 2025".
# A leading ``(?=[…])`` below names the characters a match can start with: implied by the
# rest of the pattern, it only spares the engine trying all of it at every other position.
_DATE_TOKEN = re.compile(
    rf"(?=[0-9n])"
    rf"(?:ngày\s+(?P<td>{_D}{{1,2}})\s+tháng\s+(?P<tm>{_D}{{1,2}})(?:\s*,?\s*năm\s+(?P<ty>{_D}{{4}}))?(?!{_D})"
    rf"|(?<![0-9/.\-])(?P<d>{_D}{{1,2}})\s?(?P<sep>[/.\-])\s?(?P<m>{_D}{{1,2}})"
    rf"(?:\s?(?P=sep)\s?(?P<y>{_D}{{4}})(?!{_D})|(?!{_D}|\s?(?P=sep)\s?{_D})))",
    _I,
)
# Months and quarters: "tháng 3/2025", "tháng 03 năm 2025", "tháng 3", "quý II/2025".
_MONTH_TOKEN = re.compile(
    rf"tháng\s+(?P<m>{_D}{{1,2}})(?:\s*(?:[/.\-]|,?\s*năm)\s*(?P<y>{_D}{{4}}))?(?!{_D}|\s*[/.\-]\s*{_D})"
    rf"|quý\s+(?P<q>IV|III|II|I|[1-4])(?![\w])(?:\s*(?:[/.\-]|,?\s*năm)\s*(?P<qy>{_D}{{4}}))?(?!{_D})",
    _I,
)
_DATE_SPAN = re.compile(
    rf"từ\s+(?:ngày\s+)?(?P<d1>{_D}{{1,2}})\s?(?P<s1>[/.\-])\s?(?P<m1>{_D}{{1,2}})"
    rf"(?:\s?(?P=s1)\s?(?P<y1>{_D}{{4}}))?\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?"
    rf"(?P<d2>{_D}{{1,2}})\s?(?P<s2>[/.\-])\s?(?P<m2>{_D}{{1,2}})\s?(?P=s2)\s?(?P<y2>{_D}{{4}})(?!{_D})",
    _I,
)
_MONTH_SPAN = re.compile(
    rf"từ\s+tháng\s+(?P<m1>{_D}{{1,2}})(?:\s*(?:[/.\-]|,?\s*năm)\s*(?P<y1>{_D}{{4}}))?"
    rf"\s*(?:đến|tới|-)\s*(?:hết\s+)?tháng\s+(?P<m2>{_D}{{1,2}})\s*(?:[/.\-]|,?\s*năm)\s*(?P<y2>{_D}{{4}})(?!{_D})",
    _I,
)
# "Ngày Khoa học và Công nghệ Việt Nam (18/5)", "nhân Ngày Quốc tế Phụ nữ (8/3)".
_RECUR_NAMED = re.compile(
    rf"(?<!\w)(?P<name>[Nn]gày\s+(?P<first>[^\W\d_])[^();:.\n]{{0,80}}?)\s*\(\s*(?:ngày\s+)?"
    rf"(?P<d>{_D}{{1,2}})\s?(?P<sep>[/.\-])\s?(?P<m>{_D}{{1,2}})\s*\)(?:\s*(?:hằng|hàng)\s+năm)?"
)
# "vào ngày 10/10 hằng năm", "ngày 18 tháng 5 hàng năm".
_RECUR_EVERY_YEAR = re.compile(
    rf"(?:vào\s+)?ngày\s+(?:(?P<d>{_D}{{1,2}})\s?(?P<sep>[/.\-])\s?(?P<m>{_D}{{1,2}})(?!{_D}|\s?(?P=sep)\s?{_D})"
    rf"|(?P<td>{_D}{{1,2}})\s+tháng\s+(?P<tm>{_D}{{1,2}})(?!{_D}))\s*,?\s*(?:hằng|hàng|mỗi)\s+năm(?!\w)",
    _I,
)
_UNIT = "(?:tuần|tháng|quý|năm|ngày)"
_FREQ = (
    rf"(?:(?:hằng|hàng|mỗi)\s+{_UNIT}|{_D}{{1,2}}\s+tháng(?:\s+(?:một|1)\s+lần)?"
    rf"|(?:01|1|một)\s+năm(?:\s+(?:một|1)\s+lần)?|{_UNIT}(?![\s,]*{_D}))"
)
_PERIODIC = re.compile(
    rf"(?<!\w)(?:(?P<lead>(?:(?:trước|chậm\s+nhất|vào)\s+)?ngày\s+{_D}{{1,2}}\s+)(?=hằng|hàng|mỗi))?"
    rf"(?:định\s+kỳ\s*,?\s*(?:vào\s+)?{_FREQ}(?:\s*(?:,|và|hoặc|/)\s*{_FREQ})*"
    rf"|(?P<bare>(?:hằng|hàng)\s+{_UNIT}(?:\s*(?:,|và|hoặc|/)\s*(?:(?:hằng|hàng|mỗi)\s+)?{_UNIT}(?![\s,]*{_D}))*))"
    r"(?!\w)",
    _I,
)

_VERB = r"(?:(?P<verb>hoàn\s+thành|hoàn\s+tất|xong)\s+)?"
_BY_LEFT = (
    re.compile(
        r"(?=[hxtcmkđ])"
        + _VERB
        + r"(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|không\s+quá|không\s+muộn\s+hơn"
        r"|đến\s+hết|hết\s+hạn|hạn\s+chót(?:\s+là)?|hạn\s+cuối(?:\s+là)?|thời\s+hạn(?:\s+là)?"
        r"|hạn\s+(?:nộp|gửi|báo\s+cáo)(?:\s+\w+){0,4}?|đến|tới)"
        r"(?:\s+(?:trong|vào))?(?:\s+ngày)?\s*[:,]?\s*$",
        _I,
    ),
    re.compile(
        r"(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)(?:\s+[^\s\d:;,.]+){1,6}?(?P<cut>\s*(?:là|:)(?:\s+ngày)?\s*)$",
        _I,
    ),
    re.compile(r"thời\s+(?:gian|hạn)\s+hoàn\s+(?:thành|tất)\s*:?\s*(?:trước\s+)?(?:ngày\s+)?$", _I),
    re.compile(r"(?P<verb>hoàn\s+thành|hoàn\s+tất|xong)(?:\s+(?:trong|vào))?(?:\s+ngày)?\s*$", _I),
)
_TIME_OF_DAY = (
    rf"(?:\s*(?:lúc\s+)?{_D}{{1,2}}\s*(?:giờ|g|h|:)\s*(?:{_D}{{1,2}})?(?:\s*phút)?"
    r"(?:\s*(?:sáng|chiều|tối))?\s*,?)?"
)
_ON_LEFT = re.compile(
    r"(?=[vtdkbrph])"
    r"(?:vào|tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|bắt\s+đầu|khởi\s+công|ra\s+quân|phát\s+động|họp"
    r"|dự\s+kiến|thời\s+gian(?:\s+tổ\s+chức|\s+diễn\s+ra|\s+thực\s+hiện)?\s*:)"
    + _TIME_OF_DAY
    + r"(?:\s*(?:vào\s+)?(?:sáng|chiều|tối)?\s*(?:thứ\s+\w+\s*,?)?)?(?:\s*ngày)?\s*,?\s*$",
    _I,
)
_ON_VERB = re.compile(
    r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|bắt\s+đầu|khởi\s+công|ra\s+quân|phát\s+động|họp|dự\s+kiến)\s*",
    _I,
)
_ON_RIGHT = re.compile(
    r"\s*,?\s*(?:sẽ\s+|dự\s+kiến\s+|sắp\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bắt\s+đầu)(?!\w)",
    _I,
)
_LEFT_NGAY = re.compile(r"(?:^|[\s,(])(?P<ngay>ngày)\s*$", _I)
_CITATION = re.compile(r"(?:[0-9]\S*/\S+|\bsố\s+\S+|ban\s+hành)\s*,?\s*(?:ngày\s*)?$", _I)
_AS_OF = re.compile(r"(?:tính|cho)\s+(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s*$", _I)
# Matches where one of _BY_LEFT and _ON_LEFT does (their groups made anonymous): one search
# instead of five to turn away the many dates of cited documents.
_ANY_LEFT = re.compile(
    "(?=[hxtcmkđvdbrp])(?:"
    + "|".join(re.sub(r"[(][?]P<\w+>", "(?:", p.pattern) for p in (*_BY_LEFT, _ON_LEFT))
    + ")",
    _I,
)
# A word every match of _ANY_LEFT holds, lower-cased ("thờ" for "thời", "tớ" for "tới": for
# "i" and "s" IGNORECASE matches characters that do not lower to them, see the tests). Over half
# the windows before dates hold none of them, and one search for them costs a fraction of _ANY_LEFT's.
_LEFT_WORDS = re.compile(
    "trước|nhất|quá|muộn|đến|hạn|tớ|hoàn|xong|vào|chức|ễn|mạc|bắt|khở|quân|phát|họp|dự|thờ"
)

_MONTH_SPAN_LEFT = re.compile(
    _VERB + r"(?:trong\s+suốt|trong|vào|suốt|ngay\s+trong|trong\s+thời\s+gian)\s*$"
    r"|thời\s+gian[^:;.]{0,30}:\s*(?:trong\s+)?$"
    r"|(?P<verb2>hoàn\s+thành|hoàn\s+tất|xong)\s*$",
    _I,
)
_MONTH_BY_LEFT = re.compile(
    _VERB + r"(?:đến\s+hết|chậm\s+nhất(?:\s+là)?(?:\s+(?:trong|vào))?(?:\s+cuối)?|muộn\s+nhất(?:\s+là)?"
    r"(?:\s+(?:trong|vào))?(?:\s+cuối)?|trước\s+hết|hạn\s+chót(?:\s+là)?|(?:vào\s+|trong\s+)?cuối)\s*$",
    _I,
)
_MONTH_BEFORE_LEFT = re.compile(_VERB + r"trước\s*$", _I)

_PAST = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)", _I)
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|sắp)(?!\w)", _I)
_PASSIVE_HELD = re.compile(r"(?<!\w)được\s+tổ\s+chức(?!\w)", _I)
_REPORT_VERB = re.compile(
    r"(?<!\w)(?:báo\s+cáo|gửi|nộp|tổng\s+hợp|sơ\s+kết|tổng\s+kết|kiểm\s+tra|họp|giao\s+ban|đánh\s+giá"
    r"|cập\s+nhật|rà\s+soát|thống\s+kê)(?!\w)",
    _I,
)
_ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# What the patterns cannot match without (see _Reader.hits): a digit; a day and month written
# with digits ("28/3", "28 . 3"); for _PERIODIC, its two openings.
_DIGIT = re.compile("[0-9]")
_DATE_GATE = re.compile(r"[0-9]\s?[/.\-]\s?[0-9]")
_PERIODIC_GATE = re.compile(rf"định\s+kỳ|h[ằà]ng\s+{_UNIT}")  # on the lower-cased text

_WINDOW = 90
_REACH = 400


# --------------------------------------------------------------------------- dates


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _last_day(year: int, month: int) -> datetime.date | None:
    first = _make_date(year, month, 1)
    if first is None:
        return None
    nxt = _make_date(year + (month == 12), month % 12 + 1, 1)
    return None if nxt is None else nxt - datetime.timedelta(days=1)


def _infer_year(month: int, doc_date: datetime.date | None) -> int | None:
    if doc_date is None or not 1 <= month <= 12:
        return None
    return doc_date.year + 1 if doc_date.month - month >= 6 else doc_date.year


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    date: datetime.date | None
    span_start: datetime.date | None = None
    month_day: tuple[int, int] | None = None
    cut: int = -1
    """Where the action stops being cut out, when it differs from ``start``."""


class _Reader:
    """Finds the deadline phrases of one block."""

    def __init__(self, text: str, doc_date: datetime.date | None):
        self.text = text
        self.doc_date = doc_date

    @functools.cached_property
    def _segmented(self) -> tuple[list[int], list[int]]:
        return _segments(self.text)

    @property
    def sentences(self) -> list[int]:
        """Start offsets of the sentences (worked out on first use: most blocks need none)."""
        return self._segmented[0]

    @property
    def clauses(self) -> list[int]:
        return self._segmented[1]

    # context helpers -----------------------------------------------------------------
    def _window(self, pos: int) -> tuple[int, str]:
        begin = max(self.sentences[_span_index(self.sentences, pos)], pos - _WINDOW)
        return begin, self.text[begin:pos]

    def _around(self, starts: list[int], pos: int) -> str:
        """The sentence or clause holding ``pos``, at most ``_REACH`` characters either side."""
        index = _span_index(starts, pos)
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return self.text[max(starts[index], pos - _REACH) : min(end, pos + _REACH)]

    def _sentence(self, pos: int) -> str:
        return self._around(self.sentences, pos)

    def _clause(self, pos: int) -> str:
        return self._around(self.clauses, pos)

    def _clause_before(self, pos: int) -> str:
        """The clause holding ``pos`` up to ``pos``, from its last comma on."""
        begin = max(self.clauses[_span_index(self.clauses, pos)], pos - _REACH)
        head = self.text[begin:pos]
        return head[head.rfind(",") + 1 :]

    def _past(self, pos: int) -> bool:
        return _PAST.search(self._clause_before(pos)) is not None

    def _year(self, raw: str | None, month: int) -> int | None:
        return int(raw) if raw else _infer_year(month, self.doc_date)

    # passes --------------------------------------------------------------------------
    def hits(self) -> list[_Hit]:
        # Each finder runs only when the block holds what its patterns cannot match without,
        # so most blocks cost a few substring tests. Words are tested on ``low``: for their
        # letters (not "i", which "ı" matches) IGNORECASE matches exactly the characters
        # whose lower() they are. A finder left out finds nothing; the rest keep their order.
        text = self.text
        low = text.lower()
        numeric = month_word = False
        digit = _DIGIT.search(text)
        if digit is not None:
            numeric = _DATE_GATE.search(text, digit.start()) is not None  # its matches start with a digit
            month_word = "tháng" in low
        found: list[_Hit] = []
        if numeric or month_word:
            if "từ" in low:
                if numeric:
                    found.extend(self._date_spans())
                if month_word:
                    found.extend(self._month_spans())
            if numeric and "(" in text and "gày" in text:
                found.extend(self._named_days())
            if "năm" in low and "ngày" in low:
                found.extend(self._yearly_days())
            found.extend(self._dates())
        if month_word or "quý" in low:
            found.extend(self._months())
        # "định" alone is no gate: "quyết định" and "quy định" are in most blocks
        if (("định" in low and "kỳ" in low) or "hằng" in low or "hàng" in low) and _PERIODIC_GATE.search(low):
            found.extend(self._periodic())
        if not found:
            return found
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[_Hit] = []
        last_end = -1
        for hit in found:
            if hit.start >= last_end:
                kept.append(hit)
                last_end = hit.end
        return kept

    def _date_spans(self) -> Iterator[_Hit]:
        for m in _DATE_SPAN.finditer(self.text):
            y2 = int(m["y2"])
            end = _make_date(y2, int(m["m2"]), int(m["d2"]))
            begin = _make_date(int(m["y1"]) if m["y1"] else y2, int(m["m1"]), int(m["d1"]))
            if end is None or begin is None or begin > end or self._past(m.start()):
                continue
            yield _Hit(m.start(), m.end(), "by_date", end, span_start=begin)

    def _month_spans(self) -> Iterator[_Hit]:
        for m in _MONTH_SPAN.finditer(self.text):
            y2 = int(m["y2"])
            last = _last_day(y2, int(m["m2"]))
            first = _make_date(int(m["y1"]) if m["y1"] else y2, int(m["m1"]), 1)
            if last is None or first is None or first > last or self._past(m.start()):
                continue
            yield _Hit(m.start(), m.end(), "month", last, span_start=first)

    def _named_days(self) -> Iterator[_Hit]:
        for m in _RECUR_NAMED.finditer(self.text):
            if m["name"][0] == "n" and not m["first"].isupper():
                continue
            month, day = int(m["m"]), int(m["d"])
            if _make_date(2000, month, day) is None:
                continue
            yield _Hit(m.start(), m.end(), "recurring_yearly", None, month_day=(month, day))

    def _yearly_days(self) -> Iterator[_Hit]:
        for m in _RECUR_EVERY_YEAR.finditer(self.text):
            month, day = int(m["m"] or m["tm"]), int(m["d"] or m["td"])
            if _make_date(2000, month, day) is None:
                continue
            yield _Hit(m.start(), m.end(), "recurring_yearly", None, month_day=(month, day))

    def _periodic(self) -> Iterator[_Hit]:
        for m in _PERIODIC.finditer(self.text):
            if m["bare"] and not m["lead"] and _REPORT_VERB.search(self._clause(m.start())) is None:
                continue
            yield _Hit(m.start(), m.end(), "periodic", None)

    def _dates(self) -> Iterator[_Hit]:
        for m in _DATE_TOKEN.finditer(self.text):
            hit = self._classify_date(m)
            if hit is not None:
                yield hit

    def _classify_date(self, m: re.Match[str]) -> _Hit | None:
        # Without a trigger on either side the date is a citation's: return early. The left
        # patterns end at ``$`` and look at nothing before their start (no lookbehind, ``^`` or
        # ``\b``), so none matching in the ``_WINDOW`` characters before the date means none
        # matches in the window of its sentence, a part of them, either.
        left = max(0, m.start() - _WINDOW)
        if (
            _LEFT_WORDS.search(self.text[left : m.start()].lower()) is None
            or _ANY_LEFT.search(self.text, left, m.start()) is None
        ) and _ON_RIGHT.match(self.text, m.end()) is None:
            return None
        textual = m["td"] is not None
        day = int(m["td"] if textual else m["d"])
        month = int(m["tm"] if textual else m["m"])
        raw_year = m["ty"] if textual else m["y"]
        begin, window = self._window(m.start())
        if _AS_OF.search(window):
            return None
        kind = ""
        phrase_start = cut = m.start()
        for pattern in _BY_LEFT:
            found = pattern.search(window)
            if found is not None:
                kind, phrase_start = "by_date", begin + found.start()
                cut = begin + found.start("cut") if "cut" in pattern.groupindex else phrase_start
                break
        if not kind:
            found = _ON_LEFT.search(window)
            if found is not None:
                # The verb ("tổ chức", "khai mạc") belongs to the action, not to the phrase.
                verb = _ON_VERB.match(found.group())
                kind = "on_date"
                phrase_start = cut = begin + found.start() + (verb.end() if verb else 0)
        if not kind and _ON_RIGHT.match(self.text, m.end()):
            ngay = None if textual else _LEFT_NGAY.search(window)
            if textual or ngay is not None:
                head = window[: ngay.start("ngay")] if ngay is not None else window
                if _CITATION.search(head) is None:
                    kind = "on_date"
                    phrase_start = cut = begin + ngay.start("ngay") if ngay is not None else m.start()
        if not kind:
            return None
        year = self._year(raw_year, month)
        when = None if year is None else _make_date(year, month, day)
        if when is None:
            return None
        if kind == "by_date":
            if self._past(phrase_start):
                return None
        else:
            sentence = self._sentence(m.start())
            if _PAST.search(sentence) or (_PASSIVE_HELD.search(sentence) and not _FUTURE.search(sentence)):
                return None
            if self.doc_date is not None and when < self.doc_date:
                return None
        return _Hit(phrase_start, m.end(), kind, when, cut=cut)

    def _months(self) -> Iterator[_Hit]:
        for m in _MONTH_TOKEN.finditer(self.text):
            hit = self._classify_month(m)
            if hit is not None:
                yield hit

    def _classify_month(self, m: re.Match[str]) -> _Hit | None:
        begin, window = self._window(m.start())
        if m["q"] is not None:
            quarter = _ROMAN_QUARTER.get(m["q"].upper())
            if quarter is None:
                return None
            first_month, last_month, raw_year = 3 * quarter - 2, 3 * quarter, m["qy"]
        else:
            first_month = last_month = int(m["m"])
            raw_year = m["y"]
        year = self._year(raw_year, first_month)
        if year is None:
            return None
        first = _make_date(year, first_month, 1)
        last = _last_day(year, last_month)
        if first is None or last is None:
            return None
        found = _MONTH_BY_LEFT.search(window)
        if found is not None:
            hit = _Hit(begin + found.start(), m.end(), "by_date", last)
        elif (found := _MONTH_SPAN_LEFT.search(window)) is not None:
            hit = _Hit(begin + found.start(), m.end(), "month", last, span_start=first)
        elif (found := _MONTH_BEFORE_LEFT.search(window)) is not None:
            hit = _Hit(begin + found.start(), m.end(), "by_date", first - datetime.timedelta(days=1))
        else:
            return None
        return None if self._past(hit.start) else hit


# --------------------------------------------------------------------------- actions

_ACTION_LEAD = re.compile(
    r"^(?:[-+•·–]\s*|(?:[0-9]{1,3}[.)]|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?)\s+|\([0-9]{1,3}\)\s*|[a-zđ]\)\s*"
    r"|(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+)+"
)
_TRAILING_WORDS = re.compile(
    r"(?:^|\s)(?:hoàn\s+thành|hoàn\s+tất|xong|và|hoặc|gắn\s+với|trong|vào|là|thời\s+gian|thời\s+hạn|hạn\s+chót"
    r"|hạn|chậm\s+nhất|đến|từ|trước|ngày|dự\s+kiến|nhân\s+dịp|vào\s+dịp|nhân|dịp|kể\s+từ|bắt\s+đầu\s+từ"
    r"|lúc|với)$",
    _I,
)
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_LEADING_WORDS = re.compile(r"^(?:và|hoặc|đồng\s+thời|cùng\s+với|cùng)(?:\s|$)", _I)
_LEADING_LABEL = re.compile(r"^(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)\s+", _I)
_EDGE = " ,;:.-/–…\"“”'‘’"
_LABELS = frozenset(
    _norm_key(w)
    for w in (
        "thời gian",
        "thời hạn",
        "nội dung",
        "hình thức",
        "địa điểm",
        "thành phần",
        "kinh phí",
        "tiến độ",
        "lưu ý",
        "ghi chú",
        "yêu cầu",
        "mục đích",
        "đối tượng",
        "phương thức",
        "chế độ báo cáo",
        "hạn chót",
        "hạn cuối",
        "thời gian thực hiện",
        "thời gian tổ chức",
        "thời gian hoàn thành",
        "thời gian triển khai",
    )
)
_MAX_ACTION = 300


def _clean_action(raw: str) -> tuple[str, bool]:
    """The cleaned action and whether it is too weak to stand alone."""
    text = collapse_space(raw)
    text = _EMPTY_PARENS.sub(" ", text)
    text = collapse_space(text.replace(" ,", ",").replace(" .", "."))
    weak = False
    for _ in range(12):
        before = text
        text = _ACTION_LEAD.sub("", text).strip(_EDGE)
        if text.endswith("(") or (text.count("(") < text.count(")") and text.endswith(")")):
            text = text[:-1]
        if text.startswith(")"):
            text = text[1:]
        text = _TRAILING_WORDS.sub("", text).strip(_EDGE)
        text = _LEADING_LABEL.sub("", text)
        lead = _LEADING_WORDS.match(text)
        if lead is not None:
            weak = True
            text = text[lead.end() :]
        if text == before:
            break
    if len(text.split()) < 2 or _norm_key(text) in _LABELS:
        weak = True
    if len(text) > _MAX_ACTION:
        cut = text.rfind(" ", 0, _MAX_ACTION - 1)
        text = text[: cut if cut > 0 else _MAX_ACTION - 1].rstrip(_EDGE) + "…"
    if text:
        text = text[0].upper() + text[1:]
    return text, weak


class _ClauseActions:
    """Each clause of a block with every phrase cut out, cleaned when first asked for: only
    the clauses holding a phrase and the few before them ever are."""

    def __init__(self, text: str, clauses: list[int], hits: list[_Hit]):
        self.text = text
        self.clauses = clauses
        self.spans: dict[int, list[_Hit]] = {}
        for hit in hits:
            for index in range(_span_index(clauses, hit.start), _span_index(clauses, hit.end - 1) + 1):
                self.spans.setdefault(index, []).append(hit)
        self.cleaned: dict[int, tuple[str, bool]] = {}

    def __getitem__(self, index: int) -> tuple[str, bool]:
        if index not in self.cleaned:
            text, clauses = self.text, self.clauses
            end = clauses[index + 1] if index + 1 < len(clauses) else len(text)
            pieces: list[str] = []
            cursor = clauses[index]
            for hit in self.spans.get(index, []):
                pieces.append(text[cursor : max(cursor, hit.cut if hit.cut >= 0 else hit.start)])
                cursor = max(cursor, min(hit.end, end))
            pieces.append(text[cursor:end])
            self.cleaned[index] = _clean_action(" ".join(pieces))
        return self.cleaned[index]


def _pick_action(actions: _ClauseActions, index: int, floor: int, fallback: str) -> str:
    own, weak = actions[index]
    if not weak:
        return own
    for back in range(index - 1, max(floor, index - 4) - 1, -1):
        candidate, candidate_weak = actions[back]
        if not candidate_weak:
            return candidate
    chosen = own if own and _norm_key(own) not in _LABELS else fallback
    return chosen[:1].upper() + chosen[1:]


# --------------------------------------------------------------------------- driver


def _heading_actor(body: str, rest_start: int, doc_date: datetime.date | None) -> str | None:
    """The unit named by a numbered heading line ("5. Các chi, đảng bộ …") with no colon."""
    heading = body[rest_start:].strip()
    # The cheap tests first: most item lines are long sentences.
    if len(heading) > 250 or (heading.endswith(".") and len(heading.split()) > 8):
        return None
    reader = _Reader(heading, doc_date)
    if len(reader.sentences) > 2:
        return None
    if reader.hits():
        return None
    return _as_actor(heading)


class _ItemActor:
    """The actor a numbered item names, and where its content starts, worked out when first asked
    for: only items above a block with deadlines ever are, and the work is pure."""

    __slots__ = ("body", "doc_date", "rest_start", "result")

    def __init__(self, body: str, rest_start: int, doc_date: datetime.date | None):
        self.body = body
        self.rest_start = rest_start
        self.doc_date = doc_date
        self.result: tuple[str | None, int] | None = None

    def get(self) -> tuple[str | None, int]:
        """``(actor, content_start)``: the "<unit>:" before the item's first colon, else its heading's unit."""
        if self.result is None:
            body, rest_start = self.body, self.rest_start
            colon = _first_colon(body, rest_start)
            if colon != -1:
                actor = _as_actor(body[rest_start:colon])
                self.result = (actor, colon + 1 if actor is not None else 0)
            else:
                self.result = (_heading_actor(body, rest_start, self.doc_date), 0)
        return self.result


def extract_deadlines(
    text: str, *, doc_date: datetime.date | None = None, line_offset: int = 0
) -> tuple[Deadline, ...]:
    """Deadlines set by ``text`` in the order they appear, without duplicates.

    ``doc_date`` (the document's date) gives dates written without a year their year and
    drops events dated before the document; ``line_offset`` is added to every line number
    (for a body that starts after front matter).
    """
    results: list[Deadline] = []
    seen: set[tuple[object, ...]] = set()
    stack: dict[int, _ItemActor] = {}
    for block in _blocks(text):
        body = block.text
        actor: str | None = None
        content_start = 0
        roman = _ROMAN.match(body)
        item = None if roman else _ITEM.match(body)
        own: _ItemActor | None = None
        if roman:
            stack.clear()
        elif item is not None:
            level = (
                1
                if item["num"]
                else item["dotted"].count(".") + 1
                if item["dotted"]
                else 5
                if item["paren"]
                else 6
            )
            for stale in [k for k in stack if k >= level]:
                del stack[stale]
            own = stack[level] = _ItemActor(body, item.end(), doc_date)

        reader = _Reader(body, doc_date)
        hits = reader.hits()
        if not hits:
            continue
        # Only a block with deadlines needs its own actor and those of the items above it.
        if own is not None:
            actor, content_start = own.get()
        elif not roman:
            lead = _BULLET.match(body)
            rest_start = lead.end() if lead else 0
            colon = _first_colon(body, rest_start)
            if colon != -1:
                inline = _as_actor(body[rest_start:colon])
                if inline is not None:
                    actor, content_start = inline, colon + 1
        if actor is None:
            actor = next((a for k in sorted(stack, reverse=True) if (a := stack[k].get()[0]) is not None), None)
        clauses = reader.clauses
        actions = _ClauseActions(body, clauses, hits)
        floor = _span_index(clauses, content_start) if content_start else 0
        if content_start and clauses[floor] < content_start:
            floor += 1
        floor = min(floor, len(clauses) - 1)
        for hit in hits:
            phrase = collapse_space(body[hit.start : hit.end]).strip(_EDGE)
            index = _span_index(clauses, hit.end - 1)
            action = _pick_action(actions, index, min(floor, index), phrase)
            deadline = Deadline(
                kind=hit.kind,
                date=hit.date,
                start=hit.span_start,
                month_day=hit.month_day,
                action=nfc(action),
                actor=nfc(actor) if actor else None,
                text=nfc(phrase),
                line=block.line_at(hit.start) + line_offset,
            )
            key = (
                deadline.kind,
                deadline.date,
                deadline.start,
                deadline.month_day,
                deadline.action,
                deadline.actor,
            )
            if key not in seen:
                seen.add(key)
                results.append(deadline)
    return tuple(results)
