"""Twenty-fourth session (README, "twenty-fourth session"): kinds of heldout22's first-contact errors with members on
more than one page or set, each test on a page written here in another layout than the pages that showed the kind; run
on the fast extractor and its plain reference.  Each positive test failed on the session's start code (7f0db8d); each
mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- a lead after the situation that called for it


def test_a_purpose_led_lead_after_the_situation_names_the_own_number(extractor: Extractor) -> None:
    """"Ngày 05/9/2024, bão số 3 đã mạnh lên thành siêu bão. Dự báo … . Để tập trung ứng phó …, Chủ tịch UBND tỉnh ban
    hành Công điện số 09/CĐ-UBND …, như sau:" (heldout22 h22-30): here a district's flood telegram whose lead opens with
    "Nhằm" after two sentences on the rain, and its items below."""
    text = (
        "Thời gian qua, mưa lớn kéo dài trên địa bàn huyện, nhiều tuyến đường bị ngập sâu. Mực nước các sông đang lên "
        "nhanh. Nhằm chủ động ứng phó với lũ, ngày 12/10, Chủ tịch UBND huyện Quế Sơn đã ký Công điện số 03/CĐ-UBND yêu "
        "cầu các xã thực hiện các biện pháp sau:\n1. Sơ tán dân ra khỏi vùng nguy hiểm.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "03/CĐ-UBND"
    assert relations(extraction) == {}


def test_an_english_purpose_led_lead_after_the_situation_names_the_own_number(extractor: Extractor) -> None:
    """The English copy's (heldout22 h22-29: "On the night of September 6, storm No. 3 entered … . To ensure the safety
    …, Prime Minister … signed Official Dispatch No. 88/CD-TTg …"): here one paragraph, "In order to"."""
    text = (
        "Heavy rain has hit the central provinces for a week and rivers are rising fast. In order to minimise damage, "
        "the Minister of Agriculture signed Official Dispatch No. 12/CD-BNN on October 3 requesting provinces to "
        "inspect their dams.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "12/CD-BNN"


def test_a_sentence_naming_a_document_before_the_purpose_is_no_situation(extractor: Extractor) -> None:
    """The mirror: a sentence before the lead that names a numbered document is the article's narrative of it (a meeting
    that studied a directive), so the plan issued after "Để …" is reported, not presented."""
    text = (
        "Hội nghị đã quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. Để cụ thể hóa, Huyện ủy ban hành Kế hoạch số "
        "12-KH/HU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


def test_a_purpose_led_lead_followed_by_a_look_back_is_no_own_number(extractor: Extractor) -> None:
    """The mirror: the paragraph goes on after the lead's sentence ("Qua 3 năm thực hiện, …"): a story of an earlier
    plan, not the page's document."""
    text = (
        "Năm 2020, dịch bệnh bùng phát trên địa bàn, hàng trăm hộ chăn nuôi bị thiệt hại nặng. Tỉnh đã kịp thời khoanh "
        "vùng dập dịch. Để phòng dịch, năm 2021 UBND tỉnh đã ban hành Kế hoạch số 40/KH-UBND. Qua 3 năm thực hiện, kế "
        "hoạch đạt kết quả tốt.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


# ----------------------------------------------------------------- a directive verb before its addressees


def test_a_letter_asking_its_addressees_hands_the_document_down(extractor: Extractor) -> None:
    """"Sở Công Thương vừa có văn bản đề nghị UBND các huyện, thị xã, thành phố triển khai thực hiện Quyết định số …"
    (heldout22 h22-01; heldout18 h18-19's "vừa có văn bản đề nghị các sở, ngành … tiếp tục triển khai thực hiện nghiêm Chỉ
    thị số 02/2020" was read so): "văn bản" before the verb is the letter asking, not a direction received.  Here a dated
    district lead with "chủ động" before the cue."""
    text = (
        "Ngày 3/4, UBND huyện Tiên Phước có văn bản đề nghị UBND các xã, thị trấn chủ động triển khai thực hiện Kế hoạch "
        "số 45/KH-UBND ngày 20/3/2024 của UBND tỉnh về phòng, chống hạn hán.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"45/KH-UBND": IMPLEMENTS}


def test_de_nghi_right_before_its_addressees_is_the_directive_verb(extractor: Extractor) -> None:
    """"đề nghị" is a blocker (a request received: "theo đề nghị của …", "Tờ trình đề nghị …") unless its addressees
    follow it at once ("đề nghị các xã triển khai thực hiện …"), when it asks as "yêu cầu" does."""
    text = "UBND huyện đề nghị các xã triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2024 của UBND tỉnh về phòng, chống hạn hán.\n"
    assert relations(extractor(text)) == {"45/KH-UBND": IMPLEMENTS}


def test_a_proposal_to_one_body_is_still_no_directive(extractor: Extractor) -> None:
    """The mirror: a department's proposal to the province ("Tờ trình đề nghị UBND tỉnh …": no "các" body after the verb)
    hands nothing down."""
    text = "Sở Tài chính có Tờ trình đề nghị UBND tỉnh thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2024.\n"
    assert relations(extractor(text)) == {"45/KH-UBND": MENTIONS}


def test_chi_dao_to_chuc_under_a_directive_introduction_hands_the_document_down(extractor: Extractor) -> None:
    """"yêu cầu … thực hiện tốt một số nội dung:⏎Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong Chỉ thị
    số 25-CT/TW …" (heldout22 h22-40): "tổ chức" between "chỉ đạo" and the cue, as the Party's texts write it.  Here a
    commune's dashed task list."""
    text = (
        "UBND xã yêu cầu các thôn, các ban ngành đoàn thể thực hiện các nhiệm vụ sau:\n"
        "- Chỉ đạo tổ chức thực hiện Kế hoạch số 30/KH-UBND ngày 02/3/2024 của UBND huyện về phòng chống dịch;\n"
        "- Báo cáo kết quả trước ngày 30/6.\n"
    )
    assert relations(extractor(text)) == {"30/KH-UBND": IMPLEMENTS}


def test_a_direction_received_stays_a_mention(extractor: Extractor) -> None:
    """The mirror: "ý kiến chỉ đạo tổ chức thực hiện …" is a direction the commune received, no directive of its own."""
    text = "UBND xã đã nhận được ý kiến chỉ đạo tổ chức thực hiện Kế hoạch số 30/KH-UBND của UBND huyện về phòng chống dịch.\n"
    assert relations(extractor(text)) == {"30/KH-UBND": MENTIONS}


# ----------------------------------------------------------------- a lead's type word qualified by what it does


def test_a_directive_letter_named_by_its_purpose_in_a_lead_is_the_own_number(extractor: Extractor) -> None:
    """"Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu …" (heldout22 h22-40, seen on that page only):
    "chỉ đạo" between the type word and "số", as "khẩn" may stand.  Here a district Party letter with its date first."""
    text = (
        "Ngày 4/3, Huyện ủy Tuy Phước đã có công văn chỉ đạo số 215-CV/HU gửi các chi bộ, đảng bộ cơ sở về việc tổ chức "
        "Tết Nguyên đán.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "215-CV/HU"
    assert relations(extraction) == {}


def test_a_directive_letter_named_in_a_task_is_still_cited(extractor: Extractor) -> None:
    """The mirror: no lead verb before it ("thực hiện văn bản chỉ đạo số …"): a citation, not the page's own."""
    text = "Cán bộ thực hiện văn bản chỉ đạo số 215-CV/HU của Huyện ủy.\n"
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"215-CV/HU": IMPLEMENTS}


# ----------------------------------------------------------------- the rule's heading names the header's decision


def test_an_attached_rules_heading_spelling_the_own_number_otherwise_is_the_own_document(extractor: Extractor) -> None:
    """"Số: 1593/QĐ-ĐT" in the header and "(Ban hành kèm theo Quyết định Số: 1593/ QĐ-ĐầU TƯ …)" over the rule it issues
    (heldout22 h22-10: a portal's spelling): the heading names the decision the page is, an alias of its own number, as a
    portal's title spelling it otherwise is.  Here a province's decision whose heading cuts "UBND" to "UB"."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 25/2019/QĐ-UBND | Long An, ngày 3 tháng 6 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy định quản lý chợ\n"
        "Căn cứ Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ.\nQUY ĐỊNH\nQuản lý chợ trên địa bàn tỉnh\n"
        "(Ban hành kèm theo Quyết định số 25/2019/QĐ-UB ngày 3/6/2019 của UBND tỉnh)\nĐiều 1. Phạm vi điều chỉnh.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "25/2019/QĐ-UBND"
    assert relations(extraction) == {"02/2003/NĐ-CP": IMPLEMENTS}


def test_an_attached_heading_naming_another_document_is_still_cited(extractor: Extractor) -> None:
    """The mirror: a district plan ("Số: 25/KH-UBND") whose appendix names the province's decision 25/2019/QĐ-UBND, the
    same serial but another type and year: a citation."""
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 25/KH-UBND | ngày 3 tháng 6 năm 2019\nKẾ HOẠCH\n"
        "Thực hiện Quyết định số 25/2019/QĐ-UBND ngày 3/6/2019 của UBND tỉnh, UBND huyện ban hành kế hoạch như sau:\n"
        "PHỤ LỤC\n(Ban hành kèm theo Quyết định số 25/2019/QĐ-UBND ngày 3/6/2019 của UBND tỉnh)\n1. Danh mục chợ.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "25/KH-UBND"
    assert relations(extraction) == {"25/2019/QĐ-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- dotted parts of a number


def test_a_dotted_serial_and_a_dotted_term_code_are_read_whole(extractor: Extractor) -> None:
    """"Nghị quyết số 66.12/2026/NQ-CP" (heldout22 h22-31: read as 12/2026/NQ-CP, the own number lost) and
    "97/2007/NQ.HĐND.K7" (h22-35: the term "K7" cut; heldout12 z10's "20/CD. CT UBND" is the same old dotted form):
    here a decision's bases, one of the Government's 2025 series and an older council's resolution of term VIII."""
    text = (
        "Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ về xử lý vướng mắc;\n"
        "Căn cứ Nghị quyết số 45/2008/NQ.HĐND.K8 ngày 10/12/2008 của Hội đồng nhân dân tỉnh;\n"
    )
    assert relations(extractor(text)) == {"66.7/2025/NQ-CP": IMPLEMENTS, "45/2008/NQ.HĐND.K8": IMPLEMENTS}


def test_a_score_and_a_glued_sentence_stay_outside_numbers(extractor: Extractor) -> None:
    """The mirror: "7.5/10 điểm" is a score (no code after its "/"), and "12/KH-UBND.Tham dự" a sentence glued to the
    number (a word, no code, after the dot)."""
    text = "Năm học 2023, trường đạt 7.5/10 điểm thi đua theo Kế hoạch số 12/KH-UBND.Tham dự có đại diện phụ huynh.\n"
    assert relations(extractor(text)) == {"12/KH-UBND": MENTIONS}


# ----------------------------------------------------------------- a lead followed up by a later document


def test_a_lead_turned_away_from_by_tuy_nhien_is_an_earlier_step(extractor: Extractor) -> None:
    """"Ngày 26/5/2021, Ban Trị sự … có thông báo số 26/TB-BTST, về việc …. Tuy nhiên, trước tình hình … . Ban Trị sự …
    thông báo … như sau:" (heldout22 h22-41; the kind of heldout5 k37's "Tiếp theo công điện số …" and tuning4's reminder
    letters): the page is the later text, the lead's document the one it follows up.  Here a commune's plan changed."""
    text = (
        "Ngày 10/3, UBND xã Tân Hòa ban hành Kế hoạch số 15/KH-UBND về tổ chức giải bóng đá thanh niên. Tuy nhiên, do "
        "thời tiết không thuận lợi, UBND xã điều chỉnh thời gian tổ chức như sau:\n1. Vòng loại từ ngày 20/3.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"15/KH-UBND": MENTIONS}


def test_a_lead_whose_paragraph_goes_on_with_tuy_nhien_still_presents_its_document(extractor: Extractor) -> None:
    """The mirror: "Tuy nhiên" telling of the situation, the paragraph closing on no text to follow: the lead's plan is
    still the page's."""
    text = (
        "Ngày 10/3, UBND xã Tân Hòa ban hành Kế hoạch số 15/KH-UBND về phòng, chống dịch sốt xuất huyết. Tuy nhiên, nhiều "
        "hộ dân vẫn chưa chủ động phát quang bụi rậm.\nKế hoạch yêu cầu các thôn ra quân vệ sinh môi trường.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "15/KH-UBND"


# ----------------------------------------------------------------- English copies: header cell and newsletter item


def test_an_english_header_cell_with_its_place_and_date_is_the_own_number(extractor: Extractor) -> None:
    """"No. 105/2020/ND-CP | | Hanoi, September 8, 2020 |" and "No. 26/CT-TTg Hanoi, June 6, 2017" (heldout23 h23-45,
    h23-46: missed, then cited; English copies on every unseen set since heldout17): here a province's decision laid out
    in two columns, the day with its "rd"."""
    text = (
        "PEOPLE'S COMMITTEE OF LONG AN PROVINCE | SOCIALIST REPUBLIC OF VIETNAM\n"
        "-------- | Independence - Freedom - Happiness\nNo. 25/2019/QD-UBND | Long An, June 3rd, 2019\nDECISION\n"
        "On market management\nPursuant to Decree No. 02/2003/ND-CP dated January 14, 2003 of the Government;\n"
        "HEREBY DECIDES:\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "25/2019/QD-UBND"
    assert relations(extraction) == {"02/2003/ND-CP": IMPLEMENTS}


def test_numbered_lines_without_a_place_and_date_are_no_header(extractor: Extractor) -> None:
    """The mirror: "No. …" lines of a list ("dated June 3, 2019 of …", no place before the date) cite documents."""
    text = (
        "Documents cited:\nNo. 25/2019/QD-UBND dated June 3, 2019 of the People's Committee of Long An\n"
        "No. 30/2019/QD-UBND dated July 3, 2019 of the People's Committee of Long An\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert set(relations(extraction)) == {"25/2019/QD-UBND", "30/2019/QD-UBND"}


def test_a_newsletters_one_item_named_back_is_the_own_number(extractor: Extractor) -> None:
    """"Circular No. 39/2018/TT-BTC dated April 20th, 2018 of the Ministry of Finance on amendments to Circular No.
    38/2015/TT-BTC …⏎⏎This Circular is to amend …" (heldout23 h23-42; dev27 d27-24 and d27-26's "Dispatch No. …", "Official
    letter No. …" over "The document is to …"): the item the page presents; the circular it amends is a mention
    ("amendments to", as "sửa đổi, bổ sung").  Here a legal update on a decree."""
    text = (
        "Legal Update\n\nLabour\n\nDecree No. 12/2022/ND-CP dated January 17, 2022 of the Government on amendments to "
        "Decree No. 28/2020/ND-CP on administrative penalties for labour violations\n\n"
        "This Decree takes effect on the date of signing.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "12/2022/ND-CP"
    assert relations(extraction) == {"28/2020/ND-CP": MENTIONS}


def test_a_newsletter_of_two_items_has_no_own_number(extractor: Extractor) -> None:
    """The mirror: two items, the one named back is not told apart: no own number."""
    text = (
        "Legal Update\n\nDecree No. 12/2022/ND-CP dated January 17, 2022 of the Government on labour violations\n\n"
        "Decree No. 15/2022/ND-CP dated January 28, 2022 of the Government on tax exemptions\n\n"
        "This Decree takes effect on the date of signing.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


# ----------------------------------------------------------------- an unnumbered document presented before the lead


def test_an_unnumbered_word_after_the_numbered_lead_presents_nothing(extractor: Extractor) -> None:
    """"Ngày 05/11/2019 Bộ Nội vụ đã ban hành Công văn số 5378/BNV-CVVC về việc tuyển dụng … giáo viên đã có hợp đồng
    lao động …" (heldout23 h23-24: own missed, then cited): "đã có hợp đồng" in the number's description was read as an
    unnumbered document the page presents, of another type.  Only what stands before the lead presents."""
    text = (
        "Ngày 12/3/2024 Sở Giáo dục và Đào tạo đã ban hành Công văn số 512/SGDĐT-TCCB về việc xét tuyển giáo viên đã có "
        "hợp đồng lao động tại các trường.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "512/SGDĐT-TCCB"
    assert relations(extraction) == {}


def test_an_unnumbered_document_presented_before_the_lead_still_hides_it(extractor: Extractor) -> None:
    """The mirror: a press release presented first, the decree an item of it."""
    text = (
        "Văn phòng Chính phủ đã có Thông cáo báo chí về chỉ đạo, điều hành của Chính phủ ngày 11/4/2025, trong đó Chính "
        "phủ vừa ban hành Nghị định số 85/2025/NĐ-CP về thuế.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


# ----------------------------------------------------------------- a bare own number's description


def test_a_bare_own_numbers_lead_describes_the_page(extractor: Extractor) -> None:
    """"UBND thành phố Hà Nội vừa ban hành Kế hoạch số 237 ngày 21-10-2021, triển khai, thực hiện Kết luận số 02 …"
    (heldout23 h23-06): the bare own number's mention in the lead was kept as a core, so what its description carries out
    was nested in it (a mention); a whole own number is left out there already.  Here a province's plan on drowning."""
    text = (
        "UBND tỉnh Quảng Ngãi vừa ban hành Kế hoạch số 88 ngày 2/6/2023, triển khai thực hiện Chỉ thị số 21-CT/TW của Ban "
        "Bí thư về phòng, chống tai nạn đuối nước.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "88"
    assert relations(extraction) == {"21-CT/TW": IMPLEMENTS}


def test_a_bare_number_under_a_whole_own_number_is_still_cited(extractor: Extractor) -> None:
    """The mirror: the page's own number is whole ("Số: 88/KH-UBND"); the province's bare "Quyết định số 88" is another
    document and stays a citation."""
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN\nSố: 88/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 88 ngày 2/6/2023 của UBND tỉnh về "
        "phòng, chống đuối nước, UBND huyện ban hành kế hoạch như sau:\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "88/KH-UBND"
    assert relations(extraction) == {"88": IMPLEMENTS}


# ----------------------------------------------------------------- an amending law named before the next basis


def test_an_amending_laws_name_before_the_next_basis_amends_nothing_cited(extractor: Extractor) -> None:
    """"Căn cứ Luật Di sản văn hóa, Luật sửa đổi, bổ sung một số điều của Luật di sản văn hóa và Nghị định số
    98/2010/NĐ-CP …" (heldout23 h23-62): the amending verb names the unnumbered law before it; the decree after "và" is the
    next basis.  Here the list joined by a comma."""
    text = (
        "Căn cứ Luật Đất đai, Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch, Nghị định số "
        "43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;\nUBND tỉnh quyết định:\n"
    )
    assert relations(extractor(text)) == {"43/2014/NĐ-CP": IMPLEMENTS}


def test_a_document_amended_right_after_the_verb_stays_a_mention(extractor: Extractor) -> None:
    """The mirror: "Căn cứ Nghị định sửa đổi, bổ sung Nghị định số 12/2019/NĐ-CP": the cited decree is the amended one."""
    text = "Căn cứ Nghị định sửa đổi, bổ sung Nghị định số 12/2019/NĐ-CP ngày 1/2/2019 của Chính phủ;\nUBND tỉnh quyết định:\n"
    assert relations(extractor(text)) == {"12/2019/NĐ-CP": MENTIONS}


# ----------------------------------------------------------------- a State number that lost its slash


def test_a_state_type_code_glued_to_its_serial_gets_its_slash_back(extractor: Extractor) -> None:
    """"Bộ GTVT vừa có Quyết định 2128QĐ-BGTVT ban hành Kế hoạch …" (heldout23 h23-47: read as a bare own "2128"; seen on
    that page only, the State sibling of the Party "09KH/ĐTN" read since the eighth session): here a commune's basis."""
    text = "Thực hiện Kế hoạch 45KH-UBND ngày 3/3/2024 của UBND huyện, UBND xã ban hành kế hoạch như sau:\n"
    assert relations(extractor(text)) == {"45/KH-UBND": IMPLEMENTS}


def test_letters_glued_to_a_serial_that_are_no_type_code_make_no_number(extractor: Extractor) -> None:
    """The mirror: "517STC-QLG" ("STC" is no State type code) is not read as a whole number."""
    text = "Sở Tài chính vừa có Công văn 517STC-QLG về bình ổn giá.\n\nTheo đó, các đơn vị kê khai giá.\n"
    assert "517/STC-QLG" not in relations(extractor(text, find_own=True))


# ----------------------------------------------------------------- a form to fill in, after "theo"


def test_a_form_in_an_attached_appendix_is_what_the_action_follows(extractor: Extractor) -> None:
    """"… phải gửi văn bản thông báo … theo mẫu quy định tại Phụ lục ban hành kèm theo Nghị định số 104/2016/NĐ-CP"
    (heldout23 h23-13, a procedure page: implements through "Trước khi thực hiện …"): "theo mẫu …" names the rule the
    form is in, as "theo quy định tại …" does.  Here a tax procedure's step."""
    text = (
        "Bước 1. Trước khi thực hiện hoạt động kinh doanh, hộ kinh doanh phải nộp tờ khai thuế theo mẫu quy định tại Phụ "
        "lục ban hành kèm theo Thông tư số 40/2021/TT-BTC ngày 01/6/2021 của Bộ Tài chính.\n"
    )
    assert relations(extractor(text)) == {"40/2021/TT-BTC": MENTIONS}


def test_a_rule_issued_with_a_decision_in_a_basis_stays_a_basis(extractor: Extractor) -> None:
    """The mirror: "Căn cứ Quy chế … ban hành kèm theo Quyết định số …" has no "theo" of its own (the one of "kèm theo"
    opens nothing): a basis."""
    text = (
        "Căn cứ Quy chế quản lý chợ ban hành kèm theo Quyết định số 25/2019/QĐ-UBND ngày 3/6/2019 của UBND tỉnh;\n"
        "UBND huyện quyết định:\n"
    )
    assert relations(extractor(text)) == {"25/2019/QĐ-UBND": IMPLEMENTS}


def test_a_hard_wrapped_newsletter_item_naming_another_circular_on_its_next_line_is_still_one_item(
    extractor: Extractor,
) -> None:
    """The robustness dressings (wrap-60, no-blank-lines, math-letters) of the newsletter item: a wrapped title whose
    next line opens with the circular it amends is one item; a copy with no blank lines keeps a paragraph per line."""
    wrapped = (
        "Legal Update\n\nDecree No. 12/2022/ND-CP dated January 17, 2022 of the Government on amendments to\n"
        "Decree No. 28/2020/ND-CP on administrative penalties\n\nThis Decree takes effect on the date of signing.\n"
    )
    flat = wrapped.replace("\n\n", "\n").replace("amendments to\n", "amendments to ")
    for text in (wrapped, flat):
        extraction = extractor(text, find_own=True)
        assert own_number(extraction) == "12/2022/ND-CP", text
        assert relations(extraction) == {"28/2020/ND-CP": MENTIONS}, text


def test_the_windows_find_dotted_serials_and_glued_state_codes_as_a_whole_text_scan_does() -> None:
    """The fast scan's number starts (scan_patterns.NUMBER_START) and the reference's know the dotted serial and the
    glued State code too, so no window starts at the serial's tail ("1.819/NQ – UVBTVQH 14": hypothesis found it)."""
    from vanban.citations import extract, reference
    from vanban.citations.reference import SCANNING_EVERYTHING

    for text in ("1.819/NQ – UVBTVQH 14", "x 45KH-UBND y", "66.12/2026/NQ-CP", "a 2128QĐ-BGTVT."):
        whole = reference.extract(text, line_offset=3, stages=SCANNING_EVERYTHING)
        assert extract(text, line_offset=3) == whole == reference.extract(text, line_offset=3), text
