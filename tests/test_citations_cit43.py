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


def test_a_numbered_items_heading_that_names_bases_decides_its_list(extractor: Extractor) -> None:
    """"1. Về áp dụng chủ trương, các cơ chế, chính sách, văn bản chỉ đạo triển khai thực hiện" over bulleted documents
    (heldout32 h32-51), "1. Cơ sở pháp lý" (heldout31 h31-58): the item's heading names its list as the bases, as
    "I. CĂN CỨ" does, so each listed document is carried out whatever its own line says; the next item of that rank
    ends the list."""
    text = (
        "HƯỚNG DẪN\nThực hiện công tác phòng, chống thiên tai năm 2025\n\n"
        "1. Cơ sở pháp lý\n"
        "- Luật Phòng, chống thiên tai năm 2013;\n"
        "- Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết Luật Phòng, chống thiên tai;\n"
        "- Quyết định số 415/QĐ-UBND ngày 12/3/2025 của UBND tỉnh ban hành kế hoạch năm 2025.\n"
        "2. Nội dung thực hiện\n"
        "Các xã rà soát phương án theo mẫu tại Công văn số 77/BCH-PCTT ngày 3/4/2025 của Ban Chỉ huy tỉnh.\n"
    )
    got = relations(extractor(text))
    assert got["66/2021/NĐ-CP"] == IMPLEMENTS
    assert got["415/QĐ-UBND"] == IMPLEMENTS
    assert got["77/BCH-PCTT"] != IMPLEMENTS  # under the next item: a form named in passing, not a basis


def test_an_items_heading_about_the_pages_own_work_is_no_basis_heading(extractor: Extractor) -> None:
    """The mirror: "2. Kết quả ban hành văn bản chỉ đạo" heads a report's account of documents it issued; its list is
    read line by line as before."""
    text = (
        "BÁO CÁO\nKết quả công tác quý I năm 2025\n\n"
        "2. Kết quả ban hành văn bản chỉ đạo\n"
        "- Trong quý, UBND xã ban hành 12 văn bản, trong đó có Kế hoạch số 15/KH-UBND về phòng chống dịch, được "
        "Huyện ủy đánh giá cao tại Thông báo số 210-TB/HU.\n"
    )
    got = relations(extractor(text))
    assert got.get("210-TB/HU") != IMPLEMENTS
