"""Fortieth session (citations README, "Tuning notes (fortieth session, cit50b …)"): a bare serial right after its
type word is a citation when a new phrase starts after it — a word in sentence case, after a blank or glued on (the
owner named without "của", a tag line's next label, a page's chrome) — or a date without its year; a count of
documents ("4 Nghị quyết"), a count in small letters and a year stay out.  On pages written here in other wordings
than the pages that showed it (heldout24 h24-06, heldout28 h28-05, heldout38 h38-13 and h38-32); run on the fast
extractor and its plain reference; each positive fails on the code before the rule (b1814928), each mirror passes
on both.
"""

from __future__ import annotations

from conftest import Extractor, relations


def test_a_party_resolution_named_by_its_plenum(extractor: Extractor) -> None:
    """The resolution's owner follows its serial without "của": the plenum of the Central Committee."""
    text = (
        "Đảng ủy xã đã tổ chức học tập, quán triệt Nghị quyết 29 Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, "
        "toàn diện giáo dục và đào tạo cho toàn thể cán bộ, đảng viên.\n"
    )
    assert "29" in relations(extractor(text, find_own=True))


def test_a_tag_line_under_an_article(extractor: Extractor) -> None:
    """The article's tag line names a directive bare, then the next tag in sentence case."""
    text = (
        "Sở Y tế đề nghị các đơn vị tăng cường kiểm tra việc không hút thuốc lá tại nơi làm việc.\n"
        "Minh Châu\n\n"
        "Chỉ thị 31 Phòng chống tác hại thuốc lá\n"
    )
    assert "31" in relations(extractor(text, find_own=True))


def test_a_decision_with_the_pages_chrome_glued_on(extractor: Extractor) -> None:
    """A one-line page whose title runs into the site's chrome without a blank."""
    text = "Hỗ trợ hộ nghèo vay vốn theo Quyết định 15Chia sẻ bài viết:\n"
    assert "15" in relations(extractor(text, find_own=True))


def test_a_letter_dated_without_its_year(extractor: Extractor) -> None:
    """A paper dates a letter of this year by its day and month only; "ngày" is no count of days there."""
    text = (
        "Tại cuộc họp, lãnh đạo tỉnh yêu cầu các địa phương thực hiện nghiêm chỉ đạo tại công văn số 215 ngày 3/4 "
        "của UBND tỉnh về phòng, chống hạn hán.\n"
    )
    assert "215" in relations(extractor(text, find_own=True))


def test_counts_and_years_stay_out(extractor: Extractor) -> None:
    """A count of documents before their type word, a count in small letters, a line in capitals and a year."""
    text = (
        "Hội nghị nghe đồng chí Bí thư báo cáo 4 Nghị quyết: Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy; "
        "Nghị quyết số 19-NQ/TW về đổi mới đơn vị sự nghiệp công lập.\n"
        "KẾ HOẠCH 5 NĂM PHÁT TRIỂN KINH TẾ - XÃ HỘI\n"
        "Kế hoạch 5 năm 2021 - 2025 đã hoàn thành; Kế hoạch 2025 Ban Chỉ đạo đã thông qua.\n"
    )
    assert set(relations(extractor(text, find_own=True))) == {"18-NQ/TW", "19-NQ/TW"}
