"""One page per held document, carrying what Nghị định 42/2022 Điều 4 asks a portal to show."""

from __future__ import annotations

from urllib.parse import quote

from .site import PageSpec, SiteModel


def contribute(site: SiteModel) -> None:
    """A page at ``van-ban/<year>/<slug>/`` for every held document, with its attachments."""
    for doc in site.held_documents:
        attachments = site.corpus.attachments.get(doc.source, ())
        site.add_page(PageSpec(
            path=doc.url,
            template="vanban/document.html",
            title=f"{doc.label}: {doc.title}",
            source=doc.source,
            description=doc.title,
            data={
                "kind": "document",
                "document": doc,
                "attachments": [
                    {"title": a.title, "filename": a.filename, "url": doc.url + quote(a.filename),
                     "format": a.format, "size": a.size, "sha256": a.sha256, "source": a.source}
                    for a in attachments
                ],
                # Filled by later features (graph, timeline, deadlines, share); templates show
                # a panel only when its list is non-empty.
                "relations": {},
                "chain": [],
                "deadlines": [],
            },
        ))
