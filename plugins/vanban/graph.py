"""The relation graph: citations resolved to documents, stubs for the ones not held, both directions.

Linear: held documents are indexed by number once; each citation is one dictionary lookup.
State administrative numbers restart every year and repeat across agencies (every province
has a ``21/KH-UBND``), so a number that matches several held documents is narrowed by year
and issuer; what stays ambiguous is a warning and no link, never a silent wrong one.
The graph's shape is :mod:`vanban.relation_graph`, what the finished graph warns of :mod:`vanban.graph_problems`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from . import party_terms as terms  # which document of a number its citers could mean
from .analysis import Analyses
from .citations import Citation, Extraction, canonical_number, number_key, type_of_number
from .dates import PartialDate
from .documents import Document
from .graph_problems import codeless_apart, cycles, unsettled_note
from .issuers import is_national, portal_province
from .own_cites import names_itself, own_number_note
from .owner_doubts import date_apart_note, date_apart_problem, owner_choice_note, owner_choice_problem
from .owners import (
    Resolver,
    apart_note,
    apart_problem,
    cite_key,
    cited_from,
    cited_province,
    date_doubted,
    owner_scope,
    place_unknown_provinces,
)
from .party_terms import describe_apart, join_undated, unlike_held
from .problems import Problem, Severity
from .relation_graph import DECLARED, INVERSE, RELATIONS, Edge, Graph
from .site import SiteModel
from .stubs import StubInfo, most_common, stub_notes, stub_title
from .unverified import held_back_note, held_back_problem

# The graph's shape lives in relation_graph; its importers have always taken it from here.
__all__ = ["DECLARED", "INVERSE", "RELATIONS", "Edge", "Graph", "Lookup", "Resolution", "build_graph", "cite_date"]


def _type_from_number(number: str) -> str:
    return type_of_number(number) or ""


def cite_date(citation: Citation) -> PartialDate | None:
    """The cited document's date: its day, else the year written after a Party number ("Chỉ thị 48-CT/TW năm 2025")."""
    return PartialDate.from_date(citation.date) if citation.date else PartialDate(citation.year) if citation.year else None


class Lookup(Protocol):
    """(cited number, its date, its issuer, the citing document's id) → the id of the document meant
    (held or stub), or None.  Without the citer a local number is found only when it means one document."""

    def __call__(
        self, number: str, date: PartialDate | None, issuer: str | None, citer: str | None = None,
        cite_type: str | None = None,
    ) -> str | None: ...


@dataclass(frozen=True)
class Resolution:
    """What :func:`build_graph` finds: the graph (stubs included), the citations each held document
    keeps (its ``ignore_citations`` removed), and the lookup behind the edges."""

    graph: Graph
    extractions: Mapping[str, Extraction]
    resolve: Lookup


