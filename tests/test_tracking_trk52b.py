"""A board named for what it directs ("Ban Chỉ đạo …") holds the duty an obligation lays on it (trk52b, forty-second
session; tracking README): its name ends in "chỉ đạo", which the unit reader took for an order's verb before a colon
("UBND tỉnh chỉ đạo: …") and so read no unit at all ("Ban Chỉ đạo có trách nhiệm xây dựng chương trình …": heldout5 r15,
heldout9 n45, heldout12 f11, heldout17 j33). A standing duty told with its recurrence ("có nhiệm vụ: Hàng năm xây dựng kế
hoạch …") recurs. And the places a council of a level's plural names after a colon are each a council of its own ("yêu cầu
UBND các huyện: Bắc Trà My, Tiên Phước, … và Công ty … thực hiện …": heldout21 a34), as a letter's addressees already were.

Texts written for this test (other bodies and duties than the sets'), on the fast reader and on the plain reference. The
first three fail on 3118b41e (no row), the places' two on 2372f171 (the council's plural one row); the guards hold on both."""

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


@pytest.mark.parametrize(("body", "rows"), [
    ("UBND tỉnh yêu cầu UBND các huyện: Krông Pắc, Ea Kar và Công ty TNHH MTV Thủy lợi Đắk Lắk kiểm tra an toàn hồ đập "
     "trước ngày 15/6/2024.", [("UBND huyện Krông Pắc", "2024-06-15"), ("UBND huyện Ea Kar", "2024-06-15"),
                               ("Công ty TNHH MTV Thủy lợi Đắk Lắk", "2024-06-15")]),
    ("Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu có trách nhiệm phân bổ kinh phí được bổ sung.",
     [("Ủy ban nhân dân tỉnh Sơn La", "-"), ("Ủy ban nhân dân tỉnh Lai Châu", "-")]),
    # a duty after the colon, no places: the council's plural holds it as before
    ("UBND tỉnh yêu cầu UBND các huyện, thành phố: Chỉ đạo ngay việc gia cố nhà cửa.", [("UBND các huyện, thành phố", "-")]),
])
def test_the_places_after_a_councils_plural_are_councils_of_their_own(body: str, rows: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == rows
