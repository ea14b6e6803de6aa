"""The body sanitizer: nh3's allowlist on the rendered HTML, and what check reports at which line."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from vanban import body, sanitize


class _Audit(HTMLParser):
    """Every tag and attribute of an HTML text, to hold it to the allowlist."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in sanitize.TAGS:
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            text = value or ""
            if name not in sanitize.ATTRIBUTES.get(tag, set()):
                self.bad.append(f"{tag} {name}")
            elif name == "href" and not sanitize.allowed_url(text):
                self.bad.append(f"href {text}")
            elif name == "src" and not (sanitize.is_local(text) and sanitize.allowed_url(text)):
                self.bad.append(f"src {text}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def audit(html: str) -> list[str]:
    reader = _Audit()
    reader.feed(html)
    reader.close()
    return reader.bad


@pytest.mark.parametrize(("markdown", "line", "what"), [
    ("Đoạn 1.\n\n<script>alert(1)</script>", 3, "<script>"),
    ("a\nb <img src=x\nonerror=alert(1)> c", 2, "onerror"),
    ("<details open ontoggle=alert(1)>x</details>", 1, "ontoggle"),
    ("x\n\n[bấm](javascript:alert(1))", 3, "javascript:"),
    ('<a href="&#106;avascript&#58;alert(1)">x</a>', 1, "javascript:"),
    ("<a href=\"java\tscript:alert(1)\">x</a>", 1, "javascript:"),
    ("ảnh\n\n![logo](https://example.com/logo.png)", 3, "máy chủ khác"),
    ("<form action=https://example.com><input type=password></form>", 1, "<form>"),
    ("<p title='a>b' onmouseover=alert(1)>x</p>", 1, "onmouseover"),
])
def test_each_removal_is_reported_at_its_line(markdown: str, line: int, what: str) -> None:
    found = body.unsafe_parts(markdown)
    assert any(u.line == line and what in u.what for u in found), found
    assert audit(body.render(markdown).html) == []


def test_plain_markdown_is_kept_byte_for_byte() -> None:
    text = '# Tiêu đề\n\nCó "ngoặc" & **đậm**… [liên kết](../a.md) ![ảnh](anh.png)\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n'
    assert body.unsafe_parts(text) == []
    rendered = body.render(text).html
    assert 'style="text-align:left"' in rendered and '<img src="anh.png" alt="ảnh" />' in rendered


def test_outside_images_become_links() -> None:
    html = body.render("![sơ đồ](https://example.com/a.png) ![b](//example.com/b.png)").html
    assert "<img" not in html
    assert '<a href="https://example.com/a.png">sơ đồ</a>' in html


@pytest.mark.parametrize(("raw", "link"), [
    ('<p>Sơ đồ: <img src="https://evil.example/a.png" alt="sơ đồ" onerror=alert(1)></p>',
     '<a href="https://evil.example/a.png">sơ đồ</a>'),
    ("<IMG SRC=//evil.example/b.png TITLE='bảng \"1\"'>", '<a href="//evil.example/b.png">bảng &quot;1&quot;</a>'),
    ('<img src="https://evil.example/c.png?a=1&b=2">',
     '<a href="https://evil.example/c.png?a=1&amp;b=2">https://evil.example/c.png?a=1&amp;b=2</a>'),
])
def test_outside_raw_html_images_become_links(raw: str, link: str) -> None:
    """What check promises ("ảnh đã được thay bằng liên kết"): a link with the alt text, no request."""
    html = body.render(f"Trước.\n\n{raw}\n").html
    assert link in html and "<img" not in html
    assert any(u.fix == sanitize.FIX_IMAGE for u in body.unsafe_parts(raw))


def test_images_that_are_no_address_stay_empty() -> None:
    html = body.render('<img src="data:image/png;base64,AAAA" alt="x"> <img src="javascript:alert(1)" alt="y">').html
    assert "<a" not in html and "src=" not in html


@pytest.mark.parametrize("url", ["//evil.example/x.png", "/\\evil.example/x.png", " \thttps://e.example", "\\\\e.example/x",
                                 "data:image/png;base64,AAAA", "HTTPS://E.EXAMPLE"])
def test_outside_addresses(url: str) -> None:
    assert not sanitize.is_local(url)


def test_catch_all_reports_what_html_parser_reads_differently() -> None:
    # html.parser and html5ever disagree on some malformed markup; the sanitizer's own verdict counts.
    assert body.unsafe_parts("<div>\n<img src=x onerror=alert(1)\n\nsau")  # the tag closes later for html5ever
