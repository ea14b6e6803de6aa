"""Header and page reading, one kind of real-copy trouble per test, found on the tuning4 set
(tests/fixtures/import/tuning4/, ninth session). Each test writes the kind small, from the real copy's own lines,
and checks what a clerk gets."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines


def _read(text: str) -> dict[str, object]:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt")).fields


HEADER = ("{body}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
          "Số: {number}\nHà Nội, ngày 31 tháng 12 năm 2020\n{kind}\n{title}\nCăn cứ Luật Phổ biến, giáo dục pháp luật;\n")


def test_tu_before_phap_is_a_word_not_trung_uong() -> None:
    """w24: "BỘ TƯ PHÁP" is the Ministry of Justice; "TƯ" alone (a Party body's "CÁC CƠ QUAN TƯ") stays Trung ương."""
    text = HEADER.format(body="BỘ TƯ PHÁP", number="2658/QĐ-BTP", kind="QUYẾT ĐỊNH",
                         title="BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2021")
    assert _read(text)["issuer"] == "Bộ Tư pháp"
    assert _read(text.replace("BỘ TƯ PHÁP", "SỞ TƯ PHÁP"))["issuer"] == "Sở Tư pháp"


def test_a_document_sites_page_marker_glued_to_the_first_header_line_goes() -> None:
    """w12: a PDF's text "Trang 1UỶ BAN NHÂN DÂN" / "THỊ TRẤN HƯƠNG SƠN": the issuer is the town's committee."""
    text = ("Ủy ban nhân dân thị trấn Hương Sơn trình UBND huyện Phú Bình xem xét và công nhận thị trấn đú\n"
            "Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67 /TTr - UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHương Sơn, ngày 26 tháng 9 năm 2014\nTỜ TRÌNH\n"
            "Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn Phổ cập giáo dục tiểu học\n"
            "Kính gửi: - Uỷ ban nhân dân huyện Phú Bình\nCăn cứ Luật giáo dục năm 2005;\n")
    fields = _read(text)
    assert (fields["issuer"], fields["number"], fields["type"]) == ("Ủy ban nhân dân thị trấn Hương Sơn", "67/TTr-UBND",
                                                                    "Tờ trình")
    assert _read("Trang 12 của tài liệu\nNội dung")  # a page word in running text is left alone (no crash, no cut)


def test_a_comma_a_copy_set_against_the_next_word_reads_as_a_comma() -> None:
    """w25: "… CHO CÁN BỘ ,NHÂN DÂN …", w16: "“PHƯỜNG …”,“THỊ TRẤN …”": the trích yếu reads ", "."""
    text = HEADER.format(body="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", number="3600/QĐ-UBND", kind="QUYẾT ĐỊNH",
                         title="BAN HÀNH KẾ HOẠCH CHO CÁN BỘ ,NHÂN DÂN Ở XÃ, PHƯỜNG, THỊ TRẤN GIAI ĐOẠN 2007 - 2010")
    assert _read(text)["title"] == "BAN HÀNH KẾ HOẠCH CHO CÁN BỘ, NHÂN DÂN Ở XÃ, PHƯỜNG, THỊ TRẤN GIAI ĐOẠN 2007 - 2010"
    quoted = text.replace("CHO CÁN BỘ ,NHÂN DÂN Ở XÃ, PHƯỜNG, THỊ TRẤN", "“PHƯỜNG VĂN MINH”,“THỊ TRẤN VĂN MINH”")
    assert _read(quoted)["title"] == "BAN HÀNH KẾ HOẠCH “PHƯỜNG VĂN MINH”, “THỊ TRẤN VĂN MINH” GIAI ĐOẠN 2007 - 2010"


def test_a_lead_with_its_date_written_out() -> None:
    """w03: "Ngày 21 tháng 12 năm 2021, Thủ tướng Chính phủ đã ban hành Quyết định số 2151/QĐ-TTg về việc …"."""
    text = ("Tin tức - Sự kiện\n\nnull Chương trình quốc gia phòng, chống bệnh Dại, giai đoạn 2022 - 2030\n\n"
            "Ngày 21 tháng 12 năm 2021, Thủ tướng Chính phủ đã ban hành Quyết định số 2151/QĐ-TTg về việc phê duyệt "
            "“Chương trình quốc gia phòng, chống bệnh Dại, giai đoạn 2022 - 2030”. Đây là cơ sở rất quan trọng.\n")
    fields = _read(text)
    assert (fields["number"], fields["type"], fields["issuer"], fields["date"]) == (
        "2151/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2021-12-21")


def test_a_lead_on_the_first_line_without_an_adverb() -> None:
    """w19: the page's first line is its lead, "UBND thành phố Hà Nội ban hành Thông báo số 681/TB-UBND ngày
    19/7/2023 về việc treo cờ Tổ quốc." (no "đã"/"vừa" before "ban hành")."""
    text = ("UBND thành phố Hà Nội ban hành Thông báo số 681/TB-UBND ngày 19/7/2023 về việc treo cờ Tổ quốc.\n"
            "Theo đó, UBND thành phố Hà Nội đề nghị các cơ quan treo cờ Tổ quốc từ ngày 31/7/2023.\nPV\n")
    fields = _read(text)
    assert (fields["number"], fields["type"], fields["issuer"], fields["date"], fields["title"]) == (
        "681/TB-UBND", "Thông báo", "Ủy ban nhân dân thành phố Hà Nội", "2023-07-19", "về việc treo cờ Tổ quốc")


def test_a_leads_trich_yeu_keeps_a_bracket_inside_and_stops_where_the_sentence_goes_on() -> None:
    """w09: "… vắc xin Bại liệt tiêm (IPV) trong Chương trình Tiêm chủng mở rộng." is whole; w06: "… về chuyển đổi
    số năm 2026, xác định rõ lộ trình …" ends before ", xác định"."""
    bracket = ("Ngày 4/6/2016 Bộ Y tế ban hành Quyết định số 2144/QĐ-BYT về việc phê duyệt lịch tiêm chủng vắc xin "
               "Bại liệt tiêm (IPV) trong Chương trình Tiêm chủng mở rộng. Theo đó, vắc xin được tiêm cho trẻ.\n")
    assert _read(bracket)["title"] == ("về việc phê duyệt lịch tiêm chủng vắc xin Bại liệt tiêm (IPV) trong Chương "
                                       "trình Tiêm chủng mở rộng")
    run_on = ("Ngày 31/12/2025, UBND tỉnh Thanh Hóa đã ban hành Kế hoạch số 275/KH-UBND về chuyển đổi số năm 2026, "
              "xác định rõ lộ trình và các mục tiêu cụ thể.\n")
    assert _read(run_on)["title"] == "về chuyển đổi số năm 2026"


def test_a_lead_naming_a_letter_by_the_generic_word_is_a_cong_van() -> None:
    """w11: "Ngày 6/5/2019, UBND tỉnh đã có văn bản số 1889/UBND-NN gửi … về việc …": a number with no type code
    called "văn bản" is a Công văn (ND 30/2020); its trích yếu is the V/v text; "UBND tỉnh" names no province, so it is kept as written."""
    text = ("Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng\n\n"
            "Ngày 6/5/2019, UBND tỉnh đã có văn bản số 1889/UBND-NN gửi các Sở, ban ngành, đoàn thể cấp tỉnh; UBND các "
            "huyện, thành phố, thị xã về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng.\n")
    fields = _read(text)
    assert (fields["number"], fields["type"], fields["date"], fields["title"]) == (
        "1889/UBND-NN", "Công văn", "2019-05-06", "tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng")
    assert fields.get("issuer") == "Ủy ban nhân dân tỉnh"
    typed = text.replace("văn bản số 1889/UBND-NN", "văn bản số 1889/QĐ-UBND")
    assert _read(typed).get("type") != "Công văn"  # a number that names its type is not a letter


def test_a_lead_a_pdf_wrapped_over_many_short_lines_is_read_to_its_full_stop() -> None:
    """w22, w02 (pdf): a narrow column wraps the lead over six lines; the trích yếu runs to the sentence's end,
    not to the fourth line after the one the lead starts on."""
    text = ("Bộ Giáo dục và Đào tạo vừa\nban hành công văn số\n4726/BGDĐT-GDTC gửi UBND\n"
            "các tỉnh, thành phố về việc tổ\nchức hoạt động dạy học trực\ntiếp tại các cơ sở giáo dục.\n")
    fields = _read(text)
    assert (fields["number"], fields["type"], fields["title"]) == (
        "4726/BGDĐT-GDTC", "Công văn", "tổ chức hoạt động dạy học trực tiếp tại các cơ sở giáo dục")


def test_a_portal_records_labels_without_colons_and_a_telegrams_hour_line() -> None:
    """w04: "Số/Ký hiệu 4 /CĐ-BCH" / "Ngày ký …" / "Người ký Trần Quang Vũ" / "Trích yếu nội dung Công điện (Số 14
    /CĐ-BCH) V/v …" over the header; under "CÔNG ĐIỆN" the hour line "Vào hồi 10 giờ 00 / ngày 11/10/2013" is no
    trích yếu. The header's own number wins over the record's typo; the record gives the trích yếu and signer."""
    text = ("Nội dung văn bản\nSố/Ký hiệu 4 /CĐ-BCH\nNgày ký 11/10/2013\nNgười ký Trần Quang Vũ\n"
            "Trích yếu nội dung Công điện (Số 14 /CĐ-BCH) V/v chủ động đối phó với cơn bão NARI\n"
            "Lĩnh vực Phòng chống và khắc phục thiên tai\n\nUBND HUYỆN BỐ TRẠCH\nBAN CHỈ HUY PCLB&TKCN\n"
            "Số: 14 /CĐ-BCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Bố Trạch, ngày 11 tháng 10  năm 2013\nCÔNG ĐIỆN\nVào hồi 10 giờ 00 / ngày 11/10/2013\n"
            "BAN CHỈ HUY PCLB&TKCN HUYỆN BỐ TRẠCH\nĐIỆN:\nChủ tịch UBND các xã, thị trấn\n\n"
            "Theo bản tin của Trung tâm dự báo khí tượng thuỷ văn Trung ương, một cơn bão đang hoạt động.\n")
    fields = _read(text)
    assert (fields["number"], fields["type"], fields["title"], fields["signer"]) == (
        "14/CĐ-BCH", "Công điện", "chủ động đối phó với cơn bão NARI", "Trần Quang Vũ")
    prose = "Người ký văn bản phải chịu trách nhiệm.\nNgày ký là ngày ban hành.\n"
    assert not _read(prose).get("signer")  # two lines of prose that open with a label are no record
