"""A document's body from Markdown to HTML: CommonMark with tables (markdown-it-py).

The core renders bodies itself rather than through MkDocs' Python-Markdown: CommonMark is
what editors see in a pull request's preview, the output outlives MkDocs, and it is about
twice as fast, which counts once per document. Headings get Vietnamese-folded ids
(``II. NỘI DUNG`` → ``ii-noi-dung``) and form the page's table of contents; relative links
and images are mapped to where their targets are published (a ``.md`` file to its page, an
attachment to its copy beside the page), and the ones that lead nowhere are reported.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .text import slugify

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


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
    for token, attr, line in _links(_MD.parse(markdown)):
        href = str(token.attrs.get(attr, ""))
        if is_relative(href):
            found.append(Link(href, line))
    return found


def _text(inline: Token) -> str:
    return "".join(c.content for c in inline.children or () if c.type in ("text", "code_inline"))


def render(markdown: str, resolve: Callable[[str], str | None] | None = None) -> Rendered:
    """HTML of a body; *resolve* maps a relative link to its published URL (None: leave it)."""
    tokens = _MD.parse(markdown)
    flat: list[Heading] = []
    taken: set[str] = set()
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and i + 1 < len(tokens):
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
    return Rendered(_MD.renderer.render(tokens, _MD.options, {}), _nest(flat))


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
