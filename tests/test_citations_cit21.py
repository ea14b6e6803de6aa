"""Twenty-first session (README, "twenty-first session"): heldout18's first-contact kinds, each test on a page written
here in another layout than the page that showed it; run on the fast extractor and its plain reference.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

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


# ----------------------------------------------------------------- own numbers missed (the page then cited itself)


def test_a_lead_that_ra_or_ky_pho_bien_a_numbered_document_gives_the_own_number(extractor: Extractor) -> None:
    """"… đã ra thông báo số 304/TB/HĐTS về việc …" (heldout18 h18-24), "… ký phổ biến Công văn số: 89/BTS-VP …"
    (h18-25): the verbs of a body putting out its document, here a court's decision and a school's plan."""
    ra = "Thi hành án dân sự\n\nNgày 3/5/2024, Tòa án nhân dân huyện đã ra Quyết định số 15/2024/QĐ-TA về việc hoãn thi hành án.\n"
    extraction = extractor(ra, find_own=True)
    assert own_number(extraction) == "15/2024/QĐ-TA" and extraction.citations == ()
    ky = (
        "Kế hoạch năm học mới\n\nNgày 5/9/2024, Hiệu trưởng nhà trường ký duyệt Kế hoạch số: 12/KH-THCS về nhiệm vụ năm "
        "học 2024-2025.\n"
    )
    assert own_number(extractor(ky, find_own=True)) == "12/KH-THCS"


def test_ra_without_a_number_or_after_another_verb_is_no_lead(extractor: Extractor) -> None:
    """The mirror: "ra" presents a document only before its "số"; "đưa ra quyết định" decides, names none."""
    text = "Giải quyết khiếu nại\n\nNgày 3/5/2024, Chủ tịch UBND huyện đã ra quyết định giải quyết khiếu nại lần đầu.\n"
    assert own_number(extractor(text, find_own=True)) is None


def test_a_header_behind_a_word_copys_style_remnant_gives_the_own_number(extractor: Extractor) -> None:
    """"%%0%#. http*%!%40%"COLOR: black; …12.0pt">Số: 02/2006/NQ-HĐTP" (heldout18 h18-29): here another remnant."""
    text = (
        'span lang=VI style="font-size:13.0pt;font-family:Times New Roman">ỦY BAN NHÂN DÂN TỈNH\n'
        'span lang=VI style="font-size:13.0pt;font-family:Times New Roman">Số: 15/2024/QĐ-UBND\n\n'
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "15/2024/QĐ-UBND"
    assert "15/2024/QĐ-UBND" not in relations(extraction)


def test_a_title_with_a_bare_serial_and_its_year_of_issue_gives_the_own_number(extractor: Extractor) -> None:
    """"Công văn 3110 năm 2014 thông báo … Lưu trữ" (heldout18 h18-09, a tag archive): here a decree's page; a period's
    range after "năm" counts years ("Kế hoạch 5 năm 2021-2025 …"): no own number."""
    text = "Nghị định 100 năm 2019 quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông\n\nNghị định 100 có hiệu lực.\n"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "100" and extraction.citations == ()
    counted = "Kế hoạch 5 năm 2021-2025 của tỉnh về phát triển kinh tế\n\nTỉnh đã đạt nhiều kết quả.\n"
    assert own_number(extractor(counted, find_own=True)) is None


def test_a_title_whose_number_lost_its_slashes_for_blanks_gives_the_own_number(extractor: Extractor) -> None:
    """"“Thông tư 21 2009 TT BXD” trang 1 - tải miễn phí …" (heldout18 h18-11): here a decision in a download list; a
    code that is not the type's own gives none."""
    text = "Quyết định 12 2024 QĐ UBND ban hành quy chế quản lý (tải về .doc)\n\nNội dung quy chế.\n"
    assert own_number(extractor(text, find_own=True)) == "12/2024/QĐ-UBND"
    other = "Quyết định 12 2024 TT BTC ban hành quy chế quản lý (tải về .doc)\n\nNội dung quy chế.\n"
    assert own_number(extractor(other, find_own=True)) is None


_BODY = "\n\nThực hiện Kế hoạch số 45-KH/TU ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành kế hoạch.\n"


