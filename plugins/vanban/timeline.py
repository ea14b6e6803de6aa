"""Timelines: the site's documents by month, and each document's dated chain of implementation.

Only stated dates count. A partial date is grouped by what it states; an undated document
is listed apart and never given a guessed date; a missing date makes a lag unknown.
"""

from __future__ import annotations

from .dates import lag_days
from .documents import Document
from .graph import Graph
from .listings import Listings, month_groups, newest_first
from .order import places
from .relations import Linked
from .site import PageSpec, SiteModel

PAGE_SIZE = 300


def _add_timeline(site: SiteModel, base: str, title: str, documents: list[Document],
                  filters: dict[str, list[dict[str, str]]], undated: list[Document]) -> None:
    dated = newest_first([d for d in documents if d.date])
    total = max(1, -(-len(dated) // PAGE_SIZE))
    for n in range(1, total + 1):
        chunk = dated[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        path = base if n == 1 else f"{base}trang/{n}/"
        site.add_page(PageSpec(
            path=path, template="vanban/timeline.html",
            title=title if n == 1 else f"{title} — trang {n}",
            description=f"{title}: {len(dated)} văn bản có ngày ban hành",
            data={
                "kind": "timeline", "heading": title, "groups": month_groups(chunk), "count": len(dated),
                "page_number": n, "page_count": total,
                "prev_url": (base if n == 2 else f"{base}trang/{n - 1}/") if n > 1 else None,
                "next_url": f"{base}trang/{n + 1}/" if n < total else None,
                "filters": filters, "base": base,
                "undated": undated if n == total else [],
                "updated": dated[0].date if dated else None,
            },
        ))


def contribute(site: SiteModel, linked: Linked, listings: Listings) -> None:
    """``/dong-thoi-gian/``; its filters by year and type, and the issuer index, are the listing
    pages (``nam/``, ``loai/``, ``co-quan/``), which group their documents by month too."""
    documents = list(site.documents.values())
    dated = [d for d in documents if d.date]
    undated = sorted((d for d in documents if not d.date), key=lambda d: (d.type, d.number, d.title))
    groups = listings.groups
    # Years and types are few; issuers grow with the corpus, so the timeline links their index.
    filters = {facet: [{key: str(g[key]) for key in ("name", "url", "count")} for g in groups.get(facet, [])]
               for facet in ("nam", "loai")}
    _add_timeline(site, "dong-thoi-gian/", "Dòng thời gian văn bản", dated, filters, undated)
    for page in site.pages.values():
        subject = page.data.get("document")
        if isinstance(subject, Document):
            page.data["chain"] = chain(linked.graph, subject.id)


MAX_CHAIN = 40


def chain(graph: Graph, doc_id: str) -> list[dict[str, object]]:
    """The document's ancestors (via implements), itself and its direct implementers, in date order
    (:mod:`vanban.order`: a partial date after what it implements), each with the lag after each of
    its parents in the chain ("sau 72 ngày")."""
    members: dict[str, int] = {doc_id: 0}  # id → depth relative to the document
    frontier = [doc_id]
    depth = 0
    while frontier and len(members) < MAX_CHAIN:
        depth -= 1
        nxt = []
        for node in frontier:
            for edge in graph.targets(node, "implements"):
                if edge.target not in members:
                    members[edge.target] = depth
                    nxt.append(edge.target)
        frontier = nxt
    for edge in graph.sources(doc_id, "implements")[:MAX_CHAIN]:
        members.setdefault(edge.source, 1)
    if len(members) == 1:
        return []
    entries = []
    for member, level in members.items():
        doc = graph.documents[member]
        lags = []
        for edge in graph.targets(member, "implements"):
            if edge.target in members:
                parent = graph.documents[edge.target]
                lags.append({"document": parent, "days": lag_days(parent.date, doc.date)})
        entries.append({"document": doc, "level": level, "self": member == doc_id, "lags": lags})

    where = places(graph, members)
    return sorted(entries, key=lambda e: (where[e["document"].id], e["level"]))  # type: ignore[attr-defined]
