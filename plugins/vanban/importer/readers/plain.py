"""Plain text and Markdown (a portal page copied into a text editor, or a content file).

Only ``**`` tells bold here; a hard line break is only a line (``unwrap`` joins them back).
"""

from __future__ import annotations

import re

from ...text import nfc
from ..lines import Block, Line, escape, strip_md
from ..unwrap import clean_debris


def read_text_lines(text: str, markdown_source: bool = True) -> list[Block]:
    """A plain-text or Markdown file: one Line per non-blank line; ``**`` marks bold.

    A ``.txt`` file (*markdown_source* false) is plain text: its Markdown is the escaped text, so
    whatever it holds (``<script>``, ``[a](b)``) is shown as written. Scraping debris is removed.
    """
    text = nfc(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    if text.startswith("---\n"):  # a content file: skip its front matter
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4 :]
    blocks: list[Block] = []
    gap = True
    open_bold = False
    for raw in text.split("\n"):
        raw = clean_debris(raw)
        if not raw.strip():
            gap = True
            continue
        stripped = raw.strip()
        starts = stripped.startswith("**") and not stripped.endswith("**")
        ends = stripped.endswith("**") and not stripped.startswith("**")
        plain, bold = strip_md(stripped)
        if open_bold or starts or ends:
            bold = True
        if starts:
            open_bold = True
        if ends:
            open_bold = False
        markdown = re.sub(r"^#{1,6}\s+", "", stripped)
        if markdown.count("**") % 2:  # a bold run split over lines: close it on this one
            markdown = markdown + "**" if starts else "**" + markdown
        if not markdown_source:
            markdown = f"**{escape(plain)}**" if bold and plain else escape(plain)
        blocks.append(Line(plain, markdown, bold=bold, gap_before=gap))
        gap = False
    return blocks
