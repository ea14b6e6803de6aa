"""Pages without a header and flattened copies, kinds the spent heldout15 showed (eighteenth session).

Each test writes the kind small with made-up names and checks what a clerk gets; every value read where no header
gives it is reported as unsure.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.record_table import central_body
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title"))


def test_a_record_table_flattened_names_its_one_document() -> None:
    """f29: a label row without separators, rows read by shape; a number cut short in one row is the same one; the
    Government's code names its issuer; an empty trích yếu column gives none."""
    result = _result("Số ký hiệu Ngày ban hành Loại văn bản Trích yếu\n56/2017 19/05/2017 Nghị định\n"
                     "56/ 2017/ NĐ - CP 19/05/2017 Nghị định\n")
    assert _five(result) == ("56/2017/NĐ-CP", "Nghị định", "Chính phủ", "2017-05-19", "")
    assert {"number", "type", "issuer", "date"} <= {k for k, _ in result.unsure}


def test_a_record_table_wrapped_by_a_pdf_and_with_a_title_column() -> None:
    result = _result("Số ký hiệu Ngày ban hành\nLoại văn bản Trích yếu\n"
                     "12/KH-UBND 03/02/2024 Kế hoạch Tổ chức Tết trồng cây năm 2024\n")
    assert _five(result) == ("12/KH-UBND", "Kế hoạch", "", "2024-02-03", "Tổ chức Tết trồng cây năm 2024")


def test_a_list_of_several_documents_names_none() -> None:
    result = _result("Số ký hiệu Ngày ban hành Loại văn bản Trích yếu\n12/KH-UBND 03/02/2024 Kế hoạch\n"
                     "15/QĐ-UBND 09/02/2024 Quyết định\n")
    assert _five(result)[:4] == ("", "", "", "")


def test_a_validity_history_names_its_document_in_its_caption_and_dates_it_by_the_issued_row() -> None:
    """f31: the caption's document, the day of "Văn bản được ban hành"; the amending and replacing rows are cited."""
    result = _result("• Ngày có hiệu lực: 20/08/2014\nLịch sử hiệu lực: Quyết định 41/2014/QĐ-UBND\n"
                     "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n10/08/2014 Văn bản được ban hành 41/2014/QĐ-UBND\n"
                     "20/08/2014 Văn bản có hiệu lực 41/2014/QĐ-UBND\n01/03/2016 Bị thay thế 07/2016/QĐ-UBND\n")
    assert _five(result) == ("41/2014/QĐ-UBND", "Quyết định", "", "2014-08-10", "")


def test_only_one_central_bodys_code_names_an_issuer() -> None:
    assert central_body("56/2015/NĐ-CP") == "Chính phủ"
    assert central_body("131/QĐ-TTg") == "Thủ tướng Chính phủ"
    assert central_body("72/2025/QH15") == "Quốc hội"
    assert central_body("21/KH-UBND") == ""
    assert central_body("12/2020/TT-BGDĐT") == ""


def test_a_sub_department_or_a_union_board_acting_in_its_own_notice_is_its_issuer() -> None:
    """f26, f27: "Chi cục …", "Thường vụ Công đoàn …" open the sentence that issues the notice."""
    result = _result("Thông báo Cấp dự báo cháy rừng trên địa bàn tỉnh Hòa Bình (Từ ngày 03/4/2026 đến ngày 09/4/2026)\n"
                     "Để chủ động phòng cháy, chữa cháy rừng, Chi cục Kiểm lâm thông báo cấp dự báo cháy rừng trên "
                     "địa bàn tỉnh từ ngày 03/4/2026 đến ngày 09/4/2026, đề nghị các xã quan tâm phối hợp./.\n")
    assert _five(result)[:4] == ("", "Thông báo", "Chi cục Kiểm lâm", "")
    union = _result("Kính gửi: BCH Công đoàn Bộ phận\n\nĐể giải cầu lông diễn ra sôi nổi, Thường vụ Công đoàn Trường "
                    "thông báo kế hoạch tổ chức Giải cầu lông năm 2014, như sau:\n\n- Thời gian đăng ký gửi về văn "
                    "phòng Công đoàn Trường chậm nhất là thứ 2, ngày 14 tháng 4 năm 2014, (đối với các đơn vị nhỏ thì "
                    "liên kết).\n")
    assert _five(union)[1:4] == ("Thông báo", "Thường vụ Công đoàn Trường", "")
    assert {"type", "issuer"} <= {k for k, _ in union.unsure}


def test_a_day_inside_a_sentence_is_no_date_line() -> None:
    """f27: ", ngày 14 tháng 4 năm 2014," after six words of a sentence with no place before its comma; a flattened
    header whose number stands before its date line keeps it (q08)."""
    result = _result("- Thời gian đăng ký gửi về văn phòng chậm nhất là thứ 2, ngày 14 tháng 4 năm 2014, (đối với các "
                     "đơn vị nhỏ thì liên kết).\n")
    assert result.fields.get("date", "") == ""
    flat = _result("ỦY BAN DÂN TỘC Số 12/QĐ-UBDT Hà N i, ngày 08 tháng 11 năm 2016\nQUYẾT ĐỊNH\nVề việc ban hành quy "
                   "định chế độ báo cáo\n")
    assert flat.fields.get("date") == "2016-11-08"


def test_a_post_titled_by_its_documents_name_gives_whose_it_is_and_what_about() -> None:
    """f24: "Công điện khẩn của <body> về <subject>": the body (kept bare when the page names no place) and the "về"
    subject; without "về" it says only whose ("… trước tình hình …")."""
    result = _result("Công điện khẩn của Chủ tịch UBND tỉnh về phòng chống rét cho đàn gia súc\n"
                     "Theo thông tin của Trung tâm Dự báo, đợt không khí lạnh sẽ kéo dài. Chủ tịch UBND tỉnh yêu cầu:\n")
    assert _five(result) == ("", "Công điện", "Chủ tịch Ủy ban nhân dân tỉnh", "",
                             "về phòng chống rét cho đàn gia súc")
    assert {"issuer", "title"} <= {k for k, _ in result.unsure}
    whose = _result("Công điện khẩn của Chủ tịch UBND tỉnh trước tình hình mưa lũ\nChủ tịch UBND tỉnh yêu cầu:\n")
    assert whose.fields.get("title", "") == ""


def test_a_papers_tag_before_a_ministrys_lead() -> None:
    """f22: "TPO - Bộ GD&ĐT vừa chính thức ban hành thông tư …": the paper's tag in capitals, the adverb."""
    result = _result("TPO - Bộ GD&ĐT vừa chính thức ban hành thông tư quy định về việc tổ chức hội thi giáo viên chủ "
                     "nhiệm giỏi.\n")
    assert _five(result)[:4] == ("", "Thông tư", "Bộ Giáo dục và Đào tạo", "")
