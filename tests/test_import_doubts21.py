"""A clerk's second look (twenty-first session, imp21): filled-in values that cannot be right are flagged "chưa chắc",
so no wrong value passes as sure. Each kind is shown on a header written here (the spent pages that showed them:
heldout18 j01, j05, j19, j20; heldout4 q31; heldout5 r14, r21, r37; heldout16 g30; tuning4 w05 …)."""

from __future__ import annotations

import datetime
from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.doubts import check_fields
from vanban.importer.result import ImportResult

TODAY = datetime.date(2026, 12, 5)


def _checked(text: str = "", **fields: str) -> set[str]:
    result = ImportResult(source=Path("x.txt"), fields=dict(fields))
    check_fields(result, text, (), TODAY)
    return {k for k, _ in (*result.unsure, *result.missing)}  # unsure, or left empty (doubts._drop)


def test_a_place_word_in_the_number_and_a_number_the_text_cites() -> None:
    assert _checked(number="112/BC-BCĐ-Lạng") == {"number"}  # "… Lạng" / "Giang, ngày …": the place wrapped in
    text = "Căn cứ Nghị định số 45/2019/NĐ-CP ngày 12/5/2019 của Chính phủ về …"
    assert _checked(text, number="45/2019/NĐ-CP", type="Nghị định") == {"number", "type"}
    assert not _checked("Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 3/2/2020", number="12/QĐ-UBND")
    assert not _checked(number="57-NQ/TW") and not _checked(number="15/2020/QĐ-TTg")


def test_issuers_that_are_no_body() -> None:
    assert _checked(issuer="CÔNG ĐIỆN KHẨN CỦA UBND TỈNH VỀ LŨ") == {"issuer"}
    assert _checked(issuer="CỦA BỘ CÔNG NGHIỆP") == {"issuer"}
    assert _checked(issuer="Ủy ban hành chính Việt Nam Dân chủ Cộng hòa") == {"issuer"}
    assert _checked(issuer="TÀI NGUYÊN VÀ MÔI TRƯỜNG -") == {"issuer"}
    assert _checked(issuer="Ủy ban nhân dân tỉnh Lạng Sơn Ban Chỉ đạo 389") == {"issuer"}
    assert _checked(number="07-KH/BCĐ", issuer="Ban Thường vụ Tỉnh ủy") == {"issuer"}
    assert not _checked(number="07-KH/BCĐ", issuer="Ban Chỉ đạo phòng, chống tội phạm tỉnh Lạng Sơn")
    assert not _checked(number="06/QC-TT.HĐND-UBND", issuer="Thường trực HĐND - UBND tỉnh Hòa Bình")


def test_a_district_office_without_its_district_while_the_text_names_it() -> None:
    header = "UBND HUYỆN CAN LỘC\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/PGDĐT"
    assert _checked(header, issuer="Phòng Giáo dục và Đào tạo") == {"issuer"}
    assert not _checked(header, issuer="Phòng Giáo dục và Đào tạo huyện Can Lộc")
    assert not _checked("PHÒNG CẢNH SÁT GIAO THÔNG\nCông an huyện Can Lộc", issuer="Phòng Cảnh sát giao thông")


def test_titles_that_are_pieces_of_something_else() -> None:
    assert _checked(number="12/HĐBT", title="CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 12/HĐBT NGÀY 2-1-1984 VỀ VIỆC CHIA XÃ") == {"title"}
    assert _checked(title="NGÀY 2-1-1984 VỀ VIỆC CHIA XÃ AN BÌNH") == {"title"}
    assert _checked(title="V/v tổ chức tết trồng cây năm 2024 Kính gửi các đơn vị") == {"title"}
    assert _checked(title="tổ chức hội thi năm 2019 Đà Nẵng, ngày 12 tháng 3 năm 2019") == {"title"}
    assert _checked(title="Về việc chia xã An Bình thuộc huyện Mỹ Đức, tỉnh Hà Tây Chia sẻ: Nguyen") == {"title"}
    assert _checked(title="BAN HÀNH QUY CHẾ LÀM VIỆC TRƯỞNG BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH") == {"title"}
    assert _checked(title="Nhằm triển khai kịp thời Nghị quyết của Hội đồng nhân dân tỉnh về giảm nghèo bền vững.") == {
        "title"}
    assert _checked(title="Về việc điều chỉnh địa giới xã Yên Lạc thuộc tỉnh Vĩnh") == {"title"}  # "Vĩnh Phúc" cut
    assert not _checked(title="Về việc điều chỉnh địa giới xã thuộc tỉnh Hà Nam Ninh")
    again = "hướng dẫn tổ chức hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2023"
    assert _checked(title=f"{again} {again}") == {"title"}


