"""The documents as search results: numbered newest first, the row a result shows, the filters it is
listed under. The search files (:mod:`.bundle`) and what a kept bundle compares (:mod:`.reuse`) read
these; nothing here knows about shards or postings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..documents import Document
from ..site import SiteModel

FILTERS = (("loai", "type"), ("coquan", "issuer"))  # URL parameter and the document field it filters


def ordered_documents(site: SiteModel) -> list[Document]:
    """The site's documents in search order: :func:`newest_first` of the documents by id."""
    return newest_first([site.documents[k] for k in sorted(site.documents)])


def iso_of(doc: Document) -> str:
    return doc.date.iso() if doc.date else (str(doc.year) if doc.year else "")


def newest_first(docs: Sequence[Document]) -> list[Document]:
    """Newest ISO date first ("2025-03-07" before "2025-03" before "2025"), undated last, ties in the given order."""
    return sorted(docs, key=lambda d: _descending(iso_of(d)))


def _descending(iso: str) -> tuple[int, ...]:
    return (*(-ord(c) for c in iso), 1)


def store_row(doc: Document) -> list[Any]:
    """What one result shows: [url, number, type, issuer, date shown, ISO date, title, held], and for a document
    with open import doubts (:mod:`vanban.unverified`) the doubted fields' names as its listing rows' badge reads them
    ("cơ quan ban hành"): search.js marks the result "chưa đối chiếu" as every server-rendered listing row does
    (principle 2). Only such rows carry it, so the other rows and the files a query loads first are as before
    (a site without doubts: not one byte more besides search.js's few lines)."""
    row: list[Any] = [doc.url, doc.number, doc.type, doc.issuer, doc.date.vietnamese() if doc.date else "",
                      iso_of(doc), doc.title, 1 if doc.held else 0]
    return [*row, doc.unverified_names] if doc.unverified else row


def filter_terms(doc: Document) -> list[str]:
    """The filter terms a document is listed under (field ``d`` of the meta shards). A doubted issuer is no
    ``:coquan:`` term: as on /co-quan/ (:func:`vanban.issuers.issuer_groups`), a machine-read name nobody checked
    does not place the document under a body, not even one of the filter's choices spelt the same."""
    terms = [f":{param}:{getattr(doc, name)}" for param, name in FILTERS
             if getattr(doc, name) and not (name == "issuer" and doc.issuer_doubted)]
    year = iso_of(doc)[:4]
    return [*terms, f":nam:{year}"] if year else terms
