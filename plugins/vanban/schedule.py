"""Deadlines on pages and in calendars: "Mốc thời gian" per document, ``/lich/`` and ``.ics`` files.

Extraction is :mod:`vanban.deadlines`; the RFC 5545 files are :mod:`vanban.calendar`. Past and
upcoming are split by the day of the build (``SiteConfig.build_date``, else
:func:`vanban.dates.build_day`: ``SOURCE_DATE_EPOCH`` or today in Vietnam), which the page states
("tính đến ngày …"): the newest document's date said a March deadline was still ahead in December.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from .analysis import Analyses
from .cache import DiskCache
from .calendar import CalendarEntry, assemble, assembled, cached_blocks, unchecked
from .dates import PartialDate, build_day
from .deadlines import Deadline
from .deadlines.actions import names_nothing
from .documents import Document
from .site import PageSpec, SiteModel


def _sort_date(deadline: Deadline) -> dt.date:
    return deadline.date or deadline.start or dt.date.max


def named(doc: Document) -> str:
    """The document as the calendar names it: its number, or, without one, its issuer and date,
    so that three numberless plans do not read as three identical "Kế hoạch (chưa ghi số)"."""
    if doc.number:
        return doc.label
    name = f"{doc.type} (chưa ghi số) của {doc.issuer}" if doc.issuer else doc.label
    return f"{name}, {doc.date.dated()}" if doc.date else name


def _event_label(doc: Document) -> str:
    """The document as its .ics events name it: :func:`named`, and while an import's doubts are open the listing
    rows' mark in words (a calendar application shows the event's text as fact, with no room for the page's note)."""
    return unchecked(named(doc), doc.unverified_names)


def what(deadline: Deadline, doc: Document) -> str:
    """What /lich/ says happens: the action, or, when it only says when ("Từ 07h00 đến 10h30 ngày 28 tháng 9 năm
    2025": the text named nothing else near the date), the document's own trích yếu, which /lich/ does not show
    otherwise (site39)."""
    if deadline.action and not names_nothing(deadline.action):
        return deadline.action
    return doc.title[:1].upper() + doc.title[1:] if doc.title else deadline.action


def contribute(site: SiteModel, analyses: Analyses) -> None:
    blocks: list[tuple[dt.date, str, bytes]] = []  # every event serialised once, for both files
    rows: list[dict[str, object]] = []
    base = site.config.site_url.rstrip("/") + "/" if site.config.site_url else ""
    # A document's events, serialised by icalendar, are kept by what they are made of (calendar.cached_blocks).
    events = DiskCache(Path(site.config.cache_dir), "events") if site.config.cache_dir else None
    kept: list[str] = []
    for page in site.pages.values():
        doc = page.data.get("document")
        if not isinstance(doc, Document) or not doc.held or page.data.get("kind") != "document":
            continue
        doc_date = doc.date.to_date() if doc.date else None
        found = analyses[doc.id].deadlines
        if not found:
            continue
        mine = [CalendarEntry(deadline=d, doc_id=doc.id, doc_label=_event_label(doc), url=base + doc.url,
                              doc_date=doc_date, first_year=doc.year) for d in found]
        own = cached_blocks(mine, events, "events", kept)
        blocks.extend(own)
        page.data["deadlines"] = list(found)
        page.data["ics_url"] = doc.url + "lich.ics"
        # Made when written, from the events the site's file holds too (not a second copy of their bytes).
        site.add_deferred_output(doc.url + "lich.ics", functools.partial(
            assemble, own, calname=f"{doc.label} — mốc thời gian"))
        for d in found:
            rows.append({"deadline": d, "document": doc, "name": named(doc), "what": what(d, doc)})
    site.add_streamed_output("lich.ics", functools.partial(
        assembled, blocks, calname=f"{site.config.site_name} — mốc thời gian"))
    if events:
        events.touch(kept)
        events.compact()
    reference = site.config.build_date or build_day()
    dated = sorted((r for r in rows if isinstance(r["deadline"], Deadline) and _sort_date(r["deadline"]) != dt.date.max),
                   key=lambda r: _sort_date(r["deadline"]))  # type: ignore[arg-type]
    upcoming = [r for r in dated if _sort_date(r["deadline"]) >= reference]  # type: ignore[arg-type]
    past = [r for r in dated if _sort_date(r["deadline"]) < reference][::-1]  # type: ignore[arg-type]
    dated_ids = {id(r) for r in dated}
    other = [r for r in rows if id(r) not in dated_ids]
    site.add_page(PageSpec(
        path="lich/", template="vanban/calendar.html", title="Lịch các mốc thời gian",
        description="Các mốc thời gian, thời hạn trong văn bản chỉ đạo, điều hành",
        data={"kind": "calendar", "upcoming": upcoming, "past": past, "other": other,
              "reference": PartialDate.from_date(reference), "count": len(rows)},
    ))
