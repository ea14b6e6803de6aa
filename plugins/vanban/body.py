"""A document's body from Markdown to HTML: CommonMark with tables (markdown-it-py).

The core renders bodies itself rather than through MkDocs' Python-Markdown: CommonMark is
what editors see in a pull request's preview, the output outlives MkDocs, and it is about
twice as fast, which counts once per document. Headings get Vietnamese-folded ids
(``II. NỘI DUNG`` → ``ii-noi-dung``) and form the page's table of contents; relative links
and images are mapped to where their targets are published (a ``.md`` file to its page, an
attachment to its copy beside the page), and the ones that lead nowhere are reported.
Each body is parsed by a markdown-it without the rules its characters cannot trigger: the
same tokens for a third less CPU (tests/test_body_equivalence.py holds them to that).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from . import sanitize
from .sanitize import UnsafeContent
from .text import slugify


def _accept(url: str) -> bool:
    return True


def _full() -> MarkdownIt:
    """Every rule on: what bodies are, and what each pruned parser must give.

    Every link destination is kept as a link: the sanitizer judges URLs (one policy, reported
    at its line), where markdown-it's own check would leave ``[x](javascript:…)`` as text."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.validateLink = _accept  # type: ignore[method-assign]
    return md

def full_parser() -> MarkdownIt:
    """A new parser with every rule bodies use (to extend, e.g. :mod:`vanban.textspans`)."""
    return _full()

# Pruning. markdown-it tries every block rule at every line and every inline rule at every
# stop character, in Python; most rules cannot fire on a body that lacks their trigger
# character, and a rule that cannot fire returns False before touching any state, so
# switching it off changes nothing. Rules whose failure is not side-effect free (lheading
# leaks parentType) or that nearly every body needs (list, paragraph) stay on.
#
# A block rule fires at a line's first character after indentation and container markers
# (``>``, ``-``, ``+``, ``*``, ``1.``, ``1)``). These patterns run on "\n" + body + "\n": a
# leading line break lets re skip ahead fast, and no class holds the character that follows
# it, so they stay linear.
_BLOCKQUOTE = re.compile(r"\n[ \t*+\-.)0-9]*>")
_HTML_BLOCK = re.compile(r"\n[ \t>*+\-.)0-9]*<")
_HEADING = re.compile(r"\n[ \t>*+\-.)0-9]*#")
# A thematic break's line holds only container markers, white space and its own markers.
_HR = re.compile(r"\n[ \t>+.)0-9]*[*_-][ \t>*+\-.)0-9_]*\n")

# The character each inline rule needs at the position where it fires; ']' ends a link
# label, which the link and image rules find by stepping from stop to stop.
INLINE_TRIGGERS = {
    "text": "", "newline": "\n", "escape": "\\", "backticks": "`", "strikethrough": "~",
    "emphasis": "*_", "link": "[]", "image": "![]", "autolink": "<", "html_inline": "<",
    "entity": "&",
}

# An HTML tag simple enough that markdown-it's html_inline rule matches exactly this span
# and its autolink rule (tried first) cannot: the build wraps every citation in one.
_SIMPLE_TAG = re.compile(
    r'<[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z_:][A-Za-z0-9:._-]*="[^"<>\n]*")*>|</[A-Za-z][A-Za-z0-9-]*>'
)


# A backslash before ASCII punctuation: markdown-it's escape rule makes it that character.
_ESCAPE = r"\\[!-/:-@\[-`{-~]"


def disabled_rules(markdown: str) -> frozenset[str]:
    """The rules that cannot fire on *markdown*: each lacks the character it starts at."""
    if "\r" in markdown:  # markdown-it's normalize makes these line breaks
        markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    lines = f"\n{markdown}\n"
    off = []
    if "|" not in markdown:
        off.append("table")
    if "\t" not in markdown and "    " not in markdown:
        off.append("code")  # indented code needs four columns of white space
    if "```" not in markdown and "~~~" not in markdown:
        off.append("fence")
    if not _BLOCKQUOTE.search(lines):
        off.append("blockquote")
    if "[" not in markdown:
        off += ["reference", "link"]
    if not _HTML_BLOCK.search(lines):
        off.append("html_block")
    if not _HEADING.search(lines):
        off.append("heading")
    if not _HR.search(lines):
        off.append("hr")
    for rule, chars in (("escape", "\\"), ("backticks", "`"), ("strikethrough", "~"),
                        ("emphasis", "*_"), ("image", "!"), ("entity", "&")):
        if not any(c in markdown for c in chars):
            off.append(rule)
    if "<" not in markdown:
        off += ["autolink", "html_inline"]
    return frozenset(off)


