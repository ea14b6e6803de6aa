"""The one intermediate every reader produces: lines of text with their layout hints.

A reader (Word, PDF, OCR, HTML, plain text) knows different things about a line: Word knows bold
and table cells, a PDF knows where a line sits on the page, plain text knows only ``**``. Each
says what it knows here, and header reading uses only these hints, never the source format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.entities import html5

from ..legacy_text import to_unicode
from ..text import nfc
from .legacy import text_encoding

# Letters of other scripts a copy put in place of Vietnamese ones: the Icelandic "Ð" for "Đ" ("Ðảng"), and a
# Cyrillic "Т" inside a Latin code ("03/HD-MTTW-BТТ").
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})
_CYRILLIC = str.maketrans(dict(zip("АВЕКМНОРСТХаеорсху", "ABEKMHOPCTXaeopcxy", strict=True)))
_MIXED = re.compile(r"\S*[A-Za-z]\S*[А-я]\S*|\S*[А-я]\S*[A-Za-z]\S*")


def lookalikes(text: str) -> str:
    """*text* with the lookalike letters of other scripts replaced (only Cyrillic within a Latin word)."""
    text = text.translate(_ETH)
    return _MIXED.sub(lambda m: m.group(0).translate(_CYRILLIC), text) if any("А" <= c <= "я" for c in text) else text


@dataclass
class Line:
    """One paragraph of the original (a line of a text file): plain text, Markdown and formatting."""

    text: str
    markdown: str = ""
    bold: bool = False  # every letter bold
    gap_before: bool = True  # a paragraph break (blank line) before it
    cell: str = ""  # "L"/"R" inside a header or closing table, "" in the body
    formatted: bool = False  # bold is known (Word); in plain text only ``**`` marks it
    centered: bool | None = None  # centred on the page (PDF, OCR); None where the reader cannot tell
    indented: bool = False  # opens a paragraph at the first-line indent, not centred (PDF, OCR)
    ocr: bool = False  # read from a scan: letters (a capital's tone mark above all) may be misread
    legacy: str = ""  # the old encoding (TCVN3, VNI) its text was typed in and converted from

    def __post_init__(self) -> None:
        self.legacy = self.legacy or text_encoding(self.text)  # old-font text, read back (vanban.legacy_text): flagged
        self.text = lookalikes(nfc(to_unicode(self.text)))
        self.markdown = nfc(to_unicode(self.markdown)) if self.markdown else escape(self.text)


@dataclass
class TableBlock:
    rows: list[list[str]]
    legacy: str = ""  # as Line.legacy

    def __post_init__(self) -> None:
        self.legacy = self.legacy or next((e for row in self.rows for c in row if (e := text_encoding(c))), "")
        self.rows = [[nfc(to_unicode(c)) for c in row] for row in self.rows]


Block = Line | TableBlock


class ImportFailed(Exception):
    """A file that cannot be read at all (not a .docx, not UTF-8…), with a Vietnamese reason."""


# "&" only where it would open a real entity ("&amp;", "&#60;"): a number like
# "16/2013/TTLT-BYT-BNN&PTNT;" stays whole for the citation scanner.
_ENTITY_NAMES = "|".join(sorted((re.escape(n[:-1]) for n in html5 if n.endswith(";")), key=len, reverse=True))
_MD_SPECIAL = re.compile(rf"([\\`*_\[\]<>|]|&(?=#[0-9]+;|#[xX][0-9A-Fa-f]+;|(?:{_ENTITY_NAMES});))")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+]|\d+[.)])")


def escape_inline(text: str) -> str:
    """Markdown-escape literal text inside a line: HTML, emphasis, links, code and table pipes."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def escape(text: str) -> str:
    """Markdown-escape a line of literal text (and an ordered-list marker at its start)."""
    text = escape_inline(text)
    return _LINE_START_SPECIAL.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\" + m.group(2)[-1]
                                                          if m.group(2)[-1] in ".)" else "\\" + m.group(2)), text)


def strip_md(text: str) -> tuple[str, bool]:
    """Plain text of a Markdown-ish line, and whether it was wholly bold (``**…**``)."""
    line = re.sub(r"^#{1,6}\s+", "", text.strip())
    bold = bool(re.fullmatch(r"\*\*.+\*\*", line)) or bool(re.fullmatch(r"\*\*\*.+\*\*\*", line))
    plain = re.sub(r"\*{1,3}([^*]+)\*{1,3}", r"\1", line).replace("**", "")
    plain = re.sub(r"\\([\\.)*#_\-])", r"\1", plain)
    return plain.strip(), bold

