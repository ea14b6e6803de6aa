"""Kinds the twentieth session found on the spent sets (heldout4's misses and extras grouped with the older sets'
left-overs), each pinned by sentences written in other layouts than the passages it was seen in, on the fast sentence
reader and on the plain reference."""

from __future__ import annotations

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")


@pytest.mark.parametrize(("body", "units"), [
    ("Yêu cầu các phòng chuyên môn và trạm y tế xã rà soát danh sách đối tượng.",
     ["các phòng chuyên môn", "trạm y tế xã"]),
    ("2. Các sở, ngành tỉnh và địa phương báo cáo kết quả thực hiện về Sở Nội vụ.", ["Các sở, ngành tỉnh", "địa phương"]),
    ("UBND huyện đề nghị Công an huyện và đoàn thể các xã tăng cường tuần tra.", ["Công an huyện", "đoàn thể các xã"]),
    ("Đề nghị Ban Chỉ huy Quân sự huyện, các trường học và chính quyền các xã phối hợp tuyên truyền.",
     ["Ban Chỉ huy Quân sự huyện", "các trường học", "chính quyền các xã"]),
])
def test_and_before_a_body_of_another_kind_names_two(body: str, units: list[str]) -> None:
    """"A và <a body of another kind>" names two though "các" does not come again (heldout4 m02 "các cơ quan chuyên môn và
    chính quyền cấp xã", m42 "Các bộ, cơ quan trung ương và địa phương"; heldout3 k12 "các cơ quan, đơn vị và thôn, xóm"):
    before, one row for both."""
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "units"), [
    ("Giao Sở Lao động - Thương binh và Xã hội chủ trì thực hiện.", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Đề nghị UBND các xã, phường và thị trấn báo cáo kết quả.", ["UBND các xã, phường và thị trấn"]),
    ("Đề nghị các cơ quan và đơn vị có liên quan báo cáo kết quả.", ["các cơ quan và đơn vị có liên quan"]),
    ("Đề nghị các phòng, ban và đơn vị khẩn trương triển khai.", ["các phòng, ban và đơn vị"]),
    ("Yêu cầu các sở, ban và ngành tỉnh báo cáo kết quả.", ["các sở, ban và ngành tỉnh"]),
])
def test_and_inside_a_name_or_one_group_still_joins(body: str, units: list[str]) -> None:
    """A name's own "và" (capitalised), the levels and kinds of one group, a tail that qualifies the whole group and a bare
    "đơn vị" at the list's end keep one body."""
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize("body", [
    "Theo kế hoạch, UBND tỉnh giao cho các sở, ngành và địa phương là 1.250 tỷ đồng (bao gồm: vốn ngân sách tỉnh là 800 "
    "tỷ đồng).",
    "Hội Nông dân huyện cũng tích cực vận động hội viên hiến đất làm đường giao thông nông thôn.",
    "Các cơ quan báo chí cũng đẩy mạnh đưa tin về đại hội.",
    "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Cam Lộ về công tác dân vận năm 2024.",
    "Đoàn công tác của Sở Y tế làm việc với Trung tâm Y tế huyện về tiến độ tiêm chủng.",
])
def test_reports_name_no_holder(body: str) -> None:
    """An amount allotted ("giao cho A là 1.250 tỷ đồng"), what a body does too ("A cũng …") and a working session ("A làm
    việc với B", heldout4 m22, m31) are reports: no body holds a task (before: a row each)."""
    assert _tasks(body) == []


@pytest.mark.parametrize(("body", "tasks"), [
    ("Giao Phòng Nội vụ làm việc với các xã để rà soát biên chế trước ngày 30/6/2024.", [("Phòng Nội vụ", "2024-06-30")]),
    ("Đề nghị các xã vận động nhân dân hiến đất làm đường.", [("các xã", "-")]),
])
def test_the_same_words_after_an_order_are_a_duty(body: str, tasks: list[tuple[str, str]]) -> None:
    assert _tasks(body) == tasks
