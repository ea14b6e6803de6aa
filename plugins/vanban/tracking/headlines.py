"""Whether a body's first block is a headline: the news it names is its writer's doing, not a duty (:mod:`.clauses`
reads the writer from it; both sentence readers skip it)."""

from __future__ import annotations

from vanban.deadlines.blocks import BULLET, ITEM, TERMINAL, Block

from . import patterns as p

__all__ = ["MAX_HEADLINE", "headline"]

MAX_HEADLINE = 200  # characters of a body's first line read as its headline


def headline(block: Block, body: str) -> bool:
    """Whether *block*, a body's first, is a headline ("Bộ Nội vụ hướng dẫn thực hiện chế độ báo cáo …",
    "Huyện ủy Thanh Hà chọn 2 đảng bộ tổ chức đại hội điểm"): one short line that ends no sentence, not a
    numbered or bulleted item nor a Markdown heading, with a blank line and more text after it (a line that only gives
    the page's time may follow it in the same block). It names the news, its
    subject is the writer or the issuer, and it lays no duty (the text under it says who must act)."""
    text = block.text
    if len(block.lines) == 2 and p.DATELINE.fullmatch(text, block.starts[1]):
        text = text[:block.starts[1]].rstrip()  # "HĐND huyện … giám sát tại xã …⏎⏎00:01 | 10/05/2019": the page's time
    elif len(block.lines) != 1:
        return False
    return (len(text) <= MAX_HEADLINE and text[-1:] not in TERMINAL and text[-1:] != ","
            and text[:1] not in ("#", "|") and ITEM.match(text) is None and BULLET.match(text) is None
            and p.ROMAN_HEADING.match(text) is None and _more_after(body, text))


def _more_after(body: str, text: str) -> bool:
    """Whether *text* stands alone on its line with a blank line after it and more text below."""
    at = body.find(text)
    if at == -1:
        return False
    rest = body[at + len(text):]
    gap = p.BLANK_AFTER.match(rest)
    return gap is not None and gap.end() < len(rest) and not rest.isspace()
