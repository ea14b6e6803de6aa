"""Thirty-third session (citations README, "thirty-third session"): a news lead that points back at its headline ("Đó là
… tại công văn số …", "Nội dung nêu trên thể hiện trong Chỉ thị số …") presents the page's own document, whatever noun
or verb stands between.  Each on a page written here in another layout than the pages that showed it, run on the fast
extractor and its plain reference; each positive test fails on the session's start code (f168a5d), each mirror passes on
both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS


def test_a_lead_that_says_what_the_headline_is_presents_the_pages_document(extractor: Extractor) -> None:
    """"(Baohatinh.vn) - Đó là thông báo mới nhất của UBND tỉnh … tại công văn số 2578 /UBND-VX1 …" (heldout32 h32-10),
    "(Quang Binh Portal) - Đó là thông tin tại Quyết định số 1632/QĐ-UBND …" (import heldout29 ae15): the page's
    news is that document, so its number is the page's own and never cited."""
    text = (
        "Học sinh trở lại trường từ ngày 4/5\n"
        "(Báo Quảng Trị) - Đó là kết luận mới nhất của Chủ tịch UBND tỉnh tại Công văn số 1204/UBND-VX ngày 28/4 về "
        "việc tổ chức dạy học sau thời gian nghỉ phòng dịch.\n"
        "Theo đó, học sinh các cấp đi học trở lại; các trường thực hiện Hướng dẫn số 95/SGDĐT-CTTT của Sở Giáo dục và "
        "Đào tạo về phòng dịch.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1204/UBND-VX"
    assert "1204/UBND-VX" not in relations(got)
    assert set(relations(got)) == {"95/SGDĐT-CTTT"}  # the document the letter's content names stays a citation


def test_the_content_above_shown_in_a_document_is_the_pages_document(extractor: Extractor) -> None:
    """"Nội dung nêu trên thể hiện trong Chỉ thị số 26/CT-UBND được Chủ tịch UBND TP … vừa ký" (import heldout30 af19): the
    sentence points back at what the page told and names where it stands."""
    text = (
        "Nội dung nêu trên được quy định trong Quyết định số 318/QĐ-UBND do Chủ tịch UBND huyện vừa ký ban hành.\n\n"
        "Theo đó, các xã, thị trấn tổ chức ra quân tổng vệ sinh môi trường trước ngày 15/5.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "318/QĐ-UBND"
    assert "318/QĐ-UBND" not in relations(got)


def test_a_pointing_sentence_inside_a_narrative_is_no_lead(extractor: Extractor) -> None:
    """The mirrors: "Đây là …" after another sentence of its paragraph tells of a document the article's narrative named
    (a lead opens its paragraph); and a page whose first paragraph's sentence carries out a document ("Thực hiện …")
    keeps it a citation."""
    narrative = (
        "Hội nghị tổng kết công tác năm 2024 của huyện\n"
        "Sáng 10/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2024. Đây là nhiệm vụ trọng tâm trong Nghị quyết "
        "số 12-NQ/HU của Huyện ủy về phát triển kinh tế.\n"
    )
    got = extractor(narrative, find_own=True)
    assert own_number(got) is None
    assert "12-NQ/HU" in relations(got)
    carried = (
        "Thực hiện Công văn số 2210/UBND-KT ngày 5/6 của UBND tỉnh, đây là đợt ra quân thứ hai trong năm của xã.\n"
    )
    got = extractor(carried, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"2210/UBND-KT": IMPLEMENTS}
