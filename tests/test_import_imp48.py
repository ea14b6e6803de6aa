"""Thirty-eighth session (imp48): what a trích yếu ran on into on a hard-wrapped, flattened or site copy, the kind
pooled from the wrong fields nobody was told of over every spent set and form — the preamble's next sentence ("…
viên chức" / "Thi" / "hành Nghị định số …", heldout5 r29, heldout21 m02, heldout24 o22; "TUYỂN SINH … Căn cứ vào số
…", heldout33 ai27), a preamble basis read as the whole trích yếu (heldout35 ak09), a document site's counters and
loading line (heldout21 m11, heldout29 ae08), a cited number's copy spaces (o22). Every page here is written for the
test, in other bodies and words; each asserts on the front matter `vanban import` writes."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report

_HEAD = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 21/2007/TT-BNN\tHà Nội, ngày 05 tháng 3 năm 2007\nTHÔNG TƯ\n")


def test_a_hard_wrapped_preamble_does_not_run_into_the_trich_yeu(tmp_path: Path) -> None:
    """m02's and r29's shape: the Word body wrapped by hand, "Thi" alone on the line under the trích yếu."""
    front = imported_front(tmp_path, _HEAD + (
        "Hướng dẫn việc kiểm dịch động vật trên cạn\nThi\nhành Nghị định số 33/2005/NĐ-CP ngày 15 tháng 3 năm 2005 "
        "của Chính phủ, Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn như sau:\nChương\n1:\nQUY ĐỊNH CHUNG\n"
        "1. Phạm vi điều chỉnh: Thông tư này hướng dẫn việc kiểm dịch động vật trên cạn.\n"))
    assert front["title"] == "Hướng dẫn việc kiểm dịch động vật trên cạn"


def test_a_basis_on_the_trich_yeus_line_is_cut(tmp_path: Path) -> None:
    """ai27's shape: a PDF layer joins "Căn cứ vào …" to the trích yếu in capitals."""
    front = imported_front(tmp_path, (
        "UBND XÃ HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG MẦM NON HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-MNHB\tHòa Bình, ngày 20 tháng 5 năm 2024\nKẾ HOẠCH\nTUYỂN SINH NĂM HỌC 2024 - 2025 Căn cứ vào "
        "Thông tư số 52/2020/TT-BGDĐT ngày 31 tháng 12 năm 2020 ban hành điều lệ trường mầm non;\n"
        "Trường Mầm non Hòa Bình xây dựng kế hoạch tuyển sinh như sau:\nI. MỤC ĐÍCH\n"))
    assert str(front["title"]).lower() == "tuyển sinh năm học 2024 - 2025"


def test_a_basis_read_as_the_whole_trich_yeu_is_left_empty_and_reported(tmp_path: Path) -> None:
    """ak09's shape: the copy lost the trích yếu line; the preamble's "Theo quyết định số …" is none."""
    front, report = imported_with_report(tmp_path, _HEAD + (
        "Theo quyết định số 120-CP ngày 10-05-1975, Hội đồng Chính phủ đã cho thành lập Viện kiểm nghiệm thú y;\n"
        "Bộ hướng dẫn việc tổ chức và hoạt động của Viện như sau:\nI. NHIỆM VỤ\n"))
    assert not front.get("title")
    assert "(title)" in report


def test_a_document_sites_counters_and_loading_line_are_cut(tmp_path: Path) -> None:
    """m11's and ae08's shape: "… 60 5.3K 18 … Đang tải... (xem toàn văn) …" after the V/v line on a sharing site."""
    front = imported_front(tmp_path, (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 812/SGDĐT-GDMN\tĐà Lạt, ngày 03 tháng 4 năm 2019\nV/v tăng cường phòng chống dịch bệnh trong các cơ sở "
        "giáo dục mầm non 42 3.1K 7 PHÒNG DỊCH MẦM NON Đang tải... (xem toàn văn) Tài liệu hạn chế xem trước\n"
        "Kính gửi: Các cơ sở giáo dục mầm non.\nThực hiện chỉ đạo của Bộ Giáo dục và Đào tạo, Sở đề nghị các đơn vị "
        "thực hiện tốt các nội dung sau:\n"))
    assert front["title"] == "tăng cường phòng chống dịch bệnh trong các cơ sở giáo dục mầm non"


