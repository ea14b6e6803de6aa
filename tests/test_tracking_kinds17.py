"""Kinds of assignment the seventeenth session's tuning2 passages showed the readers missing (issue 15):
each is pinned by sentences of that kind, on the fast sentence reader and on the plain reference."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")


@pytest.mark.parametrize(("body", "units"), [
    ("Kết luận tại buổi làm việc, Phó Chủ tịch UBND huyện đề nghị: Phòng Văn hóa TT phối hợp Đài TT tuyên truyền; "
     "Phòng Tài chính - Kế hoạch cần sắp xếp nguồn kinh phí.", ["Phòng Văn hóa TT", "Phòng Tài chính - Kế hoạch"]),
    ("Đồng chí Phó Bí thư yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch tuyên truyền.",
     ["Ban Tuyên giáo Tỉnh ủy"]),
    ("Báo cáo tháng được thực hiện cụ thể như sau: Trạm Thú y báo cáo Chi cục Thú y trước ngày 10 hằng tháng.",
     ["Trạm Thú y"]),
])
def test_a_unit_after_a_colon_starts_a_clause(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize("body", [
    "Kính gửi: Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương",
    "Giám đốc các Sở: Tài chính, Nội vụ tổng hợp.",
    "1. UBND huyện: Tham mưu xây dựng kế hoạch.",
])
def test_a_colon_before_recipients_shared_names_or_a_duty_is_no_cut(body: str) -> None:
    found = [u for u, _ in _tasks(body)]
    assert found == {"Kính": [], "Giám": ["Sở Tài chính", "Sở Nội vụ"], "1. U": ["UBND huyện"]}[body[:4]]


@pytest.mark.parametrize(("body", "found"), [
    ("Ngoài công tác tuyên truyền, UBND huyện Tây Trà phải tăng cường lực lượng, báo cáo kết quả cho UBND tỉnh "
     "trước ngày 10-4.", [("UBND huyện Tây Trà", "2012-04-10")]),
    ("Bộ đề nghị các sở báo cáo nhanh. Trước ngày 18/10, các địa phương phải báo cáo Bộ một số nội dung.",
     [("các sở", "-"), ("các địa phương", "2012-10-18")]),
    ("Nhiệm vụ thời gian tới, các Ban HĐND chủ động hoàn thành kế hoạch giám sát chuyên đề.", [("các Ban HĐND", "-")]),
    ("1. Ngày 05 hằng tháng (từ tháng 02 đến tháng 9), Chủ tịch Ủy ban nhân dân cấp xã tổng hợp, báo cáo kết quả.",
     [("Chủ tịch Ủy ban nhân dân cấp xã", "periodic")]),
])
def test_a_due_or_an_adverbial_before_the_units_opens_their_clause(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, dt.date(2012, 3, 23)) == found


@pytest.mark.parametrize("body", [
    "Ngày 25/4/2024, Ủy ban nhân dân phường phối hợp Ủy ban MTTQ Việt Nam phường tổ chức hội nghị Nhân dân.",
    "Đồng thời, Ban Thường vụ Huyện ủy cũng chọn Chi bộ Trường Trung học phổ thông Võ Thị Hồng chỉ đạo đại hội điểm.",
    "Ngoài ra, UBND huyện đã tổ chức kiểm tra.",
])
def test_narrative_that_opens_with_a_date_or_a_connective_lays_no_duty(body: str) -> None:
    assert _tasks(body, dt.date(2024, 4, 26)) == []


@pytest.mark.parametrize(("body", "units"), [
    ("1. Bản tin Quận 8 đăng nội dung bài phát thanh tuyên truyền Hội Hoa Xuân trên Tờ tin.", ["Bản tin Quận 8"]),
    ("Trung tâm Kiểm soát bệnh tật tỉnh làm đầu mối tổng hợp số liệu gửi về Sở Y tế trước ngày 30/9.",
     ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Bộ Nội vụ đề nghị UBND các tỉnh, TP trực thuộc Trung ương tạm dừng việc sáp nhập các cơ quan chuyên môn.",
     ["UBND các tỉnh, TP trực thuộc Trung ương"]),
])
def test_duty_verbs_that_end_a_name(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body, dt.date(2022, 9, 25))] == units


def test_a_numbered_unit_with_its_duty_over_bullets_names_the_unit_only() -> None:
    body = ("1. Phòng Nội vụ - Lao động Thương binh và Xã hội tham mưu Hội đồng Thi đua - Khen thưởng huyện thực hiện:\n\n"
            "- Đẩy mạnh công tác tuyên truyền Đại hội Thi đua yêu nước.\n\n"
            "2. Phòng Văn hóa và Thông tin đăng tải Đề cương tuyên truyền lên trang thông tin điện tử của huyện.")
    assert sorted(u for u, _ in _tasks(body)) == ["Phòng Nội vụ - Lao động Thương binh và Xã hội", "Phòng Văn hóa và Thông tin"]


@pytest.mark.parametrize(("body", "units"), [
    ("Bộ Y tế đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các đơn vị trực thuộc và Thủ trưởng các "
     "đơn vị có liên quan tiếp tục phối hợp thực hiện tăng cường công tác phòng, chống dịch bệnh.",
     ["UBND các tỉnh, thành phố trực thuộc Trung ương", "các đơn vị trực thuộc", "Thủ trưởng các đơn vị có liên quan"]),
    ("UBND tỉnh giao Chủ tịch UBND huyện Bình Xuyên chỉ đạo UBND xã Quất Lưu thực hiện đầu tư theo đúng trình tự.",
     ["Chủ tịch UBND huyện Bình Xuyên", "UBND xã Quất Lưu"]),
])
def test_the_bodies_a_holder_is_told_to_direct_hold_the_task_too(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


def test_a_second_order_in_the_same_clause_has_its_own_units_and_due() -> None:
    body = ("Tại kế hoạch này ngoài giao nhiệm vụ cho Sở Tài nguyên-Môi trường chủ trì triển khai các nhiệm vụ, UBND tỉnh "
            "giao UBND các huyện, thị xã chủ trì, phối hợp với các đơn vị có liên quan, báo cáo trước ngày 30/6/2018.")
    assert _tasks(body) == [("Sở Tài nguyên-Môi trường", "-"), ("UBND các huyện, thị xã", "2018-06-30")]


@pytest.mark.parametrize(("body", "found"), [
    ("Số giống này được tiếp nhận để bàn giao cho UBND các huyện, thị xã, thành phố kịp thời cấp hỗ trợ.", []),
    ("Đại học Quốc gia nghiêm túc thực hiện theo đúng chỉ đạo của Thủ tướng.", []),
    ("Giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh yêu cầu các địa phương không tổ chức bắn pháo hoa.",
     ["Ban cán sự đảng UBND tỉnh", "UBND tỉnh", "các địa phương"]),  # the chain's middle body (eighteenth session)
])
def test_handing_over_an_order_noun_and_a_negation(body: str, found: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == found


@pytest.mark.parametrize(("body", "found"), [
    ("Chậm nhất là ngày 20 tháng 7 hằng năm, Sở Tài chính tổng hợp, báo cáo Bộ Tài chính.",
     [("Sở Tài chính", "periodic")]),
    ("Ngày 1/5, các đơn vị phải gửi báo cáo về Bộ.", [("các đơn vị", "-")]),
    ("Ban Bí thư yêu cầu, các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc tập trung phòng, chống dịch.",
     [("các cấp ủy, tổ chức đảng, chính quyền", "-"), ("Mặt trận Tổ quốc", "-")]),
    ("(Thứ trưởng chỉ đạo, Cục T.T chủ trì thực hiện);", [("Cục T.T", "-")]),
])
def test_a_yearly_due_a_modal_after_a_day_and_a_comma_after_the_verb(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(_tasks(body, dt.date(2020, 1, 1)))) == sorted(found)


@pytest.mark.parametrize("body", [
    "Căn cứ chức năng, nhiệm vụ được giao, Bộ Công an hướng dẫn thực hiện Tiêu chí số 4 như sau:",
    "UBND tỉnh yêu cầu, ",
])
def test_a_task_given_before_and_the_writer_before_its_orders_lay_no_duty(body: str) -> None:
    assert _tasks(body) == []
