"""Atom feeds (RFC 4287) of the newest held documents: the whole portal, per issuer, per type.

``feed.xml``, ``co-quan/<issuer-slug>/feed.xml`` (the issuer group of the ``/co-quan/`` listing:
spelling variants together, places apart) and ``loai/<type-slug>/feed.xml``. Every
timestamp comes from the documents' own dates, never from the clock, so rebuilding the same
content gives the same bytes. A partial date ("tháng 02/2025") is placed at the start of
its period; an undated document gets :data:`EPOCH` and sorts last. Stubs (documents only
cited, not held) are not published items and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from .dates import PartialDate
from .documents import Document
from .issuers import issuer_slugs, portal_province
from .portal import Portal
from .site import SiteModel
from .text import slugify
from .unverified import page_note
from .xml_text import escape, quoteattr

FEED_SIZE = 20
EPOCH = "1970-01-01T00:00:00Z"
ATOM_TYPE = "application/atom+xml"


def timestamp(date: PartialDate | None) -> str:
    if date is None:
        return EPOCH
    return f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}T00:00:00Z"


def newest_first(documents: list[Document]) -> list[Document]:
    """Dated documents newest first, then undated ones; ties broken by id for a stable order."""
    dated = sorted((d for d in documents if d.date), key=lambda d: d.id)
    dated.sort(key=lambda d: d.date.sort_value() if d.date else (0, 0, 0), reverse=True)
    undated = sorted((d for d in documents if not d.date), key=lambda d: d.id)
    return dated + undated


def atom(portal: Portal, path: str, title: str, documents: list[Document], alternate: str = "") -> str:
    """One Atom feed at site-relative *path* of (already ordered) *documents*."""
    self_url = portal.url(path)
    updated = timestamp(documents[0].date) if documents else EPOCH
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(self_url)}</id>",
        f"<link rel=\"self\" type=\"{ATOM_TYPE}\" href={quoteattr(self_url)}/>",
        f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(portal.url(alternate))}/>",
        f"<updated>{updated}</updated>",
        f"<author><name>{escape(portal.agency)}</name><uri>{escape(portal.site_url)}</uri></author>",
        "<generator>vanban</generator>",
    ]
    if portal.licence:
        out.append(f"<rights>{escape(portal.licence)}</rights>")
    for doc in documents:
        url = portal.url(doc.url)
        stamp = timestamp(doc.date)
        out += [
            "<entry>",
            f"<title>{escape(f'{doc.label}: {doc.title}')}</title>",
            f"<id>{escape(url)}</id>",
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(url)}/>",
            f"<updated>{stamp}</updated>",
            f"<published>{stamp}</published>" if doc.date else "",
            f"<author><name>{escape(_author(doc, portal))}</name></author>",
            f"<category term={quoteattr(doc.type)} label={quoteattr(doc.type)}/>" if doc.type else "",
            f"<summary type=\"text\">{escape(_summary(doc))}</summary>",
            "</entry>",
        ]
    out.append("</feed>")
    return "\n".join(line for line in out if line) + "\n"


def _author(doc: Document, portal: Portal) -> str:
    """An entry's author: its issuer, but the portal's agency (who publishes it, settled) while an import's doubt
    on the issuer is open: a feed reader shows the author as fact, with no room for the page's note."""
    return portal.agency if doc.issuer_doubted or not doc.issuer else doc.issuer


def _summary(doc: Document) -> str:
    """An entry's summary: its trích yếu, and the page's note while an import's doubts are open (vanban.unverified)."""
    if not doc.unverified:
        return doc.title
    note = page_note(doc.unverified_names)
    return f"{doc.title} — {note}" if doc.title else note


@dataclass(frozen=True)
class Feeds:
    """The feeds stage's result: the feed each page announces in ``<link rel="alternate">``
    (page path → feed path; ``""``, the home page, → the portal's ``feed.xml``)."""

    by_page: Mapping[str, str]


def contribute(site: SiteModel, portal: Portal, size: int | None = None) -> Feeds:
    """``feed.xml`` and one feed per issuer and per type, of the newest held documents."""
    size = size or int(getattr(site.config, "feed_size", 0) or FEED_SIZE)
    held = newest_first([d for d in site.documents.values() if d.held])
    site.add_output("feed.xml", atom(portal, "feed.xml", f"{portal.agency} — văn bản mới", held[:size]))
    by_issuer: dict[str, list[Document]] = defaultdict(list)
    by_type: dict[str, list[Document]] = defaultdict(list)
    names: dict[str, str] = {}
    issuer_group = issuer_slugs(site.documents.values(), portal_province(site.config.portal))  # the /co-quan/ listing's groups and slugs
    for doc in held:  # already newest first, so each group is too
        name, slug = issuer_group[doc.id]
        if name:
            by_issuer[slug].append(doc)
            names.setdefault("co-quan/" + slug, name)
        if doc.type and slugify(doc.type):
            by_type[slugify(doc.type)].append(doc)
            names.setdefault("loai/" + slugify(doc.type), doc.type)
    feeds: dict[str, str] = {"": "feed.xml"}
    for prefix, groups in (("co-quan", by_issuer), ("loai", by_type)):
        for slug in sorted(groups):
            base = f"{prefix}/{slug}/"
            name = names[base.rstrip("/")]
            title = f"{portal.agency} — văn bản của {name}" if prefix == "co-quan" else f"{portal.agency} — {name}"
            site.add_output(base + "feed.xml", atom(portal, base + "feed.xml", title, groups[slug][:size], base))
            feeds[base] = base + "feed.xml"
    return Feeds(feeds)
