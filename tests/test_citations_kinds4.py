"""The kinds of case the ninth session's own new set (tuning4) taught, one test per kind on small written
examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS, number_key

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


@pytest.mark.parametrize(
    "text",
    [
        # a voter's question quoting a rule as a condition
        "Cử tri kiến nghị: Căn cứ theo Quyết định 1234/QĐ-TTg ngày 5/5/2015 thì “các xã được hưởng chính sách”. "
        "Đề nghị bổ sung.",
        # an answer applying a rule to the case
        "Căn cứ khoản 2 Điều 9 Nghị định số 45/2020/NĐ-CP ngày 8/4/2020 thì trường hợp của ông không được giải quyết.",
    ],
)
def test_a_basis_that_goes_on_to_then_quotes_a_rule(extractor: Extractor, text: str) -> None:
    assert set(relations(extractor(text, find_own=True)).values()) == {MENTIONS}


def test_a_basis_clause_without_then_still_implements(extractor: Extractor) -> None:
    text = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 8/4/2020 của Chính phủ;\nUBND tỉnh ban hành Kế hoạch như sau:"
    assert relations(extractor(text, find_own=True)) == {"45/2020/NĐ-CP": IMPLEMENTS}


def test_a_letter_a_body_says_it_sent_is_reported_what_it_carried_out_implements(extractor: Extractor) -> None:
    """On a page with no own number, "… đã có văn bản số …" tells of a letter (like "đã ban hành …")."""
    text = (
        "Trả lời: Thực hiện ý kiến chỉ đạo của Phó Thủ tướng tại văn bản số 512/VPCP-KGVX ngày 2/3/2016, Bộ đã có "
        "văn bản số 77/BNV-CQĐP ngày 9/3/2016 gửi các tỉnh hướng dẫn thực hiện."
    )
    assert relations(extractor(text, find_own=True)) == {"512/VPCP-KGVX": IMPLEMENTS, "77/BNV-CQĐP": MENTIONS}


# --------------------------------------------------------------------------- numbers


def test_a_broken_fonts_eth_is_read_as_d_with_stroke(extractor: Extractor) -> None:
    """"92/2009/NÐ-CP" typed with "Ð" (U+00D0) is the decree 92/2009/NĐ-CP, one document with its right spelling."""
    text = "Căn cứ Nghị định số 92/2009/N\u00d0-CP ngày 22/10/2009 và Nghị định số 92/2009/NĐ-CP nêu trên;"
    extraction = extractor(text, find_own=True)
    assert relations(extraction) == {"92/2009/NĐ-CP": IMPLEMENTS}
    assert number_key("03/2010/TTLT-BLÐTB&XH") == number_key("03/2010/TTLT-BLĐTB&XH")


# --------------------------------------------------------------------------- amending laws in the bases


def test_an_amending_laws_own_number_after_the_amended_law_named_with_another(extractor: Extractor) -> None:
    """The bases named "Luật Ban hành … số 64/2025/QH15": "Luật Sửa đổi … của Luật Ban hành … số 87/2025/QH15"
    then numbers the amending law, a basis like the other."""
    text = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;\n"
        "Căn cứ Nghị định số 12/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;\n"
        "UBND tỉnh ban hành Quyết định."
    )
    assert relations(extractor(text, find_own=True)) == {
        "64/2025/QH15": IMPLEMENTS,
        "87/2025/QH15": IMPLEMENTS,
        "12/2025/NĐ-CP": IMPLEMENTS,
        "34/2016/NĐ-CP": MENTIONS,
    }


def test_a_law_named_by_date_in_the_bases_is_a_basis_when_an_amending_title_numbers_it(extractor: Extractor) -> None:
    """"Căn cứ Luật Thủy sản ngày …; Luật Sửa đổi … của Luật Thủy sản số N, Luật Y số M …": N is the basis named
    before, M only an amended law in the amending law's title — also wrapped after "số" on a long name."""
    text = (
        "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017; Luật Sửa đổi, bổ sung một số điều của Luật Thủy sản số\n"
        "18/2017/QH14, Luật Chăn nuôi số 32/2018/QH14, Luật Kinh doanh bảo hiểm doanh nghiệp số\n"
        "08/2022/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;\n"
        "UBND tỉnh ban hành Quyết định."
    )
    assert relations(extractor(text, find_own=True)) == {
        "18/2017/QH14": IMPLEMENTS,
        "32/2018/QH14": MENTIONS,
        "08/2022/QH15": MENTIONS,
        "32/2024/QH15": MENTIONS,
    }


