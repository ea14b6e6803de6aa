"""Who a cited number belongs to: the identity of a cited document.

Every Tỉnh ủy issues its own ``05-NQ/TU`` and every UBND xã its own ``45/KH-UBND``: a local number
is one document only together with its owner's locality, while a national one (``57-NQ/TW``,
``131/QĐ-TTg``) is one on its own. A wrong merge is worse than a missing link, so a number whose
owner the text does not settle is kept apart (its scope says so) rather than guessed.

District and commune names repeat across provinces ("huyện Châu Thành" is in several): a local owner's scope is its
locality *and*, when anything tells it (:func:`vanban.provinces.document_province`), its province, so that two
provinces' Huyện ủy Châu Thành and their two ``05-KH/HU`` stay two documents.  A scope is written
``"<locality>§<province>"``, or ``"<locality>"`` when the province is unknown (:func:`scope_parts`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence

from .citations import number_key, parse_number
from .citations.vocabulary import type_family
from .dates import PartialDate
from .documents import Document
from .issuers import is_national, issuer_key, locality_key, place_of
from .owner_doubts import CHOICE_FIELDS, OWNER_FIELDS
from .problems import Problem, Severity
from .provinces import document_province, is_local, province_key, province_of_name, province_shown
from .stubs import StubInfo
from .text import fold, new_tone, nfc

PROVINCE_MARK = "§"  # between a scope's locality and its province
# The locality of a provincial body cited without its place ("của UBND tỉnh", "của Ban Thường vụ Tỉnh ủy", "của Sở Tư
# pháp") by a document whose province is known: the province, whichever of its districts or communes cites it
PROVINCIAL = "tỉnh:"
_PROVINCIAL_BODY = re.compile(r"(?<![^\W_])(?:[Tt]ỉnh|TỈNH|Sở|SỞ)(?![^\W_])")  # "cơ sở" in lower case is no Sở


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


@functools.lru_cache(maxsize=1 << 14)  # the graph keys every citation of a number again; serve, after each save
def cite_key(number: str, date: PartialDate | None, scope: str | None, cite_type: str | None = None,
             issuer: str | None = None) -> str:
    """Identity of a cited document: the number, plus year and owner where the number lacks them.

    A legal normative number carries its year; a State administrative number (``21/KH-UBND``) restarts every
    year, and a Party number every term (``29-NQ/TW`` of 2013 and of 2022), so the year of a dated citation is added
    (an undated Party citation joins the dated one it describes: :mod:`vanban.party_terms`).  A local number (every Tỉnh ủy has
    its ``05-NQ/TU``) is only one document together with its owner's locality, *scope* (see
    :func:`owner_scope`); a national one (``57-NQ/TW``, ``131/QĐ-TTg``) is one on its own.  A number without a
    code (:func:`codeless`) is one document only with its type and its issuing body too.
    """
    key = number_key(number)
    parts = parse_number(number)
    if parts is not None and parts.system in ("state", "party") and parts.year is None and date is not None:
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


def doc_province(doc: Document, portal: str = "") -> str | None:
    """The province of a document's issuer as a key (:func:`vanban.provinces.document_province`), None when unknown."""
    return province_key(document_province(doc, portal)) or None


def provincial_body(issuer: str | None) -> bool:
    """Whether a cited issuer is a provincial body whose name says no place ("UBND tỉnh", "Tỉnh ủy", "Sở Tư pháp")."""
    if not issuer or place_of(issuer) or is_local(issuer):
        return False
    return _PROVINCIAL_BODY.search(new_tone(nfc(issuer))) is not None


def _provincial_scope(issuer: str | None, citer: Document | None, portal: str) -> str:
    """The citer's province as a key, when *issuer* is a provincial body without its place; "" otherwise."""
    if citer is None or not provincial_body(issuer):
        return ""
    return province_key(document_province(citer, portal))


def cited_from(issuer: str | None, citer: Document | None, portal: str = "") -> str:
    """The place, as written, that :func:`owner_scope` takes from the citing document when the
    citation's issuer names none ("" when the issuer names one, or nobody does): for a provincial body, the
    citer's province."""
    if (issuer and place_of(issuer)) or citer is None:
        return ""
    if _provincial_scope(issuer, citer, portal):
        return province_shown(document_province(citer, portal))
    return (place_of(citer.issuer) if citer.issuer else None) or citer.place


