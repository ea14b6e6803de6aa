"""A board named for what it directs ("Ban Chỉ đạo …") holds the duty an obligation lays on it (trk52b, forty-second
session; tracking README): its name ends in "chỉ đạo", which the unit reader took for an order's verb before a colon
("UBND tỉnh chỉ đạo: …") and so read no unit at all ("Ban Chỉ đạo có trách nhiệm xây dựng chương trình …": heldout5 r15,
heldout9 n45, heldout12 f11, heldout17 j33). A standing duty told with its recurrence ("có nhiệm vụ: Hàng năm xây dựng kế
hoạch …") recurs.

Texts written for this test (other bodies and duties than the sets'), on the fast reader and on the plain reference. The
first three fail on 3118b41e (no row); the guards hold on it."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "rows"), [
    ("Ban Chỉ đạo có trách nhiệm xây dựng kế hoạch kiểm tra việc thực hiện trên địa bàn huyện.",
     [("Ban Chỉ đạo", "-")]),
    ("Theo quyết định, Ban chỉ đạo chuyển đổi số của huyện gồm 15 thành viên. Ban chỉ đạo có nhiệm vụ giúp UBND huyện "
     "đôn đốc các xã triển khai các nội dung của đề án.", [("Ban chỉ đạo", "-")]),
    ("Ban Chỉ đạo có nhiệm vụ: Hằng năm xây dựng kế hoạch tuyên truyền và tổ chức sơ kết.", [("Ban Chỉ đạo", "periodic")]),
])
def test_a_board_named_for_directing_holds_its_obligation(body: str, rows: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == rows


@pytest.mark.parametrize("body", [
    "Ban Chỉ đạo gồm 20 thành viên do Phó Chủ tịch UBND huyện làm Trưởng ban.",  # its make-up, no duty
    "UBND tỉnh chỉ đạo: tập trung rà soát các công trình xuống cấp.",  # an order before its colon: no holder named
])
def test_no_row_without_an_obligation(body: str) -> None:
    assert stated_tasks(body, DAY) == []
