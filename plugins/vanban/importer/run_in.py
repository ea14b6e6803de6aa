"""Where the body starts inside a trích yếu in capitals that a flattened copy ran into its first paragraph.

A portal or document site that lays the whole header on one line ("… Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC CHẤN
CHỈNH … TRÊN ĐỊA BÀN TỈNH AN GIANG Trong thời gian qua, nhất là …") leaves no line break between the trích yếu and
the body: the capitals end where a capitalised word opens running text in sentence case. A trích yếu may end in
mixed case ("… TRIỂN KHAI Đề án X"), so the cut is made only when a paragraph's worth of text follows. A plan's
"(Ban hành kèm theo Quyết định số …)" after its trích yếu is no part of it either.
"""

from __future__ import annotations

import re

from .patterns import is_upper

_TOKEN = re.compile(r"\S+")
_MIN_CAPS_WORDS = 3  # "VỀ VIỆC CHẤN …": the trích yếu has begun in capitals
_MIN_BODY = 200  # characters of running text after the cut: a paragraph, never a trích yếu's mixed-case tail
_FLAT_PAGE = 600  # characters after a capitalised name: the page's text, never a trích yếu's tail


def body_start(text: str) -> int:
    """The offset in *text* (the rest of a type line) where a first paragraph run into its trích yếu in capitals
    starts; 0 when there is none."""
    tokens = list(_TOKEN.finditer(text))
    caps = 0
    for i, m in enumerate(tokens):
        word = m.group(0)
        if not any(c.islower() for c in word):
            caps += any(c.isalpha() for c in word)
            continue
        after = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        bare = word.lstrip("(")  # "(Ban hành kèm theo Quyết định …)": the annex note opens the body's side too
        # "Trong thời gian qua, …"; "Trường THCS Diễn Hoàng (Dự thảo …) Chương I …": a name in running case, a whole
        # page's text after it (a document site's flattened copy), opens the body too
        opens = bare[:1].isupper() and bare[1:].islower() and (after[:1].islower() or len(text) - m.start() >= _FLAT_PAGE)
        if caps >= _MIN_CAPS_WORDS and opens and len(text) - m.start() >= _MIN_BODY and is_upper(text[: m.start()]):
            return m.start()
        return 0
    return 0
