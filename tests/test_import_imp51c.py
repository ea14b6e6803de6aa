"""Forty-first session (imp51c): the importer follows implab51's two labelling rulings (the import README).

1. The issuer is the body that heads the document, never its office holder: a committee chairman's dispatch,
   directive, notice, decision or letter is his committee's (spent pages heldout9 y05, heldout11 a30, heldout12 b21,
   heldout13 c28, heldout15 f24, heldout19 k29, heldout30 af16, af19, tuning3 v12 read the chairman before);
   "Thủ tướng Chính phủ" and the old "Chủ tịch Hội đồng Bộ trưởng" stay as the header prints them.
2. A lead's day and month without a year give no date; the post's stamp, even of that same day, lends no year
   (tuning3 v12, heldout7 w08 took it before). Every page here is written for the test, in other places and words."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report


def test_a_chairmans_dispatch_is_his_committees(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Công điện khẩn ứng phó bão số 5\n\n"
        "Ngày 12/9/2021, Chủ tịch UBND tỉnh Quảng Ngãi vừa có công điện khẩn số 08/CĐ-UBND về chủ động ứng phó với "
        "bão số 5.\n\nCác huyện ven biển kêu gọi tàu thuyền vào nơi tránh trú.\n"))
    assert (front["number"], front["type"]) == ("08/CĐ-UBND", "Công điện")
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert front["date"] == "2021-09-12"


def test_a_chairmans_directive_signed_with_no_one_named_is_his_committees(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tăng cường phòng chống cháy rừng\n\n"
        "Ngày 3/3/2022, Chủ tịch UBND tỉnh Kon Tum đã ký ban hành Chỉ thị số 04/CT-UBND về tăng cường các biện pháp "
        "phòng cháy, chữa cháy rừng mùa khô.\n"))
    assert (front["number"], front["type"]) == ("04/CT-UBND", "Chỉ thị")
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Kon Tum"


def test_a_chairman_of_a_bare_level_notifying_gives_the_bare_committee_reported(tmp_path: Path) -> None:
    front, report = imported_with_report(tmp_path, (
        "Thông báo lịch tiếp công dân tháng 6\n\n"
        "Chủ tịch Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ tháng 6 năm 2023 như sau:\n\n"
        "1. Ngày 15/6/2023 tại trụ sở.\n"))
    assert front["issuer"] == "Ủy ban nhân dân xã"
    assert "(issuer)" in report


def test_the_old_chairman_of_the_council_of_ministers_stays_as_printed(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Ngày 2/4/1988, Chủ tịch Hội đồng Bộ trưởng ban hành Chỉ thị số 90/CT về tăng cường quản lý thị trường.\n"))
    assert front.get("issuer", "") in ("", "Chủ tịch Hội đồng Bộ trưởng")


def test_a_day_and_month_under_a_same_day_post_stamp_give_no_date(tmp_path: Path) -> None:
    front, report = imported_with_report(tmp_path, (
        "Hỗ trợ học sinh vùng lũ\n09:15, 14/10/2020\n"
        "Ngày 14/10, UBND tỉnh Quảng Trị ban hành Quyết định số 2780/QĐ-UBND về việc hỗ trợ sách vở cho học sinh "
        "vùng lũ.\n"))
    assert front["number"] == "2780/QĐ-UBND"
    assert front["date"] == ""
    assert "(date)" in report


def test_a_signer_lead_by_day_and_month_takes_no_year_from_the_stamp(tmp_path: Path) -> None:
    front, report = imported_with_report(tmp_path, (
        " date 2023-08-09 Tin tức\nVận động ủng hộ đồng bào vùng sạt lở\n09/08/2023 10:20 GMT+7\n"
        "Ngày 9.8, ông Trần Văn Minh, Phó chủ tịch Ủy ban MTTQ tỉnh Lâm Đồng, Trưởng ban Vận động cứu trợ tỉnh, đã ký "
        "ban hành Thông báo số 12/TB-MTTQ-BVĐCT về việc vận động ủng hộ đồng bào vùng sạt lở.\n"))
    assert front["number"] == "12/TB-MTTQ-BVĐCT"
    assert front["date"] == ""
    assert "(date)" in report


def test_the_year_the_page_prints_for_the_same_document_still_dates_it(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Hỏi đáp về tiêm vắc xin\n\nTrả lời:\n\n"
        "Ngày 14/9, UBND huyện Văn Lâm đã ban hành Kế hoạch số 205/KH-UBND về tiêm vắc xin phòng Covid-19 đợt 3.\n\n"
        "Kế hoạch số 205/KH-UBND ngày 14/9/2021 của UBND huyện\n"))
    assert (front["number"], front["date"]) == ("205/KH-UBND", "2021-09-14")
