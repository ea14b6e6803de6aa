"""Who a cited number belongs to: the identity of a cited document.

Every Tỉnh ủy issues its own ``05-NQ/TU`` and every UBND xã its own ``45/KH-UBND``: a local number
is one document only together with its owner's locality, while a national one (``57-NQ/TW``,
``131/QĐ-TTg``) is one on its own. A wrong merge is worse than a missing link, so a number whose
owner the text does not settle is kept apart (its scope says so) rather than guessed.
"""

from __future__ import annotations

from .citations import number_key, parse_number
from .citations.vocabulary import type_family
from .dates import PartialDate
from .documents import Document
from .issuers import is_national, issuer_key, locality_key, place_of


def codeless(number: str) -> bool:
    """Whether a cited number has no code: a bare serial ("Chỉ thị số 17") or one cut after its year ("Thông tư
    14/2018").  Such a number says neither its type nor its issuer: "Chỉ thị 17" and "Nghị quyết 17" of one district
    are two documents, and so are "Chỉ thị số 17 của Huyện ủy" and "Chỉ thị số 17 của UBND huyện"."""
    parts = parse_number(number)
    return parts is None or (parts.type_code is None and parts.issuer_code is None)


def owner_body(issuer: str | None) -> str:
    """The issuing body an issuer name names, its place left out ("Ủy ban nhân dân huyện Đông Anh" and "UBND
    huyện" are both "ủy ban nhân dân huyện"): the scope already holds the place."""
    if not issuer:
        return ""
    body = issuer_key(issuer)
    place = place_of(issuer)
    if place:
        body = body.replace(issuer_key(place), " ")
    return " ".join(body.split())


def cite_key(number: str, date: PartialDate | None, scope: str | None, cite_type: str | None = None,
             issuer: str | None = None) -> str:
    """Identity of a cited document: the number, plus year and owner where the number lacks them.

    Party numbers and legal normative numbers carry their year; a State administrative number
    (``21/KH-UBND``) restarts every year, so the year is added.  A local number (every Tỉnh ủy has
    its ``05-NQ/TU``) is only one document together with its owner's locality, *scope* (see
    :func:`owner_scope`); a national one (``57-NQ/TW``, ``131/QĐ-TTg``) is one on its own.  A number without a
    code (:func:`codeless`) is one document only with its type and its issuing body too.
    """
    key = number_key(number)
    parts = parse_number(number)
    if parts is not None and parts.system == "state" and parts.year is None and date is not None:
        key += f"|{date.year}"
    if not is_national(number):
        key += f"@{scope or ''}"
    if codeless(number):  # its type and issuer are its code: two types or two bodies are two documents
        key += f"#{type_family(cite_type) or ''}~{owner_body(issuer)}"
    return key


def _locality(name: str) -> str | None:
    """The place an issuer name names ("UBND huyện DMC" → "dmc"), as a key; None when it names none."""
    place = place_of(name) if name else None
    return locality_key(place) if place else None


def doc_locality(doc: Document) -> str | None:
    """Where a document comes from: the place its issuer names, else its địa danh."""
    return _locality(doc.issuer) or (locality_key(doc.place) if doc.place else None)


def cited_from(issuer: str | None, citer: Document | None) -> str:
    """The place, as written, that :func:`owner_scope` takes from the citing document when the
    citation's issuer names none ("" when the issuer names one, or nobody does)."""
    if (issuer and place_of(issuer)) or citer is None:
        return ""
    return (place_of(citer.issuer) if citer.issuer else None) or citer.place


def owner_scope(issuer: str | None, citer: Document | None) -> str | None:
    """The locality a local number belongs to: the one its "của …" names, else the citing document's
    ("Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy" in a Quảng Nam document is Quảng Nam's);
    None when neither says (the citation cannot be placed)."""
    return _locality(issuer or "") or (doc_locality(citer) if citer is not None else None)
