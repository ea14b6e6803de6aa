"""Actions: what must be done, cut from the clause that holds a deadline phrase."""

from __future__ import annotations

import re
from collections.abc import Callable

from vanban.text import collapse_space

from .actors import norm_key
from .blocks import span_index
from .patterns import IGNORE
from .reader import Hit

# List markers before an item's words: "-", "+", "1.", "1)", "1.2.", "(1)", "a)", "II.", and "2/" (a portal's
# "1/ … 2/ …" numbering, which a date's "2/9" is not: the marker is followed by a space)
ACTION_LEAD = re.compile(
    r"^(?:[-+•·–]\s*|(?:[0-9]{1,3}[.)/]|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?)\s+|\([0-9]{1,3}\)\s*|[a-zđ]\)\s*"
    r"|(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+)+"
)
TRAILING_WORDS = re.compile(
    r"(?:^|\s)(?:hoàn\s+thành|hoàn\s+tất|xong|và|hoặc|gắn\s+với|trong|vào|là|thời\s+gian|thời\s+hạn|hạn\s+chót"
    r"|hạn|chậm\s+nhất|đến|từ|trước|ngày|dự\s+kiến|nhân\s+dịp|vào\s+dịp|nhân|dịp|kể\s+từ|bắt\s+đầu\s+từ"
    r"|lúc|với)$",
    IGNORE,
)
EMPTY_PARENS = re.compile(r"\(\s*\)")
LEADING_WORDS = re.compile(r"^(?:và|hoặc|đồng\s+thời|cùng\s+với|cùng)(?:\s|$)", IGNORE)
LEADING_LABEL = re.compile(r"^(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)\s+", IGNORE)
EDGE = " ,;:.-/–…\"“”'‘’"
LABELS = frozenset(
    norm_key(w)
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
MAX_ACTION = 300
# Words that only say when or which round: an action made of them (and numbers) names nothing to do —
# "Đợt 2", "(Thứ 7)", "Từ ngày 13", "Từ 07h00 đến 10h30 ngày 28 tháng 9 năm 2025", a fax number.
WHEN_WORDS = frozenset(norm_key(w) for w in [
    "từ", "đến", "ngày", "tháng", "năm", "giờ", "phút", "lúc", "đợt", "lần", "thứ", "chủ", "nhật", "hai", "ba", "tư",
    "sáu", "bảy", "bẩy", "sáng", "chiều", "tối", "trưa", "hết", "trước", "sau", "khoảng", "dự", "kiến", "tức", "âm",
    "dương", "lịch", "vào", "trong", "và", "hoặc", "h", "giai", "đoạn", "bước", "quý", "tuần", "i", "ii", "iii", "iv",
    "v", "vi"])
TOKEN = re.compile(r"[^\W_]+")
ROUND = re.compile(r"^\(?((?:đợt|lần|giai\s+đoạn|bước)\s+[0-9IVX]{1,4}|thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)"
                   r"|chủ\s+nhật)\)?$", IGNORE)
# A verb of beginning or going on with one verb after it and no object: "Bắt đầu tiêm", "Tiến hành thực hiện".
OBJECTLESS = re.compile(r"^(?:bắt\s+đầu|tiến\s+hành|kết\s+thúc|tiếp\s+tục)\s+(?:[^\W_]+|thực\s+hiện|triển\s+khai"
                        r"|tổ\s+chức)$", IGNORE)
LEAD_TAIL = re.compile(r"(?:\s*,?\s*(?:cụ\s+thể|với\s+(?:các\s+)?nội\s+dung|gồm(?:\s+các\s+nội\s+dung)?|bao\s+gồm"
                       r"|như\s+sau|sau\s+đây|(?:các\s+)?nội\s+dung))+$", IGNORE)
LEAD_LABEL = re.compile(r"^(?:thời\s+gian|thời\s+hạn|lịch)\s+(?=\S+\s)", IGNORE)
# Who tells: "UBND xã … thông báo <what>": the object is what follows.
TELLING = re.compile(r"(?:^|\s)(?:thông\s+báo|thông\s+tin|hướng\s+dẫn|ban\s+hành)\s+(?=\S+\s+\S)", IGNORE)


def names_nothing(action: str) -> bool:
    """Whether *action* only says when, or which round: every word a date, time or round word, or a number."""
    return all(any(c.isdigit() for c in w) or norm_key(w) in WHEN_WORDS for w in TOKEN.findall(action))


def round_of(action: str) -> str:
    """The round or weekday *action* names ("đợt 2", "thứ 7"), worth keeping beside a borrowed object; else ""."""
    m = ROUND.match(action.strip())
    return collapse_space(m.group(1)).lower() if m else ""


def lead_object(lead: str) -> str:
    """What the sentence introducing a list is about, for its items that name nothing ("Thời gian treo cờ:" →
    "Treo cờ"; "UBND xã … thông báo kế hoạch tiêm … cụ thể như sau:" → "kế hoạch tiêm …"); "" when it says
    nothing more (a bare label)."""
    text = collapse_space(lead).rstrip(EDGE)
    cut = max(text.rfind(". "), text.rfind("; "))
    text = ACTION_LEAD.sub("", text[cut + 2 :] if cut != -1 else text).strip(EDGE)
    text = LEAD_TAIL.sub("", text).strip(EDGE)
    told = TELLING.search(text)
    if told is not None:
        text = text[told.end() :]
    text = LEAD_LABEL.sub("", text)
    cleaned, weak = clean_action(text)
    return "" if weak or names_nothing(cleaned) else cleaned


def clean_action(raw: str) -> tuple[str, bool]:
    """The cleaned action and whether it is too weak to stand alone."""
    text = collapse_space(raw)
    text = EMPTY_PARENS.sub(" ", text)
    text = collapse_space(text.replace(" ,", ",").replace(" .", "."))
    weak = False
    for _ in range(12):
        before = text
        text = ACTION_LEAD.sub("", text).strip(EDGE)
        if text.endswith("(") or (text.count("(") < text.count(")") and text.endswith(")")):
            text = text[:-1]
        if text.startswith(")"):
            text = text[1:]
        text = TRAILING_WORDS.sub("", text).strip(EDGE)
        text = LEADING_LABEL.sub("", text)
        lead = LEADING_WORDS.match(text)
        if lead is not None:
            weak = True
            text = text[lead.end() :]
        if text == before:
            break
    if len(text.split()) < 2 or norm_key(text) in LABELS or names_nothing(text):
        weak = True
    if len(text) > MAX_ACTION:
        cut = text.rfind(" ", 0, MAX_ACTION - 1)
        text = text[: cut if cut > 0 else MAX_ACTION - 1].rstrip(EDGE) + "…"
    if text:
        text = text[0].upper() + text[1:]
    return text, weak


class ClauseActions:
    """Each clause of a block with every phrase cut out, cleaned when first asked for: only
    the clauses holding a phrase and the few before them ever are."""

    def __init__(self, text: str, clauses: list[int], hits: list[Hit]):
        self.text = text
        self.clauses = clauses
        self.spans: dict[int, list[Hit]] = {}
        for hit in hits:
            for index in range(span_index(clauses, hit.start), span_index(clauses, hit.end - 1) + 1):
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
            self.cleaned[index] = clean_action(" ".join(pieces))
        return self.cleaned[index]


def _joined(own: str, about: str) -> str:
    return f"{own} — {about[:1].lower() + about[1:] if about[1:2].islower() else about}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _strong_before(actions: ClauseActions, clauses: range) -> str:
    """The first action of *clauses* (walked back) that names something to do; "" when none does (a strong action
    has two words at least: :func:`clean_action`)."""
    return next((text for text, weak in (actions[k] for k in clauses) if not weak), "")


def pick_action(actions: ClauseActions, index: int, floor: int, fallback: str,
                lead: Callable[[], str] | None = None) -> str:
    """The clause's own action, else an earlier clause's of the item; one that names nothing ("Đợt 2", a time, a
    number) takes its sentence's earlier clause, else the object of the sentence introducing its list (*lead*,
    asked only then), as does one that names no object ("Bắt đầu tiêm")."""
    own, weak = actions[index]
    if not weak:
        if lead is not None and OBJECTLESS.match(own) and (about := lead()):
            return _joined(own, about)
        return own
    if earlier := _strong_before(actions, range(index - 1, max(floor, index - 4) - 1, -1)):
        return earlier
    if names_nothing(own):
        # the same block, before its "<unit>:"
        if earlier := _strong_before(actions, range(min(floor, index) - 1, max(0, index - 6) - 1, -1)):
            return earlier
        said = next((r for k in range(index, max(floor, index - 2) - 1, -1) if (r := round_of(actions[k][0]))), "")
        if lead is not None and (about := lead()):
            return _capitalised(f"{about} ({said})" if said else about)
        if said:  # no object to borrow: the round says more than the date again
            return _capitalised(said)
    chosen = own if own and norm_key(own) not in LABELS and not names_nothing(own) else fallback
    return _capitalised(chosen)
