"""Headers in text copied from a portal (seventeenth session, hdr17), one kind per test with made-up names.

A date line whose comma the copy lost ("Hà Nội ngày 30 tháng 3 năm 2010" on its own line): still the date line,
never part of the trích yếu above it; a line that opens a time phrase ("Từ ngày …", "Sáng ngày …, …") is the body.
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
