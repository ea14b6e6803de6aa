"""The eighteenth session's single-page import rules tried on pages of the same kind in other layouts, with other
names and bodies (nineteenth session, imp19), and the kind that cost heldout16's g04 its date.

Each test is a short page written here, not taken from any set; a rule that holds keeps its test, a rule narrowed
or removed is pinned by the case it must no longer take.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title"))


def test_a_flattened_old_header_with_a_dashed_number_keeps_its_date() -> None:
    """g04's kind: a header a font flattened onto one line, the place's letters lost ("H i Phòng"), the number in
    the old style with a dash ("15-CP", "S : 15-CP"): its date line is the header's, not a day in running text."""
    for number in ("Số: 15-CP", "S : 15-CP", "S 15 - CP"):
        result = _result(f"1. HỘI ĐỒNG CHÍNH PHỦ VIỆT NAM DÂN CHỦ CỘNG HÒA Độc lập Tự do Hạnh phúc {number} H i Ph ng, "
                         "ngày 5 tháng 2 năm 1965 NGHỊ ĐỊNH VỀ VIỆC THÀNH LẬP THỊ XÃ HÒN GAI\n")
        assert result.fields.get("date") == "1965-02-05", number
    stars = _result("1. B N I V C NG HOÀ XÃ H I CH NGHĨA VI T NAM ******** c l p - T do - H nh phúc ******** "
                    "H N i, ngày 12 tháng 3 năm 1990 CH TH V VI C KI M TRA\n")
    assert stars.fields.get("date") == "1990-03-12"


def test_a_day_in_running_text_is_still_no_date_line() -> None:
    for text in ("Các đơn vị gửi báo cáo giai đoạn 2021-2025 về Phòng chậm nhất là thứ sáu, ngày 14 tháng 4 năm 2023, "
                 "để tổng hợp.\n",
                 "Số lượng đăng ký gửi về văn phòng chậm nhất là thứ 2, ngày 14 tháng 4 năm 2014, (đối với các đơn "
                 "vị nhỏ thì liên kết).\n"):
        assert _result(text).fields.get("date", "") == "", text


def test_a_record_table_in_another_sites_labels_and_a_validity_history_in_another_order() -> None:
    """fcf00c6 held: "Số hiệu" for "Số ký hiệu", a title column; the issued row after the in-force row."""
    result = _result("Số hiệu Ngày ban hành Loại văn bản Trích yếu\n145/QĐ-UBND 12/03/2019 Quyết định Về việc phê duyệt "
                     "kế hoạch sử dụng đất năm 2019 huyện Lục Ngạn\n")
    assert _five(result) == ("145/QĐ-UBND", "Quyết định", "", "2019-03-12",
                             "Về việc phê duyệt kế hoạch sử dụng đất năm 2019 huyện Lục Ngạn")
    history = _result("Lịch sử hiệu lực: Thông tư 12/2019/TT-BTC\nNgày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
                      "01/04/2019 Văn bản có hiệu lực 12/2019/TT-BTC\n10/02/2019 Văn bản được ban hành 12/2019/TT-BTC\n")
    assert _five(history) == ("12/2019/TT-BTC", "Thông tư", "Bộ Tài chính", "2019-02-10", "")


def test_other_bodies_acting_in_a_pages_opening() -> None:
    """611f72f held: a centre, a department's office, a sub-department, a union after a paper's tag in brackets, a
    department after a radio's tag."""
    cases = {
        "Văn phòng Sở Nội vụ vừa ban hành Kế hoạch tổ chức hội nghị cán bộ công chức năm 2023.\n":
            ("Kế hoạch", "Văn phòng Sở Nội vụ", "tổ chức hội nghị cán bộ công chức năm 2023"),
        "Chi cục Thủy sản tỉnh Cà Mau ban hành Kế hoạch kiểm tra tàu cá trước mùa mưa bão năm 2022.\n":
            ("Kế hoạch", "Chi cục Thủy sản tỉnh Cà Mau", "kiểm tra tàu cá trước mùa mưa bão năm 2022"),
        "VOV - Cục Quản lý dược vừa chính thức ban hành công văn về việc tăng cường quản lý thuốc kháng sinh.\n":
            ("Công văn", "Cục Quản lý dược", "tăng cường quản lý thuốc kháng sinh"),
        "(Baonghean.vn) - Công đoàn Viên chức tỉnh vừa ban hành Hướng dẫn tổ chức Đại hội công đoàn cơ sở.\n":
            ("Hướng dẫn", "Công đoàn Viên chức tỉnh", "tổ chức Đại hội công đoàn cơ sở"),
    }
    for text, want in cases.items():
        assert _five(_result(text))[1:] == (want[0], want[1], "", want[2]), text


