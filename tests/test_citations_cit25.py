"""Twenty-second session, second round (README, "twenty-second session, second round"): heldout20's first-contact
kinds, each test on a page written here in another layout than the spent page that showed it; run on the fast
extractor and its plain reference.  Each positive test failed on the round's start code (1f1d4f7); each mirror passes
on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- bases under the header whose "Căn cứ" was lost


def test_a_list_of_documents_right_under_the_headers_date_line_is_the_bases(extractor: Extractor) -> None:
    """"Số: 128/KH-UBND | Bình Định, ngày 12 tháng 07 năm 2023 |⏎- Quyết định số 749/QĐ-TTg …;⏎- Quyết định số 06/QĐ-TTg
    …;" (heldout20 h20-41: the copy lost the "Căn cứ" heading, the items follow the header's place-and-date line):
    here a commune's header on lines of its own and "+" items, each wrapped (an item ends at its ";", not at its
    first line's end)."""
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 45/KH-UBND\n"
        "An Bình, ngày 05 tháng 3 năm 2024\n"
        "+ Kế hoạch số\n21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai chuyển đổi số năm 2024;\n"
        "+ Công văn số 118/UBND-VP ngày 05/3/2024 của UBND huyện về việc thành lập tổ\ncông tác;\n"
        "UBND xã xây dựng kế hoạch chuyển đổi số năm 2024 như sau:\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "45/KH-UBND"
    assert relations(extraction) == {"21/KH-UBND": IMPLEMENTS, "118/UBND-VP": IMPLEMENTS}


def test_a_list_under_a_portals_update_date_is_no_list_of_bases(extractor: Extractor) -> None:
    """The mirror: a portal's "Cập nhật ngày …" line is no header's date line (no place, no number field before it): a
    list of related documents under it names them, as before."""
    text = (
        "Văn bản liên quan\n"
        "Cập nhật ngày 05 tháng 3 năm 2024\n"
        "+ Kế hoạch số 21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai chuyển đổi số năm 2024;\n"
        "+ Công văn số 118/UBND-VP ngày 05/3/2024 của UBND huyện về việc thành lập tổ công tác;\n"
    )
    assert set(relations(extractor(text, find_own=True)).values()) == {MENTIONS}


# ----------------------------------------------------------------- a header's number cut where the copy ends


def test_a_headers_number_cut_mid_code_is_read_whole_from_the_title(extractor: Extractor) -> None:
    """"Công văn 1315/KCB-QLCL&CĐT hướng dẫn …" over a property table, and the copy's last line "Số: 1315/KC" (heldout20
    h20-14: the header's field cut in the middle of its first code): here a department's letter whose header is cut
    inside its first code ("Số: 245/SGD" for 245/SGDĐT-GDTrH)."""
    text = (
        "Công văn số 245/SGDĐT-GDTrH về hướng dẫn nhiệm vụ giáo dục trung học năm học 2024-2025\n"
        "Ngày đăng: 12/9/2024\n"
        "Sở Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn các trường thực hiện nhiệm vụ năm học mới.\n"
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "Số: 245/SGD\n"
    )
    assert own_number(extractor(text, find_own=True)) == "245/SGDĐT-GDTrH"


def test_a_number_going_on_after_a_whole_code_is_another_document(extractor: Extractor) -> None:
    """The mirror: "Số: 45/UBND-VP" and a cited "45/UBND-VP-KT" (a dash after the header's whole code): two documents,
    the header's number stays as it is."""
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 45/UBND-VP\n"
        "An Bình, ngày 05 tháng 3 năm 2024\n"
        "Thực hiện Công văn số 45/UBND-VP-KT ngày 01/3/2024 của UBND huyện, UBND xã báo cáo như sau:\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "45/UBND-VP"
    assert relations(extraction) == {"45/UBND-VP-KT": IMPLEMENTS}


# ----------------------------------------------------------------- an English copy's own number


