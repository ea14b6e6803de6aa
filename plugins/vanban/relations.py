"""The graph on the site: stub pages, relation panels and cascades, citations linked in bodies,
and the documents.json records.

:func:`vanban.graph.build_graph` decides which document a citation means and adds the edges; this
module only shows them: a panel entry, a cascade level or a link in a body is drawn from an edge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from .analysis import Analyses
from .citations import Citation, Extraction
from .documents import Document
from .graph import INVERSE, RELATIONS, Edge, Graph, Lookup, Resolution, build_graph, cite_date
from .linking import CiteSpan, link_markdown
from .listings import add_paginated, newest_first
from .order import arrange_panels, in_date_order
from .site import PageSpec, SiteModel, relative_url


def citation_spans(extraction: Extraction, url_of: Callable[[Citation], str | None], own_url: str) -> tuple[CiteSpan, ...]:
    """Where the body's citations become links, in order: all a linked body depends on besides the body."""
    spans: list[CiteSpan] = []
    for citation in extraction.citations:
        target = url_of(citation)
        if not target or target == own_url:
            continue
        href = relative_url(own_url, target)
        for occ in citation.occurrences:
            spans.append((occ.start, occ.end, href))
    return tuple(sorted(spans))


class LinkedBodies(Mapping[str, str]):
    """Each held document's body with its citations linked, made when asked for: a page
    whose output is kept from the last build (``vanban.fingerprint``) never needs its body, and
    the others are asked for in the page workers. :meth:`inputs` is what a body depends on."""

    def __init__(self, documents: Mapping[str, Document], spans: Mapping[str, tuple[CiteSpan, ...]]) -> None:
        self._documents = documents
        self._spans = spans

    def inputs(self, doc_id: str) -> tuple[str, tuple[CiteSpan, ...]]:
        return self._documents[doc_id].body, self._spans[doc_id]

    def __getitem__(self, doc_id: str) -> str:
        return link_markdown(*self.inputs(doc_id))  # the reference; pages render through linking.render_linked

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._spans

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def _entry(graph: Graph, edge: Edge, other: str) -> dict[str, object]:
    return {"document": graph.documents[other], "inferred": edge.inferred,
            "via": graph.documents.get(edge.via) if edge.via else None}


def relations_of(graph: Graph, doc_id: str) -> dict[str, list[dict[str, object]]]:
    """The four panels (and replaces, and the unsettled ones) of one page, each entry a document and whether inferred."""
    panels: dict[str, list[dict[str, object]]] = {}
    for relation in RELATIONS:
        panels[relation] = [_entry(graph, e, e.target) for e in graph.targets(doc_id, relation)]
        panels[INVERSE[relation]] = [_entry(graph, e, e.source) for e in graph.sources(doc_id, relation)]
    return panels


MAX_PER_LEVEL = 30
MAX_DEPTH = 6
PANEL_MAX = 50  # a root resolution may be carried out by thousands: the page shows the newest
LONG_PANELS = {"implemented_by": ("thuc-hien", "Các văn bản thực hiện"),
               "mentioned_by": ("nhac-den", "Các văn bản nhắc đến"),
               "unsettled_by": ("lien-quan-chua-ro", "Các văn bản liên quan chưa rõ có thực hiện")}


def _long_panels(site: SiteModel, doc: Document,
                 panels: dict[str, list[dict[str, object]]]) -> dict[str, dict[str, object]]:
    """Cut panels longer than PANEL_MAX to the newest entries, with paginated pages for all of them."""
    more: dict[str, dict[str, object]] = {}
    for key, (slug, heading) in LONG_PANELS.items():
        entries = panels.get(key, [])
        if len(entries) <= PANEL_MAX:
            continue
        by_id = {e["document"].id: e for e in entries}  # type: ignore[attr-defined]
        ordered = newest_first([e["document"] for e in entries])  # type: ignore[misc]
        panels[key] = [by_id[d.id] for d in ordered[:PANEL_MAX]]
        path = f"{doc.url}{slug}/"
        add_paginated(site, path, f"{heading} {doc.label}", ordered, updated=None)
        more[key] = {"count": len(entries), "url": path}
    return more


def cascade(graph: Graph, doc_id: str) -> dict[str, object]:
    """The chain from the root resolution(s) down to this document, and the documents below it.

    Bounded depth and breadth keep every page small; the full lists are on each document's page.
    """
    # Upwards: the ancestors through implements edges (bounded), each placed at its longest
    # distance from this document, so 57-NQ/TW → 1051/LĐLĐ → 300/LĐLĐ reads as a chain even
    # when 300/LĐLĐ also cites 57-NQ/TW directly.
    distance: dict[str, int] = {doc_id: 0}
    frontier = [doc_id]
    for depth in range(1, MAX_DEPTH + 1):
        parents: list[str] = []
        for node in frontier:
            for edge in graph.targets(node, "implements")[:MAX_PER_LEVEL]:
                if edge.target == doc_id:
                    continue
                if edge.target not in distance:
                    parents.append(edge.target)
                if distance.get(edge.target, 0) < depth:
                    distance[edge.target] = depth
        if not parents:
            break
        frontier = parents
    by_level: dict[int, list[str]] = defaultdict(list)
    for node, depth in distance.items():
        if depth:
            by_level[depth].append(node)
    up = [in_date_order(graph, by_level[d])[:MAX_PER_LEVEL] for d in sorted(by_level, reverse=True)]

    return {
        "levels": [[graph.documents[i] for i in level] for level in up],
        "self": graph.documents[doc_id],
        "below": _below(graph, doc_id, 0, {doc_id}),
    }