def test_a_clause_inside_what_would_be_a_bodys_name_is_no_body() -> None:
    """611f72f narrowed (heldout16 g25): "Văn phòng … sẽ chỉ đạo ban Tiếp công dân thành phố hướng dẫn tổ chức,
    công dân gửi đơn thư …" names no body issuing a Hướng dẫn; nor does a body named after "của Chủ tịch"."""
    result = _result("Thực hiện Công điện số 05/CĐ-UBND ngày 02/02/2021 của Chủ tịch UBND tỉnh Bắc Ninh về phòng dịch.\n"
                     "Văn phòng HĐND và UBND huyện sẽ chỉ đạo bộ phận một cửa hướng dẫn người dân nộp hồ sơ qua dịch "
                     "vụ bưu chính.\n")
    assert _five(result)[1:3] == ("", "")


def test_a_notice_page_closed_by_its_formula_is_issued_by_the_body_its_opening_says_notifies() -> None:
    """heldout16 g25's kind, also dev14 d07, heldout11 a23, heldout4 q05 (already read otherwise): "Thực hiện …, X
    thông báo <subject>." then "… thông báo để các tổ chức, cá nhân biết.": the notice is X's, its subject the trích
    yếu; the formula itself is no subject."""
    result = _result("Huyện Yên Dũng thông báo tạm dừng tiếp công dân tháng 8\n\nThực hiện Công văn số 12/UBND-VP ngày "
                     "01/8/2021 của UBND tỉnh Bắc Giang về phòng dịch, Thường trực HĐND huyện Yên Dũng thông báo tạm "
                     "dừng việc tiếp công dân định kỳ tháng 8 năm 2021.\nVăn phòng HĐND và UBND huyện trân trọng thông "
                     "báo để các tổ chức, cá nhân biết.\n")
    assert _five(result)[1:] == ("Thông báo", "Thường trực Hội đồng nhân dân huyện Yên Dũng", "",
                                 "tạm dừng việc tiếp công dân định kỳ tháng 8 năm 2021")
    passed_on = _result("Sở Y tế đề nghị các bệnh viện chủ động phương án. UBND huyện thông báo để các xã biết, thực "
                        "hiện.\n")
    assert _five(passed_on)[1:] == ("", "", "", "")


def test_an_office_that_notified_on_a_day_in_a_city_written_tp() -> None:
    """heldout16 g33's kind: "Văn phòng UBND TP. Hồ Chí Minh ngày 14/6 đã có thông báo …": the day before the verb
    (no year: no date), the city's "TP." inside the name and the trích yếu."""
    result = _result("Văn phòng UBND TP. Đà Nẵng ngày 12/3 đã có thông báo kết luận của UBND Thành phố về việc chỉnh "
                     "trang đô thị trên địa bàn TP. Đà Nẵng.\n")
    assert _five(result) == ("", "Thông báo", "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng", "",
                             "kết luận của UBND Thành phố về việc chỉnh trang đô thị trên địa bàn TP. Đà Nẵng")


def test_a_leads_body_with_a_bracketed_short_name_may_be_a_centre() -> None:
    """f891201 generalised: "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh ban hành Công văn số …" as "Ban … (PCTT&TKCN)"."""
    result = _result("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh ban hành Công văn số 112/KSBT-TT ngày 3/6/2022 về việc "
                     "tăng cường giám sát bệnh tay chân miệng.\n")
    assert _five(result) == ("112/KSBT-TT", "Công văn", "Trung tâm Kiểm soát bệnh tật tỉnh", "2022-06-03",
                             "tăng cường giám sát bệnh tay chân miệng")


def test_an_issuer_cut_before_its_va_is_finished_from_a_body_that_writes_it_with_a_dash() -> None:
    """f891201 generalised: "BỘ LAO ĐỘNG, THƯƠNG BINH |" and the body's "Bộ Lao động - Thương binh và Xã hội"."""
    result = _result("BỘ LAO ĐỘNG, THƯƠNG BINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/2021/TT-BLĐTBXH | Hà Nội, "
                     "ngày 21 tháng 10 năm 2021 |\nTHÔNG TƯ\nQuy định chi tiết về hợp đồng lao động\nCăn cứ Nghị định "
                     "số 62/2022/NĐ-CP của Chính phủ quy định chức năng của Bộ Lao động - Thương binh và Xã hội;\n")
    assert result.fields.get("issuer") == "Bộ Lao động - Thương binh và Xã hội"