def cited_province(issuer: str | None, citer: Document | None, portal: str = "") -> str:
    """The province, as written, a cited local owner belongs to: the one the citation's "của …" says ("của UBND
    huyện Châu Thành, tỉnh Tiền Giang", "của Tỉnh ủy Bến Tre"), else the citing document's: a district or commune
    body cited without its province ("của Huyện ủy Châu Thành", "của Ban Thường vụ Huyện ủy") is taken for one of the
    citer's own province, as documents cite within their province.  "" when nothing tells, and for a provincial
    body whose province its name does not say in a way read here."""
    named = province_of_name(issuer or "")
    if named:
        return named
    if issuer and place_of(issuer) and not is_local(issuer):
        return ""
    return document_province(citer, portal) if citer is not None else ""


def owner_scope(issuer: str | None, citer: Document | None, portal: str = "") -> str | None:
    """The locality a local number belongs to: the one its "của …" names, else the citing document's
    ("Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy" in a Quảng Nam document is Quảng Nam's), with its
    province when known (:func:`cited_province`; *portal* is the portal's configured province);
    None when neither says (the citation cannot be placed).  A provincial body cited without its place is its
    citer's province's ("của UBND tỉnh" in a commune of Gia Lai), one owner for every commune that cites it."""
    provincial = _provincial_scope(issuer, citer, portal)
    if provincial:
        return f"{PROVINCIAL}{provincial}{PROVINCE_MARK}{provincial}"
    locality = _locality(issuer or "") or (doc_locality(citer) if citer is not None else None)
    if locality is None:
        return None
    province = province_key(cited_province(issuer, citer, portal))
    return f"{locality}{PROVINCE_MARK}{province}" if province else locality


def scope_parts(scope: str | None) -> tuple[str | None, str | None]:
    """(locality, province key) of an owner scope; None for what it does not say."""
    if not scope:
        return None, None
    locality, _, province = scope.partition(PROVINCE_MARK)
    return locality, province or None


def without_province(scope: str | None) -> str | None:
    """The scope with its province left out: the scopes of one locality's owner as far as its name goes."""
    return scope.partition(PROVINCE_MARK)[0] if scope else scope


def owner_doubted(doc: Document) -> bool:
    """Whether an import's doubt on a field that tells *doc*'s owner is open (vanban.unverified)."""
    return not OWNER_FIELDS.isdisjoint(doc.unverified)


def date_doubted(doc: Document) -> bool:
    """Whether an import's doubt on *doc*'s date is open: its year and day tell it from another of its number no
    more than its misread issuer would."""
    return "date" in doc.unverified


def _year_fits(doc: Document, year: int, undated: Callable[[Document], bool]) -> bool:
    """Whether *doc* may be of *year*: a doubted date tells nothing, only a year its (checked) number carries does."""
    if undated(doc):
        parts = parse_number(doc.number)
        return parts is None or parts.year is None or parts.year == year
    return doc.year is None or doc.year == year


def _issuer_matches(cited: str | None, held: str) -> bool:
    if not cited:
        return False
    a, b = fold(issuer_key(cited)), fold(issuer_key(held))
    return a in b or b in a


