"""One page per held document, carrying what Nghị định 42/2022 Điều 4 asks a portal to show."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from .body import Rendered, relative_links, target_of
from .documents import Document
from .linking import CiteSpan, render_linked
from .problems import Problem, Severity
from .site import PageSpec, SiteModel, relative_url


@dataclass(frozen=True)
class Links:
    """Where each content file a body may link to is published (content path → site URL)."""

    targets: Mapping[str, str]


def contribute(site: SiteModel) -> Links:
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
    targets = link_targets(site)
    for doc in site.held_documents:
        site.problems.extend(broken_links(site, doc, targets))
    return Links(targets)


def link_targets(site: SiteModel) -> dict[str, str]:
    """Where each content file a body may link to is published: a document's ``.md`` at its page,
    an attachment beside its document's page (quoted, as its page links it)."""
    targets = {doc.source: doc.url for doc in site.held_documents}
    for doc in site.held_documents:
        for attachment in site.corpus.attachments.get(doc.source, ()):
            targets[attachment.source] = doc.url + quote(attachment.filename)
    return targets


def resolver(site: SiteModel, doc: Document, targets: Mapping[str, str]) -> Callable[[str], str | None]:
    """Relative links of *doc*'s body, as seen from its page; None for a target not published."""
    def resolve(href: str) -> str | None:
        path, fragment = target_of(doc.source, href)
        url = targets.get(path)
        if url is None:
            return None  # only published documents and attachments are published: nothing else of content/
        if url.endswith("/"):
            return relative_url(doc.url, url) + fragment
        folder, name = posixpath.split(url)
        rel = relative_url(doc.url, folder + "/")
        return ("" if rel == "./" else rel) + name + fragment
    return resolve


def broken_links(site: SiteModel, doc: Document, targets: Mapping[str, str]) -> list[Problem]:
    resolve = resolver(site, doc, targets)
    return [
        Problem(doc.source, doc.body_line + link.line - 1, "nội dung",
                f"liên kết “{link.href}” dẫn tới tệp không có trong kho văn bản",
                "sửa đường dẫn cho đúng tên tệp (tính từ thư mục của tệp này), hoặc thêm tệp đó vào thư mục content/",
                Severity.WARNING)
        for link in relative_links(doc.body) if resolve(link.href) is None
    ]


def resolved_links(site: SiteModel, doc: Document, links: Links) -> tuple[tuple[str, str | None], ...]:
    """Each relative link of *doc*'s body and where it leads: what its rendered body takes from other files."""
    resolve = resolver(site, doc, links.targets)
    return tuple((link.href, resolve(link.href)) for link in relative_links(doc.body))


def rendered_body(site: SiteModel, links: Links, doc: Document, citations: Sequence[CiteSpan]) -> Rendered:
    """A held document's body as its page shows it: the *citations* the graph resolved linked where
    the body is plain text, relative links leading to where their targets are published. Called per
    page, so that page workers share the work."""
    return render_linked(doc.body, citations, resolver(site, doc, links.targets))
