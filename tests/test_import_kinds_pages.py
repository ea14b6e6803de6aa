"""Header and page reading, one kind of real-copy trouble per test, found on the tuning3 set
(tests/fixtures/import/tuning3/, eighth session): the fields a clerk gets, and what is left empty
rather than guessed. Each test writes the kind small, from the real copy's own lines."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines


def _result(text: str):  # type: ignore[no-untyped-def]
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _read(text: str) -> dict[str, object]:
    return _result(text).fields


PIPES = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | {place}, ngày {date} |\n"


def test_a_v_v_line_under_a_decision_number_is_that_decisions_trich_yeu() -> None:
    """v19: "398/2003/QĐ-UB" over "V/V BAN HÀNH …", the type word lost: a Quyết định, "V/V" kept, the authority
    line under it ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH") no part of it."""
    text = PIPES.format(number="398/2003/QĐ-UB", place="Thái Bình", date="30 tháng 12 năm 2003") + (
        "V/V BAN HÀNH QUY CHẾ VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ DÂN PHỐ\nỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n"
        "Căn cứ Luật tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994;\n")
    fields = _read(text)
    assert (fields["type"], fields["title"]) == ("Quyết định", "V/v ban hành quy chế về tổ chức và hoạt động của tổ dân phố")
    letter = PIPES.format(number="722/UBND-MT", place="Bắc Giang", date="28 tháng 03 năm 2013") + (
        "V/v rà soát cơ sở gây ô nhiễm\nKính gửi: Sở Tài nguyên và Môi trường\n")
    assert (_read(letter)["type"], _read(letter)["title"]) == ("Công văn", "rà soát cơ sở gây ô nhiễm")


