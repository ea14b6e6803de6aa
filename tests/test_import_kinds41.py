"""Thirty-first session (imp41): general forms of the header pages' losses, each measured on every spent set and
checked here on pages written for the test (other bodies, places and wordings):

- a provincial department under its committee's line names the province (import README: under a header too);
- a header flattened onto one long line: a part in capitals after the trích yếu ("… CẤP TIỂU HỌC A- ĐÁNH GIÁ …",
  "II - KẾT QUẢ …") starts a piece of its own, so the trích yếu in capitals ends before it;
- a notice page under a headline that names no body: the body saying "(xin) thông báo đến <readers>" is its issuer;
- a PDF's header row whose left cell (a wrapped V/v line) ends just before the page's middle and whose right cell (the
  date line) starts just past it: two cells, never one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer import analyse
from vanban.importer.readers.layout import Box, page_lines

FORMS = ("txt", "html", "docx")


@pytest.mark.parametrize("form", FORMS)
def test_a_department_under_its_committee_names_the_province(tmp_path: Path, form: str) -> None:
    text = ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 88/SYT-NVY\n\nQuảng Trị, ngày 02 tháng 3 năm 2024\n\nV/v tăng cường phòng chống sốt xuất huyết\n\n"
            "Kính gửi: Trung tâm Y tế các huyện.\n\nSở Y tế đề nghị các đơn vị triển khai ngay các biện pháp.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Sở Y tế tỉnh Quảng Trị"
    assert front.get("managing_body") == "UBND tỉnh Quảng Trị"


@pytest.mark.parametrize("form", FORMS)
def test_a_department_whose_committee_names_no_place_stays_bare(tmp_path: Path, form: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nSỞ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 88/SYT-NVY\n\nQuảng Trị, ngày 02 tháng 3 năm 2024\n\nV/v tăng cường phòng chống sốt xuất huyết\n\n"
            "Kính gửi: Trung tâm Y tế các huyện.\n\nSở Y tế đề nghị các đơn vị triển khai ngay các biện pháp.\n")
    assert imported_front(tmp_path, text, form)["issuer"] == "Sở Y tế"


def test_a_part_in_capitals_ends_a_flattened_trich_yeu(tmp_path: Path) -> None:
    text = ("PHÒNG GD&ĐT HUYỆN ĐÔ LƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 45/BC-PGD "
            "Đô Lương, ngày 20 tháng 5 năm 2012 BÁO CÁO SƠ KẾT HỌC KỲ I NĂM HỌC 2011 - 2012 CẤP TRUNG HỌC CƠ SỞ "
            "A- KẾT QUẢ THỰC HIỆN NHIỆM VỤ HỌC KỲ I 1- Quy mô trường lớp: toàn huyện có 32 trường với 410 lớp, "
            "12.500 học sinh; tỷ lệ huy động đạt kế hoạch đề ra.\n")
    front = imported_front(tmp_path, text, "txt")
    assert str(front["title"]).lower() == "sơ kết học kỳ i năm học 2011 - 2012 cấp trung học cơ sở"


def test_a_header_row_either_side_of_the_middle_is_two_cells() -> None:
    boxes = [Box(98, 87, 294, 104, "SỞ NỘI VỤ"), Box(327, 87, 506, 104, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             Box(123, 105, 268, 121, "TỈNH BẮC KẠN"), Box(314, 106, 518, 121, "Độc lập - Tự do - Hạnh phúc"),
             Box(131, 125, 261, 138, "Số: 310/SNV-TCBC"), Box(312, 141, 522, 154, "Bắc Kạn, ngày 07 tháng 10"),
             Box(95, 143, 298, 156, "V/v hướng dẫn xét tuyển viên"), Box(353, 156, 480, 169, "năm 2022"),
             Box(103, 158, 289, 172, "chức ngành giáo dục"),
             Box(85, 200, 527, 214, "Kính gửi: Ủy ban nhân dân các huyện, thành phố."),
             Box(85, 216, 527, 230, "Sở Nội vụ hướng dẫn việc xét tuyển viên chức như sau.")]
    fields = analyse(page_lines(boxes, 612.0), Path("x.pdf")).fields
    assert (fields["date"], fields["title"]) == ("2022-10-07", "hướng dẫn xét tuyển viên chức ngành giáo dục")


@pytest.mark.parametrize("form", FORMS)
def test_the_body_that_tells_its_readers_issues_the_notice(tmp_path: Path, form: str) -> None:
    """A notice page under its headline ("Thông báo về việc …" names no body): the body saying "(xin) thông báo đến
    <readers>" is its issuer, as it makes the page a Thông báo (``own_notice``)."""
    text = ("Thông báo về việc tạm ngừng cấp nước khu vực phía Bắc\n\n"
            "Thứ Ba, 12/03/2024, 09:15 [GMT+7]\n\n"
            "Để sửa chữa tuyến ống chính trên đường Lê Lợi, Công ty Cổ phần Cấp nước Quảng Bình có kế hoạch thay thế van "
            "tại trạm bơm số 2. Công ty Cổ phần Cấp nước Quảng Bình thông báo đến khách hàng tại các phường: Bắc Lý, "
            "Nam Lý lịch tạm ngừng cấp nước như sau:\n\n"
            "Thời gian: từ 8 giờ đến 17 giờ ngày 15/3/2024.\n")
    front = imported_front(tmp_path, text, form)
    assert (front["type"], front["issuer"]) == ("Thông báo", "Công ty Cổ phần Cấp nước Quảng Bình")

