"""A ward's site whose selection of a document rests on an import's doubt (``unverified:``, vanban.unverified).

A site selects documents by issuer, by level (read from the issuer's name) or by recipients (vanban.sites); while an
import's doubt on one of those fields is open, the machine's reading decides whether the document is on the site. Of
the ways to treat it, selecting by the value and saying so harms least:

- leaving the document off every site that selects by the doubted field loses it, for sure, from the ward it most
  likely belongs to (an import reads most issuers right: the reading is the likeliest place), while
- sending it only to the parent's (province's) site needs a parent among the sites, which ``build-all`` does not have:
  the full corpus site is another build, and holds every document whatever its reading.

So the selection uses the value — its page already says which fields are machine-read, and ``mkdocs build --strict``
publishes no unreviewed import at all — and what would be silent is said (principle 2, and nothing is lost
unnoticed): a site that holds the document only through the doubted field, or leaves it out while it selects by that
field (the original may name this ward), warns at the field's line in that site's build, and ``vanban build-all``
reports one line per document naming every site whose membership depends on the doubt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .documents import KNOWN_KEYS, Document
from .problems import Problem, Severity
from .sites import RULE_FIELDS, RULES, CompiledRules, SiteSelection, compile_rules, rule_matches
from .unverified import KEY


@dataclass(frozen=True)
class Membership:
    """A site whose holding of a document rests on doubted *fields*: it holds it (*kept*) or leaves it out."""

    site: str
    kept: bool
    fields: tuple[str, ...]


def doubted_membership(doc: Document, selection: SiteSelection, rules: CompiledRules | None = None) -> Membership | None:
    """Whether *selection*'s holding of *doc* rests on a doubted field: None when no rule of the site reads one, or a
    rule reading checked fields (or the document's own ``sites:``) selects it anyway."""
    doubted = {field for field in doc.unverified if field in RULE_FIELDS.values()}
    if not doubted or not doc.held or selection.id in doc.sites:
        return None
    rules = rules or compile_rules(selection)
    given = [rule for rule in RULES if getattr(rules, rule)]
    reading = [rule for rule in given if RULE_FIELDS.get(rule) in doubted]
    if not reading or any(rule_matches(rule, doc, rules) for rule in given if rule not in reading):
        return None
    chose = [rule for rule in reading if rule_matches(rule, doc, rules)]
    return Membership(selection.id, bool(chose), tuple(dict.fromkeys(RULE_FIELDS[rule] for rule in chose or reading)))


def _names(fields: Sequence[str]) -> str:
    return " và ".join(KNOWN_KEYS.get(field, field) for field in fields)


def _fix(fields: Sequence[str]) -> str:
    lines = ", ".join(f"“{field}: …”" for field in fields)
    return (f"đối chiếu {_names(fields)} với bản gốc, sửa nếu sai, rồi xoá dòng {lines} trong {KEY}; lần dựng sau "
            "sẽ chọn lại trang")


def membership_problems(documents: Iterable[Document], selection: SiteSelection) -> list[Problem]:
    """One site's build: a warning at the doubted field's line of each document the site holds, or leaves out, on a
    doubt alone."""
    rules = compile_rules(selection)
    problems = []
    for doc in documents:
        found = doubted_membership(doc, selection, rules)
        if found is None:
            continue
        names = _names(found.fields)
        what = (f"văn bản được đăng ở trang {found.site} chỉ vì {names} do máy đọc khi nhập" if found.kept else
                f"văn bản không được đăng ở trang {found.site}, mà trang này chọn văn bản theo {names}, do máy đọc "
                "khi nhập")
        problems.append(Problem(doc.source, doc.line_of(found.fields[0]), found.fields[0],
                                what + ", chưa được đối chiếu với bản gốc", _fix(found.fields), Severity.WARNING))
    return problems


def membership_report(documents: Iterable[Document], selections: Sequence[SiteSelection]) -> list[Problem]:
    """``build-all``'s report: per document with a doubt some site's holding rests on, the sites that hold it and the
    sites that leave it out because of it (a site's own warnings are shown only when its build fails)."""
    compiled = [(selection, compile_rules(selection)) for selection in selections]
    problems = []
    for doc in documents:
        found = [m for selection, rules in compiled if (m := doubted_membership(doc, selection, rules)) is not None]
        if not found:
            continue
        fields = tuple(dict.fromkeys(field for m in found for field in m.fields))
        kept, left = [m.site for m in found if m.kept], [m.site for m in found if not m.kept]
        sites = "; ".join(part for part in (f"đăng ở trang {', '.join(kept)}" if kept else "",
                                            f"không đăng ở trang {', '.join(left)}" if left else "") if part)
        problems.append(Problem(doc.source, doc.line_of(fields[0]), fields[0],
                                f"{_names(fields)} do máy đọc khi nhập, chưa được đối chiếu với bản gốc, quyết định trang "
                                f"nào đăng văn bản này: {sites}", _fix(fields), Severity.WARNING))
    return problems
