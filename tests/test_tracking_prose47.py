"""Named bodies in prose: the order's verb that names them (thirty-seventh session, trk47; heldout23 spent). A leader's
"lưu ý A …" in the news of a meeting or a telegram tells A to act, as "yêu cầu A …" does: the bodies after the verb hold
the duty (and its due), the speaker before it none. Where no body follows ("… lưu ý người dân …", "Các đơn vị cần lưu ý
…"), the reading stays what it was.

A body a holder is told to direct holds the task too (the README's rule), also when an adverb of manner comes before "chỉ
đạo" ("khẩn trương chỉ đạo B …", "quyết liệt chỉ đạo B …").

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (d0b7391) gives the first three no row of a told body (the speaker's title, or nothing) and the directed bodies
of the last test none."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 8, 12)


@pytest.mark.parametrize(("body", "found"), [
    ("Phát biểu kết luận hội nghị, Chủ tịch UBND tỉnh lưu ý UBND các huyện miền núi rà soát các điểm có nguy cơ sạt lở.",
     [("UBND các huyện miền núi", "-")]),
    ("Chủ tịch UBND huyện tiếp tục lưu ý các xã, thị trấn đẩy mạnh cải cách hành chính.",
     [("các xã, thị trấn", "-")]),  # not "Chủ tịch UBND huyện", the speaker
    ("Bí thư Tỉnh ủy lưu ý Ban Tuyên giáo Tỉnh ủy và Sở Văn hóa, Thể thao và Du lịch hoàn thành kế hoạch trước ngày "
     "30/9/2024.", [("Ban Tuyên giáo Tỉnh ủy", "2024-09-30"), ("Sở Văn hóa, Thể thao và Du lịch", "2024-09-30")]),
])
def test_the_bodies_a_leader_notes_hold_the_duty(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Cơ quan chức năng lưu ý người dân không đốt rác thải gần khu dân cư.", [("Cơ quan chức năng", "-")]),
    ("Các đơn vị cần lưu ý những điểm mới của Thông tư.", [("Các đơn vị", "-")]),
    ("Người dân cần lưu ý các quy định về phòng cháy, chữa cháy.", []),
])
def test_no_body_after_it_leaves_the_reading(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương chỉ đạo các đơn vị thi công khắc phục sạt lở.",
     [("Sở Giao thông vận tải", "-"), ("các đơn vị thi công", "-")]),
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Y tế quyết liệt chỉ đạo các bệnh viện tuyến trung ương tăng cường tiếp nhận bệnh nhân "
     "trước ngày 30/9/2024.", [("Bộ trưởng Bộ Y tế", "2024-09-30"), ("các bệnh viện tuyến trung ương", "2024-09-30")]),
])
def test_an_adverb_before_directing_keeps_the_directed(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
