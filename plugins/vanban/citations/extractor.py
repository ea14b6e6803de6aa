"""The pipeline: working copy → cores → tails → aliases and nesting → relations → merged citations.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..text import nfc
from .clauses import line_starts
from .entities import decode
from .forms import blank_form
from .lead_presented import own_lead_title
from .merging import merge
from .misspelt import respell
from .model import (
    IMPLEMENTS,
    MENTIONS,
    Citation,
    Core,
    Extraction,
    InferredEdge,
    NumberParts,
    Occurrence,
    OwnNumber,
    Page,
)
from .nesting import ALIAS, nest
from .news import event_report
from .ownvoice import FULL_TEXT_SOURCES
from .relations import WHOLE, relate
from .scanning import Matcher, find_cores, master_matches
from .settledness import settle
from .spelling import canonical_number, number_key, parse_canonical
from .tails import fill_tails
from .vocabulary import type_from_code, working_copy


@dataclass(frozen=True)
class Stages:
    """The stages that have a fast path; :mod:`vanban.citations.reference` has their plain versions."""

    matches: Matcher = master_matches
    relate: Callable[[str, list[Core], set[int], Page], None] = relate
    respell: Callable[[str], str] = respell
    # the learned relation model stacked on the rules (relation_model.restack: the text, the rules' result, the page's
    # own type and whether it has an own number); None: the rules decide alone
    restack: Callable[[str, Extraction, str | None, bool], Extraction] | None = None
    # whether the text settles each relation (settledness.settle: the same arguments, and the numbers the title makes
    # implement); None: every relation is settled
    settle: Callable[[str, Extraction, str | None, bool, frozenset[str]], Extraction] | None = settle


FAST = Stages()


def analyse(
    text: str, *, own_keys: frozenset[str], whole_is_title: bool, stages: Stages = FAST
) -> tuple[str, list[Core]]:
    """The working copy of *text* and its cores with their tails, aliases and nesting.

    A title's top-level cores implement; a body's relations wait for :func:`relate`, which
    needs the cores grouped.
    """
    w = stages.respell(working_copy(text))
    cores = find_cores(w, text, own_keys, stages.matches)
    if not cores:
        return w, []
    fill_tails(w, text, cores)
    alias_regions: list[tuple[int, int]] = []
    for m in ALIAS.finditer(w):
        close = w.find(")", m.end(), m.end() + 300)
        alias_regions.append((m.start(), close if close >= 0 else min(len(w), m.end() + 300)))
    k = 0
    for core in cores:
        while k < len(alias_regions) and alias_regions[k][1] <= core.start:
            k += 1
        if k < len(alias_regions) and alias_regions[k][0] <= core.start < alias_regions[k][1]:
            core.alias = True
            core.desc_start = -1
    nest(w, cores)
    for before, core in itertools.pairwise(cores):
        core.prev_end = before.end
    if whole_is_title:  # its lines (set to 0 by the caller), clauses, sections and title regions do not matter
        for core in cores:
            if not core.alias and core.parent is None:
                core.in_title = True
                core.implements = True
    return w, cores


def shortened(key: str) -> list[str]:
    """*key* and its forms with the issuer part cut short at a "-" ("471/kh-mttw-btt" → "471/kh-mttw",
    "471/kh"): a copy that lost the rest of the page's own number ("số: 471 /kh-mttw-btt" in lower case,
    "Quyết định 1124/qđ") names the page itself, not another document."""
    serial, slash, code = key.partition("/")
    if not slash or not serial[:1].isdigit() or "/" in code or "-" in serial:
        return [key]
    return [key, *(f"{serial}/{code[:at]}" for at, char in enumerate(code) if char == "-")]


_CODE_AFTER = re.compile(r"\d{1,6}[a-z]?[-/](?:\d{4}/)?")
# A code with more separators than this is written as it is (its variants would grow as 2 ** separators)
RESPELLED_SEPARATORS = 4


def respellings(key: str) -> list[str]:
    """*key* and its spellings with the code's separators "-" and "/" swapped ("197/2005/qd-bnn-kl" →
    "197/2005/qd/bnn-kl", …): the page's own number written otherwise further down ("(Ban hành kèm theo Quyết định
    số: 197/2005/QĐ/BNN-KL …)" under the header's "Số: 197/2005/QĐ-BNN-KL") is the page itself, never a citation."""
    head = _CODE_AFTER.match(key)
    if head is None:
        return [key]
    code = key[head.end() :]
    seps = [at for at, char in enumerate(code) if char in "-/"]
    if not seps or len(seps) > RESPELLED_SEPARATORS:
        return [key]
    variants = []
    for mask in range(2 ** len(seps)):
        chars = list(code)
        for bit, at in enumerate(seps):
            chars[at] = "/" if mask >> bit & 1 else "-"
        variants.append(key[: head.end()] + "".join(chars))
    return [key, *(v for v in variants if v != key)]


