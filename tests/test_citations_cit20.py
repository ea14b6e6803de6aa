"""Twentieth session (README, "twentieth session"): kinds counted on every spent set, each test on a page written here in
another layout than the spent pages that showed it; run on the fast extractor and its plain reference.
"""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- "theo chỉ đạo/yêu cầu của <owner> tại …" is a "theo"


def test_a_request_to_follow_an_owned_direction_mentions_every_item(extractor: Extractor) -> None:
    """The owner between "theo chỉ đạo" and "tại" changes nothing: after a directive verb the documents are what the
    addressees are asked to follow (the sixth session's rule), each item of the list after its own owner too."""
    text = (
        "Sở Y tế đề nghị Giám đốc các bệnh viện, Trung tâm Y tế các huyện khẩn trương triển khai các biện pháp phòng "
        "bệnh sốt xuất huyết theo hướng dẫn của Bộ Y tế tại Công văn số 1234/BYT-DP ngày 02/5/2024 và Công văn số "
        "1301/BYT-DP ngày 09/5/2024; chỉ đạo của UBND tỉnh tại Chỉ thị số 05/CT-UBND ngày 10/5/2024 và của Sở Y tế tại "
        "Kế hoạch số 77/KH-SYT ngày 12/5/2024.\n"
    )
    assert relations(extractor(text)) == {
        "1234/BYT-DP": MENTIONS, "1301/BYT-DP": MENTIONS, "05/CT-UBND": MENTIONS, "77/KH-SYT": MENTIONS,
    }


def test_an_addressee_clause_following_an_owned_direction_mentions_it(extractor: Extractor) -> None:
    text = (
        "Các trường mầm non, tiểu học trên địa bàn quận theo chức năng, nhiệm vụ chủ động tổ chức thực hiện các nội "
        "dung phòng, chống dịch theo yêu cầu của Bộ Giáo dục và Đào tạo tại Công văn số 4858/BGDĐT-GDTC ngày "
        "29/8/2024.\n"
    )
    assert relations(extractor(text)) == {"4858/BGDĐT-GDTC": MENTIONS}


def test_an_owned_direction_in_the_documents_own_purpose_or_action_implements(extractor: Extractor) -> None:
    """The mirror: "Để …" and a cue heading the clause keep the only exception the "theo" rule has."""
    purpose = (
        "Để triển khai kịp thời các biện pháp theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 601/CĐ-TTg ngày "
        "21/5/2020, UBND huyện ban hành Kế hoạch ứng phó hạn hán như sau:\n"
    )
    assert relations(extractor(purpose)) == {"601/CĐ-TTg": IMPLEMENTS}
    own_action = (
        "Theo đó, thực hiện nghiêm các biện pháp giãn cách theo chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số "
        "09/CT-UBND ngày 31/3/2020.\n"
    )
    assert relations(extractor(own_action)) == {"09/CT-UBND": IMPLEMENTS}


