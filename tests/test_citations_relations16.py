"""The relation kinds the sixteenth session read off the spent sets (heldout11–13, dev14), on small written examples,
each run on the fast extractor and on its plain reference: a capitalised clause cue after a word with no lower-case
letter (a date or number of a page's chrome, a title glued to its first sentence) opens a clause."""

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
