"""Named bodies in prose: the order's verb that names them (thirty-seventh session, trk47; heldout23 spent). A leader's
"lưu ý A …" in the news of a meeting or a telegram tells A to act, as "yêu cầu A …" does: the bodies after the verb hold
the duty (and its due), the speaker before it none. Where no body follows ("… lưu ý người dân …", "Các đơn vị cần lưu ý
…"), the reading stays what it was.

A body a holder is told to direct holds the task too (the README's rule), also when an adverb of manner comes before "chỉ
đạo" ("khẩn trương chỉ đạo B …", "quyết liệt chỉ đạo B …").

A lead between the order's verb and its units — a period ending in a comma ("yêu cầu: từ ngày … đến hết ngày …, A …"), a
purpose ending in a comma before a group ("yêu cầu, để …, các sở … "), "sau khi …" before a group ("yêu cầu sau khi kết thúc
đại hội các chi bộ …") — is read past: the units after it hold the duty, with the period's last day as its due.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (d0b7391) gives the first three no row of a told body (the speaker's title, or nothing), the directed bodies of
the adverb test none, and the units after a lead none (or the speaker with the period's due)."""

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


@pytest.mark.parametrize(("body", "found"), [
    ("Ban Thường vụ Thị ủy yêu cầu sau khi kết thúc đại hội các chi bộ hoàn chỉnh hồ sơ gửi về Ban Tổ chức Thị ủy trước "
     "ngày 15/9/2024.", [("các chi bộ", "2024-09-15")]),
    ("Chủ tịch UBND huyện yêu cầu: từ ngày 01/9/2024 đến hết ngày 05/9/2024, các xã, thị trấn bố trí lực lượng trực 24/24 giờ.",
     [("các xã, thị trấn", "2024-09-05")]),  # not "Chủ tịch UBND huyện yêu cầu"
    ("UBND tỉnh yêu cầu, để người dân kịp thời nắm bắt thông tin, các sở, ngành, địa phương đẩy mạnh tuyên truyền trên các "
     "phương tiện thông tin đại chúng.", [("các sở, ngành, địa phương", "-")]),
    ("Sở Y tế đề nghị, để bảo đảm an toàn, người dân hạn chế tụ tập đông người.", []),  # persons after the lead
])
def test_a_lead_between_the_order_and_its_units(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