def test_a_bare_committee_whose_authority_line_gives_its_level() -> None:
    """heldout16 g01, g11, g15 (one site's copies): "ỦY BAN NHÂN DÂN |" (the province's line lost) and "CHỦ TỊCH ỦY
    BAN NHÂN DÂN HUYỆN": the level from the authority line, the name from the date line's place; a place that is no
    province's name (a provincial town) leaves it empty."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-UBND | {place}, ngày 3 tháng 4 năm 2019 |\n"
            "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN {level}\nCăn cứ Luật Tổ chức chính quyền "
            "địa phương ngày 19/6/2015;\n")
    district = _result(text.format(place="Gia Lâm", level="HUYỆN"))
    assert district.fields.get("issuer") == "Ủy ban nhân dân huyện Gia Lâm"
    assert "issuer" in {k for k, _ in district.unsure}
    town = _result(text.format(place="Buôn Ma Thuột", level="TỈNH"))
    assert town.fields.get("issuer", "") == ""


def test_a_managing_body_and_its_unit_on_one_line_in_other_pairs() -> None:
    """c01ce12 generalised: a committee and its department, a ministry and its general department, a committee and its
    board; "ĐẦU TƯ" is investment, never "đầu Trung ương"."""
    head = "{issuer}\nSố: 33/BC-X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLào Cai, ngày 10 tháng 2 năm 2023\nBÁO CÁO\nTình hình\n"
    cases = {"UBND TỈNH LÀO CAI SỞ TÀI CHÍNH": "Sở Tài chính tỉnh Lào Cai",  # its province (import README)
             "BỘ TÀI CHÍNH TỔNG CỤC THUẾ": "Tổng cục Thuế",
             "UBND HUYỆN BA VÌ BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG": "Ban Quản lý dự án đầu tư xây dựng",
             # a board takes its committee's place (import README, "A district office or a steering board names its place")
             "UBND TỈNH NAM ĐỊNH BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH": "Ban Chỉ đạo phòng chống dịch tỉnh Nam Định",
             "SỞ KẾ HOẠCH VÀ ĐẦU TƯ": "Sở Kế hoạch và Đầu tư",
             "UBND XÃ BẢN PHỐ": "Ủy ban nhân dân xã Bản Phố"}
    for issuer, want in cases.items():
        assert _result(head.format(issuer=issuer)).fields.get("issuer") == want, issuer


def test_the_old_gazettes_heading_with_its_trich_yeu_wrapped_after_a_comma() -> None:
    """heldout16 g20's kind (the gazette's title block, as heldout h16, x13, e30 already read): "CỦA BỘ … SỐ … NGÀY
    …" over a trích yếu in capitals that wraps after a comma, up to the authority line."""
    result = _result("THÔNG TƯ\n\nCỦA BỘ TÀI CHÍNH SỐ 45/2003/TT-BTC NGÀY 02 THÁNG 4 NĂM 2003\nVỀ VIỆC BAN HÀNH "
                     "MỨC THU LỆ PHÍ CẤP GIẤY PHÉP,\nTHẺ HÀNH NGHỀ\n\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n\nCăn cứ Nghị định số "
                     "77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ;\n")
    assert _five(result)[1:] == ("Thông tư", "Bộ Tài chính", "2003-04-02",
                                 "Về việc ban hành mức thu lệ phí cấp giấy phép, thẻ hành nghề")


def test_a_posts_one_line_record_without_so_and_with_the_day_in_figures() -> None:
    """heldout16 g24, g23's kind: "NGHỊ ĐỊNH 31/2016/NĐ-CP, NGÀY 6/5/2016, V/V …" and "Thông tư số … ngày 16/11/2018
    Quy định …" give the number, the day and the trích yếu; a ministry's code names the ministry the page never
    names (unsure)."""
    result = _result("QUYẾT ĐỊNH 1234/QĐ-TTg, NGÀY 12/9/2019, V/V PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH\n\nBấm vào đây để "
                     "xem chi tiết\n")
    assert _five(result) == ("1234/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2019-09-12",
                             "V/v phê duyệt đề án phát triển du lịch")
    post = _result("Thông tư số 22/2019/TT-BYT ngày 28/8/2019 Quy định mức tiếp xúc cho phép tiếng ồn tại nơi làm "
                   "việc\n\nTải về: Thông tư số 22/2019/TT-BYT\n")
    assert _five(post)[:4] == ("22/2019/TT-BYT", "Thông tư", "Bộ Y tế", "2019-08-28")
    assert "issuer" in {k for k, _ in post.unsure}


