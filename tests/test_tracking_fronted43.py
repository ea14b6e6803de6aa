"""Task sentences in running prose (thirty-third session, trk43; heldout19 spent): a sentence whose subject is units under an
obligation holds a task after a lead it fronts ("Khi …, A cần …", "Vì vậy A phải …"), as with the duty a body has ("A có
nhiệm vụ chỉ đạo B …", landed before).

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
code before this rule (4d44b4f) gives no row for each case of the first test but the duty a body has; the others guard
what must stay unread (a narrated past, a report's description, a need, whichever units, a list's first holders)."""

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
    # a scope fronted ("Đối với …,"), a purpose ("Để …,"), the duty a body has after it
    ("Đối với các lễ hội có quy mô lớn, UBND các huyện phải báo cáo Sở Văn hóa trước ngày 15/3/2021.",
     [("UBND các huyện", "2021-03-15")]),
    ("Để bảo đảm tiến độ, Sở Kế hoạch và Đầu tư có trách nhiệm tổng hợp báo cáo UBND tỉnh trước ngày 20/4/2021.",
     [("Sở Kế hoạch và Đầu tư", "2021-04-20")]),
    # the duty a body has, with the body it directs (landed before this rule: it stays)
    ("UBND các quận, huyện có trách nhiệm phối hợp. Chi cục Thú y có nhiệm vụ chỉ đạo các trạm thú y tổ chức tiêm phòng.",
     [("UBND các quận, huyện", "-"), ("Chi cục Thú y", "-"), ("các trạm thú y", "-")]),
])
def test_units_under_an_obligation_after_a_lead(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize("body", [
    # a narrated past after the lead: no obligation right after the units
    "Trong những năm qua, các xã, thị trấn đều thành lập tổ tiêm phòng.",
    "Sau đợt kiểm tra, các đơn vị đã khắc phục các tồn tại.",
    "Trong năm 2020, Sở Tài nguyên và Môi trường, Sở Xây dựng đã phải huy động lực lượng khắc phục hậu quả bão.",
    # a report's description: what was found or reported, no order
    "Theo báo cáo, các huyện Mường Tè, Sìn Hồ cần hỗ trợ 200 tấn gạo cứu đói.",
    "Qua kiểm tra cho thấy, UBND các xã, thị trấn cần được hỗ trợ thêm kinh phí để sửa chữa trường học.",
    # the units as the object of a need
    "Sau đợt lũ vừa qua, UBND các xã vùng sâu cần được hỗ trợ kinh phí khắc phục.",
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
