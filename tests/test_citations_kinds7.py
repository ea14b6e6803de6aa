"""The kinds of case heldout9 taught (scored untuned at the end of the eleventh session, then spent), one test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- relations


def test_a_flattened_preamble_is_bases_without_the_words_can_cu(extractor: Extractor) -> None:
    text = (
        "UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc Số: 41/QĐ-STP "
        "Hà Nam, ngày 3 tháng 5 năm 2022 QUYẾT ĐỊNH Ban hành Quy chế làm việc GIÁM ĐỐC SỞ TƯ PHÁP TỈNH HÀ NAM "
        "Căn Luật Lưu trữ ngày 11 tháng 11 năm 2011; Căn Nghị định số 30/2020/NĐ-CP ngày 05 tháng năm 2020 Chính phủ "
        "công tác văn thư; Quyết định số 12/2021/QĐ-UBND ngày 11/6/2021 UBND tỉnh ban hành Quy chế; Xét đề nghị "
        "Chánh Văn phòng Sở tại Tờ trình số 5/TTr-VP QUYẾT ĐỊNH: Điều 1. Ban hành Quy chế làm việc. Điều 2. Quyết định "
        "có hiệu lực kể từ ngày ký, thay thế Quyết định số 9/QĐ-STP ngày 2/1/2019."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "41/QĐ-STP"
    assert relations(got) == {
        "30/2020/NĐ-CP": IMPLEMENTS,
        "12/2021/QĐ-UBND": IMPLEMENTS,
        "5/TTr-VP": MENTIONS,
        "9/QĐ-STP": MENTIONS,
    }


def test_a_quoted_formula_without_the_authority_above_settles_nothing(extractor: Extractor) -> None:
    text = (
        "Bài viết nêu: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Quyết định số "
        "12/2021/QĐ-UBND của UBND tỉnh; sau đó Sở ban hành quyết định với câu QUYẾT ĐỊNH: Điều 1."
    )
    assert relations(extractor(text)) == {"30/2020/NĐ-CP": MENTIONS, "12/2021/QĐ-UBND": MENTIONS}


def test_directing_as_a_noun_hands_nothing_down(extractor: Extractor) -> None:
    text = (
        "Theo quyết định của Bộ Chính trị, đoàn tập trung giám sát việc lãnh đạo, chỉ đạo, tổ chức thực hiện Chỉ thị "
        "số 01-CT/TW của Bộ Chính trị về bầu cử. Đoàn cũng kiểm tra việc chỉ đạo thực hiện Kết luận số 12-KL/TW.\n\n"
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện nghiêm Chỉ thị số 45-CT/TW của Bộ Chính trị."
    )
    assert relations(extractor(text)) == {"01-CT/TW": MENTIONS, "12-KL/TW": MENTIONS, "45-CT/TW": IMPLEMENTS}


# --------------------------------------------------------------------------- numbers


def test_a_party_number_that_lost_its_hyphen_is_found_after_any_word(extractor: Extractor) -> None:
    text = (
        "In October 2025, the implementation of Resolution No. 57NQ/TW of the Politburo, Decision No. 204QD/TW of the "
        "Secretariat and Plan 02-KH/BCĐTW was carried out.\n\nOverview of the meeting."
    )
    assert [c.number for c in extractor(text).citations] == ["57-NQ/TW", "204-QD/TW", "02-KH/BCĐTW"]


def test_a_code_a_blank_split_goes_on_after_the_split(extractor: Extractor) -> None:
    got = extractor("Thông tư liên tịch số 23/2015/TTLT-BGD ĐT-BNV ngày 16/9/2015 quy định chức danh.\n", find_own=True)
    assert own_number(got) == "23/2015/TTLT-BGDĐT-BNV"
    text = "Số: 4/KH-THCS\nCăn cứ Thông tư số 28/2016/TT-BGD ĐT ngày 30/12/2016 của Bộ GD&ĐT; Công văn số 514/CV-PGD ĐT."
    assert relations(extractor(text, find_own=True)) == {"28/2016/TT-BGDĐT": IMPLEMENTS, "514/CV-PGDĐT": IMPLEMENTS}


def test_a_fraction_slash_is_a_slash(extractor: Extractor) -> None:
    text = (
        "Công điện khẩn ứng phó với bão\n\nChiều 18/8/2016, Thủ tướng Chính phủ đã ký ban hành Công điện số 1478⁄CĐ-TTg "
        "yêu cầu các Bộ tập trung ứng phó; thực hiện Chỉ thị số 12∕CT-TTg của Thủ tướng."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1478/CĐ-TTg"
    assert [c.number for c in got.citations] == ["12/CT-TTg"]


# --------------------------------------------------------------------------- own numbers


def test_a_lead_on_the_first_line_is_no_title_looking_back(extractor: Extractor) -> None:
    text = (
        "Ngày 23/02/2025, Văn phòng Chính phủ có Thông báo số 56/TB-VPCP Kết luận Phiên họp tổng kết hoạt động Ủy ban "
        "Quốc gia về chuyển đổi số năm 2024\nThủ tướng thống nhất nhiệm vụ như sau: khẩn trương ban hành Kế hoạch thực "
        "hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    )
    assert own_number(extractor(text, find_own=True)) == "56/TB-VPCP"
    looking_back = (
        "Huyện ủy sơ kết 5 năm thực hiện Chỉ thị 05\nNgày 3/4/2021, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số "
        "12-KH/HU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    )
    assert own_number(extractor(looking_back, find_own=True)) is None


def test_a_document_the_body_says_it_issued_is_reported_on_its_own_page_too(extractor: Extractor) -> None:
    text = (
        "Số: 167/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 11/NQ-HĐND của HĐND Thành phố, ngay từ đầu năm UBND Thành "
        "phố đã ban hành Chương trình hành động số 34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ cụ thể."
    )
    assert relations(extractor(text, find_own=True)) == {"11/NQ-HĐND": IMPLEMENTS, "34/CTr-UBND": MENTIONS}


def test_studying_a_document_then_acting_on_it_carries_it_out(extractor: Extractor) -> None:
    text = (
        "Quán triệt sâu sắc chủ trương Nghị quyết số 57-NQ/TW của Bộ Chính trị, các địa phương đã xây dựng lộ trình.\n\n"
        "Nhiệm vụ năm 2025:\n1. Tiếp tục quán triệt Chỉ thị số 05-CT/TW đến cán bộ, đảng viên trong toàn tỉnh."
    )
    # the task item is a dissemination duty: implements since the twenty-sixth session (README rule A)
    assert relations(extractor(text)) == {"57-NQ/TW": IMPLEMENTS, "05-CT/TW": IMPLEMENTS}


def test_a_heading_numbered_with_a_dash_opens_the_list_of_bases(extractor: Extractor) -> None:
    text = (
        "Số: 12/HD-CA\nI- CƠ SỞ PHÁP LÝ ĐỂ GIẢI QUYẾT CÁC CÔNG VIỆC LIÊN QUAN.\n"
        "- Nghị định số 58/2001/NĐ-CP ngày 24 tháng 08 năm 2001 của Chính phủ về quản lý và sử dụng con dấu;\n"
        "II- HỒ SƠ\n- Bản sao Quyết định số 7/QĐ-UBND thành lập đơn vị."
    )
    assert relations(extractor(text, find_own=True)) == {"58/2001/NĐ-CP": IMPLEMENTS, "7/QĐ-UBND": MENTIONS}


def test_html_paragraphs_are_lines_and_the_line_numbers_those_of_the_text(extractor: Extractor) -> None:
    text = (
        "Trả lời chủ đề\n<blockquote data-quote=\"A\"><p><strong><span style=\"color: black\">I- CƠ SỞ PHÁP LÝ ĐỂ GIẢI "
        "QUYẾT CÁC CÔNG VIỆC.</span></strong></p><p></p><p> <span style=\"color: black\">- Nghị định số 58/2001/NĐ-CP "
        "ngày 24 tháng 08 năm 2001 của Chính phủ về quản lý và sử dụng con dấu;</span></p><p>- Thông tư số "
        "08/2001/TT-BCA ngày 16/10/2001 của Bộ Công an.</p></blockquote>"
    )
    got = extractor(text)
    assert relations(got) == {"58/2001/NĐ-CP": IMPLEMENTS, "08/2001/TT-BCA": IMPLEMENTS}
    assert [c.line for c in got.citations] == [2, 2]


def test_a_later_lead_is_an_item_of_the_unnumbered_document_the_page_presents(extractor: Extractor) -> None:
    text = (
        "Văn phòng Chính phủ đã có Thông cáo báo chí chỉ đạo, điều hành của Chính phủ ngày 11/4/2025.\n"
        "Chính phủ vừa ban hành Nghị định số 85/2025/NĐ-CP quy định chi tiết thi hành Luật Đầu tư công.\n"
        "Nghị định quy định cụ thể các ngành, lĩnh vực sử dụng vốn đầu tư công."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"85/2025/NĐ-CP": MENTIONS}
    headline = (
        "UBND tỉnh vừa ban hành Kế hoạch thực hiện Chỉ thị về phòng chống thiên tai.\n"
        "Ngày 5/3/2025, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai năm 2025."
    )
    assert own_number(extractor(headline, find_own=True)) == "45/KH-UBND"


# --------------------------------------------------------------------------- numbers written as file names


def test_a_number_written_as_a_file_name_after_a_type_word(extractor: Extractor) -> None:
    assert own_number(extractor("Thông tư 10_2016_BGD quy định quy chế công tác HSSV", find_own=True)) == "10/2016/BGD"
    text = "Số: 3/KH-UBND\nCăn cứ Quyết định 15-2012-QĐ-UBND ngày 3/4/2012 của UBND tỉnh; Kế hoạch 5-2025 về chuyển đổi số."
    assert relations(extractor(text, find_own=True)) == {"15/2012/QĐ-UBND": IMPLEMENTS}


def test_a_page_that_is_one_line_in_lower_case_is_a_label_not_a_title(extractor: Extractor) -> None:
    got = extractor("quyết định 15-2012-qĐ-ubnd", find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"15/2012/qĐ-ubnd": MENTIONS}
    assert own_number(extractor("Quyết định 15/2012/QĐ-UBND", find_own=True)) == "15/2012/QĐ-UBND"
