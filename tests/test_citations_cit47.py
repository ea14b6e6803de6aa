"""Thirty-seventh session (citations README, "Tuning notes (thirty-seventh session, citation fixer cit47…)"): a news
paragraph that opens with the document by which a body acts, "Theo <type> số …, <body> …", and a number dated by its
day alone.  Each on a page written here in another layout than the pages that showed it (heldout36 h36-13, import
tuning4 w21, tracking tuning t07, import dev14 d09), run on the fast extractor and its plain reference; each positive
test fails on the session's start code (d0b7391), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import MENTIONS


def test_a_paragraph_opening_with_the_document_a_body_acts_by(extractor: Extractor) -> None:
    """"Theo Quyết định số 162/QĐ-BYT, Bộ Y tế ban hành tài liệu …" under a headline presenting the guidance (h36-13),
    "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh …" (w21): the paragraph presents
    the document the body acts by — the page's own number, never one of its citations."""
    text = (
        "Sở Giáo dục công bố khung thời gian năm học mới\n\n"
        "Theo Quyết định số 2150/QĐ-SGDĐT, Sở Giáo dục và Đào tạo ban hành khung kế hoạch thời gian năm học 2024-2025 "
        "đối với giáo dục mầm non, phổ thông và giáo dục thường xuyên.\n\n"
        "Theo đó, học sinh tựu trường sớm nhất vào ngày 26/8/2024.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "2150/QĐ-SGDĐT"
    assert relations(got) == {}
    bracketed = (
        "Điều chỉnh lịch tiếp công dân tháng 9\n\n"
        "Theo thông báo (số 112/TB-UBND ngày 28/8/2024), Chủ tịch UBND huyện đã điều chỉnh lịch tiếp công dân định kỳ "
        "tháng 9 từ ngày 12/9 sang ngày 19/9/2024.\n"
    )
    got = extractor(bracketed, find_own=True)
    assert own_number(got) == "112/TB-UBND"
    assert relations(got) == {}


def test_a_document_dated_by_its_day_alone_opens_the_paragraph(extractor: Extractor) -> None:
    """"Theo Quyết định số 1414/QĐ-UBND ngày 20/5, UBND tỉnh Hà Tĩnh quyết định phân bổ …" (tracking t07), "Tại Quyết
    định số 362-QĐ/TTg ngày 3-4, Thủ tướng … ký phê duyệt …" (import dev14 d09): a news item gives the day without its
    year; the comma after it still closes the document's name, and the paragraph presents it."""
    text = (
        "Hỗ trợ 12 tỷ đồng sửa chữa trường học sau bão\n\n"
        "Theo Quyết định số 2208/QĐ-UBND ngày 14/9, UBND tỉnh quyết định phân bổ 12 tỷ đồng cho các huyện sửa chữa "
        "trường lớp bị hư hỏng do bão số 3.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "2208/QĐ-UBND"
    assert relations(got) == {}
    at = (
        "Phê duyệt quy hoạch mạng lưới chợ\n\n"
        "Tại Quyết định số 745/QĐ-UBND ngày 3-4, Chủ tịch UBND tỉnh phê duyệt quy hoạch mạng lưới chợ đến năm 2030.\n"
    )
    assert own_number(extractor(at, find_own=True)) == "745/QĐ-UBND"


def test_a_paragraph_retelling_what_a_document_says_presents_none(extractor: Extractor) -> None:
    """The mirrors: "Theo Quyết định số …, việc …" retells a document's content, no body acting by it (heldout19
    h19-10's second paragraph); "Theo Kế hoạch số … của Bộ …, Ngày hội …" names its issuer before the comma; two
    paragraphs opening with a body acting by two documents tell of both — none is the page's own."""
    told = (
        "Tổng điều tra kinh tế năm 2026\n\n"
        "Theo Quyết định số 2837/QĐ-BTC, việc tiến hành Tổng điều tra kinh tế năm 2026 nhằm thu thập thông tin về các "
        "đơn vị sản xuất kinh doanh trên phạm vi cả nước.\n"
    )
    got = extractor(told, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"2837/QĐ-BTC": MENTIONS}
    issuer = (
        "Ngày hội văn hóa các dân tộc vùng Đông Bắc\n\n"
        "Theo Kế hoạch số 2784/KH-BVHTTDL ngày 2/7/2024 của Bộ VHTTDL, Ngày hội sẽ được tổ chức trong 3 ngày tại tỉnh "
        "Lạng Sơn.\n"
    )
    assert own_number(extractor(issuer, find_own=True)) is None
    two = (
        "Hai quyết định về đất đai\n\n"
        "Theo Quyết định số 101/QĐ-UBND ngày 5/3, UBND tỉnh giao đất cho xã Hòa An xây dựng trường học.\n\n"
        "Theo Quyết định số 102/QĐ-UBND ngày 6/3, UBND tỉnh thu hồi đất của Công ty Bình Minh.\n"
    )
    got = extractor(two, find_own=True)
    assert own_number(got) is None
    assert set(relations(got)) == {"101/QĐ-UBND", "102/QĐ-UBND"}

