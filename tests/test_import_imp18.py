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
    assert central_body("12/2020/TT-BGDĐT") == "Bộ Giáo dục và Đào tạo"  # a ministry's code (imp19)
    assert central_body("02/2011/TTLT-VPCP-BNV") == ""  # two bodies' codes: a joint document


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
    assert _five(result) == ("", "Công điện", "Ủy ban nhân dân tỉnh", "",
                             "về phòng chống rét cho đàn gia súc")
    assert {"issuer", "title"} <= {k for k, _ in result.unsure}
    whose = _result("Công điện khẩn của Chủ tịch UBND tỉnh trước tình hình mưa lũ\nChủ tịch UBND tỉnh yêu cầu:\n")
    assert whose.fields.get("title", "") == ""


def test_a_papers_tag_before_a_ministrys_lead() -> None:
    """f22: "TPO - Bộ GD&ĐT vừa chính thức ban hành thông tư …": the paper's tag in capitals, the adverb."""
    result = _result("TPO - Bộ GD&ĐT vừa chính thức ban hành thông tư quy định về việc tổ chức hội thi giáo viên chủ "
                     "nhiệm giỏi.\n")
    assert _five(result)[:4] == ("", "Thông tư", "Bộ Giáo dục và Đào tạo", "")


def test_a_notice_that_says_whom_it_tells_is_a_notice_of_the_body_saying_it() -> None:
    """f19: "<body> thông báo đến … biết": the notice's own formula (after the headline's readers); "Văn phòng
    UBND tỉnh" written out; no trích yếu. "… thông báo để Sở X biết, thực hiện" passes on a directive: no notice."""
    result = _result("Theo lịch, ngày 17/3/2026 Chủ tịch UBND tỉnh tiếp công dân định kỳ; do có công tác đột xuất, việc "
                     "tiếp công dân tháng 3/2026 không diễn ra.\nVăn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị "
                     "và công dân biết và mong được thông cảm.\n")
    assert _five(result) == ("", "Thông báo", "Văn phòng Ủy ban nhân dân tỉnh", "", "")
    assert {"type", "issuer"} <= {k for k, _ in result.unsure}
    passed_on = _result("Ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc xử lý chất thải.\nVăn phòng UBND tỉnh thông báo "
                        "để Sở Tài nguyên và Môi trường biết, thực hiện./.\n")
    assert passed_on.fields.get("type", "") != "Thông báo"


def test_a_leads_body_with_its_short_name_in_brackets() -> None:
    """f23: "Ban chỉ huy … (PCTT&TKCN) tỉnh ban hành Công văn số …, ngày … về việc …": the bracket is no part of it."""
    result = _result("Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh ban hành Công văn số "
                     "05/BCHPCTT-VP, ngày 10/1/2026 về việc chủ động ứng phó với mưa lớn trên địa bàn tỉnh.\n")
    assert _five(result) == ("05/BCHPCTT-VP", "Công văn", "Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh",
                             "2026-01-10", "chủ động ứng phó với mưa lớn trên địa bàn tỉnh")


def test_an_issuer_whose_list_of_fields_stops_before_its_va_is_finished_from_the_body() -> None:
    """f12: "BỘ VĂN HÓA, THỂ THAO |" (the cell's "VÀ DU LỊCH" lost): the code BVHTTDL and the body's own words."""
    result = _result("BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 120/QĐ-BVHTTDL | Hà Nội, ngày 13 "
                     "tháng 1 năm 2026 |\nQUYẾT ĐỊNH\nVề việc tổ chức Ngày hội văn hóa\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ "
                     "DU LỊCH\nCăn cứ Nghị định số 01/2023/NĐ-CP của Chính phủ quy định chức năng của Bộ Văn hóa, Thể "
                     "thao và Du lịch;\n")
    assert result.fields.get("issuer") == "Bộ Văn hóa, Thể thao và Du lịch"
    kept = _result("BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 120/QĐ-BVHTT | Hà Nội, ngày 13 "
                   "tháng 1 năm 2026 |\nQUYẾT ĐỊNH\nVề việc tổ chức Ngày hội văn hóa\nCăn cứ Nghị định số 01/2023/NĐ-CP;\n")
    assert kept.fields.get("issuer", "").lower() == "bộ văn hóa, thể thao"


