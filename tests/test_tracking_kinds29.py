"""Kinds of the twenty-fourth session (issue 15, heldout9 spent at its start; precision first), each pinned by passages
written in other layouts than the ones they were seen in, on the fast sentence reader and on the plain reference
(tests/fixtures/tracking/real/README.md, "Twenty-fourth session"). Each case that fails on the start code (7f0db8d) says
so; the others are guards that pass on both."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks
from vanban.tracking.headlines import signer

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # a body whose doing the clause reports directed B: B holds nothing, also after short leads (heldout9 n12 "Theo đó,
    # trong quý I, các chi, đảng bộ … đã tập trung lãnh đạo, chỉ đạo …"; citations heldout11 y53) — start code: a row
    ("Trong năm 2024, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các xã, thị trấn hoàn thành chỉ tiêu thu ngân sách.", []),
    ("Năm học vừa qua, ngành giáo dục huyện, Phòng Giáo dục và Đào tạo đã chỉ đạo các trường rà soát đội ngũ.", []),
    # "đã chỉ đạo giao B" is one reported act (heldout6 s07; citations tuning4 t4-16 "Hiện nay, UBND huyện đã chỉ đạo …")
    # — start code: a row
    ("Vừa qua, UBND phường Tân Mai đã chỉ đạo giao Công an phường tăng cường tuần tra ban đêm.", []),
    # guards: the letter's order is B's task; a lead before an order; a reported body before another that orders
    ("Theo đó, UBND tỉnh đã có văn bản chỉ đạo Sở Y tế báo cáo kết quả thực hiện.", [("Sở Y tế", "-")]),
    ("Theo đó, UBND tỉnh chỉ đạo các huyện kiểm tra việc bố trí đất ở.", [("các huyện", "-")]),
    ("Bên cạnh đó, các sở đã triển khai kế hoạch, UBND tỉnh chỉ đạo Sở Tài chính bố trí kinh phí.",
     [("Sở Tài chính", "-")]),
])
def test_reported_direction_lays_no_duty(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # the writer's standing organ is the writer: its own step is no task (heldout5 r41) — start code: a second row
    ("Tỉnh ủy Quảng Nam yêu cầu các huyện ủy, thị ủy hoàn thành kiểm điểm trước ngày 15/3/2025; Ban Thường vụ Tỉnh ủy "
     "hoàn thành kiểm điểm trong tháng 4/2025.", [("các huyện ủy, thị ủy", "2025-03-15")]),
    # guards: the organs of the bodies told are theirs
    ("Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy hoàn thành kiểm điểm trước ngày 15/3/2025.",
     [("Ban Thường vụ các huyện ủy", "2025-03-15")]),
    ("Giao Ban Thường vụ Huyện đoàn tổ chức ra quân trước ngày 26/3/2025.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
     [("Ban Thường vụ Huyện đoàn", "2025-03-26")]),
    # the writer a signature names ("TM. …") announces its own steps and lends them no due (heldout9 n52) — start code:
    # ("Ban Thường vụ Huyện đoàn", "2025-03-31")
    ("Huyện đoàn thông báo đến các cơ sở Đoàn về hội thi như sau:\n\n– Mỗi chi đoàn tham gia ít nhất 1 đội thi.\n"
     "– Ban Thường vụ Huyện đoàn sẽ tổng hợp kết quả để xếp loại cơ sở Đoàn.\n\nĐây là hoạt động trọng tâm trong "
     "tháng 3/2025.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\nNguyễn Văn A", []),
    # guard: a bare "TM. ỦY BAN NHÂN DÂN" gives way to the body an order names ("UBND xã giao …"), whose own plan it is
    ("UBND xã giao Công an xã kiểm tra trước ngày 20/3/2025; UBND xã tổ chức tổng kết trong tháng 4/2025.\n\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", [("Công an xã", "2025-03-20")]),
])
def test_the_writer_and_its_organ_hold_no_row(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "key"), [
    ("…\n\nTM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG\nPHÓ BÍ THƯ", "ban thường vụ đoàn trường"),
    ("…\n  T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "ủy ban nhân dân"),
    ("Nội dung TM. không phải chữ ký.", None),  # not on a line of its own
    ("…\n\nTM. Nguyễn Văn A", None),  # no body
])
def test_signer(body: str, key: str | None) -> None:
    assert signer(body) == key


@pytest.mark.parametrize(("body", "found"), [
    # the body a writer hands its power to holds the duty; the writer joined to it is no unit (heldout9 n28, "UBND tỉnh
    # ủy quyền cho Giám đốc Sở Giáo dục và Đào tạo tổ chức bàn giao …") — start code: ("UBND huyện ủy quyền cho Phòng
    # Tài chính - Kế hoạch huyện", "2025-03-30")
    ("UBND huyện ủy quyền cho Phòng Tài chính - Kế hoạch huyện tổ chức kiểm tra quyết toán trước ngày 30/3/2025.",
     [("Phòng Tài chính - Kế hoạch huyện", "2025-03-30")]),
    # a person the power goes to holds no row
    ("Chủ tịch UBND xã uỷ quyền cho một Phó Chủ tịch UBND xã tiếp công dân định kỳ.", []),
])
def test_a_delegate_holds_the_duty(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found
