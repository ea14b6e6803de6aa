"""Thirty-second session (citations README, "thirty-second session"): a header's number field after a header cell in
capitals on its line, a copy having flattened the header row by row.  Each on a page written here in another layout
than the pages that showed it, run on the fast extractor and its plain reference; each positive test fails on the
session's start code (01a7cbc), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS


def test_the_number_field_after_the_issuers_cell_is_the_pages_own(extractor: Extractor) -> None:
    """"SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 647 /SGDĐT-GDTrH V/v hướng dẫn …" (heldout31 h31-03): the issuer's cell, the field, the
    subject line: the page is that letter, and its number is never cited."""
    text = (
        "Hướng dẫn công tác tuyển sinh năm học 2024-2025\nLượt xem: 120\n"
        "UBND HUYỆN TÂN PHÚ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 312 /PGDĐT-THCS V/v hướng dẫn công tác tuyển sinh |\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc Tân Phú, ngày 02 tháng 6 năm 2024 |\n"
        "Căn cứ Công văn số 1120/SGDĐT-KTKĐ ngày 20/5/2024 của Sở Giáo dục và Đào tạo về tuyển sinh;\n"
        "Phòng Giáo dục và Đào tạo hướng dẫn như sau: 312 /PGDĐT-THCS là văn bản này.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "312/PGDĐT-THCS"
    assert relations(got) == {"1120/SGDĐT-KTKĐ": IMPLEMENTS}


def test_the_field_after_the_flattened_quoc_hieu_and_a_party_headers_star(extractor: Extractor) -> None:
    """"… CHỦ NGHĨA VIỆT NAM Số: 04/2012/NQ-HĐND Quảng Ngãi, ngày …" (heldout31 h31-36, a copy whose font lost words);
    "ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …" (import heldout6 s35, the colon lost)."""
    state = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 15/2016/NQ-HĐND Bình Phước, ngày 10 "
        "tháng 8 năm 2016 Độc lập - Tự do - Hạnh phúc NGHỊ QUYẾT Quy định mức chi Căn cứ Thông tư số 97/2010/TT-BTC "
        "ngày 06/7/2010 của Bộ Tài chính;\n"
    )
    got = extractor(state, find_own=True)
    assert own_number(got) == "15/2016/NQ-HĐND"
    assert "15/2016/NQ-HĐND" not in relations(got)
    party = (
        "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG ĐẢNG ỦY XÃ YÊN ĐỔ * Số 21 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Yên Đổ, ngày 12 tháng 3 năm "
        "2021 KẾ HOẠCH tổ chức học tập Nghị quyết. Thực hiện Kế hoạch số 40-KH/HU ngày 02/3/2021 của Huyện ủy, Đảng ủy "
        "xã xây dựng Kế hoạch số 21-KH/ĐU như sau:\n"
    )
    got = extractor(party, find_own=True)
    assert own_number(got) == "21-KH/ĐU"
    assert "21-KH/ĐU" not in relations(got)


def test_a_cited_line_in_capitals_or_a_field_glued_to_the_next_cell_is_no_field(extractor: Extractor) -> None:
    """The mirrors: a title in capitals that names a document ("… THỰC HIỆN KẾ HOẠCH Số 164-KH/TU CỦA TỈNH ỦY, ngày …"
    without a colon) is no number field; a field whose code runs into the next cell ("367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ
    MINH Hà Nội, ngày …", import heldout h10: a code's initials never carry a tone mark) gives no own number rather than
    a wrong one."""
    title = (
        "Tin hoạt động\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH Số 164-KH/TU Phú Yên, ngày 3 tháng 5 năm 2024 Ban Thường vụ Huyện "
        "ủy tổ chức hội nghị triển khai Kế hoạch số 164-KH/TU của Tỉnh ủy.\n"
    )
    assert own_number(extractor(title, find_own=True)) is None
    glued = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG *** Số: 412 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2015 "
        "QUYẾT ĐỊNH Về việc ban hành quy chế\n"
    )
    assert own_number(extractor(glued, find_own=True)) is None


def test_a_titles_number_whose_separators_a_file_name_lost(extractor: Extractor) -> None:
    """"Kế hoạch 1547 KH SGDĐT 2025 tổ chức hoạt động hè …" then "… đã có Kế hoạch 1547/KH-SGDĐT năm 2025 …" (heldout31
    h31-47): the title's spaced number, written whole further down, is the page's own; "32-2017 TT BLDTBXH quy dinh …"
    (heldout20 h20-50): a file's name without marks, its code in capitals, is a legal document's number."""
    text = (
        "Thông báo 118 TB UBND 2024 lịch nghỉ hè của học sinh tỉnh Hà Nam thế nào?\n\n"
        "Ngày 02/5/2024, Ủy ban nhân dân tỉnh đã có Thông báo 118/TB-UBND năm 2024 về lịch nghỉ hè. "
        "Theo nội dung Thông báo 118/TB-UBND, các trường thực hiện Thông tư 17/2023/TT-BGDĐT.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "118/TB-UBND"
    assert "118/TB-UBND" not in relations(got)
    slug = "15-2019 ND CP quy dinh chi tiet luat giao duc nghe nghiep\n\nNội dung văn bản đang cập nhật.\n"
    assert own_number(extractor(slug, find_own=True)) == "15/2019/NĐ-CP"


def test_a_spaced_number_the_text_never_writes_whole_or_words_in_capitals_are_no_title(extractor: Extractor) -> None:
    """The mirrors: a spaced number without a year that the opening never writes whole is not read (its year and its
    end cannot be told apart); an ASCII line whose words after the number are not capitals is no file name."""
    alone = "Kế hoạch 1547 KH SGDĐT 2025 tổ chức hoạt động hè ra sao?\n\nMr Phan 0983120120\n"
    assert own_number(extractor(alone, find_own=True)) is None
    prose = "32-2017 Tt Bldtbxh quy dinh dieu chinh tien luong\n"
    assert own_number(extractor(prose, find_own=True)) is None


def test_a_short_pages_download_link_attachment_or_source_credit_names_its_document(extractor: Extractor) -> None:
    """A short news page that closes by pointing to the document it retells: a download link ("Tải quyết định số
    1931/QĐ-UBND tại đây", import heldout13 c29), an attachment credited with a colon ("(Kèm theo: Công văn số
    359/UBND-NN …)", heldout12 b24), a source credit by the number alone ("(nguồn 723/QĐ-UBND-HC)", heldout11 a30;
    "BBT(Nguồn: 132/TB-UBND)", heldout29 ae30): that document is the page's, never cited by it."""
    body = (
        "Giá nước sạch mới từ tháng 10\n\n"
        "Ủy ban nhân dân tỉnh đã điều chỉnh giá tiêu thụ nước sạch trên địa bàn tỉnh theo Quyết định số 812/QĐ-UBND "
        "ngày 12/9/2024, áp dụng từ ngày 01/10/2024.\n\n"
    )
    for tail, own in (
        ("Tải quyết định số 812/QĐ-UBND tại đây\n", "812/QĐ-UBND"),
        ("Các hộ dân thực hiện theo hướng dẫn (Kèm theo: Quyết định số 812/QĐ-UBND ngày 12/9/2024 của UBND tỉnh)\n", "812/QĐ-UBND"),
        ("Minh Châu (nguồn 812/QĐ-UBND)\n", "812/QĐ-UBND"),
    ):
        got = extractor(body + tail, find_own=True)
        assert own_number(got) == own
        assert "812/QĐ-UBND" not in relations(got)
    credit = "Thời gian hoạt động các chợ\n\nỦy ban nhân dân huyện thông báo giờ mở cửa các chợ như sau: …\n\nBBT(Nguồn: 132/TB-UBND)\n"
    assert own_number(extractor(credit, find_own=True)) == "132/TB-UBND"


def test_an_annex_inside_a_sentence_or_a_credit_that_goes_on_is_no_source(extractor: Extractor) -> None:
    """The mirrors: "(kèm theo Quyết định số …)" without a colon inside a sentence names another document's annex; a
    source credit that names an outlet ("(Nguồn: Báo Nhân dân)") or goes on after the number is no own number."""
    annex = (
        "Tuyên truyền phòng cháy\n\nCác xã thực hiện Kế hoạch phòng cháy (kèm theo Quyết định số 77/QĐ-UBND ngày "
        "02/3/2024 của UBND huyện) và báo cáo kết quả trước ngày 30/6.\n"
    )
    assert own_number(extractor(annex, find_own=True)) is None
    outlet = "Hội nghị tổng kết\n\nHuyện ủy thực hiện Kế hoạch số 45-KH/HU về tổng kết năm.\n\n(Nguồn: Báo Nhân dân)\n"
    assert own_number(extractor(outlet, find_own=True)) is None


def test_a_downloads_heading_over_one_numbered_document(extractor: Extractor) -> None:
    """"Xem và Tải về:⏎⏎1. Thông báo số 550/TB-UBND ngày … về việc …⏎⏎2. Phụ lục 3 - …" (import heldout23 u24): the
    page's downloads name its document; two numbered documents there name none."""
    body = "Thông báo lấy ý kiến về đặt tên đường\n\n206 lượt xem\n\nChủ tịch Ủy ban nhân dân phường công bố phương án.\n\n"
    one = body + "Xem và Tải về:\n\n1. Thông báo số 31/TB-UBND ngày 02/4/2024 về việc lấy ý kiến\n\n2. Phụ lục - Phương án\n"
    got = extractor(one, find_own=True)
    assert own_number(got) == "31/TB-UBND"
    assert "31/TB-UBND" not in relations(got)
    two = body + "Tải về:\n1. Thông báo số 31/TB-UBND ngày 02/4/2024\n2. Quyết định số 12/QĐ-UBND ngày 01/3/2024\n"
    assert own_number(extractor(two, find_own=True)) is None


def test_a_stray_mark_after_the_number_fields_colon(extractor: Extractor) -> None:
    """"Số:. 4315/BGDĐT-GDTrH" (import heldout24 o04; "Số:, 712/…" in the importer's notes): the header's field, as the
    importer's number line reads it."""
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\n"
        "Số:, 712/BGDĐT-GDTX\nV/v: tổng kết năm học\n\nHà Nội, ngày 19 tháng 5 năm 2010\n\n"
        "Thực hiện Chỉ thị số 33/2009/CT-BGDĐT ngày 14/8/2009 của Bộ trưởng, Bộ hướng dẫn như sau:\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "712/BGDĐT-GDTX"
    assert relations(got) == {"33/2009/CT-BGDĐT": IMPLEMENTS}


def test_a_bodys_name_ending_in_tai_is_no_download_link(extractor: Extractor) -> None:
    """The mirror of the download link: "tải" inside a body's name ("Bộ Giao thông vận tải Quyết định số …") is no
    link; the link opens its line."""
    text = (
        "Tin giao thông\n\nTheo đề nghị của Bộ Giao thông vận tải Quyết định số 45/QĐ-BGTVT được sửa đổi như dưới đây.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None
