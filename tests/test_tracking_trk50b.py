"""A body named with words of its own, then a comma and another kind of body (fortieth session, trk50b; the coordinator's
list rule in the tracking README: bodies joined by a comma are one unit each, while a run of bare kinds under one "các" that
share what follows stays one group). "Các bệnh viện trực thuộc Bộ Y tế, sở y tế các tỉnh, …" (heldout10 d26), "Bộ Chỉ huy
Quân sự tỉnh, ban chỉ huy quân sự các huyện, Thành phố" (heldout16 c25), "ngành Giáo dục và Đào tạo, các sở, ban, ngành có
liên quan" (heldout25 v12): the named body ends at the comma when the next piece is a lower-case kind with words of its own or
a "các" group. A piece whose own words carry a proper name (a capital) is what stops a shared "các" or tail reaching it.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (7c796bd7) reads each of the first three as one unit; the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Bộ Y tế yêu cầu các viện trực thuộc Bộ Y tế, trung tâm kiểm soát bệnh tật các tỉnh bảo đảm trực dịch 24/24 giờ.",
     [("các viện trực thuộc Bộ Y tế", "-"), ("trung tâm kiểm soát bệnh tật các tỉnh", "-")]),
    ("UBND tỉnh giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh, ban chỉ huy quân sự các xã biên giới tổ chức tuần tra trước ngày 30/5/2024.",
     [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "2024-05-30"), ("ban chỉ huy quân sự các xã biên giới", "2024-05-30")]),
    ("UBND tỉnh yêu cầu ngành Y tế, các sở, ban, ngành có liên quan triển khai chiến dịch tiêm chủng.",
     [("ngành Y tế", "-"), ("các sở, ban, ngành có liên quan", "-")]),
])
def test_a_named_body_then_another_kind(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a run of kinds under one "các" that share what follows: one group
    ("Đề nghị các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh báo cáo kết quả.",
     [("các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh", "-")]),
    # a council's levels: one group, whatever follows the last level
    ("Đề nghị UBND các huyện, thành phố trong tỉnh chỉ đạo thực hiện.", [("UBND các huyện, thành phố trong tỉnh", "-")]),
    # a plural under a head, then another kind that the head's "các" reaches: one group
    ("Yêu cầu Công an các đơn vị, địa phương trong toàn tỉnh tăng cường kiểm tra.",
     [("Công an các đơn vị, địa phương trong toàn tỉnh", "-")]),
    # the statutory kinds: three, as before
    ("Đề nghị các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ báo cáo kết quả.",
     [("các Bộ", "-"), ("cơ quan ngang Bộ", "-"), ("cơ quan thuộc Chính phủ", "-")]),
])
def test_guards(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
