"""A news lead naming the page's document only in brackets, by number and day (seventeenth session: heldout13 c22,
tuning4 w21). Made-up names; every value is reported as unsure."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_bracket_closing_the_lead_gives_number_type_day_subject_and_body() -> None:
    result = _result("Chỉ đạo tổ chức Tết Trung thu\n"
                     "Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc tổ chức các hoạt "
                     "động vui Tết Trung thu cho trẻ em năm 2023 (Công văn số 4511/VP-KGVX, ngày 13/9/2023).\n\n"
                     "Giao Sở Lao động chủ trì tổ chức chương trình.\n")
    fields = result.fields
    assert (fields.get("number"), fields.get("type"), fields.get("date")) == ("4511/VP-KGVX", "Công văn", "2023-09-13")
    assert fields.get("title") == "tổ chức các hoạt động vui Tết Trung thu cho trẻ em năm 2023"
    assert fields.get("issuer") == "Văn phòng Ủy ban nhân dân tỉnh"
    assert {"number", "type", "date", "title", "issuer"} <= {k for k, _ in result.unsure}


def test_a_bracket_after_the_type_word_and_the_headline_that_names_what_it_does() -> None:
    """"Theo thông báo (số N ngày D), Chủ tịch UBND tỉnh đã điều chỉnh …" under the headline "Điều chỉnh …": the
    headline opens with the act the lead reports, so it is the trích yếu; the body after the bracket is no issuer."""
    result = _result("Điều chỉnh thời gian treo cờ Tổ quốc dịp lễ 30/4 và 1/5\n"
                     "Cập nhật, 05:22, Thứ Sáu, 21/04/2017 (GMT+7)\n"
                     "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh vấn đề trên như "
                     "sau: treo cờ từ ngày 26/4 đến hết ngày 2/5/2017.\n")
    fields = result.fields
    assert (fields.get("number"), fields.get("type"), fields.get("date")) == ("34/TB-UBND", "Thông báo", "2017-04-19")
    assert fields.get("title") == "Điều chỉnh thời gian treo cờ Tổ quốc dịp lễ 30/4 và 1/5"
    assert fields.get("issuer", "") == ""


def test_a_page_with_its_own_number_is_not_read_from_a_bracket() -> None:
    result = _result("UBND XÃ AN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 12/KH-UBND An Hòa, ngày 01 tháng 6 năm 2020\nKẾ HOẠCH\nTổ chức Tết Trung thu năm 2020\n"
                     "Thực hiện ý kiến chỉ đạo của UBND huyện (Công văn số 45/UBND-VX, ngày 13/5/2020).\n")
    assert result.fields.get("number") == "12/KH-UBND"
