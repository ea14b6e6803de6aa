"""Kinds of the twenty-first session's second round, read after heldout6 was spent (its README entry, "Errors on first
contact", kinds 2 and 3), each pinned by passages written in other layouts than the ones they were seen in, on the fast
sentence reader and on the plain reference."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks
from vanban.dates import PartialDate
from vanban.deadlines import extract_deadlines
from vanban.documents import Document
from vanban.tracking import Registry, Tracker, parse_reporting

pytestmark = pytest.mark.usefixtures("sentence_reader")


@pytest.mark.parametrize(("body", "found"), [
    # a yearly day with its lead: one yearly due, not a one-off date of the document's year (heldout6 s36, s37)
    ("Các phòng chuyên môn gửi báo cáo thi đua; đề xuất khen thưởng về Văn phòng chậm nhất là ngày 05/01 hàng năm.",
     [("Các phòng chuyên môn", "periodic")]),
    ("UBND các xã tổng hợp danh sách hộ nghèo; gửi Phòng Lao động trước ngày 20 tháng 11 hằng năm.",
     [("UBND các xã", "periodic")]),
    # a daily hour (heldout6 s27), in lettered items
    ("Chế độ báo cáo như sau:\n\na) Trạm Y tế các xã báo cáo số ca mắc lên Trung tâm Y tế huyện trước 15 giờ hàng ngày.\n\n"
     "b) Trung tâm Y tế huyện tổng hợp, báo cáo Sở Y tế trước 16h30 hằng ngày.",
     [("Trạm Y tế các xã", "periodic"), ("Trung tâm Y tế huyện", "periodic")]),
    # a lettered item with a dated due, and "Ban chỉ huy" as a name
    ("c) Ban chỉ huy quân sự huyện rà soát lực lượng dự bị động viên trước ngày 30/9/2025.",
     [("Ban chỉ huy quân sự huyện", "2025-09-30")]),
    # a one-off day with a year stays dated; a year-less day with no recurring word stays the document's year
    ("Các trường gửi báo cáo trước ngày 15 tháng 3 năm 2025.", [("Các trường", "2025-03-15")]),
    ("Các trường gửi báo cáo trước ngày 15 tháng 3.", [("Các trường", "2025-03-15")]),
])
def test_a_periodic_duty_with_its_day_or_hour(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, dt.date(2025, 1, 10)) == found


def test_a_daily_hour_keeps_its_hour_in_the_rule() -> None:
    [d] = extract_deadlines("Các xã gửi báo cáo nhanh trước 17 giờ hàng ngày.", doc_date=dt.date(2025, 1, 10))
    assert (d.kind, d.text) == ("periodic", "trước 17 giờ hàng ngày")
    [y] = extract_deadlines("Các xã gửi hồ sơ trước ngày 25 tháng 12 hàng năm.", doc_date=dt.date(2025, 1, 10))
    assert (y.kind, y.month_day, y.text) == ("recurring_yearly", (12, 25), "trước ngày 25 tháng 12 hàng năm")


def test_the_calendar_dates_a_yearly_day_and_leaves_a_daily_hour_as_its_rule() -> None:
    """A yearly day becomes one due per year up to the horizon, as "hằng năm" does under the portal's calendar; a daily
    report is no due to chase (the calendar has no daily period): its rule with its hour is shown, no date."""
    body = ("1. Các phòng chuyên môn gửi hồ sơ thi đua về Văn phòng trước ngày 15 tháng 3 hằng năm.\n\n"
            "2. Trạm Y tế các xã báo cáo nhanh trước 17 giờ hàng ngày.")
    doc = Document(source="kh.md", number="1/KH-UBND", type="Kế hoạch", issuer="UBND huyện", title="Kế hoạch",
                   date=PartialDate(2025, 1, 10), body=body)
    calendar = parse_reporting({"source": "Quyết định 1/QĐ-UBND", "yearly": ["25/12"], "horizon_months": 24})
    result, _ = Tracker(Registry(), calendar, dt.date(2025, 6, 1)).document(
        doc, extract_deadlines(body, doc_date=dt.date(2025, 1, 10)), [])
    rows = {(t.unit, t.due and t.due.isoformat(), t.recurring, t.status) for t in result.tasks}
    assert rows == {("Các phòng chuyên môn", "2025-03-15", "hằng năm (15/03)", "overdue"),
                    ("Các phòng chuyên môn", "2026-03-15", "hằng năm (15/03)", "open"),
                    ("Trạm Y tế các xã", None, "trước 17 giờ hàng ngày", "no_due")}


@pytest.mark.parametrize(("body", "found"), [
    # manner adverbs and effort verbs after a unit (heldout6 s14, s21, s41)
    ("Đề nghị Hội Cựu chiến binh xã phát huy vai trò nòng cốt trong phong trào.", [("Hội Cựu chiến binh xã", "-")]),
    ("Yêu cầu các trường học chú trọng giáo dục kỹ năng sống cho học sinh.", [("các trường học", "-")]),
    ("Đề nghị UBND các phường nhanh chóng hoàn tất hồ sơ trước ngày 15/8/2025.", [("UBND các phường", "2025-08-15")]),
    ("Yêu cầu Chi cục Kiểm lâm kiên quyết xử lý các vụ phá rừng.", [("Chi cục Kiểm lâm", "-")]),
    ("Đề nghị các doanh nghiệp ưu tiên tuyển dụng lao động địa phương.", [("các doanh nghiệp", "-")]),
    # sending a paper on (heldout6 s19, s39)
    ("Trung tâm Phát triển quỹ đất chuyển hồ sơ về Phòng Tài nguyên trước ngày 20/7/2025.",
     [("Trung tâm Phát triển quỹ đất", "2025-07-20")]),
    ("Các Hội đồng coi thi xuất danh sách thí sinh vắng thi trước ngày 30/6/2025.", [("Các Hội đồng coi thi", "2025-06-30")]),
    # … but not inside a name: "chuyển đổi", "sản xuất"
    ("Đề nghị Ban chỉ đạo chuyển đổi số huyện báo cáo kết quả.", [("Ban chỉ đạo chuyển đổi số huyện", "-")]),
    ("Yêu cầu các doanh nghiệp sản xuất kinh doanh thực hiện nghiêm quy định.", [("các doanh nghiệp sản xuất kinh doanh", "-")]),
])
def test_a_unit_ends_before_a_manner_word_or_a_paper_sent_on(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, dt.date(2025, 1, 10)) == found


@pytest.mark.parametrize(("body", "found"), [
    # "Đối với A; B; C gửi … hằng năm" (heldout6 s36): an inspectorate is a body when a level or a ministry follows it
    ("Hồ sơ khen thưởng gửi về Văn phòng như sau:\n- Đối với Thanh tra huyện; Phòng Nội vụ; các xã gửi hồ sơ trước ngày "
     "10 tháng 11 hằng năm.", [("Thanh tra huyện", "periodic"), ("Phòng Nội vụ", "periodic"), ("các xã", "periodic")]),
    ("Giao Thanh tra tỉnh chủ trì rà soát các dự án chậm tiến độ.", [("Thanh tra tỉnh", "-")]),
    # … not the verb
    ("Thanh tra, kiểm tra việc chấp hành pháp luật về đất đai trên địa bàn.", []),
])
def test_an_inspectorate_is_a_body(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, dt.date(2025, 1, 10)) == found
