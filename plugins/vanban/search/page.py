"""The search page (``/tim-kiem/``): its page spec and the index files of the site."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..analysis import Analyses, CountedTokens, StoredTokens, disk_key
from ..documents import Document
from ..fingerprint import Fingerprinter
from ..parallel import Background, helper_ready, may_fork, prime_helper
from ..site import PageSpec, SiteModel
from ..tokens import TermCounts, fold_lower
from . import script, sending, stored
from .bundle import SearchBundle, build_bundle
from .results import ordered_documents

PAGE_PATH = "tim-kiem/"
SCRIPT_PATH = "assets/vanban/search.js"


def filter_values(docs: Sequence[Document]) -> dict[str, list[str]]:
    return {
        "types": sorted({d.type for d in docs if d.type}, key=lambda t: (fold_lower(t), t)),
        "issuers": sorted({d.issuer for d in docs if d.issuer and not d.issuer_doubted}, key=lambda t: (fold_lower(t), t)),
        "years": sorted({str(d.year) for d in docs if d.year}, reverse=True),
    }


LISTINGS = (("van-ban/", "tất cả văn bản"), ("loai/", "theo loại văn bản"),
            ("co-quan/", "theo cơ quan ban hành"), ("nam/", "theo năm ban hành"))


class PendingSearch:
    """The search files being made, maybe in a forked process (:class:`vanban.parallel.Background`)
    while the build goes on: a warm build spends a second of its few on them at 1,000 documents,
    and they depend on nothing the later stages make. :meth:`finish` adds them to the site and the
    index's address (a hash of every file) to the search page, whose data holds it."""

    def __init__(self, site: SiteModel, page: PageSpec, work: Background[SearchBundle], key: str = "",
                 found: bool = False) -> None:
        self.site, self.page, self.work = site, page, work
        self.key, self.found = key, found  # the build cache's key of the bundle; whether it was there
        self.bundle: SearchBundle | None = None

    def finish(self) -> SearchBundle:
        """The bundle, its files added to the site (once)."""
        if self.bundle is None:
            self.bundle = self.work.result()
            if self.work.helper_failed:
                sending.forget()  # it may not hold what the next sending is based on
            for path, data in self.bundle.files.items():
                self.site.add_output(path, data)
            for path, made in self.bundle.stored.items():
                self.site.add_stored_output(path, made)
            self.page.data["index_url"] = self.bundle.index_path
            if self.key:
                stored.keep(self.site.config.cache_dir, self.key, None if self.found else self.bundle)
        return self.bundle

    def abandon(self) -> None:
        self.work.abandon()


def with_stored_tokens(docs: Sequence[Document], analysed: Mapping[str, dict[str, TermCounts]],
                       stored: Sequence[Document], tasks: bool, cache_dir: str, *, consume: bool = False,
                       reuse: bool = False, keys: Mapping[str, str] | None = None) -> SearchBundle:
    """:func:`build_bundle`, the tokens the analysis stage left in the build cache (of *stored*) read by
    the process that makes the files (a forked child), not the build's, and only those it asks for
    (:class:`vanban.analysis.StoredTokens`). *keys*: their disk keys the analysis stage made, by id (the
    others are made here)."""
    known = keys or {}
    found = StoredTokens(cache_dir, {doc.id: known.get(doc.id) or disk_key(doc, tasks) for doc in stored}, analysed)
    return build_bundle(docs, found, consume=consume, reuse=reuse, cache_dir=cache_dir, keys=known)


def contribute(site: SiteModel, analyses: Analyses, *, consume: bool = False) -> SearchBundle:
    """Add the search page and write the index files; *consume*: the analyses' search tokens are
    read by nothing else (no cache keeps them), and are emptied as they are indexed."""
    return start(site, analyses, consume=consume).finish()


@dataclass(frozen=True)
class Launched:
    """The index files being made (:func:`launch`), their page not added yet (:func:`start`)."""

    docs: list[Document]
    work: Background[SearchBundle]
    key: str
    found: bool