def test_a_letters_label_after_its_number_is_no_part_of_it() -> None:
    """heldout16 g34's kind: "Công văn số 160/PGDĐT V/v …" ("V/v" holds a slash, as a number's parts do)."""
    result = _result("Công văn số 215/SGDĐT-GDTX V/v hướng dẫn tuyển sinh lớp 10\n\nKính gửi: Các trường THPT\n\n"
                     "Sở Giáo dục và Đào tạo hướng dẫn như sau:\n")
    assert result.fields.get("number") == "215/SGDĐT-GDTX"
    assert result.fields.get("title") == "hướng dẫn tuyển sinh lớp 10"


def test_a_headline_record_whose_body_is_followed_by_what_the_document_does() -> None:
    """heldout16 g29's kind: "… ngày 04/7/2012 của Ban … đề nghị doanh nghiệp …": the trích yếu is what follows the
    body; "của <body>" alone is never one."""
    result = _result("Công văn số 88/SXD-QLN ngày 12/5/2015 của Sở Xây dựng tỉnh Bình Dương hướng dẫn thủ tục cấp phép "
                     "xây dựng nhà ở riêng lẻ.\n5/10/23 6:10 AM\n\nCăn cứ Luật Xây dựng năm 2014;\n")
    assert _five(result)[::2] == ("88/SXD-QLN", "Sở Xây dựng tỉnh Bình Dương", "hướng dẫn thủ tục cấp phép xây dựng nhà ở riêng lẻ")
    assert result.fields.get("date") == "2015-05-12"


