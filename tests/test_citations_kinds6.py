"""The kinds of case heldout8 taught (scored untuned at the eleventh session's start, then spent), one test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- relations


def test_the_document_amending_a_basis_is_a_basis_too(extractor: Extractor) -> None:
    text = (
        "Số: 12/2025/NQ-HĐND\n"
        "Căn cứ Nghị định số 57/2018/NĐ-CP ngày 17 tháng 4 năm 2018 của Chính phủ về cơ chế khuyến khích đầu tư được "
        "sửa đổi, bổ sung bởi Nghị định số 111/2025/NĐ-CP;\n"
        "Căn cứ Thông tư số 4/2019/TT-BKHĐT ngày 29 tháng 1 năm 2019 hướng dẫn nghị định đã được sửa đổi, bổ sung "
        "một số điều bởi Thông tư số 9/2024/TT-BTC;\n"
        "Xét Tờ trình số 70/TTr-UBND ngày 2/10/2025 của Ủy ban nhân dân tỉnh;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "57/2018/NĐ-CP": IMPLEMENTS,
        "111/2025/NĐ-CP": IMPLEMENTS,
        "4/2019/TT-BKHĐT": IMPLEMENTS,
        "9/2024/TT-BTC": IMPLEMENTS,
        "70/TTr-UBND": MENTIONS,
    }


def test_what_amends_a_nested_document_stays_nested(extractor: Extractor) -> None:
    text = (
        "Số: 3/KH-TMN\n"
        "Căn cứ Thông tư số 51/2020/TT-BGDĐT ngày 31/12/2020 về sửa đổi Chương trình ban hành kèm theo Thông tư số "
        "17/2009/TT-BGDĐT ngày 25/7/2009 của Bộ GD&ĐT, đã được sửa đổi, bổ sung bởi Thông tư số 28/2016/TT-BGDĐT "
        "ngày 30/12/2016 của Bộ GD&ĐT;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "51/2020/TT-BGDĐT": IMPLEMENTS,
        "17/2009/TT-BGDĐT": MENTIONS,
        "28/2016/TT-BGDĐT": MENTIONS,
    }


def test_a_proposal_or_advice_named_before_a_citation_is_no_basis(extractor: Extractor) -> None:
    text = (
        "Số: 73/KH-UBND\n"
        "Thực hiện Quyết định số 1960/QĐ-BCA ngày 08/6/2017 của Bộ Công an; trên cơ sở tham mưu của Công an tỉnh tại "
        "Công văn số 823/PV11 ngày 18/7/2017, UBND tỉnh ban hành Kế hoạch, cụ thể như sau:\n"
        "Căn cứ Nghị định số 62/2020/NĐ-CP ngày 1/6/2020 của Chính phủ; theo đề nghị của Sở Nội vụ tại Công văn số "
        "12/SNV-TCBC, Công văn số 13/SNV-TCBC ngày 5/3/2024."
    )
    assert relations(extractor(text, find_own=True)) == {
        "1960/QĐ-BCA": IMPLEMENTS,
        "823/PV11": MENTIONS,
        "62/2020/NĐ-CP": IMPLEMENTS,
        "12/SNV-TCBC": MENTIONS,
        "13/SNV-TCBC": MENTIONS,
    }


def test_carrying_out_a_request_is_no_proposal(extractor: Extractor) -> None:
    text = "Số: 5/KH-UBND\nThực hiện đề nghị của Sở Y tế tại Công văn số 44/SYT-NV ngày 2/3/2024, UBND xã xây dựng Kế hoạch."
    assert relations(extractor(text, find_own=True)) == {"44/SYT-NV": IMPLEMENTS}


def test_a_note_in_brackets_after_a_citation_describes_it(extractor: Extractor) -> None:
    text = (
        "Số: 8/KH-THLVT\n"
        "Căn cứ công văn số 2457/UBND-VX ngày 29 tháng 05 năm 2012 của Chủ tịch UBND tỉnh (Triển khai thực hiện chỉ "
        "thị số 15/CT-TTg ngày 22/05/2012 của Thủ tướng Chính phủ) về việc tăng cường sử dụng văn bản điện tử;\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 2/3/2020 của UBND tỉnh (thay thế Quyết định số 5/QĐ-UBND) về quy chế;\n"
        "Căn cứ Nghị quyết số 7/NQ-HĐND ngày 1/2/2021 (được sửa đổi, bổ sung bởi Nghị quyết số 9/NQ-HĐND) về phí."
    )
    assert relations(extractor(text, find_own=True)) == {
        "2457/UBND-VX": IMPLEMENTS,
        "15/CT-TTg": MENTIONS,
        "12/QĐ-UBND": IMPLEMENTS,
        "5/QĐ-UBND": MENTIONS,
        "7/NQ-HĐND": IMPLEMENTS,
        "9/NQ-HĐND": IMPLEMENTS,
    }


def test_a_body_that_says_it_rests_on_a_list_opens_a_list_of_bases(extractor: Extractor) -> None:
    text = (
        "Hội đồng nhân dân xã Gia Lộc căn cứ:\n"
        "- Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "- Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20/02/2025 về tiếp xúc cử tri;\n"
        "- Kế hoạch số 31/KH-UBND ngày 3/9/2025 của UBND xã;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN": IMPLEMENTS,
        "31/KH-UBND": IMPLEMENTS,
    }


def test_theo_in_a_plans_purpose_section_names_what_it_carries_out(extractor: Extractor) -> None:
    text = (
        "Số: 1611/KH-BGDĐT\n\nKẾ HOẠCH\n\nTRIỂN KHAI CHƯƠNG TRÌNH NĂM 2022\n\n"
        "1. Mục đích yêu cầu\n\n"
        "Đánh giá công tác duy trì phổ cập giáo dục mầm non theo Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư;\n\n"
        "2. Nội dung\n\n"
        "Các sở tổ chức kiểm tra theo Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ."
    )
    assert relations(extractor(text, find_own=True)) == {"51-KL/TW": IMPLEMENTS, "20/2014/NĐ-CP": MENTIONS}


# --------------------------------------------------------------------------- own numbers and numbers


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("download phap luat quyet dinh 2071 qd bgddt ban hanh khung ke hoach thoi gian nam hoc", "2071/QĐ-BGDĐT"),
        ("download phap luat cong van 1129 ubtvqh13 pl huong dan dieu 73 luat bau cu", "1129/UBTVQH13-PL"),
        ("download phap luat nghi dinh quy dinh ve chinh sach doi voi lao dong nu so 85 2015 nd cp", "85/2015/NĐ-CP"),
        ("data file 2017 03 08 thong tu 28 2009 tt bgddt ve che do lam viec doi voi giao vien", "28/2009/TT-BGDĐT"),
        ("tai lieu huong dan 12 hd btg ve viec to chuc", "12/HD-BTG"),
        ("ke hoach 5 nam 2021 2025 cua xa", None),  # no code: no number
        ("quyet dinh 15 sgdt ve", None),  # "sgdt": a "d" no known code explains is not guessed
        ("nghi dinh 12 cp ve", None),  # a State type whose code was lost
    ],
)
def test_a_first_line_written_as_an_address_names_its_own_number(
    extractor: Extractor, text: str, own: str | None
) -> None:
    assert own_number(extractor(text, find_own=True)) == own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("04_2010_TT-BKH QUY ĐỊNH CHI TIẾT LẬP HỒ SƠ YÊU CẦU CHỈ ĐỊNH THẦU", "04/2010/TT-BKH"),
        ("【HAVIP】Quyết định 582 các xã đặc biệt khó khăn năm 2016-2020", "582"),
        ("[Văn bản] Quyết định 37/QĐ-UBND về việc phê duyệt kế hoạch", "37/QĐ-UBND"),
    ],
)
def test_a_title_after_a_sites_tag_or_with_underscores_names_its_own_number(
    extractor: Extractor, text: str, own: str
) -> None:
    assert own_number(extractor(text, find_own=True)) == own


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("Căn cứ Thông tư số 46/2014/nđ-cp ngày 2/3/2014;", "46/2014/nđ-cp"),  # a code in lower case, whole
        ("Căn cứ Quyết định số 12/qđ-xây dựng;", "12/qđ"),  # a word after it is no part of it
        ("19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤCTHÔNG TƯ 19", "19/2018/TT-BGDĐT"),  # a glued date is no part of it
        ("Căn cứ Công văn số 823/PV11(CS) ngày 18/7/2017;", "823/PV11(CS)"),  # a unit's mark in brackets is
        ("Căn cứ Thông tư số 28/2016/TT-BGD ĐT ngày 30/12/2016;", "28/2016/TT-BGDĐT"),  # a known code split by a blank
        ("Căn cứ Quyết định số 7/QĐ-UBND TP ngày 1/2/2020;", "7/QĐ-UBND"),  # not any capitals after a blank
    ],
)
def test_codes_in_lower_case_glued_or_split_are_read_whole(extractor: Extractor, written: str, number: str) -> None:
    text = f"Số: 1/KH-UBND\n{written}"
    assert list(relations(extractor(text, find_own=True))) == [number]


def test_an_amending_word_in_the_item_before_belongs_to_that_item(extractor: Extractor) -> None:
    text = (
        "Số: 140/KH-UBND\n\nI. CĂN CỨ PHÁP LÝ\nLuật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;\n"
        "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính\nphủ quy định việc cung cấp thông tin;\n"
        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
        "61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "42/2022/NĐ-CP": IMPLEMENTS,
        "107/2021/NĐ-CP": IMPLEMENTS,
        "61/2018/NĐ-CP": MENTIONS,
    }


def test_an_answer_that_quotes_an_article_rests_on_nothing(extractor: Extractor) -> None:
    answer = (
        "Danh sách xã mới của tỉnh sau sắp xếp\n"
        "Căn cứ Điều 1 Nghị quyết 1658/NQ-UBTVQH15 ngày 16/6/2025 sắp xếp các đơn vị hành chính cấp xã, danh sách "
        "gồm 99 xã, phường."
    )
    assert relations(extractor(answer, find_own=True)) == {"1658/NQ-UBTVQH15": MENTIONS}
    decision = "Số: 12/QĐ-UBND\nCăn cứ khoản 3, Điều 49 Nghị quyết số 72/2025/NQLT/UBTVQH15-CP ngày 2/2/2025;"
    assert relations(extractor(decision, find_own=True)) == {"72/2025/NQLT/UBTVQH15-CP": IMPLEMENTS}


def test_a_title_that_asks_a_question_names_no_own_number(extractor: Extractor) -> None:
    text = (
        "Nghị quyết 126/NQ-CP: 34 hồ sơ đề án sáp nhập xã được thống nhất thông qua?\n"
        "Căn cứ Điều 1 Nghị quyết 126/NQ-CP, Chính phủ đã họp và thông qua 34 hồ sơ đề án như sau:"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"126/NQ-CP": MENTIONS}


def test_an_item_that_is_only_the_next_document_goes_on_with_the_list(extractor: Extractor) -> None:
    text = (
        "Số: 16/KH-BGDĐT\n\n1. Mục đích\n\n"
        "Đánh giá việc củng cố phổ cập giáo dục theo Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ "
        "cập giáo dục; Thông tư số 07/2016/TT-BGDĐT ngày 22/3/2016 của Bộ GDĐT quy định điều kiện bảo đảm.\n\n"
        "2. Nội dung\n\nCác sở báo cáo theo Nghị định số 1/2020/NĐ-CP ngày 2/1/2020 về chế độ báo cáo; Thông tư số "
        "3/2021/TT-BTC ngày 5/1/2021."
    )
    assert relations(extractor(text, find_own=True)) == {
        "20/2014/NĐ-CP": IMPLEMENTS,
        "07/2016/TT-BGDĐT": IMPLEMENTS,
        "1/2020/NĐ-CP": MENTIONS,
        "3/2021/TT-BTC": MENTIONS,
    }


def test_a_briefing_meeting_hands_nothing_down(extractor: Extractor) -> None:
    news = (
        "Ngày 17-4, tại tỉnh Bắc Giang, Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị "
        "số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị. Đồng chí Trưởng ban chủ trì hội nghị."
    )
    assert relations(extractor(news, find_own=True)) == {"05-CT/TW": MENTIONS}
    assigned = (
        "UBND tỉnh ban hành công văn số 3025 ngày 13/5/2022 về việc hưởng ứng Tuần lễ phòng, chống thiên tai.\n\n"
        "UBND tỉnh giao Ban Chỉ huy PCTT tỉnh chủ trì, phối hợp với các ngành căn cứ chủ đề và nội dung tại khung kế "
        "hoạch của Ban Chỉ đạo quốc gia tại Công văn số 30/QGPCTT ngày 11/5/2022, tham mưu UBND tỉnh."
    )
    assert relations(extractor(assigned, find_own=True)) == {"30/QGPCTT": IMPLEMENTS}


def test_a_lead_that_names_two_issued_documents_names_no_own_number(extractor: Extractor) -> None:
    text = (
        "Chuẩn bị cho Đại hội Đảng các cấp, Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch "
        "số 62/KH-HU về tổ chức đại hội các tổ chức cơ sở đảng."
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"25/CT-HU": MENTIONS, "62/KH-HU": MENTIONS}
    one = "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 25/CT-HU về tổ chức đại hội các tổ chức cơ sở đảng."
    assert own_number(extractor(one, find_own=True)) == "25/CT-HU"


def test_a_teaser_that_opens_with_its_document_names_its_own_number(extractor: Extractor) -> None:
    text = (
        "Đến năm 2030, mỗi trạm y tế có ít nhất một bác sĩ\n\n"
        "Quyết định số 281/QĐ-TTg ban hành Kế hoạch triển khai thực hiện Chỉ thị số 25-CT/TƯ ngày 25/10/2023 của Ban "
        "Bí thư về củng cố y tế cơ sở trong tình hình mới. (đọc thêm)"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "281/QĐ-TTg"
    assert relations(extraction) == {"25-CT/TƯ": IMPLEMENTS}
    story = "Đến năm 2030, mỗi trạm y tế có bác sĩ\n\nQuyết định số 281/QĐ-TTg của Thủ tướng nêu rõ mục tiêu này."
    assert own_number(extractor(story, find_own=True)) is None
