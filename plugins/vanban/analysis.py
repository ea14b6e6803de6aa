"""Per-document text analysis: citations, deadlines and search tokens, done once per document.

This is the part of a build that grows with the amount of text. Each result depends on one
document only, so on a large corpus the work is spread over worker processes (the build
machine's cores); the graph, the calendar and the search index then only combine results.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .citations import Extraction, extract
from .deadlines import Deadline, extract_deadlines
from .documents import Document
from .parallel import parallel_map
from .site import SiteModel
from .tokens import body_counts

# Below this many documents a process pool costs more than it saves.
PARALLEL_MIN = 200
CHUNK = 25


@dataclass(frozen=True)
class Analysis:
    extraction: Extraction
    deadlines: tuple[Deadline, ...]
    tokens: dict[str, Counter[str]]  # search body tokens by field


def analyse(doc: Document) -> Analysis:
    """Everything read from one held document's text."""
    doc_date = doc.date.to_date() if doc.date else None
    return Analysis(
        extraction=extract(doc.body, own_number=doc.number or None, title=doc.title, line_offset=doc.body_line - 1),
        deadlines=extract_deadlines(doc.body, doc_date=doc_date, line_offset=doc.body_line - 1),
        tokens=body_counts(doc),
    )


CacheKey = tuple[str, str, str, str, int]
CACHE = "analysis_cache"  # site.extra key of a cache kept between builds (mkdocs serve)


def cache_key(doc: Document) -> CacheKey:
    """Everything :func:`analyse` reads: a document whose key is unchanged needs no new analysis."""
    return (doc.body, doc.number, doc.title, doc.date.iso() if doc.date else "", doc.body_line)


def analyse_all(docs: Sequence[Document], cache: dict[CacheKey, Analysis] | None = None) -> dict[str, Analysis]:
    """Analyses by document id; worker processes share the work on large corpora.

    With *cache* (kept by the caller between builds), only new or edited documents are analysed,
    and the cache is left holding exactly the current documents.
    """
    store: dict[CacheKey, Analysis] = {} if cache is None else cache
    keys = [cache_key(d) for d in docs]
    missing = {k: d for d, k in zip(docs, keys, strict=True) if k not in store}
    fresh = dict(zip(missing, parallel_map(analyse, list(missing.values()), min_items=PARALLEL_MIN, chunksize=CHUNK),
                     strict=True))
    current = {k: store[k] if k in store else fresh[k] for k in keys}
    store.clear()
    store.update(current)
    return {d.id: current[k] for d, k in zip(docs, keys, strict=True)}


def analyses_of(site: SiteModel) -> dict[str, Analysis]:
    """The analyses of the site's held documents, computed on first use."""
    cached = site.extra.get("analysis")
    if not isinstance(cached, dict):
        cached = analyse_all([d for d in site.documents.values() if d.held], site.extra.get(CACHE))
        site.extra["analysis"] = cached
    return cached
