"""Twenty-sixth session (imp35): kinds from heldout24's first contact, each checked on pages written for the test in
layouts of their own, imported with `vanban import` as .txt, .html and .docx (a clerk's three forms of a copy):

- an issuer's word without marks in a name that has them ("HẢI QUAN") is that word, never a place's level ("quận");
- a copy's stray mark between "Số:" and the number ("Số:. 4315/…") hides neither the number nor the issuer;
- a news lead naming a department whose name holds commas ("Sở Văn hóa, Thể thao và Du lịch vừa ban hành …");
- a post stamp the copy put before the lead ("date 2023-03 UBND tỉnh vừa ban hành công văn số …");
- a hospital's notice naming itself ("Bệnh viện … trân trọng thông báo", "… trân trọng kính báo!");
- two verbs of one act ("UBND huyện xây dựng và triển khai kế hoạch …"): the first is no word of the body's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer import recase_issuer

FORMS = ("txt", "html", "docx")


def test_a_word_without_marks_in_a_marked_name_is_no_level_of_place() -> None:
    assert recase_issuer("CỤC HẢI QUAN TỈNH BÌNH PHƯỚC") == ("Cục Hải quan tỉnh Bình Phước", True)
    assert recase_issuer("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH") == ("Đảng ủy Khối các cơ quan tỉnh", True)
    assert recase_issuer("UBND HUYEN LE THUY")[0].startswith("UBND huyện")  # a copy without any marks: as before


@pytest.mark.parametrize("form", FORMS)
def test_a_customs_department_keeps_its_name(tmp_path: Path, form: str) -> None:
    text = ("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN TỈNH BÌNH PHƯỚC\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 88/HQBP-NV\nV/v hướng dẫn khai báo hàng hóa qua cửa khẩu Hoa Lư\n\n"
            "Bình Phước, ngày 04 tháng 3 năm 2022\n\n"
            "Kính gửi: Các doanh nghiệp xuất khẩu, nhập khẩu\n\n"
            "Cục Hải quan tỉnh Bình Phước hướng dẫn việc khai báo hàng hóa qua cửa khẩu như sau.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Cục Hải quan tỉnh Bình Phước"
    assert front["number"] == "88/HQBP-NV"


@pytest.mark.parametrize("form", FORMS)
def test_a_stray_mark_after_the_number_label(tmp_path: Path, form: str) -> None:
    text = ("BỘ Y TẾ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
            "Số:, 712/BYT-KCB\nV/v: Tăng cường phòng chống sốt xuất huyết\n\nHà Nội, ngày 12 tháng 7 năm 2019\n\n"
            "Kính gửi: Sở Y tế các tỉnh, thành phố\n\n"
            "Bộ Y tế đề nghị các Sở Y tế chỉ đạo các bệnh viện chuẩn bị giường bệnh.\n")
    front = imported_front(tmp_path, text, form)
    assert (front["number"], front["issuer"], front["type"]) == ("712/BYT-KCB", "Bộ Y tế", "Công văn")


@pytest.mark.parametrize("form", FORMS)
def test_a_lead_naming_a_department_whose_name_holds_commas(tmp_path: Path, form: str) -> None:
    text = ("Quảng Bình hướng dẫn tổ chức lễ hội đầu xuân\n\n"
            "Sở Văn hóa, Thể thao và Du lịch vừa ban hành Công văn số 95/SVHTTDL-QLVH về việc tổ chức lễ hội đầu xuân "
            "năm 2024 trên địa bàn tỉnh Quảng Bình.\n\n"
            "Theo đó, các huyện, thị xã, thành phố rà soát các lễ hội truyền thống và báo cáo trước ngày 20/1.\n")
    front = imported_front(tmp_path, text, form)
    assert front["number"] == "95/SVHTTDL-QLVH"
    assert front["type"] == "Công văn"
    assert front["issuer"] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình"  # its document's scope (README)
    assert front["title"] == "tổ chức lễ hội đầu xuân năm 2024 trên địa bàn tỉnh Quảng Bình"


@pytest.mark.parametrize("form", FORMS)
def test_two_bodies_in_a_lead_are_never_one_issuer(tmp_path: Path, form: str) -> None:
    """"UBND tỉnh, Sở Y tế vừa ban hành …": a comma before a second body's word is no comma of one name."""
    text = ("Phòng chống dịch sốt xuất huyết\n\n"
            "UBND tỉnh, Sở Y tế vừa ban hành Kế hoạch số 41/KH-SYT về phòng chống dịch sốt xuất huyết năm 2024.\n\n"
            "Kế hoạch nêu các biện pháp diệt lăng quăng tại các xã.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] != "UBND tỉnh, Sở Y tế"
    assert "," not in str(front["issuer"])


@pytest.mark.parametrize("form", FORMS)
def test_a_post_stamp_before_the_lead(tmp_path: Path, form: str) -> None:
    text = ("date 2024-08 UBND tỉnh vừa ban hành công văn số 2210/UBND-KT về việc chủ động ứng phó với mưa lũ "
            "trên địa bàn tỉnh Yên Bái.\n\n"
            "Theo đó, UBND tỉnh yêu cầu các huyện kiểm tra các hồ đập xung yếu.\n\nPHƯƠNG LINH\n")
    front = imported_front(tmp_path, text, form)
    assert (front["number"], front["type"]) == ("2210/UBND-KT", "Công văn")
    assert front["title"] == "chủ động ứng phó với mưa lũ trên địa bàn tỉnh Yên Bái"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Yên Bái"


@pytest.mark.parametrize("form", FORMS)
def test_a_hospital_naming_itself_in_its_notice(tmp_path: Path, form: str) -> None:
    text = ("THÔNG BÁO LỊCH KHÁM BỆNH DỊP TẾT NGUYÊN ĐÁN 2025\n\n"
            "Bệnh viện Đa khoa huyện Tuy Phước trân trọng thông báo đến người bệnh lịch khám bệnh như sau:\n"
            "- Nghỉ khám từ ngày 27/01/2025 đến hết ngày 02/02/2025.\n"
            "- Khoa Cấp cứu trực 24/24 giờ.\n")
    assert imported_front(tmp_path, text, form)["issuer"] == "Bệnh viện Đa khoa huyện Tuy Phước"


def test_a_notice_closed_by_its_hospital(tmp_path: Path) -> None:
    text = ("Thông báo nghỉ lễ Quốc khánh 2/9 năm 2024\n\n(28/08/2024)\n\n"
            "Theo quy định, người lao động được nghỉ 4 ngày dịp lễ Quốc khánh. Khoa Khám bệnh sẽ làm việc như sau:\n\n"
            "1. Ngày 31/8 và 1/9: khám bệnh bình thường.\n\n2. Ngày 2/9 và 3/9: chỉ tiếp nhận cấp cứu.\n\n"
            "Bệnh viện Phụ sản Hải Phòng trân trọng kính báo!\n")
    assert imported_front(tmp_path, text, "txt")["issuer"] == "Bệnh viện Phụ sản Hải Phòng"


@pytest.mark.parametrize("form", FORMS)
def test_two_verbs_of_one_act_are_no_part_of_the_body(tmp_path: Path, form: str) -> None:
    text = ("Tiêm phòng cúm gia cầm năm 2024\n\nTin tức\n\n"
            "Nhằm chủ động phòng chống dịch cúm gia cầm, UBND thị xã ban hành và triển khai kế hoạch tiêm phòng cúm "
            "gia cầm đợt 1 năm 2024.\n\nCác phường rà soát tổng đàn trước ngày 15/3.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Ủy ban nhân dân thị xã"
    assert front["type"] == "Kế hoạch"


@pytest.mark.parametrize("form", FORMS)
def test_an_ornament_between_two_rules_is_no_word_of_the_issuer(tmp_path: Path, form: str) -> None:
    """"--------- aa&bb ---------", "---oOo---" under a school's name: the rule's ornament, not a third header line."""
    text = ("PHÒNG GD&ĐT HUYỆN KIM BẢNG\nTRƯỜNG MẦM NON THỤY LÔI\n-----oOo-----\n\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 27/KH-MNTL          Thụy Lôi, ngày 15 tháng 9 năm 2023\n\n"
            "KẾ HOẠCH\nPhòng chống dịch bệnh năm học 2023 - 2024\n\n"
            "Căn cứ tình hình thực tế, Trường Mầm non Thụy Lôi xây dựng kế hoạch như sau.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Trường Mầm non Thụy Lôi"
    assert front["number"] == "27/KH-MNTL"
