"""Old-font Vietnamese in an original (:mod:`vanban.legacy_text`): Word runs read by their font, the import flagged.

A Word run says its font, and a ".VnTime" or "VNI-Times" run is in TCVN3 or VNI for certain: it is converted
whole, an "H" font's run in capitals. Text without fonts (a text file, a page, a PDF's text layer) is converted
where :func:`vanban.legacy_text.to_unicode` detects it, when each :class:`~.lines.Line` is made. Either way the clerk is told
to read the result again: a conversion is a reading, and the document is flagged for review.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from ..legacy_text import convert, encoding_of_font, is_caps_font, legacy_runs
from .result import ImportResult


class _Block(Protocol):
    legacy: str  # a Line's or a TableBlock's (.lines imports this module: named by what it is asked)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fonts(rpr: Any) -> str | None:
    """The Latin font an ``rPr`` names (``w:hAnsi`` draws Latin-1's upper half, where TCVN3 and VNI put letters)."""
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    name = fonts.get(f"{_W}hAnsi") or fonts.get(f"{_W}ascii")
    return str(name) if name else None


def _style_font(style: Any) -> str | None:
    while style is not None:
        name = _fonts(style.element.rPr) if hasattr(style.element, "rPr") else None
        if name:
            return name
        style = style.base_style
    return None


def run_font(run: Any, paragraph: Any) -> str | None:
    """The font a run is drawn in: its own, its character style's, its paragraph style's, the document default."""
    name = _fonts(run._element.rPr) or (_style_font(run.style) if run.style is not None else None)
    if name:
        return name
    name = _style_font(paragraph.style) if paragraph.style is not None else None
    if name:
        return name
    try:
        styles = paragraph.part.styles.element
    except (AttributeError, NotImplementedError):
        return None
    default = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    return _fonts(default)


# The children of a run that stand for text (python-docx's CT_R.text), and the run and hyperlink tags.
_RUN_CHARS = {f"{_W}{tag}" for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")}
_RUN, _LINK = f"{_W}r", f"{_W}hyperlink"


def _chars(r: Any) -> str:
    return "".join(str(e) for e in r if e.tag in _RUN_CHARS)


def run_chars(run: Any) -> str:
    """``run.text``, read child by child: python-docx reads it with an XPath union, which libxml2 merges in
    quadratic time (a Word paragraph of 32,000 tabs: 31 s to read); the same text in the same order."""
    return _chars(run._r)


def paragraph_chars(paragraph: Any) -> str:
    """``paragraph.text`` (its runs and its hyperlinks' runs, in order), read child by child as :func:`run_chars`."""
    out: list[str] = []
    for e in paragraph._p:
        if e.tag == _RUN:
            out.append(_chars(e))
        elif e.tag == _LINK:
            out.extend(_chars(r) for r in e if r.tag == _RUN)
    return "".join(out)


def run_text(run: Any, paragraph: Any) -> tuple[str, str]:
    """(text, encoding converted from or "") of one Word run."""
    font = run_font(run, paragraph)
    encoding = encoding_of_font(font)
    text = run_chars(run)
    if encoding is None or not text:
        return text, ""
    return convert(text, encoding, caps=is_caps_font(font)), encoding


def paragraph_pieces(paragraph: Any) -> tuple[list[tuple[str, bool, bool]], str]:
    """(text, bold, italic) of each run of a Word paragraph, old-font runs converted; and the encoding met ("")."""
    pieces: list[tuple[str, bool, bool]] = []
    met = ""
    for run in paragraph.runs:
        if run_chars(run):
            text, encoding = run_text(run, paragraph)
            met = met or encoding
            pieces.append((text, bool(run.bold), bool(run.italic)))
    return pieces, met


def cell_text(cell: Any) -> str:
    """A table cell's text with its old-font runs converted."""
    return "\n".join("".join(run_text(r, p)[0] for r in p.runs) if p.runs else paragraph_chars(p) for p in cell.paragraphs)


def text_encoding(text: str) -> str:
    """The old encoding detected in *text* ("" when none)."""
    runs = legacy_runs(text)
    return runs[0].encoding if runs else ""


def met(path: Path, blocks: Sequence[_Block]) -> set[str]:
    """The old encodings an original was typed in: its blocks say (a text reader converts the whole text at once,
    so a text file's own characters are read again, up to its first megabyte)."""
    found = {b.legacy for b in blocks if b.legacy}
    if not found and path.suffix.lower() in (".txt", ".md", ".html", ".htm"):
        with path.open("rb") as f:
            found = {r.encoding for r in legacy_runs(f.read(1 << 20).decode("utf-8", "replace"))}
    return found


def flag(result: ImportResult, encodings: set[str]) -> None:
    """Tell the clerk the original was typed in an old encoding and has been converted: to be read again."""
    if not encodings:
        return
    names = " và ".join(sorted(encodings))
    result.unsure.append(("title", f"bản gốc gõ bằng bảng mã {names} cũ, đã chuyển sang Unicode — hãy đọc lại "
                                   "trích yếu và nội dung so với bản gốc"))
