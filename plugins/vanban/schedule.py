"""Deadlines on pages and in calendars: "Mốc thời gian" per document, ``/lich/`` and ``.ics`` files.

Extraction is :mod:`vanban.deadlines`; the RFC 5545 files are :mod:`vanban.calendar`. Past and
upcoming are split by the newest document date in the collection, not the build time, so a
rebuild of the same corpus is byte-identical.
"""

from __future__ import annotations

import datetime as dt

from .analysis import Analyses
from .calendar import CalendarEntry, assemble, event_block
from .deadlines import Deadline
from .documents import Document
from .listings import newest_date
from .site import PageSpec, SiteModel


def _sort_date(deadline: Deadline) -> dt.date:
    return deadline.date or deadline.start or dt.date.max


def contribute(site: SiteModel, analyses: Analyses) -> None:
    blocks: list[tuple[dt.date, str, bytes]] = []  # every event serialised once, for both files
    rows: list[dict[str, object]] = []
    base = site.config.site_url.rstrip("/") + "/" if site.config.site_url else ""
    for page in site.pages.values():
        doc = page.data.get("document")
        if not isinstance(doc, Document) or not doc.held or page.data.get("kind") != "document":
            continue
        doc_date = doc.date.to_date() if doc.date else None
        found = analyses[doc.id].deadlines
        if not found:
            continue
        mine = [CalendarEntry(deadline=d, doc_id=doc.id, doc_label=doc.label, url=base + doc.url,
                              doc_date=doc_date, first_year=doc.year) for d in found]
        own = [b for b in (event_block(e) for e in mine) if b is not None]
        blocks.extend(own)
        page.data["deadlines"] = list(found)
        page.data["ics_url"] = doc.url + "lich.ics"
        site.add_output(doc.url + "lich.ics", assemble(own, calname=f"{doc.label} — mốc thời gian"))
        for d in found:
            rows.append({"deadline": d, "document": doc})
    site.add_output("lich.ics", assemble(blocks, calname=f"{site.config.site_name} — mốc thời gian"))
    today = newest_date(site.held_documents)
    reference = (dt.date(today.year, today.month or 1, today.day or 1) if today else dt.date.min)
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
              "reference": today, "count": len(rows)},
    ))