def test_a_later_item_after_another_sentence_does_not_share_the_theo(extractor: Extractor) -> None:
    """The shared "theo" stops at a sentence's end: a new sentence's owned item is read on its own."""
    text = (
        "UBND huyện yêu cầu các xã thực hiện các biện pháp theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND ngày "
        "09/01/2020. Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2020 của UBND tỉnh, UBND huyện đã tổ chức ra quân.\n"
    )
    assert relations(extractor(text)) == {"02/CT-UBND": MENTIONS, "15/KH-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- a spam copy's mathematical letters


def test_mathematical_letters_are_read_as_the_letters_they_style(extractor: Extractor) -> None:
    """"C𝚑ỉ 𝚝𝚑ị số 35 𝚌ủ𝚊 T𝚑ủ 𝚝ướ𝚗𝚐" (heldout17 h17-43, a news lead): here a plan's opening, bases and own number."""
    text = (
        "𝚄Ỷ 𝙱𝙰𝙽 𝙽𝙷Â𝙽 𝙳Â𝙽 𝚇Ã 𝙰𝙽 𝙷Ò𝙰\nSố: 𝟷𝟸/KH-UBND\n\n"
        "T𝚑ự𝚌 𝚑𝚒ệ𝚗 C𝚑ỉ 𝚝𝚑ị số 𝟶𝟻/CT-UBND 𝚗𝚐à𝚢 𝟷𝟶/𝟶𝟷/𝟸𝟶𝟸𝟺 𝚌ủ𝚊 UBND 𝚑𝚞𝚢ệ𝚗; 𝚝𝚑𝚎𝚘 đề 𝚗𝚐𝚑ị 𝚌ủ𝚊 C𝚘𝚗𝚐 𝚊𝚗 xã 𝚝ạ𝚒 "
        "Tờ 𝚝𝚛ì𝚗𝚑 số 𝟶𝟹/TTr-CA, UBND xã 𝚋𝚊𝚗 𝚑à𝚗𝚑 𝙺ế 𝚑𝚘ạ𝚌𝚑 𝚗𝚑ư 𝚜𝚊𝚞:\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "12/KH-UBND"
    assert relations(extraction) == {"05/CT-UBND": IMPLEMENTS, "03/TTr-CA": MENTIONS}


def test_a_lead_in_mathematical_letters_names_the_pages_own_bare_number(extractor: Extractor) -> None:
    text = (
        "Bắn pháo hoa dịp Tết\n\n"
        "T𝚑ủ 𝚝ướ𝚗𝚐 C𝚑í𝚗𝚑 𝚙𝚑ủ vừ𝚊 𝚔ý 𝚋𝚊𝚗 𝚑à𝚗𝚑 C𝚑ỉ 𝚝𝚑ị số 21 về 𝚝ổ 𝚌𝚑ứ𝚌 Tết 𝚊𝚗 𝚝𝚘à𝚗.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("21", "Chỉ thị")
    assert extraction.citations == ()


# ----------------------------------------------------------------- own numbers: a code title, a "vừa có" lead


def test_a_title_naming_its_document_by_the_type_code_gives_the_own_number(extractor: Extractor) -> None:
    """"NĐ 99/2015/NĐ-CP chi tiết Luật …" (heldout17 h17-23): here a decision's database title, stored date before it."""
    text = (
        " date 2024-03 QĐ 1234/QĐ-UBND phê duyệt Kế hoạch thực hiện Chỉ thị 05-CT/TW năm 2024\n\n"
        "Ngày 12/3/2024, UBND tỉnh ban hành quyết định phê duyệt kế hoạch.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None
    assert (extraction.own.number, extraction.own.type) == ("1234/QĐ-UBND", "Quyết định")
    assert relations(extraction) == {"05-CT/TW": IMPLEMENTS}


def test_a_code_that_is_not_the_numbers_type_or_a_line_further_down_is_no_title(extractor: Extractor) -> None:
    """The mirrors: "NQ" before a decision's number is no code of its type; a later line's "TT 33/2015/TT-BYT" is cited."""
    other_code = "NQ 1234/QĐ-UBND phê duyệt kế hoạch năm 2024\n"
    assert extractor(other_code, find_own=True).own is None
    later = (
        "Tuyên truyền phòng chống dịch tại xã\n\nTrạm y tế xã thực hiện tư vấn theo quy định\n"
        "TT 33/2015/TT-BYT hướng dẫn chức năng, nhiệm vụ của trạm y tế xã.\n"
    )
    extraction = extractor(later, find_own=True)
    assert extraction.own is None
    assert [c.number for c in extraction.citations] == ["33/2015/TT-BYT"]


def test_a_lead_that_just_has_a_typed_bare_number_gives_it(extractor: Extractor) -> None:
    """"UBND tỉnh … vừa có Tờ trình 4570 gửi Thủ tướng" (heldout17 h17-36): the lead's own "vừa có" says the document
    was just issued, as "vừa" before "ký"/"ban hành" did; without "vừa" a bare number stays unread."""
    just = "Kiến nghị về phát triển dược liệu\n\nNgày 3/4, Sở Y tế cho biết UBND tỉnh vừa có Công văn 812 gửi Bộ Y tế đề xuất cơ chế.\n"
    extraction = extractor(just, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("812", "Công văn")
    earlier = "Kiến nghị về phát triển dược liệu\n\nNgày 3/4, Sở Y tế cho biết UBND tỉnh đã có Công văn 812 gửi Bộ Y tế đề xuất cơ chế.\n"
    assert extractor(earlier, find_own=True).own is None


def test_a_numbered_list_of_the_documents_properties_gives_its_number(extractor: Extractor) -> None:
    """"3. Số hiệu: số 04/2021/NQ-HĐND" (heldout17 h17-30, a company page): here a blog's dashed list."""
    text = (
        "Quy định mới về phí thu gom rác tại Đà Lạt\n\n"
        "- Tên văn bản: Quyết định quy định giá dịch vụ thu gom rác\n"
        "- Số hiệu văn bản: số 15/2024/QĐ-UBND\n"
        "- Nơi ban hành: UBND tỉnh Lâm Đồng\n\n"
        "Mức giá áp dụng theo quy định tại Nghị định số 45/2022/NĐ-CP của Chính phủ.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "15/2024/QĐ-UBND"
    assert relations(extraction) == {"45/2022/NĐ-CP": MENTIONS}
    colon = extractor(text.replace("số 15/2024", "số: 15/2024"), find_own=True)  # robustness so-colon
    assert colon.own is not None and colon.own.number == "15/2024/QĐ-UBND"


# ----------------------------------------------------------------- a title in capitals ends at a line in sentence case


def test_a_consolidated_texts_record_of_its_laws_is_no_word_of_its_title(extractor: Extractor) -> None:
    """"LUẬT⏎PHÒNG, CHỐNG THIÊN TAI⏎Luật … số 33/2013/QH13 …, được sửa đổi, bổ sung bởi: …" with no blank line between
    (heldout17 h17-14; heldout13 h13-36 had blank lines): here a decree's consolidated text."""
    text = (
        "BỘ TÀI CHÍNH\nSố: 12/VBHN-BTC\nHà Nội, ngày 3 tháng 5 năm 2024\nNGHỊ ĐỊNH\nVỀ HÓA ĐƠN, CHỨNG TỪ\n"
        "Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ, có hiệu lực "
        "kể từ ngày 01 tháng 7 năm 2022, được sửa đổi, bổ sung bởi:\n"
        "Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
        "123/2020/NĐ-CP, có hiệu lực kể từ ngày 01 tháng 6 năm 2025.\n"
        "Căn cứ Luật Quản lý thuế số 38/2019/QH14;\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "12/VBHN-BTC"
    assert relations(extraction) == {"123/2020/NĐ-CP": MENTIONS, "70/2025/NĐ-CP": MENTIONS, "38/2019/QH14": IMPLEMENTS}


def test_a_title_in_sentence_case_still_runs_to_its_paragraphs_end(extractor: Extractor) -> None:
    """The mirror: a title whose lines are in sentence case keeps its whole paragraph, its cited document implemented."""
    text = (
        "UBND XÃ AN BÌNH\nSố: 21/KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 05-CT/TU\n"
        "ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 80/KH-UBND của UBND huyện\n\nI. MỤC ĐÍCH\n"
    )
    extraction = extractor(text, find_own=True)
    assert relations(extraction) == {"05-CT/TU": IMPLEMENTS, "80/KH-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- a letter's urgency between its type word and "số"


def test_an_urgent_telegrams_cut_number_is_read_after_its_urgency(extractor: Extractor) -> None:
    """"Công điện hỏa tốc số 601/2020" (heldout17 h17-46) is anchored by its type word as "Công điện số 601/2020" is
    ("Công văn hỏa tốc" already was); here in the old tone placement and a bare "Công văn khẩn số" in a report."""
    text = (
        "Trước đó, Bộ Nông nghiệp có Công điện hoả tốc số 12/2024 yêu cầu các tỉnh ứng phó rét đậm. UBND huyện đã "
        "gửi Công văn khẩn số 5995 đến các xã.\n"
    )
    assert relations(extractor(text)) == {"12/2024": MENTIONS, "5995": MENTIONS}


# ----------------------------------------------------------------- an unnumbered lead numbered in the next paragraph


def test_the_paragraph_after_an_unnumbered_lead_numbers_its_document(extractor: Extractor) -> None:
    """heldout10 x48 ("… đã ký công văn yêu cầu …⏎Theo đó, công văn do ông … ký (số 2638) …") and heldout15 h15-57 ("…
    đã ban hành văn bản gửi …⏎Theo Văn bản số 277/LĐLSVN, … của LĐLSVN đề nghị …"): here a Sở's plan under a headline."""
    text = (
        "Đắk Lắk tăng cường phòng chống sốt xuất huyết\n\n"
        "Sở Y tế tỉnh Đắk Lắk vừa ban hành kế hoạch phòng, chống sốt xuất huyết năm 2024 trên địa bàn tỉnh.\n\n"
        "Theo Kế hoạch số 155/KH-SYT của Sở Y tế, các Trung tâm Y tế tổ chức giám sát ca bệnh theo Quyết định số "
        "3711/QĐ-BYT của Bộ Y tế.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("155/KH-SYT", "Kế hoạch")
    assert "155/KH-SYT" not in relations(extraction)


def test_another_bodys_document_or_another_type_in_the_next_paragraph_is_no_own_number(extractor: Extractor) -> None:
    """The mirrors: the next paragraph retells another body's letter ("của Bộ Y tế", not the lead's subject), or a
    document of another type than the one the lead presented."""
    another_body = (
        "UBND tỉnh vừa có công văn chỉ đạo phòng, chống dịch sốt xuất huyết.\n\n"
        "Theo Công văn số 1234/BYT-DP của Bộ Y tế, các tỉnh phải giám sát chặt ca bệnh.\n"
    )
    assert extractor(another_body, find_own=True).own is None
    another_type = (
        "UBND tỉnh vừa ban hành kế hoạch phòng, chống dịch sốt xuất huyết.\n\n"
        "Theo Quyết định số 3711/QĐ-BYT, các tỉnh phải giám sát chặt ca bệnh.\n"
    )
    assert extractor(another_type, find_own=True).own is None


def test_a_repeated_lead_line_is_read_once(extractor: Extractor) -> None:
    """The robustness dressing title-twice on x48: the page repeats its lead line; the next paragraph still follows it."""
    lead = "Sáng 3/4, Chủ tịch UBND tỉnh đã ký công văn yêu cầu xử lý nghiêm khai thác cát trái phép.\n"
    text = lead + "\n" + lead + "\nTheo đó, công văn do ông Chủ tịch ký (số 1520) yêu cầu các sở rà soát.\n"
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("1520", "Công văn")


# ----------------------------------------------------------------- a hard-wrapped lead (robustness wrap-60/75/90)


def test_a_wrapped_line_opening_in_lower_case_continues_its_paragraph(extractor: Extractor) -> None:
    """"… chỉ đạo. Trước đó, Thủ tướng Chính⏎phủ có Công điện hỏa tốc số …": the wrapped line is no paragraph's start, so
    the telegram told in the paragraph's later sentence is no lead (heldout17 h17-46 wrapped at 60 or 75 columns)."""
    text = (
        "Tỉnh triển khai ứng phó hạn hán\n\n"
        "UBND tỉnh giao Sở Nông nghiệp theo dõi, tổng hợp và báo cáo kết quả thực hiện. Trước đó, Thủ tướng Chính\n"
        "phủ có Công điện số 601/CĐ-TTg nêu rõ yêu cầu ứng phó hạn hán.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is None
    assert relations(extraction) == {"601/CĐ-TTg": MENTIONS}


def test_a_wrapped_lead_after_its_reason_still_names_the_own_number(extractor: Extractor) -> None:
    """The mirror: "Hưởng ứng … năm⏎2022 với chủ đề⏎“Chung tay …” … triển khai. Ngày 05/5, UBND huyện đã ban⏎hành Kế hoạch
    số …": the paragraph starts at its reason, above the wrapped lines, and the lead keeps its number."""
    text = (
        "Kế hoạch Tháng hành động vì người cao tuổi năm 2022\n\n"
        "Hưởng ứng Tháng hành động vì người cao tuổi Việt Nam năm\n2022 với chủ đề\n“Chung tay chăm sóc người cao tuổi” do "
        "Ủy ban Quốc gia triển khai. Ngày 05/5/2022, UBND huyện đã ban\nhành Kế hoạch số 151/KH-UBND để triển khai thực hiện.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "151/KH-UBND"


# ----------------------------------------------------------------- "số" and its number parted by a line break


def test_a_title_whose_number_is_wrapped_after_so_gives_it(extractor: Extractor) -> None:
    """Robustness cue-split ("số⏎N" for "số N"): the title rule and its guards read the number on the next line, as the
    header's "Số:⏎N" and the lead's "số⏎N" already were (18 own numbers lost, 17 pages citing themselves -> 2, 1)."""
    text = (
        "Quyết định số\n105/2009/QĐ-TTg ban hành Quy chế quản lý cụm công nghiệp\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Nghị định số\n108/2006/NĐ-CP ngày 22/9/2006;\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "105/2009/QĐ-TTg"
    assert relations(extraction) == {"108/2006/NĐ-CP": IMPLEMENTS}


def test_a_record_line_whose_number_is_wrapped_after_so_gives_it(extractor: Extractor) -> None:
    """The record line under the title (heldout13 h13-10's kind) with "Công văn số⏎N": its subject is read on the number's
    line."""
    text = (
        "Về việc tăng cường phòng cháy rừng trong mùa khô năm 2024\n\nCông văn số\n812/SNN-CCKL ngày 02/3/2024 của Sở Nông "
        "nghiệp và PTNT Về việc tăng cường phòng cháy rừng trong mùa khô năm 2024.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "812/SNN-CCKL"


def test_a_count_after_a_type_word_is_no_bare_own_number(extractor: Extractor) -> None:
    """The mirror of "vừa có Tờ trình 4570 gửi …": "vừa có Kế hoạch 5 năm …", "vừa ký Quyết định 2025 …" count or date."""
    for lead in ("vừa có Kế hoạch 5 năm phát triển du lịch", "vừa ký Quyết định 2025 về du lịch", "vừa có văn bản 2 lần"):
        assert extractor(f"Tin mới\n\nNgày 3/4, UBND tỉnh {lead}.\n", find_own=True).own is None, lead


# ----------------------------------------------------------------- a photo's caption ends its paragraph


def test_a_photo_caption_ends_its_paragraph_without_a_blank_line(extractor: Extractor) -> None:
    """Robustness no-blank-lines on heldout10 x41 ("Ảnh minh họa (Nguồn baolangson.vn)⏎Các sở, ban, ngành … triển khai
    thực hiện … tại Công văn số …"): the caption is chrome, the addressees' clause opens the next line as after a blank."""
    text = (
        "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo về phòng, chống dịch (Công văn số 812/VP-KGVX ngày 8/6/2024).\n"
        "(Ảnh: Cán bộ y tế phun thuốc tại xã An Bình)\n"
        "Các sở, ban, ngành, UBND các huyện theo chức năng, nhiệm vụ triển khai thực hiện các nội dung chỉ đạo của Bộ Y tế "
        "tại Công văn số 1234/BYT-DP ngày 30/5/2024.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "812/VP-KGVX"
    assert relations(extraction) == {"1234/BYT-DP": IMPLEMENTS}
