"""Twenty-eighth session (imp38): kinds of pages without a header from heldout26's first contact and the pooled wrong
fields of every spent set, each checked on pages written for the test (other bodies, places and wordings), imported
with `vanban import` as .txt, .html and .docx:

- a record's one title line "Công văn Số: …, ngày … Về việc …" under the record's number alone: its trích yếu is the
  words after "Về việc", never the number (the comma after the number hid it);
- a law database's full text that starts at the type line: the authority line over "Căn cứ" names the issuer (a
  committee with its level and place), or a print's "CỦA <body>" line under the type line; an office's line ("CHỦ
  TỊCH …") settles no body;
- a record's title line without number or day, "Công văn V/v …", under the record's number alone; one a PDF wrapped
  before its "Về việc …";
- a page whose own words tell its readers ("Nay Trường … xin thông báo đến toàn thể quý phụ huynh …") is a Thông báo;
  a sentence asking another body to notify ("Kính đề nghị Quý Phòng thông báo cho …") is none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front

FORMS = ("txt", "html", "docx")


def _five(front: dict[str, object]) -> tuple[object, ...]:
    return tuple(front.get(k, "") or "" for k in ("number", "type", "issuer", "date", "title"))


@pytest.mark.parametrize("form", FORMS)
def test_a_record_title_line_under_its_number(tmp_path: Path, form: str) -> None:
    text = ("1187/BYT-MT\n\n"
            "KT. Bộ trưởng, Thứ trưởng Đỗ Xuân Tuyên Theo BỘ Y TẾ -\n\n"
            "Công văn Số: 1187/BYT-MT, ngày 14 tháng 02 năm 2020 Về việc Tăng cường vệ sinh môi trường phòng, chống dịch\n\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
            "Thời gian qua, dịch bệnh đã tái phát; Bộ Y tế đề nghị các địa phương chủ động vệ sinh môi trường.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("1187/BYT-MT", "Công văn", "Bộ Y tế", "2020-02-14",
                            "Tăng cường vệ sinh môi trường phòng, chống dịch")


@pytest.mark.parametrize("form", FORMS)
def test_a_full_text_tab_names_its_issuer_in_the_authority_line(tmp_path: Path, form: str) -> None:
    text = ("QUYẾT ĐỊNH\n"
            "Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân huyện Củ Chi\n"
            "_______________\n"
            "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("", "Quyết định", "Ủy ban nhân dân huyện Củ Chi", "",
                            "Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân huyện Củ Chi")


@pytest.mark.parametrize("form", FORMS)
def test_an_office_authority_line_settles_no_issuer(tmp_path: Path, form: str) -> None:
    text = ("QUYẾT ĐỊNH\n"
            "Về việc thành lập Tổ công tác chuyển đổi số\n"
            "_______________\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Tổ công tác chuyển đổi số.\n")
    front = imported_front(tmp_path, text, form)
    assert front.get("issuer", "") == ""
    assert front.get("type") == "Quyết định"


@pytest.mark.parametrize("form", FORMS)
def test_a_record_title_line_without_its_number(tmp_path: Path, form: str) -> None:
    text = ("2045/BYT-KCB\n\n"
            "KT. Bộ trưởng, Thứ trưởng Nguyễn Trường Sơn Theo BỘ Y TẾ -\n\n"
            "Công văn V/v hướng dẫn khám bệnh, chữa bệnh cho người cao tuổi tại trạm y tế xã\n\n"
            "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\n\n"
            "Để bảo đảm chăm sóc sức khỏe người cao tuổi, Bộ Y tế đề nghị các Sở Y tế chỉ đạo trạm y tế xã thực hiện.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("2045/BYT-KCB", "Công văn", "Bộ Y tế", "",
                            "hướng dẫn khám bệnh, chữa bệnh cho người cao tuổi tại trạm y tế xã")


@pytest.mark.parametrize("form", FORMS)
def test_a_print_names_its_issuer_under_the_type_line(tmp_path: Path, form: str) -> None:
    text = ("Đăng nhập\n"
            "QUYẾT ĐỊNH\n"
            "CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Về việc phê duyệt quy hoạch chi tiết khu du lịch sinh thái Măng Đen\n"
            "_____________________________\n"
            "ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt quy hoạch chi tiết khu du lịch sinh thái Măng Đen.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("", "Quyết định", "Ủy ban nhân dân tỉnh Kon Tum", "",
                            "Về việc phê duyệt quy hoạch chi tiết khu du lịch sinh thái Măng Đen")


@pytest.mark.parametrize("form", FORMS)
def test_a_page_telling_its_readers_is_a_notice(tmp_path: Path, form: str) -> None:
    text = ("Thông tin nhà trường\n\n"
            "Thực hiện chỉ đạo của Phòng Giáo dục và Đào tạo huyện. Nay Trường Tiểu học Hòa Bình xin thông báo đến toàn "
            "thể quý phụ huynh lịch học bù của học sinh các khối lớp trong tháng 3.\n\n"
            "Trân trọng kính chào!\n")
    front = imported_front(tmp_path, text, form)
    assert front.get("type") == "Thông báo"
    assert front.get("number", "") == ""


@pytest.mark.parametrize("form", FORMS)
def test_asking_another_body_to_notify_is_no_notice(tmp_path: Path, form: str) -> None:
    text = ("Hội thi giáo viên dạy giỏi cấp huyện\n\n"
            "Để hội thi đạt kết quả, kính đề nghị Quý Phòng thông báo cho các trường tiểu học trên địa bàn cử giáo viên "
            "tham dự.\n\n"
            "Thời gian đăng ký từ ngày 05/3 đến ngày 15/3.\n")
    front = imported_front(tmp_path, text, form)
    assert front.get("type", "") == ""


@pytest.mark.parametrize("form", FORMS)
def test_a_record_title_line_wrapped_before_its_subject(tmp_path: Path, form: str) -> None:
    text = ("512/BTTTT-CBĐTW\n\n"
            "KT. Bộ trưởng, Thứ trưởng Phạm Hồng Hải Theo BỘ THÔNG TIN VÀ TRUYỀN THÔNG -\n\n"
            "Công văn Số: 512/BTTTT-CBĐTW, ngày 20 tháng 02 năm 2019\n"
            "Về việc Hướng dẫn thực hiện chữ ký số trong cơ quan nhà nước\n\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
            "Bộ Thông tin và Truyền thông đề nghị các địa phương triển khai chữ ký số.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("512/BTTTT-CBĐTW", "Công văn", "Bộ Thông tin và Truyền thông", "2019-02-20",
                            "Hướng dẫn thực hiện chữ ký số trong cơ quan nhà nước")
