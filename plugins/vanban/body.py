"""A document's body from Markdown to HTML: CommonMark with tables (markdown-it-py).

The core renders bodies itself rather than through MkDocs' Python-Markdown: CommonMark is
what editors see in a pull request's preview, the output outlives MkDocs, and it is about
twice as fast, which counts once per document. Headings get Vietnamese-folded ids
(``II. NỘI DUNG`` → ``ii-noi-dung``) and form the page's table of contents; relative links
and images are mapped to where their targets are published (a ``.md`` file to its page, an
attachment to its copy beside the page), and the ones that lead nowhere are reported.
Each body is parsed by a markdown-it without the rules its characters cannot trigger
(:mod:`vanban.body_parsers`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from . import sanitize
from .body_parsers import disabled_rules as disabled_rules
from .body_parsers import parser_for as parser_for
from .sanitize import UnsafeContent
from .text import slugify


@dataclass
class Heading:
    """One entry of the table of contents."""

    level: int
    id: str
    title: str
    children: list[Heading] = field(default_factory=list)


@dataclass(frozen=True)
class Rendered:
    html: str
    headings: list[Heading]  # nested by level, for the page's table of contents


@dataclass(frozen=True)
class Link:
    """A relative link or image in a body, at its line (1-based, within the body)."""

    href: str
    line: int


def is_relative(href: str) -> bool:
    """A path inside the site: no scheme, no host, not an absolute path or a bare anchor."""
    if not href or href.startswith(("#", "/", "\\")):
        return False
    parts = urlsplit(href)
    return not parts.scheme and not parts.netloc


def target_of(source: str, href: str) -> tuple[str, str]:
    """The content-relative path a relative *href* in file *source* points to, and its ``#…`` part."""
    parts = urlsplit(href)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(source), unquote(parts.path)))
    return path, (f"#{parts.fragment}" if parts.fragment else "")


def _links(tokens: list[Token]) -> Iterator[tuple[Token, str, int]]:
    """(token, attribute, body line) of every link and image, in order."""
    line = 1
    for block in tokens:
        if block.map:
            line = block.map[0] + 1
        for child in block.children or ():
            if child.type == "link_open":
                yield child, "href", line
            elif child.type == "image":
                yield child, "src", line


def relative_links(markdown: str) -> list[Link]:
    """The body's relative links and images, to check that each leads somewhere."""
    if "](" not in markdown and "]:" not in markdown:  # no Markdown link at all: skip the parse
        return []
    found = []
    for token, attr, line in _links(parser_for(disabled_rules(markdown)).parse(markdown)):
        href = str(token.attrs.get(attr, ""))
        if is_relative(href):
            found.append(Link(href, line))
    return found


def _text(inline: Token) -> str:
    return "".join(c.content for c in inline.children or () if c.type in ("text", "code_inline"))


def _outside_image_to_link(parent: Token, index: int) -> None:
    """An image from another host becomes a link to it: shown on a click, never fetched on load."""
    image = parent.children[index]  # type: ignore[index]
    link = Token("link_open", "a", 1, attrs={"href": str(image.attrs.get("src", ""))})
    text = Token("text", "", 0, content=image.content or str(image.attrs.get("src", "")))
    parent.children[index:index + 1] = [link, text, Token("link_close", "a", -1)]  # type: ignore[index]


# The tags the build itself writes around a citation (graph.py): an allowed link, nothing else.
_CITATION_OPEN = re.compile(r'<a class="vb-cite" href="([^"<>&]*)">')


def _citation_tag(tag: str) -> bool:
    if tag == "</a>":
        return True
    m = _CITATION_OPEN.fullmatch(tag)
    return m is not None and sanitize.allowed_url(m.group(1))


def _needs_cleaning(tokens: list[Token]) -> bool:
    """Raw HTML, or a link or image the allowlist would change: else markdown-it's own output is
    already inside the allowlist (it escapes text and writes only its own tags), and is kept byte for byte."""
    for block in tokens:
        if block.type == "html_block":
            return True
        for child in block.children or ():
            if child.type == "html_inline" and not _citation_tag(child.content):
                return True
            if child.type == "link_open" and not sanitize.allowed_url(str(child.attrs.get("href", ""))):
                return True
            if child.type == "image" and sanitize.url_problem("img", "src", str(child.attrs.get("src", ""))):
                return True
    return False


