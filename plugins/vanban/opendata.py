"""Open data (Nghị định 47/2020): every document as JSON, schema.org JSON-LD and a sitemap.

Outputs, all byte-identical between rebuilds of the same content:

* ``<document url>index.json`` next to each document page (held and stub): its
  ``documents.json`` record, plus ``body`` (the Markdown text) for a held document;
* ``data/documents.json`` = ``{"documents": [records…]}``, the graph's records (its only writer);
* ``data["jsonld"]`` on each document page: a schema.org ``Legislation`` object as a JSON
  string, safe to put inside ``<script type="application/ld+json">``;
* ``sitemap.xml`` listing every page of the site.

Run late: after every feature that adds pages, so that the sitemap sees them all.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .documents import Document
from .fingerprint import Fingerprinter, Unfingerprintable
from .portal import Portal
from .site import SiteModel
from .xml_text import escape

DOCUMENTS_JSON = "data/documents.json"
SITEMAP = "sitemap.xml"

# Tình trạng hiệu lực → schema.org LegalForceStatus. "Chưa có hiệu lực" and "ngưng hiệu lực"
# are not in force today; schema.org has no finer value for them.
LEGAL_FORCE: dict[str, str] = {
    "in_force": "https://schema.org/InForce",
    "expired": "https://schema.org/NotInForce",
    "suspended": "https://schema.org/NotInForce",
    "not_yet": "https://schema.org/NotInForce",
}

IMPLEMENTS_PROPERTY = "legislationEnsuresImplementationOf"
"""The schema.org property for "thực hiện" (this document carries out that one).

schema.org defines ``legislationEnsuresImplementationOf`` as "this legislation (or part of
legislation) fulfills the objectives set by another legislation, by passing appropriate
implementation measures" — exactly what a commune Kế hoạch "thực hiện Nghị quyết số
57-NQ/TW" does: it is issued to carry out the higher document. Its parent property
``legislationApplies`` ("somehow transfers another legislation in a different legislative
context", meant for transposition) is broader and vaguer; since the chosen property is a
sub-property of it, a consumer that only understands ``legislationApplies`` still gets the
link by inference. Mentions ("nhắc đến") are weaker and go to the CreativeWork ``citation``.
"""


def dumps(data: Any, indent: int | None = 1) -> str:
    """Deterministic JSON: UTF-8 text kept as is, insertion order kept, newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=(",", ": ") if indent else (",", ":")) + "\n"


def basic_record(doc: Document) -> dict[str, Any]:
    """The documents.json entry of *doc* without relations (the graph feature fills those). Header fields a
    machine read and no person has checked yet (vanban.unverified) are listed as ``unverified``, as the page says
    them: data reused elsewhere must not take them for fact either (absent when every field is checked)."""
    record: dict[str, Any] = {
        "id": doc.id,
        "url": doc.url,
        "number": doc.number,
        "type": doc.type,
        "issuer": doc.issuer,
        "date": doc.date.iso() if doc.date else None,
        "title": doc.title,
        "held": doc.held,
        "status": doc.status or None,
        "implements": [],
        "implemented_by": [],
        "mentions": [],
        "mentioned_by": [],
    }
    if doc.unverified:
        record["unverified"] = list(doc.unverified)
    return record


def document_json(record: Mapping[str, Any], doc: Document) -> dict[str, Any]:
    data = dict(record)
    if doc.held:
        data["body"] = doc.body
    return data


def _json_for_script(text: str) -> str:
    """JSON that cannot close its ``<script>`` element early."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def jsonld(doc: Document, record: Mapping[str, Any], portal: Portal, documents: Mapping[str, Document]) -> dict[str, Any]:
    """schema.org ``Legislation`` of one document (held or stub). A header field an import left unchecked
    (vanban.unverified) is no property: a search engine takes each for fact, with no room for the page's note (the
    page's name, its own words, stays; documents.json lists the field under ``unverified``)."""
    doubted = set(doc.unverified)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": portal.url(doc.url),
        "url": portal.url(doc.url),
        "name": f"{doc.label}: {doc.title}" if doc.title else doc.label,
        "inLanguage": "vi",
    }
    if doc.number and "number" not in doubted:
        data["legislationIdentifier"] = doc.number
    if doc.type and "type" not in doubted:
        data["legislationType"] = doc.type
    if doc.date and "date" not in doubted:
        data["legislationDate"] = doc.date.iso()  # ISO 8601, reduced precision when the original omits the day
    if doc.issuer and "issuer" not in doubted:
        data["legislationPassedBy"] = {"@type": "GovernmentOrganization", "name": doc.issuer}
    if doc.status in LEGAL_FORCE:
        data["legislationLegalForce"] = LEGAL_FORCE[doc.status]
    if doc.title and "title" not in doubted:
        data["abstract"] = doc.title
    if doc.held:
        data["publisher"] = {"@type": "GovernmentOrganization", "name": portal.agency, "url": portal.site_url}
        data["isAccessibleForFree"] = True

    def refs(ids: list[str]) -> list[dict[str, Any]]:
        out = []
        for other_id in ids:
            other = documents.get(other_id)
            ref: dict[str, Any] = {"@type": "Legislation", "@id": portal.url(f"{other_id}/"),
                                   "url": portal.url(f"{other_id}/")}
            if other is not None:
                ref["name"] = other.label
                if other.number and not other.number_doubted:
                    ref["legislationIdentifier"] = other.number
            out.append(ref)
        return out

    implements = list(record.get("implements") or [])
    if implements:
        data[IMPLEMENTS_PROPERTY] = refs(implements)
    mentions = list(record.get("mentions") or []) + list(record.get("unsettled") or [])  # cited, carried out or not
    if mentions:
        data["citation"] = refs(mentions)
    return data


