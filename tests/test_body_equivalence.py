"""vanban.body's pruned parsers give what plain markdown-it (every rule on) gives, for every input.

body.render picks, per body, a markdown-it without the rules that cannot fire on it, with a text
rule that stops only where an enabled rule may fire, and a shortcut for inline contents made of
text, escapes and simple tags. Each case here is rendered both ways and compared: the HTML, the
headings, the relative links, and every token (type, content, markup, info, attributes, map,
level, children), which is stricter than the HTML. The cases: the demo content, a synthetic corpus
(raw and with the build's citation links), and a deterministic fuzz set of Markdown constructs and
trigger characters, pathological ones included. The last test checks that the comparison can fail.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from script_modules import load_script

from conftest import ROOT
from vanban import body, body_parsers
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.site import SiteConfig

FULL = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _resolve(href: str) -> str | None:
    return None if href.startswith("x") else f"/r/{href}"


@contextmanager
def _parser_is(make: Callable[[frozenset[str]], MarkdownIt]) -> Iterator[None]:
    saved = body.parser_for
    body.parser_for = make  # type: ignore[assignment]
    try:
        yield
    finally:
        body.parser_for = saved


def _tokens(tokens: list[Token]) -> list[object]:
    return [(t.type, t.tag, t.nesting, t.content, t.markup, t.info, t.attrs, t.map, t.level, t.block,
             t.hidden, _tokens(t.children) if t.children is not None else None) for t in tokens]


def _outcome(text: str) -> tuple[object, ...]:
    rendered = body.render(text, _resolve)
    links = [(link.href, link.line) for link in body.relative_links(text)]
    return rendered.html, repr(rendered.headings), links


def mismatches(texts: list[str]) -> list[str]:
    """The texts on which the pruned parsers and plain markdown-it differ."""
    new = [(_outcome(t), _tokens(body.parser_for(body.disabled_rules(t)).parse(t))) for t in texts]
    with _parser_is(lambda disabled: FULL):
        old = [(_outcome(t), _tokens(FULL.parse(t))) for t in texts]
    return [t for t, a, b in zip(texts, old, new, strict=True) if a != b]


# --- the fuzz set --------------------------------------------------------------------------------

WORDS = ["Kế hoạch", "số 12/KH-UBND", "ngày 07/3/2025", "Ủy ban", "nhân dân", "xã Tân Hòa", "a", "b",
         "foo", "bar", "1.", "2)", "v.v", "30%", "a_b", "x=y", "a:b", "http://a.vn", "a@b.vn", "đ"]
INLINE = [
    "**đậm**", "*nghiêng*", "_u_", "__uu__", "***", "**", "*", "_", "~~gạch~~", "~x~", "~~~", "~",
    "`mã`", "``", "`", "``a ` b``", "\\.", "\\*", "\\\\", "\\", "\\a", "\\<", "\\[", "\\ ", "\\\u0110",
    "&amp;", "&#123;", "&#x1F600;", "&nbsp;", "&xyz;", "&", "&#;",
    '<a class="vb-cite" href="../62-kl-tw/">Kết luận số 62-KL/TW</a>', '<a class="vb-cite" href="x">',
    "</a>", "<a>", "<A HREF=\"y\">", "<b>", "</b >", "<br/>", "<br />", "< a>", "<a href='x'>",
    '<a href="a\nb">', "<a b>", "<a b=c>", '<a b="<">', "<http://x.vn/a>", "<a@b.vn>", "<x:y>", "<", ">",
    "<!-- c -->", "<!-->", "<?p?>", "<!D>", "<![CDATA[x]]>", "<1>", "</>", "<a\n>",
    "[liên kết](x.md)", "[a](y.md#neo)", "[a](https://a.vn)", "[x][ref]", "[ref]", "![ảnh](anh.png)",
    "![a][ref]", "!", "[", "]", "[]", "(", ")", "](", "[a]:", "|", "\\|", "  \n", " \n", "\n", "\t",
    ":", "-", "#", "=", "+", "1\\.", "---",
]
STARTS = [
    "", "", "", "", "# ", "## ", "###### ", "####### ", "#", "#x ", "> ", ">", "> > ", "- ", "* ", "+ ",
    "-", "1. ", "1) ", "2. ", "10. ", "0. ", "1234567890. ", "1\\. ", "    ", "     ", "  ", " ", "\t", " \t",
    "   - ", "> - ", "- > ", "- - ", "1. - ", "-    ", "-     ", "```", "~~~", "``` js", "---", "***", "___",
    "- - -", "* * *", "===", "= =", "|", "| a | b |", "|---|---|", "a | b", "--- | ---", ":-:|-", "-|-",
    "|-", "<div>", "</div>", "<div", "<pre>", "</pre>", "<script>", "<!-- c -->", "<?x?>", "<!X>",
    "<![CDATA[", '<a href="x">', "<a>", "</a>", "<br>", "<p>", "<table>", "<custom-el>",
    "[ref]: /url \"t\"", "[ref]:", "[x]: <y>", "\\#", "\\- ",
]


def _line(rng: random.Random) -> str:
    parts = [rng.choice(STARTS)]
    for _ in range(rng.randrange(0, 7)):
        parts.append(rng.choice(INLINE) if rng.random() < 0.55 else rng.choice(WORDS))
        parts.append(rng.choice(["", " ", " ", "  "]))
    return "".join(parts)


def _table(rng: random.Random) -> str:
    cols = rng.randrange(1, 4)
    edge = rng.choice(["|", ""])
    rows = [edge + "|".join(rng.choice(WORDS + INLINE[:20]) for _ in range(cols)) + rng.choice([edge, ""])]
    rows.append(edge + "|".join(rng.choice(["---", ":--", "--:", ":-:", "-"]) for _ in range(cols)) + edge)
    rows += [rng.choice(["", "|"]) + "|".join(rng.choice(WORDS + INLINE) for _ in range(rng.randrange(0, 5)))
             for _ in range(rng.randrange(0, 4))]
    return "\n".join(rows)


def fuzz(n: int, seed: int = 20261122) -> list[str]:
    """*n* deterministic documents of random blocks, lines, lazy continuations and triggers."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        blocks = []
        for _ in range(rng.randrange(1, 7)):
            kind = rng.random()
            if kind < 0.12:
                blocks.append(_table(rng))
            elif kind < 0.2:  # a nested list with lazy and indented continuations
                blocks.append("\n".join(rng.choice(["", "  ", "   ", "    ", "      "]) + rng.choice(
                    ["- ", "* ", "1. ", "2) ", "", "> "]) + _line(rng) for _ in range(rng.randrange(2, 6))))
            else:
                blocks.append("\n".join(_line(rng) for _ in range(rng.randrange(1, 5))))
        text = rng.choice(["\n\n", "\n", "\n\n\n"]).join(blocks) + rng.choice(["", "\n", "  \n", "\\"])
        if rng.random() < 0.03:
            text = text.replace("\n", "\r\n")
        if rng.random() < 0.02:
            text = text.replace("\n", "\r", 2).replace("a", "\0", 1)
        texts.append(text)
    return texts