def test_a_letter_that_lost_its_vv_label_has_its_subject_under_its_number() -> None:
    """f01: "Số 15 - CV/BTGTU" / "Gửi Đề cương …" / "… tỉnh Hà Tĩnh" / "Kính gửi:": the lines before "Kính gửi"."""
    result = _result("TỈNH UỶ HÀ TĨNH\nĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO\n*\nHà Tĩnh, ngày 05 tháng 3 năm 2026\n"
                     "Số 15 - CV/BTGTU\nGửi Đề cương tuyên truyền kỷ niệm\n 96 năm Ngày thành lập Đảng\n\nKính gửi:\n"
                     "- Các ban, sở, ngành cấp tỉnh,\n\nHướng tới kỷ niệm, Ban Tuyên giáo Tỉnh ủy xây dựng đề cương.\n")
    assert result.fields.get("title") == "Gửi Đề cương tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng"
    assert "title" in {k for k, _ in result.unsure}
    assert not result.body.lstrip().startswith("Gửi")


def test_a_date_lines_place_that_lost_a_capital() -> None:
    """f14, f11: "Hà nội, ngày …" and "… /2010/QĐ-ubnd hạ Long, ngày … quyếT ĐỊNH" (a type line that lost a capital
    after the date is no running text); a weekday is no place and "tại xã Long" stays as written."""
    result = _result("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 12 /VKSTC\n    Hà nội, ngày 11 tháng  11  năm 1996\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n")
    assert (result.fields.get("place"), result.fields.get("date")) == ("Hà Nội", "1996-11-11")
    flat = _result("Độc lập Tự do Hạnh phúc Số: 12 /2011/QĐ-ubnd hạ Long, ngày 11 tháng 2 năm 2011 quyếT ĐỊNH\n\n"
                   "a) Yêu cầu UBND cấp huyện cung cấp đầy đủ thông tin pháp lý.\n")
    assert (flat.fields.get("place"), flat.fields.get("date")) == ("Hạ Long", "2011-02-11")
    weekday = _result("Thứ ba, ngày 16 tháng 7 năm 2019 | 08:31:05\nRSS\n\nBộ Y tế đề nghị các tỉnh tăng cường phòng "
                      "chống sốt xuất huyết.\n")
    assert weekday.fields.get("place", "") == ""


def test_a_city_district_named_by_its_number_is_the_place() -> None:
    """e12, r36, f16: "Quận 5, ngày …" (a digit is no place word, but a district's or ward's number is its name)."""
    result = _result("ỦY BAN NHÂN DÂN QUẬN 5\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 12/BC-UBND\nQuận 5, ngày 20 tháng 3 năm 2026\nBÁO CÁO\nTình hình kinh tế - xã hội quý I\n")
    assert (result.fields.get("place"), result.fields.get("date")) == ("Quận 5", "2026-03-20")


def test_a_highland_place_with_an_apostrophe() -> None:
    """f08: "N’Thol Hạ, ngày …": each part of "N’Thol" is capitalised."""
    result = _result("TRƯỜNG TIỂU HỌC N’THOL HẠ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 05/KH-THN        N’Thol Hạ, ngày 28 tháng 6 năm 2026\nKẾ HOẠCH\nTuyên truyền phòng, chống "
                     "tác hại của thuốc lá\n")
    assert result.fields.get("place") == "N’Thol Hạ"


def test_a_pages_weekday_date_is_no_date_line_and_its_sent_headline_names_the_letter() -> None:
    """f18: "Thứ ba, ngày 16 tháng 7 năm 2019 | 08:31:05" is the page's day; "Công văn Bộ Y tế gửi … về … 15/07/2016"
    names the letter the lead names (the post's day after it is no part of it)."""
    result = _result("Thứ ba, ngày 16 tháng 7 năm 2019 | 08:31:05\nRSS\n\nCông văn Bộ Y tế gửi Chủ tịch Ủy ban nhân dân "
                     "các tỉnh, thành phố về tăng cường phòng chống dịch sởi 15/07/2019\n\nĐể chủ động phòng chống dịch, "
                     "Bộ Y tế đã có Công văn gửi Chủ tịch Ủy ban nhân dân các tỉnh, thành phố để chỉ đạo tăng cường "
                     "phòng chống dịch sởi. Dưới đây là nội dung Công văn:\n")
    assert _five(result) == ("", "Công văn", "Bộ Y tế", "", "tăng cường phòng chống dịch sởi")
    assert result.fields.get("place", "") == ""
    assert {"type", "issuer", "title"} <= {k for k, _ in result.unsure}
