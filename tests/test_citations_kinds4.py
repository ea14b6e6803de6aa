"""The kinds of case the ninth session's own new set (tuning4) taught, one test per kind on small written
examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, relations
from vanban.citations import MENTIONS, Extraction


def own_number(extraction: Extraction) -> str | None:
    return extraction.own.number if extraction.own is not None else None


# --------------------------------------------------------------------------- replies and complaints


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a voters' page: the answer tells of a resolution already issued
        ("Cử tri xã An Phú đề nghị:\n\nTăng mức phụ cấp cho trưởng thôn.\n\nTRẢ LỜI:\n\nNgày 01/8/2020, Hội đồng nhân "
         "dân tỉnh đã ban hành Nghị quyết số 05/2020/NQ-HĐND quy định mức phụ cấp.", "05/2020/NQ-HĐND"),
        # a complaint answered in a newspaper: "… trả lời ông như sau:"
        ("Xét đơn của ông Nguyễn Văn A, Chủ tịch UBND tỉnh trả lời ông như sau: Khiếu nại của ông đã được Chủ tịch "
         "UBND huyện ban hành Thông báo số 17/TB-UBND ngày 2/3/2021 về việc không thụ lý.", "17/TB-UBND"),
    ],
)
def test_a_reply_tells_of_documents_already_issued(extractor: Extractor, text: str, cited: str) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {cited: MENTIONS}


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Ngày 5/4/2022, Chủ tịch UBND huyện ban hành Quyết định số 3101/QĐ-UBND về việc giải quyết khiếu nại lần "
         "đầu của bà B.\n\nKhông đồng ý với kết quả giải quyết, bà B gửi đơn đến UBND tỉnh.", "3101/QĐ-UBND"),
        ("Ngày 12/01/2024, Thường trực HĐND tỉnh đã có Văn bản số 21/HĐND-TT chuyển đơn của ông C. Tuy nhiên, đến nay "
         "chưa nhận được văn bản trả lời của UBND huyện.", "21/HĐND-TT"),
    ],
)
def test_a_lead_followed_by_a_later_step_of_the_complaint_is_not_the_page(
    extractor: Extractor, text: str, cited: str
) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {cited: MENTIONS}


def test_a_lead_without_a_later_step_still_names_the_page(extractor: Extractor) -> None:
    text = "Ngày 5/4/2022, Chủ tịch UBND huyện ban hành Quyết định số 3101/QĐ-UBND về việc giải quyết khiếu nại của bà B."
    assert own_number(extractor(text, find_own=True)) == "3101/QĐ-UBND"
