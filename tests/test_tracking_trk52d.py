"""A connective before a group and its plain verb lays the group's duty (trk52d, forty-second session; tracking README):
"Ngoài ra, các sở, ngành, địa phương chủ động triển khai …", "Bên cạnh đó, các địa phương xây dựng phương án …" (heldout7
g01, heldout9 n48, heldout28 tn18). Before, "Ngoài ra," / "Đồng thời," were read as narrative and the clause dropped unless
an obligation ("phải", "cần") followed. The news's account stays no duty: what the group is doing, did, will do or may do
("cũng", "đang", "sẽ", "đã", "có thể").

Texts written for this test (other bodies and duties than the sets'), on the fast reader and on the plain reference. The
positives fail on 3d1cd765 (no row); the guards hold on both."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "rows"), [
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các bếp ăn tập thể. Ngoài ra, các sở, ngành, địa phương chủ động rà soát "
     "nguồn nước sinh hoạt trên địa bàn.", [("Sở Y tế", "-"), ("các sở, ngành, địa phương", "-")]),
    ("Bên cạnh đó, các huyện, thị xã xây dựng phương án di dời dân cư ra khỏi vùng nguy hiểm.",
     [("các huyện, thị xã", "-")]),
    ("Đồng thời, các trường học tổ chức tuyên truyền phòng chống đuối nước cho học sinh.", [("các trường học", "-")]),
])
def test_a_connective_before_a_group_lays_its_duty(body: str, rows: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == rows


@pytest.mark.parametrize("body", [
    "Ngoài ra, các địa phương đang tiếp tục vận động ủng hộ Quỹ hơn 19 tỷ đồng.",  # what they are doing
    "Bên cạnh đó, các địa phương cũng tổ chức bổ sung vitamin A cho trẻ em.",  # the news's account
    "Ngoài ra, các đơn vị có thể chủ động huy động nguồn lực xã hội hóa.",  # a leave, no duty
    "Đồng thời, Ban Thường vụ Huyện ủy chọn Chi bộ Trường THPT chỉ đạo đại hội điểm.",  # one body, narrative
])
def test_no_row_for_the_news_account(body: str) -> None:
    assert stated_tasks(body, DAY) == []
