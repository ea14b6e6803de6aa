"""Citation links rendered in one parse (linking.render_linked) give byte for byte what the reference
gives: the links written into the Markdown source (linking.link_markdown), then body.render."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hostile_vectors import ALL
from script_modules import load_script
from test_body_equivalence import fuzz
from test_linking_spans import CITED

from conftest import ROOT
from vanban import body, linking
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.linking import CiteSpan
from vanban.pages import resolver
from vanban.site import SiteConfig

# What the fuzzed and hostile bodies are linked at: words, numbers, markup-like text, a bare letter.
CITES = re.compile(r"số 12/KH-UBND|57-NQ/TW|Kế hoạch|Ủy ban|http://a\.vn|foo|a|b|đ|x|evil|script|1\.")
HREFS = ("../../2024/b/", 'x"&<y/')


def _resolve(href: str) -> str | None:
    return None if href.startswith("x") else f"/r/{href}"


def spans_in(text: str) -> list[CiteSpan]:
    """Every occurrence of CITES, overlapping ones included (the linker keeps the first)."""
    found = {(m.start(), m.end(), HREFS[i % 2]) for i, m in enumerate(CITES.finditer(text))}
    found |= {(m.start(), m.end() + 1, HREFS[0]) for m in re.finditer(r"(?=Ủy ban)", text)}  # "Ủy ban" and one more
    return sorted(found)


def outcome(rendered: body.Rendered) -> tuple[str, str]:
    return rendered.html, repr(rendered.headings)


def differences(texts: Sequence[str]) -> list[str]:
    """The texts whose one-parse rendering differs from the reference."""
    out = []
    for text in texts:
        spans = spans_in(text)
        fast = outcome(linking.render_linked(text, spans, _resolve))
        reference = outcome(body.render(linking.link_markdown(text, spans), _resolve))
        if fast != reference:
            out.append(text)
    return out


def test_fuzzed_bodies() -> None:
    texts = fuzz(3000, seed=17)
    assert sum("vb-cite" in linking.link_markdown(t, spans_in(t)) for t in texts) > 1000
    assert differences(texts) == []


def test_hostile_vectors() -> None:
    texts = [vector for _, vector in ALL]
    texts += [f"Thực hiện {CITED}. {vector}\n\n{CITED} và *{CITED}*" for _, vector in ALL]
    assert differences(texts) == []


@pytest.mark.parametrize("text", [
    f"Thực hiện {CITED} ngày 22/12/2024.\n",
    f"Mẫu: `Thực hiện {CITED}` như sau, và {CITED}.\n",
    f"| a | b |\n|---|---|\n| {CITED} | x |\n| [{CITED}](u) | {CITED} `y` |\n",
    f"# {CITED} #\n\n{CITED}\n===\n\n> - **{CITED}**_a_\n>   {CITED}\\\n",
    f"<span title=\"{CITED}\">{CITED}</span> <code>{CITED}</code> {CITED}\n",
    f"Xem [nq] và {CITED}.\n\n[nq]: https://vanban.example/57 \"{CITED}\"\n",
    f"*{CITED}*a {CITED}_b_ ~~{CITED}~~ &amp; {CITED}&#33;\n",
])
def test_constructs_around_a_citation(text: str) -> None:
    assert differences([text]) == []


def _corpus_differences(root: Path) -> tuple[int, list[str]]:
    built = build_site(load_corpus(root), SiteConfig(), check_only=True)
    linked, wrong = 0, []
    for doc in built.site.held_documents:
        spans = built.linked.bodies.inputs(doc.id)[1]
        resolve = resolver(built.site, doc, built.links.targets)
        fast = outcome(built.rendered_body(doc))
        if fast != outcome(body.render(linking.link_markdown(doc.body, spans), resolve)):
            wrong.append(doc.source)
        linked += fast[0].count('class="vb-cite"')
    return linked, wrong


def test_demo_and_synthetic_corpus(tmp_path: Path) -> None:
    assert _corpus_differences(ROOT / "content")[1] == []
    load_script("synth").write_corpus(tmp_path, 300, seed=11)
    linked, wrong = _corpus_differences(tmp_path)
    assert linked > 300 and wrong == []
