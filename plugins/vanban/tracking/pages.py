"""Tracking on the site: the "Tình hình triển khai" panel, /theo-doi/, /don-vi/ and /data/tracking.json.

Two build steps: :func:`compute` takes what earlier stages returned (the deadlines of each
document, the graph's edges by target) and hands them to :func:`vanban.tracking.track` as
plain arguments; :func:`contribute` then makes every page and file from that frozen result in
one pass over the tasks (after the portal identity exists, for the per-unit feeds).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vanban.analysis import Analyses
from vanban.cache import DiskCache
from vanban.calendar import CalendarEntry, assemble, cached_blocks, unchecked
from vanban.deadlines import Deadline
from vanban.documents import Document
from vanban.feeds import atom, newest_first
from vanban.fingerprint import Fingerprinter, Unfingerprintable
from vanban.graph import Graph
from vanban.opendata import dumps
from vanban.portal import Portal
from vanban.problems import Problem, Severity
from vanban.site import PageSpec, SiteModel
from vanban.stage_memo import DocumentMemo

from .config import TrackingSettings
from .status import STATUS_LABELS, DocumentTracking, Remember, Task, Tracked, Tracking, Unmatched, track
from .summary import LEVEL_LABELS, counts_of, summary_pages, vn
from .units import Registry, Unit
from .wording import STATUS_MARKS

TRACKING_JSON = "data/tracking.json"
JSON_BATCH = 64  # task records dumped at a time into /data/tracking.json (:func:`tracking_json`)


def task_record(task: Task) -> dict[str, Any]:
    """A task in /data/tracking.json and in the document's index.json (the schema of issue 15)."""
    return task.record()


@dataclass(frozen=True, slots=True)
class Row:
    """One task as a row of a panel or a unit page (partials/task_rows.html). Frozen and made once per
    task: the page keys (vanban.fingerprint) digest it once, though the document's panel and the unit's
    page both show it."""

    unit: str
    unit_url: str | None
    text: str
    due: str
    due_iso: str
    start: str
    recurring: str | None
    phrase: str
    line: int
    status: str
    status_label: str
    mark: str
    fulfilled: tuple[Document, ...]  # the template reads url, label and date: no dict a row
    lag_days: int | None
    group: str | None
    successor: str | None
    document: Document | None

    def __getitem__(self, key: str) -> Any:  # read as the mapping it replaces (row["unit"])
        return getattr(self, key)


@dataclass(frozen=True)
class SiteTracking:
    """The tracking stage's result: every document's tasks and statuses, and the registry they used."""

    tracking: Tracking
    registry: Registry


def _inputs(graph: Graph) -> tuple[Any, Any]:
    def fulfilling(doc_id: str) -> list[Document]:
        found = {e.source: graph.documents[e.source] for e in graph.sources(doc_id, "implements")}
        for e in graph.sources(doc_id, "mentions"):  # a report on the document also fulfils it
            other = graph.documents[e.source]
            if other.type == "Báo cáo":
                found.setdefault(e.source, other)
        return [d for d in found.values() if d.held and d.id != doc_id]

    def start_hint(doc_id: str) -> dt.date | None:
        dates = [d for d in (graph.documents[e.target].date for e in graph.targets(doc_id, "implements")) if d]
        days = [x for x in (d.to_date() for d in dates) if x]
        return max(days) if days else None

    return fulfilling, start_hint


def compute(site: SiteModel, settings: TrackingSettings, analyses: Analyses, graph: Graph,
            fingerprinter: Fingerprinter | None = None) -> SiteTracking:
    """The tracking of the site's held documents (edges read by target only: linear). Given the build's
    *fingerprinter* and a build cache, a document's tracking is kept from the last build while it, the
    documents fulfilling it, the settings and the day are unchanged (vanban.stage_memo: 0.2 s of CPU of
    every warm and edit build at 1,000 documents went to tracking every document again)."""
    registry = settings.registry()
    deadlines: dict[str, Sequence[Deadline]] = {k: a.deadlines for k, a in analyses.by_id.items()}
    stated = {k: a.tasks for k, a in analyses.by_id.items()}  # read in the analysis stage (workers, cache)
    fulfilling, start_hint = _inputs(graph)
    held = [d for d in site.documents.values() if d.held]
    day = settings.day(site.config.build_date)
    memo: DocumentMemo[Tracked] | None = None
    remember: Remember | None = None
    if fingerprinter is not None and site.config.cache_dir:
        try:
            context = fingerprinter.digest((settings, day))
        except Unfingerprintable:  # a setting of a kind the digest does not know: every document tracked
            context = None
        if context is not None:
            memo = DocumentMemo(site.config.cache_dir, "tracking", fingerprinter, _tracked)
            remember = functools.partial(_remembered, memo, context)
    tracked = track(held, deadlines, fulfilling, start_hint, registry, settings.reporting, day, stated, remember)
    if memo is not None:
        memo.save()
    return SiteTracking(tracked, registry)


