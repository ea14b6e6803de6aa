"""The kinds of case heldout7 taught (scored untuned at the tenth session's start, then spent), one test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- numbers and own numbers


@pytest.mark.parametrize(
    ("text", "own", "cited"),
    [
        # a portal's property table whose labels lost their line breaks
        ("Quyết định 27/2024/QĐ-UBND tỉnh Nam Định\nSố hiệu:27/2024/QĐ-UBNDNgày ban hành:05/06/2024\n"
         "Loại văn bản:Quyết địnhNgười ký:Trần Anh Dũng", "27/2024/QĐ-UBND", {}),
        ("Số: 88/KH-UBND\nThực hiện Kế hoạch số 12/KH-SGDĐTNgười ký: Lê Văn A", "88/KH-UBND", {"12/KH-SGDĐT": IMPLEMENTS}),
    ],
)
def test_a_capitalised_label_glued_to_a_code_is_not_part_of_it(
    extractor: Extractor, text: str, own: str, cited: dict[str, str]
) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == own
    assert relations(extraction) == cited


@pytest.mark.parametrize("number", ["5/QĐ-TTg", "7-CTrPH/TU", "9/QĐi-BTG", "70-TB/TW"])
def test_codes_that_mix_cases_stay_whole(extractor: Extractor, number: str) -> None:
    text = f"Số: 1/KH-UBND\nCăn cứ văn bản số {number}ngày 2/3/2020 của cơ quan cấp trên;"
    assert relations(extractor(text, find_own=True)) == {number: IMPLEMENTS}


def test_a_header_cell_cut_short_gives_way_to_the_whole_number(extractor: Extractor) -> None:
    text = (
        "Kế hoạch tổ chức hội nghị\nSố kí hiệu: 25-KH/ĐUK\nNgày ban hành: 01/03/2023\n\nĐẢNG BỘ KHỐI\n*\n"
        "Số: 25-KH/ĐU\n\nCăn cứ Quy định số 24-QĐ/TW ngày 30/7/2021;"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "25-KH/ĐUK"
    assert relations(extraction) == {"24-QĐ/TW": IMPLEMENTS}


def test_a_number_label_spelt_ki(extractor: Extractor) -> None:
    text = "Văn bản của phường\nSố kí hiệu 41/TB-UBND\nThực hiện Kế hoạch số 7/KH-UBND ngày 2/1/2024."
    assert own_number(extractor(text, find_own=True)) == "41/TB-UBND"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Chi tiết xem tại Thông báo số 31/TB-SYT trong tệp đính kèm.", "31/TB-SYT"),
        ("Sở Tài chính hướng dẫn lập dự toán năm 2025. Xem toàn văn Công văn số 412/STC-NS tại đây.", "412/STC-NS"),
    ],
)
def test_a_page_that_points_to_its_attachment_names_its_own_number(
    extractor: Extractor, text: str, own: str
) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == own
    assert relations(extraction) == {}


def test_a_cross_reference_with_see_is_no_attachment(extractor: Extractor) -> None:
    text = "Các xã lập danh sách hộ nghèo (xem Quyết định số 15/QĐ-UBND ngày 2/3/2020 của UBND tỉnh)."
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert set(relations(extraction)) == {"15/QĐ-UBND"}


# --------------------------------------------------------------------------- directives handed down


def test_urging_the_addressees_to_carry_out_hands_the_document_down(extractor: Extractor) -> None:
    text = (
        "Số: 310/VPCP-NN\nKính gửi: Bộ Nông nghiệp.\n\nBộ Nông nghiệp đôn đốc các địa phương thực hiện nghiêm Chỉ thị số "
        "05/CT-TTg ngày 2/3/2023 của Thủ tướng Chính phủ."
    )
    assert relations(extractor(text, find_own=True)) == {"05/CT-TTg": IMPLEMENTS}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a directive verb hands down studying the cited document
        ("Ban Thường vụ Huyện ủy vừa ban hành Chỉ thị số 12-CT/HU về công tác tuyển quân.\n\nChỉ thị yêu cầu các chi bộ "
         "quán triệt đến từng đảng viên nội dung Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy.", IMPLEMENTS),
        # without one, a task item that studies a resolution stays a mention
        ("Số: 40-KH/HU\n\n2. Nhiệm vụ\nCác chi bộ tiếp tục quán triệt Nghị quyết số 20-NQ/TU đến cán bộ, đảng viên.",
         MENTIONS),
    ],
)
def test_studying_a_document_implements_only_when_a_directive_hands_it_down(
    extractor: Extractor, text: str, relation: str
) -> None:
    cited = {k: v for k, v in relations(extractor(text, find_own=True)).items() if k.startswith("20-")}
    assert list(cited.values()) == [relation]


def test_the_items_of_a_list_a_directive_verb_introduces_are_handed_down(extractor: Extractor) -> None:
    text = (
        "Số: 77/VPCP-KGVX\nKính gửi: Các Bộ.\n\nXét báo cáo của Bộ Y tế, Phó Thủ tướng yêu cầu:\n\n1. Các Bộ, "
        "Ủy ban nhân dân các tỉnh tiếp tục thực hiện các biện pháp nêu tại Công điện số 09/CĐ-TTg ngày 3/4/2019.\n\n"
        "2. Ủy ban nhân dân các tỉnh khẩn trương thực hiện Chỉ thị số 11/CT-TTg ngày 5/4/2019."
    )
    assert relations(extractor(text, find_own=True)) == {"09/CĐ-TTg": IMPLEMENTS, "11/CT-TTg": IMPLEMENTS}


def test_items_under_a_heading_that_hands_nothing_down_stay_as_they_were(extractor: Extractor) -> None:
    text = (
        "Ngày 3/4, UBND huyện tổ chức hội nghị. Kết quả như sau:\n\n1. Các xã, Ủy ban nhân dân các thị trấn tiếp tục "
        "thực hiện các biện pháp nêu tại Công điện số 09/CĐ-TTg ngày 3/4/2019."
    )
    assert relations(extractor(text, find_own=True)) == {"09/CĐ-TTg": MENTIONS}


# --------------------------------------------------------------------------- descriptions, leads, labels, lists


def test_a_description_ends_where_the_next_line_opens_a_list_item(extractor: Extractor) -> None:
    text = (
        "Số: 02-KH/ĐU\nKẾ HOẠCH\n- Căn cứ Hướng dẫn số 30/HD-SNV ngày 2/3/2020 của Sở Nội vụ về Xây dựng kế hoạch\n"
        "- Căn cứ nghị quyết số 14-NQ/ĐU ngày 5/1/2020 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế\n"
    )
    assert relations(extractor(text, find_own=True)) == {"30/HD-SNV": IMPLEMENTS, "14-NQ/ĐU": IMPLEMENTS}


def test_a_hyphenated_phrase_wrapped_at_its_dash_goes_on(extractor: Extractor) -> None:
    text = (
        "Số: 3/KH-UBND\nThực hiện Kế hoạch số 8/KH-UBND ngày 2/3/2021 của UBND tỉnh về phát triển kinh tế\n"
        "- xã hội thực hiện Nghị quyết số 20-NQ/TU ngày 1/2/2021"
    )
    assert relations(extractor(text, find_own=True))["20-NQ/TU"] == MENTIONS


def test_a_sentence_looking_back_is_the_background_not_the_lead(extractor: Extractor) -> None:
    text = (
        "Công điện nêu rõ đại hội là sự kiện chính trị quan trọng của cả nước.\nTrước đó, Ban Bí thư Trung ương Đảng "
        "có Chỉ thị số 45-CT/TW\nngày 2/6/2024 về lãnh đạo đại hội các cấp.\nDo đó, Thủ tướng yêu cầu các bộ phối hợp."
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"45-CT/TW": MENTIONS}


def test_the_decision_that_issued_an_amended_rule_is_a_mention(extractor: Extractor) -> None:
    text = (
        "Số: 900/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ QUẢN LÝ, SỬ DỤNG NGUỒN KINH PHÍ "
        "KHUYẾN CÔNG THEO NHU CẦU CỦA CÁC ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 120/QĐ-UBND "
        "NGÀY 5 THÁNG 2 NĂM 2019 CỦA ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của "
        "Chính phủ về khuyến công;"
    )
    assert relations(extractor(text, find_own=True)) == {"120/QĐ-UBND": MENTIONS, "45/2012/NĐ-CP": IMPLEMENTS}


def test_a_rule_issued_with_a_decision_is_still_its_basis(extractor: Extractor) -> None:
    text = "Số: 15/KH-UBND\nThực hiện Quy chế ban hành kèm theo Quyết định số 120/QĐ-UBND ngày 5/2/2019 của UBND tỉnh;"
    assert relations(extractor(text, find_own=True)) == {"120/QĐ-UBND": IMPLEMENTS}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("triển khai Kế hoạch số 45/KH-UBND ngày 2/3/2022 của UBND huyện Đ", MENTIONS),  # a tag's label
        ("Triển khai Kế hoạch số 45/KH-UBND ngày 2/3/2022 của UBND huyện.", IMPLEMENTS),  # a sentence
    ],
)
def test_a_label_in_lower_case_carries_nothing_out(extractor: Extractor, text: str, relation: str) -> None:
    assert relations(extractor(text, find_own=True)) == {"45/KH-UBND": relation}


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Ngày 3/5, Ban Thường trực tổng kết việc thực hiện Quy định số 124, 125 của Ban Bí thư về giám sát.",
         {"124", "125"}),
        ("Ngày 3/5, Ban Thường trực quán triệt Quy định 124, 125 - QĐi/TW của Ban Bí thư về giám sát.",
         {"124-QĐi/TW", "125-QĐi/TW"}),
        ("Căn cứ các Kế hoạch số 12, 13 và 14/KH-UBND ngày 2/3/2024 của UBND huyện;",
         {"12/KH-UBND", "13/KH-UBND", "14/KH-UBND"}),
    ],
)
def test_serials_listed_before_one_code_share_it(extractor: Extractor, text: str, cited: set[str]) -> None:
    assert set(relations(extractor(text, find_own=True))) == cited


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Nghị quyết số 12, khoản 3 Điều 5 của Luật;",
        "Thực hiện Kế hoạch số 12, 5 năm qua xã đã đạt nhiều kết quả.",
    ],
)
def test_a_number_after_a_serial_that_names_no_document_is_not_listed(extractor: Extractor, text: str) -> None:
    assert len(relations(extractor(text, find_own=True))) == 1


# --------------------------------------------------------------------------- page titles


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Nghị định 15 quy định chi tiết một số điều của Luật Đầu tư công", "15"),  # a bare serial, then its subject
        ("Văn bản hợp nhất 12/VBHN-BTC năm 2022 hợp nhất Thông tư về phí", "12/VBHN-BTC"),  # a consolidated text
        ("Chương 2 Văn bản hợp nhất 07/VBHN-BYT năm 2021 hợp nhất Nghị định về dược", "07/VBHN-BYT"),  # one chapter
        ("25-2020-TT-BTC Thông tu hướng dẫn quản lý phí", "25/2020/TT-BTC"),  # a file name's dashes
    ],
)
def test_a_page_title_names_its_own_number(extractor: Extractor, text: str, own: str) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == own
    assert relations(extraction) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch 5 năm phát triển kinh tế của xã",  # a unit after the serial
        "Chỉ thị 12 của Ban Bí thư về công tác dân vận",  # a short form naming another body's document
        "25-2020-AB-BTC bảng kê vật tư",  # dashes, but no type code
    ],
)
def test_a_title_without_its_own_number(extractor: Extractor, text: str) -> None:
    assert own_number(extractor(text, find_own=True)) is None


def test_a_title_naming_two_documents_has_no_own_number(extractor: Extractor) -> None:
    extraction = extractor("Thông tư 22/2021/TT-BGDĐT đánh giá học sinh và công văn 3333/BGDĐT-GDTrH hướng dẫn", find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"22/2021/TT-BGDĐT": MENTIONS, "3333/BGDĐT-GDTrH": MENTIONS}


def test_a_title_naming_the_document_its_subject_describes_is_the_first_ones(extractor: Extractor) -> None:
    text = "Nghị định 12/2026/NĐ-CP quy định chi tiết một số điều của Nghị quyết số 30/2025/QH15 của Quốc hội"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "12/2026/NĐ-CP"
    assert set(relations(extraction)) == {"30/2025/QH15"}


def test_a_page_that_pastes_the_document_it_names_by_its_short_form(extractor: Extractor) -> None:
    text = (
        "Thành viên mới\nNghị định 45/2022/NĐ-CP vẫn còn hiệu lực. Theo Nghị định 45/2022/NĐ-CP, mức phạt như sau:\n"
        "a) Cá nhân: 2 triệu đồng;\nChi tiết nội dung Nghị định 45 ở dưới đây:\n\nNGHỊ ĐỊNH SỐ 45/2022/NĐ-CP CỦA CHÍNH PHỦ"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "45/2022/NĐ-CP"
    assert relations(extraction) == {}


def test_cut_numbers_of_two_types_are_two_citations(extractor: Extractor) -> None:
    text = "Số: 5/KH-UBND\nCăn cứ Thông tư 14/2018 của Bộ Giáo dục;\nCăn cứ Quyết định 14/2018 của UBND huyện;"
    extraction = extractor(text, find_own=True)
    assert sorted((c.type or "", c.number) for c in extraction.citations) == [
        ("Quyết định", "14/2018"), ("Thông tư", "14/2018")]