def test_a_cited_numbers_copy_spaces_are_closed(tmp_path: Path) -> None:
    """o22's shape: "Nghị định số 73 /2002/NĐ-CP", "11/ 1999/ NĐ-CP" in the trích yếu: the number as cited."""
    front = imported_front(tmp_path, _HEAD + (
        "Hướng dẫn thực hiện Nghị định số 41 /2006/NĐ-CP ngày 20 tháng 4 năm 2006 sửa đổi Nghị định số 12/ 2003/ "
        "NĐ-CP ngày 03 tháng 2 năm 2003 của Chính phủ\nCăn cứ Nghị định số 86/2003/NĐ-CP ngày 18/7/2003;\n"
        "Bộ hướng dẫn như sau:\nI. QUY ĐỊNH CHUNG\n"))
    assert front["title"] == ("Hướng dẫn thực hiện Nghị định số 41/2006/NĐ-CP ngày 20 tháng 4 năm 2006 sửa đổi Nghị "
                              "định số 12/2003/NĐ-CP ngày 03 tháng 2 năm 2003 của Chính phủ")


_MAPPED = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 77/SGDĐT-GDTrH\tPleiku, ngày 10 tháng 9 năm 2020\n")


def test_a_fonts_lost_letters_in_the_trich_yeu_are_read_from_the_body(tmp_path: Path) -> None:
    """f02's and ae09's shape: a copy whose font maps letters ("thơng", "Phịng") and loses some ("xuyên" → "xun",
    "Toán" → "Tốn"): the trích yếu's word is the body's, written beside the same words and more often."""
    front = imported_front(tmp_path, _MAPPED + (
        "V/v tổ chức Hội thi Tốn học tuổi thơ cho học sinh giáo dục thường xun\nKính gửi: Các Phịng Giáo dục.\n"
        "Sở tổ chức Hội thi Toán học tuổi thơ năm 2020 cho học sinh phổ thơng và giáo dục thường xuyên; các "
        "đơn vị tham gia Hội thi Toán học tuổi thơ theo hướng dẫn. Học sinh giáo dục thường xuyên được tham gia.\n"))
    assert front["title"] == "tổ chức Hội thi Toán học tuổi thơ cho học sinh giáo dục thường xuyên"


def test_a_wrapped_line_said_again_after_the_mended_trich_yeu_is_dropped(tmp_path: Path) -> None:
    """f02's other forms: the rebuilt V/v line, then the copy's own wrapped line with the font's lost letters."""
    front = imported_front(tmp_path, _MAPPED + (
        "V/v tổ chức Hội thi Toán học tuổi thơ cho học sinh giáo dục thường xuyên Hội thi Tốn học tuổi thơ cho học "
        "sinh giáo dục thường xun\nKính gửi: Các Phịng Giáo dục.\n"
        "Sở tổ chức Hội thi Toán học tuổi thơ năm 2020 cho học sinh phổ thơng và giáo dục thường xuyên; các "
        "đơn vị tham gia Hội thi Toán học tuổi thơ theo hướng dẫn. Học sinh giáo dục thường xuyên được tham gia.\n"))
    assert front["title"] == "tổ chức Hội thi Toán học tuổi thơ cho học sinh giáo dục thường xuyên"


def test_a_whole_word_is_never_read_as_the_bodys_lost_one(tmp_path: Path) -> None:
    """p11's other forms: the trích yếu writes "an toàn" whole while the copy's body writes "an tồn": kept."""
    front = imported_front(tmp_path, _MAPPED + (
        "V/v xây dựng trường học an toàn, phòng chống tai nạn\nKính gửi: Các Phịng Giáo dục.\n"
        "Các trường xây dựng trường học an tồn, phòng chống tai nạn thương tích; bảo đảm an tồn, phòng chống "
        "tai nạn cho học sinh phổ thơng.\n"))
    assert front["title"] == "xây dựng trường học an toàn, phòng chống tai nạn"


