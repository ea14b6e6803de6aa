"""Where a body's source is plain text: the only places a citation may become a link.

The build links citations by inserting ``<a>`` into the Markdown source. Inside a code span or
block, an attribute value, an existing link (its text, destination or title), an autolink, a
link reference definition, raw HTML or an entity, an inserted tag would change what is shown,
break the HTML or nest links. The places that are text are found by markdown-it itself, the
parser that renders the body: its inline rules are wrapped to record the source span of every
construct other than text and emphasis, and its block tokens say which lines hold inline
content at all (code blocks, HTML blocks and definitions do not).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from . import body_parsers

# Inline rules whose whole match is not text.
_PROTECTING = ("backticks", "link", "image", "autolink", "html_inline", "entity", "escape")
# Raw HTML elements whose content is not linkable text either.
_RAW_OPEN = re.compile(r"<(a|code|pre|kbd|samp|var|script|style|textarea|title|button|select|svg|math|template)\b",
                       re.IGNORECASE)
_TAGS = ("html_inline", "simple_tag")  # their text says which raw HTML element opens or closes
_ENV = "vanban_protected"
# Without any of these, a body has no construct but text, emphasis, lists, headings, quotes and
# tables whose cells are text: every line is linkable.
_CONSTRUCTS = re.compile(r"[`<\[&\\~\t]| {4}")
# Backslash escapes are the only construct of many real bodies ("1\\. Mục tiêu" keeps a numbered
# line a paragraph). With nothing else, markdown-it's escape rule fires at every backslash it has
# not consumed: a backslash and the character after it, or a hard line break and the next line's
# leading spaces (a backslash ending the content is text).
_CONSTRUCTS_BUT_ESCAPE = re.compile(r"[`<\[&~\t]| {4}")
_ESCAPE_SPAN = re.compile(r"\\(?:\n *|[\s\S])")


def _recording(name: str, rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    def wrapped(state: StateInline, silent: bool) -> bool:
        start = state.pos
        matched = rule(state, silent)
        if matched and not silent:
            spans: list[tuple[int, int, str]] = state.env.setdefault(_ENV, [])
            spans.append((start, state.pos, state.src[start:state.pos] if name in _TAGS else ""))
        return matched
    return wrapped


def _record(md: MarkdownIt) -> MarkdownIt:
    for rule in md.inline.ruler.__rules__:
        if rule.name in _PROTECTING or rule.name == "simple_tag":
            rule.fn = _recording(rule.name, rule.fn)
    md.inline.ruler.__cache__ = None
    return md


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The reference: every inline rule tried, as markdown-it itself parses."""
    return _record(body_parsers.full_parser())


@lru_cache(maxsize=64)
def _pruned(disabled: frozenset[str]) -> MarkdownIt:
    """The same spans, without the rules the content cannot trigger (as :func:`vanban.body_parsers.parser_for`)."""
    return _record(body_parsers.pruned_parser(disabled))


@lru_cache(maxsize=64)
def _block_parser(disabled: frozenset[str]) -> MarkdownIt:
    """Block tokens only, without the block rules that cannot fire on the body (see
    :func:`vanban.body_parsers.disabled_rules`, the same pruning that renders it): the inline pass runs in
    :func:`_protected_in`, and only on inline tokens holding a construct character."""
    md = body_parsers.full_parser()
    md.core.ruler.disable("inline")
    names = [rule.name for rule in md.block.ruler.__rules__ if rule.name in disabled]
    if names:
        md.block.ruler.disable(names)
    return md


def _protected_in(content: str, md: MarkdownIt) -> list[tuple[int, int]]:
    """Spans of *content* (one inline token) that are not text."""
    env: dict[str, Any] = {}
    md.inline.parse(content, md, env, [])
    spans: list[tuple[int, int]] = []
    open_until: str | None = None
    open_start = 0
    for start, end, tag in sorted(env.get(_ENV, [])):
        spans.append((start, end))
        if not tag:
            continue
        if open_until is None and (m := _RAW_OPEN.match(tag)):
            open_until, open_start = m.group(1).lower(), start
        elif open_until is not None and re.match(rf"</\s*{open_until}\s*>", tag, re.IGNORECASE):
            spans.append((open_start, end))
            open_until = None
    if open_until is not None:
        spans.append((open_start, len(content)))
    return spans


class TextMap:
    """Answers whether a source span of the body is plain text."""

    def __init__(self, segments: list[tuple[int, int]], protected: list[tuple[int, int]] | None) -> None:
        self.segments = sorted(segments)
        self.starts = [s for s, _ in self.segments]
        self.protected: list[tuple[int, int]] = []  # merged: disjoint and sorted
        for p_start, p_end in sorted(protected or []):
            if self.protected and p_start <= self.protected[-1][1]:
                self.protected[-1] = (self.protected[-1][0], max(self.protected[-1][1], p_end))
            else:
                self.protected.append((p_start, p_end))
        self.protected_starts = [s for s, _ in self.protected]
        self.everything = protected is None

    def is_text(self, start: int, end: int) -> bool:
        if self.everything:
            return True
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or end > self.segments[i][1]:
            return False
        # Of disjoint sorted spans, only the last one starting before *end* can reach past *start*.
        j = bisect.bisect_left(self.protected_starts, end) - 1
        return j < 0 or self.protected[j][1] <= start


