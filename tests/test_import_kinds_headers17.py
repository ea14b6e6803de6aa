"""Headers the spent heldout14 showed (seventeenth session), one kind per test with made-up names.

A joint issuer in capitals over two lines whose old number no grammar reads ("01-TANDTC-VKSNDTC/TTLT"): both bodies,
joined by " - " and written in running text. A mass organisation's committee written in initials under its national
body ("HỘI NÔNG DÂN VIỆT NAM" / "BCH HND TỈNH X"): the committee is the issuer, spelled out. A school's plan whose header
is its name and type line run into the first paragraph ("TRƯỜNG THCS X KẾ HOẠCH … NĂM HỌC 2008 – 2009 Năm học …"): the
school, the type and the trích yếu in capitals up to where sentence case starts; a school's proper name keeps its
capitals after its level.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.casing import recase_issuer
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_joint_issuer_in_capitals_over_two_lines_with_an_old_number() -> None:
    result = _result(
        "TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc\n"
        "Số: 03-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 10 tháng 5 năm 1990\n\n"
        "THÔNG TƯ LIÊN TỊCH\n\nHƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH VỀ ÁN PHÍ\n"
        "Để thi hành Pháp lệnh, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng dẫn như sau.\n")
    assert result.fields["issuer"] == "Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao"
    assert result.fields["type"] == "Thông tư liên tịch"


def test_a_committee_in_initials_under_its_national_body_is_the_issuer_spelled_out() -> None:
    result = _result(
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HND TỈNH AN NAM\n*\nSố 07-HD/HNDT\nPhú Lợi, ngày 12 tháng 3 năm 2016\n"
        "HƯỚNG DẪN\ntiêu chuẩn xét chọn hộ nông dân giỏi các cấp\n- Căn cứ Điều lệ Hội Nông dân Việt Nam;\n")
    assert result.fields["issuer"] == "Ban Chấp hành Hội Nông dân tỉnh An Nam"
    assert result.fields["number"] == "07-HD/HNDT"


def test_a_school_plan_whose_header_runs_into_the_first_paragraph() -> None:
    result = _result(
        "TRƯỜNG THCS HÒA BÌNH KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN NĂM HỌC 2010 – 2011 Năm học 2010 – 2011 là năm học tiếp tục "
        "thực hiện cuộc vận động “Hai không” và phong trào thi đua của ngành; nhà trường xây dựng kế hoạch hoạt động "
        "chuyên môn với các nội dung chủ yếu sau đây, áp dụng cho toàn thể giáo viên trong trường.\n")
    assert (result.fields.get("type"), result.fields.get("issuer")) == ("Kế hoạch", "Trường THCS Hòa Bình")
    assert result.fields.get("title") == "Hoạt động chuyên môn năm học 2010 – 2011"


def test_capitals_in_running_text_are_no_header() -> None:
    """A paragraph that does not open with six words in capitals is never cut."""
    text = ("Theo Kế hoạch, UBND XÃ HÒA BÌNH KẾ HOẠCH NĂM 2020 Năm nay xã tổ chức nhiều hoạt động văn hóa, thể thao "
            "cho nhân dân trên địa bàn, với sự tham gia của các đoàn thể và các thôn, tổ dân phố trong toàn xã.\n")
    assert _result(text).fields.get("type", "") == ""


def test_a_schools_proper_name_keeps_its_capitals_after_its_level() -> None:
    assert recase_issuer("TRƯỜNG THCS BUÔN HỒ") == ("Trường THCS Buôn Hồ", True)
    assert recase_issuer("TRƯỜNG MẦM NON HOA SEN") == ("Trường Mầm non Hoa Sen", True)
    assert recase_issuer("TRƯỜNG CHÍNH TRỊ TỈNH") == ("Trường Chính trị tỉnh", True)


def test_a_trich_yeu_that_opens_with_its_own_type_word_loses_it() -> None:
    """a06, c25: the type line run into the trích yếu ("THÔNG TƯ QUY ĐỊNH VỀ …", a page title "Thông báo về việc …"
    under a "Thông báo" line); a type word that is a word of the subject ("Kế hoạch hóa gia đình …") stays."""
    caps = _result("BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 12/2020/TT-BCT\n|\nHà Nội,\nngày\n01\ntháng 6 năm 2020\n|\nTHÔNG\nTƯ\nQUY\nĐỊNH VỀ HỆ THỐNG THÔNG TIN ĐIỆN LỰC\n"
                   "Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004;\n")
    assert caps.fields["type"] == "Thông tư"
    assert caps.fields["title"] == "QUY ĐỊNH VỀ HỆ THỐNG THÔNG TIN ĐIỆN LỰC"
    kept = _result("UBND XÃ AN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 12/KH-UBND An Hòa, ngày 01 tháng 6 năm 2020\nKẾ HOẠCH\nKế hoạch hóa gia đình năm 2020 trên địa bàn xã\n"
                   "Căn cứ Luật Dân số;\n")
    assert kept.fields["title"] == "Kế hoạch hóa gia đình năm 2020 trên địa bàn xã"


def test_the_old_central_bodies_and_a_title_heading_a_name_are_cased_as_written_in_law() -> None:
    """Found importing heldout18's Word originals: "HỘI ĐỒNG BỘ TRƯỞNG" was listed as "Hội Đồng bộ trưởng", and
    "BỘ TRƯỞNG BỘ Y TẾ" read by the agency rule as "Bộ Trưởng bộ y tế"."""
    assert recase_issuer("HỘI ĐỒNG BỘ TRƯỞNG") == ("Hội đồng Bộ trưởng", True)
    assert recase_issuer("HỘI ĐỒNG NHÀ NƯỚC") == ("Hội đồng Nhà nước", True)
    assert recase_issuer("BỘ TRƯỞNG BỘ Y TẾ") == ("Bộ trưởng Bộ Y tế", True)
    assert recase_issuer("BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN") == ("Bảo hiểm xã hội tỉnh Nghệ An", True)