def test_a_trich_yeu_ending_on_a_bracketed_date_is_reported(tmp_path: Path) -> None:
    """c25's shape: a page's title "Thông báo về việc … (11/01/2023)": the post's date or the document's own (tuning4
    w04's label keeps a storm's); the text does not say, so the clerk is told."""
    front, report = imported_with_report(tmp_path, (
        "Thông báo\nThông báo về việc công bố kết quả quan trắc nước mặt theo hình thức mới (05/02/2024)\n"
        "-   +   A-   A+   In\n\nNhằm công khai kết quả quan trắc, Sở Tài nguyên và Môi trường trân trọng thông báo "
        "đến các sở, ban, ngành hình thức công bố mới như sau:\n1. Trên Trang thông tin điện tử của Sở\n"))
    assert str(front.get("title") or "").endswith("(05/02/2024)")
    assert "? chưa chắc trích yếu (title)" in report


def test_a_trich_yeu_ending_on_the_old_gazettes_authority_line_is_reported(tmp_path: Path) -> None:
    """af01's shape: "… THUỘC TỈNH NGHĨA BÌNH" glued to the enacting "HỘI ĐỒNG BỘ TRƯỞNG" line under it."""
    front, report = imported_with_report(tmp_path, (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM | |\nSố: 41-HĐBT | Hà Nội, ngày 12 tháng 4 năm 1984 |\nQUYẾT ĐỊNH\n"
        "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 41-HĐBT NGÀY 12-4-1984\nVỀ VIỆC THÀNH LẬP XÃ MỚI THUỘC HUYỆN SƠN TỊNH TỈNH "
        "NGHĨA BÌNHHỘI ĐỒNG BỘ TRƯỞNG\nCăn cứ điều 107 của Hiến pháp;QUYẾT ĐỊNH:\nĐiều 1. - Nay thành lập xã mới.\n"))
    assert "? chưa chắc trích yếu (title)" in report
    assert front.get("title")


_SCHOOL = ("PHÒNG GD&ĐT HUYỆN TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS TÂN AN\t"
           "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-THCS\tTân An, ngày 02 tháng 12 năm 2019\nKẾ HOẠCH\n")


def test_a_list_item_inside_the_trich_yeu_is_reported(tmp_path: Path) -> None:
    """u11's and ai10's shape: the body's "1.Tư tưởng:" run into the trích yếu: the clerk is told."""
    front, report = imported_with_report(tmp_path, _SCHOOL + (
        "Hoạt động Liên đội tháng 12 Chủ điểm tháng 12: BIẾT ƠN THẦY CÔ 1.Tư tưởng: CHÀO MỪNG NGÀY 22/12 2.Nội dung "
        "hoạt động\nCăn cứ kế hoạch năm học, Liên đội xây dựng kế hoạch hoạt động như sau:\n"))
    assert front.get("title")
    assert "? chưa chắc trích yếu (title)" in report


def test_a_blank_date_line_inside_the_trich_yeu_is_reported(tmp_path: Path) -> None:
    """f07's shape: "… năm học 2019 – 2020 V/v … Tân An, Ngày tháng năm 2019" in one trích yếu."""
    front, report = imported_with_report(tmp_path, _SCHOOL + (
        "Kiểm tra nội bộ trường học năm học 2019 – 2020 V/v Kiểm tra nội bộ Tân An, Ngày tháng năm 2019\n"
        "Căn cứ kế hoạch năm học, nhà trường xây dựng kế hoạch kiểm tra nội bộ như sau:\n"))
    assert front.get("title")
    assert "? chưa chắc trích yếu (title)" in report


def test_a_files_stray_code_in_the_trich_yeu_is_reported(tmp_path: Path) -> None:
    """aa01's shape: an old Word file's binary leaves "ࡱ>" after the trích yếu."""
    front, report = imported_with_report(tmp_path, _SCHOOL + (
        "Bình xét thi đua cuối năm 2019 ࡱ>\nCăn cứ kế hoạch năm học, nhà trường hướng dẫn bình xét như sau:\n"))
    assert front.get("title")
    assert "? chưa chắc trích yếu (title)" in report