def _below(graph: Graph, node: str, depth: int, visited: set[str]) -> list[dict[str, object]]:
    """The cascade's documents below *node* (a module function: a closure calling itself is a cycle
    left to the collector, see :func:`vanban.order.places`)."""
    if depth >= 3:
        return []
    children = []
    edges = graph.sources(node, "implements")
    dated = {e.source: e for e in edges[:MAX_PER_LEVEL]}
    for edge in (dated[i] for i in in_date_order(graph, [node, *dated]) if i != node):
        if edge.source in visited:
            continue
        visited.add(edge.source)
        children.append({"document": graph.documents[edge.source], "inferred": edge.inferred,
                         "children": _below(graph, edge.source, depth + 1, visited),
                         "more": 0})
    if len(edges) > MAX_PER_LEVEL and children:
        children[-1]["more"] = len(edges) - MAX_PER_LEVEL
    return children


def record(graph: Graph, doc: Document) -> dict[str, object]:
    """The documents.json entry of one document; ``unsettled``/``unsettled_by`` (cited, the text not saying whether
    carried out or only mentioned) and ``unverified`` (header fields a machine read, not yet checked) only when
    there are such."""
    def ids(edges: list[Edge], attr: str) -> list[str]:
        return [getattr(e, attr) for e in edges]

    rec: dict[str, object] = {
        "id": doc.id, "url": doc.url, "number": doc.number, "type": doc.type, "issuer": doc.issuer,
        "date": doc.date.iso() if doc.date else None, "title": doc.title, "held": doc.held,
        "status": doc.status or None,
    }
    inferred: dict[str, list[str]] = {}
    for relation in RELATIONS:
        outs, ins = graph.targets(doc.id, relation), graph.sources(doc.id, relation)
        if relation == "unsettled" and not outs and not ins:
            continue  # only where the text left a relation unsettled: the other records stay as they were
        rec[relation] = ids(outs, "target")
        rec[INVERSE[relation]] = ids(ins, "source")
        if any(e.inferred for e in outs):
            inferred[relation] = [e.target for e in outs if e.inferred]
        if any(e.inferred for e in ins):
            inferred[INVERSE[relation]] = [e.source for e in ins if e.inferred]
    rec["inferred"] = inferred
    if doc.unverified:  # machine-read header fields no person has checked (vanban.unverified): data says so too
        rec["unverified"] = list(doc.unverified)
    return rec


@dataclass(frozen=True)
class Linked:
    """The graph stage's result: the graph with its stub documents, each held document's body with
    its citations linked, the documents.json records, and the lookup that resolved the citations."""

    graph: Graph
    bodies: LinkedBodies  # held document id → Markdown body with citation links
    records: Mapping[str, dict[str, object]]  # document id → its documents.json entry, sorted by id
    resolve: Lookup

    @property
    def documents(self) -> dict[str, Document]:
        return self.graph.documents


def resolve(site: SiteModel, analyses: Analyses) -> Resolution:
    """The graph (:func:`vanban.graph.build_graph`), its documents (stubs included) the site's from now on:
    what the search files need, started before the panels below are drawn."""
    found = build_graph(site, analyses)
    site.documents = found.graph.documents
    return found


def contribute(site: SiteModel, analyses: Analyses, found: Resolution | None = None) -> Linked:
    """Graph (*found*, when :func:`resolve` made it already), stub documents and pages, relation panels
    and linked bodies."""
    found = found or resolve(site, analyses)
    graph, lookup = found.graph, found.resolve

    def url_of(citer: str) -> Callable[[Citation], str | None]:
        def url(citation: Citation) -> str | None:
            target = lookup(citation.number, cite_date(citation), citation.issuer, citer, citation.type)
            return graph.documents[target].url if target else None
        return url

    spans = {doc.id: citation_spans(found.extractions[doc.id], url_of(doc.id), doc.url)
             for doc in graph.documents.values() if doc.held}
    bodies = LinkedBodies(graph.documents, spans)
    for doc in graph.documents.values():
        if not doc.held:
            site.add_page(PageSpec(
                path=doc.url, template="vanban/stub.html",
                title=f"{doc.label}" + (f": {doc.title}" if doc.title else ""),
                description=f"{doc.label} — văn bản được trích dẫn, chưa có toàn văn trong kho",
                data={"kind": "stub", "document": doc, "attachments": [], "chain": [], "deadlines": []},
            ))
    for page in list(site.pages.values()):
        subject = page.data.get("document")
        if isinstance(subject, Document) and subject.id in graph.documents:
            page.data["relations"] = relations_of(graph, subject.id)
            page.data["relations_more"] = _long_panels(site, subject, page.data["relations"])
            page.data["relation_levels"] = arrange_panels(graph, page.data["relations"])
            page.data["cascade"] = cascade(graph, subject.id)
    records = {doc_id: record(graph, doc) for doc_id, doc in sorted(graph.documents.items())}
    return Linked(graph, bodies, records, lookup)
