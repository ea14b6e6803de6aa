"""Twenty-second session (README, "twenty-second session"): heldout19's first-contact kinds left after the twenty-first
session, each test on a page written here in another layout than the spent page that showed it; run on the fast
extractor and its plain reference.  Each positive test failed on the session's start code (bc833e5); each mirror passes
on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS, canonical_number, number_key

# ----------------------------------------------------------------- a chain of bases whose line lost its ";"


def test_a_line_opening_with_a_capitalised_cue_ends_the_description_above(extractor: Extractor) -> None:
    """"Căn cứ Quyết định số 143/QĐ-UBND … về việc thành lập Ban Chỉ đạo Đại hội⏎Căn cứ Quyết định số 05/QĐ-BCĐ …"
    (heldout19 h19-09: the line above lost its ";", and the next basis was read as the description run on): here a
    commune decision whose second basis is a "Thực hiện" line."""
    text = (
        "QUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác chuyển đổi số xã An Bình\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n"
        "Căn cứ Kế hoạch số 21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai chuyển đổi số năm 2024\n"
        "Thực hiện Công văn số 118/UBND-VP ngày 05/3/2024 của UBND huyện về việc thành lập tổ công tác;\n"
        "QUYẾT ĐỊNH:\n"
    )
    assert relations(extractor(text)) == {"21/KH-UBND": IMPLEMENTS, "118/UBND-VP": IMPLEMENTS}


def test_a_description_wrapped_before_a_cue_in_lower_case_still_runs_on(extractor: Extractor) -> None:
    """The mirror: the wrapped line goes on in lower case ("… về triển khai⏎thực hiện Chỉ thị số …"): nested."""
    text = (
        "QUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác chuyển đổi số xã An Bình\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n"
        "Căn cứ Kế hoạch số 21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai\n"
        "thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về chuyển đổi số;\n"
        "QUYẾT ĐỊNH:\n"
    )
    extraction = extractor(text)
    assert relations(extraction) == {"21/KH-UBND": IMPLEMENTS, "05-CT/TU": MENTIONS}
    assert [(e.source, e.target) for e in extraction.inferred] == [("21/KH-UBND", "05-CT/TU")]


# ----------------------------------------------------------------- a blank where a code's "-" belongs


def test_a_bodys_acronym_set_apart_by_a_blank_belongs_to_the_code(extractor: Extractor) -> None:
    """"75/QĐ-BĐD NHCSXH" (heldout18 h18-03), "1675/NQ UBTVQH14" (heldout19 h19-14): the acronym is no Vietnamese
    syllable, so it is the code's last part; here a bank's letter and a standing committee's resolution in one news
    paragraph."""
    text = (
        "Thực hiện Quyết định số 15/QĐ-BCH PCTTTKCN ngày 12/4/2023 của Ban Chỉ huy phòng, chống thiên tai huyện, các xã "
        "đã sơ tán dân xong. Huyện được thành lập theo 1211/NQ UBTVQH13, sau đó sắp xếp lại.\n"
    )
    assert relations(extractor(text)) == {"15/QĐ-BCHPCTTTKCN": IMPLEMENTS, "1211/NQ-UBTVQH13": MENTIONS}


def test_a_code_before_a_header_word_in_capitals_stays_whole(extractor: Extractor) -> None:
    """The mirror: a flattened header's next words in capitals are syllables ("CỘNG HÒA", "HUYỆN", "NAM"), a known
    code alone ("UBND") is no acronym of another body, and an English word in capitals has its vowels: the number ends
    before them."""
    text = (
        "Thực hiện Kế hoạch số 45/KH-UBND HUYỆN ngày 3/3/2024, Quyết định số 77/QĐ-UBND UBND xã, Quyết định số "
        "12/QĐ-UBND NAM ngày 3/3/2020 và Nghị định 15/2020/NĐ-CP PENALTIES, về việc giao chỉ tiêu.\n"
    )
    assert set(relations(extractor(text))) == {"45/KH-UBND", "77/QĐ-UBND", "12/QĐ-UBND", "15/2020/NĐ-CP"}


def test_the_blank_after_a_type_code_is_its_dash() -> None:
    """"1675/NQ UBTVQH14" is 1675/NQ-UBTVQH14; a blank inside an issuer's code is dropped ("BĐD NHCSXH")."""
    assert canonical_number("1675/NQ UBTVQH14") == "1675/NQ-UBTVQH14"
    assert number_key("75/QĐ-BĐD NHCSXH") == number_key("75/QĐ-BĐDNHCSXH")
    assert canonical_number("28/2026/TT-BGD ĐT") == "28/2026/TT-BGDĐT"