def build_graph(site: SiteModel, analyses: Analyses) -> Resolution:
    """Extract citations from every held document, resolve them, create stubs, add all edges."""
    held = site.held_documents
    portal = portal_province(site.config.portal)  # places held district bodies whose name says no province
    resolver = Resolver(held, portal)
    graph = Graph(documents=dict(site.documents))
    stubs: dict[str, StubInfo] = {}
    extractions: dict[str, Extraction] = {}
    # (source id, cited number, its date, issuer and type, relation, inferred from (document id, "" when stated), line)
    pending: list[tuple[str, str, PartialDate | None, str | None, str | None, str, str, int | None]] = []
    by_plain_number: dict[str, set[str]] = defaultdict(set)
    own_problems: list[Problem] = []
    described: dict[tuple[str, str], Citation] = {}  # (document id, number key) → its citation of that number
    citers_of_number: dict[str, set[str]] = defaultdict(set)
    problems_unsettled: list[Problem] = []  # a relation the text does not settle, at its line

    def scope_of(number: str, issuer: str | None, citer: str) -> str | None:
        """The owner scope of a cited number; "?<citer>" for a local number that cannot be placed,
        so that it is never merged with another document's citation of the same number."""
        if is_national(number):
            return None
        return owner_scope(issuer, site.documents.get(citer), portal) or f"?{citer}"

    def note_stub(citation_number: str, cite_type: str | None, date: PartialDate | None,
                  issuer: str | None, subject: str | None, citer: str, line: int = 1) -> None:
        scope = scope_of(citation_number, issuer, citer)
        key = cite_key(citation_number, date, scope, cite_type, issuer)
        by_plain_number[number_key(citation_number)].add(key)
        citers_of_number[number_key(citation_number)].add(citer)
        info = stubs.get(key)
        if info is None:
            placed = scope is not None and not scope.startswith("?")
            place = cited_from(issuer, site.documents.get(citer), portal) if placed else ""
            province = cited_province(issuer, site.documents.get(citer), portal) if placed else ""
            info = stubs[key] = StubInfo(canonical_number(citation_number), scope=scope, cited_from=place,
                                         cited_province=province)
        if cite_type:
            info.types[cite_type] += 1
        if date:
            info.dates[date] += 1
            info.dates_by_citer.setdefault(citer, date)
        if issuer:
            info.issuers[issuer] += 1
        if subject:
            info.subjects[subject] += 1
        if citer not in info.citers:
            if not info.citers:
                info.first_line = line or 1
            info.citers.append(citer)

    for doc in held:
        ignored = {number_key(n) for n in doc.ignore_citations}
        extraction = analyses[doc.id].extraction
        citations = [c for c in extraction.citations if number_key(c.number) not in ignored]
        own = [c for c in citations if names_itself(doc, c)]  # a numberless document's own number, said in its body
        if own:
            own_problems.extend(own_number_note(doc, c) for c in own)
            citations = [c for c in citations if c not in own]
        extraction = Extraction(tuple(citations),
                                tuple(e for e in extraction.inferred
                                      if number_key(e.source) not in ignored and number_key(e.target) not in ignored))
        extractions[doc.id] = extraction
        declared = {number_key(n): r for r in DECLARED for n in getattr(doc, r)}  # front matter settles a relation
        for c in citations:
            date = cite_date(c)
            relation = "replaces" if c.replaced else c.relation  # "Quyết định này … thay thế Quyết định số …"
            if not c.settled and relation != "replaces":
                relation = declared.get(number_key(c.number), "unsettled")
                if relation == "unsettled":
                    problems_unsettled.append(unsettled_note(doc, c))
            pending.append((doc.id, c.number, date, c.issuer, c.type, relation, "", c.line))
            note_stub(c.number, c.type, date, c.issuer, c.subject, doc.id, c.line or doc.line_of("title"))
        for relation in DECLARED:
            for number in getattr(doc, relation):
                pending.append((doc.id, number, None, None, _type_from_number(number), relation, "", doc.line_of(relation)))
                note_stub(number, _type_from_number(number), None, None, None, doc.id, doc.line_of(relation))
        for found in extraction.inferred:
            for number in (found.source, found.target):
                if number_key(number) not in by_plain_number:
                    note_stub(number, _type_from_number(number), None, None, None, doc.id)
            pending.append((f"#{found.source}", found.target, None, None, None, found.relation, doc.id, None))
        for c in citations:  # an inferred edge's ends are the documents this text's own citations of them mean
            described.setdefault((doc.id, number_key(c.number)), c)

    # A stub whose owner's province nobody tells joins the only one of its number and locality whose province is known
    merged, apart = place_unknown_provinces(stubs)
    dates = {doc.id: terms.issued(doc) for doc in held}  # a citation never means a document issued after its citer
    joined, undated_apart = join_undated(stubs, dates)  # an undated Party citation with the dated one it describes
    merged.update(joined)
    problems: list[Problem] = own_problems + problems_unsettled
    for keys in by_plain_number.values():
        keys.difference_update(merged)
    # Resolve every cited number once: to a held document or a stub.
    resolved: dict[str, str] = {}  # number key → document id (unambiguous only)
    held_numbers = {number_key(d.number) for d in held if d.number}
    later: dict[str, list[str]] = {}  # stub key → when the documents of its number were issued, after its citers
    stub_docs: dict[str, Document] = {}
    held_backs: dict[str, str] = {}  # stub key → the held document whose doubted number it matched
    for key, info in stubs.items():
        date = info.dates.most_common(1)[0][0] if info.dates else None
        issuer = most_common(info.issuers)
        target, ambiguous = resolver.resolve(info.number, date, issuer or None, info.scope)
        # left apart from a held document of the number by its machine-read date alone (another year, after the citer)
        dated_only = resolver.dated_only_apart(info.number, date, issuer or None, info.scope) \
            if target is None and not ambiguous else []
        earliest = terms.earliest_citer(info, dates)
        if target is not None and not info.dates and not terms.cited_by_then(terms.issued(target), earliest):
            dated_only = [target] if date_doubted(target) else []
            later[key], target = [f"ngày {target.date.vietnamese()}" if target.date else f"năm {target.year}"], None
        elif key in undated_apart and earliest is not None and all(int(y) > earliest.year for y in undated_apart[key]):
            later[key] = [f"năm {y}" for y in undated_apart.pop(key)]
        if target is not None and unlike_held(key, info, target.title):
            undated_apart[key], target = [str(target.year or "chưa rõ")], None
        # citers of one number and year whose days pick different documents share this stub: one link would send
        # every citer to the most cited day's document, the others' wrongly (principle 2)
        by_day = sorted({picked.source if (picked := resolver.resolve(info.number, day, issuer or None, info.scope)[0])
                         else "" for day in info.dates}) if target is not None and len(info.dates) > 1 else []
        if len(by_day) > 1:
            target = None
        held_back: Document | None = None
        # a machine-read number links nothing (vanban.unverified), but a text naming its own number is itself
        if target is not None and target.number_doubted and set(info.citers) != {target.id}:
            held_back, target = target, None
            held_backs[key] = held_back.id
        # nor does a choice among several documents of the number that a machine-read owner decided
        doubted_owners = resolver.doubted_choice(info.number, date, issuer or None, info.scope, target) \
            if target is not None and set(info.citers) != {target.id} else []
        if doubted_owners:
            target = None
        if target is not None:
            resolved[key] = target.id
            continue
        # A local number nobody's place settles is kept apart (its stub says so) and reported at its
        # line.  A warning (fails --strict) where that costs something: another document cites the same
        # number (two stubs where there may be one), or the corpus holds a document with that number
        # (not linked).  Alone it merges and loses nothing, and the original often does not say where
        # it comes from: a note (reported, fails nothing), as the stub page says it too.
        first = site.documents.get(info.citers[0])
        cited_in = first.source if first else ""  # every problem of this stub is reported at its first citation
        unplaced = info.scope is not None and info.scope.startswith("?")
        others = unplaced and len(citers_of_number[number_key(info.number)]) > 1
        held_same = unplaced and not others and number_key(info.number) in held_numbers
        if unplaced:
            problems.append(Problem(
                cited_in, info.first_line, "trích dẫn",
                f"không rõ số {info.number} thuộc cơ quan, địa phương nào"
                + (", mà văn bản khác cũng trích dẫn số này; tách thành trang riêng, không gộp" if others else
                   ", mà kho có văn bản mang số này; không tự liên kết tới văn bản đó, trang của số này ghi là"
                   " chưa xác định chủ" if held_same else
                   "; trang của số này ghi là chưa xác định chủ, không gộp với văn bản cùng số của nơi khác"),
                "ghi rõ cơ quan ban hành kèm địa danh trong câu trích dẫn (\"của Tỉnh ủy Quảng Nam\"),"
                " hoặc điền place: (địa danh) trong front matter",
                Severity.WARNING if others or held_same else Severity.NOTE))
        notes = stub_notes(info, site.documents)
        if key in apart and not ambiguous:
            problems.append(apart_problem(info, apart[key], site.documents))
            notes += (apart_note(apart[key]),)
        told = [terms.describe_later(info.number, later[key], earliest)] if key in later and earliest else []
        told += [describe_apart(info.number, undated_apart[key])] if key in undated_apart else []
        for what, fix, note in told:  # issued after its citers; a Party number's other term
            problems.append(Problem(cited_in, info.first_line, "trích dẫn", what, fix,
                                    Severity.WARNING))
            notes += (note,)
        if held_back is not None:
            problems.append(held_back_problem(cited_in, info.first_line, info.number,
                                              held_back.source))
            notes += (held_back_note(held_back.type, held_back.title, held_back.issuer),)
        if doubted_owners:
            problems.append(owner_choice_problem(cited_in, info.first_line, info.number,
                                                 doubted_owners))
            notes += (owner_choice_note(info.number, doubted_owners),)
        if dated_only:
            problems.append(date_apart_problem(cited_in, info.first_line, info.number, dated_only))
            notes += (date_apart_note(dated_only),)
        if ambiguous:
            notes += (resolver.ambiguity_note(info.number, ambiguous),)
            what, fix = resolver.ambiguity(info.number, ambiguous)
            problems.append(Problem(cited_in, info.first_line, "trích dẫn", what, fix,
                                    Severity.WARNING))
        if len(info.dates) > 1:
            problems.append(Problem(
                cited_in, info.first_line, "trích dẫn",
                f"các văn bản trích dẫn ghi khác nhau về ngày của số {info.number}: "
                + ", ".join(d.vietnamese() for d in sorted(info.dates, key=PartialDate.sort_value))
                + (f", mỗi ngày khớp một văn bản khác ({', '.join(f or 'văn bản kho chưa có' for f in by_day)}); "
                   "không tự liên kết" if len(by_day) > 1 else ""),
                "kiểm tra lại ngày trong câu trích dẫn", Severity.WARNING))
            if len(by_day) > 1:
                notes += (f"Các văn bản trích dẫn số {info.number} ghi ngày khác nhau, mỗi ngày khớp một văn bản khác; "
                          "trang này chưa liên kết tới văn bản nào.",)
        stub = Document(
            source="", number=info.number,
            type=most_common(info.types) or _type_from_number(info.number) or "Văn bản",
            issuer=issuer, title=stub_title(info.subjects), date=date, held=False,
            notes=notes, cited_from=info.cited_from, cited_province=info.cited_province,
        )
        stub_docs[key] = stub
    # Stub slugs: the number alone, unless a held document already has that URL.
    taken = {d.id for d in held}
    for key, stub in stub_docs.items():
        slug = stub.base_slug()
        candidate, n = slug, 2
        while f"van-ban/{stub.year_slug}/{candidate}" in taken:
            candidate, n = f"{slug}-{n}", n + 1
        stub = dataclasses.replace(stub, slug=candidate)
        taken.add(stub.id)
        graph.documents[stub.id] = stub
        resolved[key] = stub.id
        if key in held_backs:
            held_backs[stub.id] = held_backs[key]
    for key, kept in merged.items():
        if kept in resolved:
            resolved[key] = resolved[kept]

    def lookup(number: str, date: PartialDate | None, issuer: str | None, citer: str | None = None,
               cite_type: str | None = None) -> str | None:
        scope = scope_of(number, issuer, citer) if citer is not None else None
        found = (resolved.get(cite_key(number, date, scope, cite_type, issuer))
                 if citer is not None or is_national(number) else None)
        if found is None:
            # A bare number (inferred edges, front matter) matches when it means one document.
            keys = by_plain_number.get(number_key(number), set())
            if len(keys) == 1:
                found = resolved.get(next(iter(keys)))
        return found

    def described_lookup(citer: str, number: str) -> str | None:
        """An inferred edge's end: what *citer*'s own citation of *number* means (its date and issuer said)."""
        c = described.get((citer, number_key(number)))
        return lookup(number, cite_date(c), c.issuer, citer, c.type) if c else lookup(number, None, None, citer)

    seen: dict[tuple[str, str, str], Edge] = {}
    for source, number, cited_date, cited_issuer, cited_type, relation, inferred, line in pending:
        if inferred:
            origin, target_id = described_lookup(inferred, source[1:]), described_lookup(inferred, number)
        else:
            origin, target_id = source, lookup(number, cited_date, cited_issuer, source, cited_type)
        if target_id is not None and held_backs.get(target_id) == origin:
            target_id = origin  # its own doubted number, which others' citations of it are held back from
        if origin is None or target_id is None or (inferred and not terms.cited_by_then(
                terms.issued(graph.documents[target_id]), terms.issued(graph.documents[origin]))):
            continue  # an edge read backwards from a description: nothing carries out a document issued after it
        source_id: str = origin
        if target_id == source_id:
            doc = graph.documents[source_id]
            if relation == "replaces" and doc.held:
                problems.append(Problem(doc.source, line or 1, "replaces", f"văn bản tự thay thế chính nó ({number})",
                                        "xóa số của chính văn bản này khỏi replaces"))
            elif not inferred and doc.held:
                problems.append(Problem(doc.source, line or 1, "trích dẫn", f"văn bản tự trích dẫn chính nó ({number})",
                                        "thêm số này vào ignore_citations nếu đó không phải trích dẫn", Severity.WARNING))
            continue
        key3 = (source_id, target_id, relation)
        if key3 in seen:
            continue
        if relation in _WEAKER and any((source_id, target_id, r) in seen for r in _STRONGER[relation]):
            continue
        edge = Edge(source_id, target_id, relation, bool(inferred), line, inferred)
        seen[key3] = edge
    # A document that implements another does not also merely mention it, nor leave it unsettled; one it cites once
    # unsettled and once as a mention is related (unsettled): the mention says no more.
    for (s, t, r), edge in seen.items():
        if r in _WEAKER and any((s, t, stronger) in seen for stronger in _STRONGER[r]):
            continue
        graph.add(edge)
    problems.extend(codeless_apart(stubs, site))
    problems.extend(cycles(graph, "implements"))
    problems.extend(cycles(graph, "replaces"))
    site.problems.extend(problems)
    return Resolution(graph, extractions, lookup)


# A relation dropped where the same citer has a stronger one to the same document
_STRONGER = {"mentions": ("implements", "unsettled"), "unsettled": ("implements",)}
_WEAKER = frozenset(_STRONGER)
