"""Dates that are background, not milestones (twenty-fifth session, task31; tests/fixtures/tracking/real/README.md):
a forecast's dates (a sentence or a block that opens "Dự báo …", "Theo dự báo …", its clause holding no duty word), a
period that ended before the document was written (a report's past months, a birth-year range), and hours within one
day read as the event's day, not as a due. Passages written in other layouts than the real ones (the 702-original
site's storm, heat and cold-spell forecasts, a 2010 report, a vaccination plan), on the deadline finder and on both task
readers; each case says whether the start code (23da823) got it wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.deadlines import extract_deadlines

DAY = dt.date(2024, 3, 10)


def _found(body: str, day: dt.date | None = DAY) -> list[tuple[str, str | None, str]]:
    return [(d.kind, d.date.isoformat() if d.date else None, d.text) for d in extract_deadlines(body, doc_date=day)]


@pytest.mark.parametrize("body", [
    # a forecast sentence with a period's end — start code: by_date 2024-10-20
    "Theo thông tin dự báo của Đài Khí tượng thủy văn tỉnh, mưa lớn còn kéo dài đến hết ngày 20/10/2024.",
    # a storm's position forecast, "Theo" glued to "dự báo" as Word exports do — start code: by_date
    "Theodự báo của Trung tâm, đến 13 giờ ngày 15/9/2024 tâm bão ở vào khoảng 19 độ Vĩ Bắc.",
    # a block that opens with a forecast; a later sentence tells the season — start code: month 2024-12
    "Dự báo mùa đông năm nay đến muộn. Rét đậm, rét hại tập trung vào tháng 12/2024 ở vùng cao.",
    # a report's past months in a plan written later — start code: month 2023-12-31
    "I. KẾT QUẢ NĂM 2023\n\nTừ tháng 7 đến tháng 12/2023 toàn huyện tổ chức 14 lớp tập huấn cho cán bộ xã.",
    # a birth-year range ("sinh từ … đến …"), a period long past — start code: by_date 2018-12-31
    "- Đối tượng: trẻ em sinh từ ngày 01/01/2018 đến 31/12/2018.",
    # an assessment of a month already over — start code: month 2024-02-29
    "Hội nghị đánh giá: trong tháng 2/2024, tình hình an ninh trật tự trên địa bàn cơ bản ổn định.",
])
def test_background_dates_are_no_milestones(body: str) -> None:
    assert _found(body) == []


@pytest.mark.parametrize(("body", "found"), [
    # a forecast and a duty in one sentence: the duty's clause keeps its due, the forecast's date goes
    ("Theo dự báo, bão sẽ đổ bộ vào ngày 12/9/2024; yêu cầu các xã hoàn thành sơ tán dân trước 17 giờ ngày 11/9/2024.",
     [("by_date", "2024-09-11", "trước 17 giờ ngày 11/9/2024")]),
    # a forecast block whose later sentence asks for a report: kept
    ("Dự báo năm nay mùa khô đến sớm. Các xã báo cáo phương án chống hạn trước ngày 30/4/2024.",
     [("by_date", "2024-04-30", "trước ngày 30/4/2024")]),
    # a due retold after it passed (a news page about a directive): the directive's due, kept as before
    ("Thủ tướng yêu cầu các bộ báo cáo trước ngày 05/3/2024 song đến nay mới có 6 bộ gửi báo cáo.",
     [("by_date", "2024-03-05", "trước ngày 05/3/2024")]),
    # a period still ahead of the document: kept
    ("Thời gian thực hiện: từ tháng 4 đến tháng 6/2024.", [("month", "2024-06-30", "từ tháng 4 đến tháng 6/2024")]),
])
def test_duties_stay_milestones(body: str, found: list[tuple[str, str, str]]) -> None:
    got = _found(body)
    assert [(k, d) for k, d, _t in got] == [(k, d) for k, d, _t in found]
    assert all(want in text for (_k, _d, want), (_k2, _d2, text) in zip(found, got, strict=True))


@pytest.mark.parametrize(("body", "text"), [
    # hours within one day: the event's day, not "đến 10h30" as a due — start code: by_date "đến 10h30 ngày …"
    ("* Thời gian:\n\nDự kiến từ 07h00 đến 10h30 ngày 28 tháng 9 năm 2024", "từ 07h00 đến 10h30 ngày 28 tháng 9 năm 2024"),
    ("1. Thời gian: từ 14 giờ 00 đến 16 giờ 30, ngày 15/10/2024 tại hội trường xã.", "từ 14 giờ 00 đến 16 giờ 30, ngày 15/10/2024"),
])
def test_hours_within_a_day_are_the_event_day(body: str, text: str) -> None:
    got = _found(body)
    assert len(got) == 1 and got[0][0] == "on_date" and got[0][2] == text


@pytest.mark.usefixtures("sentence_reader")
def test_a_forecast_lends_no_due_to_a_task() -> None:
    """Both task readers: the units' duty keeps no due from the forecast after it — start code: due 2024-01-15."""
    body = ("UBND huyện yêu cầu các xã chủ động phòng, chống đói, rét cho đàn gia súc.\n\n"
            "Theo dự báo, đợt rét đậm này kéo dài đến hết ngày 15/01/2024.")
    assert stated_tasks(body, dt.date(2024, 1, 5)) == [("các xã", "-")]
