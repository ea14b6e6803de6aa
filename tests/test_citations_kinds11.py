"""The kinds of case heldout13 taught (scored untuned at the end of the fifteenth session, then spent), on small written
examples, each run on the fast extractor and on its plain reference: a list of bases under its Roman-numbered heading
written in sentence case ("I. Căn cứ xây dựng kế hoạch."), which the capitals-only heading rule missed; a State type
code glued to its issuer's code ("2358/QĐBGDĐT"), read by the numbering rules' list of codes."""

from __future__ import annotations

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS, canonical_number

ITEMS = (
    "Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới chương trình;\n"
    "Công văn số 3535/BGDĐT-GDTH ngày 19/8/2019 của Bộ Giáo dục và Đào tạo về hoạt động trải nghiệm;\n"
    "II. Mục tiêu\n"
    "Nâng cao chất lượng theo Thông tư số 28/2020/TT-BGDĐT.\n"
)


@pytest.mark.parametrize(
    "heading",
    ["I. Căn cứ xây dựng kế hoạch.", "   I. Căn cứ xây dựng kế hoạch", "I. Căn cứ pháp lý", "II. Cơ sở xây dựng kế hoạch"],
)
def test_bases_under_a_sentence_case_roman_heading_are_carried_out(extractor: Extractor, heading: str) -> None:
    found = relations(extractor(f"KẾ HOẠCH GIÁO DỤC NĂM HỌC 2024 - 2025\n{heading}\n{ITEMS}"))
    assert found == {"04/QĐ-TTg": IMPLEMENTS, "3535/BGDĐT-GDTH": IMPLEMENTS, "28/2020/TT-BGDĐT": MENTIONS}


@pytest.mark.parametrize(
    "heading",
    [
        "I. Căn cứ vào tình hình thực tế, nhà trường đề ra",  # a clause of its own after a comma
        "I. Cơ sở vật chất",  # another "cơ sở"
    ],
)
def test_a_clause_or_item_that_opens_with_the_words_is_no_heading(extractor: Extractor, heading: str) -> None:
    found = relations(extractor(f"KẾ HOẠCH GIÁO DỤC NĂM HỌC 2024 - 2025\n{heading}\n{ITEMS}"))
    assert found["04/QĐ-TTg"] == MENTIONS and found["3535/BGDĐT-GDTH"] == MENTIONS


# --------------------------------------------------------------------------- a type code glued to its issuer's


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("2358/QĐBGDĐT", "2358/QĐ-BGDĐT"),  # a ministry's code
        ("491/QĐTTg", "491/QĐ-TTg"),
        ("12/CTUBND", "12/CT-UBND"),
        ("20/NQHĐND", "20/NQ-HĐND"),
    ],
)
def test_a_type_code_glued_to_a_known_issuers_code_gets_its_hyphen(extractor: Extractor, written: str, number: str) -> None:
    text = f"Căn cứ Quyết định số {written} ngày 20/8/2025 của Bộ trưởng về nhiệm vụ năm học;"
    assert relations(extractor(text)) == {number: IMPLEMENTS}


@pytest.mark.parametrize("written", ["45/HĐND", "123/BTTTT", "10/HĐBC", "30/QGPCTT"])
def test_an_issuer_code_or_an_unknown_one_stays_whole(written: str) -> None:
    assert canonical_number(written) == written  # an issuer's own code, or letters no known issuer code ends


# --------------------------------------------------------------------------- a directive's addressees before its colon


@pytest.mark.parametrize(
    "intro",
    [
        "UBND huyện yêu cầu Thủ trưởng các cơ quan, ban ngành, đoàn thể cấp huyện, Chủ tịch UBND các xã, thị trấn:",
        "UBND huyện yêu cầu các cơ quan, đơn vị như sau:",
        "UBND huyện yêu cầu:",
    ],
)
def test_items_under_a_directive_naming_its_addressees_before_the_colon_are_handed_down(
    extractor: Extractor, intro: str
) -> None:
    text = (
        f"{intro}\n"
        "Tổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng cán bộ của cơ quan, đơn vị.\n"
        "- Triển khai thực hiện Chỉ thị số 08/CT-UBND ngày 19/4/2019 về phòng cháy rừng.\n"
    )
    assert relations(extractor(text)) == {"110/KH-UBND": IMPLEMENTS, "08/CT-UBND": IMPLEMENTS}


def test_a_colon_after_a_directive_verb_and_a_sentence_is_no_list_introduction(extractor: Extractor) -> None:
    text = (
        "Tại hội nghị, các đại biểu đề nghị tăng cường tuyên truyền. Kết quả cụ thể:\n"
        "Tổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng cán bộ của cơ quan, đơn vị.\n"
    )
    assert relations(extractor(text))["110/KH-UBND"] == MENTIONS