def extract(
    text: str,
    *,
    own_number: str | None = None,
    title: str | None = None,
    line_offset: int = 0,
    find_own: bool = False,
) -> Extraction:
    """Every citation in *text* (and *title*), merged per cited document.

    *own_number* is the document's own number (front matter); without it and with *find_own*,
    the text's opening is searched for it (:func:`vanban.citations.identity.find_own`: raw text).
    The own number is never a citation, and is reported as ``Extraction.own``.

    No safety net: an exception here is a bug to report, not a silently missing link (the property
    tests run it on arbitrary text).
    """
    return run(text, own_number=own_number, title=title, line_offset=line_offset, find_own=find_own)


# A label is at most this long
LABEL_CHARS = 300


def is_label(w: str) -> bool:
    """Whether the whole text is a label, not a document: one short line in lower case without a sentence's end
    ("thực hiện Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của HĐND T", a news site's tag).  A page with no own
    number that only names a document carries nothing out: its cue is the tag's wording."""
    label = w.strip()
    return (
        0 < len(label) <= LABEL_CHARS and "\n" not in label and label[0].islower() and label[-1] not in ".!?…;:"
    )


# A page that is the document's own text (:mod:`.ownvoice`)
FULL_TEXT = Page(full_text=True)


def title_line(w: str, line: int) -> tuple[int, int]:
    """The span of the 1-based *line* of *w*: a page title that named the own number."""
    start = 0
    for _ in range(line - 1):
        start = w.find("\n", start) + 1
        if start == 0:
            return (0, 0)
    end = w.find("\n", start)
    return (start, end if end >= 0 else len(w))


# What may stand after a number the copy's end cut: the code's dash or slash, blanks, an ellipsis
_CUT_TAIL = " \t\n-/.…"


def cut_at_end(w: str, cores: list[Core]) -> None:
    """A number the copy's end cuts short ("… và Thông tư 05/2022/TT-" where a ~2,000-character copy stops) is the
    whole number the text wrote before with the same start ("05/2022/TT-BNV"): read as that one, not as another document.
    Numbers elsewhere are as they are."""
    last = len(w.rstrip(_CUT_TAIL))  # where the copy's text ends: one pass, not one slice a core
    for core in cores:
        if core.bare or core.end < last:
            continue
        key = number_key(core.number)
        whole = next(
            (
                other.number
                for other in cores
                if other is not core
                and (other_key := number_key(other.number)).startswith(key)
                and other_key[len(key) : len(key) + 1] in {"-", "/"}
            ),
            None,
        )
        if whole is not None:
            core.number = whole