def test_a_title_that_opens_mid_phrase_is_left_empty() -> None:
    """heldout16 g16's kind: "QUYẾT ĐỊNH" / "GIAI ĐOẠN 2016 - 2020 TRÊN ĐỊA BÀN TỈNH …" (the copy lost its start): no
    trích yếu opens so; reported."""
    result = _result("ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 20/2018/QĐ-UBND | Pleiku, "
                     "ngày 3 tháng 4 năm 2018\nQUYẾT ĐỊNH\nTRÊN ĐỊA BÀN TỈNH GIA LAI ĐẾN NĂM 2025\nỦY BAN NHÂN DÂN TỈNH\n"
                     "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert result.fields.get("title", "") == ""
    assert any(k == "title" and "phần cuối" in why for k, why in result.missing)


def test_a_post_titled_by_its_letter_whose_body_is_abbreviated() -> None:
    """2b035dd generalised: "Kế hoạch UBND huyện X gửi các xã về …" as "Công văn Bộ Y tế gửi … về …" (the body
    written out before it is matched)."""
    result = _result("Kế hoạch UBND huyện Thanh Trì gửi các xã về tổ chức Tết Trung thu năm 2023\n\nCác xã đã nhận được "
                     "kế hoạch.\n")
    assert _five(result)[1:] == ("Kế hoạch", "Ủy ban nhân dân huyện Thanh Trì", "", "về tổ chức Tết Trung thu năm 2023")


def test_a_records_full_name_outranks_the_sites_short_title() -> None:
    """heldout16 g27's kind (the same site as heldout9 y09): a short page title that drops words, then the record's
    full name "<type> <number> của <issuer> về việc …" under the tabs; the full name gives the trích yếu."""
    tabs = "".join(f"  • {t}\n" for t in ("Thuộc tính", "Nội dung", "VB gốc", "Tiếng Anh", "Hiệu lực", "VB liên quan"))
    result = _result("Quyết định 118/QĐ-UBND Quy chế phối hợp quản lý cụm công nghiệp Bắc Giang\n\n" + tabs + "Mục lục\n"
                     "Lưu\n\nthuộc tính Quyết định 118/QĐ-UBND\n\nQuyết định 118/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc "
                     "Giang về việc ban hành Quy chế phối hợp quản lý nhà nước đối với cụm công nghiệp trên địa bàn tỉnh "
                     "Bắc Giang\nCơ quan ban hành: Ủy ban nhân dân tỉnh Bắc GiangSố công báo:Đang cập nhật\n"
                     "Số hiệu:118/QĐ-UBNDNgày đăng công báo:Đang cập nhật\nLoại văn bản:Quyết địnhNgười ký:Lê Ánh Dương\n"
                     "Ngày ban hành:04/03/2020Ngày hết hiệu lực:Đang cập nhật\n")
    assert _five(result) == ("118/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Bắc Giang", "2020-03-04",
                             "về việc ban hành Quy chế phối hợp quản lý nhà nước đối với cụm công nghiệp trên địa bàn "
                             "tỉnh Bắc Giang")


def test_a_post_titled_by_type_and_number_then_a_shortened_body() -> None:
    """heldout13 c27's kind: "Chỉ thị 01/CT-UBND TP.HCM tăng cường …": the number (its code names the type), no
    trích yếu (where the body's short name ends is not read; before, the whole rest was taken)."""
    result = _result("Kế hoạch 45/KH-UBND TP. Cần Thơ triển khai tiêm chủng mở rộng năm 2022\n\nTheo kế hoạch, thành phố "
                     "sẽ tiêm cho 20.000 trẻ em.\n")
    assert _five(result) == ("45/KH-UBND", "Kế hoạch", "", "", "")
    assert "number" in {k for k, _ in result.unsure}


def test_a_copy_that_stops_inside_its_type_line_has_its_trich_yeu_from_the_records_name() -> None:
    """heldout16 g07's kind: "NGHỊ QUYẾ" (the copy cut) is no trích yếu; the record's bulleted name gives it, without
    the site's status note."""
    result = _result("Thông tin văn bản\n  • Quyết định số 15/2010/QĐ-UBND ngày 02/03/2010 của Ủy ban nhân dân tỉnh Phú "
                     "Yên về quy định mức thu học phí (Văn bản hết hiệu lực)\n\n  • Số hiệu văn bản: 15/2010/QĐ-UBND\n"
                     "  • Ngày ban hành: 02-03-2010\n\nỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                     "\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/2010/QĐ-UBND\n\nTuy Hòa, ngày 02 tháng 03 năm 2010\n\n"
                     "QUYẾT ĐỊ\n")
    assert _five(result) == ("15/2010/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Phú Yên", "2010-03-02",
                             "quy định mức thu học phí")


def test_a_place_whose_marked_letters_a_font_dropped() -> None:
    """heldout16 g04, g10, heldout4 q08 (one sharing site's font): "Hà N i, ngày …" is Hà Nội, read back only when
    one listed province or city fits with its marked letters as spaces; reported."""
    result = _result("B TÀI CHÍNH C NG HOÀ XÃ H I CH NGHĨA VI T NAM ******** S : 12/2006/QĐ-BTC Đà N ng, ngày 3 "
                     "tháng 4 năm 2006 QUY T Đ NH\n")
    assert (result.fields.get("place"), result.fields.get("date")) == ("Đà Nẵng", "2006-04-03")
    assert any("mất chữ" in note for note in result.notes)
    unknown = _result("B TÀI CHÍNH C NG HOÀ XÃ H I CH NGHĨA VI T NAM ******** S : 12/2006/QĐ-BTC Xy z, ngày 3 tháng 4 "
                      "năm 2006 QUY T Đ NH\n")
    assert unknown.fields.get("place", "") == ""


def test_a_sharing_sites_ad_slots_are_no_issuer() -> None:
    """heldout4 q08's kind (tailieu.vn; heldout10 z06 too): "YOMEDIA" / "ADSENSE" over the copy are no body; the
    issuer is read from the page's "do … ban hành"."""
    result = _result("YOMEDIA\nADSENSE\nQuyết định số 15/2010/QĐ-BYT\n60\nlượt xem 4\ndownload\nQuyết định số "
                     "15/2010/QĐ-BYT về việc thành lập Hội đồng thẩm định do Bộ Y tế ban hành\nNội dung Text: Quyết "
                     "định số 15/2010/QĐ-BYT\n- B Y T C NG HOÀ XÃ H I CH NGHĨA VI T NAM S 15/QĐ-BYT Hà N i, ngày 05 "
                     "tháng 1 năm 2010 QUY T Đ NH\n")
    assert "YOMEDIA" not in str(result.fields.get("issuer") or "")
