"""The build: every stage in order, each taking the typed results it needs and returning its own.

::

    Corpus ─► pages.contribute ─► Links            (document pages; where each content file is published)
           ─► analysis.analyse_corpus ─► Analyses (citations, deadlines, search tokens per document)
           ─► relations.resolve, .contribute ─► Linked (graph.build_graph: edges and stubs; stub pages, panels,
                                                   linked bodies, records, resolver)
           ─► listings.contribute ─► Listings      (home, all documents, by type / issuer / year)
           ─► search.launch, .start ─► SearchBundle (index files made in the background from the graph
                                                   on, while the stages below run; /tim-kiem/ after the listings)
           ─► timeline.contribute                  (/dong-thoi-gian/, each document's dated chain)
           ─► status.contribute, schedule.contribute (banners; deadlines, /lich/, .ics)
           ─► tracking.compute ─► SiteTracking    (tasks, who has done them, who is late)
           ─► portal.contribute ─► Portal          (the identity; /gioi-thieu/, /en/about/)
           ─► tracking.contribute                  (panels, /theo-doi/, /don-vi/, tracking.json)
           ─► feeds.contribute ─► Feeds            (Atom feeds)
           ─► opendata.contribute, trimmed.contribute, share.contribute (JSON, JSON-LD, sitemap; a page at
              every folder a trimmed URL reaches; meta, share links, QR)
           = Build

Pages and output files accumulate in one :class:`~vanban.site.SiteModel`; each output file has
one writer. The graph adds the stub documents that every later stage then includes.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import feeds, listings, opendata, pages, portal, relations, schedule, search, share, status, timeline
from .analysis import Analyses, Analysis, CacheKey, analyse_corpus
from .body import Rendered
from .corpus import Corpus
from .documents import Document
from .fingerprint import Fingerprinter, Lasting
from .issuers import issuer_problems, portal_province
from .pages import Links
from .parallel import may_fork
from .plausibility import document_warnings
from .portal import Portal
from .problems import Problem
from .relations import Linked
from .search import SearchBundle
from .search.page import PendingSearch
from .site import SiteConfig, SiteModel
from .stage_memo import DocumentMemo
from .tracking import pages as tracking
from .tracking.pages import SiteTracking
from .trimmed import contribute as folder_pages

LASTING = Lasting(Document)  # the documents' digests, from one build to the next in this process


@dataclass(frozen=True)
class Build:
    """What a build returns: the site (pages, output files, problems) and the stage results the
    adapter still needs per page (bodies) or that tools report on (graph, search bundle)."""

    site: SiteModel
    links: Links
    linked: Linked
    search: SearchBundle | None = None
    portal: Portal | None = None
    tracking: SiteTracking | None = None
    # build_site(background_search=True): the search files still being made; the caller finishes
    # them (PendingSearch.finish) before it reads site.outputs or the search page's data
    pending_search: PendingSearch | None = None
    # one per build: a document digested for the search files' cache key is not digested again for its pages' keys
    fingerprinter: Fingerprinter = field(default_factory=Fingerprinter)

    def rendered_body(self, doc: Document) -> Rendered:
        """A held document's body as its page shows it (see :func:`vanban.pages.rendered_body`)."""
        spans = self.linked.bodies.inputs(doc.id)[1] if doc.id in self.linked.bodies else ()
        return pages.rendered_body(self.site, self.links, doc, spans)

    def body_inputs(self, doc: Document) -> tuple[object, ...]:
        """What :meth:`rendered_body` reads besides *doc*, cheaply (no parse of a body without links):
        where its citations link, and where each of its relative links is published. Not the body: a
        page's key digests its document whole, body and all (the body a second time was 47% of the
        bytes the keys of 1,000 document pages hash)."""
        spans = self.linked.bodies.inputs(doc.id)[1] if doc.id in self.linked.bodies else ()
        return spans, pages.resolved_links(self.site, doc, self.links)


