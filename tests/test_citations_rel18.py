"""Relation kinds read from the first-contact errors of the held-out sets (eighteenth session), run on the fast
extractor and its plain reference.

A leader's request voiced at a meeting is what was said there (the README's meeting rule): on a page that reports a
conference or a speech, "đề nghị … thực hiện Thông tư …" hands nothing down; the same request on a news page that
reports no meeting, or in a letter with its own number, still does.
"""

from __future__ import annotations

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

CONFERENCE = (
    "CIC nâng cao chất lượng hoạt động thông tin tín dụng\n\n"
    "Ngày 14/1, Trung tâm Thông tin tín dụng Quốc gia (CIC) tổ chức Hội nghị triển khai nhiệm vụ năm 2025.\n\n"
    "Phát biểu chỉ đạo tại Hội nghị, Phó Thống đốc ghi nhận những nỗ lực của CIC trong năm vừa qua.\n\n"
)
REQUEST_LIST = (
    "Phó Thống đốc đề nghị CIC cần tập trung triển khai một số nhiệm vụ trọng tâm trong năm 2025 như sau:\n\n"
    "Thứ nhất, tiếp tục hỗ trợ các TCTD thực hiện Thông tư 15/2023/TT-NHNN và Quyết định 573/QĐ-NHNN.\n\n"
    "Về phía các TCTD, Phó Thống đốc yêu cầu nghiêm túc thực hiện Thông tư 15 và Quyết định 573.\n"
)
REQUEST = (
    "Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành thực hiện nghiêm Công điện số 280/CĐ-TTg ngày 19/4/2023 "
    "kiên quyết khắc phục tình trạng né tránh, đùn đẩy công việc.\n"
)
CABINET = "VOV.VN - Phát biểu tại phiên họp thường kỳ tháng 2, Thủ tướng chỉ đạo Bộ Nội vụ khẩn trương xây dựng Đề án.\n"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (CONFERENCE + REQUEST_LIST, {"15/2023/TT-NHNN", "573/QĐ-NHNN"}),  # heldout15 h15-53
        (CABINET + "VOV.VN - " + REQUEST, {"280/CĐ-TTg"}),  # heldout13 h13-07
        (CONFERENCE + "Phó Thống đốc đề nghị các TCTD:\n- Thực hiện Thông tư 15/2023/TT-NHNN;\n", {"15/2023/TT-NHNN"}),
    ],
)
def test_a_request_voiced_at_a_meeting_is_reported(extractor: Extractor, text: str, numbers: set[str]) -> None:
    assert relations(extractor(text, find_own=True)) == dict.fromkeys(numbers, MENTIONS)


def test_a_request_on_a_news_page_that_reports_no_meeting_still_hands_down(extractor: Extractor) -> None:
    text = "Tin chỉ đạo điều hành\n\n" + REQUEST
    assert relations(extractor(text, find_own=True)) == {"280/CĐ-TTg": IMPLEMENTS}


def test_a_letter_handing_a_document_down_still_implements(extractor: Extractor) -> None:
    text = (
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 12/NHNN-TTGSNH\nHà Nội, ngày 14 tháng 01 năm 2025\n\n"
        "Kính gửi: Trung tâm Thông tin tín dụng Quốc gia\n\n" + REQUEST_LIST
    )
    assert relations(extractor(text, find_own=True)) == {"15/2023/TT-NHNN": IMPLEMENTS, "573/QĐ-NHNN": IMPLEMENTS}