class Resolver:
    """Finds the held document a citation means.  A local number matches only held documents of its owner's
    locality (or of no known locality) whose province agrees with the scope's or is unknown on either side; what
    stays several is ambiguous: no link (a wrong link is worse than none)."""

    def __init__(self, held: Iterable[Document], portal: str = "") -> None:
        self.by_number: dict[str, list[Document]] = defaultdict(list)
        self.portal = portal
        for doc in held:
            if doc.number:
                self.by_number[number_key(doc.number)].append(doc)

    def province(self, doc: Document) -> str | None:
        return doc_province(doc, self.portal)

    def resolve(
        self, number: str, date: PartialDate | None, issuer: str | None, scope: str | None = None
    ) -> tuple[Document | None, list[Document]]:
        """The held document cited, or None and the held documents it could equally be (empty when none)."""
        candidates = self._narrow(number, date, issuer, scope, lambda _doc: False, lambda _doc: False)
        if len(candidates) == 1:
            return candidates[0], []
        return None, candidates

    def doubted_choice(self, number: str, date: PartialDate | None, issuer: str | None, scope: str | None,
                       chosen: Document) -> list[Document]:
        """The held documents *chosen* was picked among by a machine-read owner or date (an import's open doubt on
        an issuer, managing body, place or date: :data:`CHOICE_FIELDS`), *chosen* first; empty when checked fields
        alone settle it.

        Each test of :meth:`resolve` that reads a doubted field passes that document, as if the field could say
        anything (its original may; a doubted date keeps only the year its number carries): when the choice then stays *chosen* alone, no doubt decided it — a single
        candidate keeps its link, as one with a doubted issuer always has, its number being checked — and when it
        does not, the link would rest on a reading nobody checked (principle 2), so the caller holds it back."""
        held = self.by_number.get(number_key(number), ())
        if len(held) < 2 or all(CHOICE_FIELDS.isdisjoint(d.unverified) for d in held):
            return []
        open_ = [d for d in self._narrow(number, date, issuer, scope, owner_doubted, date_doubted) if d is not chosen]
        return [chosen, *open_] if open_ else []

    def dated_only_apart(self, number: str, date: PartialDate | None, issuer: str | None,
                         scope: str | None) -> list[Document]:
        """The held documents of *number* a citation :meth:`resolve` matched to none of them would match but for a
        date an import left unchecked (a misread year, a day after the citer's): its page of the number and the
        warning say so, since the original may give the held one the cited date."""
        held = self.by_number.get(number_key(number), ())
        if not any(map(date_doubted, held)):
            return []
        return [d for d in self._narrow(number, date, issuer, scope, lambda _doc: False, date_doubted)
                if date_doubted(d)]

    def _narrow(self, number: str, date: PartialDate | None, issuer: str | None, scope: str | None,
                unknown: Callable[[Document], bool], undated: Callable[[Document], bool]) -> list[Document]:
        """The held documents of *number* the citation may mean; an *unknown* document passes every test of its
        owner (locality, province, issuer), an *undated* one every test of its date."""
        candidates = self.by_number.get(number_key(number), [])
        locality, province = scope_parts(scope)
        if candidates and not is_national(number) and locality is not None and locality.startswith(PROVINCIAL):
            # a provincial body of the citer's province: a held document of that province and of that body only (a
            # commune of the province holds its own "05/KH-UBND")
            candidates = [d for d in candidates if unknown(d) or (
                _issuer_matches(issuer, d.issuer) and not is_local(d.issuer)
                and (self.province(d) or doc_locality(d)) == province)]
        elif candidates and not is_national(number):
            candidates = [d for d in candidates if unknown(d) or (
                ((place := doc_locality(d)) is None or place == locality)
                and (province is None or (held := self.province(d)) is None or held == province))]
        if date is not None:
            candidates = [d for d in candidates if _year_fits(d, date.year, undated)]
        if len(candidates) > 1 and issuer:
            by_issuer = [d for d in candidates if unknown(d) or _issuer_matches(issuer, d.issuer)]
            candidates = by_issuer or candidates
        if len(candidates) > 1 and date is not None and date.complete:
            exact = [d for d in candidates if undated(d) or d.date == date]
            candidates = exact or candidates
        if len(candidates) > 1 and province is not None:  # the one whose province is said over the ones unknown
            agreeing = [d for d in candidates if unknown(d) or self.province(d) == province]
            candidates = agreeing if len(agreeing) == 1 else candidates
        return list(candidates)

    def ambiguity(self, number: str, candidates: Sequence[Document]) -> tuple[str, str]:
        """The warning's words when a citation matches several held documents: (what, the fix); across provinces it
        names them and asks for the province."""
        provinces = sorted({document_province(d, self.portal) or "chưa rõ tỉnh" for d in candidates})
        if len(provinces) < 2:
            return (f"số {number} khớp nhiều văn bản trong kho; không tự liên kết",
                    "ghi rõ ngày ban hành và cơ quan ban hành trong câu trích dẫn, hoặc khai báo implements: trong "
                    "front matter")
        return (f"số {number} khớp {len(candidates)} văn bản cùng tên địa phương ở các tỉnh khác nhau ("
                + ", ".join(province_shown(p) if p != "chưa rõ tỉnh" else p for p in provinces)
                + ") mà không rõ văn bản trích dẫn thuộc tỉnh nào; không tự liên kết",
                "ghi rõ tỉnh trong câu trích dẫn (ví dụ “của Huyện ủy Châu Thành, tỉnh Tiền Giang”), ghi "
                "managing_body: (cơ quan chủ quản) trong front matter của văn bản trích dẫn, hoặc khai báo province: "
                "trong khối portal của mkdocs.yml")


    def ambiguity_note(self, number: str, candidates: Sequence[Document]) -> str:
        """What the stub page of an ambiguous citation says: the held documents it could be, none linked."""
        named = []
        for doc in candidates:
            province = document_province(doc, self.portal)
            named.append(f"{doc.label} của {doc.issuer}" + (f" ({province_shown(province)})" if province else ""))
        return (f"Số {number} trùng với {len(candidates)} văn bản trong kho ({'; '.join(sorted(named))}) mà văn bản trích dẫn "
                "không cho biết là văn bản nào; trang này không gộp với văn bản nào.")