def test_the_own_number_on_the_type_line_is_no_trich_yeu() -> None:
    """v13: "QUYẾT ĐỊNH 24/2021/QĐ-TTg" / "QUY ĐỊNH QUY TRÌNH …"."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 24/2021/QĐ-TTg |\n"
            "Hà Nội, ngày 16 tháng 7 năm 2021 |\nQUYẾT ĐỊNH 24/2021/QĐ-TTg\nQUY ĐỊNH QUY TRÌNH RÀ SOÁT HỘ NGHÈO\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n")
    fields = _read(text)
    assert (fields["type"], fields["title"]) == ("Quyết định", "Quy định quy trình rà soát hộ nghèo")


def test_a_letter_whose_v_v_line_was_lost_is_a_cong_van_by_its_number_and_its_addressee() -> None:
    """v08, v16: a number with no type code ("2482/BGTVT-KHĐT") and "Kính gửi", the V/v line lost in the
    flattening: a Công văn (ND 30), reported; the trích yếu stays empty. A number with a type code, or no
    addressee, settles nothing."""
    body = "Kính gửi: | - Cục Hàng Hải Việt Nam; |\nViện có văn bản số 14/2009/CV-VIPTAM gửi Bộ.\n"
    result = _result("BỘ GIAO THÔNG VẬN TẢI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                     "Số: 2482/BGTVT-KHĐT | Hà Nội, ngày 21 tháng 4 năm 2009 |\n" + body)
    assert (result.fields["type"], result.fields.get("title") or "") == ("Công văn", "")
    assert any(key == "type" and "Kính gửi" in why for key, why in result.unsure)
    coded = _read(PIPES.format(number="12/TB-UBND", place="Gia Lai", date="01 tháng 3 năm 2022") + body)
    assert coded["type"] == "Thông báo"  # the code names the type: no guess needed
    unaddressed = _read(PIPES.format(number="722/UBND-MT", place="Bắc Giang", date="28 tháng 03 năm 2013")
                        + "Thực hiện Công văn số 1017/BTNMT-TCMT.\n")
    assert not unaddressed.get("type")


def test_a_decision_whose_header_lost_its_trich_yeu_takes_what_article_one_issues() -> None:
    """v10, v26: "Điều 1. Ban hành kèm theo Quyết định này Quy chế …." — reported. One rule in every set (ninth
    session, ND 30/2020 Phụ lục III Mẫu 1.4): a decision's trích yếu is "Ban hành <what it attaches>"; a council's
    resolution is named by what it rules (heldout5 r09: no "Ban hành")."""
    text = PIPES.format(number="485/QĐ-UBND", place="Gia Lai", date="15 tháng 9 năm 2020") + (
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng phần mềm dữ liệu dân tộc.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n")
    result = _result(text)
    assert result.fields["title"] == "Ban hành Quy chế quản lý, sử dụng phần mềm dữ liệu dân tộc"
    resolution = text.replace("485/QĐ-UBND", "54/2017/NQ-HĐND").replace("Quyết định này", "Nghị quyết này")
    assert _read(resolution.replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"))["title"] == "Quy chế quản lý, sử dụng phần mềm dữ liệu dân tộc"
    assert any(key == "title" and "Điều 1" in why for key, why in result.unsure)
    approves = text.replace("Ban hành kèm theo Quyết định này Quy chế", "Phê duyệt Quy chế")
    # heldout10 (z02, z14) rules what it approves a trích yếu too, in Điều 1's own words
    assert _read(approves)["title"] == "Phê duyệt Quy chế quản lý, sử dụng phần mềm dữ liệu dân tộc"


def test_a_document_sites_summary_gives_the_trich_yeu_and_issuer_a_broken_header_lost() -> None:
    """v06: a PDF's text lost every non-Latin-1 letter; the site's summary, under its counters, names the
    document by type and number: "… về <trích yếu> do <issuer> ban hành". A summary naming a place
    ("do tỉnh Bình Định ban hành") gives no issuer."""
    text = ("Kế hoạch số 2215/KH-UBND\n\nChia sẻ: Son Pham | Ngày: | Loại File: PDF | Số trang:8\n\n0\n79\nlượt xem\n10\n"
            "download\n\nKế hoạch số 2215/KH-UBND\n\nMô tả tài liệu\n"
            "Kế hoạch số 2215/KH-UBND về triển khai thực hiện Chỉ thị 09-CT/TU về phòng cháy chữa cháy trên địa bàn "
            "thành phố do Ủy ban nhân dân thành phố Hồ Chí Minh ban hành\n\n"
            "  1. Y BAN NHÂN DÂN C NG HÒA XÃ H I CH NGHĨA VI T THÀNH PH H CHÍ MINH NAM ------- S : 2215/KH-UBND "
            "TP. H Chí Minh, ngày 20 tháng 5 năm 2009 K HO CH TRI N KHAI TH C HI N Trong nh ng năm qua vi c tri n.\n")
    fields = _read(text)
    assert (fields["number"], fields["date"]) == ("2215/KH-UBND", "2009-05-20")
    assert fields["title"] == "triển khai thực hiện Chỉ thị 09-CT/TU về phòng cháy chữa cháy trên địa bàn thành phố"
    assert fields["issuer"] == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    place = text.replace("do Ủy ban nhân dân thành phố Hồ Chí Minh ban hành", "do tỉnh Bình Định ban hành")
    assert not _read(place).get("issuer")


def test_a_pages_post_date_between_its_headline_and_the_type_word_hides_neither() -> None:
    """heldout4 q17: a site menu in capitals, the page's headline, "Ngày đăng … | Lượt xem", then the notice's
    own "THÔNG BÁO" and "Về việc …": the menu is no trích yếu."""
    text = ("CHỈ ĐẠO ĐIỀU HÀNH CHỈ ĐẠO ĐIỀU HÀNH\n\nThông báo treo cờ Tổ quốc chào mừng ngày giải phóng Thủ đô\n"
            "Ngày đăng 07/10/2023 | 08:01  | Lượt xem: 140\n\nTHÔNG BÁO\n\nVề việc treo cờ Tổ quốc trên địa bàn phường\n\n"
            "Thực hiện Thông báo số 491/TB-UBND ngày 06 tháng 10 năm 2023 của UBND quận Đống Đa về việc treo cờ.\n")
    fields = _read(text)
    assert (fields["type"], fields["title"]) == ("Thông báo", "Về việc treo cờ Tổ quốc trên địa bàn phường")


def test_a_headline_that_starts_with_a_type_word_types_a_page_without_a_header() -> None:
    """v23, heldout4 q05 and q11: "Thông báo treo cờ Tổ quốc …" over a body that names who acts: type and trích
    yếu from the headline (reported), no number and no date invented. A headline naming a number is a lead's."""
    text = ("Thông báo treo cờ Tổ quốc và tổ chức các hoạt động văn hóa - thể thao dịp Lễ Giỗ Tổ Hùng Vương\n\n"
            "Ủy ban nhân dân huyện Phù Cừ thông báo về treo cờ Tổ quốc nhân dịp Lễ Giỗ Tổ Hùng Vương năm 2021 như sau:\n\n"
            "- Đợt 1: Ngày 21/4/2021 (Tức 10/3 âm lịch)\n")
    result = _result(text)
    fields = result.fields
    assert (fields["type"], fields["issuer"]) == ("Thông báo", "Ủy ban nhân dân huyện Phù Cừ")
    assert fields["title"] == "treo cờ Tổ quốc và tổ chức các hoạt động văn hóa - thể thao dịp Lễ Giỗ Tổ Hùng Vương"
    assert not fields.get("number") and not fields.get("date")
    assert {"type", "title"} <= {key for key, _ in result.unsure}
    numbered = _read("Thông báo số 12/TB-UBND của xã về lịch tiếp công dân năm 2025\n\nNội dung như sau.\n")
    assert numbered.get("title") != "số 12/TB-UBND của xã về lịch tiếp công dân năm 2025"


