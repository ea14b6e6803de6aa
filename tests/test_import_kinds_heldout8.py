"""Documents with a header, one kind per test, found on heldout8 (eleventh session). Each test writes the kind small
with made-up names and numbers and checks what a clerk gets; where the text does not settle a field, it stays
empty and is reported."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title", "place"))


def test_a_member_organisations_header_that_lost_its_capitals() -> None:
    """x01: a Youth Federation report copied without the header's capitals ("Hội Liên hiệp …" / "Uỷ ban Trung
    ương"), the star rule glued to the date line, "Số: 12 BC/TWH" (the Đoàn-style hyphen a space), the type word in
    lower case and the trích yếu over two paragraphs, the first ending with a comma."""
    text = ("Tải về 143 Kb.\n#3529\n\nHội Liên hiệp Thanh niên Việt Nam\n\nUỷ ban Trung ương\n\n"
            "*** Hà Nội, ngày 20 tháng 01 năm 2010\n\nSố: 17 BC/TWH\n\n\nbáo cáo\n\n"
            "Kết quả công tác Hội năm 2009,\n\nChương trình công tác Hội năm 2010.\n\n--------------\n\n"
            "Năm 2009 là năm thứ hai triển khai Nghị quyết Đại hội Hội, cụ thể như sau:\n")
    assert _five(_result(text)) == ("17-BC/TWH", "Báo cáo", "Uỷ ban Trung ương Hội Liên hiệp Thanh niên Việt Nam",
                                    "2010-01-20", "Kết quả công tác Hội năm 2009, Chương trình công tác Hội năm 2010",
                                    "Hà Nội")


def test_an_organ_named_by_its_rank_is_the_organisations_in_capitals_too() -> None:
    """The same layout in capitals: "HỘI NÔNG DÂN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG" is the Hội's committee."""
    text = ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 41-KH/HNDTW\nHà Nội, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\n"
            "Tổ chức Hội thi nhà nông đua tài\nI. MỤC ĐÍCH\n")
    assert _result(text).fields["issuer"] == "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"


def test_a_running_case_line_above_the_date_that_names_no_body_is_no_issuer() -> None:
    """Only lines that name a body are taken for the header's lost capitals: a portal's breadcrumb is not."""
    text = ("Trang chủ > Văn bản\n\nHà Nội, ngày 20 tháng 01 năm 2010\n\nSố: 17 BC/TWH\n\nBÁO CÁO\n\nKết quả năm 2009\n")
    result = _result(text)
    assert result.fields.get("issuer", "") == ""
    assert any(key == "issuer" for key, _ in result.missing)


def test_a_type_line_that_names_its_own_issuer() -> None:
    """x15, x24: "QUYẾT ĐỊNH CỦA UBND TỈNH X" over a "V/v …" line, and "QUYẾT ĐỊNH" / "CỦA ỦY BAN NHÂN DÂN THÀNH
    PHỐ V/V …": the trích yếu is the "V/v …" (kept, as for any type but a Công văn), never the issuer's name."""
    own_line = ("UBND TỈNH SÓC TRĂNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Sóc Trăng, ngày 2 tháng 12 năm 2005\n\nQUYẾT ĐỊNH CỦA UBND TỈNH SÓC TRĂNG\n\n"
                "V/v phê chuẩn danh sách các đơn vị bầu cử bổ sung\n\nnhiệm kỳ 2004 - 2009\n\n___\n\n"
                "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\n\nCăn cứ Luật Bầu cử;\n")
    assert _five(_result(own_line)) == ("", "Quyết định", "Ủy ban nhân dân tỉnh Sóc Trăng", "2005-12-02",
                                        "V/v phê chuẩn danh sách các đơn vị bầu cử bổ sung nhiệm kỳ 2004 - 2009",
                                        "Sóc Trăng")
    glued = ("ỦY BAN NHÂN\nDÂN\nTHÀNH PHỐ ĐÀ NẴNG\n********\n|\nCỘNG HOÀ XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n88/2003/QĐ-UB\n|\nĐà Nẵng, ngày 7 tháng 7 năm 2003\n|\nQUYẾT ĐỊNH\n"
             "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH\nNGÀNH DU LỊCH ĐẾN NĂM 2010\n"
             "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nCăn cứ Luật tổ chức Hội đồng nhân dân;\n")
    assert _five(_result(glued))[4] == "V/v phê duyệt đề cương quy hoạch ngành du lịch đến năm 2010"


