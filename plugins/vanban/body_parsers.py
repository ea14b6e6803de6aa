"""The markdown-it parsers bodies are rendered with: the full one, and per body one pruned of the rules
its characters cannot trigger (the same tokens for a third less CPU; tests/test_body_equivalence.py
holds them to that). :mod:`vanban.body` renders with them, :mod:`vanban.textspans` extends them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token


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
