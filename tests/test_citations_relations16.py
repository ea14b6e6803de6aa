"""The relation kinds the sixteenth session read off the spent sets (heldout11–13, dev14), on small written examples,
each run on the fast extractor and on its plain reference: a capitalised clause cue after a word with no lower-case
letter (a date or number of a page's chrome, a title glued to its first sentence) opens a clause; a purpose ("để", "nhằm")
right before a cue inside a sentence states what the text itself carries out; a document whose carrying out is reviewed
("tổng kết/sơ kết 10 năm thực hiện …") is mentioned, even in a title or a clause a cue governs."""

from __future__ import annotations

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

LEAD = "Tin tức sự kiện\n"


@pytest.mark.parametrize(
    "before",
    ["date 2023-10 ", "ĐẨY MẠNH TUYÊN TRUYỀN QUÝ IV NĂM 2022 ", "Đẩy mạnh tuyên truyền Quý IV năm 2022"],
)
def test_a_cue_after_a_date_or_glued_to_it_opens_a_clause(extractor: Extractor, before: str) -> None:
    text = f"{LEAD}{before}Thực hiện Hướng dẫn số 52-HD/BTGHU ngày 26/9/2022 của Ban Tuyên giáo Huyện ủy, trung tâm tổ chức tuyên truyền.\n"
    assert relations(extractor(text)) == {"52-HD/BTGHU": IMPLEMENTS}


@pytest.mark.parametrize("before", ["Đẩy mạnh tuyên truyền quý tư ", "sau khi hội nghị góp ý "])
def test_a_cue_after_a_lower_case_word_stays_inside_its_sentence(extractor: Extractor, before: str) -> None:
    text = f"{LEAD}Trong tháng, {before}Thực hiện Hướng dẫn số 52-HD/BTGHU ngày 26/9/2022 của Ban Tuyên giáo Huyện ủy.\n"
    assert relations(extractor(text)) == {"52-HD/BTGHU": MENTIONS}


PLAN = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 138/KH-UBND\nHà Nội, ngày 10 tháng 6 năm 2021\nKẾ HOẠCH\nThực hiện chương trình vì trẻ em\nI. MỤC ĐÍCH\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nâng cao cam kết của các cấp trong việc thực hiện các quyền trẻ em nhằm thực hiện tốt các mục tiêu cụ thể của "
        "Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ.",
        "Ngoài công tác lãnh đạo, chỉ đạo để thực hiện hoàn thành các chỉ tiêu đã được phân công tại Quyết định số "
        "23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ.",
    ],
)
def test_a_purpose_right_before_a_cue_inside_a_sentence_states_what_the_text_carries_out(
    extractor: Extractor, sentence: str
) -> None:
    assert relations(extractor(f"{PLAN}{sentence}\n", find_own=True)) == {"23/QĐ-TTg": IMPLEMENTS}


def test_on_a_news_page_a_document_named_before_the_purpose_owns_it(extractor: Extractor) -> None:
    text = (
        "Lễ ký kết kế hoạch liên tịch về chuyển đổi số\nSáng 5/3, UBND phường và Đoàn phường tổ chức lễ ký kết.\n"
        "Kế hoạch liên tịch được ký kết nhằm cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"57-NQ/TW": MENTIONS}


def test_a_purpose_word_with_other_words_before_the_cue_states_nothing(extractor: Extractor) -> None:
    sentence = "Các đơn vị báo cáo để tổng hợp tình hình thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021.\n"
    assert relations(extractor(f"{PLAN}{sentence}", find_own=True)) == {"23/QĐ-TTg": MENTIONS}


HEADER = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4155/KH-UBND\nThành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2022\nKẾ HOẠCH\n"


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADER}Tổ chức hội nghị sơ kết 05 năm thực hiện Nghị định số 83/2017/NĐ-CP của Chính phủ\n",
        f"{HEADER}I. MỤC ĐÍCH\nTrên cơ sở tổng kết 20 năm thực hiện Nghị định số 83/2017/NĐ-CP, đề ra nhiệm vụ mới.\n",
        f"{HEADER}I. MỤC ĐÍCH\nThực hiện tốt việc sơ kết việc triển khai Nghị định số 83/2017/NĐ-CP trên địa bàn.\n",
    ],
)
def test_a_document_whose_carrying_out_is_reviewed_is_mentioned(extractor: Extractor, text: str) -> None:
    assert relations(extractor(text, find_own=True)) == {"83/2017/NĐ-CP": MENTIONS}


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADER}Triển khai thực hiện Nghị định số 83/2017/NĐ-CP của Chính phủ\n",
        f"{HEADER}I. MỤC ĐÍCH\nTrên cơ sở Nghị định số 83/2017/NĐ-CP, đề ra nhiệm vụ mới.\n",
    ],
)
def test_the_same_document_without_the_review_is_carried_out(extractor: Extractor, text: str) -> None:
    assert relations(extractor(text, find_own=True)) == {"83/2017/NĐ-CP": IMPLEMENTS}