def launch(site: SiteModel, analyses: Analyses, *, consume: bool = False, background: bool = False,
           fingerprinter: Fingerprinter | None = None) -> Launched:
    """Start making the index files (in a forked process when *background* and the machine allows,
    see :func:`vanban.parallel.may_fork`): as soon as the site's documents are final (the graph added
    its stubs), since an edit build at 1,000 documents waits for them. *fingerprinter*: the build's
    (the documents' digests, made for the cache key, serve its page keys again)."""
    docs = ordered_documents(site)
    cache_dir = site.config.cache_dir
    key = stored.bundle_key(docs, fingerprinter or Fingerprinter()) if cache_dir else ""
    found = stored.find(cache_dir, key) if key else None
    # mkdocs serve's first build, its files found in the cache: its helper makes them all the same, the
    # value unused, so that it holds their encoding for the first save (vanban.parallel.prime_helper)
    prime = background and found is not None and not consume and helper_ready()
    tokens = {doc_id: a.tokens for doc_id, a in analyses.by_id.items()
              if a.tokens is not None} if found is None or prime else {}

    # A partial of a module-level function: under mkdocs serve it is sent to the helper process
    # (vanban.parallel.Helper), elsewhere it runs in a forked child or here.
    # Tokens kept by the caller (mkdocs serve, build-all) mean bundles made again by one process: the
    # encoding of the terms an edit left as they were is reused (search.reuse.Reuse); a build with a
    # cache reads the encoding the last one left there and leaves its own (search.reuse.Streamed).
    reuse = not consume
    # Not forked (mkdocs serve, whose helper makes them): sent through a pipe, as what the helper lacks.
    sent: Mapping[str, dict[str, TermCounts]] = tokens
    made_of = docs
    # A one-shot build's analysis left the search tokens to this (vanban.analysis.CountedTokens): counted
    # where the files are made, and stored in the build cache as the analysis stage would have.
    counted = CountedTokens(analyses.uncounted, cache_dir, analyses.disk_keys) if (
        analyses.uncounted and found is None and not tokens) else None
    if counted is not None:
        sent = counted
    if background and found is None and not consume and (helper_ready() or not may_fork()):
        sent = sending.SentTokens(tokens)
        made_of = sending.without_bodies(docs, tokens)
    # The disk keys name each document's tokens: a build's search files start from the postings the last
    # one left in the cache and edit the rows whose key changed (search.reuse.Streamed; serve's helper
    # keeps its own in memory, and is not sent them).
    keys = None if reuse else analyses.disk_keys
    made: Callable[[], SearchBundle] = (
        functools.partial(with_stored_tokens, made_of, sent, analyses.stored, analyses.tasks, cache_dir,
                          consume=consume, reuse=reuse, keys=keys) if analyses.stored else
        functools.partial(build_bundle, made_of, sent, consume=consume, reuse=reuse, cache_dir=cache_dir, keys=keys))
    if prime:
        prime_helper(made)
    make: Callable[[], SearchBundle] = made if found is None else lambda: found
    if counted is not None:
        make = functools.partial(_flushed, make, counted)
    # Forked, this process lets the counted tokens go (the bulk of the analyses' memory) and would
    # count them again from the bodies only if the child failed.
    if background and consume and cache_dir:  # a one-shot build's child: the files to the store, not through the pipe
        make = functools.partial(stored.into_store, make, cache_dir)
    work = (Background(make, fallback=functools.partial(build_bundle, docs, consume=consume))
            if background and found is None else Background.now(make))
    return Launched(docs, work, key, found is not None)


def _flushed(make: Callable[[], SearchBundle], counted: CountedTokens) -> SearchBundle:
    """``make()``, then the tokens it counted written into the build cache (in the process that made them)."""
    try:
        return make()
    finally:
        counted.flush()


def start(site: SiteModel, analyses: Analyses, *, consume: bool = False, background: bool = False,
          fingerprinter: Fingerprinter | None = None, launched: Launched | None = None) -> PendingSearch:
    """Add the search page and start making the index files (:func:`launch`, unless *launched* already);
    the caller finishes it before it reads the site's outputs or the search page's data."""
    launched = launched or launch(site, analyses, consume=consume, background=background, fingerprinter=fingerprinter)
    docs = launched.docs
    site.add_output(SCRIPT_PATH, script.source())
    page = site.add_page(PageSpec(
        path=PAGE_PATH,
        template="vanban/search.html",
        title="Tìm kiếm văn bản",
        description="Tìm văn bản theo số ký hiệu, trích yếu, loại, cơ quan ban hành và năm; gõ có dấu hay không dấu đều được.",
        data={
            "index_url": "",  # set by PendingSearch.finish
            "script_url": SCRIPT_PATH,
            "count": len(docs),
            "filters": filter_values(docs),
            "listings": [{"path": p, "label": label} for p, label in LISTINGS
                         if p in site.pages or p == "van-ban/"],
        },
    ))
    return PendingSearch(site, page, launched.work, launched.key, launched.found)
