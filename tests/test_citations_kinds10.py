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
