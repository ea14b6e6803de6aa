"""Pages without a document header, one kind per test, found on heldout7 and the earlier sets' header-less pages
(tenth session). Each test writes the kind small with made-up names and numbers, and checks what a clerk gets;
where the page does not settle a field, the field stays empty and is reported."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _read(text: str) -> dict[str, object]:
    return _result(text).fields


def _five(fields: dict[str, object]) -> tuple[object, ...]:
    return tuple(fields.get(k, "") for k in ("number", "type", "issuer", "date", "title", "signer"))


def test_a_chairs_lead_gives_the_committee_and_the_signer_apart() -> None:
    """w04, w10: "Phó Chủ tịch UBND tỉnh X <Name> vừa ký ban hành Kế hoạch số …": the office's body is the issuer,
    the name after it the signer, never glued ("Ủy ban nhân dân tỉnh X <Name>")."""
    text = ("Tỉnh triển khai chuyển đổi số\n"
            "(BTN)- Phó Chủ tịch UBND tỉnh Bình Thuận Nguyễn Minh Khoa vừa ký ban hành Kế hoạch số 27/KH-UBND về việc "
            "triển khai phong trào học tập số năm 2026.\nMục tiêu của Kế hoạch là 100% cán bộ có kỹ năng số.\n")
    assert _five(_read(text)) == ("27/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bình Thuận", "",
                                  "về việc triển khai phong trào học tập số năm 2026", "Nguyễn Minh Khoa")
    dated = ("Tin trong nước\nNgày 5/6/2024, Chủ tịch UBND thành phố Cần Thơ Trần Văn Bình ký ban hành Kế hoạch số "
             "88/KH-UBND triển khai Đề án chỉnh trang 3 quận Ninh Kiều, Bình Thủy, Cái Răng thành đô thị loại I. "
             "Trong đó, quận Ninh Kiều đi trước.\n")
    assert _five(_read(dated)) == ("88/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Cần Thơ", "2024-06-05",
                                   "triển khai Đề án chỉnh trang 3 quận Ninh Kiều, Bình Thủy, Cái Răng thành đô thị loại I",
                                   "Trần Văn Bình")


def test_a_chair_without_the_place_settles_no_issuer() -> None:
    """s18: "Chủ tịch UBND tỉnh <Name> vừa ký …": the province is not named, so the issuer is left to a human
    (the name is never taken for the place)."""
    result = _result("Tin địa phương\nChủ tịch UBND tỉnh Phạm Văn Hòa vừa ký ban hành Quyết định số 915/QĐ-UBND ngày "
                     "12/3/2024 về việc phân loại thôn, tổ dân phố\n")
    assert _five(result.fields) == ("915/QĐ-UBND", "Quyết định", "", "2024-03-12",
                                    "về việc phân loại thôn, tổ dân phố", "Phạm Văn Hòa")
    assert any(key == "issuer" for key, _ in result.missing)


def test_a_deputy_signs_for_the_body_the_lead_says_the_document_is_of() -> None:
    """w09: "Phó Thủ tướng <Name> ký Công điện 12/CĐ-TTg ngày … của Thủ tướng Chính phủ về việc …" (no "số")."""
    text = ("Thủ tướng yêu cầu phòng chống hạn mặn\nPhó Thủ tướng Lê Văn Thành ký Công điện 12/CĐ-TTg ngày 3/2/2024 của "
            "Thủ tướng Chính phủ về việc chủ động ứng phó hạn hán, xâm nhập mặn.\n")
    assert _five(_read(text)) == ("12/CĐ-TTg", "Công điện", "Thủ tướng Chính phủ", "2024-02-03",
                                  "về việc chủ động ứng phó hạn hán, xâm nhập mặn", "Lê Văn Thành")


def test_a_head_of_a_board_named_after_bà_signs_for_the_board_no_year_from_the_post_stamp() -> None:
    """w08: "Ngày 31.10, …, bà <Name>, Phó chủ tịch …, Trưởng ban X, đã ký ban hành Thông báo số 57/TB-A- B …": the
    name after "bà", the board the head signs for, the number's stray space gone; no year from the page's post
    stamp, even of that day (the forty-first session's rule: the date stays empty, reported)."""
    text = (" date 2024-09-20 Tin tức\nKêu gọi ủng hộ đồng bào vùng lũ\n20/09/2024 08:10 GMT+7\n"
            "Ngày 20.9, trước thiệt hại do bão số 3 và mưa lũ, bà Đỗ Thị Hạnh, Phó chủ tịch Ủy ban Trung ương MTTQ "
            "Việt Nam, Trưởng ban Vận động cứu trợ Trung ương, đã ký ban hành Thông báo số 41/TB-MTTW- BVĐCTTW về việc "
            "vận động ủng hộ đồng bào bị thiệt hại do bão số 3, số 4 gây ra.\n")
    result = _result(text)
    assert _five(result.fields) == ("41/TB-MTTW-BVĐCTTW", "Thông báo", "Ban Vận động cứu trợ Trung ương", "",
                                    "về việc vận động ủng hộ đồng bào bị thiệt hại do bão số 3, số 4 gây ra", "Đỗ Thị Hạnh")
    assert "date" in {k for k, _ in result.missing}
    no_stamp = text.replace(" date 2024-09-20 ", "").replace("20/09/2024 08:10 GMT+7", "")
    assert _read(no_stamp).get("date", "") == ""  # day and month only: no year either way


def test_the_type_first_and_the_number_in_brackets_at_the_end() -> None:
    """w16, r12: "… ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về … (Kết luận số Kết luận số 210-KL/TW)."."""
    text = ("Kết luận của Bộ Chính trị về công tác cán bộ\n19:45 17/10/2025\n"
            "Ngày 3/11/2025, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Văn Cường ký ban hành Kết luận của Bộ "
            "Chính trị, Ban Bí thư về tiếp tục đổi mới công tác cán bộ (Kết luận số Kết luận số 210-KL/TW).\n")
    assert _five(_read(text)) == ("210-KL/TW", "Kết luận", "Bộ Chính trị, Ban Bí thư", "2025-11-03",
                                  "về tiếp tục đổi mới công tác cán bộ", "Trần Văn Cường")
    behalf = ("LTS-Ngày 2/8/2023, đồng chí Lê Văn Hùng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư thay mặt Bộ Chính "
              "trị ký ban hành Chỉ thị của Bộ Chính trị (Chỉ thị số 19-CT/TW) về tăng cường công tác dân vận. Báo đăng "
              "toàn văn.\n")
    assert _five(_read(behalf)) == ("19-CT/TW", "Chỉ thị", "Bộ Chính trị", "2023-08-02",
                                    "về tăng cường công tác dân vận", "Lê Văn Hùng")


def test_a_type_word_first_never_takes_another_documents_number() -> None:
    """"… ký ban hành Kế hoạch thực hiện Kế hoạch số 45/KH-UBND …": the number is the carried-out plan's, not its own."""
    fields = _read("Tin\nChủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh vừa ký ban hành Kế hoạch thực hiện Kế hoạch số "
                   "45/KH-BYT của Bộ Y tế.\n")
    assert fields.get("number", "") == ""


def test_a_leader_who_signs_for_a_body_gets_the_signer_too() -> None:
    """q22, q23, r17: "Thay mặt Ban Bí thư, Thường trực Ban Bí thư <Name> đã ký ban hành Chỉ thị số …"."""
    text = ("Thay mặt Ban Bí thư, Thường trực Ban Bí thư Võ Thị Lan đã ký ban hành Chỉ thị số 31-CT/TW ngày 20/11/2024 "
            "về việc tổ chức Tết Ất Tỵ năm 2025.\n")
    assert _five(_read(text)) == ("31-CT/TW", "Chỉ thị", "Ban Bí thư", "2024-11-20", "về việc tổ chức Tết Ất Tỵ năm 2025",
                                  "Võ Thị Lan")


def test_an_attachments_file_name_is_no_number_line() -> None:
    """w18: "CV so-6310-UBN-tinh" (the file name of the attached letter) under a relaying page's lead is no "Số"
    line with a blank number and "CV" for an issuer: the lead is read, and "Ủy ban nhân dân tỉnh" without the
    province is kept as written, reported unsure."""
    result = _result("SỞ HƯỞNG ỨNG NGÀY PHÁP LUẬT\n2023-10-01 23:04:41\n        Ngày 12/10/2023 Ủy ban nhân dân tỉnh ban hành "
                     "Văn bản số 7215/UBND-NC về việc tổ chức hưởng ứng Ngày Pháp luật Việt Nam.\n\nBan Quản lý triển "
                     "khai Văn bản số 7215/UBND-NC ngày 12/10/2023 của UBND tỉnh.\n\nCV so-7215-UBND-tinh \n\nNgọc Lan!\n")
    assert _five(result.fields) == ("7215/UBND-NC", "Công văn", "Ủy ban nhân dân tỉnh", "2023-10-12",
                                    "tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "")
    assert any(key == "issuer" for key, _ in result.unsure)


def test_a_record_label_explained_before_its_value() -> None:
    """w02: a legal database's record: "Ngày ban hành:" / the site's explanation "Ngày ban hành là …" / "|" /
    "08/10/2025 |", and the signer in a two-pair row, under a page title that gave the number."""
    text = ("- Tổng quan\n- Nội dung\nThông tư 21/2025/TT-BYT quy định danh mục thuốc thiết yếu\n"
            "| Cơ quan ban hành: | Bộ Y tế |\n| Số hiệu: | 21/2025/TT-BYT | Ngày đăng công báo: | Đang cập nhật |\n"
            "| Loại văn bản: | Thông tư | Người ký: | Đỗ Xuân Tuyên |\n"
            "| Trích yếu: | Quy định danh mục thuốc thiết yếu | ||\n|\nNgày ban hành:\n"
            "Ngày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n|\n12/06/2025 |\n"
            "Ngày hết hiệu lực:\nNgày hết hiệu lực là ngày, tháng, năm văn bản chính thức không còn hiệu lực.\n|\n"
            "Đang cập nhật |\n")
    assert _five(_read(text)) == ("21/2025/TT-BYT", "Thông tư", "Bộ Y tế", "2025-06-12",
                                  "Quy định danh mục thuốc thiết yếu", "Đỗ Xuân Tuyên")


def test_the_type_line_right_above_a_vv_line_is_the_documents_the_headline_above_is_the_pages() -> None:
    """w06: a commune portal's headline "THÔNG BÁO CỦA UBND XÃ … VỀ VIỆC …", its post stamp, then the notice's own
    "THÔNG BÁO CỦA UBND XÃ …" / "V/v …": the trích yếu is the V/v line, never the headline with its time stamp."""
    text = ("Thông tin tuyên truyền\nTHÔNG BÁO CỦA UBND XÃ AN BÌNH VỀ VIỆC DIỆT CHUỘT BẢO VỆ SẢN XUẤT VỤ XUÂN NĂM 2024\n"
            "12/01/2024 08:15:02\n\nTHÔNG BÁO CỦA UBND XÃ AN BÌNH\n\nV/v diệt chuột bảo vệ sản xuất vụ xuân năm 2024\n\n"
            "Kính thưa toàn thể nhân dân trong xã!\n\nUBND xã An Bình thông báo kế hoạch diệt chuột như sau:\n")
    fields = _read(text)
    assert (fields.get("type"), fields.get("title")) == ("Thông báo", "V/v diệt chuột bảo vệ sản xuất vụ xuân năm 2024")
    assert fields.get("issuer") == "Ủy ban nhân dân xã An Bình"


def test_the_number_in_a_bracket_after_the_subject_and_no_beneficiary_for_the_issuer() -> None:
    """w14: "Ban vận động Quỹ … tỉnh vừa ban hành Kế hoạch vận động … tỉnh X (Kế hoạch số 196/KH-BVĐ, ngày …)": the
    number and date in the bracket; the province the subject names is the beneficiary, not the issuer's."""
    result = _result("Nhảy đến nội dung\n\nKế hoạch vận động ủng hộ đồng bào tỉnh Cao Bằng\n\nBan vận động Quỹ “Vì người "
                     "nghèo” tỉnh vừa ban hành Kế hoạch vận động ủng hộ đồng bào tỉnh Cao Bằng (Kế hoạch số 88/KH-BVĐ, "
                     "ngày 02/8/2024).\n\nMục đích nhằm vận động các cơ quan ủng hộ tỉnh Cao Bằng.\n")
    assert _five(result.fields) == ("88/KH-BVĐ", "Kế hoạch", "", "2024-08-02", "vận động ủng hộ đồng bào tỉnh Cao Bằng", "")
    assert any(key == "issuer" for key, _ in result.missing)


def _pdf(*lines: tuple[str, bool]) -> dict[str, object]:
    """A PDF's lines (text, gap before), as its reader gives them: centring known."""
    from vanban.importer.lines import Line

    return analyse([Line(text, gap_before=gap, centered=False) for text, gap in lines], Path("x.pdf")).fields


def test_a_headline_a_pdf_wrapped_is_one_trích_yếu() -> None:
    """v23, q05, q11 (PDF): "Thông báo treo cờ Tổ quốc và" / "tổ chức các hoạt động văn" / … the headline in a large
    font wrapped over short lines: joined back up to the line well short of its width; a wider line after a short
    chrome line ("Xem với cỡ chữ") is no continuation of it."""
    fields = _pdf(("Xem với cỡ chữ", True), ("Thông báo treo cờ Tổ quốc và", True), ("tổ chức các hoạt động văn", False),
                  ("hóa - thể thao dịp Lễ Giỗ Tổ", False), ("Hùng Vương, kỷ niệm 49 năm", False),
                  ("Ngày Giải phóng (30/4/1975-", False), ("30/4/2024) và Ngày Quốc tế", False), ("lao động 01/5", False),
                  ("Ủy ban nhân dân huyện Tân Phú thông báo về treo cờ Tổ quốc nhân dịp Lễ Giỗ Tổ", True))
    assert (fields.get("type"), fields.get("title")) == (
        "Thông báo", "treo cờ Tổ quốc và tổ chức các hoạt động văn hóa - thể thao dịp Lễ Giỗ Tổ Hùng Vương, kỷ niệm 49 năm "
        "Ngày Giải phóng (30/4/1975- 30/4/2024) và Ngày Quốc tế lao động 01/5")
    wide = _pdf(("Ngày đăng: 21/01/2024 - Lượt xem: 87", True), ("Xem với cỡ chữ", False),
                ("Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Bảo", False), ("Lâm khóa XX, nhiệm kỳ 2021-2026", False),
                ("Chủ tịch HĐND huyện Bảo Lâm khóa XX, nhiệm kỳ 2021-2026 thông", False), ("báo lịch tiếp công dân như sau:", False))
    assert wide.get("title") == "lịch tiếp công dân của Chủ tịch HĐND huyện Bảo Lâm khóa XX, nhiệm kỳ 2021-2026"


def test_a_lead_a_pdf_wrapped_past_eight_lines_is_read_to_its_full_stop() -> None:
    """r30, w10, r12 (PDF): the lead's number on the eighth line from the page's top, its trích yếu on the lines after."""
    fields = _pdf(("date 2024-08-20 Tỉnh", True), ("tổ chức bắn pháo hoa chào", False), ("mừng kỷ niệm Cách mạng", False),
                  ("Tháng Tám thành công và", False), ("Quốc khánh 2/9", False),
                  ("Ngày 19/8/2024, UBND tỉnh Nam Định ban hành Kế hoạch số", True),
                  ("152/KH-UBND về việc tổ chức bắn pháo hoa, chào mừng Kỷ", False),
                  ("niệm 79 năm Cách mạng Tháng Tám thành công (19/8/1945", False),
                  ("- 19/8/2024) và Quốc khánh Nước Cộng hòa xã hội chủ nghĩa Việt", False),
                  ("Nam (2/9/1945 - 2/9/2024). Theo đó, pháo hoa được bắn tại", False), ("quảng trường.", False))
    assert (fields.get("number"), fields.get("issuer"), fields.get("date"), fields.get("title")) == (
        "152/KH-UBND", "Ủy ban nhân dân tỉnh Nam Định", "2024-08-19",
        "về việc tổ chức bắn pháo hoa, chào mừng Kỷ niệm 79 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2024) "
        "và Quốc khánh Nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2024)")


def test_lookalike_letters_of_other_scripts_are_read_as_vietnamese() -> None:
    """r12, r20: "Ðảng" with the Icelandic Eth, "03/HD-MTTW-BТТ" with a Cyrillic "Т": the trích yếu and the number
    read as written in Vietnamese; Cyrillic standing alone is left alone."""
    from vanban.importer.lines import lookalikes

    assert lookalikes("sự lãnh đạo của Ðảng") == "sự lãnh đạo của Đảng"
    assert lookalikes("số 07/HD-MTTW-BТТ và Москва") == "số 07/HD-MTTW-BTT và Москва"
    fields = _read("Ngày 2/8/2025, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam ban hành Hướng dẫn số 07/HD-MTTW-BТТ về "
                   "công tác bầu cử của Ðảng.\n")
    assert (fields.get("number"), fields.get("title")) == ("07/HD-MTTW-BTT", "về công tác bầu cử của Đảng")


def test_a_lead_that_lost_its_full_stop_never_runs_into_the_preamble() -> None:
    """s18: "… vừa ký ban hành Quyết định số … về việc phân loại đơn vị hành chính cấp xã" (no full stop), then
    "Căn cứ quy định tại …": the trích yếu ends before "Căn cứ"."""
    fields = _read("Tin\nChủ tịch UBND tỉnh Hà Văn Nam vừa ký ban hành Quyết định số 611/QĐ-UBND ngày 3/4/2024 về việc "
                   "công nhận xã đạt chuẩn nông thôn mới\nCăn cứ quy định tại Nghị định số 10/2022/NĐ-CP, các xã đã đạt.\n")
    assert fields.get("title") == "về việc công nhận xã đạt chuẩn nông thôn mới"


def test_a_quoted_subject_ends_at_its_closing_quote() -> None:
    """s07, w03: '… ban hành "Kế hoạch …” với 2 tình huống …' ends at the quote; '… “Chương trình …, giai đoạn
    2022 - 2030”.' keeps the quote it closes."""
    fields = _read('Ngày 07/12/2023, Ủy ban nhân dân tỉnh Phú Yên vừa có Quyết định số 1842/QĐ-UBND ban hành "Kế hoạch '
                   'phòng chống bệnh cúm gia cầm” với 2 tình huống đặt ra đó là: khi chưa có dịch và khi có dịch.\n')
    assert fields.get("title") == 'ban hành "Kế hoạch phòng chống bệnh cúm gia cầm”'
    closed = _read("Ngày 5 tháng 1 năm 2024, Thủ tướng Chính phủ đã ban hành Quyết định số 25/QĐ-TTg về việc phê duyệt "
                   "“Chương trình quốc gia phòng, chống bệnh lao, giai đoạn 2024 - 2030”. Đây là cơ sở quan trọng.\n")
    assert closed.get("title") == "về việc phê duyệt “Chương trình quốc gia phòng, chống bệnh lao, giai đoạn 2024 - 2030”"


def test_a_lead_after_the_papers_tag() -> None:
    """s11: "(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31 - HD/BTCTW ngày … về việc …"."""
    fields = _read("Hướng dẫn mới\n(TTXVN) - Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 12 - HD/BTGTW ngày "
                   "5/3/2024 về việc tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ. Trong đó, Ban nêu rõ.\n")
    assert _five(fields)[:5] == ("12-HD/BTGTW", "Hướng dẫn", "Ban Tuyên giáo Trung ương", "2024-03-05",
                                 "về việc tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ")


def test_a_preamble_that_names_its_own_type_and_subject() -> None:
    """s22: "…; UBND xã X xây dựng Kế hoạch tuyên truyền … trên địa bàn xã X, cụ thể như sau:" under a portal's
    headline in capitals and its accessibility chrome: type and trích yếu from the preamble (reported)."""
    result = _result("A- A A+ | Tăng tương phản Giảm tương phản\n\nTỔ CHỨC NGÀY HỘI ĐỌC SÁCH TRÊN ĐỊA BÀN XÃ AN PHÚ\n\n"
                     "Thực hiện Công văn số 12 ngày 3/4/2025 của Đảng ủy xã An Phú; UBND xã An Phú xây dựng Kế hoạch "
                     "tổ chức Ngày hội đọc sách trên địa bàn xã An Phú, cụ thể như sau:\n\n* Thời gian: tháng 4/2025.\n")
    assert (result.fields.get("type"), result.fields.get("title"), result.fields.get("issuer")) == (
        "Kế hoạch", "tổ chức Ngày hội đọc sách trên địa bàn xã An Phú", "Ủy ban nhân dân xã An Phú")
    assert any(key == "title" for key, _ in result.unsure)


HEADLESS_BODY = ("{body}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
                 "Số: 12/KH-UBND\n{place}, ngày 13 tháng 8 năm 2025\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số\n"
                 "Thực hiện chỉ đạo của cấp trên, đơn vị xây dựng kế hoạch như sau:\n")


def test_a_bare_committee_is_left_empty_and_reported_never_written_so() -> None:
    """w24, w12: a header that kept only "ỦY BAN NHÂN DÂN" and a text that never says which: no issuer "Ủy ban nhân
    dân" (it names no body), an empty field reported "chưa chắc"."""
    result = _result(HEADLESS_BODY.format(body="ỦY BAN NHÂN DÂN", place="Thủ Dầu Một"))
    assert not result.fields.get("issuer")
    assert any(key == "issuer" and "chưa chắc" in why for key, why in result.missing)


def test_a_bare_committee_completed_by_the_records_province() -> None:
    """w11: "Cơ quan ban hành | Tỉnh Hà Tĩnh |" (a place, never an issuer alone) completes the header's bare
    "ỦY BAN NHÂN DÂN", and "HÀ TĨNH" is a place, not the unit "tỉnh"."""
    record = ("Số hiệu | 12/KH-UBND |\nNgày ban hành | 13/08/2025 |\nLoại văn bản | Kế hoạch |\n"
              "Cơ quan ban hành | Tỉnh Hà Tĩnh |\nNgười ký | Trần Văn An |\n")
    fields = _read(record + HEADLESS_BODY.format(body="ỦY BAN NHÂN DÂN |", place="Hà Tĩnh"))
    assert fields.get("issuer") == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert _read(HEADLESS_BODY.format(body="ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", place="Hà Tĩnh"))["issuer"] == (
        "Ủy ban nhân dân tỉnh Hà Tĩnh")
