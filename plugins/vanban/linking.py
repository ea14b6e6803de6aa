"""Citations linked in a body: each one the graph resolved becomes ``<a class="vb-cite">`` where the
body is plain text (:mod:`vanban.textspans` says where that is).

Two implementations with the same output (tests/test_linking_render.py holds them to it, on the
demo, a synthetic corpus, the hostile vectors and fuzzed bodies):

* :func:`link_markdown`, then :func:`vanban.body.render` — the reference: the links are written into
  the Markdown source, which is then rendered. Finding where the source is text is a parse of its
  own, so a body with citations was parsed twice.
* :func:`render_linked` — one parse. The body's block tokens are made once; the text map is read
  from them (inline constructs parsed only in the tokens that hold a citation); each link goes into
  its token's content, where parsing the linked source would have put it; then the inline pass and
  the rendering run as for any body. A tag written inside a line of text changes no block (it opens
  no HTML block: text follows it on its line; it holds no ``|``, indentation or marker), so the
  block tokens are those of the linked source. A citation the tokens cannot place, or a body with
  line endings or NULs that markdown-it rewrites, takes the reference path.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it.rules_core import StateCore

from . import body, textspans
from .body import Rendered

CiteSpan = tuple[int, int, str]
"""A citation occurrence to link: its source start and end in the body, and the href (relative to the page)."""


def _chosen(markdown: str, spans: Sequence[CiteSpan], text: textspans.TextMap) -> list[CiteSpan]:
    """The sorted *spans* that are linked: in plain text, inside the body, not overlapping an earlier one."""
    chosen: list[CiteSpan] = []
    cursor = 0
    for start, end, href in spans:
        if start < cursor or end > len(markdown) or not text.is_text(start, end):
            continue
        chosen.append((start, end, href))
        cursor = end
    return chosen


def _tag(source: str, start: int, end: int, href: str) -> str:
    return f'<a class="vb-cite" href="{html.escape(href)}">{html.escape(source[start:end])}</a>'


def _insert(source: str, spans: Sequence[CiteSpan]) -> str:
    """*source* with a link around each of the sorted, disjoint *spans*."""
    out: list[str] = []
    cursor = 0
    for start, end, href in spans:
        out += (source[cursor:start], _tag(source, start, end, href))
        cursor = end
    out.append(source[cursor:])
    return "".join(out)


def link_markdown(markdown: str, spans: Sequence[CiteSpan]) -> str:
    """The reference: *markdown* with each of the sorted *spans* that lies in plain text linked."""
    if not spans:
        return markdown
    return _insert(markdown, _chosen(markdown, spans, textspans.text_map(markdown)))


def render_linked(markdown: str, spans: Sequence[CiteSpan],
                  resolve: Callable[[str], str | None] | None = None) -> Rendered:
    """``render(link_markdown(markdown, spans), resolve)``, parsing *markdown* once."""
    if not spans:
        return body.render(markdown, resolve)
    if "\r" in markdown or "\0" in markdown:
        return body.render(link_markdown(markdown, spans), resolve)
    env: dict[str, Any] = {}
    tokens = textspans.block_tokens(markdown, env)
    placed = textspans.placements(markdown, tokens, at=(start for start, _, _ in spans))
    lines = sorted((s, s + n, i, j) for i, p in enumerate(placed) for j, (s, n) in enumerate(p.lines))
    line_starts = [line[0] for line in lines]

    def line_of(start: int, end: int) -> tuple[int, int, int, int] | None:
        k = bisect.bisect_right(line_starts, start) - 1
        return lines[k] if k >= 0 and end <= lines[k][1] else None

    if textspans.has_constructs(markdown):
        holding = {id(placed[found[2]]) for start, end, _ in spans if (found := line_of(start, end))}
        text = textspans.map_of(placed, lambda p: id(p) in holding, pruned=True)
    else:
        text = textspans.TextMap([], None)
    chosen = _chosen(markdown, spans, text)
    linked = _insert(markdown, chosen)
    by_token: dict[int, list[CiteSpan]] = {}
    for start, end, href in chosen:
        found = line_of(start, end)
        if found is None:
            return body.render(linked, resolve)  # a link across lines: the reference parses it
        s0, _, i, j = found
        at = placed[i].starts[j] + start - s0
        if placed[i].token.content[at:at + end - start] != markdown[start:end]:
            return body.render(linked, resolve)
        by_token.setdefault(i, []).append((at, at + end - start, href))
    for i, in_token in by_token.items():
        token = placed[i].token
        token.content = _insert(token.content, in_token)
    md = body.parser_for(body.disabled_rules(linked))
    state = StateCore(linked, md, env, tokens)
    names, rules = md.core.ruler.get_active_rules(), md.core.ruler.getRules("")
    for rule in rules[names.index("block") + 1:]:  # inline, text_join: what parse runs after the blocks
        rule(state)
    return body.render_tokens(md, tokens, resolve)
