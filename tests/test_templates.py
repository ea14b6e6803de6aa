"""Our page skeleton and templates: editors' text is escaped everywhere, and Material's stylesheets are found."""

from __future__ import annotations

import html.parser
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import portal_project, run_mkdocs
from vanban.mkdocs.templating import Rows, Shared, autoescaped, theme_of

TITLE = 'Tuyên truyền <i>“Tháng hành động”</i> & "Ngày Pháp luật"'
ISSUER = "Ủy ban nhân dân xã <b>Tân Hòa</b>"

DOC = f"""---
number: 7/KH-UBND
type: Kế hoạch
issuer: '{ISSUER}'
date: 2025-03-07
title: '{TITLE}'
---
## I. MỤC ĐÍCH <span>A & B</span>

Nội dung.
"""

CITER = """---
number: 9/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-04-01
title: Kế hoạch trích dẫn
implements: ["7/KH-UBND"]
---
Thực hiện Kế hoạch số 7/KH-UBND.
"""


class _Collect(html.parser.HTMLParser):
    """Start tags (with attributes) and text, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(path: Path) -> _Collect:
    parser = _Collect()
    parser.feed(path.read_text("utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("templates")
    portal_project(root)
    folder = root / "content" / "van-ban" / "2025"
    folder.mkdir(parents=True)
    (folder / "7-kh-ubnd.md").write_text(DOC, "utf-8")
    (folder / "9-kh-ubnd.md").write_text(CITER, "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def test_titles_and_issuers_with_markup_characters_are_text(site: Path) -> None:
    for page in ("van-ban/2025/7-kh-ubnd", "van-ban/2025/9-kh-ubnd", "van-ban", ""):
        parsed = _read(site / page / "index.html")
        # Never read as markup: no <i> or <b> element comes from a title or an issuer.
        assert not [tag for tag, _ in parsed.tags if tag in ("i", "b")], page
        assert any(TITLE in t for t in parsed.text), page
    parsed = _read(site / "van-ban/2025/7-kh-ubnd/index.html")
    description = [a for tag, a in parsed.tags if tag == "meta" and a.get("name") == "description"]
    assert [d["content"] for d in description] == [TITLE]  # the quote no longer ends the attribute
    assert any(ISSUER in t for t in parsed.text)
    titles = [t for t in parsed.text if t.startswith("Kế hoạch số 7/KH-UBND: ")]
    assert titles and titles[0].startswith("Kế hoạch số 7/KH-UBND: Tuyên truyền <i>“Tháng")  # <title>, as text


def test_heading_text_is_escaped_once_in_the_table_of_contents(site: Path) -> None:
    page = (site / "van-ban/2025/7-kh-ubnd/index.html").read_text("utf-8")
    toc = page.split("md-nav--secondary", 1)[1].split("</nav>", 1)[0]
    assert "I. MỤC ĐÍCH A &amp; B" in toc and "&amp;amp;" not in toc  # the heading's text, escaped once


def test_skeleton_links_material_stylesheets_that_exist(site: Path) -> None:
    parsed = _read(site / "van-ban/2025/7-kh-ubnd/index.html")
    sheets = [a["href"] for tag, a in parsed.tags if tag == "link" and a.get("rel") == "stylesheet"]
    assert any("stylesheets/main." in s for s in sheets) and any("stylesheets/palette." in s for s in sheets)
    for href in sheets:
        assert href and (site / "van-ban/2025/7-kh-ubnd" / href).resolve().is_file(), href
    body = next(a for tag, a in parsed.tags if tag == "body")
    assert body["data-md-color-primary"] == "red"


def test_theme_of_and_autoescape_rules(tmp_path: Path) -> None:
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    (tmp_path / "assets/stylesheets/main.0abc.min.css").write_text("")
    (tmp_path / "assets/stylesheets/palette.1def.min.css").write_text("")
    theme = theme_of([str(tmp_path)], [{"scheme": "slate", "primary": "deep purple"}])
    assert theme.stylesheets == ("assets/stylesheets/main.0abc.min.css", "assets/stylesheets/palette.1def.min.css")
    assert dict(theme.body_attributes) == {"data-md-color-scheme": "slate", "data-md-color-primary": "deep-purple",
                                           "data-md-color-accent": "indigo"}
    assert theme_of([str(tmp_path)], None).stylesheets == ("assets/stylesheets/main.0abc.min.css",)
    assert autoescaped("main.html") and autoescaped("vanban/document.html") and autoescaped("partials/nav.html") and autoescaped("404.html")
    assert not autoescaped("partials/toc.html") and not autoescaped(None)


def test_every_site_link_leads_to_a_file(site: Path) -> None:
    """Links are written root + path: relative on pages, absolute from the site root on 404.html."""
    checked = 0
    for page in site.rglob("*.html"):
        parsed = _read(page)
        for _, attrs in parsed.tags:
            for name in ("href", "src", "action"):
                url = attrs.get(name) or ""
                if not url or url.startswith(("#", "http:", "https:", "mailto:", "tel:")):
                    continue
                assert not url.startswith("//"), (page, url)  # would name a host
                path = url.split("#", 1)[0].split("?", 1)[0]
                base = site if path.startswith("/") else page.parent
                target = (base / unquote(path.lstrip("/"))).resolve()
                assert target.is_file() or (target / "index.html").is_file(), (page, url)
                checked += 1
    assert checked > 300


def test_listing_rows_rendered_once_per_document_and_rooted_per_page() -> None:
    import jinja2

    calls: list[str] = []

    def seen(value: str) -> str:
        calls.append(value)
        return value

    env = jinja2.Environment(loader=jinja2.DictLoader({"vanban/partials/doc_row.html": (
        '{% macro doc_row(d, root) %}<li><a href="{{ root }}/{{ d.url }}">{{ d.title | seen }}</a></li>{% endmacro %}'
    )}), autoescape=autoescaped)
    env.filters["seen"] = seen
    rows = Rows(env)

    class Doc:
        def __init__(self, url: str, title: str) -> None:
            self.url, self.title = url, title

    a, b = Doc("van-ban/2025/1-kh/", "Kế hoạch <i>“A”</i> & B"), Doc("van-ban/2025/2-kh/", "Hai")
    deep = rows([a, b], "../../..")
    top = rows([b, a], ".")
    assert str(deep) == ('<li><a href="../../../van-ban/2025/1-kh/">Kế hoạch &lt;i&gt;“A”&lt;/i&gt; &amp; B</a></li>'
                         '<li><a href="../../../van-ban/2025/2-kh/">Hai</a></li>')
    assert str(top).startswith('<li><a href="./van-ban/2025/2-kh/">Hai</a></li><li><a href="./van-ban/2025/1-kh/">')
    assert calls == [a.title, b.title]  # each row rendered once, for both pages
    assert str(rows([a], "")).startswith('<li><a href="/van-ban/2025/1-kh/">')  # 404.html: from the site root


def test_shared_parts_rendered_once_and_rooted_per_page() -> None:
    """The footer and the navigation of pages it does not list: rendered once, the root put back per
    page; a page the navigation lists, or a navigation with a Link (made relative per page), is
    rendered for itself."""
    import jinja2
    from mkdocs.structure.nav import Link, Navigation

    calls: list[str] = []
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "part.html": '<a href="{{ vb_root }}/gioi-thieu/">{{ name | seen }}</a>',
        "page.html": '{% call(root) vb_shared(key, vb_root) %}{% set vb_root = root %}{% include "part.html" %}'
                     '{% endcall %}|{{ vb_root }}'}), autoescape=True)
    env.filters["seen"] = lambda value: calls.append(value) or value
    shared = env.globals["vb_shared"] = Shared()
    page = env.get_template("page.html")
    assert page.render(key="footer", vb_root="../..", name="A & B") == '<a href="../../gioi-thieu/">A &amp; B</a>|../..'
    assert page.render(key="footer", vb_root="", name="A & B") == '<a href="/gioi-thieu/">A &amp; B</a>|'
    assert calls == ["A & B"]
    assert page.render(key=None, vb_root=".", name="C") == '<a href="./gioi-thieu/">C</a>|.'
    assert calls == ["A & B", "C"]

    class Listed:
        is_homepage = False

    listed, other = Listed(), Listed()
    plain = Navigation([], [listed])  # type: ignore[list-item]
    assert shared.nav_key(plain, other) == "nav" and shared.nav_key(plain, None) == "nav"
    assert shared.nav_key(plain, listed) is None
    assert shared.nav_key(Navigation([Link("Cổng", "../cong/")], []), other) is None