def run(
    text: str,
    *,
    own_number: str | None,
    title: str | None,
    line_offset: int,
    stages: Stages = FAST,
    find_own: bool = False,
) -> Extraction:
    source = nfc(text or "")  # the text the occurrences' offsets point into
    decoded = decode(source)  # "20-QĐ&#x002F;TW" in a saved page source: offsets mapped back below
    text = decoded.text
    own: OwnNumber | None = None
    if own_number and own_number.strip():
        own = OwnNumber(canonical_number(own_number), 0, "front matter")
    elif find_own:
        # imported here: only `vanban refs` looks for the number in the text; a build reads it from the
        # front matter and so never compiles identity's 21 patterns (about 0.05 s of its start-up)
        from . import identity

        own = identity.find_own(text)
        if own is not None:
            own = replace(own, line=own.line + line_offset)
            own_number = own.number
    own_key: str | None = None
    own_parts: NumberParts | None = None
    if own_number and own_number.strip():
        canonical = canonical_number(own_number)  # number_key and parse_number both start from it
        own_key = number_key(canonical)
        own_parts = parse_canonical(canonical) if own_key else None
    own_type = type_from_code(own_parts.type_code, own_parts.system) if own_parts else None
    if own_type is None and own is not None:
        own_type = own.type  # "Chỉ thị số 17" in a lead: a bare number with its type word
    own_keys = frozenset(
        short
        for n in ([own_key] if own_key else []) + list(own.aliases if own else ())
        for respelled in respellings(number_key(n))
        for short in shortened(respelled)
    )
    title_cores: list[Core] = []
    if title:
        title_cores = [c for c in analyse(decode(nfc(title)).text, own_keys=own_keys, whole_is_title=True, stages=stages)[1] if c.number]
    w, found = analyse(text, own_keys=own_keys, whole_is_title=False, stages=stages)
    body_cores = [c for c in found if c.number]
    all_cores = title_cores + body_cores
    cut_at_end(w, body_cores)
    groups = merge(all_cores, own_parts, (own_type, own.type if own is not None else None))
    if found:
        # a page with no own number: what it says a body issued is reported, a meeting narrated (cues)
        has_own = own_key is not None or bool(own_keys)
        page = WHOLE if has_own else Page(own=False, meeting=event_report(w))
        if own is not None and own.source == "title":
            page = Page(title=title_line(text, own.line - line_offset))
        elif own is not None and own.source == "lead":  # "… vừa ký Văn bản số 3766 về việc triển khai thực hiện …"
            span = own_lead_title(w, own, *title_line(w, own.line - line_offset))
            if span[1] and all(c.start > span[0] for c in body_cores):  # the first document the page names
                page = Page(title=span)
        elif own is not None and own.source in FULL_TEXT_SOURCES:
            page = FULL_TEXT  # the document's own text: its issuer speaks (ownvoice)
        stages.relate(w, found, {c.group for c in title_cores if c.implements}, page)
        if w.count("\n") != text.count("\n"):  # block tags read as line breaks (vocabulary.BLOCK_TAGS)
            text_lines = line_starts(text.split("\n"))
            for core in found:
                core.line = bisect.bisect_right(text_lines, core.start)
        if not has_own and (is_label(w) or blank_form(w)):  # a tag's wording; a form's bases (forms.py)
            for core in found:
                core.implements = False
    for core in body_cores:
        core.line += line_offset
    for core in title_cores:
        core.line = 0

    citations: list[Citation] = []
    position = {id(c): i for i, c in enumerate(all_cores)}
    title_ids = {id(c) for c in title_cores}
    # merge lists each group's cores in document order, so a group's first core is its earliest
    ordered = sorted((group for group in groups if group.cores), key=lambda group: position[id(group.cores[0])])
    for group in ordered:
        cs = group.cores
        full = [c for c in cs if not c.bare]
        attrs = full or cs  # a short form's tail describes the full form only when there is none
        written = [c.type_name for c in full if c.written and c.type_name] + [
            c.type_name for c in cs if c.type_name
        ]
        type_name = written[0] if written else next((c.inferred_type for c in cs if c.inferred_type), None)
        body = [c for c in cs if id(c) not in title_ids]
        ordered_body = sorted(body, key=lambda c: c.start)
        occurrences = (
            tuple(Occurrence(decoded.original(c.start), decoded.original(c.end, end=True), c.line) for c in ordered_body)
            if decoded.new_starts
            else tuple(Occurrence(c.start, c.end, c.line) for c in ordered_body)
        )
        citations.append(
            Citation(
                type=type_name,
                number=group.number,
                date=next((c.date for c in attrs if c.date is not None), None),
                issuer=next((c.issuer for c in attrs if c.issuer), None),
                subject=next((c.subject for c in attrs if c.subject), None),
                relation=group_relation(cs),
                line=occurrences[0].line if occurrences else 0,
                occurrences=occurrences,
                year=None if any(c.date for c in attrs) else next((c.year for c in attrs if c.year), None),
                replaced=group_relation(cs) == MENTIONS and any(c.replaced for c in cs),
            )
        )

    edges: list[InferredEdge] = []
    edge_index: dict[tuple[int, int], int] = {}
    for part in (title_cores, body_cores):
        for core in part:
            if core.parent is None or core.group < 0:
                continue
            outer = core.parent
            if outer is None or outer.group < 0 or outer.group == core.group:
                continue
            pair = (outer.group, core.group)
            if pair in edge_index:
                if core.edge_relation == IMPLEMENTS:
                    e = edges[edge_index[pair]]
                    edges[edge_index[pair]] = InferredEdge(e.source, e.target, IMPLEMENTS)
                continue
            edge_index[pair] = len(edges)
            edges.append(InferredEdge(groups[outer.group].number, groups[core.group].number, core.edge_relation))
    extraction = Extraction(tuple(citations), tuple(edges), own)
    if stages.restack is not None and citations:
        extraction = stages.restack(source, extraction, own_type, own_key is not None or bool(own_keys))
    if stages.settle is not None and citations:
        # a document named in the title is carried out (README: "in the document's own title ⇒ implements"): settled,
        # whatever the words around its first place in the body, which are all the model reads; so is one listed under
        # a basis heading or in a preamble's "Căn cứ" (README: "in a heading's list ⇒ implements"; over every spent set
        # 899 of 900 read there are right, the one wrong already settled: the model's doubt there only hid right ones)
        titled = frozenset(groups[c.group].number for c in title_cores if c.implements and c.group >= 0)
        titled |= frozenset(groups[c.group].number for c in body_cores if c.in_basis and c.group >= 0)
        extraction = stages.settle(source, extraction, own_type, own_key is not None or bool(own_keys), titled)
    return extraction


def group_relation(cores: list[Core]) -> str:
    """A cited document implements when one of its cores does, unless its first top-level core names
    it as a proposal ("Xét đề nghị của Chính phủ tại Tờ trình … và Đề án số 360/ĐA-CP"): a later
    "Trên cơ sở Đề án số 360/ĐA-CP" in the body rests on the same proposal, still a mention."""
    first = min((c for c in cores if not c.alias and c.parent is None), key=lambda c: c.start, default=None)
    if first is not None and first.proposal:
        return MENTIONS
    return IMPLEMENTS if any(c.implements for c in cores) else MENTIONS
