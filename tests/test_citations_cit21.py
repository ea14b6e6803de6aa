"""Twenty-first session (README, "twenty-first session"): heldout18's first-contact kinds, each test on a page written
here in another layout than the page that showed it; run on the fast extractor and its plain reference.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import MENTIONS

# ----------------------------------------------------------------- a cited number taken as the page's own


def test_a_nominal_issuing_in_a_quoted_speech_is_no_lead(extractor: Extractor) -> None:
    """"… nêu rõ: Việc Ban Bí thư ban hành Chỉ thị số 51 đã khẳng định …" (heldout18 h18-43, sentences glued in a
    teaser): here a review meeting's report with blank lines, the speech's "Việc …" at its paragraph's head."""
    text = (
        "Chăm lo đời sống đồng bào dân tộc thiểu số\n\n"
        "Việc Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU ngày 5/6/2010 đã tạo chuyển biến rõ nét trong vùng đồng bào dân "
        "tộc thiểu số, ông Nguyễn Văn A, Bí thư Tỉnh ủy nhấn mạnh.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"12-NQ/TU": MENTIONS}


def test_a_lead_after_a_speech_colon_opening_with_another_word_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: a lead whose clause opens otherwise keeps its number."""
    text = (
        "Phòng chống dịch bệnh trên đàn gia súc\n\n"
        "Ngày 5/6/2024, UBND tỉnh ban hành Chỉ thị số 12/CT-UBND về tăng cường phòng chống dịch bệnh trên đàn gia súc.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "12/CT-UBND"


def test_a_lead_in_a_later_section_of_an_article_is_its_narrative(extractor: Extractor) -> None:
    """"Công tác Tòa án năm 2015: …" (heldout18 h18-07): two paragraphs of prose, a section's heading, then "Chánh án
    đã ban hành Chỉ thị số 04/2014/CT-CA …". Here a year's review of a province's schools, hard-wrapped."""
    text = (
        "Ngành giáo dục tỉnh: một năm học nhiều đổi mới\n\n"
        "Năm học vừa qua là năm đầu tiên toàn ngành thực hiện chương trình giáo dục phổ thông mới ở tất cả các khối\n"
        "lớp, với rất nhiều khó khăn về cơ sở vật chất và đội ngũ giáo viên.\n\n"
        "Vượt qua những khó khăn đó, các nhà trường đã đạt được nhiều kết quả đáng ghi nhận trong công tác dạy và học\n"
        "cũng như trong phong trào thi đua của toàn ngành.\n\n"
        "Đổi mới quản lý\n\n"
        "Ngay từ đầu năm học, Sở Giáo dục và Đào tạo đã ban hành Kế hoạch số 25/KH-SGDĐT ngày 10/8/2023 về nhiệm vụ năm học.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"25/KH-SGDĐT": MENTIONS}


def test_a_lead_under_a_sapo_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: one paragraph of prose above the lead is a news page's sapo, not an article begun."""
    text = (
        "Khẩn trương ứng phó với mưa lũ\n\n"
        "Mưa lớn kéo dài trong nhiều ngày qua đã gây ngập úng cục bộ tại nhiều địa phương trong tỉnh, ảnh hưởng đến sản "
        "xuất và đời sống của người dân.\n\n"
        "Chủ tịch UBND tỉnh vừa ký Công điện số 05/CĐ-UBND ngày 12/9/2024 yêu cầu các địa phương ứng phó với mưa lũ.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "05/CĐ-UBND"


def test_a_chronicle_of_documents_issued_in_turn_has_no_own_number(extractor: Extractor) -> None:
    """"… ngày 19-11-1958, Bộ Chính trị … đã ban hành Nghị quyết số 58 …⏎Thực hiện Nghị quyết …, ngày 3-3-1959, Thủ
    tướng Chính phủ ban hành Nghị định số 100/TTg …" (heldout18 h18-16): here a province's history, blank lines between
    its paragraphs and dates with "/"."""
    text = (
        "Truyền thống vẻ vang của lực lượng Thanh niên xung phong tỉnh\n\n"
        "Ngày 15/7/1976, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 21-NQ/TU về thành lập lực lượng Thanh niên xung "
        "phong tỉnh.\n\n"
        "Ngày 02/8/1976, Ủy ban nhân dân tỉnh ban hành Quyết định số 140/QĐ-UB về tổ chức các đội Thanh niên xung phong.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"21-NQ/TU": MENTIONS, "140/QĐ-UB": MENTIONS}


def test_a_dated_lead_followed_by_its_content_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: a dated lead whose next paragraph tells its content, not another document issued."""
    text = (
        "Tăng cường quản lý đất đai\n\n"
        "Ngày 15/7/2024, UBND tỉnh ban hành Chỉ thị số 21/CT-UBND về tăng cường quản lý nhà nước về đất đai.\n\n"
        "Theo đó, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và địa phương rà soát toàn bộ các dự án chậm triển khai.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "21/CT-UBND"
