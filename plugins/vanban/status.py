"""Validity status (tình trạng hiệu lực): a banner on the page, and "replaced by" from the graph.

A document replaced by another (``replaces:`` in the newer one's front matter) shows
"Đã được thay thế bởi …" with the link, whatever its own ``status`` says.
"""

from __future__ import annotations

import html

from .documents import Document
from .relations import Linked
from .site import SiteModel, relative_url

_BANNERS = {
    "expired": "Văn bản này đã <strong>hết hiệu lực</strong>.",
    "suspended": "Văn bản này đang <strong>ngưng hiệu lực</strong>.",
    "not_yet": "Văn bản này <strong>chưa có hiệu lực</strong>{effective}.",
}


def banner(doc: Document, replaced_by: list[Document]) -> dict[str, str] | None:
    """The banner of one document page, or None when it is in force or its status is unknown."""
    if replaced_by:
        links = ", ".join(
            f'<a href="{html.escape(relative_url(doc.url, r.url))}">{html.escape(r.label)}</a>' for r in replaced_by
        )
        return {"kind": "replaced", "html": f"Văn bản này đã được thay thế bởi {links}."}
    if doc.status in _BANNERS:
        effective = f" (có hiệu lực từ {doc.effective.vietnamese()})" if doc.effective else ""
        return {"kind": doc.status, "html": _BANNERS[doc.status].format(effective=effective)}
    return None


def contribute(site: SiteModel, linked: Linked) -> None:
    """The banner of every document page (held and stub)."""
    graph = linked.graph
    for page in site.pages.values():
        doc = page.data.get("document")
        if isinstance(doc, Document):
            page.data["banner"] = banner(doc, [graph.documents[e.source] for e in graph.sources(doc.id, "replaces")])
