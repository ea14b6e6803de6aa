"""Twenty-seventh session (citations README, "twenty-seventh session"): the kinds of heldout26's first contact, each on
a page written here in another layout than the page that showed it, run on the fast extractor and its plain reference.
Each positive test failed on the session's start code (5279e13); each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- a list item's index glued to the type word


def test_a_type_word_glued_to_a_list_index_is_read(extractor: Extractor) -> None:
    """"- 1Nghị định 87-CP năm 1995 về …" (heldout26 h26-26): a portal's related-documents list glues its item's index
    to the type word; an old code without a slash ("87-CP", "09-CP") or a bare serial needs its type word to be read."""
    text = (
        "Văn bản liên quan\n"
        "- 1Nghị quyết 09-CP năm 1994 về phòng, chống tệ nạn xã hội\n"
        "- 2Chỉ thị số 814-TTg năm 1996 về tăng cường quản lý\n"
        "- 3Quyết định số 25 của Thủ tướng Chính phủ về chợ\n"
    )
    assert relations(extractor(text)) == {"09-CP": MENTIONS, "814-TTg": MENTIONS, "25": MENTIONS}


def test_a_date_glued_to_a_type_word_leaves_the_type_word_whole(extractor: Extractor) -> None:
    """A table's cells run together: "… ngày 12/3/2024Quyết định số 17-CP …" — the date ends where the capital type word
    starts, as a lower-case word does ("vàThông tư")."""
    text = "Căn cứ văn bản ngày 12/3/2024Nghị định 17-CP ngày 10/01/1995 của Chính phủ về chợ;\n"
    assert relations(extractor(text)) == {"17-CP": IMPLEMENTS}


def test_a_digit_inside_a_code_starts_no_type_word(extractor: Extractor) -> None:
    """The mirror: a number whose code holds capitals after its digits ("09KH/ĐTN", "57NQ/TW") is one number, not a
    digit glued to a type word."""
    text = "Thực hiện Kế hoạch số 09KH/ĐTN ngày 02/3/2024 của Ban Thường vụ Huyện đoàn.\n"
    assert relations(extractor(text)) == {"09-KH/ĐTN": IMPLEMENTS}


# ----------------------------------------------------------------- a short form named back by its code's type


def test_a_short_form_joins_the_number_its_code_names(extractor: Extractor) -> None:
    """"Thông báo Kết luận số 88-KL/TW … (viết tắt là Kết luận 88 của Bộ Chính trị)" (heldout26 h26-52): the type word
    says "Thông báo", the code says a conclusion; "Kết luận 88" names that document back, it is no second citation.
    Here a district's plan names it back in a later sentence."""
    text = (
        "Thực hiện Thông báo kết luận số 25-KL/TU ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy về phát triển du lịch, "
        "Ban Thường vụ Huyện ủy ban hành kế hoạch như sau.\n"
        "Các chi bộ quán triệt đầy đủ các nội dung của Kết luận 25 của Ban Thường vụ Tỉnh ủy đến từng đảng viên.\n"
    )
    assert relations(extractor(text)) == {"25-KL/TU": IMPLEMENTS}


def test_a_short_form_of_another_serial_stays_its_own(extractor: Extractor) -> None:
    """The mirror: a short form whose serial no full number has ("Kết luận 89") is a document of its own."""
    text = (
        "Căn cứ Thông báo Kết luận số 88-KL/TW ngày 18/02/2014 của Bộ Chính trị về tổ chức kỷ niệm;\n"
        "Căn cứ Kết luận 89 của Bộ Chính trị về tổ chức các ngày lễ;\n"
    )
    assert set(relations(extractor(text))) == {"88-KL/TW", "89"}


# ----------------------------------------------------------------- "Căn cứ" alone over a bulleted list


def test_a_basis_heading_alone_without_a_colon_over_a_list_makes_its_items_bases(extractor: Extractor) -> None:
    """"Căn cứ⏎⏎- Chỉ thị số 45-CT/TW …;⏎- Nghị định số 145/2013/NĐ-CP …;⏎Công văn số 7876-CV/VPTW …," (heldout26 h26-52):
    a guidance's heading in sentence case, alone on its line, over its list of bases; here "Cơ sở pháp lý" over
    numbered items, the section running to the next heading."""
    text = (
        "HƯỚNG DẪN\nTuyên truyền kỷ niệm các ngày lễ lớn năm 2026\n\n"
        "Cơ sở pháp lý\n"
        "1. Quyết định số 1052/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ về các ngày lễ;\n"
        "2. Hướng dẫn số 12-HD/BTGTW ngày 20/11/2025 của Ban Tuyên giáo Trung ương.\n\n"
        "I. TÌNH HÌNH\n"
        "Năm 2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 30-KH/TU về lễ hội, được dư luận đồng tình.\n"
    )
    assert relations(extractor(text)) == {"1052/QĐ-TTg": IMPLEMENTS, "12-HD/BTGTW": IMPLEMENTS, "30-KH/TU": MENTIONS}


def test_a_wrapped_basis_clause_is_no_heading(extractor: Extractor) -> None:
    """The mirror: "Căn cứ" alone on its line with the document's name on the next is a preamble's clause a copy wrapped
    (heldout22, heldout25); the clause ends with its ";", so the report named after the preamble is no basis."""
    text = (
        "Căn cứ\nLuật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ\nNghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n"
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/3/2025.\n"
    )
    assert relations(extractor(text)) == {"30/2020/NĐ-CP": IMPLEMENTS, "45/TTr-SNV": MENTIONS}