def test_an_old_decisions_whole_heading_gives_its_subject() -> None:
    """h16: "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ … NGÀY … VỀ VIỆC …" has no "V/v". Kept whole until the twenty-first
    session; since then its subject, as the later sets write it (heldout11 a07 … heldout18 j05, h16 relabelled)."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 61/2002/QĐ-TTg\nHà Nội, ngày 14 tháng 5 năm 2002\nQUYẾT ĐỊNH\n"
            "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 61/2002/QĐ-TTG NGÀY 14 THÁNG 5 NĂM 2002 VỀ VIỆC PHÊ DUYỆT QUY HOẠCH\n"
            "Căn cứ Luật Tổ chức Chính phủ;\n")
    assert _result(text).fields["title"] == "Về việc phê duyệt quy hoạch"


def test_a_header_issuer_is_written_out() -> None:
    """x15, x04: "UBND TỈNH X" is "Ủy ban nhân dân tỉnh X"; "PHÒNG GIÁO DỤC-ĐÀO TẠO" is the Phòng Giáo dục và Đào
    tạo (its name in ND 30 and in its own decisions); a joint "HĐND - UBND" stays as written."""
    head = ("{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/TB-X\n"
            "Cà Mau, ngày 2 tháng 3 năm 2012\nTHÔNG BÁO\nVề việc nghỉ lễ\nKính gửi: Các trường.\n")
    assert _result(head.format(issuer="UBND TỈNH CÀ MAU")).fields["issuer"] == "Ủy ban nhân dân tỉnh Cà Mau"
    trade = _result(head.format(issuer="UBND TP. CÀ MAU\nPHÒNG GIÁO DỤC-ĐÀO TẠO"))
    assert trade.fields["issuer"] == "Phòng Giáo dục và Đào tạo thành phố Cà Mau"  # its place: import README's rule
    assert _result(head.format(issuer="UBND TỈNH CÀ MAU\nSỞ GD&ĐT")).fields["issuer"] == "Sở Giáo dục và Đào tạo tỉnh Cà Mau"  # a department names its province
    joint = _result(head.format(issuer="HĐND - UBND TỈNH CÀ MAU"))
    assert joint.fields["issuer"] == "HĐND - UBND tỉnh Cà Mau"


def test_a_place_line_with_tp_wrapped() -> None:
    """x24: "TP Hồ Chí" / "Minh, ngày …": "TP" without its dot is part of the place."""
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số:\n121/2003/QĐ-UB\n|\nTP Hồ Chí\nMinh, ngày 17 tháng 7 năm 2003\n|\nQUYẾT ĐỊNH\nVề quy hoạch\n")
    assert _result(text).fields["place"] == "TP Hồ Chí Minh"


def test_a_comma_the_original_wrote_without_a_space_stays() -> None:
    """x23: "PHÒNG,CHỐNG TAI NẠN …" is the original's own spelling: kept; a comma a copy moved against the next
    word ("CÁN BỘ ,NHÂN DÂN") is put back."""
    head = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 86/KH-UBND\nHà Nội, ngày 27 tháng 05 năm 2013\nKẾ HOẠCH\n{title}\n\nThực hiện Kế hoạch số 1/KH-UBND.\n")
    assert _result(head.format(title="PHÒNG,CHỐNG TAI NẠN NĂM 2013")).fields["title"] == "Phòng,chống tai nạn năm 2013"
    assert _result(head.format(title="VẬN ĐỘNG CÁN BỘ ,NHÂN DÂN")).fields["title"] == "Vận động cán bộ, nhân dân"


def test_a_mat_tran_letter_whose_left_column_came_before_the_motto() -> None:
    """s19 (heldout6): a Mặt trận board's letter flattened column by column: "ỦY BAN MTTQ VIỆT NAM" / "THÀNH PHỐ X"
    / "BAN TUYÊN GIÁO" / "Về việc …" / the motto / the date line, no "Số" line: the "Về việc" line under the issuer
    is the Công văn's, the board is the issuer and the committee above it its managing body."""
    text = ("Công văn Về việc đón đọc chuyên trang\n\n281\nỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ VĨNH LONG\nBAN TUYÊN GIÁO\n"
            "Về việc đón đọc chuyên trang “Đoàn kết”\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
            "     Vĩnh Long, ngày  21  tháng 02 năm 2020\n\n    Kính gửi: Ban Thường trực các xã\n\n"
            "Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ ngày 27 tháng 5 năm 2016, Ban Thường trực đề nghị.\n")
    result = _result(text)
    assert _five(result) == ("", "Công văn", "Ban Tuyên giáo", "2020-02-21", "đón đọc chuyên trang “Đoàn kết”",
                             "Vĩnh Long")
    assert result.parent == "Ủy ban MTTQ Việt Nam thành phố Vĩnh Long"