GC_THRESHOLD = (200_000, 30, 30)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run Python's cycle collector less often while a build allocates.

    A build makes millions of objects that live to its end (documents, analyses, pages) and
    almost no garbage cycles; with the default thresholds the collector kept re-scanning them,
    10–13% of the core's time at 5,000 documents. Thresholds are restored on exit.
    """
    global _frozen
    if _frozen:  # a later build in the same process (mkdocs serve --clean, build-all): collected as usual again
        gc.unfreeze()
        _frozen = False
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


_frozen = False


def spare_collections() -> None:
    """Exempt every object alive now from the cycle collector (``gc.freeze``): the end of a one-shot
    build, whose process then exits.

    Leaving :func:`fewer_collections` restores the default thresholds, and the next allocation ran a
    collection over everything the build made (0.3 million objects at 1,000 documents); the
    interpreter's exit ran full collections again. Between ``on_post_build`` and the end of the
    process that was 0.6–0.8 s of a cold 1,000-document build, for objects the exit frees anyway
    (frozen objects are still freed when their last reference goes). The next
    :func:`fewer_collections` in the same process undoes it.
    """
    global _frozen
    gc.freeze()
    _frozen = True


def _checks(site: SiteModel, analyses: Analyses, fingerprinter: Fingerprinter) -> list[Problem]:
    """The plausibility and issuer warnings (vanban.plausibility, vanban.issuers). A document's plausibility
    warnings depend on it alone (its fields, the citations its analysis read): kept by its digest
    (vanban.stage_memo; 0.055 s of CPU of every warm and edit build at 1,000 documents)."""
    memo: DocumentMemo[tuple[Problem, ...]] = DocumentMemo(site.config.cache_dir, "plausibility", fingerprinter,
                                                           _problems)
    warnings = [problem for doc in site.corpus.documents for problem in memo.get(doc, functools.partial(
        _plausibility, doc, analyses))]
    memo.save()
    return [*warnings, *issuer_problems(site.documents.values(), portal_province(site.config.portal))]


def _plausibility(doc: Document, analyses: Analyses) -> tuple[Problem, ...]:
    return tuple(document_warnings(doc, analyses.citations_of(doc)))


def _problems(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(p, Problem) for p in value)


def build_site(corpus: Corpus, config: SiteConfig, *, cache: dict[CacheKey, Analysis] | None = None,
               check_only: bool = False, background_search: bool = False) -> Build:
    """The whole site. *cache* keeps analyses between builds (``mkdocs serve``); *check_only* stops
    after the graph: what ``vanban check`` needs to find every problem, without a portal identity;
    *background_search*: the search files are made in a forked process where the machine allows,
    and left for the caller to finish (``Build.pending_search``)."""
    site = SiteModel(config=config, corpus=corpus, documents={doc.id: doc for doc in corpus.documents})
    if cache is not None:  # serve's rebuilds, build-all's sites: the documents' digests kept between builds
        LASTING.turn()
    fingerprinter = Fingerprinter(LASTING if cache is not None else None)
    with fewer_collections():
        links = pages.contribute(site)
        tracks = config.tracking.enabled  # tracking: false → no task read, no tracking page (vanban.tracking.config)
        # One build whose search files a forked child makes: that child counts the search tokens (and stores
        # them), so this process neither counts nor holds them (vanban.analysis.CountedTokens).
        counted_here = cache is not None or check_only or not (background_search and may_fork())
        analyses = analyse_corpus(corpus.documents, cache, config.cache_dir, tasks=tracks, fingerprinter=fingerprinter,
                                  count_tokens=counted_here)
        found = relations.resolve(site, analyses)
        # The search files need only the documents (final once the graph added its stubs) and their
        # tokens: started as early as that, they are made in the background (a forked child, or serve's
        # helper) while the stages below run (a serve rebuild at 1,000 documents had waited ~1 s for them;
        # an edit build still waits for them). Their page, which links the listing pages, is added below.
        launched = None if check_only else search.launch(
            site, analyses, consume=cache is None,  # serve and build-all keep the tokens
            background=background_search, fingerprinter=fingerprinter)
        try:
            linked = relations.contribute(site, analyses, found)
            checks = len(site.problems)  # where the checks below put their problems (the same order either way)
            if check_only:
                site.problems[checks:checks] = _checks(site, analyses, fingerprinter)
                if tracks:
                    site.problems.extend(tracking.check(site, config.tracking, analyses, linked.graph))
                return Build(site, links, linked)
            grouped = listings.contribute(site)
            started = search.start(site, analyses, launched=launched)
            site.problems[checks:checks] = _checks(site, analyses, fingerprinter)  # which nothing before needs
        except BaseException:
            if launched is not None:
                launched.work.abandon()
            raise
        timeline.contribute(site, linked, grouped)
        status.contribute(site, linked)
        schedule.contribute(site, analyses)
        tracked = tracking.compute(site, config.tracking, analyses, linked.graph, fingerprinter) if tracks else None
        bundle, pending = (None, started) if background_search else (started.finish(), None)
        del analyses  # the search tokens are the bulk of the analyses' memory; nothing below reads them
        # (a pending search holds them until it is finished)
        identity = portal.contribute(site)
        if tracked is not None:
            tracking.contribute(site, tracked, identity, grouped.issuer_group)  # before opendata: index.json has tasks
        published = feeds.contribute(site, identity)
        opendata.contribute(site, identity, linked.records, fingerprinter)
        folder_pages(site, grouped.groups.get("nam", ()))  # after every page and data/, before their meta
        share.contribute(site, identity, published)
    return Build(site, links, linked, bundle, identity, tracked, pending, fingerprinter)
