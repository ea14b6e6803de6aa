"""Assemble the site model from a corpus by running every feature in order.

The order matters only where a feature reads what an earlier one wrote: the graph adds
stub documents that listings, timelines, search and feeds then include.
"""

from __future__ import annotations

from collections.abc import Callable

from . import listings, pages
from .corpus import Corpus
from .site import SiteConfig, SiteModel

Feature = Callable[[SiteModel], None]


def features() -> list[Feature]:
    """Features in the order they run; each adds pages, page data or output files."""
    return [
        pages.contribute,
        listings.contribute,
    ]


def build_site(corpus: Corpus, config: SiteConfig) -> SiteModel:
    site = SiteModel(config=config, corpus=corpus)
    for doc in corpus.documents:
        site.documents[doc.id] = doc
    for feature in features():
        feature(site)
    return site