def render(markdown: str, resolve: Callable[[str], str | None] | None = None) -> Rendered:
    """HTML of a body, through the sanitizer; *resolve* maps a relative link to its published URL
    (None: leave it)."""
    md = parser_for(disabled_rules(markdown))
    return render_tokens(md, md.parse(markdown), resolve)


def render_tokens(md: MarkdownIt, tokens: list[Token], resolve: Callable[[str], str | None] | None) -> Rendered:
    """What :func:`render` makes of a body's tokens, parsed by *md*."""
    for block in tokens:
        for i in range(len(block.children or ()) - 1, -1, -1):
            child = block.children[i]  # type: ignore[index]
            if child.type == "image" and sanitize.is_outside(str(child.attrs.get("src", ""))):
                _outside_image_to_link(block, i)
    flat: list[Heading] = []
    taken: set[str] = set()
    _relevel(tokens)
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            # Wider than a phone, a table scrolls inside itself (the theme's CSS): reachable by keyboard
            # too (WCAG 2.1.1, axe scrollable-region-focusable).
            token.attrSet("tabindex", "0")
        elif token.type == "heading_open" and i + 1 < len(tokens):
            title = " ".join(_text(tokens[i + 1]).split())
            base = slugify(title) or "muc"
            anchor, n = base, 2
            while anchor in taken:
                anchor, n = f"{base}-{n}", n + 1
            taken.add(anchor)
            token.attrSet("id", anchor)
            flat.append(Heading(int(token.tag[1]), anchor, title))
    if resolve is not None:
        for token, attr, _ in _links(tokens):
            href = str(token.attrs.get(attr, ""))
            if is_relative(href) and (url := resolve(href)) is not None:
                token.attrSet(attr, url)
    text = md.renderer.render(tokens, md.options, {})
    return Rendered(sanitize.clean(text) if _needs_cleaning(tokens) else text, _nest(flat))


def _relevel(tokens: list[Token]) -> None:
    """Body headings nested under the page's one ``<h1>`` (the trích yếu), as the table of contents
    nests them: imports write a plan's "1. …" as ``###`` with no ``##`` above, editors may write ``#``,
    and a screen reader's outline would skip a level or meet a second title (axe heading-order)."""
    stack: list[tuple[int, int]] = []  # (level written, level shown) of the enclosing headings
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            if token.nesting == 1:
                written = int(token.tag[1])
                while stack and stack[-1][0] >= written:
                    stack.pop()
                stack.append((written, min(6, stack[-1][1] + 1 if stack else 2)))
            token.tag = f"h{stack[-1][1]}"


def unsafe_parts(markdown: str) -> list[UnsafeContent]:
    """What the sanitizer removes from *markdown*'s HTML, at its body line (1-based)."""
    if "<" not in markdown and "[" not in markdown:
        return []  # no raw HTML, no link, no image: markdown-it's output is inside the allowlist
    found: list[UnsafeContent] = []
    raw = False
    md = parser_for(disabled_rules(markdown))
    for block in (tokens := md.parse(markdown)):
        first = block.map[0] + 1 if block.map else 1
        if block.type == "html_block":
            raw = True
            found += sanitize.fragment_problems(block.content, first)
            continue
        line = first
        for child in block.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "html_inline":
                raw = True
                found += sanitize.fragment_problems(child.content, line)
                line += child.content.count("\n")
            elif child.type == "link_open" and (why := sanitize.url_problem("a", "href", str(child.attrs.get("href", "")))):
                found.append(UnsafeContent(line, why))
            elif child.type == "image" and (why := sanitize.url_problem("img", "src", str(child.attrs.get("src", "")))):
                found.append(UnsafeContent(line, why, sanitize.FIX_IMAGE))
    if raw and not found:
        # What html.parser and the sanitizer's html5ever read differently is still caught here.
        rendered = md.renderer.render(tokens, md.options, {})
        if sanitize.changes(rendered):
            first_raw = next(b.map[0] + 1 for b in tokens if b.map and (b.type == "html_block" or any(
                c.type == "html_inline" for c in b.children or ())))
            found.append(UnsafeContent(first_raw, "mã HTML mà trình lọc phải sửa"))
    found.sort(key=lambda u: u.line)
    return found


def _nest(flat: list[Heading]) -> list[Heading]:
    """Headings as a tree: each under the nearest preceding heading of a higher level."""
    roots: list[Heading] = []
    stack: list[Heading] = []
    for heading in flat:
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(heading)
        stack.append(heading)
    return roots
