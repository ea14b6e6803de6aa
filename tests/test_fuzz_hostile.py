"""Fuzzing front matter and bodies (issue 12.9): the build never raises, never publishes script or an
outside request, keeps count in = count out, and check reports whatever the sanitizer had to change."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hostile_vectors import ALL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sanitize import audit

from portal_fixture import SITE_URL, portal_config
from vanban import body, body_parsers, sanitize
from vanban.build import build_site
from vanban.corpus import load_corpus, parse_text
from vanban.documents import KNOWN_KEYS
from vanban.site import SiteConfig

# Pieces a hostile body is made of: tags, attributes, schemes, entities, Markdown syntax, controls.
PIECES = [
    "<", ">", "/", "=", '"', "'", " ", "\n", "\n\n", "\t", "a", "img", "script", "svg", "src", "href", "onerror",
    "javascript:", "java\tscript:", "&#106;", "&#58;", "&colon;", "data:", "https://evil.example/x", "//evil.example",
    "alert(1)", "[", "]", "(", ")", "![", "`", "```", "    ", "|", "---", "*", "_", "#", "<!--", "-->", "<![CDATA[",
    "]]>", "\\", "&", "\x00", "\x1b", "\u202e", "Nghị quyết số 57-NQ/TW", "Kế hoạch 12/KH-UBND", "<a href=x>",
    "</a>", "<b>", "</b>", "<style>", "<noscript>", "<p title='", "<math>", "<table>", "<td>", "style=", "<form>",
] + [vector for _, vector in ALL]

bodies = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
YAML_CHARS = ":-[]{}&*!|>'\"#%@`,? \n\ta0123456789.+~/\\\x00\x01\u202eÊđế"
yaml_text = st.text(alphabet=YAML_CHARS, max_size=80)
values = st.one_of(yaml_text.map(lambda t: t.replace("\n", " ")), st.lists(yaml_text.map(repr), max_size=3).map(
    lambda items: "[" + ", ".join(items) + "]"))


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.sampled_from([*KNOWN_KEYS, "x", "<<", "? a", "- b"]), max_size=8))
    lines = [f"{key}: {draw(values)}" for key in keys]
    if draw(st.booleans()):
        lines += ["type: Kế hoạch", "issuer: UBND xã A", "title: Thử", f"number: {draw(st.integers(0, 999))}/KH"]
    return "---\n" + "\n".join(lines) + "\n---\n"


@settings(max_examples=300, deadline=None)
@given(bodies)
def test_rendered_bodies_stay_inside_the_allowlist_and_changes_are_reported(markdown: str) -> None:
    assert audit(body.render(markdown).html) == []
    found = body.unsafe_parts(markdown)
    raw = body_parsers.full_parser().render(markdown)
    if sanitize.changes(raw):
        assert found, markdown


@settings(max_examples=300, deadline=None)
@given(front_matter(), bodies)
def test_any_content_file_gives_a_document_or_problems_never_an_exception(head: str, markdown: str) -> None:
    doc, problems = parse_text("x.md", head + markdown)
    assert doc is not None or problems
    assert all(p.line >= 1 and p.message for p in problems)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(front_matter(), bodies), min_size=1, max_size=4))
def test_the_build_never_raises_publishes_no_script_and_loses_nothing(files: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for n, (head, markdown) in enumerate(files):
            (root / f"{n}.md").write_bytes((head + markdown).encode("utf-8", "surrogatepass"))
        corpus = load_corpus(root)
        built = build_site(corpus, SiteConfig(site_name="Trang thử", site_url=SITE_URL, portal=portal_config()))
        site = built.site
        assert corpus.files_seen == len(files) == len(site.held_documents) + len(corpus.excluded)
        for doc in site.held_documents:
            assert audit(built.rendered_body(doc).html) == []
        for path, data in site.outputs.items():
            # Open data carries the text as written, as data: no markup a browser could take for a page.
            if path.endswith((".json", ".xml", ".ics", ".html")):
                assert b"<script" not in data.lower() and b"<svg" not in data.lower(), path
