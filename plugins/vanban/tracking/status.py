"""Who has done what: each task's status as of a day, and the documents that fulfil it.

A task is ``done`` when the corpus holds a document by its unit (or the unit's successor)
that implements the assigning document, or a report ("Báo cáo") on it; ``late`` when that
document is dated after the due date; ``overdue`` when nothing fulfils it and the due date
has passed; ``open`` when its due date is ahead; ``no_due`` when nothing fulfils it and no due is
written; ``not_followed`` for a one-off act over a period asked of the public, which no document
answers (the words and why: :mod:`.wording`). A periodic duty becomes one task per due date of the
reporting calendar; each dated report counts for the due date nearest to it.

The caller passes, per document, only the documents that point at it (edges indexed by
target), so the cost is linear in documents plus edges.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vanban.deadlines import Deadline
from vanban.documents import Document

from . import patterns as p
from .reporting import ReportingCalendar, occurrences, periods_of, rule_label, yearly_occurrences
from .tasks import Assignment, addressees, assignments, due_of, section_span
from .units import Match, Registry, Unit
from .wording import STATUS_LABELS as STATUS_LABELS
from .wording import STATUSES as STATUSES
from .wording import period_act


@dataclass(frozen=True, slots=True)  # slots: one per task, thousands held to the end of a build
class Task:
    """One unit's duty from one document, with its status."""

    document: str
    unit: str  # the unit's configured name, or the phrase as written
    unit_id: str | None
    text: str
    due: dt.date | None
    start: dt.date | None  # first day of a period ("từ 01/5 đến 31/12/2025")
    recurring: str | None  # "6 tháng, hằng năm" for a periodic duty
    phrase: str  # the deadline as written ("trước ngày 28/3/2025"), "" when none
    status: str
    fulfilled_by: tuple[str, ...]
    lag_days: int | None
    line: int
    group: str | None = None  # the group phrase it came from ("UBND 25 phường, xã")
    successor: str | None = None  # the successor body whose document fulfilled it

    def record(self) -> dict[str, Any]:
        """The task in /data/tracking.json and in its document's index.json (the schema of issue 15)."""
        return {"document": self.document, "unit": self.unit, "unit_id": self.unit_id, "text": self.text,
                "due": self.due.isoformat() if self.due else None, "recurring": self.recurring,
                "status": self.status, "fulfilled_by": list(self.fulfilled_by), "lag_days": self.lag_days,
                "line": self.line}


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A recipient or task unit that matches no configured unit (a warning for the editor)."""

    document: str
    source: str
    line: int
    written: str
    where: str  # "nơi nhận" | "kính gửi" | "nhiệm vụ"


@dataclass(frozen=True, slots=True)
class DocumentTracking:
    document: str
    tasks: tuple[Task, ...]
    addressed: tuple[Match, ...]
    start_note: str = ""  # why periodic dates start where they do, when the document is undated

    def count(self, status: str) -> int:
        return sum(t.status == status for t in self.tasks)


@dataclass(frozen=True)
class Tracking:
    as_of: dt.date
    documents: Mapping[str, DocumentTracking]
    unmatched: tuple[Unmatched, ...]
    reporting_source: str | None


def _date(doc: Document) -> dt.date | None:
    return doc.date.to_date() if doc.date else None


class _Fulfilment:
    """The documents that point at one assigning document, grouped by the body that issued them."""

    def __init__(self, registry: Registry, fulfilling: Sequence[Document]) -> None:
        self.registry = registry
        self.by_issuer: dict[str, list[Document]] = {}
        for f in fulfilling:
            self.by_issuer.setdefault(registry.canonical(f.issuer), []).append(f)

    def of(self, key: str) -> tuple[list[Document], str | None]:
        """Documents by *key*'s body, or else by its successors (then the successor's name): a successor's only from
        the day it took over (Phú Thọ's plan of 2024 is not Vĩnh Phúc's, which it became on 1/7/2025)."""
        own = self.by_issuer.get(key, [])
        if own:
            return own, None
        for heir, since in self.registry.heirs(key):
            docs = [d for d in self.by_issuer.get(heir, ()) if since is None or (_date(d) or dt.date.min) >= since]
            if docs:
                return docs, self.registry.label(heir)
        return [], None


def _lag(doc: Document, other: Document) -> int | None:
    a, b = _date(doc), _date(other)
    return (b - a).days if a and b else None


def _single(doc: Document, docs: list[Document], due: dt.date | None, as_of: dt.date) -> tuple[str, list[Document]]:
    if docs:
        first = docs[0]
        when = _date(first)
        return ("late" if due and when and when > due else "done"), docs
    return ("overdue" if due < as_of else "open") if due else "no_due", []


def _periodic(docs: list[Document], dates: list[dt.date], after: dt.date,
              as_of: dt.date) -> list[tuple[str, list[Document]]]:
    """(status, fulfilling documents) per due date: each dated report counts for the due date nearest
    to it (the later one on a tie), so one report never fills two periods."""
    assigned: dict[int, list[Document]] = {}
    for doc in docs:
        when = _date(doc)
        if when is None or when <= after:
            continue
        best = min(range(len(dates)), key=lambda i: (abs((dates[i] - when).days), -i))
        assigned.setdefault(best, []).append(doc)
    out = []
    for i, due in enumerate(dates):
        by = assigned.get(i, [])
        if by:
            out.append(("done" if any((_date(x) or due) <= due for x in by) else "late", by))
        else:
            out.append(("overdue" if due < as_of else "open", []))
    return out


def _sorted(docs: Iterable[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (_date(d) or dt.date.max, d.id))


def _once(tasks: list[Task]) -> list[Task]:
    """A unit named again without a deadline ("đề nghị A, B … triển khai" after A's dated item) adds no row."""
    keys = [p.row_key(t.unit) for t in tasks]
    dated = {key for t, key in zip(tasks, keys, strict=True) if t.due or t.recurring}
    seen: set[str] = set()
    out = []
    for t, key in zip(tasks, keys, strict=True):
        if not (t.due or t.recurring) and (key in dated or key in seen):
            continue
        seen.add(key)
        out.append(t)
    return out


class Tracker:
    """Evaluates every document's tasks against one registry, calendar and day."""

    def __init__(self, registry: Registry, reporting: ReportingCalendar | None, as_of: dt.date) -> None:
        self.registry, self.reporting, self.as_of = registry, reporting, as_of

    def targets(self, match: Match) -> list[tuple[str, Unit | None]]:
        """(shown name, unit) per member of a match; an unmatched phrase is one row as written."""
        if match.units:
            return [(u.name, u) for u in match.units]
        return [(match.written, None)]

    def document(self, doc: Document, found: Sequence[Deadline], fulfilling: Sequence[Document],
                 start_hint: dt.date | None = None,
                 stated: Sequence[Assignment] | None = None) -> tuple[DocumentTracking, list[Unmatched]]:
        """The tracking of one held document; *fulfilling* are the held documents that implement it
        or report on it, *start_hint* the newest date of what it implements (for an undated one);
        *stated*: its assignments when already read (by the analysis stage), else read here."""
        fulfil = _Fulfilment(self.registry, _sorted(fulfilling))
        tasks: list[Task] = []
        unmatched: list[Unmatched] = []
        start = _date(doc) or start_hint
        note = "" if _date(doc) or not start_hint else (
            f"Văn bản không ghi ngày ban hành: các kỳ báo cáo được tính từ sau ngày {start_hint:%d/%m/%Y}, "
            "ngày của văn bản mới nhất mà nó thực hiện.")
        # Group phrases ("UBND các xã, phường") stand for this portal's units only in documents of a body it follows;
        # a doubted issuer (unverified: issuer) is no such body: its guess would hand the portal's units tasks.
        writer = None if doc.issuer_doubted else self.registry.unit(doc.issuer)
        own = writer is not None
        section: range | None = None
        for a in assignments(doc.body, found, doc.body_line - 1) if stated is None else stated:
            if self.registry:  # a configured name bounds the phrase (:meth:`.units.Registry.bound`)
                head, text = self.registry.bound(a.head, a.text)
                if head != a.head:
                    a = dataclasses.replace(a, head=head, text=text or a.text)
            if p.names_writer(a.head, doc.issuer) or (own and self.registry.unit(a.head) == writer):
                # the writer announcing or doing is no assignee of its own document, unless its plan lists it
                section = section_span(doc.body, doc.body_line - 1) if section is None else section
                if a.line not in section:
                    continue
            for match in self.registry.resolve(a.head, own, _date(doc)):
                if not match.matched:
                    unmatched.append(Unmatched(doc.id, doc.source, a.line, match.written, "nhiệm vụ"))
                for name, unit in self.targets(match):
                    tasks.extend(self._tasks(doc, a, name, unit, match, fulfil, start))
        tasks = _once(tasks)
        addressed: list[Match] = []
        recipients = [(r, doc.line_of("recipients") + i + 1, "nơi nhận") for i, r in enumerate(doc.recipients)]
        recipients += [(r, doc.body_line, "kính gửi") for r in addressees(doc.body)]
        for written, line, where in recipients:
            if p.NOT_A_RECIPIENT.match(p.display(written)):
                continue
            for match in self.registry.resolve(written, own, _date(doc)):
                addressed.append(match)
                if not match.matched:
                    unmatched.append(Unmatched(doc.id, doc.source, line, match.written, where))
        # Unmatched names are worth a warning only in documents of this portal: by a body it follows, or
        # giving one of its units a task (a copy "để biết" to one of them does not make a letter its own).
        in_scope = own or any(t.unit_id for t in tasks)
        kept = [u for u in unmatched if in_scope and not self.registry.is_ignored(u.written)]
        periodic = any(t.recurring and t.due for t in tasks)
        return DocumentTracking(doc.id, tuple(tasks), tuple(addressed), note if periodic else ""), kept

    def _tasks(self, doc: Document, a: Assignment, name: str, unit: Unit | None, match: Match,
               fulfil: _Fulfilment, start: dt.date | None) -> list[Task]:
        key = self.registry.canonical(unit.name if unit else name)
        docs, heir = fulfil.of(key)
        d = a.deadline
        group = match.written if match.group else None
        unit_id, phrase = (unit.id if unit else None), (d.text if d else "")

        def made(status: str, by: list[Document], due: dt.date | None = None, first: dt.date | None = None,
                 recurring: str | None = None) -> Task:
            return Task(document=doc.id, unit=name, unit_id=unit_id, text=a.text, due=due, start=first,
                        recurring=recurring, phrase=phrase, status=status, fulfilled_by=tuple(x.id for x in by),
                        lag_days=_lag(doc, by[0]) if by else None, line=a.line, group=group,
                        successor=heir if by else None)
        if d is not None and d.kind in ("periodic", "recurring_yearly"):
            if d.kind == "periodic":
                periods = periods_of(d.text)
                rule = rule_label(periods) or d.text
                dates = occurrences(self.reporting, periods, start) if self.reporting and start else []
            else:
                month, day = d.month_day or (1, 1)
                rule = f"hằng năm ({day:02d}/{month:02d})"
                horizon = self.reporting.horizon_months if self.reporting else 12
                dates = [(x, "yearly") for x in yearly_occurrences(d.month_day, start, horizon)] \
                    if d.month_day and start else []
            if not dates:
                status, by = _single(doc, docs, None, self.as_of)
                return [made(status, by, recurring=rule)]
            days = [when for when, _period in dates]
            results = _periodic(docs, days, start or dt.date.min, self.as_of)
            return [made(status, by, due=when, recurring=rule) for when, (status, by) in zip(days, results, strict=True)]
        first, due = due_of(d)
        status, by = _single(doc, docs, due, self.as_of)
        if status in ("open", "overdue") and period_act(a.text, phrase, first):
            status = "not_followed"
        return [made(status, by, due=due, first=first)]


Tracked = tuple[DocumentTracking, tuple[Unmatched, ...]]
Remember = Callable[[Document, object, Callable[[], Tracked]], Tracked]


def _tracked(tracker: Tracker, doc: Document, found: Sequence[Deadline], fulfilling: Sequence[Document],
             hint: dt.date | None, stated: Sequence[Assignment] | None) -> Tracked:
    result, missing = tracker.document(doc, found, fulfilling, hint, stated)
    return result, tuple(missing)


def track(documents: Iterable[Document], deadlines: Mapping[str, Sequence[Deadline]],
          fulfilling: Callable[[str], Sequence[Document]], start_hint: Callable[[str], dt.date | None],
          registry: Registry, reporting: ReportingCalendar | None, as_of: dt.date,
          stated: Mapping[str, Sequence[Assignment]] | None = None, remember: Remember | None = None) -> Tracking:
    """The tracking of every held document (only those with tasks or matched recipients are kept);
    *stated*: each document's assignments as the analysis stage read them (else read here);
    *remember*: (document, what else its tracking reads besides *registry*, *reporting* and *as_of*: the
    documents fulfilling it and its start hint, make) → its tracking, made or kept from an earlier build."""
    tracker = Tracker(registry, reporting, as_of)
    out: dict[str, DocumentTracking] = {}
    unmatched: list[Unmatched] = []
    for doc in documents:
        if not doc.held:
            continue
        fulfilled, hint = fulfilling(doc.id), start_hint(doc.id) if doc.date is None else None
        make = functools.partial(_tracked, tracker, doc, deadlines.get(doc.id, ()), fulfilled, hint,
                                 stated.get(doc.id) if stated is not None else None)
        result, missing = make() if remember is None else remember(doc, (tuple(fulfilled), hint), make)
        unmatched.extend(missing)
        if result.tasks or any(m.matched for m in result.addressed):
            out[doc.id] = result
    return Tracking(as_of, out, tuple(unmatched), reporting.source if reporting else None)
