"""Twenty-first session, second round (README, "twenty-first session"): a document the page reports or retells taken as
its own number (heldout19's largest first-contact kind), each test on a page written here in another layout than the
page that showed it; run on the fast extractor and its plain reference.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- who issues: an advised issuing


def test_a_body_that_advised_the_issuing_reports_it(extractor: Extractor) -> None:
    """"Công an xã đã tham mưu cho UBND xã ban hành Kế hoạch 236/KH-UBND" (heldout19 h19-25), "Sở Tư pháp đã tham mưu
    UBND tỉnh ban hành Kế hoạch số 79/KH-UBND" (heldout12 z61): here a district office's half-year news, its lead the
    advice."""
    text = (
        "Phòng Văn hóa huyện: nhiều kết quả trong sáu tháng đầu năm\n\n"
        "Ngay từ đầu năm, Phòng Văn hóa và Thông tin huyện đã tham mưu UBND huyện ban hành Kế hoạch số 45/KH-UBND "
        "ngày 3/3/2024 về phát triển phong trào văn hóa cơ sở.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"45/KH-UBND": MENTIONS}


def test_a_body_issuing_its_own_document_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: the issuing body is the subject."""
    text = (
        "Phát triển phong trào văn hóa cơ sở\n\n"
        "UBND huyện vừa ban hành Kế hoạch số 45/KH-UBND ngày 3/3/2024 về phát triển phong trào văn hóa cơ sở.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "45/KH-UBND"


# ----------------------------------------------------------------- a speaker's words


def test_a_lead_inside_a_speakers_quotation_is_what_the_speaker_told(extractor: Extractor) -> None:
    """"Trưởng Công an xã cho biết: "Thực hiện …, Công an xã đã tham mưu …" (h19-25, a straight quote never closed):
    here curly quotes, a school head telling of her school's plan."""
    text = (
        "Trường Tiểu học Hòa Bình đổi mới dạy học\n\n"
        "Bà Trần Thị Bình, Hiệu trưởng nhà trường chia sẻ: “Ngay từ đầu năm học, nhà trường đã ban hành Kế hoạch số "
        "12/KH-THHB về đổi mới phương pháp dạy học, giao cho từng tổ chuyên môn thực hiện”.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"12/KH-THHB": MENTIONS}


def test_a_lead_after_a_closed_quotation_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: a quoted motto closed before the next paragraph's lead."""
    text = (
        "Năm học với chủ đề: “Đổi mới, sáng tạo”\n\n"
        "Trường Tiểu học Hòa Bình vừa ban hành Kế hoạch số 12/KH-THHB về đổi mới phương pháp dạy học.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "12/KH-THHB"


# ----------------------------------------------------------------- a chronicle inside one paragraph


def test_a_dated_issuing_followed_by_another_in_its_paragraph_is_a_chronicle(extractor: Extractor) -> None:
    """"Ngày 29/11/2022, Chính phủ ban hành Nghị định số 98/2022/NĐ-CP …. Trên cơ sở đó, Bộ trưởng … đã ban hành
    Quyết định số 996/QĐ-BTP ngày 09/6/2023 …" (h19-18): here a provincial archive's history, hard-wrapped."""
    text = (
        "Chặng đường 20 năm của Trung tâm Lưu trữ lịch sử tỉnh\n\n"
        "Ngày 15/3/2004, UBND tỉnh ban hành Quyết định số 350/QĐ-UBND về việc thành lập Trung tâm Lưu trữ tỉnh.\n"
        "Tiếp đó, Giám đốc Sở Nội vụ đã ban hành Quyết định số 88/QĐ-SNV ngày 20/4/2004 quy định chức năng, nhiệm vụ\n"
        "của Trung tâm.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"350/QĐ-UBND": MENTIONS, "88/QĐ-SNV": MENTIONS}


def test_a_dated_lead_whose_next_sentence_names_its_basis_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: the next sentence names a document the lead's carries out, dated, but issues none."""
    text = (
        "Triển khai chuyển đổi số năm 2024\n\n"
        "Ngày 15/3/2024, UBND tỉnh ban hành Kế hoạch số 30/KH-UBND về chuyển đổi số năm 2024. Kế hoạch nhằm thực hiện "
        "Quyết định số 12/QĐ-TTg ngày 1/2/2024 của Thủ tướng Chính phủ.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "30/KH-UBND"


# ----------------------------------------------------------------- a decision named inside a sentence


def test_an_issued_with_bracket_inside_a_sentence_is_no_attached_heading(extractor: Extractor) -> None:
    """"… tổ chức thực hiện Kế hoạch … (ban hành kèm theo Quyết định số 2216/QĐ-BTP …); triển khai …" (h19-19): here a
    school year's tasks, the sentence going on after a comma."""
    text = (
        "Nhiệm vụ năm học 2024 - 2025\n\n"
        "Các trường tiếp tục thực hiện Quy chế chuyên môn (ban hành kèm theo Quyết định số 15/QĐ-SGDĐT ngày 5/8/2022 "
        "của Sở Giáo dục và Đào tạo), bảo đảm dạy đủ, dạy đúng chương trình.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"15/QĐ-SGDĐT": IMPLEMENTS}


def test_an_issued_with_heading_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: the bracket a rule's heading, the chapter on the next line."""
    text = (
        "QUY CHẾ\nPhối hợp quản lý cụm công nghiệp trên địa bàn tỉnh\n"
        "(Ban hành kèm theo Quyết định số 15/2022/QĐ-UBND ngày 5/8/2022 của UBND tỉnh)\n"
        "Chương I\nQUY ĐỊNH CHUNG\n"
    )
    assert own_number(extractor(text, find_own=True)) == "15/2022/QĐ-UBND"


# ----------------------------------------------------------------- a first line that tells of the document


def test_a_first_line_telling_of_a_decision_in_the_passive_is_no_title(extractor: Extractor) -> None:
    """"Quyết định 281/QĐ-TTg được Thủ tướng Chính phủ phê duyệt ngày 20/2/2014, nhằm …" (h19-34, a feature's opening):
    here a Party resolution an article reviews."""
    text = (
        "Nghị quyết 05-NQ/TU đã được Ban Thường vụ Tỉnh ủy ban hành ngày 10/5/2021, nhằm phát triển du lịch thành ngành "
        "kinh tế mũi nhọn của tỉnh. Sau ba năm, lượng khách đến tỉnh tăng gấp đôi.\n"
        "Nhiều địa phương đã có cách làm sáng tạo trong phát triển du lịch cộng đồng.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"05-NQ/TU": MENTIONS}


def test_a_title_line_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: the first line is the resolution's title."""
    text = "Nghị quyết 05-NQ/TU về phát triển du lịch giai đoạn 2021 - 2025\n\nI. MỤC TIÊU\n1. Phát triển du lịch.\n"
    assert own_number(extractor(text, find_own=True)) == "05-NQ/TU"
