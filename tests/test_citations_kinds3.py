"""The kinds of case the eighth session's own new set (tuning3) taught, one test per kind on small written
examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- leads that present a document


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a teaser that names what it presents: "Đó là chỉ đạo/nội dung … tại <văn bản> số …"
        ("Xử lý nghiêm người ra đường\n\nĐó là chỉ đạo của UBND tỉnh đối với các sở, ngành tại Công văn số "
         "2150/UBND-VX ngày 3/7 về việc tiếp tục phòng, chống dịch.", "2150/UBND-VX"),
        ("Phát động thi đua\n\nĐó là nội dung tại Chỉ thị số 07/CT-UBND của Chủ tịch UBND tỉnh về việc phát động "
         "phong trào thi đua.", "07/CT-UBND"),
        # the number in brackets after its type word
        ("Ngày 2-3, Thủ tướng đã có Công văn (số 215/TTg-NN) chỉ đạo các bộ, ngành kiểm tra đất đai.", "215/TTg-NN"),
        # a copy opening with the date it was stored under, then the document's name
        (" date 2024-05-02 Thông báo số 190/TB-VPCP ngày 29/4/2024 kết luận cuộc họp về chuyển đổi số.", "190/TB-VPCP"),
    ],
)
def test_a_lead_that_presents_one_document_names_the_page(extractor: Extractor, text: str, number: str) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == number
    assert number not in relations(extraction)


def test_a_later_that_is_sentence_is_narrative(extractor: Extractor) -> None:
    """"Đó là nội dung …" opens a lead only as its paragraph's first sentence."""
    text = "Hội nghị sơ kết công tác.\n\nCác đại biểu đã thảo luận. Đó là nội dung tại Kế hoạch số 45/KH-UBND của huyện."
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"45/KH-UBND": MENTIONS}


def test_the_title_type_word_makes_a_short_back_reference_the_document_itself(extractor: Extractor) -> None:
    text = (
        "Quy định số 31-QĐ/TW, ngày 1/8/2023 của Ban Chấp hành Trung ương về công tác kiểm tra\n\n"
        "Những điểm mới: so với Quy định số 15-QĐ/TW, Quy định số 31 bổ sung thời hạn báo cáo."
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "31-QĐ/TW"
    assert relations(extraction) == {"15-QĐ/TW": MENTIONS}


def test_a_bare_own_number_is_the_page_under_any_type_word(extractor: Extractor) -> None:
    """"đã ban hành văn bản số 558": the page's own number is a bare serial; "số 558" again is the page."""
    text = "Ngày 15-2, UBND tỉnh đã ban hành văn bản số 558 tăng cường phòng dịch. Theo Công văn số 558, các huyện …"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "558"
    assert relations(extraction) == {}


# --------------------------------------------------------------------------- what only looks like a number


@pytest.mark.parametrize(
    "text",
    [
        "CHÍNH PHỦ\nSố: /2013/NĐ-CP\nHà Nội, ngày tháng năm 2013\n\nNGHỊ ĐỊNH\nVề đăng ký nghĩa vụ quân sự",
        "16 BIỂU MẪU KÈM THEO\nNGHỊ\nĐỊNH13/2018/NĐ-CP\nNgày 23 tháng 01 năm 2018",
    ],
)
def test_no_number_starts_right_after_a_slash(extractor: Extractor, text: str) -> None:
    """A blank serial before the year ("Số: /2013/NĐ-CP") and the tail of a glued number are no citations."""
    assert relations(extractor(text, find_own=True)) == {}


def test_kinds_keep_implements_where_a_cue_heads_the_clause(extractor: Extractor) -> None:
    text = "Thực hiện Kế hoạch số 46-KH/ĐTN ngày 25/02/2015 của BCH Huyện đoàn, Đoàn thị trấn đã xây dựng kế hoạch."
    assert relations(extractor(text, find_own=True)) == {"46-KH/ĐTN": IMPLEMENTS}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a Party number that lost its hyphen: the type code glued to the serial
        ("Thực hiện Kế hoạch số\n12KH/ĐTN ngày 22/02/2013 của BCH Huyện Đoàn về Tháng thanh niên, Đoàn xã ra quân.",
         "12-KH/ĐTN"),
        # a number cut after its year, its code lost: written as in the text
        ("Căn cứ Nghị quyết số 190/2025 của Quốc hội về xử lý một số vấn đề liên quan đến sắp xếp bộ máy;", "190/2025"),
    ],
)
def test_glued_and_cut_numbers_are_read_whole(extractor: Extractor, text: str, number: str) -> None:
    assert relations(extractor(text)) == {number: IMPLEMENTS}


