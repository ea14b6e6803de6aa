"""The site as plain data: which pages exist, what each shows, which extra files are written.

Features (listings, graph panels, timeline, search, feeds…) are plain functions that add
:class:`PageSpec` entries and output files to a :class:`SiteModel`; what one feature hands
another is a typed result passed by :func:`vanban.build.build_site`, never stored here. The
MkDocs adapter only turns page specs into MkDocs pages and writes the outputs, so the whole
site can be built and tested without MkDocs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .corpus import Corpus
from .documents import Document
from .problems import Problem
from .tracking.config import TrackingSettings


@dataclass
class PageSpec:
    """One page of the site. ``path`` is its directory URL without leading slash (``van-ban/2025/300-ldld/``)."""

    path: str
    template: str
    title: str
    data: dict[str, Any] = field(default_factory=dict)  # exposed to templates as ``vb``
    source: str | None = None  # content-relative path of a held document's Markdown file
    description: str = ""

    @property
    def src_uri(self) -> str:
        """The Markdown file name MkDocs knows the page by (generated when no source)."""
        return self.source or (self.path.rstrip("/") + "/index.md" if self.path else "index.md")


@dataclass
class SiteConfig:
    """Settings of one portal, read from the plugin config by the adapter."""

    site_name: str = "Trang Thông tin điện tử"
    site_url: str = ""
    page_size: int = 50
    home_size: int = 10
    portal: dict[str, Any] = field(default_factory=dict)
    cache_dir: str = ""  # the on-disk build cache (vanban.cache); "" for none
    build_date: dt.date | None = None  # "today" for past/upcoming deadlines; None: dates.build_day()
    tracking: TrackingSettings = field(default_factory=TrackingSettings)  # units, successors, reporting calendar


@dataclass
class SiteModel:
    config: SiteConfig
    corpus: Corpus
    documents: dict[str, Document] = field(default_factory=dict)  # every document by id, held and stub
    pages: dict[str, PageSpec] = field(default_factory=dict)  # by path
    outputs: dict[str, bytes] = field(default_factory=dict)  # site-relative file path → bytes
    problems: list[Problem] = field(default_factory=list)  # problems found after loading (graph, …)

    def add_page(self, page: PageSpec) -> PageSpec:
        if page.path in self.pages:
            raise ValueError(f"two pages at /{page.path}")
        self.pages[page.path] = page
        return page

    def add_output(self, path: str, content: bytes | str) -> None:
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        data = content.encode("utf-8") if isinstance(content, str) else content
        if path.endswith(".json"):
            # "<" only ever occurs inside JSON strings, where \u003c means the same: a body's raw
            # HTML in open data can then never be sniffed or served as markup.
            data = data.replace(b"<", b"\\u003c")
        self.outputs[path] = data

    @property
    def held_documents(self) -> list[Document]:
        return [d for d in self.documents.values() if d.held]


def relative_url(from_url: str, to_url: str) -> str:
    """Relative link between two site directory URLs (``van-ban/2025/a/`` → ``../../2024/b/``)."""
    src = [p for p in from_url.split("/") if p]
    dst = [p for p in to_url.split("/") if p]
    common = 0
    while common < min(len(src), len(dst)) and src[common] == dst[common]:
        common += 1
    rel = "../" * (len(src) - common) + "/".join(dst[common:])
    return (rel.rstrip("/") + "/") if dst[common:] else (rel or "./")
