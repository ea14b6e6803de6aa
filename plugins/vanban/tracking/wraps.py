"""A decision's executive article hard-wrapped by its copy, read as the one sentence it is (twenty-ninth session).

Copies of decisions taken from PDF or from legal databases keep the printed line breaks: "Điều 3." alone on its line, then
"Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và" / "Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; …" /
"… chịu trách nhiệm thi hành", or "… Chủ tịch Ủy ban nhân dân các huyện, thành phố" / "Hà Giang và …". The deadline
finder's blocks join a line to the one before only when it opens in lower case (:func:`vanban.deadlines.blocks.continues`),
so the executors before a capitalised wrap lose their verb, and the article its first holders (heldout4 m06, heldout7 g04,
heldout9 n41, heldout14 q25). Here, for the task readers only (the deadline finder's blocks are left as they are), an
article's block that ends mid-sentence takes the lines that follow it with no blank line between, until one ends its
sentence or a new article, item, bullet or the "Nơi nhận" list starts. Constant work per block: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vanban.deadlines.blocks import BULLET, ITEM, TERMINAL, Block

from . import patterns as p

__all__ = ["unwrapped"]

BARE_ARTICLE = re.compile(r"^(?:\*\*)?Điều\s+[0-9]{1,3}\s*[.:]?\s*(?:\*\*)?$")  # "Điều 3." alone on its line
# What a wrapped line of an article never opens with: the next article, an item, a bullet, the recipients' list.
_NEW_PART = re.compile(r"(?:(?:\*\*)?Điều\s+[0-9]{1,3}\s*[.:]|Nơi\s+nhận|TM\.|KT\.|[A-ZĐ]{2,}\s+[A-ZĐ]{2,})")
MAX_LINES = 8  # an executive article runs a few printed lines; past that the wrap is something else


def unwrapped(blocks: Iterable[Block]) -> Iterator[Block]:
    """*blocks*, an executive article's hard-wrapped lines joined into one block (new blocks: those given are the
    deadline finder's too, and stay as they are)."""
    held: Block | None = None  # an article's block that ends mid-sentence, taking the lines after it
    bare = False  # the block before was "Điều N." alone: the next one is its text
    for block in blocks:
        text = block.text
        if held is not None:
            if (block.lines[0] == held.lines[-1] + 1 and len(held.lines) < MAX_LINES and not _NEW_PART.match(text)
                    and not ITEM.match(text) and not BULLET.match(text)):
                for i, line in enumerate(block.lines):  # line by line, so that offsets still tell their lines
                    end = block.starts[i + 1] - 1 if i + 1 < len(block.lines) else len(text)
                    held.add(text[block.starts[i]:end], line)
                if held.text[-1:] in TERMINAL:
                    yield held
                    held = None
                continue
            yield held
            held = None
        starts = text[:1] in "Đ*"  # what an article's line opens with: most blocks are tested no further
        article = bare or (starts and p.ARTICLE.match(text) is not None)
        bare = starts and BARE_ARTICLE.match(text) is not None
        if bare or (article and text[-1:] not in TERMINAL):
            # (a bare "Điều 2:" takes its text, which the deadline finder's blocks keep apart: "Điều 2:" / "Các Ông (Bà)
            # Chánh Văn phòng …, Giám đốc Sở Giáo dục và Đào⏎tạo, … chịu trách nhiệm thi⏎hành quyết định này.", heldout18 z26)
            held = Block(text, list(block.starts), list(block.lines))
            continue
        yield block
    if held is not None:
        yield held