def apart_note(provinces: Sequence[str]) -> str:
    """What the stub page of a citation kept apart by :func:`place_unknown_provinces` says."""
    return (f"Văn bản trích dẫn không cho biết số này của tỉnh nào, mà trang khác cùng số, cùng tên địa phương thuộc "
            f"{', '.join(provinces)}; trang này để riêng, không gộp.")


def absorb(into: StubInfo, other: StubInfo) -> None:
    """Adds what *other*'s citers say of a stub to *into*'s."""
    into.types.update(other.types)
    into.dates.update(other.dates)
    into.issuers.update(other.issuers)
    into.subjects.update(other.subjects)
    for citer, date in other.dates_by_citer.items():
        into.dates_by_citer.setdefault(citer, date)
    into.citers.extend(c for c in other.citers if c not in into.citers)


YEAR_IN_KEY = re.compile(r"\|(\d{4})(?=[@#]|$)")  # the year cite_key adds to a number that lacks one


def _year(key: str) -> str | None:
    found = YEAR_IN_KEY.search(key)
    return found.group(1) if found else None


def place_unknown_provinces(stubs: MutableMapping[str, StubInfo]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Puts each stub whose owner's province no citer tells with the only stub of the same number and locality whose
    province is known, as :mod:`vanban.issuers` does with issuers (a province → commune chain is one document when
    nothing says otherwise); when two or more provinces' are known, it stays apart.  A Party number's year (its
    term: :mod:`vanban.party_terms`) is compared only where both citations give one.  Returns the keys merged (→ the
    key kept) and the keys kept apart (→ the provinces known, as shown)."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for key, info in stubs.items():
        if info.scope and not info.scope.startswith("?"):
            base = key.replace("@" + info.scope, "@" + (without_province(info.scope) or ""), 1)
            parts = parse_number(info.number)
            by_base[YEAR_IN_KEY.sub("", base, count=1) if parts is not None and parts.system == "party" else base].append(key)
    merged: dict[str, str] = {}
    apart: dict[str, list[str]] = {}
    for keys in by_base.values():
        known = [k for k in keys if scope_parts(stubs[k].scope)[1] is not None]
        unknown = [k for k in keys if scope_parts(stubs[k].scope)[1] is None]
        for key in unknown if known else ():
            year = _year(key)
            fits = [k for k in known if year is None or _year(k) in (None, year)]
            if len(fits) == 1:
                absorb(stubs[fits[0]], stubs.pop(key))
                merged[key] = fits[0]
            elif fits:
                apart[key] = sorted({province_shown(stubs[k].cited_province) for k in fits if stubs[k].cited_province})
    return merged, apart


def apart_problem(info: StubInfo, provinces: Sequence[str], documents: Mapping[str, Document]) -> Problem:
    """The warning at a citation kept apart by :func:`place_unknown_provinces`."""
    first = documents.get(info.citers[0])
    return Problem(
        first.source if first else "", info.first_line, "trích dẫn",
        f"số {info.number} được văn bản ở {len(provinces)} tỉnh ({', '.join(provinces)}) trích dẫn như của cùng một tên "
        "địa phương, mà văn bản này không cho biết thuộc tỉnh nào; tách thành trang riêng, không gộp",
        "ghi rõ tỉnh trong câu trích dẫn (“…, tỉnh Tiền Giang”), ghi managing_body: (cơ quan chủ quản) trong front "
        "matter, hoặc khai báo province: trong khối portal của mkdocs.yml",
        Severity.WARNING)
