"""Thirty-second session: header kinds a flat copy (a PDF's text layer, a portal page, a text file) loses and a Word
file keeps. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer import Line, analyse

_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nSố: 12/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 3 tháng 4 năm 2026\n\nCHỈ THỊ\n\n")
_FIRST = ("Trong những năm gần đây, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đã đạt được nhiều kết quả "
          "quan trọng, nhưng số vụ cháy ở khu dân cư và chợ vẫn còn cao, gây thiệt hại lớn về người và tài sản. "
          "Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt các việc sau.")


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_type_line_with_the_body_right_under_it_has_no_trich_yeu(tmp_path: Path, form: str) -> None:
    front = imported_front(tmp_path, _HEADER + _FIRST + "\n\n1. Kiểm tra các chợ trước ngày 30 tháng 4.", form)
    assert front["type"] == "Chỉ thị"
    assert not front.get("title")


def _pdf_lines(paragraphs: list[list[str]]) -> list[Line]:
    """A PDF's lines: the header cells, then paragraphs wrapped at the margin, each opening at its indent."""
    head = [Line(t, cell=c) for t, c in (("ỦY BAN NHÂN DÂN", "L"), ("TỈNH AN PHÚ", "L"), ("Số: 12/CT-UBND", "L"),
                                         ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "R"), ("Độc lập - Tự do - Hạnh phúc", "R"),
                                         ("An Phú, ngày 3 tháng 4 năm 2026", "R"))]
    head.append(Line("CHỈ THỊ", gap_before=False, centered=True))
    for paragraph in paragraphs:
        head += [Line(t, gap_before=False, centered=False, indented=n == 0) for n, t in enumerate(paragraph)]
    return head


def test_a_pdf_paragraph_wrapped_under_the_type_line_is_the_body() -> None:
    words = _FIRST.split()
    wrapped = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    result = analyse(_pdf_lines([wrapped, ["1. Kiểm tra các chợ trước ngày 30 tháng 4."]]), Path("chi-thi.pdf"))
    assert result.fields["type"] == "Chỉ thị"
    assert "title" not in result.fields


def test_a_centred_trich_yeu_in_a_pdf_is_kept() -> None:
    lines = _pdf_lines([["1. Kiểm tra các chợ trước ngày 30 tháng 4."]])
    lines.insert(7, Line("Về tăng cường công tác phòng cháy, chữa cháy ở khu dân cư và chợ", gap_before=False,
                         centered=True))
    result = analyse(lines, Path("chi-thi.pdf"))
    assert result.fields["title"] == "Về tăng cường công tác phòng cháy, chữa cháy ở khu dân cư và chợ"


def test_an_old_gazette_heading_with_its_number_spaced(tmp_path: Path) -> None:
    text = ("HỘI ĐỒNG BỘ TRƯỞNG\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\n"
            "Số: 57-HĐBT\n\nHà Nội, ngày 03 tháng 5 năm 1983\n\nQUYẾT ĐỊNH\n\n"
            "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 57 - HĐBT NGÀY 3-5-1983 VỀ VIỆC CHIA XÃ AN HÒA THUỘC HUYỆN AN NHƠN\n\n"
            "HỘI ĐỒNG BỘ TRƯỞNG\n\nCăn cứ điều 107 của Hiến pháp;\n\nQUYẾT ĐỊNH\n\nĐiều 1. Chia xã An Hòa thành hai xã.")
    front = imported_front(tmp_path, text, "txt")
    assert str(front["title"]).lower() == "về việc chia xã an hòa thuộc huyện an nhơn"  # the subject alone
    assert front["number"] == "57-HĐBT"




def test_a_document_sites_file_record_under_a_pdf_trich_yeu() -> None:
    lines = _pdf_lines([])
    lines[6] = Line("QUYẾT ĐỊNH", gap_before=False, centered=True)
    lines[0:3] = [Line("ỦY BAN NHÂN DÂN", cell="L"), Line("TỈNH AN PHÚ", cell="L"), Line("Số: 12/QĐ-UBND", cell="L")]
    lines += [Line("Về việc phê duyệt quy hoạch các điểm đỗ xe công cộng trên địa bàn", gap_before=False, centered=False),
              Line("tỉnh đến năm 2030", gap_before=False, centered=False),
              Line("Chia sẻ: Minh Tran | Ngày: | Loại File: PDF | Số trang:9", gap_before=False, centered=True)]
    result = analyse(lines, Path("quyet-dinh.pdf"))
    assert result.fields["title"] == "Về việc phê duyệt quy hoạch các điểm đỗ xe công cộng trên địa bàn tỉnh đến năm 2030"