def _remembered(memo: DocumentMemo[Tracked], context: bytes, doc: Document, also: object,
                make: Callable[[], Tracked]) -> Tracked:
    return memo.get(doc, make, (context, also))


def _tracked(value: object) -> bool:
    """Whether a stored value is a document's tracking as :func:`track` makes it."""
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], DocumentTracking)
            and isinstance(value[1], tuple) and all(isinstance(u, Unmatched) for u in value[1]))


def _row(task: Task, site: SiteModel, made: dict[int, Row]) -> Row:
    found = made.get(id(task))
    if found is not None:
        return found
    fulfilled = [site.documents[i] for i in task.fulfilled_by if i in site.documents]
    row = made[id(task)] = Row(
        unit=task.unit, unit_url=f"don-vi/{task.unit_id}/" if task.unit_id else None,
        text=task.text, due=vn(task.due), due_iso=task.due.isoformat() if task.due else "",
        start=vn(task.start), recurring=task.recurring, phrase=task.phrase, line=task.line,
        status=task.status, status_label=STATUS_LABELS[task.status], mark=STATUS_MARKS[task.status],
        fulfilled=tuple(fulfilled),
        lag_days=task.lag_days, group=task.group, successor=task.successor,
        document=site.documents.get(task.document),
    )
    return row


def _recheck(as_of: dt.date) -> dict[str, str]:
    """What assets/vanban/tracking.js needs to re-read open/overdue rows against the reader's date."""
    return {"as_of": as_of.isoformat(), "open": STATUS_LABELS["open"], "overdue": STATUS_LABELS["overdue"],
            "mark_open": STATUS_MARKS["open"], "mark_overdue": STATUS_MARKS["overdue"]}


def _live(rows: Sequence[Row], recheck: dict[str, str]) -> dict[str, str] | None:
    """*recheck* when one of *rows* could change with the reader's date (open or overdue, with a due
    date), else None: the partial then adds no re-check script (decided here, not by a template filter)."""
    return recheck if any(r.due_iso and r.status in ("open", "overdue") for r in rows) else None


@dataclass(frozen=True, slots=True)
class Panel:
    """A document page's "Tình hình triển khai" (partials/tracking.html): one per document with tasks or an
    heir, kept to the end of the build, so slots rather than a dict of nine keys (1.7 MB at 5,000 documents)."""

    as_of: str
    recheck: dict[str, str] | None
    reporting_source: str | None
    heirs: tuple[dict[str, str], ...]
    groups: tuple[dict[str, Any], ...]
    rows: tuple[Row, ...]
    counts: dict[str, int] | None
    note: str

    def __getitem__(self, key: str) -> Any:  # read as the mapping it replaces (panel["rows"])
        return getattr(self, key)


def _panel(site: SiteModel, registry: Registry, tracking: Tracking, doc: Document,
           made: dict[int, Row], recheck: dict[str, str]) -> Panel | None:
    result = tracking.documents.get(doc.id)
    # the bodies that took over from its issuer: none for a doubted issuer (a guess's successors are guesses too)
    heirs = () if doc.issuer_doubted else tuple(
        {"name": registry.label(k), "date": vn(d)} for k, d in registry.heirs(registry.canonical(doc.issuer)))
    if result is None and not heirs:
        return None
    groups = []
    if result is not None:
        for m in result.addressed:
            if m.group and m.stated_count and m.stated_count != len(m.units):
                groups.append({"written": m.written, "stated": m.stated_count, "followed": len(m.units)})
    rows = tuple(_row(t, site, made) for t in result.tasks) if result else ()
    return Panel(as_of=vn(tracking.as_of), recheck=_live(rows, recheck), reporting_source=tracking.reporting_source,
                 heirs=heirs, groups=tuple(groups), rows=rows, counts=counts_of(result.tasks) if result else None,
                 note=result.start_note if result else "")


