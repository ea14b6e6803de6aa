"""iCalendar (RFC 5545) feed of the deadlines documents set.

Every event is an all-day ``VEVENT`` (``DTSTART;VALUE=DATE``, ``DTEND`` exclusive):

* ``by_date`` / ``on_date`` — the day itself (``DTEND`` the next day);
* ``month`` (month, quarter or "từ tháng … đến tháng …") — the whole span, ``DTSTART`` its
  first day and ``DTEND`` the day after its last, so calendars show the period the work
  falls in rather than a single pin on its last day;
* ``recurring_yearly`` — the day with ``RRULE:FREQ=YEARLY`` from :func:`first_year`;
* ``periodic`` (no date) — skipped: there is nothing to put on a calendar.

``SUMMARY`` is "Hạn: <action>" cut to 120 characters; a yearly event leads with its day
("Hạn: Ngày Chuyển đổi số quốc gia (10/10) – <action>") because several such days often
share one sentence and so one action. ``DESCRIPTION`` gives the document, the unit, the
action, the phrase as written and the URL, which also goes in ``URL``.

The output is byte-identical from one build to the next: ``UID`` is a hash of what the
event says (document id, kind, date or month/day, action, actor), ``DTSTAMP`` is the
document's date (or :data:`FIXED_DTSTAMP`), and events are sorted by date and ``UID``.
The module is ``vanban.calendar``; ``import calendar`` anywhere still means the standard
library, since imports are absolute.

The lines are written here rather than with the ``icalendar`` package, which cost about 1 s
of a 5,000-document build and 25 ms of import. The bytes are the ones ``icalendar`` 7 wrote
(the tests compare them): its property order, its TEXT escaping, its folding before a line
reaches 75 octets (never inside a UTF-8 character, never right after a backslash or caret). One
deliberate difference: ``X-WR-CALNAME`` is escaped as TEXT (what calendar apps read it as, like
RFC 7986's ``NAME``); icalendar wrote it verbatim, so a comma or semicolon in a name was mangled.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from vanban.deadlines import Deadline

__all__ = ["FIXED_DTSTAMP", "CalendarEntry", "deadlines_calendar", "event_uid", "first_year"]

FIXED_DTSTAMP = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
"""``DTSTAMP`` of events whose document has no date: a constant keeps rebuilds identical."""

SUMMARY_LIMIT = 120
_YEAR_IN_ID = re.compile(r"(?<![0-9])(20[0-9]{2}|2100)(?![0-9])")


@dataclass(frozen=True)
class CalendarEntry:
    """A deadline with the document it comes from."""

    deadline: Deadline
    doc_id: str
    """Stable id of the document, e.g. ``"van-ban/2025/300-ldld"``."""
    doc_label: str
    """``"Kế hoạch số 386-KH/TU"`` or ``"Kế hoạch (chưa ghi số)"``."""
    url: str
    """Absolute or site-relative URL of the document page."""
    doc_date: datetime.date | None = None
    """The document's date: ``DTSTAMP`` and the first year of yearly events."""
    first_year: int | None = None
    """First year of a ``recurring_yearly`` event, when known better than ``doc_date``."""


def first_year(entry: CalendarEntry) -> int:
    """The year a yearly event starts in.

    ``entry.first_year``, else the year of ``entry.doc_date``, else a year 2000–2100 named
    in ``doc_id`` (ids are laid out ``van-ban/<year>/…``), else 2000.
    """
    if entry.first_year is not None:
        return entry.first_year
    if entry.doc_date is not None:
        return entry.doc_date.year
    found = _YEAR_IN_ID.search(entry.doc_id)
    return int(found.group(1)) if found else 2000


def _span(entry: CalendarEntry) -> tuple[datetime.date, datetime.date] | None:
    """First day and exclusive end of the event, ``None`` when it has no date."""
    deadline = entry.deadline
    one_day = datetime.timedelta(days=1)
    try:
        if deadline.kind in ("by_date", "on_date") and deadline.date is not None:
            return deadline.date, deadline.date + one_day
        if deadline.kind == "month" and deadline.date is not None:
            begin = deadline.start or deadline.date.replace(day=1)
            return min(begin, deadline.date), deadline.date + one_day
        if deadline.kind == "recurring_yearly" and deadline.month_day is not None:
            month, day = deadline.month_day
            year = first_year(entry)
            for candidate in range(year, year + 8):  # 29/2 needs a leap year
                try:
                    begin = datetime.date(candidate, month, day)
                except ValueError:
                    continue
                return begin, begin + one_day
    except OverflowError:
        return None
    return None


