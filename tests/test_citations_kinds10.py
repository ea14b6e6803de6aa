"""The kinds of case heldout12 taught (scored untuned at the start of the fifteenth session, then spent), read from the
numbering rules rather than its phrases: one test per kind on small written examples (not its passages), each run on
the fast extractor and on its plain reference."""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS, number_key

# --------------------------------------------------------------------------- one number, two spellings of its code


def test_a_dot_joins_code_parts_as_a_dash_does() -> None:
    assert number_key("01/1999/QĐ.UB") == number_key("01/1999/QĐ-UB")
    assert number_key("21-CT/T.Ư") == number_key("21-CT/T-Ư")
    assert number_key("07/TTr-TT.HĐND") == number_key("07/TTr-TT-HĐND")
    assert number_key("1.234/QĐ-UBND") != number_key("1-234/QĐ-UBND")  # a serial's dot is no joiner


def test_a_party_number_in_a_state_numbers_dress_is_the_party_number() -> None:
    assert number_key("53/NQ-TW") == number_key("53-NQ/TW")
    assert number_key("21/CT-TU") == number_key("21-CT/TU")
    assert number_key("62/KH-HU") == number_key("62-KH/HU")
    assert number_key("21/KH-UBND") != number_key("21-KH/UBND")  # a State body's code stays a State number


def test_a_directive_written_both_ways_in_one_text_is_cited_once(extractor: Extractor) -> None:
    text = (
        "Căn cứ Nghị quyết số 53-NQ/TW ngày 29/8/2005 của Bộ Chính trị;\n"
        "Điều 1. Ban hành Chương trình hành động triển khai thực hiện Nghị quyết số 53/NQ-TW ngày 29/8/2005 của Bộ "
        "Chính trị về phát triển vùng Đông Nam Bộ."
    )
    assert relations(extractor(text)) == {"53-NQ/TW": IMPLEMENTS}


def test_an_old_party_code_with_a_dot_is_read_whole(extractor: Extractor) -> None:
    text = "Thực hiện Chỉ thị số 21-CT/T.Ư ngày 26-3-2008 của Bộ Chính trị về phòng, chống ma túy, Huyện ủy yêu cầu …"
    assert list(relations(extractor(text))) == ["21-CT/T.Ư"]


def test_a_code_whose_dot_a_blank_precedes_is_one_number(extractor: Extractor) -> None:
    text = (
        "Điều 1. Sửa đổi một số nội dung Nghị quyết số 47/2007/NQ .HĐND ngày 25 tháng 01 năm 2007 của Hội đồng nhân "
        "dân tỉnh về phí, lệ phí.\n\nBãi bỏ khoản 2 Điều 1 Nghị quyết số 47/2007/NQ-HĐND nêu trên."
    )
    found = relations(extractor(text))
    assert [number_key(n) for n in found] == [number_key("47/2007/NQ-HĐND")]
    assert set(found.values()) == {MENTIONS}


def test_a_sentence_end_after_a_number_starts_no_code_part(extractor: Extractor) -> None:
    text = "Thực hiện Kế hoạch số 12/KH-UBND. UBND xã đã triển khai."
    assert list(relations(extractor(text))) == ["12/KH-UBND"]


# --------------------------------------------------------------------------- the verbs a news lead presents its document by


def own_number(extractor: Extractor, text: str) -> str | None:
    extraction = extractor(text, find_own=True)
    return extraction.own.number if extraction.own is not None else None


def test_a_lead_that_says_who_signed_the_document_presents_it(extractor: Extractor) -> None:
    text = (
        "07/08/2024\nNgày 8/7/2024, Phó Thủ tướng Chính phủ đã ký Quyết định số 611/QĐ-TTg phê duyệt Quy hoạch bảo vệ "
        "môi trường quốc gia, thực hiện Nghị quyết số 81/2023/QH15 của Quốc hội."
    )
    assert own_number(extractor, text) == "611/QĐ-TTg"
    assert list(relations(extractor(text, find_own=True))) == ["81/2023/QH15"]


def test_a_lead_signing_a_letter_by_its_bare_number_presents_it(extractor: Extractor) -> None:
    text = (
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch ký văn bản số 58 ngày 7/1, gửi các sở quản lý văn hóa cả nước "
        "về tổ chức lễ hội dịp Tết."
    )
    assert own_number(extractor, text) == "58"


def test_a_lead_that_says_a_body_sent_a_typed_document_presents_it(extractor: Extractor) -> None:
    text = (
        "Tiến độ tiêm mũi 3 chưa đạt mục tiêu\n"
        "Bộ Y tế tiếp tục gửi Công điện số 665/CĐ-BYT đến Chủ tịch Ủy ban nhân dân các tỉnh về việc triển khai tiêm vaccine."
    )
    assert own_number(extractor, text) == "665/CĐ-BYT"


def test_a_registration_is_no_signature(extractor: Extractor) -> None:
    text = "Các trường đã đăng ký Kế hoạch số 12/KH-SGDĐT với Sở Giáo dục và Đào tạo."
    assert own_number(extractor, text) is None


# --------------------------------------------------------------------------- shapes read only where a type word or "số" anchors them


def test_a_year_joined_to_its_code_by_a_dash_is_read_after_a_type_word(extractor: Extractor) -> None:
    text = "Căn cứ Thông tư số 02/2021-BNNPTNT ngày 07/6/2021 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;"
    assert relations(extractor(text)) == {"02/2021-BNNPTNT": IMPLEMENTS}


def test_a_year_and_a_dash_without_a_type_word_are_no_number(extractor: Extractor) -> None:
    text = "Trong giai đoạn 2021-2025, tỉnh đã hoàn thành 12/2021-KH của ngành."
    assert relations(extractor(text)) == {}


def test_a_padded_number_field_is_the_documents_own_number(extractor: Extractor) -> None:
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN\n\nSố: 187    /KH-UBND\n\nThọ Xuân, ngày 24 tháng 8 năm 2024\n\nKẾ HOẠCH\n"
        "Tiêm phòng vacxin cho đàn gia súc đợt 2 năm 2024\n\nThực hiện Kế hoạch số 241/KH-UBND ngày 10/01/2024 của UBND tỉnh."
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "187/KH-UBND"
    assert relations(extraction) == {"241/KH-UBND": IMPLEMENTS}
