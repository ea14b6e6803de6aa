"""Twenty-seventh session (citations README, "twenty-seventh session"): the kinds of heldout26's first contact, each on
a page written here in another layout than the page that showed it, run on the fast extractor and its plain reference.
Each positive test failed on the session's start code (5279e13); each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS, extract

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


# ----------------------------------------------------------------- own numbers: an abbreviation's period, English rows


def test_an_abbreviations_period_ends_no_lead_sentence() -> None:
    """"Ngày 27/3, Phó Chủ tịch UBND TP. Hà Nội Dương Đức Tuấn ký Quyết định số 1769/QĐ-UBND …" (heldout26 h26-32): the
    period of "TP." ends no sentence, so the verb is in the paragraph's first sentence and presents the page's own
    decision; here a town ("TX.") under a list of related headlines."""
    text = (
        "Tin liên quan -\nHà Nội khởi công cầu Trần Hưng Đạo -\n\n"
        "Ngày 12/4, Chủ tịch UBND TX. Sơn Tây Nguyễn Văn A ký Quyết định số 215/QĐ-UBND ban hành kế hoạch chỉnh trang "
        "đô thị, thực hiện Kế hoạch số 30/KH-UBND ngày 20/01/2025 của UBND thành phố.\n"
    )
    found = extract(text, find_own=True)
    assert own_number(found) == "215/QĐ-UBND"
    assert relations(found) == {"30/KH-UBND": IMPLEMENTS}


def test_a_second_sentence_after_a_real_end_presents_no_own_number() -> None:
    """The mirror: a real sentence end before the verb ("… đô thị. Trước đó, …") leaves the decision told of later in
    the paragraph another body's (the lead rule: the verb in the paragraph's first sentence)."""
    text = (
        "Ngày 12/4, thị xã Sơn Tây khởi công tuyến phố đi bộ quanh thành cổ. Trước đó, Chủ tịch UBND TX. Sơn Tây ký "
        "Quyết định số 215/QĐ-UBND phê duyệt dự án.\n"
    )
    assert own_number(extract(text, find_own=True)) is None


def test_an_english_property_row_names_the_own_number() -> None:
    """"Official number:1059/QD-TTgSigner:Tran Hong Ha" (heldout26 h26-55): an English portal's property row, its next
    label glued to the number; here "Document number:" with the next label glued after "ND-CP"."""
    text = (
        "Decree on fees for the use of roads\n\nPlease log in to use this function\n\nATTRIBUTE\n\n"
        "Document number:44/2024/ND-CPIssuing date:24/04/2024\nType:Decree\n\n"
        "SUMMARY\n\nThe Government issues a Decree pursuant to Law No. 35/2024/QH15 on Roads.\n"
    )
    assert own_number(extract(text, find_own=True)) == "44/2024/ND-CP"


def test_a_translation_names_its_original_title() -> None:
    """"Original Language Title: Quyết định 100/2008/QĐ-TTg: Phê duyệt …" (heldout26 h26-56): a machine translation's
    row giving the Vietnamese title of the document it translates."""
    text = (
        "Advanced Search\n\nThe Circular 05/2022/tt-Bnn Dated: Guiding The Planting Of Forests\n\n"
        "Original Language Title: Thông tư 05/2022/TT-BNNPTNT: Hướng dẫn trồng rừng\n\n"
        "Pursuant to Decree No. 105/2022/ND-CP of the Government;\n"
    )
    assert own_number(extract(text, find_own=True)) == "05/2022/TT-BNNPTNT"


def test_a_listing_of_english_properties_names_no_own_number() -> None:
    """The mirror: two property rows are a listing of documents, none of them the page's."""
    text = (
        "Related documents\n\nOfficial number:12/2024/ND-CP\nType:Decree\n\nOfficial number:44/2024/ND-CP\nType:Decree\n"
    )
    assert own_number(extract(text, find_own=True)) is None


