"""Actions: what must be done, cut from the clause that holds a deadline phrase."""

from __future__ import annotations

import re

from vanban.text import collapse_space

from .actors import norm_key
from .blocks import span_index
from .patterns import IGNORE
from .reader import Hit

ACTION_LEAD = re.compile(
    r"^(?:[-+•·–]\s*|(?:[0-9]{1,3}[.)]|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?)\s+|\([0-9]{1,3}\)\s*|[a-zđ]\)\s*"
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
    if len(text.split()) < 2 or norm_key(text) in LABELS:
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


def pick_action(actions: ClauseActions, index: int, floor: int, fallback: str) -> str:
    own, weak = actions[index]
    if not weak:
        return own
    for back in range(index - 1, max(floor, index - 4) - 1, -1):
        candidate, candidate_weak = actions[back]
        if not candidate_weak:
            return candidate
    chosen = own if own and norm_key(own) not in LABELS else fallback
    return chosen[:1].upper() + chosen[1:]
