"""Which date is a task's due (thirty-seventh session, due47: right unit, wrong due). The span a report covers is no due. "báo cáo kết quả … từ ngày A
đến ngày B" names the days the report is about; the due, when the text gives one, stands in its own words. The start code
(19fcd1d) dates the first two rows B, a deadline the text never set (a commune would be told the wrong day); principle 2:
a due the text does not settle is shown as none. A range that is the work's own time, or a report's due after its object,
keeps its date. A due that opens a sentence ("Trước ngày 15/5, A …; B …") or a numbered item ("1. Ngày 10 hằng tháng (…),
A …. B …") is also the due of the units in its later clauses that name none of their own; the start code gives them none.
A due that ends a clause, or opens a paragraph's sentence, reaches no further. A sentence that gives the work's time
("Thời gian thực hiện …", "Thời gian triển khai …") dates the last order's rows a sentence or two back; an event's time does not.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 2)


@pytest.mark.parametrize(("body", "found"), [
    ("UBND huyện yêu cầu Phòng Y tế, UBND các xã tiến hành rà soát, báo cáo kết quả thực hiện công tác phòng, chống "
     "sốt xuất huyết của đơn vị, địa phương từ ngày 01/01/2024 đến ngày 15/5/2024 (theo đề cương gửi kèm).",
     [("Phòng Y tế", "-"), ("UBND các xã", "-")]),
    ("Sở Giáo dục và Đào tạo đề nghị các phòng giáo dục báo cáo nhanh tình hình học sinh bỏ học thời điểm từ đầu năm "
     "học đến ngày 15/5.", [("các phòng giáo dục", "-")]),
])
def test_the_span_a_report_covers_is_no_due(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("UBND huyện yêu cầu UBND các xã tổ chức ra quân tổng vệ sinh môi trường từ ngày 01/6/2024 đến ngày 05/6/2024.",
     [("UBND các xã", "2024-06-05")]),
    ("UBND huyện yêu cầu UBND các xã báo cáo kết quả về Phòng Tài nguyên và Môi trường trước ngày 30/5/2024.",
     [("UBND các xã", "2024-05-30")]),
    ("UBND huyện yêu cầu UBND các xã báo cáo kết quả rà soát từ nay đến ngày 30/5/2024.",
     [("UBND các xã", "2024-05-30")]),
])
def test_a_due_of_the_work_keeps_its_date(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Trước ngày 15/5, các trường tiểu học gửi danh sách học sinh cho phòng giáo dục; các trường trung học cơ sở gửi danh "
     "sách về Sở Giáo dục và Đào tạo.", [("các trường tiểu học", "2024-05-15"), ("các trường trung học cơ sở", "2024-05-15")]),
    ("1. Ngày 10 hằng tháng (từ tháng 3 đến tháng 10), Chủ tịch UBND cấp xã tổng hợp, báo cáo Chủ tịch UBND cấp huyện kết "
     "quả rà soát. Chủ tịch UBND cấp huyện tổng hợp, báo cáo Chủ tịch UBND cấp tỉnh.",
     [("Chủ tịch UBND cấp xã", "periodic"), ("Chủ tịch UBND cấp huyện", "periodic")]),
])
def test_a_due_that_opens_the_sentence_or_item_reaches_its_later_clauses(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Trước ngày 15/5, các trường tiểu học gửi danh sách học sinh cho phòng giáo dục. Các trường trung học cơ sở tổ chức "
     "tập huấn cho giáo viên.", [("các trường tiểu học", "2024-05-15"), ("Các trường trung học cơ sở", "-")]),
    ("Các trường tiểu học gửi danh sách học sinh trước ngày 15/5; các trường trung học cơ sở tổ chức tập huấn cho giáo "
     "viên.", [("Các trường tiểu học", "2024-05-15"), ("các trường trung học cơ sở", "-")]),
])
def test_a_due_reaches_no_further(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("UBND huyện yêu cầu UBND các xã rà soát hộ nghèo trên địa bàn. Theo đó, tập trung rà soát các hộ có hoàn cảnh khó "
     "khăn. Thời gian thực hiện từ ngày 01/6/2024 đến hết ngày 30/6/2024.", [("UBND các xã", "2024-06-30")]),
    ("Sở Công Thương yêu cầu Chi cục Quản lý thị trường tăng cường kiểm tra hàng hóa dịp Tết Trung thu. Theo đó, tập trung "
     "kiểm tra cơ sở sản xuất bánh. Thời gian triển khai từ nay đến ngày 15/9/2024.",
     [("Chi cục Quản lý thị trường", "2024-09-15")]),
    ("UBND huyện yêu cầu UBND các xã rà soát hộ nghèo trên địa bàn. Theo đó, tập trung rà soát các hộ có hoàn cảnh khó "
     "khăn. Thời gian tiến hành đại hội từ ngày 01/6/2024 đến ngày 03/6/2024.", [("UBND các xã", "-")]),
])
def test_the_works_time_dates_the_last_order(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
