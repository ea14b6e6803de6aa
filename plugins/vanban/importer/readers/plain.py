"""Plain text and Markdown (a portal page copied into a text editor, or a content file).

Only ``**`` tells bold here; a hard line break is only a line (``unwrap`` joins them back), except where no
hard wrap could have made it: a line that opens with a capital and runs well past the line above it. A page
wraps at one width, so a line cut there is never much shorter than the line it goes on into; text pasted from
Word or a portal that writes one paragraph a line, with no blank line between, is read as Word's paragraphs are
("Về tăng cường công tác …" / "Do tác động của biến đổi khí hậu …, 300 characters": the trích yếu, then the body).
A part, an item or a point ("I/ Mục đích:", "2. Nội dung", "a) …", "- …") opens a paragraph as well: ``unwrap`` never
joins one on, and the header reader now knows it too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...text import nfc
from ..lines import Block, Line, escape, strip_md
from ..patterns import SIGN_PREFIX
from ..type_line import dangles
from ..unwrap import basis_goes_on, clean_debris

_PARAGRAPH = 100  # characters: a line of running text, never a header's or a page's short line
_SPARE = 1.25  # a proportional font fits more narrow letters on a line than wide ones


def _new_paragraph(previous: str, text: str, head: str) -> bool:
    """Whether *text*, right under *previous* with no blank line, opens a paragraph of its own: *text* is a line of
    running text that opens with a capital, and its first word would have fitted on *previous* at a width that holds
    *text* itself; *previous* ends on no word the next must go on from ("… của", "… năm 2008,") and inside no open
    bracket ("(Quyết định số 1705/QĐ-BNV … của Bộ trưởng" / "Bộ Nội vụ …"); a basis of the preamble (*head* opens
    its paragraph) runs on to its end."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return (bool(previous) and text[:1].isupper() and len(text) >= _PARAGRAPH
            and len(text) > _SPARE * (len(previous) + 1 + len(word))
            and not dangles(previous) and previous.count("(") <= previous.count(")")
            and not basis_goes_on(head, previous, text))


# "I/ Mục đích:", "2. Nội dung", "a) …": a part, an item or a point opens a paragraph, as ``unwrap`` never joins it on
# (two digits at most, so a year range "2010 - 2011" wrapped under a trích yếu goes on)
_OPENS_ITEM = re.compile(r"^(?:[IVXLC]{1,4}\s*[./)–-]|\d{1,2}(?:\.\d{1,2})*\s*[./)]|[a-zđ]\)|[-+•])\s+\S")


_COLUMNS = re.compile(r"\t+")


def _signature_column(text: str) -> tuple[str, str] | None:
    """"- Lưu: VT.<TAB>TM. ỦY BAN NHÂN DÂN": a closing row pasted from a table (Word's plain text puts a tab between
    its cells), the Nơi nhận column's last line and the signature column's first; the two, when the second opens
    the signature block."""
    parts = _COLUMNS.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and SIGN_PREFIX.match(parts[1].strip()):
        return parts[0].strip(), parts[1].strip()
    return None


def _paragraph_breaks(lines: list[Line]) -> None:
    """Mark the lines no hard wrap could have made as opening a paragraph (see the module's docstring)."""
    head = ""
    for previous, line in pairwise(lines):
        if previous.gap_before:
            head = previous.text
        if not line.gap_before and (_OPENS_ITEM.match(line.text) or _new_paragraph(previous.text, line.text, head)):
            line.gap_before = True


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
            if (columns := _signature_column(plain)) is not None:
                blocks.append(Line(columns[0], bold=bold, gap_before=gap))
                plain, markdown, gap = columns[1], escape(columns[1]), True
        blocks.append(Line(plain, markdown, bold=bold, gap_before=gap))
        gap = False
    if not markdown_source:  # Markdown says where its paragraphs end
        _paragraph_breaks([b for b in blocks if isinstance(b, Line)])
    return blocks
