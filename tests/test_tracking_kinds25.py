"""Kinds of the twenty-second session's second round (issue 15, heldout7 spent), each pinned by passages written in
other layouts than the ones they were seen in, on the fast sentence reader and on the plain reference
(tests/fixtures/tracking/real/README.md, "Twenty-second session, second round")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # "Giao" inside a word of its own hands nothing: the transport office is a body, not "giao thông vận tải …" (heldout6,
    # heldout7 g40, g41; import tuning3 v07)
    ("UBND huyện đề nghị Phòng Kinh tế, Hạ tầng và Giao thông kiểm tra, báo cáo trước ngày 20/3/2025.",
     [("Phòng Kinh tế, Hạ tầng và Giao thông", "2025-03-20")]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương khắc phục sự cố.", [("Sở Giao thông vận tải", "-")]),
    ("Giao Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra.", [("Sở Giao thông vận tải", "-")]),
    ("Đội Cảnh sát giao thông, Công an huyện tăng cường tuần tra trong dịp Tết.",
     [("Đội Cảnh sát giao thông", "-"), ("Công an huyện", "-")]),
    ("Hội nghị giao lưu giữa các đơn vị được tổ chức vào ngày 5/3/2025.", []),
    # "giao" the verb is read as before
    ("Giao Ban Quản lý dự án huyện hoàn thành hồ sơ trước ngày 30/4/2025.", [("Ban Quản lý dự án huyện", "2025-04-30")]),
])
def test_giao_inside_a_word_hands_nothing(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "A nêu rõ: …" reports what A states, as "nhấn mạnh" does (citations heldout10 x24, import heldout5 r31)
    ("Thông báo kết luận gửi Sở Y tế; Sở Tài chính.\nBan Thường vụ Huyện ủy nêu rõ: tình hình dịch bệnh còn phức tạp.", []),
    ("Phát biểu tại hội nghị, Bộ Nội vụ nêu rõ: việc sắp xếp phải hoàn thành trước ngày 30/6/2025.", []),
])
def test_a_body_stating_is_no_holder(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "đơn vị quản lý …" names a body as "cơ quan quản lý" does, and "công trình" is works, never "trình" (submit)
    # (heldout4 m02; citations heldout9 v18, import heldout19 k25)
    ("Sở Nông nghiệp đề nghị các đơn vị quản lý hồ chứa, UBND các xã ven sông rà soát phương án, báo cáo trước ngày "
     "15/4/2025.", [("các đơn vị quản lý hồ chứa", "2025-04-15"), ("UBND các xã ven sông", "2025-04-15")]),
    ("Trước mùa mưa lũ, huyện yêu cầu:\n- Các đơn vị quản lý công trình đê điều, các xã ven biển: nạo vét kênh mương "
     "trong tháng 5/2025.", [("Các đơn vị quản lý công trình đê điều", "2025-05-31"), ("các xã ven biển", "2025-05-31")]),
    # "quản lý" after a body's noun with no "các … đơn vị" before it is still a duty
    ("UBND các xã quản lý chặt chẽ quỹ đất công.", [("UBND các xã", "-")]),
])
def test_names_that_hold_quan_ly_or_cong_trinh(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # the forest rangers are a body: "Hạt Kiểm lâm …", "kiểm lâm địa bàn" (heldout7 g21, g23; import heldout15 f26)
    ("Ủy ban nhân dân huyện yêu cầu Hạt Kiểm lâm huyện, Ban quản lý rừng phòng hộ tổ chức trực 24/24 giờ trong mùa khô.",
     [("Hạt Kiểm lâm huyện", "-"), ("Ban quản lý rừng phòng hộ", "-")]),
    ("Chi cục giao kiểm lâm phụ trách địa bàn phối hợp với UBND xã kiểm tra các khu rừng trước ngày 30/3/2025.",
     [("kiểm lâm phụ trách địa bàn", "2025-03-30")]),
    # a ranger is a person, no body
    ("Kiểm lâm viên phụ trách địa bàn đã kiểm tra hiện trường.", []),
])
def test_the_forest_rangers_are_a_body(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found