def test_a_lead_names_a_body_with_commas_and_the_trich_yeu_without_ve() -> None:
    """v22, v04, v18: "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ
    chức Hội thi …": the body keeps its commas; the words right after the number are the trích yếu. Words that
    only route the letter ("gửi các bộ …") are none."""
    lead = ("Kế hoạch tổ chức Hội thi xe tuyên truyền lưu động\n\nCăn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban "
            "Tổ chức kỷ niệm. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ "
            "chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh./.\n\nDoãn Thành\n")
    fields = _read(lead)
    assert (fields["number"], fields["date"], fields["issuer"]) == ("67/KH-SVHTTDL", "2021-11-02",
                                                                    "Sở Văn hóa, Thể thao và Du lịch")
    assert fields["title"] == "tổ chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh"
    routed = _read("Hướng dẫn mới\n\nNgày 26/4/2025, Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC gửi các bộ, "
                   "cơ quan ngang bộ.\n")
    assert routed["number"] == "1814/BNV-TCBC" and not routed.get("title")


def test_a_bare_body_in_a_lead_takes_the_one_place_of_its_level_the_page_names() -> None:
    """v18, v03, heldout5 r10: "UBND tỉnh ban hành Công văn số 23/UBND-TN, …" and, a paragraph on, "trên địa bàn
    tỉnh Lai Châu" (or the portal's own "Cổng tin tức Thành phố Hải Phòng"): the one place of that level. Two
    places, or none, leave it as the lead writes it; a name never runs on over a line break."""
    page = ("Ủy ban nhân dân tỉnh\nThứ hai 24/1/2022\nXây dựng báo cáo định kỳ\n Ngày 08/01/2016, UBND tỉnh ban hành "
            "Công văn số 23/UBND-TN, xây dựng báo cáo định kỳ công tác bảo vệ môi trường năm 2015.\n"
            "Theo đó, giao Sở Tài nguyên và Môi trường xây dựng báo cáo trên địa bàn tỉnh Lai Châu theo quy định.\n")
    fields = _read(page)
    assert fields["issuer"] == "Ủy ban nhân dân tỉnh Lai Châu"
    assert fields["title"] == "xây dựng báo cáo định kỳ công tác bảo vệ môi trường năm 2015"
    two = page.replace("theo quy định.", "và tỉnh Điện Biên theo quy định.")
    assert _read(two)["issuer"] == "Ủy ban nhân dân tỉnh"  # two places: kept as written, never one of them


def test_a_headline_gives_the_date_and_issuer_its_number_is_dated_and_owned_by() -> None:
    """heldout5 r11, r34: "Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc …" over a body with
    no header; "Quyết định 612/QĐ-UBND năm 2020 về phê duyệt …" over a header that lost its trích yếu."""
    fields = _read("Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc triển khai các giải pháp "
                   "phòng chống bệnh\nTại Việt Nam, bệnh đã xảy ra tại 34 xã.\n")
    assert (fields["number"], fields["date"], fields["issuer"]) == ("05/CT-UBND", "2019-03-06", "Ủy ban nhân dân tỉnh Lào Cai")
    assert fields["title"] == "về việc triển khai các giải pháp phòng chống bệnh"
    bare = _read("Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh về việc triển khai các giải pháp\nNội dung.\n")
    assert not bare.get("issuer")  # "UBND tỉnh" names no province


def test_a_record_heading_with_number_and_date_in_brackets() -> None:
    """v17: "Về việc báo cáo tình hình … (3585/VP-KTN, ngày 23/10/2017)." on a page with no header: trích yếu,
    number, date; a number with no type code is a Công văn's. The province the page never names stays empty."""
    text = ("Skip to main content\n\nVề việc báo cáo tình hình ô nhiễm môi trường nông thôn (3585/VP-KTN, ngày 23/10/2017).\n\n"
            "Thực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ, Văn phòng UBND tỉnh thông báo.\n")
    fields = _read(text)
    assert (fields["number"], fields["date"], fields["type"]) == ("3585/VP-KTN", "2017-10-23", "Công văn")
    assert fields["title"] == "báo cáo tình hình ô nhiễm môi trường nông thôn"
    assert not fields.get("issuer")


