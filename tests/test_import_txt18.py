"""Headers in text copied from a portal (eighteenth session, txt18), one kind per test with made-up names.

A "(Ban hành kèm theo …)" line under a trích yếu in capitals is no part of it, with a space inside its bracket or
not. A draft's dots where the number will go ("Số: ……/KH-THTQT") make a blank number, not a line of the issuer's
column; a type line right under the header outranks a "V/v" line above the date line. Letters a text layer's font
mapped to others ("cơng", "PHỊNG", "CĨ") are read back where spelling allows one reading, and reported; the motto
so mapped ("CỘNG HỊA …") is still the motto.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.font_map import mend
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_an_annex_note_with_a_space_in_its_bracket_ends_the_title() -> None:
    result = _result(
        "PHÒNG GD&ĐT AN BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG MẦM NON AN BÌNH        Độc lập – Tự do – Hạnh phúc\n"
        "Số  02  /QC-MNAB                  An Bình, ngày 3 tháng 1 năm 2021\n"
        "QUY CHẾ LÀM VIỆC NĂM 2021\n"
        "( Ban hành kèm theo Quyết định số: 12 /QĐ-MNAB ngày 3/1/2021 của Hiệu trưởng trường mầm non An Bình)\n"
        "Căn cứ Luật Giáo dục năm 2019;\n")
    assert result.fields["type"] == "Quy chế"
    assert result.fields["title"] == "Làm việc năm 2021"


def test_a_drafts_dotted_number_and_a_type_line_under_the_header() -> None:
    result = _result(
        "PHÒNG GD&ĐT AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG TIỂU HỌC LÊ LỢI Độc lập – Tự do – Hạnh phúc\n"
        "Số:……/KH-THLL\nV/v Kiểm tra nội bộ trường học\nAn Bình, Ngày tháng năm 2014\nKẾ HOẠCH\n"
        "Kiểm tra nội bộ trường tiểu học Lê Lợi năm học 2014 – 2015\n"
        "- Căn cứ Hướng dẫn 5937/BGDĐT-GDTH ngày 20/8/2014 của Bộ Giáo dục và\nĐào tạo về nhiệm vụ năm học.\n")
    assert result.fields["number"] == ""
    assert result.fields["type"] == "Kế hoạch"
    assert result.fields["issuer"] == "Trường Tiểu học Lê Lợi"
    assert result.fields["title"] == "Kiểm tra nội bộ trường tiểu học Lê Lợi năm học 2014 – 2015"
    assert any(key == "type" for key, _ in result.unsure)  # the V/v line passed over is reported


def test_letters_a_font_mapped_are_read_back_where_spelling_allows_one_reading() -> None:
    assert mend("GIẤY TỜ CĨ GIÁ, phổ thơng, thương mại") == (
        "GIẤY TỜ CÓ GIÁ, phổ thông, thương mại", [("CĨ", "CÓ"), ("thơng", "thông")])
    assert mend("PHỊNG GD&ĐT KRƠNG NƠ")[0] == "PHÒNG GD&ĐT KRÔNG NƠ"
    assert mend("đơn vịnghiên cứu, kĩ năng, con cóc") == ("đơn vịnghiên cứu, kĩ năng, con cóc", [])


def test_a_mapped_motto_is_still_the_motto_and_the_title_is_mended() -> None:
    result = _result(
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 09/2014/TT-NHNN Hà Nội, ngày 01 tháng 3 năm 2014\nTHÔNG TƯ\n"
        "QUY ĐỊNH VỀ GIẤY TỜ CĨ GIÁ CỦA TỔ CHỨC TÍN DỤNG\n"
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm 2010;\n")
    assert result.fields["issuer"] == "Ngân hàng Nhà nước Việt Nam"
    assert result.fields["title"].upper() == "QUY ĐỊNH VỀ GIẤY TỜ CÓ GIÁ CỦA TỔ CHỨC TÍN DỤNG"
    assert any("CĨ" in note for note in result.notes)


def test_a_managing_body_and_its_unit_on_one_line_and_a_drafts_mark() -> None:
    result = _result(
        "SỞ GD&ĐT AN GIANG TRƯỜNG THPT CHUYÊN\nTHOẠI NGỌC HẦU Số: …/KH-THPT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Long Xuyên, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH\n"
        "HOẠT ĐỘNG NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021\n"
        "Căn cứ Điều lệ trường trung học; căn cứ nhiệm vụ năm học 2020-2021, trường xây dựng kế hoạch như sau:\n")
    assert result.fields["number"] == ""
    assert result.fields["type"] == "Kế hoạch"
    assert result.fields["issuer"].lower() == "trường thpt chuyên thoại ngọc hầu"
    assert result.fields["title"] == "Hoạt động ngoài giờ lên lớp năm học 2020 – 2021"


def test_a_task_after_a_managing_body_is_no_unit() -> None:
    result = _result(
        "UBND TỈNH AN GIANG BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI\nSố: 12/KH-BCĐ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 02 tháng 3 năm 2021\n"
        "KẾ HOẠCH\nỨng phó mùa mưa bão năm 2021\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Ban Chỉ đạo xây dựng kế hoạch.\n")
    assert "Phòng" not in str(result.fields["issuer"]).split()[0]
