"""A page saved from a portal (.html) through lxml, which python-docx already brings.

Only text is kept: scripts, styles, forms, frames and the portal's menus never reach the
document. The document is the smallest part of the page that holds its motto (or, without one,
the whole body); a layout table (the header, the closing block) is read column by column like
Word's, any other table stays a table, so a portal's "Số hiệu | …" table reaches ``metadata``.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from ...text import collapse_space, fold
from ..lines import Block, ImportFailed, Line, TableBlock

_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "form", "nav", "svg", "button",
         "select", "textarea", "head", "footer", "aside")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote", "pre", "dd",
           "dt", "center", "ul", "ol", "header", "main", "table", "tbody", "thead", "td", "th"}
_LAYOUT = re.compile(r"(CONG HOA|DANG CONG SAN|SO:|NOI NHAN|DOC LAP|, NGAY)")


class _Lines:
    def __init__(self, cell: str = "") -> None:
        self.lines: list[Block] = []
        self.parts: list[tuple[str, bool]] = []
        self.cell = cell
        self.gap = True

    def add(self, text: str | None, bold: bool) -> None:
        if text:
            self.parts.append((text, bold))

    def flush(self, gap: bool = True) -> None:
        text = collapse_space("".join(t for t, _ in self.parts))
        if text:
            letters = [b for t, b in self.parts if t.strip()]
            self.lines.append(Line(text, bold=bool(letters) and all(letters), gap_before=self.gap, cell=self.cell))
            self.gap = gap
        else:
            self.gap = self.gap or gap
        self.parts = []


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _walk(el: Any, out: _Lines, bold: bool) -> None:
    tag = _tag(el)
    if tag == "table":
        out.flush()
        _table(el, out)
        return
    if tag == "br":
        out.flush(gap=False)
    bold = bold or tag in ("b", "strong")
    if tag in _BLOCKS:
        out.flush()
    out.add(el.text, bold)
    for child in el:
        _walk(child, out, bold)
        out.add(child.tail, bold)
    if tag in _BLOCKS:
        out.flush()


def _table(table: Any, out: _Lines) -> None:
    rows = [[c for c in tr if _tag(c) in ("td", "th")] for tr in table.iter("tr")]
    rows = [r for r in rows if r]
    width = max((len(r) for r in rows), default=0)
    text = fold(" ".join(c.text_content() for r in rows for c in r)).upper()
    if 1 <= len(rows) <= 4 and 2 <= width <= 3 and _LAYOUT.search(text):
        for index in range(width):
            column = _Lines("L" if index == 0 else "R")
            for row in rows:
                if index < len(row):
                    _walk(row[index], column, False)
                    column.flush()
            out.lines.extend(column.lines)
        return
    out.lines.append(TableBlock([[collapse_space(c.text_content()) for c in r] for r in rows]))


def _root(body: Any) -> Any:
    """The smallest element holding the motto and at least a page of text; the body without a motto."""
    for el in body.iter():
        if el.text and re.search(r"C[ỘO]NG\s+H[ÒOÀ]A|ĐẢNG\s+CỘNG\s+SẢN", el.text, re.I):
            node = el
            while node.getparent() is not None and len(collapse_space(node.text_content())) < 1500:
                node = node.getparent()
            return node
    return body


# A .txt that is a page's source ("<html> <head> …", a Word export's "<p class=MsoNormal>"): read as the page.
_MARKUP = re.compile(r"<(?:html|body|table|tr|td|p|div|span)\b[^>]*>", re.I)


def is_markup(text: str) -> bool:
    """Whether a text file holds a page's HTML source rather than the page's text."""
    return bool(re.search(r"<(?:html|body)\b", text[:5000], re.I)) and len(_MARKUP.findall(text[:20000])) >= 10


# A copy whose lines keep pieces of the page's source ("<p style=…><span …>Ng&agrave;y 16 …</span></p>", "<b>QUY CHẾ
# …</b>"): the tags are no text (a block's end ends a line) and the entities are the letters they stand for.
_FRAGMENT = re.compile(r"</?(?:p|span|div|b|i|u|strong|em|br|font|sup|sub)\b[^<>]{0,400}>", re.I)
_BLOCK_END = re.compile(r"</(?:p|div)\s*>|<br\s*/?>", re.I)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5});", re.I)
FRAGMENTS = 5  # tags or entities before a copy counts as holding its page's source


def without_fragments(text: str) -> str:
    """*text* with the page source's tags taken out and its entities read, when it holds at least ``FRAGMENTS`` of
    them (a page's whole source is read by ``read_html_source``); else *text* as it is."""
    head = text[:20000]
    if len(_FRAGMENT.findall(head)) + len(_ENTITY.findall(head)) < FRAGMENTS:
        return text
    return unescape(_FRAGMENT.sub("", _BLOCK_END.sub("\n\n", text)))


# libxml2 keeps 255 levels of tags and drops what is deeper, text and all, without an error: a page that deep
# would be imported with its text missing (or "no content"), so it is refused with the reason.
_PARSER_DEPTH = 256


def _depth(root: Any) -> int:
    """How many levels of elements *root* holds (itself the first), without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        el, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in el)
    return deepest


# A declared encoding (meta charset, http-equiv, an XML declaration) near the top, or a byte-order mark: lxml reads it
_DECLARED = re.compile(rb"charset|encoding|^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)", re.IGNORECASE)


def _decoded(source: bytes | str) -> bytes | str:
    """A page whose bytes declare no encoding is read as UTF-8 when they are UTF-8. A portal declares its encoding in
    the HTTP header, which "Lưu trang" (Save page as, HTML only) does not keep; libxml2 then falls back to Latin-1 and
    every Vietnamese letter becomes two or three others ("Káº¿ hoáº¡ch")."""
    if isinstance(source, str) or _DECLARED.search(source[:2048]):
        return source
    try:
        return source.decode("utf-8")
    except UnicodeDecodeError:
        return source  # not UTF-8: libxml2's own guess


def read_html_source(source: bytes | str) -> list[Block]:
    from lxml import etree, html

    try:
        document = html.document_fromstring(_decoded(source))
    except (etree.ParserError, ValueError):
        raise ImportFailed("trang HTML hỏng hoặc rỗng — lưu lại trang từ trình duyệt (Ctrl+S)") from None
    if _depth(document) >= _PARSER_DEPTH:
        raise ImportFailed(f"trang HTML lồng thẻ quá sâu (tới {_PARSER_DEPTH} tầng): phần sâu hơn không đọc được — mở "
                           "trang bằng trình duyệt, chép chữ vào một tệp .txt rồi nhập tệp đó")
    for el in list(document.iter(*_DROP)):
        el.drop_tree()
    body = document.find("body")
    out = _Lines()
    _walk(_root(body if body is not None else document), out, False)
    out.flush()
    return out.lines