def test_a_property_table_flattened_one_cell_per_line_after_its_colon_gives_the_own_number(extractor: Extractor) -> None:
    """A label's colon, then its value on the next line ("Số ký hiệu:⏎125/KH-UBND"): before, the page cited itself."""
    extraction = extractor("Số ký hiệu:\n125/KH-UBND\nNgày ban hành:\n12/03/2024\n" + _BODY, find_own=True)
    assert own_number(extraction) == "125/KH-UBND"
    assert relations(extraction) == {"45-KH/TU": "implements"}


def test_a_property_table_in_columns_gives_the_value_under_its_number_label(extractor: Extractor) -> None:
    """A row of labels and one row of values, with pipes or tabs: the value under "Số ký hiệu" is the page's."""
    pipes = "| Số ký hiệu | Ngày ban hành | Loại văn bản |\n|---|---|---|\n| 125/KH-UBND | 12/03/2024 | Kế hoạch |\n"
    tabs = "Ngày ban hành\tSố ký hiệu\tLoại văn bản\n12/03/2024\t125/KH-UBND\tKế hoạch\n"
    for table in (pipes, tabs):
        extraction = extractor(table + _BODY, find_own=True)
        assert own_number(extraction) == "125/KH-UBND"
        assert relations(extraction) == {"45-KH/TU": "implements"}


def test_a_listing_of_documents_under_column_heads_has_no_own_number(extractor: Extractor) -> None:
    """The mirror: two rows of values are a listing; none of its documents is the page's."""
    listing = (
        "| Số ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|\n| 125/KH-UBND | 12/03/2024 | Kế hoạch A |\n"
        "| 126/QĐ-UBND | 13/03/2024 | Quyết định B |\n"
    )
    assert own_number(extractor(listing + _BODY, find_own=True)) is None


# ----------------------------------------------------------------- relations a cue settles


