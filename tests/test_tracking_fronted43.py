"""Task sentences in running prose (thirty-third session, trk43; heldout19 spent): a sentence whose subject is units under an
obligation holds a task after a lead it fronts ("Khi …, A cần …", "Vì vậy A phải …"), as with the duty a body has ("A có
nhiệm vụ chỉ đạo B …", landed before).

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (f168a5d) gives no row for each case of the first three cases of the first test; the others guard what must stay unread."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.tracking import scan

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2021, 3, 2)


@pytest.mark.parametrize(("body", "found"), [
    # a subordinate clause fronted, its own commas inside it
    ("Khi tổ chức di dời các hộ dân, tài sản khỏi vùng nguy hiểm, các xã, thị trấn cần bố trí lực lượng hỗ trợ.",
     [("các xã, thị trấn", "-")]),
    # a discourse adverb
    ("Hội nghị đã thống nhất nhiều nội dung. Đặc biệt, các trường học phải bảo đảm an toàn cho học sinh.",
     [("các trường học", "-")]),
    # a connective with no comma, a due in the clause
    ("Vì vậy Sở Xây dựng, Sở Giao thông vận tải phải hoàn thành việc rà soát trước ngày 30/4/2021.",
     [("Sở Xây dựng", "2021-04-30"), ("Sở Giao thông vận tải", "2021-04-30")]),
    # the duty a body has, with the body it directs
    ("UBND các quận, huyện có trách nhiệm phối hợp. Chi cục Thú y có nhiệm vụ chỉ đạo các trạm thú y tổ chức tiêm phòng.",
     [("UBND các quận, huyện", "-"), ("Chi cục Thú y", "-"), ("các trạm thú y", "-")]),
])
def test_units_under_an_obligation_after_a_lead(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize("body", [
    # a narrated past after the lead: no obligation right after the units
    "Trong những năm qua, các xã, thị trấn đều thành lập tổ tiêm phòng.",
    "Sau đợt kiểm tra, các đơn vị đã khắc phục các tồn tại.",
    # whichever units (those named before): no new holder
    "Trong trường hợp phát sinh khó khăn vượt thẩm quyền, các đơn vị phải báo cáo kịp thời.",
    # the first pieces are holders of the list, no lead
    "Trưởng thôn, tổ trưởng tổ dân phố, Hiệu trưởng các trường chịu trách nhiệm huy động lực lượng.",
    # an item's number before a body is no lead
    "(3) Các cơ quan, đơn vị tiếp nhận hồ sơ định kỳ của các tổ chức có trách nhiệm tổng hợp.",
])
def test_what_is_no_fronted_task(body: str) -> None:
    assert stated_tasks(body, DAY) == []


@pytest.mark.parametrize("block", [
    "Khi tổ chức di dời các hộ dân, tài sản khỏi vùng nguy hiểm, các xã, thị trấn cần bố trí lực lượng hỗ trợ.",
    "Hội nghị đã thống nhất. Đặc biệt, các uỷ ban nhân dân phường phải bảo đảm an toàn.",
    "Vì vậy uỷ ban nhân dân các huyện phải hoàn thành.",
])
def test_the_cheap_gate_lets_a_fronted_block_through(block: str) -> None:
    # the fast walk's first test, on the text as written ("uỷ"), is a superset of the fronted lead's exact test (tone fixed)
    low = block.lower()
    assert scan.fronted(scan.p.retone(low))
    assert scan.may_name_holder(block, low)
