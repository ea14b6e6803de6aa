"""Twenty-fourth session (coordinator, heldout23 spent after its final scoring): three kinds of a portal's text copy
of a header page (u03, u19, u29), each on a page written for the test in another body, place and layout."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_level_word_typed_in_running_case_before_a_name_in_capitals_is_the_header() -> None:
    """"Phường BẾN THÀNH" under "ỦY BAN NHÂN DÂN", the motto beside both (u03's "Xã THƯỢNG QUẢNG")."""
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Phường BẾN THÀNH\tĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 112/KH-UBND\tBến Thành, ngày 04 tháng 3 năm 2024\n\n"
            "KẾ HOẠCH\n"
            "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024\n\n"
            "Căn cứ Kế hoạch số 45/KH-UBND của Ủy ban nhân dân Quận 1, Ủy ban nhân dân phường xây dựng kế hoạch như sau:\n")
    result = _result(text)
    assert result.fields.get("issuer") == "Ủy ban nhân dân phường Bến Thành"
    assert result.fields.get("title") == "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024"


def test_a_level_word_with_its_name_in_running_case_is_not_made_a_header() -> None:
    """The mirror: "Huyện Gia Lâm" in running case above the number is a page's line, not the issuer's."""
    text = ("Huyện Gia Lâm\n"
            "Số: 30/TB-UBND\tGia Lâm, ngày 2 tháng 5 năm 2023\n"
            "THÔNG BÁO\n"
            "Về việc tạm dừng cấp nước khu vực thị trấn Trâu Quỳ\n")
    assert not str(_result(text).fields.get("issuer") or "").startswith("Ủy ban nhân dân huyện Gia Lâm")


def test_a_trich_yeu_printed_twice_by_the_page_is_read_once() -> None:
    text = ("SỞ Y TẾ TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BỆNH VIỆN ĐA KHOA HUYỆN GIAO THỦY\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 58/BC-BV\tGiao Thủy, ngày 12 tháng 9 năm 2022\n"
            "BÁO CÁO\n"
            "Kết quả triển khai bệnh án điện tử\n"
            "năm 2022\n"
            "Kết quả triển khai bệnh án điện tử\n"
            "năm 2022\n"
            "Thực hiện Công văn số 901/SYT-NVY của Sở Y tế, Bệnh viện báo cáo như sau:\n")
    assert _result(text).fields.get("title") == "Kết quả triển khai bệnh án điện tử năm 2022"


def test_a_count_on_a_line_of_its_own_under_the_trich_yeu_is_no_part_of_it() -> None:
    """"… năm 2024" / "41": a page's view count; the years a trích yếu ends with stay (the mirror)."""
    counted = ("THÔNG BÁO Về việc thu gom rác thải cồng kềnh trên địa bàn xã năm 2024\n\n"
               "127\n\n"
               "Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện, Ủy ban nhân dân xã An Phú thông báo như sau:\n")
    assert _result(counted).fields.get("title") == "Về việc thu gom rác thải cồng kềnh trên địa bàn xã năm 2024"
    years = ("TRƯỜNG THCS AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 09/KH-THCS\tAn Phú, ngày 5 tháng 9 năm 2023\n"
             "KẾ HOẠCH\n"
             "Hoạt động ngoài giờ lên lớp năm học\n"
             "2023 - 2024\n\n"
             "Căn cứ Kế hoạch số 21/KH-PGDĐT, trường THCS An Phú xây dựng kế hoạch như sau:\n")
    assert _result(years).fields.get("title") == "Hoạt động ngoài giờ lên lớp năm học 2023 - 2024"