def test_a_cong_van_heading_keeps_no_ve_viec_label() -> None:
    """heldout5 r22: a portal record "CÔNG VĂN Về việc Tuyên truyền …": a Công văn's "Về việc"/"V/v" is its label."""
    text = ("4360/BVHTTDL-VP\n\nCÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010\n\n"
            "Kính gửi: Các cơ quan báo chí thuộc Bộ\n\nBộ nhận được Hướng dẫn số 91-HD/BTGTW.\n")
    fields = _read(text)
    assert (fields["type"], fields["title"]) == ("Công văn", "Tuyên truyền, giáo dục các ngày lễ lớn năm 2010")


def test_a_type_line_holding_a_sentence_case_trich_yeu_ends_it_at_a_paragraph_break() -> None:
    """heldout4 q16: "THÔNG BÁO Về việc hết thời gian treo băng rôn …" then a portal's "Người ký văn bản:" label: no
    part of the trích yếu."""
    text = ("THÔNG BÁO Về việc hết thời gian treo băng rôn, khẩu hiệu chào mừng Quốc khánh\n\nNgười ký văn bản: \n\n"
            "Phạm Đình Nam - Phó Chủ tịch UBND phường Phúc La\n\nNội dung thông báo: \n\nThực hiện kế hoạch của UBND phường.\n")
    fields = _read(text)
    assert (fields["type"], fields["title"]) == ("Thông báo", "Về việc hết thời gian treo băng rôn, khẩu hiệu chào mừng "
                                                              "Quốc khánh")


def test_a_portal_record_with_each_label_on_its_own_line() -> None:
    """heldout5 r13: "Số Ký hiệu:" / "07/2021/NQ-HĐND", "Ban hành:" / "14/09/2021", "Loại văn bản:" / "Nghị quyết",
    "Trích yếu:" / the text: each value on the line after its label; a blank "Cơ quan:" gives no issuer."""
    text = ("Văn bản Quy phạm Pháp luật\n07/2021/NQ-HĐND\nSố Ký hiệu:\n07/2021/NQ-HĐND\nBan hành:\n14/09/2021\nNgười ký:\n"
            "Phạm Văn Chánh\nCơ quan:\n \nLoại văn bản:\nNghị quyết\nHiệu lực:\n01/10/2021\nTrích yếu:\n\n"
            "Quy định mức thu phí bình tuyển, công nhận cây đầu dòng.\n")
    fields = _read(text)
    assert (fields["number"], fields["date"], fields["type"]) == ("07/2021/NQ-HĐND", "2021-09-14", "Nghị quyết")
    assert fields["title"] == "Quy định mức thu phí bình tuyển, công nhận cây đầu dòng"
    assert not fields.get("issuer")


def test_a_page_without_a_header_names_its_issuer_as_the_subject_of_ban_hanh_its_type() -> None:
    """heldout4 q30: "…; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức …, cụ thể như sau:" under "KẾ
    HOẠCH": that body (reported). "UBND tỉnh ban hành Kế hoạch" names no province: kept as the page writes it,
    reported, as a lead's bare body is (heldout12's rule, ``lead_place.lead_issuer``)."""
    text = ("KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp nhiệm kỳ 2012 - 2017\nCăn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Ban Chấp "
            "hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp, cụ thể như sau:\nI. YÊU CẦU\n")
    result = _result(text)
    assert (result.fields["type"], result.fields["issuer"]) == ("Kế hoạch", "Ban Chấp hành Thành đoàn Hà Nội")
    assert any(key == "issuer" for key, _ in result.unsure)
    bare = text.replace("Ban Chấp hành Thành đoàn Hà Nội ban hành", "UBND tỉnh ban hành")
    assert _read(bare).get("issuer") == "Ủy ban nhân dân tỉnh"


