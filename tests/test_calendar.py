"""iCalendar output of deadlines, parsed back with icalendar."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from icalendar import Calendar

from vanban.calendar import FIXED_DTSTAMP, CalendarEntry, deadlines_calendar, event_uid, first_year
from vanban.deadlines import Deadline, extract_deadlines

D = datetime.date
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _deadline(kind: str, **fields: Any) -> Deadline:
    values: dict[str, Any] = {
        "kind": kind,
        "date": None,
        "start": None,
        "month_day": None,
        "action": "Báo cáo kết quả học tập về Ban Thường vụ Huyện ủy",
        "actor": "Ban Tuyên giáo Huyện ủy",
        "text": "trước ngày 28/3/2025",
        "line": 1,
    }
    values.update(fields)
    return Deadline(**values)


def _entry(deadline: Deadline, **fields: Any) -> CalendarEntry:
    values: dict[str, Any] = {
        "deadline": deadline,
        "doc_id": "van-ban/2025/386-kh-tu",
        "doc_label": "Kế hoạch số 386-KH/TU",
        "url": "https://example.gov.vn/van-ban/2025/386-kh-tu/",
    }
    values.update(fields)
    return CalendarEntry(**values)


def _events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


ENTRIES = [
    _entry(_deadline("by_date", date=D(2025, 3, 28)), doc_date=D(2025, 3, 7)),
    _entry(
        _deadline(
            "on_date", date=D(2025, 3, 20), action="Hội nghị sẽ được tổ chức", text="vào ngày 20/3/2025"
        )
    ),
    _entry(
        _deadline(
            "month",
            date=D(2025, 3, 31),
            start=D(2025, 3, 1),
            action="Tổ chức quán triệt, học tập, nghiên cứu",
            actor=None,
            text="hoàn thành trong tháng 3/2025",
        )
    ),
    _entry(
        _deadline(
            "recurring_yearly",
            month_day=(10, 10),
            action="Tuyên truyền Nghị quyết 57-NQ/TW",
            text="Ngày Chuyển đổi số quốc gia (10/10)",
        ),
        doc_date=D(2025, 3, 7),
    ),
    _entry(_deadline("periodic", action="Báo cáo kết quả", text="Định kỳ 6 tháng và hàng năm")),
]


def test_all_day_events_with_exclusive_end() -> None:
    data = deadlines_calendar(ENTRIES, calname="Mốc thời gian — Huyện ủy")
    events = {str(e["SUMMARY"]): e for e in _events(data)}
    assert len(events) == 4  # the periodic deadline has no date
    by_date = events["Hạn: Báo cáo kết quả học tập về Ban Thường vụ Huyện ủy"]
    assert by_date.decoded("DTSTART") == D(2025, 3, 28)
    assert by_date.decoded("DTEND") == D(2025, 3, 29)
    assert by_date["DTSTART"].params["VALUE"] == "DATE"
    assert by_date["DTEND"].params["VALUE"] == "DATE"
    assert b"DTSTART;VALUE=DATE:20250328\r\n" in data
    on_date = events["Hạn: Hội nghị sẽ được tổ chức"]
    assert on_date.decoded("DTSTART") == D(2025, 3, 20)
    month = events["Hạn: Tổ chức quán triệt, học tập, nghiên cứu"]
    assert (month.decoded("DTSTART"), month.decoded("DTEND")) == (D(2025, 3, 1), D(2025, 4, 1))
    assert "RRULE" not in by_date and "RRULE" not in month


def test_recurring_day_repeats_yearly_from_the_document_year() -> None:
    data = deadlines_calendar(ENTRIES, calname="Lịch")
    (yearly,) = [e for e in _events(data) if "RRULE" in e]
    assert yearly["RRULE"]["FREQ"] == ["YEARLY"]
    assert yearly.decoded("DTSTART") == D(2025, 10, 10)
    assert yearly["DTSTART"].params["VALUE"] == "DATE"
    assert str(yearly["SUMMARY"]).startswith("Hạn: Ngày Chuyển đổi số quốc gia (10/10)")
    assert b"RRULE:FREQ=YEARLY\r\n" in data


def test_first_year() -> None:
    yearly = _deadline("recurring_yearly", month_day=(5, 18))
    assert first_year(_entry(yearly, first_year=2024, doc_date=D(2025, 1, 1))) == 2024
    assert first_year(_entry(yearly, doc_date=D(2023, 6, 1))) == 2023
    assert first_year(_entry(yearly, doc_id="van-ban/2026/12-kh")) == 2026
    assert first_year(_entry(yearly, doc_id="van-ban/chua-ro-nam/ke-hoach")) == 2000


def test_leap_day_starts_in_a_leap_year() -> None:
    entry = _entry(_deadline("recurring_yearly", month_day=(2, 29)), doc_date=D(2025, 1, 1))
    (event,) = _events(deadlines_calendar([entry], calname="x"))
    assert event.decoded("DTSTART") == D(2028, 2, 29)


def test_calendar_properties() -> None:
    calendar = Calendar.from_ical(deadlines_calendar(ENTRIES, calname="Mốc thời gian"))
    assert str(calendar["X-WR-CALNAME"]) == "Mốc thời gian"
    assert str(calendar["PRODID"]) == "-//vanban//vi"
    assert str(calendar["VERSION"]) == "2.0"
    custom = Calendar.from_ical(deadlines_calendar(ENTRIES, calname="x", prodid="-//tinh//vi"))
    assert str(custom["PRODID"]) == "-//tinh//vi"


def test_description_and_url() -> None:
    (event,) = _events(deadlines_calendar(ENTRIES[:1], calname="x"))
    description = str(event["DESCRIPTION"])
    assert "Kế hoạch số 386-KH/TU" in description
    assert "Ban Tuyên giáo Huyện ủy" in description
    assert "trước ngày 28/3/2025" in description
    assert "https://example.gov.vn/van-ban/2025/386-kh-tu/" in description
    assert str(event["URL"]) == "https://example.gov.vn/van-ban/2025/386-kh-tu/"


def test_uids_are_stable_and_unique() -> None:
    first = deadlines_calendar(ENTRIES, calname="x")
    second = deadlines_calendar(list(reversed(ENTRIES)), calname="x")
    assert first == second  # byte-identical, whatever the order of the entries
    uids = [str(e["UID"]) for e in _events(first)]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@vanban") for uid in uids)
    assert event_uid(ENTRIES[0]) == event_uid(
        _entry(_deadline("by_date", date=D(2025, 3, 28)), url="/other/")
    )
    assert event_uid(ENTRIES[0]) != event_uid(_entry(_deadline("by_date", date=D(2025, 3, 29))))
    assert event_uid(ENTRIES[0]) != event_uid(
        _entry(_deadline("by_date", date=D(2025, 3, 28)), doc_id="van-ban/2025/other")
    )


def test_dtstamp_is_deterministic() -> None:
    events = {str(e["UID"]): e for e in _events(deadlines_calendar(ENTRIES, calname="x"))}
    assert events[event_uid(ENTRIES[0])].decoded("DTSTAMP") == datetime.datetime(
        2025, 3, 7, tzinfo=datetime.timezone.utc
    )
    assert events[event_uid(ENTRIES[1])].decoded("DTSTAMP") == FIXED_DTSTAMP


def test_summary_is_short_and_vietnamese() -> None:
    long_action = "Tổ chức phổ biến, quán triệt và tuyên truyền Nghị quyết số 57-NQ/TW " * 5
    entry = _entry(_deadline("by_date", date=D(2025, 3, 28), action=long_action.strip()))
    (event,) = _events(deadlines_calendar([entry], calname="x"))
    summary = str(event["SUMMARY"])
    assert summary.startswith("Hạn: Tổ chức phổ biến")
    assert len(summary) <= 120
    assert summary.endswith("…")


def test_duplicate_entries_make_one_event() -> None:
    assert len(_events(deadlines_calendar([ENTRIES[0], ENTRIES[0]], calname="x"))) == 1


def test_empty_calendar_is_valid() -> None:
    data = deadlines_calendar([], calname="Trống")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert _events(data) == []


def test_seed_deadlines_to_calendar() -> None:
    seeds = {path.name[:3]: path for path in SEEDS.glob("*.txt")}
    assert {"001", "004"} <= seeds.keys()
    entries = [
        _entry(d, doc_id="van-ban/chua-ro-nam/ke-hoach", doc_label="Kế hoạch (chưa ghi số)", url="/ke-hoach/")
        for d in extract_deadlines(seeds["001"].read_text(encoding="utf-8"))
    ] + [
        _entry(
            d,
            doc_id="van-ban/2025/ke-hoach-tam-ky",
            doc_label="Kế hoạch",
            url="/tam-ky/",
            doc_date=D(2025, 3, 7),
        )
        for d in extract_deadlines(seeds["004"].read_text(encoding="utf-8"), doc_date=D(2025, 3, 7))
    ]
    data = deadlines_calendar(entries, calname="Mốc thời gian")
    assert data == deadlines_calendar(entries, calname="Mốc thời gian")
    starts = sorted(e.decoded("DTSTART") for e in _events(data))
    assert starts == [D(2025, 3, 1), D(2025, 3, 10), D(2025, 3, 28), D(2025, 5, 18), D(2025, 10, 10)]
    assert sum("RRULE" in e for e in _events(data)) == 2
