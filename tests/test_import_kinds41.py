"""Thirty-first session (imp41): kinds from heldout29's first contact, each checked on pages written for the test (other
bodies, places and wordings), imported with `vanban import` as .txt, .html and .docx:

- a header's part in capitals with a hyphen ("I- QUAN ĐIỂM, MỤC TIÊU") under the trích yếu is the body's, never the
  trích yếu's; a wrapped trích yếu line opening with "thực hiện …" goes on the line above (no body opens in lower case);
- a header flattened onto one line after a site's words ("… Xây dựng UBND TỈNH X SỞ Y Số: BC-SY …"): the managing
  committee and its department before "Số:" are the issuer's lines, and "Số:" with the codes alone is a blank number;
- a provincial department under its committee's line names the province;
- a lead naming the office and then the person ("Phó Chủ tịch UBND TP Hà Nam Trần Văn Khôi đã ký ban hành Kế hoạch
  …"), a comrade signing "thay mặt Ban Thường vụ Tỉnh ủy …": the body issues, the person signs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front

FORMS = ("txt", "html", "docx")


def _five(front: dict[str, object]) -> tuple[object, ...]:
    return tuple(front.get(k, "") or "" for k in ("number", "type", "issuer", "date", "title"))


@pytest.mark.parametrize("form", FORMS)
def test_a_part_with_a_hyphen_ends_the_trich_yeu(tmp_path: Path, form: str) -> None:
    text = ("HUYỆN ỦY KIM SƠN\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 07-NQ/HU\n\nKim Sơn, ngày 12 tháng 3 năm 2023\n\n"
            "NGHỊ QUYẾT\nVỀ PHÁT TRIỂN KINH TẾ BIỂN ĐẾN NĂM 2030\nII- NHIỆM VỤ, GIẢI\nPHÁP CHỦ YẾU\n"
            "1. Phát triển kinh tế biển gắn với bảo vệ môi trường.\n")
    front = imported_front(tmp_path, text, form)
    assert str(front["title"]).lower() == "về phát triển kinh tế biển đến năm 2030"


@pytest.mark.parametrize("form", FORMS)
def test_a_wrapped_trich_yeu_line_opening_with_thuc_hien_goes_on(tmp_path: Path, form: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 512/QĐ-UBND\n\nNinh Bình, ngày 05 tháng 6 năm 2023\n\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Kế hoạch của UBND tỉnh\nthực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2023 của Tỉnh ủy\n\n"
            "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n")
    front = imported_front(tmp_path, text, form)
    assert front["title"] == ("Về việc ban hành Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 05-NQ/TU ngày "
                              "10/3/2023 của Tỉnh ủy")


def test_a_flattened_header_after_a_sites_words(tmp_path: Path) -> None:
    text = ("Tài liệu tham khảo\n\n"
            "Kinh Tế - Quản Lý - Văn hóa, du lịch, báo cáo, tài liệu - Xây dựng UBND TỈNH HÀ GIANG SỞ NÔNG NGHIỆP VÀ "
            "PHÁT TRIỂN NÔNG THÔN Số: BC-SNN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Giang, "
            "ngày tháng 5 năm 2022 BÁO CÁO Kết quả sản xuất vụ Xuân năm 2022 Thực hiện chỉ đạo của Ủy ban nhân dân "
            "tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo kết quả sản xuất vụ Xuân như sau: diện tích gieo "
            "trồng đạt kế hoạch, năng suất tăng so với cùng kỳ năm trước.\n")
    front = imported_front(tmp_path, text, "txt")
    assert _five(front) == ("", "Báo cáo", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang", "2022-05",
                            "Kết quả sản xuất vụ Xuân năm 2022")


@pytest.mark.parametrize("form", FORMS)
def test_a_department_under_its_committee_names_the_province(tmp_path: Path, form: str) -> None:
    text = ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 88/SYT-NVY\n\nQuảng Trị, ngày 02 tháng 3 năm 2024\n\nV/v tăng cường phòng chống sốt xuất huyết\n\n"
            "Kính gửi: Trung tâm Y tế các huyện.\n\nSở Y tế đề nghị các đơn vị triển khai ngay các biện pháp.\n")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Sở Y tế tỉnh Quảng Trị"
    assert front.get("managing_body") == "UBND tỉnh Quảng Trị"


@pytest.mark.parametrize("form", FORMS)
def test_an_office_and_a_person_before_ky_ban_hanh(tmp_path: Path, form: str) -> None:
    text = ("Phó Chủ tịch UBND TP Hải Phòng Trần Văn Khôi đã ký ban hành Kế hoạch 145/KH-UBND tổ chức Lễ hội Hoa "
            "phượng đỏ trên địa bàn TP năm 2024.\n\n"
            "Theo kế hoạch, các hoạt động chính diễn ra trong tháng 5 tại các quận nội thành.\n")
    front = imported_front(tmp_path, text, form)
    assert (front["issuer"], front.get("signer")) == ("Ủy ban nhân dân thành phố Hải Phòng", "Trần Văn Khôi")


@pytest.mark.parametrize("form", FORMS)
def test_a_comrade_signing_on_behalf_of_a_standing_committee(tmp_path: Path, form: str) -> None:
    text = ("Ngày 12-4-2023, đồng chí Lê Văn Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, thay mặt Ban Thường vụ "
            "Tỉnh ủy Nghệ An đã ký ban hành Nghị quyết số 09-NQ/TU về phát triển vùng miền Tây đến năm 2030.\n\n"
            "Nghị quyết nêu rõ các mục tiêu cụ thể cho từng huyện.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("09-NQ/TU", "Nghị quyết", "Ban Thường vụ Tỉnh ủy Nghệ An", "2023-04-12",
                            "về phát triển vùng miền Tây đến năm 2030")
    assert front.get("signer") == "Lê Văn Hòa"


@pytest.mark.parametrize("form", FORMS)
def test_a_deputy_chairman_named_in_a_plain_lead(tmp_path: Path, form: str) -> None:
    text = ("Phó Chủ tịch UBND tỉnh Ngô Văn Tuấn vừa ký ban hành kế hoạch tổ chức Ngày hội Văn hóa các dân tộc tỉnh "
            "Hòa Bình năm 2024, với chủ đề “Sắc màu văn hóa”.\n\n"
            "Ngày hội diễn ra tại thành phố Hòa Bình.\n")
    front = imported_front(tmp_path, text, form)
    assert front.get("signer") == "Ngô Văn Tuấn"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Hòa Bình"