def test_a_party_resolutions_first_section_with_a_hyphen_ends_its_trich_yeu(tmp_path: Path) -> None:
    text = ("THÀNH ỦY AN PHÚ\n*\nSố 07-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 10 tháng 3 năm 2024\n"
            "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ THÀNH ỦY\nVỀ PHÁT TRIỂN KINH TẾ BIỂN ĐẾN NĂM 2030\nI- QUAN ĐIỂM, MỤC\n"
            "TIÊU PHÁT TRIỂN\n1. Quan điểm\n- Phát triển kinh tế biển gắn với bảo vệ môi trường.")
    front = imported_front(tmp_path, text, "txt")
    assert str(front["title"]).lower() == "về phát triển kinh tế biển đến năm 2030"


def _pdf_decision(title_lines: list[Line]) -> list[Line]:
    lines = _pdf_lines([["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]])
    lines[6] = Line("QUYẾT ĐỊNH", gap_before=False, centered=True)
    lines[2] = Line("Số: 12/QĐ-UBND", cell="L")
    return lines[:7] + title_lines + lines[7:]


def test_a_pdf_trich_yeu_wrapped_before_a_lower_case_thuc_hien() -> None:
    result = analyse(_pdf_decision([
        Line("Về việc ban hành Kế hoạch của Ủy ban nhân dân tỉnh", gap_before=False, centered=False),
        Line("thực hiện Nghị quyết số 05-NQ/TU ngày 2/3/2024 của Ban Thường vụ", gap_before=False, centered=False),
        Line("Tỉnh ủy về phát triển du lịch", gap_before=False, centered=True)]), Path("quyet-dinh.pdf"))
    assert result.fields["title"] == ("Về việc ban hành Kế hoạch của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số "
                                      "05-NQ/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về phát triển du lịch")


def test_a_header_said_again_in_capitals_under_a_pdf_trich_yeu() -> None:
    result = analyse(_pdf_decision([
        Line("Kiểm tra giữa học kỳ II năm học 2025 – 2026", gap_before=False, centered=False),
        Line("SỞ GDĐT TỈNH AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA", gap_before=False, centered=False),
        Line("VIỆT NAM", gap_before=False, centered=False)]), Path("ke-hoach.pdf"))
    assert result.fields["title"] == "Kiểm tra giữa học kỳ II năm học 2025 – 2026"


@pytest.mark.parametrize(("read", "body"), [
    ("Tổng cục Thủy lợi (Bộ NN&PTNT)", "Tổng cục Thủy lợi"),
    ("Cục Trồng trọt (Bộ Nông nghiệp và Môi trường)", "Cục Trồng trọt"),
    ("Ban Giám Hiệu trường THCS An Phú", "Trường THCS An Phú"),
    ("Ban Giám hiệu Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng"),
    # a bracket that is part of the name, and a board that is a body, stay
    ("Ban Chỉ đạo 389 tỉnh An Phú", "Ban Chỉ đạo 389 tỉnh An Phú"),
    ("Trung tâm Y tế (cơ sở 2)", "Trung tâm Y tế (cơ sở 2)"),
])
def test_a_bodys_name_ends_before_its_ministry_in_brackets_and_a_schools_board_is_the_school(read: str,
                                                                                                body: str) -> None:
    from vanban.importer.office_holder import body_of_office

    assert body_of_office(read) == body


def test_a_lead_naming_the_ministry_in_brackets(tmp_path: Path) -> None:
    text = ("Cục Trồng trọt (Bộ Nông nghiệp và Môi trường) vừa có Công văn số 512/TT-CLT về việc chỉ đạo sản xuất "
            "vụ Đông năm 2026.\n\nTheo đó, các địa phương rà soát diện tích gieo trồng.")
    front = imported_front(tmp_path, text, "txt")
    assert front["issuer"] == "Cục Trồng trọt"


def test_a_pdf_column_that_wrapped_the_issuers_number() -> None:
    lines = [Line("ỦY BAN NHÂN DÂN QUẬN", cell="L"), Line("12", cell="L", gap_before=False),
             Line("Số: 55/KH-UBND", cell="L"), Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cell="R"),
             Line("Độc lập - Tự do - Hạnh phúc", cell="R"), Line("Quận 12, ngày 3 tháng 5 năm 2026", cell="R"),
             Line("KẾ HOẠCH", gap_before=False, centered=True),
             Line("Phát triển văn hóa đọc năm 2026", gap_before=False, centered=True),
             Line("Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân Thành phố;", gap_before=False, centered=False)]
    result = analyse(lines, Path("ke-hoach.pdf"))
    assert str(result.fields["issuer"]).lower() == "ủy ban nhân dân quận 12"


def test_a_number_alone_above_the_header_is_no_issuer() -> None:
    lines = [Line("12"), Line("Số: 55/KH-UBND"), Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             Line("Độc lập - Tự do - Hạnh phúc"), Line("An Phú, ngày 3 tháng 5 năm 2026"), Line("KẾ HOẠCH"),
             Line("Phát triển văn hóa đọc năm 2026")]
    result = analyse(lines, Path("ke-hoach.txt"))
    assert not result.fields.get("issuer")
