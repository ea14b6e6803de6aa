"""Assemble the site model from a corpus by running every feature in order.

The order matters only where a feature reads what an earlier one wrote: the graph adds
stub documents that listings, timelines, search and feeds then include.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from . import feeds, graph, listings, opendata, pages, portal, schedule, search, share, status, timeline
from .corpus import Corpus
from .site import SiteConfig, SiteModel

Feature = Callable[[SiteModel], None]


def features() -> list[Feature]:
    """Features in the order they run; each adds pages, page data or output files."""
    return [
        pages.contribute,  # one page per held document
        graph.contribute,  # citations → edges and stub documents; everything below sees the stubs
        listings.contribute,
        timeline.contribute,
        status.contribute,
        schedule.contribute,  # deadlines (Mốc thời gian), /lich/ and .ics
        search.contribute,
        portal.contribute,
        feeds.contribute,
        opendata.contribute,  # after every page exists: sitemap and per-page JSON
        share.contribute,
    ]


def check_features() -> list[Feature]:
    """What ``vanban check`` runs: enough to find every problem, without a portal identity."""
    return [pages.contribute, graph.contribute]


GC_THRESHOLD = (200_000, 30, 30)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run Python's cycle collector less often while a build allocates.

    A build makes millions of objects that live to its end (documents, analyses, pages) and
    almost no garbage cycles; with the default thresholds the collector kept re-scanning them,
    10–13% of the core's time at 5,000 documents. Thresholds are restored on exit.
    """
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def build_site(corpus: Corpus, config: SiteConfig, steps: list[Feature] | None = None,
               extra: dict[str, object] | None = None) -> SiteModel:
    """The site model; *extra* seeds ``site.extra`` (e.g. an analysis cache kept between builds)."""
    site = SiteModel(config=config, corpus=corpus)
    site.extra.update(extra or {})
    for doc in corpus.documents:
        site.documents[doc.id] = doc
    with fewer_collections():
        for feature in features() if steps is None else steps:
            feature(site)
    return site
