"""Headers in text copied from a portal (seventeenth session, hdr17), one kind per test with made-up names.

A date line whose comma the copy lost ("Hà Nội ngày 30 tháng 3 năm 2010" on its own line): still the date line,
never part of the trích yếu above it; a line that opens a time phrase ("Từ ngày …", "Sáng ngày …, …") is the body.
A whole header flattened onto one line with the right column first ("… Hạnh phúc X, ngày … Số: 15/2012/CT-UBND CHỈ
THỊ VỀ VIỆC … Trong thời gian qua, …"): the number after the date line is read, and the trích yếu in capitals ends
where the first paragraph, run into it, starts in sentence case; the body starts there. The slogan with its "do"
dropped ("Độc lập – Tự – Hạnh phúc") is still the slogan, never the issuer's neighbour; a document site's list dash
beside the motto ("-CỘNG HÒA …") and a footnote mark on the issuer ("(1)NGÂN HÀNG …") are no part of the header.
An issuer whose end a scraped header lost ("BỘ TÀI NGUYÊN" / "VÀ |") is finished as the body writes it, as far as
the number's code spells it. A header that kept "Số" and the date but lost its trích yếu: the preamble's "ban hành
Kế hoạch <X> (gọi tắt là …) như sau:" gives it.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_date_line_without_its_comma_is_the_date_line() -> None:
    result = _result(
        "BỘ VĂN HÓA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n---------\n\n"
        "Số: 17/BVH-VP\nV/v: Hướng dẫn kiểm kê di tích năm 2011\n\nĐà Lạt ngày 03 tháng 4 năm 2011\n\n"
        "Kính gửi:\n\n- Các sở văn hóa;\n\nThực hiện kế hoạch năm 2011, Bộ hướng dẫn như sau:\n")
    assert result.fields["date"] == "2011-04-03"
    assert result.fields["place"] == "Đà Lạt"
    assert result.fields["title"] == "Hướng dẫn kiểm kê di tích năm 2011"


def test_a_time_phrase_or_a_sentence_is_no_date_line() -> None:
    result = _result(
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nTHÔNG BÁO\nVề việc thu gom rác thải\n\n"
        "Từ ngày 29 tháng 07 năm 2025\nSáng ngày 07 tháng 5 năm 2013, xã tổ chức họp.\n")
    assert result.fields.get("date", "") == ""
    assert result.fields.get("place", "") != "Từ"


_BODY = ("Trong thời gian qua, việc thực hiện đầu tư xây dựng trên địa bàn tỉnh đã đạt được kết quả nhất định, tạo "
         "điều kiện thuận lợi cho việc phát triển kinh tế - xã hội của tỉnh; tuy nhiên, do phân cấp quá rộng lại thiếu "
         "các biện pháp quản lý đồng bộ nên nhiều dự án còn kéo dài.")


def test_a_flattened_header_with_the_date_before_the_number_and_the_body_run_into_the_title() -> None:
    result = _result(
        "Xem mẫu\n\n  1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN PHÚ Độc lập - Tự do - Hạnh phúc "
        "-------- --------------- An Phú, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG "
        "QUẢN LÝ ĐẦU TƯ XÂY DỰNG TRÊN ĐỊA BÀN TỈNH AN PHÚ " + _BODY + "\n")
    assert result.fields["number"] == "15/2012/CT-UBND"
    assert result.fields["type"] == "Chỉ thị"
    assert result.fields["title"] == "VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ ĐẦU TƯ XÂY DỰNG TRÊN ĐỊA BÀN TỈNH AN PHÚ"
    assert result.body.startswith("Trong thời gian qua, việc thực hiện")


def test_a_title_in_capitals_with_a_short_tail_in_mixed_case_keeps_it() -> None:
    result = _result(
        "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 21/KH-UBND\nAn Phú, ngày 05 tháng 10 năm 2012\n"
        "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN Đề án phát triển du lịch\nCăn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n")
    assert result.fields["title"] == "TRIỂN KHAI THỰC HIỆN Đề án phát triển du lịch"


def test_a_slogan_without_its_do_on_a_flattened_line_and_a_plan_whose_annex_note_runs_into_the_body() -> None:
    result = _result(
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – Hạnh phúc KẾ HOẠCH “NĂM GIÁO "
        "DỤC VÙNG KHÓ KHĂN” XÃ AN PHÚ (Ban hành kèm theo Quyết định số ./QĐ-UBND ngày . tháng 11 năm 2013 của Ủy ban "
        "nhân dân xã An Phú) " + _BODY + "\n")
    assert result.fields["issuer"] == "Ủy ban nhân dân xã An Phú"
    assert result.fields["type"] == "Kế hoạch"
    assert result.fields["title"] == "“Năm giáo dục vùng khó khăn” xã An Phú"
    assert result.body.startswith("(Ban hành kèm theo Quyết định")


def test_a_document_sites_dashes_and_footnote_mark_around_the_header() -> None:
    result = _result(
        "Hợp đồng gồm các nội dung chính sau: tên, địa chỉ của tổ chức tín dụng; số ch[r]\n"
        "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc\n"
        "-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013\nTHÔNG TƯ\nQUY ĐỊNH VỀ HOẠT ĐỘNG CHIẾT KHẤU\n"
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm 2010;\n")
    assert result.fields["issuer"] == "Ngân hàng Nhà nước Việt Nam"
    assert result.fields["number"] == "04/2013/TT-NHNN"
    assert result.fields["date"] == "2013-03-01"


def test_an_issuer_cut_after_a_dangling_word_is_finished_from_the_body_as_its_code_spells_it() -> None:
    header = ("BỘ KHOA HỌC\nVÀ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 15/2022/TT-BKHCN |\n"
              "Hà Nội, ngày 27 tháng 10 năm 2022 |\nQUY ĐỊNH KỸ THUẬT VỀ ĐO LƯỜNG\n")
    body = "Theo đề nghị của Vụ trưởng Vụ Pháp chế; Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư này.\n"
    assert _result(header + body).fields["issuer"] == "Bộ Khoa học và Công nghệ"
    other = body.replace("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Kỹ thuật")  # the code spells no such name
    assert _result(header + other).fields["issuer"] == "Bộ Khoa học và"


def test_a_header_without_its_trich_yeu_takes_it_from_the_preamble() -> None:
    result = _result(
        "BAN CHẤP\nHÀNH TRUNG ƯƠNG |\nĐOÀN TNCS HỒ\nCHÍ MINH |\nSố: 412-KH/TWĐTN-BTC |\nHà Nội, ngày 25 tháng 8 năm 2021 |\n"
        "Căn cứ Điều lệ Đoàn, Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch tổ chức hội thi tin học trẻ các cấp "
        "năm 2021 (gọi tắt là Hội thi) như sau:\n1. Mục đích\n")
    assert result.fields["title"] == "tổ chức hội thi tin học trẻ các cấp năm 2021"
    assert any(key == "title" for key, _ in result.unsure)
