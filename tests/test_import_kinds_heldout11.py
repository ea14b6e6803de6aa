"""Documents with a header in their text copy, one general kind per test, found where the .txt form of heldout11
read worse than its Word form (fourteenth session). Each test writes the kind small with made-up names and numbers,
imports it with `vanban import` and checks the front matter the clerk gets in the written file."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front as _imported

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"


def test_an_issuer_word_that_lost_letters_is_mended_from_the_body_writing_the_name_whole(tmp_path: Path) -> None:
    """a15: "B NỘI VỤ": a copy dropped letters of the header's name; the body's own "Bộ Nội vụ đề nghị …" writes it
    whole, so the issuer is the body's spelling."""
    text = ("B NỘI VỤ\n-------\n\n" + MOTTO + "\nSố: 1234/BNV-CQĐP\nV/v điều chỉnh địa giới hành chính cấp xã\n\n"
            "Hà Nội, ngày 12 tháng 05 năm 2016\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n\n"
            "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh rà soát hồ sơ điều chỉnh địa giới.\n")
    assert _imported(tmp_path, text)["issuer"] == "Bộ Nội vụ"


def test_a_council_word_that_lost_a_letter_inside_the_name_is_mended(tmp_path: Path) -> None:
    """s24: "HỘI ĐNG NHÂN DÂN" / "TỈNH NAM SƠN" over a resolution whose preamble writes "Hội đồng nhân dân tỉnh"."""
    text = ("HỘI ĐNG NHÂN DÂN\nTỈNH NAM SƠN\n-------\n\n" + MOTTO + "\nSố: 67/NQ-HĐND\n\n"
            "Nam Sơn, ngày 13 tháng 12 năm 2017\n\nNGHỊ QUYẾT\nVề đặt tên thôn\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nHội đồng nhân dân tỉnh quyết nghị đặt tên thôn.\n")
    assert _imported(tmp_path, text)["issuer"] == "Hội đồng nhân dân tỉnh Nam Sơn"


def test_an_issuer_word_the_body_writes_the_same_way_stays(tmp_path: Path) -> None:
    """The body writing the same damaged word in that place gives nothing to mend from: the issuer stays as read."""
    text = ("HỘI ĐNG NHÂN DÂN\nTỈNH NAM SƠN\n-------\n\n" + MOTTO + "\nSố: 67/NQ-HĐND\n\n"
            "Nam Sơn, ngày 13 tháng 12 năm 2017\n\nNGHỊ QUYẾT\nVề đặt tên thôn\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nHội ĐNG nhân dân tỉnh quyết nghị đặt tên thôn.\n")
    assert "ĐNG" in str(_imported(tmp_path, text)["issuer"]).upper()


def test_a_name_word_is_never_mended_into_another_by_a_letter_with_no_mark(tmp_path: Path) -> None:
    """What a text layer drops is a letter with a mark ("ộ", "ồ"); "xã Hòa An" is never made "xã Hòa Anh" because
    the body names that neighbouring commune and never its own."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\n-------\n\n" + MOTTO + "\nSố: 12/KH-UBND\n\n"
            "Hòa An, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n\n"
            "Căn cứ tình hình thực tế, phối hợp với Ủy ban nhân dân xã Hòa Anh tổ chức ngày hội.\n")
    assert _imported(tmp_path, text)["issuer"] == "Ủy ban nhân dân xã Hòa An"
