"""A district office or a steering board under its People's Committee's line takes that line's place (issue 14, the
coordinator's rule): every district has a "Phòng Giáo dục và Đào tạo", so the bare name would merge different bodies
in one issuer listing. Headers written here, in two layouts, never one set's page."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from conftest import imported_fields as _import
from vanban.importer.office_place import with_place

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BODY = "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân, đơn vị báo cáo như sau.\n"


def test_two_lines_a_committee_over_its_office_or_board(tmp_path: Path) -> None:
    office = _import(tmp_path, "UBND HUYỆN THÁI THUỴ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n" + MOTTO +
                     "Số: 45/BC-PGDĐT\nThái Thụy, ngày 10 tháng 5 năm 2024\nBÁO CÁO\nKết quả năm học 2023-2024\n" + BODY)
    assert office.get("issuer") == "Phòng Giáo dục và Đào tạo huyện Thái Thuỵ"  # spelt as the managing line spells it
    board = _import(tmp_path, "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nBAN CHỈ ĐẠO\n" + MOTTO +
                    "Số: 07/KH-BCĐ\nNinh Bình, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nPhòng, chống dịch bệnh mùa hè\n" + BODY)
    assert board.get("issuer") == "Ban Chỉ đạo tỉnh Ninh Bình"


def test_a_flattened_two_column_table(tmp_path: Path) -> None:
    fields = _import(tmp_path, "UBND TX. BA ĐỒN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                               "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc |\n"
                               "Số: 112/TB-PGDĐT | Ba Đồn, ngày 18 tháng 10 năm 2020 |\n"
                               "THÔNG BÁO\nVề việc cho học sinh nghỉ học\n" + BODY)
    assert fields.get("issuer") == "Phòng Giáo dục và Đào tạo thị xã Ba Đồn"


def test_no_place_given_keeps_the_bare_name(tmp_path: Path) -> None:
    fields = _import(tmp_path, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n" + MOTTO + "Số: 45/BC-PGDĐT\nngày 10 tháng 5 năm 2024\n"
                               "BÁO CÁO\nKết quả năm học 2023-2024\n" + BODY)
    assert fields.get("issuer") == "Phòng Giáo dục và Đào tạo"


def test_only_a_committee_of_one_place_lends_it() -> None:
    assert with_place("Ban Chỉ đạo điều tra cơ sở hành chính Trung ương", "UBND HUYỆN KIM SƠN").endswith("Trung ương")
    assert with_place("Ban Chỉ đạo Trung ương", "BỘ NỘI VỤ") == "Ban Chỉ đạo Trung ương"
    assert with_place("Sở Y tế", "UBND HUYỆN KIM SƠN") == "Sở Y tế"  # a department names no district
    assert with_place("Sở Y tế", "UBND TỈNH NINH BÌNH") == "Sở Y tế tỉnh Ninh Bình"  # its province (import README)
    assert with_place("Sở Y tế tỉnh Ninh Bình", "UBND TỈNH NINH BÌNH") == "Sở Y tế tỉnh Ninh Bình"
    assert with_place("Phòng Giáo dục và Đào tạo", "UBND TỈNH NINH BÌNH") == "Phòng Giáo dục và Đào tạo"  # no such office
    assert with_place("Phòng Giáo dục và Đào tạo", "UBND TỈNH NINH BÌNH SỞ Y TẾ") == "Phòng Giáo dục và Đào tạo"
    decomposed = unicodedata.normalize("NFD", "UBND QUẬN HOÀNG MAI")
    assert with_place("Phòng Nội vụ", decomposed) == "Phòng Nội vụ quận Hoàng Mai"