def test_a_cut_own_number_and_its_short_form_are_the_page(extractor: Extractor) -> None:
    text = (
        "Ngày 7-8, Chính phủ ban hành Nghị định 219/2025 sửa đổi một số nghị định về quốc phòng.\n\n"
        "Trong đó, Nghị định 219 sửa đổi, bổ sung một số điều của Nghị định số 13/2016 về đăng ký nghĩa vụ quân sự."
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "219/2025"
    assert relations(extraction) == {"13/2016": MENTIONS}


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo tháng 12/2025 của xã.",  # no type word right before: a month, not a number
        "Nghị quyết 05/2025/NQ-HĐND ngày 3/4/2025 của HĐND tỉnh.",  # a whole number stays whole
    ],
)
def test_what_is_no_cut_number(extractor: Extractor, text: str) -> None:
    assert "12/2025" not in relations(extractor(text)) and "05/2025" not in relations(extractor(text))


def test_an_old_form_code_is_in_capitals_not_a_capitalised_word(extractor: Extractor) -> None:
    text = "Ban Chỉ đạo về chuyển đổi số và Đề án 06 - Sơ kết công tác 6 tháng đầu năm; Quyết định số 217 - HĐBT."
    assert relations(extractor(text)) == {"217-HĐBT": MENTIONS}


def test_a_person_at_an_event_reports_what_the_document_was_used_for(extractor: Extractor) -> None:
    """On a page with no own number, "Đồng chí X, Bí thư … triển khai Chỉ thị số …" tells what a person did."""
    text = (
        "Đồng chí Nguyễn Văn A, Bí thư Huyện ủy triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.\n\n"
        "Thực hiện Kế hoạch số 20-KH/TU của Tỉnh ủy, Huyện ủy chọn xã B chỉ đạo đại hội điểm."
    )
    assert relations(extractor(text, find_own=True)) == {"35-CT/TW": MENTIONS, "20-KH/TU": IMPLEMENTS}


def test_a_person_in_a_document_with_its_own_number_keeps_the_cue(extractor: Extractor) -> None:
    text = "Số: 12/KH-UBND\n\nĐồng chí Nguyễn Văn A, Chủ tịch UBND xã triển khai Kế hoạch số 30/KH-UBND của huyện."
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "12/KH-UBND"
    assert relations(extraction) == {"30/KH-UBND": IMPLEMENTS}


@pytest.mark.parametrize(
    "text",
    [
        "Kiểm tra, xử lý nghiêm\n\nĐó là chỉ đạo của UBND tỉnh tại Công văn số 3001/UBND-VX ngày 2/8 về việc tiếp tục "
        "thực hiện các biện pháp phòng, chống dịch theo Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.",
        "Ngày 2/8, UBND tỉnh có Công văn số 3001/UBND-VX về việc triển khai các biện pháp phòng, chống dịch theo "
        "Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.",
    ],
)
def test_what_a_lead_says_of_its_document_is_that_documents_title(extractor: Extractor, text: str) -> None:
    """The description after the number a lead presents is the page's document's title: what it names, it carries out."""
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "3001/UBND-VX"
    assert relations(extraction) == {"15/CT-TTg": IMPLEMENTS}


def test_a_bare_number_with_its_year_is_a_citation_a_number_of_years_is_not(extractor: Extractor) -> None:
    text = (
        "Tỉnh ủy đã ban hành Chỉ thị 17 năm 2014 về việc dồn điền đổi thửa. "
        "Huyện xây dựng Kế hoạch 5 năm 2021 - 2025 và Chương trình 3 năm 2023 đến 2025."
    )
    assert [c.number for c in extractor(text).citations] == ["17"]


@pytest.mark.parametrize(
    "text",
    [
        "Ban thường trực số: 471 /kh-mttw-btt cộng hòa xã hội chủ nghĩa việt nam\n\nSố: 471/KH-MTTW-BTT\n\nKẾ HOẠCH",
        "Số: 1124/QĐ-UBND\n\nBạn đang xem: Quyết định 1124/qđ ubnd 2022 về việc công nhận",
    ],
)
def test_the_own_number_cut_short_in_a_copy_is_the_page_itself(extractor: Extractor, text: str) -> None:
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None
    assert relations(extraction) == {}


def test_a_q_and_a_reasoning_on_what_was_quoted_is_no_basis(extractor: Extractor) -> None:
    """"Căn cứ quy định nêu trên, việc … là không đúng … Quy định số 30": the answer reasons on the rule it
    quoted (mentions); "Căn cứ" before a document still names a basis."""
    text = (
        "Hỏi: Đảng ủy xã không kiểm tra theo chương trình có đúng không?\n"
        "Trả lời: Tại Điều 30, Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương (Quy định số 22), quy định: "
        "“Đảng ủy cơ sở xây dựng chương trình kiểm tra”.\n"
        "Căn cứ quy định nêu trên, việc đảng ủy xã A không kiểm tra là thực hiện không đúng Điều 30, Quy định số 22."
    )
    assert relations(extractor(text, find_own=True)) == {"22-QĐ/TW": MENTIONS}
    assert relations(extractor("Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương;")) == {"22-QĐ/TW": IMPLEMENTS}


