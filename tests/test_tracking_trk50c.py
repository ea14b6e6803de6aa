"""A periodic report named apart from the duty's opening, in the units' own sentence (fortieth session, trk50c; issue 15's
periodic duties): the lead of the list of reporting units ("các đối tượng có trách nhiệm thực hiện báo cáo định kỳ … bao gồm:
A; B; C và D là …": heldout26 tk27), a clause of its own after the units' first duty ("2. Giao A theo dõi …; định kỳ tổng hợp,
báo cáo …": heldout12 f36), or a report joined to the duty ("A chủ trì … theo dõi, đôn đốc … và tổng hợp báo cáo định kỳ …",
"…, định kỳ báo cáo Ban Bí thư": heldout7 g31 and two unscored texts). Each unit's row is periodic.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (5b6737af) reads the first four undated; the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Theo Quy định, các đơn vị có trách nhiệm thực hiện báo cáo định kỳ về công tác dân tộc gồm: Ban Dân tộc tỉnh; "
     "Sở Tài chính; Sở Y tế và Sở Giáo dục và Đào tạo là cơ quan đầu mối tổng hợp.",
     [("Ban Dân tộc tỉnh", "periodic"), ("Sở Tài chính", "periodic"), ("Sở Y tế", "periodic"),
      ("Sở Giáo dục và Đào tạo", "periodic")]),
    ("3. Giao Sở Nội vụ theo dõi, hướng dẫn các huyện thực hiện Kế hoạch này; định kỳ xây dựng báo cáo kết quả gửi "
     "UBND tỉnh.",
     [("Sở Nội vụ", "periodic")]),
    ("Sở Công Thương chủ trì theo dõi, kiểm tra việc thực hiện Chỉ thị và tổng hợp báo cáo định kỳ trình UBND tỉnh.",
     [("Sở Công Thương", "periodic")]),
    ("Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra việc thực hiện Quy định này, định kỳ "
     "báo cáo Ban Thường vụ Tỉnh ủy.",
     [("Ban Tổ chức Tỉnh ủy", "periodic")]),
])
def test_a_periodic_report_apart_from_the_duty_opening(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a report's object that only names periodic reports: no period (heldout h05)
    ("Đề nghị Sở Tư pháp thực thi phương án đơn giản hóa chế độ báo cáo định kỳ.", [("Sở Tư pháp", "-")]),
    # a dated clause after the units keeps its date
    ("Giao Sở Xây dựng kiểm tra các công trình; báo cáo UBND tỉnh trước ngày 30/6/2024.", [("Sở Xây dựng", "2024-06-30")]),
    # a list after a lead with no periodic report stays undated
    ("Theo Quy định, các đơn vị có trách nhiệm thực hiện báo cáo về công tác dân tộc gồm: Ban Dân tộc tỉnh; Sở Tài chính; "
     "Sở Y tế và Sở Giáo dục và Đào tạo là cơ quan đầu mối tổng hợp.",
     [("Ban Dân tộc tỉnh", "-"), ("Sở Tài chính", "-"), ("Sở Y tế", "-"), ("Sở Giáo dục và Đào tạo", "-")]),
])
def test_guards(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