# --- the corpora ---------------------------------------------------------------------------------

def _bodies(root: Path) -> list[str]:
    """Each document's body as read and as the build renders it (with its citation links)."""
    corpus = load_corpus(root)
    linked = build_site(corpus, SiteConfig(), check_only=True).linked.bodies
    return [doc.body for doc in corpus.documents] + list(linked.values())


def test_demo_content() -> None:
    texts = _bodies(ROOT / "content")
    assert len(texts) == 10  # five documents, as read and as linked
    assert mismatches(texts) == []


def test_synthetic_corpus(tmp_path: Path) -> None:
    load_script("synth").write_corpus(tmp_path, 300, seed=11)
    texts = _bodies(tmp_path)
    assert len(texts) == 600 and sum('class="vb-cite"' in t for t in texts) > 100
    assert mismatches(texts) == []


def test_fuzz() -> None:
    texts = fuzz(5000)
    assert mismatches(texts) == []


@pytest.mark.parametrize("text", [
    "", "\n", "a", "#", "# ", "\\", "<", "<a", "a\\", "\\\n", "a  \nb", "- a\nb\n- c", "a\n---", "a\n===",
    "> a\nb\n> - c\nd", "| a |\n|---|\nb", "a | b\n- | -", "a\n    b", "1. a\n\n   b\n\n2) c", "***\n---",
    "- ***", "> ---", "1. # x", "- > # y", "[a]: /u\n\n[a]", "`a\nb`", "**a\nb**", "<a\nhref='x'>", "&amp\n;",
    '<a class="vb-cite" href="a">b</a>\\', '\\<a class="vb-cite" href="a">', '<a href="x">[a](y.md)</a>',
    "a\r\nb\r\n===\r\n", "a\rb\r---", "x\0y", "- a\n - b\n  - c\n   - d\n    - e", "\ta\n>\tb\n-\tc",
])
def test_edge_cases(text: str) -> None:
    assert mismatches([text]) == []


def test_the_comparison_can_fail() -> None:
    """A parser that drops one rule too many, or stops text at too few characters, is caught."""
    texts = fuzz(300)
    build = body.parser_for.__wrapped__  # the uncached factory
    for extra in ("emphasis", "escape", "html_inline", "table", "heading", "hr", "html_block"):
        def pruned_too_much(disabled: frozenset[str], extra: str = extra) -> MarkdownIt:
            return build(disabled | {extra})

        with _parser_is(pruned_too_much):
            assert mismatches(texts), extra
    broken = dict(body_parsers.INLINE_TRIGGERS, emphasis="*")  # '_' would no longer stop text
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(body_parsers, "INLINE_TRIGGERS", broken)
        with _parser_is(build):
            assert mismatches(texts)