def test_the_summary_of_a_database_page_titles_its_document(extractor: Extractor) -> None:
    text = (
        "Tóm tắt văn bản\n\nĐây là nội dung của Thông tư số 05/2015/TT-BNV của Bộ Nội vụ ngày 10/6/2015, quy định "
        "chi tiết, hướng dẫn thi hành một số điều của Nghị định số 64/2014/NĐ-CP của Chính phủ."
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "05/2015/TT-BNV"
    assert relations(extraction) == {"64/2014/NĐ-CP": IMPLEMENTS}


def test_a_cue_after_an_html_tag_heads_its_clause(extractor: Extractor) -> None:
    """A saved page source: "<p …>Thực hiện Kế hoạch số …" carries the plan out as the plain text would."""
    text = (
        '<div class="content"><p style="text-align: justify;">Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 của '
        "UBND huyện, UBND xã xây dựng kế hoạch như sau:</p>\n<p>Căn cứ Quyết định số 45/QĐ-UBND của UBND tỉnh;</p>"
    )
    extraction = extractor(text, find_own=True)
    assert relations(extraction) == {"12/KH-UBND": IMPLEMENTS, "45/QĐ-UBND": IMPLEMENTS}
    assert [c.line for c in extraction.citations] == [1, 2]


# --------------------------------------------------------------------------- a proposal named again in the body


def test_a_document_first_named_as_a_proposal_stays_a_mention(extractor: Extractor) -> None:
    """"Xét đề nghị … tại Tờ trình … và Đề án số …" names a proposal; the body's "Trên cơ sở Đề án số …"
    rests on the same proposal, so it stays a mention, while the preamble's "Căn cứ" implements."""
    text = (
        "NGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã\n"
        "Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc hội;\n"
        "Xét đề nghị của Chính phủ tại Tờ trình số 359/TTr-CP và Đề án số 360/ĐA-CP ngày 09 tháng 5 năm 2025,\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Trên cơ sở Đề án số 360/ĐA-CP ngày 09 tháng 05 năm 2025 của Chính phủ, sắp xếp các xã như sau:"
    )
    assert relations(extractor(text)) == {
        "76/2025/UBTVQH15": IMPLEMENTS,
        "359/TTr-CP": MENTIONS,
        "360/ĐA-CP": MENTIONS,
    }


def test_a_basis_named_again_after_a_proposal_still_implements(extractor: Extractor) -> None:
    text = (
        "Căn cứ Đề án số 12/ĐA-UBND ngày 2/3/2024 của UBND tỉnh;\n"
        "Xét đề nghị của Sở Nội vụ tại Tờ trình số 40/TTr-SNV về Đề án số 12/ĐA-UBND,\n"
        "QUYẾT ĐỊNH:"
    )
    assert relations(extractor(text))["12/ĐA-UBND"] == IMPLEMENTS


# --------------------------------------------------------------------------- a lead's number in brackets at the end


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Phát động Tết trồng cây\n- Nhằm phát huy truyền thống, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động "
         "Tết trồng cây năm 2025 (Kế hoạch số 08/KH-UBND).", "08/KH-UBND"),
        ("Huyện ủy vừa có Hướng dẫn tổ chức sinh hoạt chi bộ chuyên đề (Hướng dẫn số 13-HD/HU).", "13-HD/HU"),
        # a bracket naming another type is not the lead's document
        ("UBND tỉnh xây dựng Kế hoạch phòng, chống thiên tai (Quyết định số 12/QĐ-UBND).", None),
        # nor a later sentence of an article
        ("Hội nghị tổng kết năm. Trước đó, UBND tỉnh xây dựng Kế hoạch trồng cây (Kế hoạch số 7/KH-UBND).", None),
    ],
)
def test_a_leads_document_with_its_number_in_brackets_is_the_page(
    extractor: Extractor, text: str, own: str | None
) -> None:
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == own
    if own is not None:
        assert own not in relations(extraction)


# --------------------------------------------------------------------------- the list an amending verb governs


def test_every_item_of_the_list_after_an_amending_verb_is_amended(extractor: Extractor) -> None:
    """A basis clause naming an unnumbered amending law: the numbers that follow "sửa đổi, bổ sung một số
    điều của" are the amended laws', all of them (not only the first), while the next "Căn cứ" implements."""
    text = (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, "
        "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 "
        "năm 2024;\nCăn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ;\nQUYẾT ĐỊNH:"
    )
    assert relations(extractor(text)) == {
        "31/2024/QH15": MENTIONS,
        "27/2023/QH15": MENTIONS,
        "29/2023/QH15": MENTIONS,
        "32/2024/QH15": MENTIONS,
        "156/2018/NĐ-CP": IMPLEMENTS,
    }


def test_a_list_of_bases_before_an_amending_verb_still_implements(extractor: Extractor) -> None:
    text = (
        "Căn cứ Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số 27/2023/QH15;\n"
        "Căn cứ Nghị định số 10/2024/NĐ-CP sửa đổi Nghị định số 9/2020/NĐ-CP;\nQUYẾT ĐỊNH:"
    )
    assert relations(extractor(text)) == {
        "31/2024/QH15": IMPLEMENTS,
        "27/2023/QH15": IMPLEMENTS,
        "10/2024/NĐ-CP": IMPLEMENTS,
        "9/2020/NĐ-CP": MENTIONS,
    }