def test_a_portals_bullet_before_the_issuer_line_is_no_part_of_the_issuer() -> None:
    """heldout6 s30: "• BỘ GIÁO DỤC VÀ ĐÀO TẠO" (the portal's list bullet, as "• Thuộc tính văn bản" above it):
    the issuer without the bullet, recased; a "1." list number likewise."""
    text = (" • Thuộc tính văn bản\n • BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  _________\n\n  Số: 2855/QĐ-BGDĐT\n\n"
            "  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  Độc lập - Tự do - Hạnh phúc\n\n  Hà Nội, ngày 30 tháng 09 năm 2020\n\n"
            "  QUYẾT ĐỊNH\n\n  Về việc công bố thủ tục hành chính\n\n  BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "  Căn cứ Nghị định số 69/2017/NĐ-CP;\n")
    fields = _read(text)
    assert (fields["issuer"], fields["number"], fields["type"]) == ("Bộ Giáo dục và Đào tạo", "2855/QĐ-BGDĐT",
                                                                   "Quyết định")
    assert fields["title"] == "Về việc công bố thủ tục hành chính"


LETTER = ("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n*****\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập – Tự do – Hạnh phúc\n*******\n\nSố: {number}\n{subject}\n\nTp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007\n\n"
          "Kính gửi:\n\n- Hiệu trưởng trường Trung học phổ thông ;\n\nTheo văn bản số 906/KT- KĐ ngày 03.12.2007.\n")


def test_a_ve_label_with_its_colon_is_a_letters_v_v_line() -> None:
    """heldout6 s04: "Về: tham gia ý kiến về dự thảo …" under the number, no type word: the "V/v" line of a Công
    văn written "Về:" (a label, so the trích yếu is without it). A bare "Về …" with no colon settles nothing."""
    fields = _read(LETTER.format(number="2865/GDĐT-KT", subject="Về: tham gia ý kiến về dự thảo Quy chế thi."))
    assert (fields["type"], fields["title"]) == ("Công văn", "tham gia ý kiến về dự thảo Quy chế thi")
    bare = _read(LETTER.format(number="2865/GDĐT-KT", subject="Về tham gia ý kiến về dự thảo Quy chế thi."))
    assert bare.get("title") != "tham gia ý kiến về dự thảo Quy chế thi"


def test_an_ampersand_inside_a_numbers_code_is_kept() -> None:
    """heldout6 s04: "Số: 2865/GDĐT –KT&KĐCL" (a unit code "KT&KĐCL", as "GD&ĐT"): the whole number, the space
    before the dash dropped; a "&" standing alone is no part of a number."""
    fields = _read(LETTER.format(number="2865/GDĐT –KT&KĐCL", subject="V/v tham gia ý kiến"))
    assert fields["number"] == "2865/GDĐT-KT&KĐCL"
    alone = _read(LETTER.format(number="2865/GDĐT-KT & KĐCL", subject="V/v tham gia ý kiến"))
    assert alone["number"] == "2865/GDĐT-KT"


def test_a_date_lines_place_keeps_its_unit_word_and_a_glued_abbreviation() -> None:
    """heldout6 s03, s31, s04: "Thành phố Hồ Chí Minh, ngày …", "Thị trấn Cần Giuộc, ngày …" (the unit written in
    lower case after its capital) and "Tp.Hồ Chí Minh, ngày …" (the abbreviation glued to the name): the place
    as written, not its last capitalised words."""
    def place(written: str) -> object:
        return _read(LETTER.format(number="2865/GDĐT-KT", subject="V/v tham gia ý kiến").replace(
            "Tp.Hồ Chí Minh, ngày", written + ", ngày"))["place"]
    assert [place(p) for p in ("Thành phố Hồ Chí Minh", "Thị trấn Cần Giuộc", "Tp.Hồ Chí Minh", "TP. Hồ Chí Minh")] \
        == ["Thành phố Hồ Chí Minh", "Thị trấn Cần Giuộc", "Tp.Hồ Chí Minh", "TP. Hồ Chí Minh"]
    assert place("Đơn vị thành phố Hồ Chí Minh") == "Hồ Chí Minh"  # a unit word in lower case stays out


def test_a_letter_numbered_section_heading_ends_the_trich_yeu() -> None:
    """heldout6 s38: "HƯỚNG DẪN" / "VỀ ĐÁNH GIÁ CHẤT LƯỢNG …" / "A -MỤC ĐÍCH, YÊU CẦU": a section numbered by a letter
    (as "I." and "1." are) is the body's first heading, never part of the trích yếu, in capitals or not."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\nBAN TỔ CHỨC | Hà Nội, ngày 15 tháng 12 năm 2008 |\n"
            "Số: 20-HD/BTCTW |\nHƯỚNG DẪN\nVỀ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN\n\n{section}\n\n"
            "- Đánh giá đúng chất lượng tổ chức cơ sở đảng.\n")
    for section in ("A -MỤC ĐÍCH, YÊU CẦU", "A. MỤC ĐÍCH, YÊU CẦU", "B - Mục đích, yêu cầu"):
        fields = _read(text.format(section=section))
        assert (fields["type"], fields["title"]) == ("Hướng dẫn", "Về đánh giá chất lượng tổ chức cơ sở đảng và đảng viên")
