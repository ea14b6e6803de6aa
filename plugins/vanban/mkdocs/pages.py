"""The site's pages as MkDocs sees them: the nav it is given, and the pages whose HTML the core makes.

The core's own page model is :mod:`vanban.pages`; this module only fits it to MkDocs' ``Page``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .. import body
from ..share import QrCode, draw_in_runs
from ..site import PageSpec

# The global navigation: listing pages only, never the documents themselves.
DEFAULT_NAV: list[Any] = [
    {"Trang chủ": "index.md"},
    {"Văn bản": "van-ban/index.md"},
    {"Theo loại": "loai/index.md"},
    {"Theo cơ quan": "co-quan/index.md"},
    {"Theo năm": "nam/index.md"},
    {"Dòng thời gian": "dong-thoi-gian/index.md"},
    {"Lịch": "lich/index.md"},
    {"Theo dõi triển khai": "theo-doi/index.md"},
    {"Tìm kiếm": "tim-kiem/index.md"},
    {"Giới thiệu – Liên hệ": "gioi-thieu/index.md"},
]


TRACKING_PAGES = frozenset({"theo-doi/index.md", "don-vi/index.md"})


def without_pages(nav: list[Any], sources: frozenset[str]) -> list[Any]:
    """*nav* (MkDocs' ``nav:`` as written) without the entries that point at *sources*, in sections too."""
    kept: list[Any] = []
    for item in nav:
        title, value = next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (None, item)
        if isinstance(value, str) and value in sources:
            continue
        kept.append({title: without_pages(value, sources)} if isinstance(value, list) and title else item)
    return kept


class CorePage(Page):
    """A page whose HTML the core makes (a document's body, or nothing for a generated page):
    MkDocs' Python-Markdown pass over the empty source, per page, is skipped.

    Until :func:`show_body` gives a page its own, every page shares one empty table of contents and
    anchor set, which only that pass fills (MkDocs reads them after): MkDocs reads every page before
    it renders one, and each page's empty ones were ~0.8 KB held from then to the end (1.5 MB at
    1,000 documents)."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""
        self.toc = _NO_TOC
        self.present_anchor_ids = _NO_ANCHORS
        self.links_to_anchors = None


_NO_TOC = get_toc([])
_NO_ANCHORS: set[str] = set()


def let_go_of_unrendered(files: Files, by_src: Mapping[str, PageSpec]) -> None:
    """A one-shot build's pages this process will not render (their HTML kept from the build cache, or a
    render worker's share) let go of their data, which only their rendering reads (as ``on_post_page``
    lets a rendered page's go): a warm build held every page's to its end, its JSON-LD, chains and panels
    (~7 MB at 1,000 documents), beside what the placing and MkDocs' own pages then made."""
    for file in files:
        if file.inclusion is InclusionLevel.EXCLUDED and (spec := by_src.get(file.src_uri)) is not None:
            spec.data = {}


def rendered_here(files: Files) -> Iterator[File]:
    """The pages this process renders, in its order (a worker's share and the pages kept are excluded)."""
    return (file for file in files.documentation_pages() if file.inclusion is not InclusionLevel.EXCLUDED)


def draw_codes(files: Iterable[File], by_src: Mapping[str, PageSpec]) -> None:
    """The QR codes of the pages of *files* (the pages this process renders, in its order) that show one (a held
    document's: a stub's page shows none), to be drawn in runs (:func:`vanban.share.draw_in_runs`)."""
    draw_in_runs(code for file in files if (spec := by_src.get(file.src_uri)) is not None and spec.source is not None
                 and isinstance(code := spec.data.get("qr_svg"), QrCode))


def show_body(page: Page, rendered: body.Rendered) -> None:
    """*page* gets the core's HTML of its body, with the table of contents and anchors MkDocs would have made."""
    page.content = rendered.html
    page.toc = get_toc([_toc_token(h) for h in rendered.headings])
    page.present_anchor_ids = set(_ids(rendered.headings))


def _toc_token(heading: body.Heading) -> Any:
    """MkDocs' table-of-contents entry (what its toc extension would give) for a heading."""
    return {"level": heading.level, "id": heading.id, "name": html.escape(heading.title, quote=False),
            "children": [_toc_token(h) for h in heading.children]}


def _ids(headings: list[body.Heading]) -> Iterator[str]:
    for heading in headings:
        yield heading.id
        yield from _ids(heading.children)
