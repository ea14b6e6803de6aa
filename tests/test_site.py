"""The real strict `mkdocs build` of the demo portal, asserted on its HTML."""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from conftest import ROOT

SEEDS = sorted((ROOT / "content").rglob("*.md"))


def front_matter(path: Path) -> dict[str, object]:
    text = path.read_text("utf-8")
    return yaml.safe_load(text.split("---", 2)[1])


def pages_of(site: Path) -> list[Path]:
    return sorted((site / "van-ban").glob("*/*/index.html"))


def test_each_seed_has_exactly_one_page_with_its_number_and_title(built_site: Path) -> None:
    assert len(SEEDS) == 5
    held = [p for p in pages_of(built_site) if 'class="vb-card"' in p.read_text("utf-8")]
    assert len(held) == 5
    texts = [html.unescape(p.read_text("utf-8")) for p in held]
    for seed in SEEDS:
        meta = front_matter(seed)
        number = str(meta.get("number") or "")
        title = str(meta["title"])
        heading = title[:1].upper() + title[1:]  # trích yếu as written, first letter capitalised
        matching = [t for t in texts if f'<h1 id="vb-title" class="vb-card__title">{heading}</h1>' in t]
        assert len(matching) == 1, seed
        card = matching[0]
        if number:
            assert f"<dd>{number}</dd>" in card
        else:
            assert "chưa ghi số" in card
        if not meta.get("date"):
            assert "chưa ghi ngày" in card


def test_blank_day_shown_as_such(built_site: Path) -> None:
    page = (built_site / "van-ban/2025/300-ldld/index.html").read_text("utf-8")
    assert "tháng 02/2025 (chưa ghi ngày)" in page


def test_documents_out_of_global_nav(built_site: Path) -> None:
    home = (built_site / "index.html").read_text("utf-8")
    nav = home.split('class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "van-ban/2025/" not in nav
    assert "Văn bản" in nav
    # Compact, on every page: its size counts once per page.
    assert len(nav) < 2000
    assert re.search(r'aria-current="page"><span class="md-ellipsis">Trang chủ</span>', nav)
    # The navigation of a page it does not list (rendered once per build): nothing current, rooted per page.
    document = next(p for p in pages_of(built_site) if 'class="vb-card"' in p.read_text("utf-8"))
    depth = len(document.relative_to(built_site).parts) - 1
    theirs = document.read_text("utf-8").split('class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "aria-current" not in theirs and "--active" not in theirs
    assert f'href="{"/".join([".."] * depth)}/van-ban/"' in theirs
    listing = (built_site / "van-ban/index.html").read_text("utf-8")
    assert re.search(r'href="\.\./van-ban/" class="md-nav__link md-nav__link--active" aria-current="page"', listing)


def test_listings_link_every_document(built_site: Path) -> None:
    listing = (built_site / "van-ban/index.html").read_text("utf-8")
    assert "5 văn bản" in listing
    linked = {(built_site / "van-ban" / href).resolve() for href in re.findall(r'class="vb-row__title" href="([^"]+)"', listing)}
    for page in pages_of(built_site):
        if 'class="vb-card"' in page.read_text("utf-8"):
            assert page.parent.resolve() in linked, page
    assert (built_site / "loai/ke-hoach/index.html").exists()
    assert (built_site / "nam/2025/index.html").exists()


def test_the_search_page_links_every_listing(built_site: Path) -> None:
    """The search page is made early in the build (its files in the background): after the listings,
    so that it links all of them."""
    page = (built_site / "tim-kiem/index.html").read_text("utf-8")
    for listing in ("van-ban", "loai", "co-quan", "nam"):
        assert f'href="../{listing}/"' in page, listing


def test_no_third_party_hosts(built_site: Path) -> None:
    """Nothing is loaded from another host: scripts, images, styles, fonts, frames, preconnects.

    Plain links a citizen may click (share on Facebook) are not loads and are allowed.
    """
    offenders = []
    loads = re.compile(r"""(?:\ssrc=|<link\b[^>]*\bhref=|url\()["']?(https?:)?//([^/"')]+)""")
    for path in [*built_site.rglob("*.html"), *built_site.rglob("*.css")]:
        text = path.read_text("utf-8")
        for m in loads.finditer(text):
            host = m.group(2)
            if host not in ("127.0.0.1:8000", "127.0.0.1"):
                offenders.append((path.relative_to(built_site).as_posix(), host))
    assert offenders == []
    assert not any("fonts.googleapis" in p.read_text("utf-8") for p in built_site.rglob("*.html"))


def test_search_page_points_at_its_index(built_site: Path) -> None:
    """The search page names the index of the site's search files and loads no library (no lunr.js)."""
    [index] = (built_site / "assets" / "vanban" / "search").glob("*/index.json")
    page = (built_site / "tim-kiem" / "index.html").read_text("utf-8")
    assert f'data-index="../{index.relative_to(built_site).as_posix()}"' in page
    assert "lunr" not in page and not (built_site / "assets" / "vanban" / "lunr.js").exists()


def test_theme_files_no_page_loads_are_not_copied(built_site: Path) -> None:
    """Material's scripts (bundle, search worker, lunr languages) and source maps are not in the site,
    while every stylesheet, script and icon a page loads from the site is."""
    assert not (built_site / "assets" / "javascripts").exists()
    assert not list(built_site.rglob("*.map"))
    loads = re.compile(r"""(?:<script\b[^>]*\bsrc=|<link\b[^>]*\bhref=)"([^"#?]+\.(?:css|js|png|svg|ico))\"""")
    seen = set()
    for page in [built_site / "index.html", built_site / "tim-kiem" / "index.html", *pages_of(built_site)]:
        for href in loads.findall(page.read_text("utf-8")):
            if "//" not in href:
                seen.add(href)
                assert (page.parent / href).resolve().is_file(), (page, href)
    assert any("assets/stylesheets/main." in h for h in seen) and any(h.endswith("vanban.css") for h in seen)