def test_a_school_under_its_education_office() -> None:
    """s31 (heldout6): "PHÒNG GD- ĐT X" / "TRƯỜNG TH THỊ TRẤN X": the school is the issuer, its name written out; a
    name wrapped after "MÔI" ("… VÀ MÔI" / "TRƯỜNG") is one name."""
    head = ("{issuer}   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 78/TB-THTT\n"
            "Thị trấn Tân Trụ, ngày 20 tháng 9 năm 2021\nTHÔNG BÁO\nVề việc tham gia BHYT cho học sinh\nCăn cứ văn bản số 1.\n")
    school = _result(head.format(issuer="PHÒNG GD- ĐT TÂN TRỤ\nTRƯỜNG TH THỊ TRẤN TÂN TRỤ\n"))
    assert school.fields["issuer"] == "Trường Tiểu học thị trấn Tân Trụ"
    wrapped = _result(head.format(issuer="UBND TỈNH LONG AN\nSỞ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG\n"))
    assert wrapped.fields["issuer"] == "Sở Tài nguyên và Môi trường tỉnh Long An"


def test_a_lone_rule_mark_between_flattened_cells_is_no_part_of_the_issuer() -> None:
    """w26 (heldout7): "BỘ GIÁO DỤC VÀ ĐÀO TẠO _ CỘNG HÒA XÃ HỘI …" on one line."""
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/2023/TT-BGDĐT\nHà Nội, ngày 3 tháng 4 năm 2023\nTHÔNG TƯ\nQuy định việc lựa chọn sách\n"
            "Căn cứ Luật Giáo dục;\n")
    assert _result(text).fields["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_the_councils_authority_line_ends_a_trích_yếu_even_when_the_header_lost_a_letter() -> None:
    """s24 (heldout6): the header's "HỘI ĐNG NHÂN DÂN" (a font dropped "Ồ") does not match the authority line
    "HỘI ĐỒNG NHÂN DÂN TỈNH X" under the trích yếu: that line still ends it."""
    text = ("HỘI ĐNG NHÂN DÂN\nTỈNH HÀ NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 68/NQ-HĐND\nPhủ Lý, ngày 13 tháng 12 năm 2017\n\nNGHỊ QUYẾT\n\nVỀ VIỆC ĐẶT TÊN THÔN TẠI XÃ AN LÃO\n\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XVII, KỲ HỌP THỨ 5\n\nCăn cứ Luật tổ chức chính quyền địa phương;\n")
    assert _result(text).fields["title"] == "VỀ VIỆC ĐẶT TÊN THÔN TẠI XÃ AN LÃO"


def test_an_issuer_ending_in_số_over_the_number_line() -> None:
    """r14 (heldout5, pdf and html): "… TẠO VÀ CHUYỂN ĐỔI SỐ" / "Số: 01-KH/BCĐTW": the word "SỐ" ending the issuer's
    name must not swallow the number line after it."""
    text = ("BAN CHỈ ĐẠO TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nVỀ PHÁT TRIỂN KHOA HỌC,\nCÔNG NGHỆ, ĐỔI MỚI SÁNG\n"
            "TẠO VÀ CHUYỂN ĐỔI SỐ\nSố: 07-KH/BCĐTW\nHà Nội, ngày 21 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Triển khai phong trào học tập số\n- Căn cứ Nghị quyết số 57-NQ/TW;\n")
    result = _result(text)
    assert result.fields["number"] == "07-KH/BCĐTW"
    assert str(result.fields["issuer"]).lower().startswith("ban chỉ đạo trung ương về phát triển khoa học")


def test_a_pages_html_source_saved_as_text(tmp_path: Path) -> None:
    """x17: a .txt holding a Word-exported page's source (character references without semicolons): read as the
    page, never its markup; "BCH ĐOÀN TP. HỒ CHÍ MINH" is the Ban Chấp hành Đoàn of the city."""
    source = ("Đề cương tuyên truyền<br>\n\n<html> <head> <meta charset='utf-8'> <title> </title> </head> <div> <table> "
              "<tbody> <tr> <td><p class=\"MsoNormal\"><span>BCH &#272O&Agrave;N TP. H&#7890 CH&Iacute; MINH</span></p>"
              "<p><span>***</span></p></td> <td><p><span><b>&#272O&Agrave;N TNCS H&#7890 CH&Iacute; MINH</b></span></p>"
              "<p><span><i>TP. H&#7891 Ch&iacute; Minh, ng&agrave;y 21 th&aacute;ng 02 n&#259m 2015</i></span></p>"
              "</td></tr></tbody></table></div><div><p>Nội dung <span>một</span></p><p>Hai</p></div>")
    path = tmp_path / "de-cuong.txt"
    path.write_text(source, "utf-8")
    from vanban.importer import import_file

    result = import_file(path)
    assert (result.fields["issuer"], result.fields["date"]) == ("Ban Chấp hành Đoàn TP. Hồ Chí Minh", "2015-02-21")
    assert "<" not in result.body and "MsoNormal" not in result.body


def test_a_type_word_over_the_body_in_word_has_no_trích_yếu() -> None:
    """r24 (heldout5, docx): "CHỈ THỊ" then a long paragraph in regular weight: the trích yếu was lost, the paragraph
    is the body's first; and w24 (heldout7): "QUYẾT ĐỊNH" / "ỦY BAN NHÂN DÂN TỈNH" (no issuer read above) is the
    authority line, no trích yếu."""
    from vanban.importer import Line

    long = ("Tình hình dịch bệnh trên thế giới và trong nước hiện nay vẫn có những diễn biến phức tạp, khó lường, "
            "virus có thể lây qua không khí với hệ số lây nhiễm cao; xuất hiện một số ca bệnh có diễn biến dịch tễ "
            "ủ bệnh trong một khoảng thời gian dài, rất khó lường.")
    blocks = [Line("ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", formatted=True),
              Line("TỈNH VĨNH LONG  Độc lập - Tự do - Hạnh phúc", formatted=True),
              Line("Số: 09/CT-UBND  Vĩnh Long, ngày 21 tháng 5 năm 2021", formatted=True),
              Line("CHỈ THỊ", bold=True, formatted=True), Line(long, formatted=True), Line("Để giữ vững kết quả.", formatted=True)]
    result = analyse(blocks, Path("x.docx"))  # type: ignore[arg-type]
    assert (result.fields["type"], result.fields.get("title", "")) == ("Chỉ thị", "")
    assert any(key == "title" for key, _ in result.missing)
    authority = _result("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 13/2016/QĐ-UBND  Độc lập - Tự do - Hạnh phúc\n"
                        "Thủ Dầu Một, ngày 02 tháng 6 năm 2016\nQUYẾT ĐỊNH\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức;\n")
    assert authority.fields.get("title", "") == ""


def test_a_digital_signatures_stamp_dates_a_letter_whose_date_line_is_unreadable() -> None:
    """x16: an OCR'd letter whose date line lost its day and month ("ngay^ptdng nam 2016"): the signature stamp in
    the text layer ("Thời gian ký: 12.04.2016 10:14:06") gives the date, reported as unsure; a readable date line
    wins over the stamp."""
    text = ("UBND TINH HA TINH SO GIAO DUC Người ký: Sở Giáo dục Email: a@b.vn Thời gian ký: 12.04.2016 10:14:06 +07:00 "
            "CONG HOA XA HOI CHU NGHIA VIET NAM Ha Tinh, ngay^ptdng nam 2016 Kinh gui: cac phong\n")
    result = _result(text)
    assert result.fields["date"] == "2016-04-12"
    assert any(key == "date" and "ký số" in why for key, why in result.unsure)
    dated = _result("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nThời gian ký: 12.04.2016 10:14:06\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập - Tự do - Hạnh phúc\nSố: 5/SGDĐT\nHà Tĩnh, ngày 11 tháng 4 năm 2016\nV/v kiểm tra\n")
    assert dated.fields["date"] == "2016-04-11"


def test_a_kind_outside_the_list_centred_over_its_trích_yếu_in_a_pdf() -> None:
    """x17 (pdf): "ĐỀ CƯƠNG" centred, then its trích yếu wrapped over two lines with no gap: the word is no trích
    yếu (and no type of the catalogue: left empty and reported), the two lines are."""
    from vanban.importer import Line

    blocks = [Line("BAN CHẤP HÀNH ĐOÀN TỈNH X", cell="L"), Line("Số: /", cell="L"),
              Line("ĐOÀN TNCS HỒ CHÍ MINH", cell="R"), Line("Tỉnh X, ngày 21 tháng 2 năm 2015", cell="R"),
              Line("ĐỀ CƯƠNG", gap_before=False, centered=True),
              Line("tuyên truyền kỷ niệm 84 năm ngày thành lập Đoàn TNCS Hồ", gap_before=False, centered=False),
              Line("Chí Minh (26/3/1931 - 26/3/2015)", gap_before=False, centered=True),
              Line("I. MỤC ĐÍCH", gap_before=True, centered=False)]
    result = analyse(blocks, Path("x.pdf"))  # type: ignore[arg-type]
    assert result.fields["title"] == "tuyên truyền kỷ niệm 84 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2015)"
    assert result.fields.get("type", "") == "" and any(key == "type" for key, _ in result.missing)


def test_a_party_header_flattened_onto_one_line() -> None:
    """s35 (heldout6), the Hướng dẫn 36-HD/VPTW layout flattened: "ĐẢNG BỘ TỈNH X ĐẢNG BỘ HUYỆN Y ĐẢNG ỦY XÃ Z * Số 09
    KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM …": the last body of the chain issues, those above are its managing bodies; a
    Party committee's own organ ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X") stays one name."""
    text = ("Nội dung\n\nĐẢNG BỘ TỈNH BẮC KẠN ĐẢNG BỘ HUYỆN NA RÌ ĐẢNG ỦY XÃ CƯ LỄ * Số 11 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM "
            "Cư Lễ, ngày 24 tháng 11 năm 2020 KẾ HOẠCH\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2020\n\n"
            "- Căn cứ Hướng dẫn số 33-HD/BTCTW;\n")
    result = _result(text)
    assert (result.fields["number"], result.fields["issuer"], result.fields["date"]) == (
        "11-KH/ĐU", "Đảng ủy xã Cư Lễ", "2020-11-24")
    assert result.parent == "Đảng bộ tỉnh Bắc Kạn Đảng bộ huyện Na Rì"
    organ = _result("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC KẠN\n*\nSố 12-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                    "Bắc Kạn, ngày 4 tháng 11 năm 2020\nNGHỊ QUYẾT\nvề phát triển du lịch\n")
    assert organ.fields["issuer"] == "Ban Chấp hành Đảng bộ tỉnh Bắc Kạn"


def test_the_summary_prints_where_a_file_went_whole() -> None:
    """x15: a decision without a number is written under type + issuer + date; with the issuer written out the path
    passed the summary column's width and was cut ("…"), so the clerk (and import_site_relations) lost it."""
    from vanban.importer.command import Row, summary_table

    result = _result("UBND TỈNH HẬU GIANG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Hà Nội, ngày 12 tháng 12 năm 2005\nQUYẾT ĐỊNH\nV/v phê chuẩn\n")
    target = "content/van-ban/2005/quyet-dinh-uy-ban-nhan-dan-tinh-hau-giang-2005-12-12.md"
    table = summary_table([Row(Path("x15.txt"), result, target)])
    assert table.splitlines()[-1].endswith(f"| {target} |")


def test_a_pdf_trích_yếu_wrapped_after_ngày_goes_on_at_the_margin() -> None:
    """w11 (heldout7, pdf): "Triển khai thực hiện Nghị quyết số 66-NQ/TW ngày" / "30/4/2025 của Bộ Chính trị …": a
    line after a dangling "ngày" goes on even when the PDF reader did not see it centred (it fills the width)."""
    from vanban.importer import Line

    blocks = [Line("ỦY BAN NHÂN DÂN", cell="L"), Line("TỈNH HÀ NAM", cell="L"), Line("Số: 44/KH-UBND", cell="L"),
              Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cell="R"), Line("Độc lập - Tự do - Hạnh phúc", cell="R"),
              Line("Hà Nam, ngày 13 tháng 8 năm 2025", cell="R"), Line("KẾ HOẠCH", gap_before=False, centered=True),
              Line("Triển khai thực hiện Nghị quyết số 66-NQ/TW ngày", gap_before=False, centered=True),
              Line("30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành", gap_before=False, centered=False),
              Line("pháp luật", gap_before=False, centered=True),
              Line("Thực hiện Nghị quyết số 66-NQ/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", centered=False)]
    result = analyse(blocks, Path("x.pdf"))  # type: ignore[arg-type]
    assert result.fields["title"] == ("Triển khai thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi "
                                      "mới công tác xây dựng và thi hành pháp luật")


def test_what_follows_a_trích_yếu_that_is_no_part_of_it() -> None:
    """s32 (heldout6, docx and html): an attachment's file name under the trích yếu ("4103 - HD BHYT HS 2023-2024.pdf"),
    and in Word any line in regular weight after a bold trích yếu; r02 (heldout5, pdf): a page's second copy of the
    type word and trích yếu ("THÔNG BÁO" / "Về viêc …")."""
    from vanban.importer import Line

    head = [Line("SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, cell="L", formatted=True),
            Line("Số: 41/HD-SGDĐT", cell="L", formatted=True),
            Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, cell="R", formatted=True),
            Line("Hà Nam, ngày 01 tháng 8 năm 2023", cell="R", formatted=True),
            Line("HƯỚNG DẪN", bold=True, formatted=True),
            Line("Thực hiện bảo hiểm y tế học sinh năm học 2023-2024", bold=True, formatted=True)]
    for after in ("41 - HD BHYT HS 2023-2024.pdf", "M"):
        result = analyse([*head, Line(after, formatted=True), Line("I. MỤC ĐÍCH", formatted=True)], Path("x.docx"))  # type: ignore[arg-type]
        assert result.fields["title"] == "Thực hiện bảo hiểm y tế học sinh năm học 2023-2024"
    twice = _result("ỦY BAN NHÂN DÂN\nXÃ ĐỨC AN\nSố: 3/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Đức An, ngày 2 tháng 12 năm 2021\nTHÔNG BÁO\nVề việc tạm dừng tiếp công dân\nTHÔNG BÁO\n"
                    "Về viêc tạm dừng tiếp công dân\n–––––\nThực hiện Thông báo số 444/TB-UBND.\n")
    assert twice.fields["title"] == "Về việc tạm dừng tiếp công dân"
    urgent = _result("SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 41/GDĐT-VP | "
                     "Hà Nam, ngày 25 tháng 11 năm 2018\nV/v cho học sinh nghỉ học ngày\n26/11/2018\nKHẨN\n\n"
                     "Kính gửi: Các phòng.\n")
    assert urgent.fields["title"] == "cho học sinh nghỉ học ngày 26/11/2018"  # s03 (heldout6, pdf): "KHẨN" is no part