def test_an_english_leads_day_between_issued_and_the_document_still_presents_it(extractor: Extractor) -> None:
    """"… the Prime Minister issued on July 2 Directive No. 14/CT-TTg, on enhancing …" (heldout20 h20-46, an English
    news magazine): here a province's plan, the day written before the month and the line wrapped inside the date."""
    text = (
        "Hanoi boosts digital transformation in schools\n"
        "The Hanoi People's Committee issued on 15\nMarch, 2024 Plan No. 85/KH-UBND on digital transformation in "
        "education, implementing Decision No. 131/QĐ-TTg of the Prime Minister.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "85/KH-UBND"
    assert "85/KH-UBND" not in relations(extraction)


def test_an_english_copys_number_field_is_its_own_number(extractor: Extractor) -> None:
    """"PRIME MINISTER⏎Numbers: 201/QĐ-TTg⏎|⏎THE SOCIALIST REPUBLIC OF VIETNAM" (heldout20 h20-45, a machine translation
    of a decision's header): here a ministry's circular with "Number:" in a table row."""
    text = (
        "MINISTRY OF HEALTH | SOCIALIST REPUBLIC OF VIETNAM\n"
        "Number: 13/2025/TT-BYT | Hanoi, June 6, 2025\n"
        "CIRCULAR\n"
        "Guidance on the implementation of electronic medical records\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "13/2025/TT-BYT"
    assert relations(extraction) == {}


def test_a_number_after_number_without_a_colon_is_no_field(extractor: Extractor) -> None:
    """The mirror: "Number 13/2025/TT-BYT" in a sentence, no colon: a citation, not the page's field."""
    text = "Number 13/2025/TT-BYT of the Ministry of Health sets the deadline for electronic medical records.\n"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None


# ----------------------------------------------------------------- an English copy's preamble


def test_an_english_decisions_preamble_before_decides_is_its_bases(extractor: Extractor) -> None:
    """"PRIME MINISTER⏎Government Law Base …;⏎Decision base 2473/QĐ-TTg on 30 December 2011 …;⏎At the suggestion of
    Minister …,⏎DECISION:" (heldout20 h20-45, a machine translation that renders "Căn cứ" word by word): every clause
    before the formula is a basis or a proposal, whatever words the translation found; here a province's decision with
    "Based on" and "DECIDES:"."""
    text = (
        "PEOPLE'S COMMITTEE OF QUANG NAM PROVINCE\n"
        "Based on Decree No. 15/2020/NĐ-CP dated February 3, 2020 of the Government;\n"
        "Based on Plan No. 21/KH-UBND dated March 2, 2024 of the Provincial People's Committee;\n"
        "At the request of the Director of the Department of Home Affairs in Official Letter No. 118/SNV-VP dated "
        "March 8, 2024,\n"
        "DECIDES:\n"
        "Article 1. To establish the provincial digital transformation team.\n"
    )
    assert relations(extractor(text)) == {
        "15/2020/NĐ-CP": IMPLEMENTS,
        "21/KH-UBND": IMPLEMENTS,
        "118/SNV-VP": MENTIONS,
    }


def test_english_text_without_the_formula_keeps_its_mentions(extractor: Extractor) -> None:
    """The mirror: "Based on Decree No. …" in a news sentence, no formula below: no preamble, a mention."""
    text = (
        "Based on Decree No. 15/2020/NĐ-CP, the inspectors fined three companies last week.\n"
        "The decision takes effect immediately.\n"
    )
    assert relations(extractor(text)) == {"15/2020/NĐ-CP": MENTIONS}


# ----------------------------------------------------------------- the Prime Minister's old-form number


def test_an_old_form_number_of_the_prime_minister_is_read_whole(extractor: Extractor) -> None:
    """"Chỉ thị⏎số 133-TTg ngày 07 tháng 3 năm 1995 của Thủ tướng Chính phủ" (heldout20 h20-07: before 1997 a number
    had no type code, only the issuer's, and "TTg" is no code in capitals): here a province's plan of 1996 listing
    two of them, one wrapped before its number."""
    text = (
        "KẾ HOẠCH\n"
        "Thực hiện Quyết định số 121-TTg ngày 04/3/1996 của Thủ tướng Chính phủ và Chỉ thị số\n"
        "406-TTg ngày 08/8/1994 của Thủ tướng Chính phủ, UBND tỉnh xây dựng kế hoạch như sau:\n"
    )
    assert relations(extractor(text)) == {"121-TTg": IMPLEMENTS, "406-TTg": IMPLEMENTS}


def test_a_capitalised_word_after_a_dash_is_no_issuers_code(extractor: Extractor) -> None:
    """The mirror: "Chỉ thị số 12 - Tăng cường …" (a title after a dash) leaves the bare number as it was."""
    text = "Chỉ thị số 12 - Tăng cường công tác phòng cháy đã được phổ biến đến các thôn.\n"
    assert "12-Tăng" not in relations(extractor(text))


# ----------------------------------------------------------------- "cũng" before a lead's verb


def test_a_document_a_body_also_issued_is_no_lead(extractor: Extractor) -> None:
    """"Sau khi Luật … được Quốc hội khóa XV thông qua, liên ngành tư pháp Trung ương cũng đã ban hành Thông tư liên tịch
    số 01/2021 để …" (heldout20 h20-29, a signing's news): "cũng" adds a step to the story, the page presents no document
    of that number; here a health centre's news, "cũng có"."""
    text = (
        "Trung tâm Y tế huyện tổ chức hội nghị triển khai bệnh án điện tử\n"
        "\n"
        "Sáng 12/8, Trung tâm Y tế huyện tổ chức hội nghị triển khai hồ sơ bệnh án điện tử cho các trạm y tế.\n"
        "\n"
        "Để thống nhất cách làm, Sở Y tế cũng có Công văn số 2150/SYT-NVY hướng dẫn các đơn vị lộ trình thực hiện.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"2150/SYT-NVY": MENTIONS}


def test_a_lead_without_also_still_presents_its_document(extractor: Extractor) -> None:
    """The mirror: "Sở Y tế vừa có Công văn số …" opening the news: the page's own number, as before."""
    text = (
        "Sở Y tế hướng dẫn lộ trình bệnh án điện tử\n"
        "\n"
        "Sở Y tế vừa có Công văn số 2150/SYT-NVY hướng dẫn các đơn vị lộ trình thực hiện hồ sơ bệnh án điện tử.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "2150/SYT-NVY"


# ----------------------------------------------------------------- "hưởng ứng" a letter


def test_answering_a_letters_call_carries_it_out(extractor: Extractor) -> None:
    """"Chủ tịch UBND tỉnh vừa ban hành văn bản số 23333/UBND-VHXH … chỉ đạo triển khai Chương trình "Tết Nhân ái" …,
    hưởng ứng Công văn số 794/TƯHCTĐ-CTXH … của Trung ương Hội Chữ thập đỏ" (heldout20 h20-28): here a district's letter
    on blood donation answering a provincial union's plan, and a closing phrase after it."""
    text = (
        "Yên Lạc triển khai Hành trình đỏ năm 2025\n"
        "\n"
        "Chủ tịch UBND huyện vừa ban hành văn bản số 512/UBND-VX ngày 06/01/2025 chỉ đạo triển khai Chương trình "
        "“Hành trình đỏ” năm 2025, hưởng ứng Kế hoạch số 12/KH-HCTĐ ngày 03/01/2025 của Hội Chữ thập đỏ tỉnh, với "
        "tinh thần “Mỗi giọt máu cho đi”.\n"
        "\n"
        "Theo đó, mỗi xã vận động ít nhất 50 đơn vị máu.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "512/UBND-VX"
    assert relations(extraction) == {"12/KH-HCTĐ": IMPLEMENTS}


def test_answering_a_campaign_named_in_a_letter_leaves_the_cue_before_it(extractor: Extractor) -> None:
    """The mirror: "hưởng ứng Tuần lễ Quốc gia … tại Công văn số …" answers a campaign, not the letter: it governs nothing,
    and the sentence's report ("đã tổ chức", no cue) leaves the letter a mention."""
    text = (
        "Năm 2024, các trường đã tổ chức nhiều hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam theo hướng dẫn "
        "tại Công văn số 1250/SGDĐT-GDTrH ngày 05/4/2024 của Sở Giáo dục và Đào tạo.\n"
    )
    assert relations(extractor(text)) == {"1250/SGDĐT-GDTrH": MENTIONS}


# ----------------------------------------------------------------- a script's variable above the title


def test_a_scripts_variable_above_the_title_is_chrome(extractor: Extractor) -> None:
    """"intTypePromotion=1⏎⏎Nghị định 63/2001/NĐ-CP của Chính phủ⏎⏎Chia sẻ: …" (heldout20 h20-23, a document-sharing
    page): a script's variable leaked onto the first line hides the title below it; here "pageId=4471" above a
    circular's title on a library page."""
    text = (
        "pageId=4471\n"
        "Thông tư 12/2023/TT-BYT hướng dẫn khám sức khỏe\n"
        "Lượt tải: 213 | Định dạng: PDF\n"
        "Thông tư này hướng dẫn khám sức khỏe định kỳ cho người lao động.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "12/2023/TT-BYT"
    assert relations(extraction) == {}


def test_an_equals_sign_inside_a_sentence_is_no_chrome(extractor: Extractor) -> None:
    """The mirror: "Hệ số K=1,2 áp dụng theo Quyết định số …" opens with a sentence, not a variable alone on its line:
    the decision it names is cited, not the page's own."""
    text = "Hệ số K=1,2 áp dụng theo Quyết định số 45/QĐ-UBND ngày 12/3/2024 của UBND tỉnh cho năm 2024.\n"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"45/QĐ-UBND": MENTIONS}


# ----------------------------------------------------------------- "Về việc" as a report's item


def test_a_reports_item_opening_with_ve_viec_is_no_subject_line(extractor: Extractor) -> None:
    """"1.1. Công tác chỉ đạo …:⏎- Về việc bổ sung huyện nghèo …: Thủ tướng Chính phủ có ý kiến chỉ đạo đồng ý huyện …
    (Công văn số 293/TTg-ĐP …)" (heldout20 h20-32): an item of a report's section, not the page's "V/v" subject line whose
    citations the page carries out; the letter in brackets is the source of what the report retells.  Here a
    province's report with "+" items."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "Số: 88/BC-UBND\n"
        "BÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2023\n"
        "\n"
        "Năm 2023, UBND tỉnh báo cáo kết quả như sau:\n"
        "\n"
        "1. Công tác chỉ đạo, điều hành\n"
        "\n"
        "+ Về việc công nhận xã đạt chuẩn: UBND tỉnh đã công nhận 12 xã (Quyết định số 1520/QĐ-UBND ngày 05/7/2023 "
        "của UBND tỉnh) đạt chuẩn nông thôn mới.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"1520/QĐ-UBND": MENTIONS}


def test_a_letters_subject_line_still_carries_out_what_it_names(extractor: Extractor) -> None:
    """The mirror: a header's "V/v triển khai Quyết định số …" without a list marker is the letter's subject line."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "Số: 2150/UBND-KT\n"
        "V/v triển khai Quyết định số 1520/QĐ-UBND ngày 05/7/2023 của UBND tỉnh\n"
        "Kính gửi: Các sở, ban, ngành cấp tỉnh\n"
    )
    assert relations(extractor(text, find_own=True)) == {"1520/QĐ-UBND": IMPLEMENTS}