# --------------------------------------------------------------------------- own number in pages that present one


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a copy flattened to one line keeps the motto right before "Số:"
        ("TÀI LIỆU KỲ HỌP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/2019/NQ-HĐND Yên Bái, "
         "ngày 10 tháng 7 năm 2019 NGHỊ QUYẾT Về … Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016;", "12/2019/NQ-HĐND"),
        # a saved page source whose title says it carries the full text
        ("<!DOCTYPE html>\n<html><head>\n<title>TOÀN VĂN&#x3A; Nghị định 15&#x002F;2024&#x002F;NĐ-CP về y tế</title>\n"
         '<meta name="description" content="TOÀN VĂN&#x3A; Nghị định 15&#x002F;2024&#x002F;NĐ-CP">', "15/2024/NĐ-CP"),
        ("Toàn văn: Quyết định 77/QĐ-TTg về chuyển đổi số\nĐiều 1. Phê duyệt …", "77/QĐ-TTg"),
        # Word's saved page: namespaced tags ("<o:p></o:p>") read as blanks like the others
        ('<p class="MsoNormal"><b>UBND TỈNH<br />-------</b><o:p></o:p></p> <p class="MsoNormal">'
         "<span>Số: 88/KH-UBND</span><o:p></o:p></p>", "88/KH-UBND"),
        # news of a document just issued, named by a bare serial
        ("Phó Thủ tướng vừa ký ban hành Nghị quyết 215 về số lượng cấp phó của các phòng thuộc UBND cấp xã.", "215"),
    ],
)
def test_the_page_that_presents_one_document_has_its_number(extractor: Extractor, text: str, number: str) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == number
    assert number_key(number) not in {number_key(n) for n in relations(extraction)}


def test_a_bare_serial_in_a_lead_without_vua_is_still_no_own_number(extractor: Extractor) -> None:
    text = "Ngày 3/3, UBND tỉnh đã ban hành Nghị quyết 215 về số lượng cấp phó."
    assert own_number(extractor(text, find_own=True)) is None


def test_the_page_title_that_names_the_own_number_is_its_title(extractor: Extractor) -> None:
    """"Nghị định 49/2026/NĐ-CP quy định chi tiết … Nghị quyết số 254/2025/QH15 …" on a portal's first line: the
    document's own title, so what it details is implemented; a document named further down is not."""
    text = (
        "Thông tư 07/2026/TT-BTC hướng dẫn một số điều của Nghị định số 25/2025/NĐ-CP về quản lý tài sản công.\n"
        "- 1. Điểm mới\n"
        "Theo Nghị định 25/2025/NĐ-CP và Thông tư số 12/2024/TT-BTC, các cơ quan …"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "07/2026/TT-BTC"
    assert relations(extraction) == {"25/2025/NĐ-CP": IMPLEMENTS, "12/2024/TT-BTC": MENTIONS}


# --------------------------------------------------------------------------- narrative and notes


def test_a_working_session_is_reported_like_a_meeting(extractor: Extractor) -> None:
    """A leader's working session with a body ("… chủ trì buổi làm việc với …"): the documents it reviewed are
    narrated, as at a conference."""
    text = (
        "Chiều 5/3, Thủ tướng đã đến thăm và chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy về tình hình thực hiện "
        "nhiệm vụ; việc quán triệt, triển khai thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị.\n"
        "Cùng dự buổi làm việc có các đồng chí lãnh đạo các bộ, ngành."
    )
    assert relations(extractor(text, find_own=True)) == {"45-CT/TW": MENTIONS}


def test_a_bracketed_note_after_a_cue_with_another_object_is_a_mention(extractor: Extractor) -> None:
    text = (
        "1. Chức năng: cung cấp, thực hiện các dịch vụ y tế cơ bản cho nhân dân trên địa bàn (TT 33/2015/TT-BYT "
        "ngày 27/10/2015 hướng dẫn chức năng, nhiệm vụ của trạm y tế)."
    )
    assert relations(extractor(text, find_own=True)) == {"33/2015/TT-BYT": MENTIONS}


def test_a_bracketed_number_after_its_type_word_is_still_the_cues_object(extractor: Extractor) -> None:
    text = "Ban Thường vụ Huyện ủy đã triển khai thực hiện Kế hoạch (số 12-KH/TU ngày 3/3/2025) đến các chi bộ."
    assert relations(extractor(text, find_own=True)) == {"12-KH/TU": IMPLEMENTS}