def _unit_pages(site: SiteModel, registry: Registry, tracking: Tracking, portal: Portal,
                made: dict[int, Row], recheck: dict[str, str]) -> None:
    addressed: dict[str, set[str]] = defaultdict(set)
    tasks: dict[str, list[Task]] = defaultdict(list)
    for doc_id, result in tracking.documents.items():
        for m in result.addressed:
            for u in m.units:
                addressed[u.id].add(doc_id)
        for t in result.tasks:
            if t.unit_id:
                tasks[t.unit_id].append(t)
                addressed[t.unit_id].add(doc_id)
    entries: list[tuple[Unit, dict[str, Any]]] = []
    # A unit's events, serialised by icalendar, kept by what they are made of (calendar.cached_blocks): a warm or
    # edit build serialises only the events of the units whose tasks changed (0.3 s of CPU of an edit build's
    # parent at 5,000 synthetic documents, every build; a namespace of their own, compacted apart).
    events = DiskCache(Path(site.config.cache_dir), "unit-events") if site.config.cache_dir else None
    kept: list[str] = []
    for unit in registry.units:
        mine = sorted(tasks.get(unit.id, []), key=lambda t: (t.due or dt.date.max, t.document, t.line))
        docs = newest_first([site.documents[i] for i in addressed.get(unit.id, ())])
        base = f"don-vi/{unit.id}/"
        heirs = [{"name": registry.label(k), "date": vn(d)} for k, d in registry.heirs(registry.canonical(unit.name))]
        preds = [{"name": registry.label(k), "date": vn(d)}
                 for k, d in registry.predecessors.get(registry.canonical(unit.name), ())]
        parent = registry.by_id.get(unit.parent) if unit.parent else None
        counts = counts_of(mine)
        rows = [_row(t, site, made) for t in mine]
        site.add_page(PageSpec(
            path=base, template="vanban/unit.html", title=f"{unit.name} — văn bản gửi đến và nhiệm vụ",
            description=f"Văn bản gửi đến {unit.name}, nhiệm vụ được giao và tình hình thực hiện",
            data={"kind": "unit", "unit": unit, "level": LEVEL_LABELS[unit.level], "documents": docs,
                  "rows": rows, "counts": counts, "as_of": vn(tracking.as_of), "recheck": _live(rows, recheck),
                  "heirs": heirs, "predecessors": preds, "parent": parent,
                  "ics_url": base + "lich.ics", "feed_url": base + "feed.xml"},
        ))
        blocks = cached_blocks([_entry(t, site, portal.url(t.document + "/")) for t in mine if t.due], events,
                               "unit-events", kept)
        site.add_output(base + "lich.ics", assemble(blocks, calname=f"{unit.name} — hạn thực hiện nhiệm vụ"))
        site.add_output(base + "feed.xml", atom(portal, base + "feed.xml", f"Văn bản gửi đến {unit.name}",
                                                docs[:20], base))
        entries.append((unit, {"unit": unit, "url": base, "documents": len(docs), "counts": counts}))
    levels = []
    for level in LEVEL_LABELS:
        members = [e for u, e in entries if u.level == level]
        if members:
            levels.append({"label": LEVEL_LABELS[level], "units": members})
    if events is not None:
        events.touch(kept)
        events.compact()
    site.add_page(PageSpec(
        path="don-vi/", template="vanban/units.html", title="Đơn vị — văn bản gửi đến và nhiệm vụ",
        description="Các đơn vị được theo dõi: văn bản gửi đến, nhiệm vụ được giao, tình hình thực hiện",
        data={"kind": "units", "levels": levels, "count": len(entries), "as_of": vn(tracking.as_of)},
    ))


