"""A news lead whose verb is the notice's own: "<body> [vừa/đã] thông báo <what>" presents a Thông báo.

"Ngày 17/8/2021, UBND huyện Tân Hồng thông báo tạm dừng hoạt động chợ …", "UBND TP.HCM vừa thông báo việc nghỉ Tết
…", "Chi cục Kiểm lâm tỉnh thông báo cấp dự báo cháy rừng …": the page's opening sentence has a body give notice of
what it decides, with no document named by its type or number. A Thông báo is the document a body gives notice with
(Nghị định 30/2020, Phụ lục III); what it gives notice of is the trích yếu as the sentence states it (the import
README's rule for a lead's verb said in the type's place). Read only when no reader found a type or a number: a page
that names its document ("đã ban hành Công văn số 252 …") was read by the grammar before. Not read when the notice
passes on another's words ("thông báo ý kiến chỉ đạo của …", a Văn phòng's Công văn), when the sentence tells whom it
tells ("thông báo cho/đến …": ``own_notice``), or when a clause comes before the body ("Thực hiện …, X thông báo …":
what a body did on another's order). Every value is reported unsure.
"""

from __future__ import annotations

import re

from ..text import collapse_space, fold
from . import patterns as words
from .issuer import written_out
from .lead import LEAD_LINES, lead_context
from .lead_grammar import body_of, is_body, lead_day, trimmed_subject, unwrapped, whole_before
from .lead_place import lead_issuer
from .lines import Block
from .office_holder import body_of_office
from .paragraphs import page_lines
from .result import ImportResult

# "ra thông báo", "phát thông báo lần 2": the noun after a verb of issuing (the grammar's, ``lead_grammar``)
_NOUN_USE = re.compile(r"\s(?:phát|ra|có|gửi|ban hành|ký)\s*$")
_NEWS = re.compile(r"\b(?:vừa|đã|sẽ|mới|ban hành|ký|thông báo)\b", re.I)
_GROUNDS = re.compile(r"^(?:Căn cứ|Thực hiện)\b")
_STOPPED = re.compile(r"[.!;…]\s*[”\"]?\s*$")
_TAG = re.compile(r"^(?:[A-ZĐ][A-ZĐ.]{1,12}|\([^()]{2,20}\))\s*[-–—]\s*")
# "[tense] thông báo <what>": the notice's verb after the body, what it tells of in lower case
_NOTIFIES = re.compile(r"(?<=\s)" + words.LEAD_TENSE.pattern + r"thông báo\s+(?P<rest>[a-zđ" + words.LOWER_MARKED
                       + r"].*)$")
# what it tells that is no notice's subject: its readers ("thông báo các đơn vị … đến nhận"), another's words, a
# report of what happened, a second verb ("thông báo và kính mời …")
_NOT_SUBJECT = re.compile(r"(?:cho|đến|tới|để|rằng|là|và|các|những|toàn thể|quý|ý kiến|kết quả|tin|lịch|số|trên|qua|"
                          r"với|tại|về\s+(?:tình hình|kết quả))\b")


def read_notifying_lead(result: ImportResult, blocks: list[Block]) -> None:
    """Type Thông báo, and the empty issuer, date and trích yếu, from the page's opening "<body> thông báo <what>"."""
    if result.fields.get("type") or result.fields.get("number"):
        return
    raw = page_lines(blocks)
    lines = unwrapped(raw)[: LEAD_LINES * 2]
    for i, line in enumerate(lines):
        for sentence in words.SENTENCE.split(line):
            sentence = _TAG.sub("", words.LEAD_STAMP.sub("", collapse_space(sentence)))
            if not _STOPPED.search(sentence) and i + 1 < len(lines):
                continue  # a headline, a stamp, a caption: the sentence under them opens the page
            if _GROUNDS.match(sentence) and sentence.endswith(";"):
                continue  # "Căn cứ …;", "Thực hiện …;": a notice's grounds, its own act follows
            if "thông báo" not in sentence:
                continue  # a sapo, a setting: the page's first sentence with the notice's verb is its lead
            time = words.LEAD_TIME.match(sentence)
            start = time.end() if time else 0
            m = _NOTIFIES.search(sentence, start)
            before = sentence[start:m.start()] if m else ""
            body = body_of(before)
            if m is None or _NOUN_USE.search(before) or not body or body != whole_before(before) or not is_body(body) or _NOT_SUBJECT.match(m.group("rest")):
                return  # the opening sentence says something else: the other readers'
            named = next((above for above in lines[:i] if _names(above, m.group("rest"))), "")
            _take(result, body, sentence, collapse_space(named) or m.group("rest"), time, lead_context(raw))
            return


def _names(line: str, rest: str) -> bool:
    """Whether a post title *line* above the lead is the notice's own name: the words the sentence gives after the verb,
    as far as the title goes, with no news added (the import README's post-title rule)."""
    title = fold(collapse_space(line)).lower().strip(" .")
    said = fold(collapse_space(rest)).lower()
    return len(title.split()) >= 3 and said.startswith(title) and said[len(title):len(title) + 1] in ("", " ", ",") \
        and not _NEWS.search(line)


def _take(result: ImportResult, body: str, sentence: str, rest: str, time: re.Match[str] | None, page: str) -> None:
    why = f"trang không có phần đầu văn bản; câu mở đầu nói cơ quan thông báo: “{sentence[:160]}”"
    issuer = result.fields.get("issuer") or lead_issuer(result, written_out(body_of_office(body)), sentence, page)
    if not issuer:
        return
    issued = lead_day(time)
    subject = trimmed_subject(rest)
    for key, value in (("type", "Thông báo"), ("issuer", issuer), ("date", issued.isoformat() if issued else ""),
                       ("title", subject)):
        if value and not result.fields.get(key):
            result.take(key, value, why)
