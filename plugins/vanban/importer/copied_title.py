"""What a portal's copy adds to the trích yếu it prints: a view count on a line of its own, the trích yếu twice.

Neither is ever a trích yếu's own words: a count ("41") is digits alone, unlike the years that end one ("2021 -
2022"); and no agency writes a trích yếu that says its own words twice over. A page that prints the title above
the document and again inside its header block, each on lines the copy kept apart, leaves both.
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["COUNTER", "once"]

COUNTER = re.compile(r"\s*\d{1,3}\s*")  # "41": no year, no section number ("1." keeps its dot)


def once(title: str) -> str:
    """"Đánh giá … 2021-2025 Đánh giá … 2021-2025": the trích yếu's words once (three words at least each time)."""
    words = title.split()
    half = len(words) // 2
    if half >= 3 and len(words) % 2 == 0 and fold(" ".join(words[:half])).lower() == fold(" ".join(words[half:])).lower():
        return " ".join(words[:half])
    return title


def twice_once(title: str) -> str:
    """"… thường xuyên và mầm non dạy giỏi … thường xuyên và mầm non": a wrapped line the copy wrote again after the
    trích yếu it ends (four words at least), once."""
    words = title.split()
    for size in range(len(words) // 2, 3, -1):
        if fold(" ".join(words[-size:])).lower() == fold(" ".join(words[-2 * size : -size])).lower():
            return " ".join(words[:-size])
    return title