# ----------------------------------------------------------------- own numbers: a header field, a paragraph's opening


def test_a_header_field_whose_dash_was_lost_is_the_own_number(extractor: Extractor) -> None:
    """"Số: 448BTLBP/BTM" (heldout19 h19-06; tuning3's "09KH/ĐTN" has a Party type code, read anywhere): the field's
    place says it is the number, whatever its code; here a provincial department's letter, the field in a table row."""
    text = (
        "UBND TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 215SNV/TCBC | An Giang, ngày 12 tháng 3 năm 2024\n"
        "V/v triển khai Nghị định số 33/2023/NĐ-CP\n"
        "Kính gửi: UBND các huyện, thị xã, thành phố\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "215-SNV/TCBC"
    assert relations(extraction) == {"33/2023/NĐ-CP": IMPLEMENTS}


def test_a_glued_code_in_running_text_is_no_own_number(extractor: Extractor) -> None:
    """The mirror: the same spelling in a sentence is no number field."""
    text = "Hồ sơ số 215SNV/TCBC đã được chuyển về Sở Nội vụ để thẩm định theo Nghị định số 33/2023/NĐ-CP.\n"
    assert own_number(extractor(text, find_own=True)) is None


def test_a_paragraph_opening_with_a_dated_letter_presents_it(extractor: Extractor) -> None:
    """"Tại Công văn số 8501/UBND-TH ngày 19/8/2025, Phó Chủ tịch … giao …" (heldout19 h19-10: the date before the
    comma hid the opening, the letter was cited by its own page): here "Trong nội dung" and a date in words."""
    text = (
        "Trong nội dung Công văn số 1234/UBND-VX ngày 3 tháng 4 năm 2024, Chủ tịch UBND huyện yêu cầu các xã tổ chức "
        "thực hiện nghiêm Chỉ thị số 05/CT-UBND ngày 2/1/2024 của UBND tỉnh về phòng chống dịch bệnh.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "1234/UBND-VX"
    assert "1234/UBND-VX" not in relations(extraction)


def test_a_paragraph_opening_with_another_bodys_dated_letter_presents_nothing(extractor: Extractor) -> None:
    """The mirror: "… ngày …, của Bộ Y tế" names the letter's owner, another body's letter the page tells of."""
    text = (
        "Tại Công văn số 1234/BYT-DP ngày 3/4/2024 của Bộ Y tế, các tỉnh được đề nghị tổ chức thực hiện nghiêm "
        "Chỉ thị số 05/CT-TTg.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


# ----------------------------------------------------------------- a translation's bare number and its cue


def test_a_translations_bare_number_with_an_unaccented_type_code_is_cited(extractor: Extractor) -> None:
    """"In implementing Decision 387/QD-TTg and Decision 677/QD-TTg of the Prime Minister …" (heldout19 h19-33: no
    "No.", "Đ" written "D", and "In implementing" for "Thực hiện"): here "Implementing" and a decree's "ND-CP"."""
    text = (
        "Implementing Decree 15/2020/ND-CP and Plan 21/KH-UBND of the Provincial People's Committee, the department "
        "has inspected 40 enterprises.\n"
    )
    assert relations(extractor(text)) == {"15/2020/ND-CP": IMPLEMENTS, "21/KH-UBND": IMPLEMENTS}


def test_implementing_inside_a_sentence_is_no_clause_cue(extractor: Extractor) -> None:
    """The mirror: "implementing" after a subject tells what a body is doing, as "thực hiện" inside a sentence."""
    text = "The province is implementing Decree No. 15/2020/NĐ-CP on administrative sanctions, the minister said.\n"
    assert relations(extractor(text)) == {"15/2020/NĐ-CP": MENTIONS}


# ----------------------------------------------------------------- a cue that lost a word, a flattened list's dash


def test_a_basis_cue_that_lost_its_second_word_still_governs(extractor: Extractor) -> None:
    """"… Hà Nội - Căn vào Luật Doanh nghiệp số 60/2005/QH11 …" (heldout19 h19-21: a PDF copy lost "cứ" of "Căn cứ
    vào", and the list's dash was flattened onto the line): here a cooperative's charter, its bases one line each
    and one flattened after a dash."""
    text = (
        "ĐIỀU LỆ HỢP TÁC XÃ NÔNG NGHIỆP AN PHÚ\n"
        "Căn vào Luật Hợp tác xã số 23/2012/QH13 ngày 20/11/2012;\n"
        "Đại hội thành viên thông qua ngày 12/3/2024 tại An Phú - Căn cứ Nghị định số 193/2013/NĐ-CP ngày 21/11/2013 "
        "của Chính phủ\n"
    )
    assert relations(extractor(text)) == {"23/2012/QH13": IMPLEMENTS, "193/2013/NĐ-CP": IMPLEMENTS}


def test_a_dash_inside_a_sentence_before_a_lower_case_cue_starts_nothing(extractor: Extractor) -> None:
    """The mirror: a dash before words in lower case is the sentence going on ("sơ kết - đánh giá việc thực hiện …")."""
    text = "Hội nghị sơ kết 5 năm - đánh giá việc thực hiện Chỉ thị số 05-CT/TW tại các chi bộ còn hình thức.\n"
    assert relations(extractor(text)) == {"05-CT/TW": MENTIONS}


# ----------------------------------------------------------------- a purpose after an adverbial of time


def test_a_purpose_after_a_time_adverbial_carries_out_what_it_follows(extractor: Extractor) -> None:
    """"Trong năm 2021, để hỗ trợ doanh nghiệp phát triển theo Nghị quyết 84/NQ-CP … và Công văn 970/TTCP-KHTH …, UBND
    tỉnh giao …" (heldout19 h19-12): here a school year and "nhằm"."""
    text = (
        "Năm học 2024-2025, nhằm nâng cao chất lượng giáo dục theo Kế hoạch số 45/KH-SGDĐT ngày 3/9/2024 của Sở Giáo "
        "dục và Đào tạo, nhà trường tổ chức các chuyên đề cho giáo viên.\n"
    )
    assert relations(extractor(text)) == {"45/KH-SGDĐT": IMPLEMENTS}


def test_a_rule_followed_exactly_is_still_a_rule(extractor: Extractor) -> None:
    """"… thực hiện việc rà soát … theo đúng tinh thần Nghị quyết số 18-NQ/TW …" (heldout19 h19-32, news retelling a
    decision's tasks): "đúng" (exactly) before the rule changes nothing, as "theo tinh thần" is; here a letter's task."""
    text = (
        "Sở Giáo dục và Đào tạo phối hợp với Công an tỉnh, Tỉnh đoàn thực hiện việc kiểm tra an toàn trường học bảo đảm "
        "thực chất theo đúng quy định tại Thông tư số 30/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo.\n"
    )
    assert relations(extractor(text)) == {"30/2024/TT-BGDĐT": MENTIONS}


def test_a_cue_right_before_theo_dung_is_the_documents_own_action(extractor: Extractor) -> None:
    """The mirror: a clause cue right before "theo đúng" ("Thực hiện theo đúng Kế hoạch số …") is the text's own."""
    text = "Thực hiện theo đúng Kế hoạch số 45/KH-UBND ngày 3/3/2024 của UBND huyện, nhà trường báo cáo như sau:\n"
    assert relations(extractor(text)) == {"45/KH-UBND": IMPLEMENTS}


def test_a_rule_followed_after_a_time_adverbial_is_a_mention(extractor: Extractor) -> None:
    """The mirror: no purpose after the time ("Năm 2024, việc tuyển sinh thực hiện theo …"): a rule followed."""
    text = "Năm 2024, việc tuyển sinh lớp 10 thực hiện theo Thông tư số 30/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo.\n"
    assert relations(extractor(text)) == {"30/2024/TT-BGDĐT": MENTIONS}