def test_a_glued_property_label_ends_the_code(extractor: Extractor) -> None:
    """A portal's next property label glued after a code's lower-case letter ("…/QĐ-TTgNgười ký: …") is no part of the
    code, as one glued after its capitals is ("12/QĐ-UBNDNgười ký")."""
    text = "Căn cứ Quyết định số 1059/QĐ-TTgNgười ký: Trần Hồng Hà về quy hoạch tỉnh;\n"
    assert relations(extractor(text)) == {"1059/QĐ-TTg": IMPLEMENTS}


# ----------------------------------------------------------------- a standing body's session is a meeting


def test_a_session_reported_by_the_press_is_a_meeting(extractor: Extractor) -> None:
    """"Thủ tướng … chủ trì Phiên họp thứ nhất của Ban Chỉ đạo …" (heldout26 h26-46): a page reporting a standing body's
    session carries no document of its own, so what was said or done there mentions (the meeting rule); here a
    provincial committee's session."""
    text = (
        "Ban Chỉ đạo chuyển đổi số tỉnh họp phiên thứ hai\n\n"
        "Chiều 14/5, Chủ tịch UBND tỉnh chủ trì phiên họp thứ hai của Ban Chỉ đạo chuyển đổi số tỉnh.\n\n"
        "Theo Sở Khoa học và Công nghệ, thực hiện việc rà soát các dự án công nghệ thông tin theo Quyết định số "
        "1568/QĐ-UBND của UBND tỉnh, có 12 dự án chậm tiến độ.\n"
    )
    assert relations(extractor(text)) == {"1568/QĐ-UBND": MENTIONS}