@dataclass(frozen=True)
class Placed:
    """An inline token and where its content lies in the source: the source (start, length) of
    each line of its content, and where each line begins in the content."""

    token: Token
    lines: list[tuple[int, int]]
    starts: list[int]

    def protected(self, pruned: bool = False) -> list[tuple[int, int]]:
        """The source spans of this token that are not text (*pruned*: parsed without the inline
        rules its content cannot trigger)."""
        content = self.token.content
        if not _CONSTRUCTS.search(content):
            return []  # text, emphasis and nothing else: no span to protect
        if pruned and not _CONSTRUCTS_BUT_ESCAPE.search(content):
            return [(_to_source(m.start(), self.starts, self.lines),
                     _to_source(m.end() - 1, self.starts, self.lines) + 1) for m in _ESCAPE_SPAN.finditer(content)]
        md = _pruned(body_parsers.disabled_rules(content)) if pruned else _parser()
        return [(_to_source(p_start, self.starts, self.lines),
                 _to_source(max(p_end - 1, p_start), self.starts, self.lines) + 1)
                for p_start, p_end in _protected_in(content, md)]


def block_tokens(markdown: str, env: dict[str, Any] | None = None) -> list[Token]:
    """*markdown*'s block tokens: inline tokens hold their content, not yet parsed into children."""
    return _block_parser(body_parsers.disabled_rules(markdown)).parse(markdown, env)


def placements(markdown: str, tokens: list[Token], at: Iterable[int] | None = None) -> list[Placed]:
    """Every inline token of *tokens* (the block tokens of *markdown*) found in the source as written;
    with *at* (source offsets), only those with a line holding one of them.

    A token's segments lie on its own lines, so whether a span is text (:class:`TextMap`) and which
    token holds it are settled by the segments of the span's own line: the tokens on other lines
    change no answer about it, and a body's citations sit on a third of its lines."""
    lines = markdown.split("\n")
    offsets = [0, *itertools.accumulate(len(line) + 1 for line in lines)]
    wanted = None if at is None else {bisect.bisect_right(offsets, position) - 1 for position in at}
    found: list[Placed] = []
    for index, token in enumerate(tokens):
        if token.type != "inline" or not token.map:
            continue
        if wanted is not None and wanted.isdisjoint(range(token.map[0], token.map[0] + token.content.count("\n") + 1)):
            continue
        in_cell = index > 0 and tokens[index - 1].type in ("td_open", "th_open")
        placed = _place(token.content, token.map[0], lines, offsets, in_cell)
        if placed is not None:  # else: not found in the source as written, nothing here is linked
            found.append(Placed(token, *placed))
    return found


def has_constructs(markdown: str) -> bool:
    """False when *markdown* is text, emphasis, lists, headings, quotes and text tables only."""
    return _CONSTRUCTS.search(markdown) is not None


def map_of(placed: list[Placed], protect: Callable[[Placed], bool] = lambda p: True, pruned: bool = False) -> TextMap:
    """The text map of these placed tokens, with the protected spans of those *protect* selects
    (a span inside a token is text or not by that token's own spans alone)."""
    segments = [(s, s + n) for p in placed for s, n in p.lines]
    protected = [span for p in placed if protect(p) for span in p.protected(pruned)]
    return TextMap(segments, protected)


def text_map(markdown: str) -> TextMap:
    """Where *markdown* is plain text, as source offsets."""
    if not has_constructs(markdown):
        return TextMap([], None)
    return map_of(placements(markdown, block_tokens(markdown)))


def _place(content: str, first: int, lines: list[str], offsets: list[int],
           in_cell: bool) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Source (start, length) of each line of an inline token's content, and where each begins in it."""
    placed: list[tuple[int, int]] = []
    content_starts: list[int] = []
    position = 0
    for i, piece in enumerate(content.split("\n")):
        if first + i >= len(lines):
            return None
        source = lines[first + i]
        if not in_cell and source.rstrip().endswith(piece.rstrip()):
            column = len(source.rstrip()) - len(piece.rstrip())
        else:
            column = source.find(piece)
            if column < 0 or (in_cell and source.find(piece, column + 1) >= 0):
                return None  # a cell whose text appears twice on its row: which one is unknown
        placed.append((offsets[first + i] + column, len(piece)))
        content_starts.append(position)
        position += len(piece) + 1
    return placed, content_starts


def _to_source(position: int, content_starts: list[int], placed: list[tuple[int, int]]) -> int:
    i = bisect.bisect_right(content_starts, position) - 1
    return placed[i][0] + (position - content_starts[i])
