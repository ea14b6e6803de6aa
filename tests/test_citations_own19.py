"""A page's own number on tag, category and letter pages (nineteenth session), on the fast extractor and its plain
reference: a tag page's one lead presenting a letter "có văn bản <number>" without "số"; a digest page of dated items
names none; a tag's label naming a document above a meeting report is no title; a letter's number alone above "Kính gửi"
with a blank typed into its code."""

from __future__ import annotations

from conftest import Extractor
from vanban.citations import MENTIONS, Extraction


def own_and_cited(extraction: Extraction) -> tuple[str | None, set[str]]:
    own = extraction.own
    return (own.number if own is not None else None), {c.number for c in extraction.citations}


def test_a_lead_presenting_a_letter_by_its_number_without_so(extractor: Extractor) -> None:
    text = (
        "Bộ Y tế chỉ đạo phòng chống dịch sốt xuất huyết\n"
        "Ngày 02/8/2023, Bộ Y tế có Công văn 4312/BYT-DP gửi UBND các tỉnh, thành phố về tăng cường phòng chống dịch "
        "theo Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ.\n"
    )
    assert own_and_cited(extractor(text, find_own=True)) == ("4312/BYT-DP", {"20/CT-TTg"})


def test_a_digest_of_dated_items_names_no_own_number(extractor: Extractor) -> None:
    text = (
        "Sáng 12/5, Thường trực Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh.\n"
        "Chiều 11/5, UBND tỉnh tổ chức hội nghị trực tuyến về giải ngân vốn đầu tư công.\n"
        "Ngày 10/5, UBND tỉnh ban hành Công văn 1520/UBND-KT về việc chủ động ứng phó nắng nóng.\n"
        "Ngày 9/5, Sở Y tế kiểm tra công tác tiêm chủng tại huyện Đăk Glei.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_and_cited(extraction) == (None, {"1520/UBND-KT"})
    assert {c.number: c.relation for c in extraction.citations} == {"1520/UBND-KT": MENTIONS}


def test_a_news_item_with_a_follow_up_date_keeps_its_lead(extractor: Extractor) -> None:
    """The mirror: a lead and one dated follow-up paragraph are one item, its lead the page's own number."""
    text = (
        "Ngày 10/5, UBND tỉnh ban hành Công văn 1520/UBND-KT về việc chủ động ứng phó nắng nóng.\n"
        "Ngày 12/5, các sở đã tổ chức kiểm tra.\n"
    )
    assert own_and_cited(extractor(text, find_own=True)) == ("1520/UBND-KT", set())


def test_a_tag_label_above_a_meeting_report_is_no_title(extractor: Extractor) -> None:
    text = (
        "Kết luận số 21-KL/TW\n\n"
        "Đảng bộ Khối sơ kết việc chỉnh đốn Đảng\n\n"
        "Ngày 5-6, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW của Ban "
        "Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_and_cited(extraction) == (None, {"21-KL/TW"})


def test_a_title_line_above_the_decision_it_carries_is_still_its_number(extractor: Extractor) -> None:
    """The mirror: the same label above the document's own text (no meeting reported) is the page's title."""
    text = "Quyết định số 119/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số của huyện\n"
    assert own_and_cited(extractor(text, find_own=True)) == ("119/QĐ-UBND", set())


def test_a_letter_number_with_a_blank_in_its_code_above_kinh_gui(extractor: Extractor) -> None:
    text = (
        "2215/B GDĐT-GDTH\n\n"
        "V/v hướng dẫn tổ chức ngày hội đọc sách\n\n"
        "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố\n\n"
        "Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo hướng dẫn "
        "như sau.\n"
    )
    assert own_and_cited(extractor(text, find_own=True)) == ("2215/BGDĐT-GDTH", {"329/QĐ-TTg"})