def _simple_tag(state: StateInline, silent: bool) -> bool:
    """html_inline's token for a simple tag, without its regex and the autolink attempt."""
    src, pos = state.src, state.pos
    if src[pos] != "<" or not (found := _SIMPLE_TAG.match(src, pos, state.posMax)):
        return False
    if not silent:
        tag = found.group()
        state.push("html_inline", "", 0).content = tag
        if tag[1] in "aA" and tag[2] in " >":  # markdown-it's isLinkOpen / isLinkClose
            state.linkLevel += 1
        elif tag[1] == "/" and tag[2] in "aA" and tag[3] == ">":
            state.linkLevel -= 1
    state.pos = found.end()
    return True


def _text_rule(stops: re.Pattern[str]) -> Callable[[StateInline, bool], bool]:
    """markdown-it's text rule, stopping only where an enabled rule may fire."""
    search = stops.search

    def text(state: StateInline, silent: bool) -> bool:
        pos, end = state.pos, state.posMax
        if found := search(state.src, pos, end):
            end = found.start()
        if end == pos:
            return False
        if not silent:
            state.pending += state.src[pos:end]
        state.pos = end
        return True

    return text


def _inline_rule(stops: re.Pattern[str], pieces: re.Pattern[str] | None) -> Callable[[StateCore], None]:
    """markdown-it's inline core rule, but a content made only of text, escaped punctuation
    and simple tags gets the tokens markdown-it's inline parser would push, without it.

    *pieces* splits a content at its escapes and tags; the content qualifies when no stop
    character is left between them, so no other inline rule could have fired."""

    def inline(state: StateCore) -> None:
        md = state.md
        for token in state.tokens:
            if token.type != "inline":
                continue
            if token.children is None:
                token.children = []
            content = token.content
            if content and not stops.search(content):
                token.children.append(Token("text", "", 0, content=content))
                continue
            parts = pieces.split(content) if pieces is not None and content else None
            if parts is None or any(stops.search(part) for part in parts[::2]):
                md.inline.parse(content, md, state.env, token.children)
                continue
            children = token.children
            for i, part in enumerate(parts):
                if not i % 2:
                    if part:  # pending text, flushed by the next push
                        children.append(Token("text", "", 0, content=part))
                elif part[0] == "\\":  # text_join later merges these as markdown-it's do
                    children.append(Token("text_special", "", 0, content=part[1], markup=part, info="escape"))
                else:
                    children.append(Token("html_inline", "", 0, content=part))

    return inline


def pruned_parser(disabled: frozenset[str]) -> MarkdownIt:
    """A new full parser without the *disabled* rules, stopping text only at their triggers
    (to extend; :func:`parser_for` gives a shared one)."""
    md = _full()
    if disabled:
        md.disable(sorted(disabled))
    active = md.inline.ruler.get_active_rules()
    if not set(active) <= INLINE_TRIGGERS.keys() or md.core.ruler.get_active_rules() != [
        "normalize", "block", "inline", "text_join"]:
        return md  # a markdown-it with rules this module does not know: prune, no more
    stops = "".join(sorted({"\n", *"".join(INLINE_TRIGGERS[name] for name in active)}))
    md.inline.ruler.at("text", _text_rule(re.compile(f"[{re.escape(stops)}]")))
    alternatives = []
    if "escape" in active:
        alternatives.append(_ESCAPE)
    if "html_inline" in active:
        md.inline.ruler.before("autolink", "simple_tag", _simple_tag)
        alternatives.append(_SIMPLE_TAG.pattern)
    pieces = re.compile(f"({'|'.join(alternatives)})") if alternatives else None
    md.core.ruler.at("inline", _inline_rule(re.compile(f"[{re.escape(stops)}]"), pieces))
    return md


parser_for = lru_cache(maxsize=64)(pruned_parser)
"""The full parser without the *disabled* rules, stopping text only at their triggers (shared)."""


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