def test_a_headline_naming_the_pages_unnumbered_document_is_its_title(extractor: Extractor) -> None:
    """"Hướng dẫn thực hiện niêm yết giá vé … theo Thông tư số 02/2021/TT-BGTVT; …" (heldout18 h18-45, under a weather
    widget not yet loaded) and "Hướng dẫn trình bày văn bản theo thông tư 01" (heldout8 p11): the page's own document's
    title, whose documents it carries out. Here a plan's headline under a breadcrumb, hard-wrapped body below."""
    text = (
        "Trang chủ / Văn bản / Kế hoạch\n"
        "Kế hoạch tổ chức các hoạt động kỷ niệm ngày Pháp luật theo Quyết định số 1234/QĐ-UBND của UBND tỉnh\n\n"
        "Nhằm nâng cao ý thức chấp hành pháp luật của cán bộ, công chức, viên chức và Nhân dân trên địa bàn,\n"
        "UBND xã xây dựng kế hoạch như sau.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"1234/QĐ-UBND": IMPLEMENTS}


def test_a_headline_that_numbers_its_document_or_tells_a_sentence_is_no_unnumbered_title(extractor: Extractor) -> None:
    """The mirrors: a teaser's sentence opening with a type word, and a news headline that opens otherwise."""
    teaser = (
        "Kế hoạch tổ chức ngày hội sẽ nêu các việc cần làm theo Quyết định số 1234/QĐ-UBND. Mỗi năm kế hoạch đổi.\n\n"
        "Các thôn chuẩn bị ngày hội.\n"
    )
    assert relations(extractor(teaser, find_own=True)) == {"1234/QĐ-UBND": MENTIONS}
    news = "Xã tổ chức kỷ niệm ngày Pháp luật theo Quyết định số 1234/QĐ-UBND\n\nCác thôn chuẩn bị ngày hội.\n"
    assert relations(extractor(news, find_own=True)) == {"1234/QĐ-UBND": MENTIONS}


def test_the_work_just_told_done_by_a_document_implements_it(extractor: Extractor) -> None:
    """"Việc cấp tiền hỗ trợ này thực hiện theo Quyết định số 102 …" (heldout18 h18-49, a news brief): the body's own
    work, named back, carried out by the decision. Here a district's report, "nói trên" and "được"; the mirror, a rule in
    a text's body that names no work told, stays a mention."""
    told = (
        "Năm 2024, UBND huyện đã hỗ trợ 120 hộ nghèo sửa chữa nhà ở với tổng kinh phí 3,6 tỷ đồng.\n"
        "Việc hỗ trợ nói trên được thực hiện theo Quyết định số 22/2023/QĐ-UBND ngày 10/5/2023 của UBND tỉnh.\n"
    )
    assert relations(extractor(told, find_own=True)) == {"22/2023/QĐ-UBND": IMPLEMENTS}
    rule = "Việc lựa chọn nhà thầu thực hiện theo quy định tại Nghị định số 63/2014/NĐ-CP ngày 26/6/2014 của Chính phủ.\n"
    assert relations(extractor(rule, find_own=True)) == {"63/2014/NĐ-CP": MENTIONS}


def test_a_basis_list_goes_on_after_an_amendment_that_names_back_its_first_item(extractor: Extractor) -> None:
    """"Căn cứ Nghị định số 27/2022/NĐ-CP …, Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung … của Nghị định số
    27/2022/NĐ-CP ngày 19/4/2022, Chỉ thị số 21/CT-TTg …, Văn bản số 4456/BKHĐT-TH …" (heldout18 h18-13, a ministry's
    letter, hard-wrapped): the list's later items are bases too. Here a district plan's resolutions, on one line."""
    text = (
        "Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 05/3/2021 của HĐND tỉnh về chính sách hỗ trợ, Nghị quyết số "
        "30/2023/NQ-HĐND ngày 07/7/2023 của HĐND tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND "
        "ngày 05/3/2021, Kế hoạch số 45/KH-UBND ngày 01/02/2024 của UBND tỉnh về triển khai chính sách, UBND huyện "
        "ban hành Kế hoạch thực hiện như sau:\n"
    )
    assert relations(extractor(text)) == {
        "12/2021/NQ-HĐND": IMPLEMENTS, "30/2023/NQ-HĐND": IMPLEMENTS, "45/KH-UBND": IMPLEMENTS,
    }


def test_an_amendments_own_list_of_amended_documents_stays_nested(extractor: Extractor) -> None:
    """The mirror: the documents an amendment names, none of them the list's first item, are what it amends."""
    text = (
        "Căn cứ Nghị quyết số 30/2023/NQ-HĐND ngày 07/7/2023 của HĐND tỉnh sửa đổi, bổ sung một số điều của Nghị quyết "
        "số 10/2020/NQ-HĐND ngày 05/3/2020, Nghị quyết số 11/2020/NQ-HĐND ngày 05/3/2020, UBND huyện ban hành Kế "
        "hoạch thực hiện như sau:\n"
    )
    assert relations(extractor(text)) == {
        "30/2023/NQ-HĐND": IMPLEMENTS, "10/2020/NQ-HĐND": MENTIONS, "11/2020/NQ-HĐND": MENTIONS,
    }


def test_a_subject_line_flattened_onto_the_number_field_is_the_title(extractor: Extractor) -> None:
    """"Số: 143/UBDT-DTTS V/v thực hiện Quyết định số 12/2018/QĐ-TTg …" (heldout11 y56, a two-cell header flattened onto
    one line): the letter's subject. Here a provincial department's letter, its subject wrapped onto a second line."""
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 125/SGDĐT-VP V/v triển khai thực hiện\nChỉ thị số 05/CT-UBND ngày 02/3/2024 của UBND tỉnh\n\n"
        "Kính gửi: Các trường trung học phổ thông.\n\nSở Giáo dục và Đào tạo đề nghị các trường báo cáo kết quả.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "125/SGDĐT-VP"
    assert relations(extraction) == {"05/CT-UBND": IMPLEMENTS}


def test_a_title_in_quotes_and_a_value_a_blank_line_under_its_label_give_the_own_number(extractor: Extractor) -> None:
    """Layouts written here (no spent page has them; each cited itself before): a page title in quotes before the
    portal's name, and a property's value a blank line under "Ký hiệu:"."""
    quoted = "“Kế hoạch 125/KH-UBND năm 2024 về chuyển đổi số” - Cổng thông tin điện tử tỉnh" + _BODY
    extraction = extractor(quoted, find_own=True)
    assert own_number(extraction) == "125/KH-UBND"
    assert relations(extraction) == {"45-KH/TU": IMPLEMENTS}
    spaced = "Ký hiệu:\n\n125/KH-UBND\n\nNgày ban hành:\n\n12/03/2024\n" + _BODY
    extraction = extractor(spaced, find_own=True)
    assert own_number(extraction) == "125/KH-UBND"
    assert relations(extraction) == {"45-KH/TU": IMPLEMENTS}
