"""Whether a block repeats the text just before it: a news page's caption or summary line under its paragraph ("Các lực
lượng công an toàn tỉnh đồng loạt ra quân thực hiện đợt cao điểm …" under "… phát lệnh cho lực lượng công an toàn tỉnh
đồng loạt ra quân thực hiện đợt cao điểm …"; "Hội LHPN tỉnh … tổ chức họp báo tuyên truyền về Đại hội …" under "Chiều ngày
04/10/2021, Hội LHPN tỉnh … tổ chức họp báo …"). Its words are the paragraph's, shortened into a headline's subject and
verb: the body it opens with is the news's subject, not a holder, and a duty it repeats is read from the paragraph
already (twenty-fifth session, task31: heldout10 d19, heldout9 n04). Both sentence readers pass it over."""

from __future__ import annotations

import itertools
import re

from vanban.deadlines.blocks import TERMINAL, Block

__all__ = ["echoes"]

MIN_WORDS = 8  # a heading ("2. Sở Y tế", "Thời gian thực hiện") is shorter: it may well repeat a name said before
SHARE = 0.6  # of the line's word pairs found in the block before it
_WORD = re.compile(r"\w+")


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(itertools.pairwise(words))


def echoes(block: Block, before: str) -> bool:
    """Whether *block*, one line that ends no sentence, says again what *before* (the block above it) said: at least
    :data:`SHARE` of its word pairs are there."""
    text = block.text
    if len(block.lines) != 1 or text[-1:] in TERMINAL or len(before) <= len(text) or text.count(" ") < MIN_WORDS - 1:
        return False
    own = _pairs(text)
    return bool(own) and len(own & _pairs(before)) >= SHARE * len(own)
