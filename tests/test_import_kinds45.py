"""Thirty-fifth session (heldout33 spent): two kinds pooled over every spent set. A managing line and its unit read as
one issuer is reported, never written silently (heldout28 ad09, heldout31 ag01, heldout33 ai06); a portal's record
labels under the trích yếu end it (heldout4 q16, heldout6 s35, heldout16 g14, heldout18 j15, heldout20 l06 in the
paste form, heldout24 o07 in the pdf form). Every page here is written for the test, in other bodies and places."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_written import imported_with_report as _import_txt

from conftest import imported_front

_BODY = ("Căn cứ chương trình công tác năm 2024 của đơn vị, nhằm tạo sân chơi bổ ích cho thiếu nhi trong dịp hè, đơn vị "
         "xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Tạo sân chơi lành mạnh cho thiếu nhi.\n")


def _flagged(report: str, key: str) -> bool:
    return any(line.startswith(("  ? chưa chắc", "  ✗ chưa xác định")) and f"({key})" in line
               for line in report.splitlines())


# ag01's shape: the Đoàn's managing line over its unit, the Đoàn's own line after the number (columns interleaved)
_UNIT_UNDER_UNION = """BCH ĐOÀN TỈNH NAM ĐỊNH
NHÀ THIẾU NHI TỈNH
***
Số: 15-KH/NTN
ĐOÀN TNCS HỒ CHÍ MINH
Nam Định, ngày 10 tháng 5 năm 2024
KẾ HOẠCH
Tổ chức Ngày hội thiếu nhi vui khỏe năm 2024

""" + _BODY


def test_a_managing_line_read_with_its_unit_is_reported(tmp_path: Path) -> None:
    front, report = _import_txt(tmp_path, _UNIT_UNDER_UNION)
    assert front["number"] == "15-KH/NTN"
    assert front["title"] == "Tổ chức Ngày hội thiếu nhi vui khỏe năm 2024"
    if front["issuer"] != "Nhà thiếu nhi tỉnh Nam Định":  # what it writes, when it is not the unit, is looked at
        assert _flagged(report, "issuer"), (front["issuer"], report)


def test_a_union_unit_of_a_school_is_one_name_and_not_reported(tmp_path: Path) -> None:
    """The mirror: "BAN CHẤP HÀNH ĐOÀN TRƯỜNG THPT …" is one body ("Đoàn Trường": no place before the unit)."""
    text = ("BAN CHẤP HÀNH ĐOÀN TRƯỜNG THPT LÝ THƯỜNG KIỆT\nSố: 21-KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n"
            "Hải Phòng, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Hội trại truyền thống năm 2024\n\n" + _BODY)
    front, report = _import_txt(tmp_path, text)
    assert front["issuer"] == "Ban Chấp hành Đoàn Trường THPT Lý Thường Kiệt"
    assert not _flagged(report, "issuer"), report


# a Word copy of a law portal's page pasted into a text editor: the record's rows (label, tab, value) and labels on
# lines of their own right under the trích yếu, no blank line between
_RECORD_ROWS = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ NAM\tĐộc lập - Tự do - Hạnh phúc
Số: 41/QĐ-UBND\tPhủ Lý, ngày 14 tháng 3 năm 2019
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phổ cập giáo dục tỉnh Hà Nam
Loại văn bản\tQuyết định
Cơ quan ban hành\tỦy ban nhân dân tỉnh Hà Nam
Người ký\tTrần Văn An
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""

_SIZE_AND_CONTENT = """PHÒNG GD&ĐT YÊN LẠC
TRƯỜNG TIỂU HỌC ĐỒNG CƯƠNG
Số: 07/KH-TH
KẾ HOẠCH
bồi dưỡng học sinh năng khiếu năm học 2023 - 2024
Dung lượng 180 KB
Nội dung
Căn cứ kế hoạch năm học 2023 - 2024 của nhà trường, Trường Tiểu học Đồng Cương xây dựng kế hoạch như sau:
"""

_SUBJECT_LABEL = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 15/2023/TT-BGDĐT
THÔNG TƯ
Quy định về tổ chức hoạt động thư viện trường học
Chủ đề:
Lưu
Nội dung Text: Thông tư Số: 15/2023/TT-BGDĐT
Căn cứ Nghị định số 86/2022/NĐ-CP ngày 24 tháng 10 năm 2022 của Chính phủ;
"""


@pytest.mark.parametrize(("text", "title"), [
    (_RECORD_ROWS, "Về việc thành lập Ban Chỉ đạo phổ cập giáo dục tỉnh Hà Nam"),
    (_SIZE_AND_CONTENT, "bồi dưỡng học sinh năng khiếu năm học 2023 - 2024"),
    (_SUBJECT_LABEL, "Quy định về tổ chức hoạt động thư viện trường học"),
])
def test_a_portal_record_label_ends_the_trich_yeu(tmp_path: Path, text: str, title: str) -> None:
    front = imported_front(tmp_path, text, "txt")
    assert front["title"] == title


def test_content_words_in_a_trich_yeu_are_not_a_label(tmp_path: Path) -> None:
    """The mirror: "Nội dung …" going on a trích yếu (no colon, not alone on its line) is the trích yếu's."""
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 30/KH-UBND\nTân Lập, ngày 05 tháng 4 năm 2024\nKẾ HOẠCH\n"
            "Triển khai thực hiện các\nNội dung chuyển đổi số năm 2024\n\n" + _BODY)
    front = imported_front(tmp_path, text, "txt")
    assert front["title"] == "Triển khai thực hiện các Nội dung chuyển đổi số năm 2024"


# a page's counters (views, downloads, likes) on the line under the trích yếu, read on into it (heldout21 m11 in the
# docx, pdf and html forms, heldout29 ae08 in html)
_COUNTED = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 5120/BGDĐT-GDMN
V/v tăng cường phòng chống dịch bệnh cho trẻ trong các cơ sở giáo dục mầm non
45 2.1K 12
Kính gửi: Các Sở Giáo dục và Đào tạo
Trước diễn biến phức tạp của dịch bệnh, Bộ Giáo dục và Đào tạo đề nghị các Sở chỉ đạo các cơ sở giáo dục mầm non:
1. Tăng cường vệ sinh trường lớp.
"""


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_pages_counters_after_the_trich_yeu_are_no_part_of_it(tmp_path: Path, form: str) -> None:
    front = imported_front(tmp_path, _COUNTED, form)
    assert front["number"] == "5120/BGDĐT-GDMN"
    assert front["title"] == "tăng cường phòng chống dịch bệnh cho trẻ trong các cơ sở giáo dục mầm non"


def test_a_term_of_years_ending_a_trich_yeu_is_kept(tmp_path: Path) -> None:
    """The mirror: a year range written without its dash ("nhiệm kỳ 2025 2030") is the trích yếu's own."""
    text = _COUNTED.replace("V/v tăng cường phòng chống dịch bệnh cho trẻ trong các cơ sở giáo dục mầm non\n45 2.1K 12",
                            "V/v hướng dẫn tổ chức đại hội chi hội nhiệm kỳ 2025 2030")
    front = imported_front(tmp_path, text, "txt")
    assert front["title"] == "hướng dẫn tổ chức đại hội chi hội nhiệm kỳ 2025 2030"
