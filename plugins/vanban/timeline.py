"""Timelines: the site's documents by month, and each document's dated chain of implementation.

Only stated dates count. A partial date is grouped by what it states; an undated document
is listed apart and never given a guessed date; a missing date makes a lag unknown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .dates import PartialDate, lag_days
from .documents import Document
from .graph import Graph
from .listings import newest_date, newest_first
from .site import PageSpec, SiteModel
from .text import unique_slugs

PAGE_SIZE = 300
MONTHS = ("", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
          "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12")


def month_label(date: PartialDate) -> str:
    if date.month is None:
        return f"Năm {date.year} (chưa rõ tháng)"
    return f"{MONTHS[date.month]}/{date.year}"


def month_groups(documents: Sequence[Document]) -> list[dict[str, object]]:
    """Consecutive documents (already newest first) grouped under their month heading."""
    groups: list[dict[str, object]] = []
    for doc in documents:
        assert doc.date is not None
        label = month_label(doc.date)
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "documents": []})
        docs = groups[-1]["documents"]
        assert isinstance(docs, list)
        docs.append(doc)
    return groups


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


def contribute(site: SiteModel) -> None:
    """``/dong-thoi-gian/`` and its static filters by year, type and issuer (no JS needed)."""
    documents = list(site.documents.values())
    dated = [d for d in documents if d.date]
    undated = sorted((d for d in documents if not d.date), key=lambda d: (d.type, d.number, d.title))
    facets: dict[str, dict[str, list[Document]]] = {"nam": defaultdict(list), "loai": defaultdict(list),
                                                    "co-quan": defaultdict(list)}
    names: dict[tuple[str, str], str] = {}

    def facet_values(doc: Document) -> tuple[tuple[str, str], ...]:
        assert doc.date is not None
        return (("nam", str(doc.date.year)), ("loai", doc.type), ("co-quan", doc.issuer or "Chưa rõ"))

    slugs = {facet: unique_slugs(v for d in dated for f, v in facet_values(d) if f == facet) for facet in facets}
    for doc in dated:
        for facet, value in facet_values(doc):
            slug = slugs[facet][value]
            facets[facet][slug].append(doc)
            names[(facet, slug)] = value
    filters: dict[str, list[dict[str, str]]] = {}
    for facet, groups in facets.items():
        order = sorted(groups, key=lambda s: names[(facet, s)].casefold())
        if facet == "nam":
            order.reverse()
        filters[facet] = [{"name": names[(facet, s)], "url": f"dong-thoi-gian/{facet}/{s}/",
                           "count": str(len(groups[s]))} for s in order]
    # Years and types are few; issuers grow with the corpus, so every timeline page carrying
    # all of them would make the site quadratic. They get one index page instead.
    inline = {facet: entries for facet, entries in filters.items() if facet != "co-quan"}
    _add_timeline(site, "dong-thoi-gian/", "Dòng thời gian văn bản", dated, inline, undated)
    labels = {"nam": "năm", "loai": "loại", "co-quan": "cơ quan"}
    for facet, groups in facets.items():
        for slug, docs in groups.items():
            _add_timeline(site, f"dong-thoi-gian/{facet}/{slug}/",
                          f"Dòng thời gian — {labels[facet]}: {names[(facet, slug)]}", docs, inline, [])
    site.add_page(PageSpec(
        path="dong-thoi-gian/co-quan/", template="vanban/groups.html",
        title="Dòng thời gian theo cơ quan ban hành",
        data={"kind": "groups", "heading": "Dòng thời gian theo cơ quan ban hành",
              "groups": [{"name": f["name"], "url": f["url"], "count": int(f["count"])}
                         for f in filters.get("co-quan", [])],
              "updated": newest_date(dated)},
    ))
    graph = site.extra.get("graph")
    if isinstance(graph, Graph):
        for page in site.pages.values():
            subject = page.data.get("document")
            if isinstance(subject, Document):
                page.data["chain"] = chain(graph, subject.id)


MAX_CHAIN = 40


def chain(graph: Graph, doc_id: str) -> list[dict[str, object]]:
    """The document's ancestors (via implements), itself and its direct implementers, by date,
    each with the lag after each of its parents in the chain ("sau 72 ngày")."""
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

    def key(entry: dict[str, object]) -> tuple[int, tuple[int, int, int], int]:
        doc = entry["document"]
        assert isinstance(doc, Document)
        level = entry["level"]
        assert isinstance(level, int)
        return (0 if doc.date else 1, doc.date.sort_value() if doc.date else (0, 0, 0), level)

    return sorted(entries, key=key)
