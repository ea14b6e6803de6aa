"""Documents with a header in their text copy, one kind per test, found on heldout9 (twelfth session). Each test
writes the kind small with made-up names and numbers and checks what a clerk gets."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.glued import unglue
from vanban.importer.result import ImportResult

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title", "place"))


def test_a_motto_whose_words_the_copy_glued_is_no_issuer() -> None:
    """y16, y29: "… CHỦ NGHĨA VIỆTNAM" is still the motto: not read into the issuer above it."""
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆTNAM\nĐộc lập – Tự do – Hạnh phúc\n"
            "Số: 26/KH-UBND              An Phú, ngày15 tháng 03 năm 2023\n\nKẾ HOẠCH\n"
            "Về việc tổ chức Lễ hội Đền An Phú năm 2023\n\nCăn cứ chương trình công tác của Đảng ủy.\n")
    assert _five(_result(text)) == ("26/KH-UBND", "Kế hoạch", "Ủy ban nhân dân phường An Phú", "2023-03-15",
                                     "Về việc tổ chức Lễ hội Đền An Phú năm 2023", "An Phú")


def test_a_rule_issued_with_another_text_is_read_under_the_motto() -> None:
    """y29: no "Số" and no date line (the Quy định is issued with a Thông tư); a portal's menu ("Thông báo") and a
    breadcrumb headline above: the type word under the motto, the issuer over it."""
    text = ("Thông báo\n\nLịch vạn niên\n\nGốc > Tin tức > Văn bản >\n\n"
            "QUY ĐỊNH Về quy trình kiểm định trường mầm non\n\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆTNAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nQUY ĐỊNH\n\n"
            "Về quy trình kiểm định trường mầm non\n\n(Ban hành kèm theo Thông tư số: 45/2011/TT-BGDĐT\n\n"
            "ngày 11 tháng 10  năm 2011 của Bộ trưởng Bộ Giáo dục và Đào tạo)\n\nChương I\n\nQUY ĐỊNH CHUNG\n")
    result = _result(text)
    assert _five(result)[:5] == ("", "Quy định", "Bộ Giáo dục và Đào tạo", "",
                                 "Về quy trình kiểm định trường mầm non")


def test_a_bare_peoples_committee_takes_its_city_from_a_place_line_that_names_its_unit() -> None:
    """y20: a one-row pipe header without the city line, "TP. Hồ Chí Minh, ngày …": the place says the level."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 09/2010/CT-UBND | TP. Hồ Chí Minh, ngày 11 tháng 3 năm 2010 |\nCHỈ THỊ\n"
            "VỀ TĂNG CƯỜNG QUẢN LÝ KÊNH, RẠCH\nGiao thông đường thủy là một vấn đề quan trọng của khu vực.\n")
    result = _result(text)
    assert result.fields["issuer"] == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert any(key == "issuer" and "TP. Hồ Chí Minh" in why for key, why in result.unsure)


def test_a_post_title_above_the_header_and_an_abbreviated_union_and_the_period_line() -> None:
    """y28: the page's post title in capitals over the header is no part of the issuer; "CĐCS TRƯỜNG …" under its
    managing union is the issuer, written out; the trích yếu's period on a line of its own ("Năm học …") is its end."""
    text = ("KẾ HOẠCH HOẠT ĐỘNG CÔNG TÁC CÔNG ĐOÀN NĂM HỌC 2020 - 2021\n\nCÔNG ĐOÀN GIÁO DỤC AN GIANG\n"
            "CĐCS TRƯỜNG THPT AN PHÚ\n----------\n \nSố:   39/KH-CĐAP\n" + MOTTO + "-----\n \n"
            "An Phú, ngày 15 tháng 9 năm 2020\n\n KẾ HOẠCH \n\nHoạt động công tác công đoàn\n\nNăm học 2020 – 2021\n\n"
            "--------\n\n- Căn cứ điều lệ Công đoàn Việt Nam;\n")
    assert _five(_result(text)) == ("39/KH-CĐAP", "Kế hoạch", "Công đoàn cơ sở Trường THPT An Phú", "2020-09-15",
                                     "Hoạt động công tác công đoàn năm học 2020 – 2021", "An Phú")


def test_a_headline_naming_its_issuer_stays_the_issuers() -> None:
    """The type line "QUYẾT ĐỊNH CỦA THỦ TƯỚNG …" over a record names its issuer: it is not cut away as a headline."""
    text = "QUYẾT ĐỊNH CỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ\n69/2008/QĐ-TTg NGÀY 28\nTHÁNG 5 NĂM 2008\n(11/07/2012 )\n"
    assert _result(text).fields.get("issuer") == "Thủ tướng Chính phủ"


def test_an_occasion_in_brackets_ends_a_trich_yeu_in_capitals() -> None:
    """y17: "TỔ CHỨC LỄ HỘI … NĂM 2023" / "( Giỗ Thánh Mẫu 03/3/Quý Mão)": the bracket is the trích yếu's end;
    "(Ban hành kèm theo …)" under a rule is not."""
    text = ("UỶ BAN NHÂN DÂN\nXÃ AN HÒA\n \nSố: 32/KH-UBND\n" + MOTTO + " \n          An Hòa, ngày 04 tháng 4 năm 2023\n"
            " \nKẾ HOẠCH\nTỔ CHỨC LỄ HỘI PHỦ VÀNG NĂM 2023\n( Giỗ Thánh Mẫu 03/3/Quý Mão)\n \n"
            "Căn cứ vào Quyết định số 5382/QĐ-UBND ngày 22/12/2015 của UBND tỉnh.\n")
    assert _result(text).fields["title"] == "TỔ CHỨC LỄ HỘI PHỦ VÀNG NĂM 2023 (Giỗ Thánh Mẫu 03/3/Quý Mão)"