def test_a_plan_preparing_a_session_still_carries_out_its_bases(extractor: Extractor) -> None:
    """The mirror: a plan with its own number that names a session among its tasks is no report of one; its cue heading
    a clause implements."""
    text = (
        "KẾ HOẠCH\nSố: 45/KH-BCĐ\n\n"
        "Thực hiện Quyết định số 1568/QĐ-UBND ngày 02/3/2025 của UBND tỉnh, Ban Chỉ đạo xây dựng kế hoạch như sau:\n"
        "1. Chuẩn bị nội dung phiên họp thứ hai của Ban Chỉ đạo trong tháng 5.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"1568/QĐ-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- a letter's header flattened onto one line


def test_a_flattened_letters_subject_runs_from_vv_to_its_salutation(extractor: Extractor) -> None:
    """"… Hạnh phúc Số: 141/BGDĐT-CTHSSV V/v triển khai thực Chương trình Sữa … ban hành kèm theo Quyết định số
    1340/QĐ-TTg … Kính gửi: …" (heldout26 h26-20, a document site's text layer): the subject of the letter is its own
    title, up to "Kính gửi"; what the body names after the salutation is read as the body's (here a rule it quotes)."""
    text = (
        "Tài liệu\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: "
        "512/SGDĐT-GDMN V/v hướng dẫn Thông tư số 12/2024/TT-BGDĐT Lạng Sơn, ngày 02 tháng 3 năm 2025 Kính gửi: Các "
        "phòng giáo dục và đào tạo Bữa ăn bán trú phải bảo đảm quy định tại Thông tư số 28/2016/TT-BYT của Bộ Y tế.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"12/2024/TT-BGDĐT": IMPLEMENTS, "28/2016/TT-BYT": MENTIONS}


# ----------------------------------------------------------------- a bare serial before its description


def test_a_bare_serial_before_its_titles_verb_is_read(extractor: Extractor) -> None:
    """"Cùng với thông tư 31, Bộ đã ban hành Thông tư 16 hướng dẫn khung vị trí việc làm" (heldout25 h25-47): a bare
    serial followed by the verb a title's description opens with names the document, as one followed by "của" does."""
    text = (
        "Năm 2024, Chính phủ ban hành Nghị định 73 quy định mức lương cơ sở; sau đó Bộ Nội vụ ban hành Thông tư 07 "
        "hướng dẫn thực hiện.\n"
    )
    assert relations(extractor(text)) == {"73": MENTIONS, "07": MENTIONS}


def test_a_count_or_a_year_before_a_verb_is_no_serial(extractor: Extractor) -> None:
    """The mirror: "Kế hoạch 5 năm …" counts years, "Kế hoạch 2025 quy định …" names a year: neither is a document."""
    text = "Kế hoạch 5 năm quy định các mục tiêu; Kế hoạch 2025 quy định chỉ tiêu của xã.\n"
    assert relations(extractor(text)) == {}


# ----------------------------------------------------------------- pages presenting their document (heldout25's kinds)


def test_a_page_quoting_a_document_whole_presents_it() -> None:
    """"Ban biên tập Website … xin trích nguyên Hướng dẫn số 12-HD/BTGTW …. Toàn văn như sau:" (heldout25 h25-45): the
    page carries that document; here a farmers' union page "trích nguyên văn"."""
    text = (
        "Thứ Hai, 12/02/2024\n\n"
        "Để cán bộ, hội viên nắm được, Trang thông tin Hội Nông dân huyện trích nguyên văn Kế hoạch số 45-KH/HNDT ngày "
        "02/02/2024 của Ban Thường vụ Hội Nông dân tỉnh. Toàn văn như sau:\n\n"
        "Thực hiện Chỉ thị số 25-CT/TW ngày 25/6/2023 của Ban Bí thư, Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch.\n"
    )
    found = extract(text, find_own=True)
    assert own_number(found) == "45-KH/HNDT"
    assert relations(found) == {"25-CT/TW": IMPLEMENTS}


def test_a_page_quoting_an_article_presents_no_document() -> None:
    """The mirror: "trích Điều 5 Nghị định …" quotes a part of a rule the page applies; no own number."""
    text = (
        "Hỏi đáp pháp luật\n\n"
        "Về câu hỏi của bạn, chúng tôi xin trích Điều 5 Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ như "
        "sau:\n\"Phạt tiền từ 800.000 đồng …\"\n"
    )
    assert own_number(extract(text, find_own=True)) is None


def test_the_content_above_said_to_be_in_a_document_presents_it() -> None:
    """"… Thủ tướng yêu cầu … . Nội dung trên được đề cập tại Công điện số 118 ngày 19/11/2024 của Thủ tướng …"
    (heldout25 h25-35): the lead's first sentence tells the document's demand, the second names it, as "Đó là nội dung
    tại …" does; here a province's directive."""
    text = (
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành tạm dừng tổ chức lễ hội đông người trong dịp Tết. Thông tin này được "
        "nêu tại Chỉ thị số 02/CT-UBND ngày 05/01/2026 của Chủ tịch UBND tỉnh về phòng, chống dịch bệnh.\n"
    )
    found = extract(text, find_own=True)
    assert own_number(found) == "02/CT-UBND"
    assert relations(found) == {}


def test_a_basis_heading_alone_reads_past_a_date_stamp(extractor: Extractor) -> None:
    """A page's date stamp under the heading ("Căn cứ⏎01/03/2021 00:00⏎- …") is chrome: the list is still under it."""
    text = (
        "Căn cứ\n01/03/2021 00:00\n\n"
        "- Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về đổi mới tổ chức các ngày kỷ niệm;\n"
        "- Nghị định số 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ quy định về tổ chức ngày kỷ niệm;\n"
    )
    assert relations(extractor(text)) == {"45-CT/TW": IMPLEMENTS, "145/2013/NĐ-CP": IMPLEMENTS}


def test_a_flattened_letter_wrapped_by_the_copy_keeps_its_subject(extractor: Extractor) -> None:
    """The flattened header hard-wrapped by a copy: the subject runs over the line break to "Kính gửi", within its
    paragraph."""
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 512/SGDĐT-GDMN V/v\n"
        "hướng dẫn Thông tư số 12/2024/TT-BGDĐT Lạng Sơn, ngày 02 tháng 3 năm 2025 Kính gửi: Các phòng giáo dục\n"
        "Bữa ăn bán trú phải bảo đảm quy định tại Thông tư số 28/2016/TT-BYT của Bộ Y tế.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"12/2024/TT-BGDĐT": IMPLEMENTS, "28/2016/TT-BYT": MENTIONS}