def test_words_no_vietnamese_syllable_is() -> None:
    assert _checked(title="v vic quy đnh mt s ch đ chi tiêu") == {"title"}  # letters lost
    assert _checked(title="KẾ HOẠCH XÂYDỰNGTRƯỜNG CHUẨN QUỐC GIA") == {"title"}  # glued
    assert _checked(title="Triển khai thực hỉện kế hoạch") == {"title"}  # two tones on one syllable
    assert _checked(title="báo cáo tinh hình thiêt hai ̀ ̣ do lũ") == {"title"}  # marks left standing alone
    assert not _checked(title="Về việc đề nghị Sở GD&ĐT kiểm tra trường THCS Phong Thủy năm học 2023-2024")
    assert not _checked(title="Tổ chức Ngày hội Online về phòng, chống COVID-19 tại xã Ea H'leo")


def test_dates_that_cannot_be() -> None:
    assert _checked(date="2027-01-05") == {"date"}
    assert not _checked(date="2026-12-04")


def test_a_date_before_the_documents_it_implements_is_flagged_in_a_whole_import() -> None:
    page = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Hà Giang, ngày 03 tháng 02 năm 2021
KẾ HOẠCH
Triển khai công tác phòng, chống thiên tai năm 2021
Thực hiện Chỉ thị số 11/CT-TTg ngày 15/4/2022 của Thủ tướng Chính phủ về phòng, chống thiên tai, Ủy ban nhân dân \
tỉnh ban hành Kế hoạch như sau:
1. Mục đích.
"""
    result = analyse(read_text_lines(page, markdown_source=False), Path("x.txt"))
    assert result.fields.get("date") == "2021-02-03"
    assert "date" in {k for k, _ in result.unsure}
    assert {"number", "type", "issuer", "title"}.isdisjoint({k for k, _ in result.unsure})


def test_a_number_whose_year_is_not_the_date_s() -> None:
    """heldout18 j26's kind: a print page's date line and a cited decision "3107/2016/QĐ-UBND"; no spent page has a
    number whose year differs from its date's (ND 30: a number's year is its year of issue)."""
    assert _checked(number="3107/2016/QĐ-UBND", date="2019-12-08") == {"number", "date"}
    assert _checked(number="3107/2016/QĐ-UBND", date="2019-12-08", type="Quyết định") == {"number", "date", "type"}
    assert not _checked(number="31/2019/QĐ-UBND", date="2019-12-08")


def test_a_steering_board_without_its_district() -> None:
    header = "UBND HUYỆN YÊN ĐỊNH\nBAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC\nSố: 12/BC-BCĐ"
    assert _checked(header, issuer="Ban Chỉ đạo phổ cập giáo dục") == {"issuer"}
    assert not _checked(header, issuer="Ban Chỉ đạo phổ cập giáo dục huyện Yên Định")


def test_the_summary_table_says_what_vanban_check_found_after_the_import() -> None:
    """A file `vanban check` warns about after the import is no "ổn" row in the table (its exit status said so
    already, the table did not)."""
    from vanban.importer.command import Row, summary_table

    result = ImportResult(source=Path("a.txt"), fields={"number": "12/KH-UBND", "type": "Kế hoạch"})
    table = summary_table([Row(Path("a.txt"), result, "van-ban/a.md", blocked=True, checked=["number"])])
    row = table.splitlines()[-1]
    assert "vanban check: số ký hiệu" in row and "| ổn |" not in row
