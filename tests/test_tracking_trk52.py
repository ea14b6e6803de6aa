"""Every level told as a body group (trk52, forty-second session; tracking README): "các cấp" beside the sectors ("các cấp,
các ngành", "Các cấp, ngành, địa phương") and the trade union's levels abbreviated ("các cấp CĐ", as "các cấp công đoàn")
hold the duty that follows them; the sets label them so (heldout11 e13, heldout12 f45, heldout15 b55, heldout19 x46,
heldout20 y30). "các cấp" alone, or before another word, stays no body.

Texts written for this test (other wordings than the sets'), on the fast reader and on the plain reference. The first three
fail on 12938851 (the levels were no unit noun: nothing read); the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


def test_the_levels_and_sectors_after_an_order_hold_it() -> None:
    body = "Chủ tịch UBND huyện yêu cầu các cấp, các ngành tập trung chỉ đạo công tác phòng, chống dịch bệnh gia súc."
    assert sorted(stated_tasks(body, DAY)) == [("các cấp", "-"), ("các ngành", "-")]


def test_the_levels_sectors_and_localities_opening_a_sentence_hold_it() -> None:
    body = ("Thời gian qua, công tác cải cách hành chính có nhiều chuyển biến.\n\n"
            "Các cấp, ngành, địa phương phối hợp chặt chẽ với Sở Nội vụ rà soát thủ tục hành chính trước ngày 30/6/2024.")
    assert stated_tasks(body, DAY) == [("Các cấp, ngành, địa phương", "2024-06-30")]


def test_the_trade_unions_levels_abbreviated_hold_their_due() -> None:
    body = ("Liên đoàn Lao động tỉnh phát động Tháng Công nhân năm 2024.\n\n"
            "Các cấp CĐ tổng hợp kết quả đăng ký gửi về Liên đoàn Lao động tỉnh trước ngày 20-5.")
    assert stated_tasks(body, DAY) == [("Các cấp CĐ", "2024-05-20")]


@pytest.mark.parametrize("body", [
    "Yêu cầu của các cấp lãnh đạo là bảo đảm an toàn cho nhân dân.",  # "các cấp" before another word: no body
    "Trong năm, các cấp, các ngành đã tổ chức nhiều hoạt động thiết thực chào mừng ngày thành lập tỉnh.",  # narrated
])
def test_the_levels_name_no_holder_elsewhere(body: str) -> None:
    assert stated_tasks(body, DAY) == []