def document_file(record: Mapping[str, Any], doc: Document, tasks: Sequence[Any] | None) -> str:
    """A document's ``index.json``: compact (the pretty-printing encoder is pure Python, 15× slower,
    once per document), with its tasks when tracking gave them."""
    data = document_json(record, doc)
    if tasks is not None:
        data["tasks"] = [task.record() for task in tasks]
    return dumps(data, indent=None)


def organisation_jsonld(portal: Portal) -> dict[str, Any]:
    """schema.org GovernmentOrganization for the contact page."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": portal.agency,
        "alternateName": portal.agency_en,
        "url": portal.site_url,
        "address": portal.address,
        "telephone": portal.phone,
        "email": portal.email,
    }
    if portal.fax:
        data["faxNumber"] = portal.fax
    if portal.parent:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": portal.parent}
    data["contactPoint"] = [
        {"@type": "ContactPoint", "name": o.name, "jobTitle": o.position, "contactType": o.unit,
         "telephone": o.phone, "email": o.email}
        for o in portal.officers
    ]
    return data


def sitemap(urls: list[str]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"<url><loc>{escape(u)}</loc></url>" for u in urls]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def documents_json(records: Mapping[str, Mapping[str, Any]]) -> Iterator[str]:
    """``data/documents.json`` piece by piece (:class:`vanban.site.Streamed`; 4.9 MB at 5,000 documents):
    sorted keys, one-space indent, no final newline, the bytes published since the first release.
    ``json.dumps`` with an indent joins these same pieces (its encoder in Python)."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=True)
    return encoder.iterencode({"documents": [records[k] for k in sorted(records)]})


def document_key(fingerprinter: Fingerprinter, path: str, record: Mapping[str, Any], doc: Document,
                  tasks: Sequence[Any] | None) -> str | None:
    """The digest of what :func:`document_file` reads (*path* aside from vanban's code): the build cache's
    store finds the ``index.json`` made from them without making it (:class:`vanban.site.Keyed`). The
    document's digest is the one its analysis key made (the build's *fingerprinter*)."""
    try:
        return fingerprinter.hexdigest("index.json", path, fingerprinter.plain_digest(record), doc, tasks)
    except Unfingerprintable:
        return None


def contribute(site: SiteModel, portal: Portal, records: Mapping[str, Mapping[str, Any]],
               fingerprinter: Fingerprinter | None = None) -> None:
    """Per-document JSON and JSON-LD, ``data/documents.json`` of *records* (the graph's, by id) and the
    sitemap. Runs after every feature that adds pages. *fingerprinter*: the build's, for the keys by
    which each ``index.json`` is found in the build cache (:func:`document_key`)."""
    fingerprinter = fingerprinter or Fingerprinter()
    for path in sorted(site.pages):
        page = site.pages[path]
        doc = page.data.get("document")
        if isinstance(doc, Document):
            record = records.get(doc.id) or basic_record(doc)
            tasks = page.data.pop("tasks_json", None)  # Theo dõi triển khai (vanban.tracking): for this file only,
            # so the page key (vanban.fingerprint) need not digest them again. Made when written: each
            # carries its whole body (vanban.site.Outputs).
            json_path = f"{doc.url}index.json"
            site.add_keyed_output(json_path, functools.partial(document_file, record, doc, tasks),
                                  functools.partial(document_key, fingerprinter, json_path, record, doc, tasks))
            page.data["jsonld"] = _json_for_script(
                dumps(jsonld(doc, record, portal, site.documents), indent=None).strip())
            page.data["json_url"] = json_path
        elif page.data.get("kind") == "about":
            page.data["jsonld"] = _json_for_script(dumps(organisation_jsonld(portal), indent=None).strip())
    site.add_streamed_output(DOCUMENTS_JSON, functools.partial(documents_json, records))
    text = sitemap([portal.url(p) for p in sorted(site.pages)])
    site.add_output(SITEMAP, text)
    # MkDocs writes its own sitemap.xml.gz from the theme; replace it so both agree (mtime 0: reproducible).
    site.add_output(SITEMAP + ".gz", gzip.compress(text.encode("utf-8"), mtime=0))
