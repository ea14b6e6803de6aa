"""The relation graph's shape: the relations a document can have to another, an edge, and the graph that indexes
edges by (document, relation) both ways. Kept apart from :func:`vanban.graph.build_graph`, which fills it, so the checks
on the finished graph (:mod:`vanban.graph_problems`) can read it without an import cycle; :mod:`vanban.graph`
re-exports it for its importers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .documents import Document

__all__ = ["DECLARED", "INVERSE", "RELATIONS", "Edge", "Graph"]

# "unsettled": the text cites the document but does not settle whether it carries it out or only mentions it
# (vanban.citations.settledness): shown as related, never as implements (README principle 2)
RELATIONS = ("implements", "mentions", "replaces", "unsettled")
INVERSE = {"implements": "implemented_by", "mentions": "mentioned_by", "replaces": "replaced_by",
           "unsettled": "unsettled_by"}
DECLARED = ("implements", "mentions", "replaces")  # the relations front matter declares (Document fields)


@dataclass(frozen=True)
class Edge:
    """``source`` implements / mentions / replaces ``target`` (document ids)."""

    source: str
    target: str
    relation: str
    inferred: bool = False  # read from a cited document's description, not stated by the source
    line: int | None = None  # line of the citation in the source file
    via: str = ""  # inferred: the document whose text described the relation


@dataclass
class Graph:
    documents: dict[str, Document]
    edges: list[Edge] = field(default_factory=list)
    # Edges by (document, relation): a central document is cited by thousands, and panels,
    # chains and cascades ask for one relation at a time.
    out: dict[tuple[str, str], list[Edge]] = field(default_factory=lambda: defaultdict(list))
    into: dict[tuple[str, str], list[Edge]] = field(default_factory=lambda: defaultdict(list))

    def add(self, edge: Edge) -> None:
        self.edges.append(edge)
        self.out[edge.source, edge.relation].append(edge)
        self.into[edge.target, edge.relation].append(edge)

    def targets(self, doc_id: str, relation: str) -> list[Edge]:
        return list(self.out.get((doc_id, relation), ()))

    def sources(self, doc_id: str, relation: str) -> list[Edge]:
        return list(self.into.get((doc_id, relation), ()))
