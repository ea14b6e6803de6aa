"""The calendar is icalendar's, events serialised once and spliced into several calendars.

``_oracle`` builds the same calendar in one go (icalendar ``Calendar``/``Event`` objects, the same
properties added the same way), so any drift of the splice in order, escaping or folding shows up
as a byte difference.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence
from typing import Any

import pytest
from icalendar import Calendar, Event, vText

from vanban import calendar as writer
from vanban.calendar import CalendarEntry, deadlines_calendar
from vanban.deadlines import Deadline

D = datetime.date
DOC_DATE = D(2025, 3, 7)
KINDS = ("by_date", "on_date", "month", "recurring_yearly", "periodic")


def _oracle(entries: Sequence[CalendarEntry], *, prodid: str = "-//vanban//vi", calname: str) -> bytes:
    """The calendar as the icalendar-based code wrote it."""
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(calname))  # TEXT, as our writer does (icalendar left it verbatim)
    events: dict[str, tuple[datetime.date, Event]] = {}
    for entry in entries:
        span = writer.event_span(entry)
        if span is None:
            continue
        event = Event()
        event.add("uid", writer.event_uid(entry))
        event.add("dtstamp", writer.event_dtstamp(entry))
        event.add("dtstart", span[0])
        event.add("dtend", span[1])
        if entry.deadline.kind == "recurring_yearly":
            event.add("rrule", {"freq": "yearly"})
        event.add("summary", writer.event_summary(entry.deadline))
        event.add("description", writer.event_description(entry))
        if entry.url:
            event.add("url", entry.url)
        event.add("transp", "TRANSPARENT")
        events[str(event["uid"])] = (span[0], event)
    for _uid, (_begin, event) in sorted(events.items(), key=lambda i: (i[1][0], i[0])):
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _entry(kind: str = "by_date", *, url: str = "https://example.gov.vn/van-ban/2025/386-kh-tu/",
           doc_label: str = "Kế hoạch số 386-KH/TU", doc_date: datetime.date | None = DOC_DATE,
           first_year: int | None = None, **fields: Any) -> CalendarEntry:
    values: dict[str, Any] = {
        "kind": kind,
        "date": D(2025, 3, 28) if kind in ("by_date", "on_date", "month") else None,
        "start": D(2025, 3, 1) if kind == "month" else None,
        "month_day": (10, 10) if kind == "recurring_yearly" else None,
        "action": "Báo cáo kết quả học tập về Ban Thường vụ Huyện ủy",
        "actor": "Ban Tuyên giáo Huyện ủy",
        "text": "trước ngày 28/3/2025",
        "line": 1,
    }
    values.update(fields)
    return CalendarEntry(deadline=Deadline(**values), doc_id="van-ban/2025/386-kh-tu", doc_label=doc_label,
                         url=url, doc_date=doc_date, first_year=first_year)


def _same(entries: Sequence[CalendarEntry], **names: str) -> None:
    calname = names.pop("calname", "Mốc thời gian — Huyện ủy")
    assert deadlines_calendar(entries, calname=calname, **names) == _oracle(entries, calname=calname, **names)


FILLERS = ("ệ", "ư", "Đ", "€", "𝔸", "\\", "^", ",", ";", "\n", "\\N", "\r\n", "\r", " ")
"""One- to four-octet characters and everything escaping or folding treats specially."""


@pytest.mark.parametrize("filler", FILLERS)
@pytest.mark.parametrize("shift", range(8))
def test_folds_at_every_offset(filler: str, shift: int) -> None:
    """Each kind of character lands on octets 73-76 of a line at some shift."""
    text = "a" * shift + filler * 60 + " Hạn chót" + filler * 3
    for field in ("action", "actor", "text"):
        fields: dict[str, Any] = {field: text}
        _same([_entry(**fields)])
    _same([_entry(doc_label=text)], calname=text.replace("\n", " ").replace("\r", " "), prodid=text)
    _same([_entry(url="https://example.gov.vn/" + text.replace("\n", "-").replace("\r", "-"))])


def test_kinds_and_empty_fields() -> None:
    entries = [_entry(kind) for kind in KINDS] + [
        _entry("by_date", actor=None, url=""),
        _entry("on_date", actor="", action="", text=""),
        _entry("month", start=None, doc_date=None),
        _entry("month", start=D(2025, 1, 1), date=D(2025, 3, 31), action="  nhiều   khoảng   trắng  "),
        _entry("recurring_yearly", month_day=(2, 29), doc_date=None, first_year=2025),
        _entry("recurring_yearly", month_day=(5, 18), doc_date=None, text="Ngày 18/5", action="Ngày 18/5"),
        _entry("by_date", date=D(1, 1, 1), doc_date=D(999, 12, 31)),
        _entry("by_date", date=D(9999, 12, 31)),  # no day after: no event
        _entry("by_date", action="Tổ chức phổ biến, quán triệt; tuyên truyền \\ Nghị quyết " * 6),
    ]
    _same(entries)
    _same([], calname="")
    _same(entries[:1], calname="Lịch, tỉnh; ủy \\ ban", prodid="-//tỉnh, ủy//vi")


def test_random_text() -> None:
    """Random mixes of Vietnamese, ASCII and special characters, long and short."""
    rng = random.Random(5545)
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựĐƯ ,;:\\^\n\r\"'“”–…/")
    alphabet += ["\\N", "\r\n", "𝔸", "€", "\t"]

    def text(limit: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(limit)))

    for _ in range(300):
        entries = [
            _entry(rng.choice(KINDS), action=text(300), actor=rng.choice([None, text(80)]), text=text(120),
                   doc_label=text(90), url=rng.choice(["", text(150).replace("\n", "").replace("\r", "")]),
                   doc_date=rng.choice([None, D(2024, 12, 31)]))
            for _ in range(rng.randrange(4))
        ]
        _same(entries, calname=text(100).replace("\n", ""), prodid=text(90))


def test_line_break_in_a_verbatim_value_is_refused() -> None:
    with pytest.raises(ValueError):
        deadlines_calendar([_entry(url="https://a/\nb")], calname="x")
    with pytest.raises(ValueError):
        deadlines_calendar([_entry(url="https://a/\rb")], calname="x")


def test_calendar_name_is_text_so_commas_and_line_breaks_stay_inside_it() -> None:
    # The demo site's own name has a comma: "Văn bản chỉ đạo, điều hành".
    ics = deadlines_calendar([], calname="Văn bản chỉ đạo, điều hành;\nmới")
    assert "X-WR-CALNAME:Văn bản chỉ đạo\\, điều hành\\;\\nmới\r\n".encode() in ics
