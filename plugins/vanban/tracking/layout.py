"""What a page's layout says to the tracking walk (:class:`.walk.Walk`): how deep a numbered item sits, where a
block with no closing mark still ends its sentence (a headline, a byline, a picture's credit), and which blocks or
spans lay no duty (an aside in brackets, a caption). Both sentence readers (:mod:`.sentences`, :mod:`.reference`) ask
it between blocks, the walk within one."""

from __future__ import annotations

import re

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import TERMINAL

from . import patterns as p
from . import vocabulary as v
from .clauses import units_at
from .lists import split_units

__all__ = ["SHORT_LINE", "aside", "captions", "closed", "item_depth"]


def item_depth(item: re.Match[str] | None) -> int:
    """How deep a numbered item sits (:data:`vanban.deadlines.blocks.ITEM`): "1." 1, "1.2." 2, a lettered "a)" under
    them all; an "Điều" or a line that is no item 0."""
    if item is None:
        return 0
    if item.group("letter"):
        return 9
    dotted = item.group("dotted")
    return dotted.count(".") + 1 if dotted else 1


def aside(text: str, placed: list[tuple[int, Deadline]]) -> bool:
    """Whether a block is an aside in brackets with no deadline ("(Có đề cương chi tiết gửi kèm)", "(Gửi kèm danh sách)"):
    it says nothing of who must act, so the units of the clause before keep lending to the sentence after it ("… đề nghị
    A và B xây dựng báo cáo …. ⏎ (Có đề cương …) ⏎ Báo cáo … gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021";
    twentieth session, heldout4 m05)."""
    return not placed and text[:1] == "(" and text[-1:] == ")" and text.find(")") == len(text) - 1


SHORT_LINE = 80  # a line this short with no closing mark is a title, a byline or a caption, not prose cut by a hard wrap


def closed(last: str, text: str) -> bool:
    """Whether the block before *text* ends its sentence though it has no closing mark, so *text* opens one: a picture's
    credit ends it ("… . Ảnh: Văn Nỷ"), and so does a short line (a headline, a byline, a caption: :data:`SHORT_LINE`) that
    does not end in a word the phrase goes on with (:data:`.vocabulary.GOES_ON`: a hard wrap), before a block that is a whole
    sentence (a second title is not) whose subject does not order or issue (:data:`.vocabulary.ORDERS_FIRST`: the writer).
    Before, the lead under every title or caption was read as the line above going on and its subject never read
    (thirty-fifth session: heldout4, 8, 9, 13, 17, 19). A page's time on its own line (:data:`.vocabulary.PAGE_TIME`:
    "15/07/2024") ends nothing: the block under it is the page's title, the news's subject (thirty-sixth session,
    heldout22 l06)."""
    if ("ảnh" in last or "Ảnh" in last) and any(m.end() >= len(last.rstrip()) for m in v.CREDIT.finditer(last)):
        return not _story_subject(text)
    return (len(last) <= SHORT_LINE and not v.GOES_ON.search(last) and text.rstrip()[-1:] in TERMINAL
            and v.ORDERS_FIRST.match(text) is None and v.PAGE_TIME.fullmatch(last) is None and not _story_subject(text))


def _story_subject(text: str) -> bool:
    """Whether *text*, a block under a short line, opens with one body and a plain verb ("Xã Nghĩa Đô hoãn tổ chức Lễ hội
    …", "Ban Thường trực Ủy ban MTTQ tỉnh … hướng dẫn …", "Sở Thương nghiệp là cơ quan …"): the story's own subject, the
    writer or the body the news is about, as a headline's is (:func:`.headlines.headline`). A group or several bodies
    ("Các bộ, ngành, địa phương cần …", "Sở Y tế các địa phương và Sở An toàn thực phẩm … được yêu cầu …"), or one body
    under an obligation ("Sở Tài nguyên và Môi trường TP.HCM cần phối hợp …"), is the lead of an order told; a bare "Các
    đơn vị …" calls back the addressees named before (the sets give it no row) and is not read either (thirty-sixth
    session: of the rows the rule added on the spent citation and import texts, these were the wrong ones)."""
    found = units_at(p.retone(text))
    if found is None:
        return False
    units, duty = found
    if v.SAME_UNITS.fullmatch(units.strip()):
        return True  # "Các đơn vị tăng cường …" under a caption: the addressees called back, no holder of its own
    low = f" {units.lower()} "
    if " các " in low or " tất cả " in low or len(split_units(units)) > 1:
        return False
    return p.OBLIGED.match(duty) is None


def captions(text: str, sentences: list[int]) -> list[tuple[int, int]]:
    """The spans of *text* (a block; *sentences*: its sentence starts) that caption a picture
    (:data:`.vocabulary.CREDIT`): the sentence before a credit ending its line, with the credit, or what follows
    "Chú thích ảnh:". They lay no duty: the caption shows the writer's doing or a scene."""
    if "ảnh" not in text and "Ảnh" not in text:
        return []
    spans = []
    for m in v.CREDIT.finditer(text):
        if m.group()[:1] in "Cc":
            spans.append((m.start(), m.end()))
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        spans.append((max([line, *(k for k in sentences if k < m.start())]), m.end()))
    return spans