def _entry(task: Task, site: SiteModel, url: str) -> CalendarEntry:
    doc = site.documents[task.document]
    deadline = Deadline(kind="by_date", date=task.due, start=None, month_day=None, action=task.text,
                        actor=task.unit, text=task.phrase or (task.recurring or ""), line=task.line)
    # the document with the mark in words while its import's doubts are open, as the site's lich.ics names it
    return CalendarEntry(deadline=deadline, doc_id=doc.id, doc_label=unchecked(doc.label, doc.unverified_names),
                         url=url, doc_date=doc.date.to_date() if doc.date else None)


def contribute(site: SiteModel, result: SiteTracking, portal: Portal, issuer_group: Mapping[str, str] | None = None) -> None:
    """Panels, /theo-doi/, /don-vi/, /data/tracking.json and the tasks for each index.json; *issuer_group*: the
    group each document is listed under on /co-quan/ (:class:`vanban.listings.Listings`), /theo-doi/co-quan/'s too."""
    tracking, registry = result.tracking, result.registry
    made: dict[int, Row] = {}  # one row a task, shared by its document's panel and its unit's page
    recheck = _recheck(tracking.as_of)  # one dict shared by every panel and unit page that needs it
    for page in site.pages.values():
        doc = page.data.get("document")
        if isinstance(doc, Document) and doc.held and page.data.get("kind") == "document":
            panel = _panel(site, registry, tracking, doc, made, recheck)
            if panel is not None:
                page.data["tracking"] = panel
            found = tracking.documents.get(doc.id)
            # The Task objects themselves: opendata writes each one's record() into the document's
            # index.json and takes them out of the page's data (no template reads them).
            page.data["tasks_json"] = found.tasks if found else ()
    summary_pages(site, registry, tracking, issuer_group or {})
    _unit_pages(site, registry, tracking, portal, made, recheck)
    # Made when written (vanban.site.Outputs), from the tasks the site holds anyway: its records and bytes
    # (6 MB at 5,000 synthetic documents) are not held through the rendering. Compact, as index.json: the
    # pretty-printing encoder is pure Python and this file grows with the corpus.
    site.add_streamed_output(TRACKING_JSON, functools.partial(tracking_json, tracking))


def tracking_json(tracking: Tracking) -> Iterator[bytes]:
    """/data/tracking.json: every task, by document id then as the document states them. The bytes of
    ``dumps({"as_of": …, "tasks": [records…]}, indent=None)`` made a task at a time and written piece
    by piece (vanban.site.Streamed): the whole list of records and its text (two bytes a character
    for Vietnamese) were the build's peak at 5,000 documents (a 6.5 MB file, +22 MB while it was made). The
    records are dumped :data:`JSON_BATCH` at a time: the bytes of each are the same, ``json.dumps`` is called
    (and its encoder made) once a batch rather than once a task."""
    head = dumps({"as_of": tracking.as_of.isoformat(), "tasks": []}, indent=None).encode()
    assert head.endswith(b"[]}\n")
    yield head[:-4] + b"["
    comma = b""
    batch: list[dict[str, Any]] = []
    for i in sorted(tracking.documents):
        for task in tracking.documents[i].tasks:
            batch.append(task_record(task))
            if len(batch) == JSON_BATCH:
                yield comma + dumps(batch, indent=None)[1:-2].encode()  # the records, "," between them
                comma, batch = b",", []
    if batch:
        yield comma + dumps(batch, indent=None)[1:-2].encode()
    yield b"]}\n"


def problems(tracking: Tracking) -> list[Problem]:
    """Recipients and task units that match no configured unit, as warnings for ``vanban check``."""
    return [Problem(path=u.source, line=u.line, field=u.where,
                    message=f"“{u.written}” không khớp đơn vị nào trong units: của mkdocs.yml",
                    fix="thêm tên này vào name hoặc aliases của một đơn vị trong units:, hoặc vào units_ignore: "
                        "nếu không cần theo dõi", severity=Severity.WARNING)
            for u in tracking.unmatched]


def check(site: SiteModel, settings: TrackingSettings, analyses: Analyses, graph: Graph) -> list[Problem]:
    """What ``vanban check`` adds: unmatched units as warnings (only when the portal lists its units)."""
    if not settings.units:
        return []
    return problems(compute(site, settings, analyses, graph).tracking)