def test_words_a_copy_glued_in_the_trich_yeu_are_set_apart_by_the_documents_own_words() -> None:
    """y15, y30 (and tuning4 w16, heldout6 s26, s38, heldout h02, h07, h09): "BANHÀNH", "CHOUBND", "BÀNTỈNH" are
    two words; the body writes them apart ("Ban hành kèm theo", "cho", the number's "UBND")."""
    text = ("UỶ BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n\n" + MOTTO + "---------\n\nSố: 1560/QĐ-UBND\n\n"
            "Long Xuyên, ngày 04 tháng 9 năm 2013\n\nQUYẾT ĐỊNH\n\n"
            "BANHÀNH QUY ĐỊNH PHÂN CẤP CHOUBND HUYỆN TRÊN ĐỊA BÀNTỈNH AN GIANG\n\n"
            "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH AN GIANG\n\nCăn cứ Luật Tổ chức ngày 26 tháng 11 năm 2003;\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định phân cấp cho các huyện.\n")
    result = _result(text)
    assert result.fields["title"] == "BAN HÀNH QUY ĐỊNH PHÂN CẤP CHO UBND HUYỆN TRÊN ĐỊA BÀN TỈNH AN GIANG"
    assert any("“BANHÀNH” → “BAN HÀNH”" in note for note in result.notes)


def test_a_glued_word_is_never_cut_on_a_guess() -> None:
    """A token with no cut the document supports, a name of one syllable, or two equally good cuts stays whole."""
    assert unglue("Lễ hội MEKONG và TOAN cảnh", "Lễ hội sông nước")[0] == "Lễ hội MEKONG và TOAN cảnh"
    assert unglue("HOANH", "ho anh hoa nh")[0] == "HOANH"  # "HO|ANH" only: but "HOANH" is one syllable
    assert unglue("BANHÀNH", "ban hành ba nhành")[0] == "BANHÀNH"  # "BAN|HÀNH" and "BA|NHÀNH": two cuts, no guess


def test_an_opening_that_says_what_a_telegram_asks_gives_no_trich_yeu() -> None:
    """y06 (and tuning4 w23, heldout5 r31 relabelled): "UBND huyện X đã có công điện yêu cầu các đơn vị …" says
    what the telegram asks, not what it is named: type and issuer, no trích yếu."""
    text = ("An Phú sẵn sàng ứng phó với bão số 4\n\nThực hiện Công điện số 04/CĐ-BCH của Ban Chỉ huy thành phố, "
            "UBND huyện An Phú đã có công điện yêu cầu các đơn vị trên địa bàn chủ động ứng phó với bão số 4.\n")
    result = _result(text)
    assert (result.fields.get("type"), result.fields.get("issuer"), result.fields.get("title", "")) == (
        "Công điện", "Ủy ban nhân dân huyện An Phú", "")


def test_a_headline_that_names_the_document_as_its_opening_does_is_its_trich_yeu() -> None:
    """tuning4 w14, heldout4 q04: a plan or notice posted without its header, under a headline that opens with the
    words its own opening gives after the type word ("… xây dựng Kế hoạch tổ chức ngày hội …"); a headline that
    says something else stays a headline."""
    page = ("Truy cập\n\nHôm nay:\n1\n\n{headline}\n\nNgày 22/02/2024 00:00:00\n\n"
            "UBND xã An Phú xây dựng Kế hoạch tổ chức ngày hội văn hóa của xã năm 2024 với những nội dung cụ thể sau:\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích:\n")
    named = _result(page.format(headline="Tổ chức Ngày hội văn hóa xã An Phú năm 2024"))
    assert (named.fields.get("type"), named.fields.get("issuer"), named.fields.get("title")) == (
        "Kế hoạch", "Ủy ban nhân dân xã An Phú", "Tổ chức Ngày hội văn hóa xã An Phú năm 2024")
    other = _result(page.format(headline="Rộn ràng ngày hội ở An Phú"))
    assert other.fields.get("title", "") == ""


def test_a_post_time_and_a_note_on_the_document_itself_are_no_part_of_the_trich_yeu() -> None:
    """y18: the portal's post time glued after the title ("… năm 2025 2025-01-10 15:41:00.0"); y22: "(gửi kèm Công
    văn này)" after a letter's subject, and a district named with a one-letter word ("huyện U Minh")."""
    plan = _result("KẾ HOẠCH\nQuản lý và tổ chức Lễ hội trên địa bàn thị trấn An Sơn năm 2025 2025-01-10 15:41:00.0\n"
                   "Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ.\n")
    assert plan.fields["title"] == "Quản lý và tổ chức Lễ hội trên địa bàn thị trấn An Sơn năm 2025"
    letter = _result("UBND huyện U Minh trả lời đơn yêu cầu của ông Nguyễn Văn A\n"
                     "Theo đó, ngày 16/11/2016, Ủy ban nhân dân huyện đã có Công văn số 4009/UBND-XD, về việc trả lời "
                     "nội dung Đơn yêu cầu của ông Nguyễn Văn A (gửi kèm Công văn này). Mặt khác các cơ quan đã xem xét.\n")
    assert _five(letter)[:5] == ("4009/UBND-XD", "Công văn", "Ủy ban nhân dân huyện U Minh", "2016-11-16",
                                 "trả lời nội dung Đơn yêu cầu của ông Nguyễn Văn A")