def event_uid(entry: CalendarEntry) -> str:
    """A stable ``UID``: the same deadline of the same document always gets the same one."""
    deadline = entry.deadline
    if deadline.month_day is not None:
        when = f"--{deadline.month_day[0]:02d}-{deadline.month_day[1]:02d}"
    else:
        when = f"{deadline.start.isoformat() if deadline.start else ''}/{deadline.date or ''}"
    key = "\x1f".join((entry.doc_id, deadline.kind, when, deadline.action, deadline.actor or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@vanban"


def _summary(deadline: Deadline) -> str:
    action = " ".join(deadline.action.split()) or deadline.text
    if deadline.kind == "recurring_yearly" and deadline.text not in action:
        # Several yearly days often share one sentence: lead with the day's name.
        action = f"{deadline.text} – {action}"
    summary = f"Hạn: {action}"
    if len(summary) <= SUMMARY_LIMIT:
        return summary
    cut = summary.rfind(" ", 0, SUMMARY_LIMIT - 1)
    return summary[: cut if cut > len("Hạn:") else SUMMARY_LIMIT - 1].rstrip(" ,;:.") + "…"


def _description(entry: CalendarEntry) -> str:
    deadline = entry.deadline
    lines = [f"Văn bản: {entry.doc_label}"]
    if deadline.actor:
        lines.append(f"Đơn vị thực hiện: {deadline.actor}")
    lines.append(f"Nội dung: {deadline.action}")
    lines.append(f"Nguyên văn: “{deadline.text}”")
    if entry.url:
        lines.append(f"Xem văn bản: {entry.url}")
    return "\n".join(lines)


def _dtstamp(entry: CalendarEntry) -> datetime.datetime:
    if entry.doc_date is None:
        return FIXED_DTSTAMP
    day = entry.doc_date
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)


def _text(value: str) -> str:
    r"""TEXT escaping (RFC 5545 3.3.11) in icalendar's order: ``\N`` first, any line break to ``\n``."""
    return (value.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _verbatim(value: str, breaks: str) -> str:
    """A value written as is (URI, unknown type): a line break would end the content line.

    ``breaks`` are the characters icalendar refused: CR and LF in a URI, LF elsewhere.
    """
    if any(char in value for char in breaks):
        raise ValueError(f"line break in an iCalendar value: {value!r}")
    return value


_FOLD = 74
"""Octets of a physical line (after the leading space of a continuation): icalendar folds
before a line would reach 75."""
_NOT_LAST = (ord("\\"), ord("^"))
"""Bytes that are moved to the next physical line, so an escape is never split (these bytes
never occur inside a multi-byte UTF-8 character)."""


def _line(name: str, value: str) -> bytes:
    """One content line, folded and ended with CRLF."""
    data = f"{name}:{value}".encode()
    size = len(data)
    if size <= _FOLD:
        return data + b"\r\n"
    parts = []
    start = 0
    while size - start > _FOLD:
        end = start + _FOLD
        while data[end] & 0xC0 == 0x80:  # a continuation byte: fold before its character
            end -= 1
        if data[end - 1] in _NOT_LAST:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _date(day: datetime.date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def _header(prodid: str, calname: str) -> bytes:
    return b"".join((
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        _line("PRODID", _text(prodid)),
        b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
        _line("X-WR-CALNAME", _text(calname)),
    ))


def event_block(entry: CalendarEntry) -> tuple[datetime.date, str, bytes] | None:
    """One deadline's VEVENT, serialised once (sort date, UID, bytes); None when it has no date."""
    span = _span(entry)
    if span is None:
        return None
    begin, end = span
    uid = event_uid(entry)
    stamp = _dtstamp(entry)
    lines = [
        b"BEGIN:VEVENT\r\n",
        _line("SUMMARY", _text(_summary(entry.deadline))),
        f"DTSTART;VALUE=DATE:{_date(begin)}\r\nDTEND;VALUE=DATE:{_date(end)}\r\n"
        f"DTSTAMP:{_date(stamp)}T{stamp.hour:02}{stamp.minute:02}{stamp.second:02}Z\r\n".encode(),
        _line("UID", _text(uid)),
    ]
    if entry.deadline.kind == "recurring_yearly":
        lines.append(b"RRULE:FREQ=YEARLY\r\n")
    lines.append(_line("DESCRIPTION", _text(_description(entry))))
    lines.append(b"TRANSP:TRANSPARENT\r\n")
    if entry.url:
        lines.append(_line("URL", _verbatim(entry.url, "\r\n")))
    lines.append(b"END:VEVENT\r\n")
    return begin, uid, b"".join(lines)


def assemble(blocks: Sequence[tuple[datetime.date, str, bytes]], *, prodid: str = "-//vanban//vi",
             calname: str) -> bytes:
    """A calendar of already serialised events: one event, many files (the document's and the site's)."""
    unique = {uid: (begin, data) for begin, uid, data in blocks}
    body = b"".join(data for _uid, (_begin, data) in sorted(unique.items(), key=lambda i: (i[1][0], i[0])))
    return _header(prodid, calname) + body + b"END:VCALENDAR\r\n"


def deadlines_calendar(
    entries: Sequence[CalendarEntry], *, prodid: str = "-//vanban//vi", calname: str
) -> bytes:
    """An iCalendar file (CRLF lines, UTF-8) with one all-day event per dated deadline."""
    blocks = [b for b in (event_block(e) for e in entries) if b is not None]
    return assemble(blocks, prodid=prodid, calname=calname)
