"""Documents with a header in their text copy, one kind per test, found on heldout10 (thirteenth session). Each test
writes the kind small with made-up names and numbers, imports it with `vanban import` and checks the front matter
the clerk gets in the written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_written import imported_front as _imported

FIVE = ("number", "type", "issuer", "date", "title")


def _five(front: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(front.get(k) or "") for k in FIVE)


@pytest.mark.parametrize(("last_line", "noun"), [("VÀ QUẢN LÝ CHỢ", "CHỢ"), ("THU HÚT ĐẦU TƯ", "ĐẦU TƯ")])
def test_a_trich_yeu_ending_on_a_noun_that_folds_to_a_preposition_stops_at_the_authority_line(
        tmp_path: Path, last_line: str, noun: str) -> None:
    """z12: "… QUẢN LÝ CHỢ" ends the trích yếu ("chợ" is a market, not "cho"), so the authority line under it
    ("UỶ BAN NHÂN DÂN TỈNH …") is not read on into it; nor is it after "ĐẦU TƯ" (not "từ")."""
    text = ("ỦY\nBAN NHÂN DÂN\nTỈNH NAM SƠN\n--------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 15/2003/QĐ-UB\n|\nNam Sơn, ngày\n"
            f"12 tháng 3 năm 2003\n|\nVỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC\n{last_line}\n"
            "UỶ BAN NHÂN DÂN TỈNH NAM SƠN\n- Căn cứ Luật tổ chức Hội đồng nhân dân và Uỷ\nban nhân dân;\n"
            "QUYẾT ĐỊNH\nĐiều 1\nBan hành kèm theo Quyết định\nnày Quy chế.\n")
    front = _imported(tmp_path, text)
    assert _five(front) == ("15/2003/QĐ-UB", "Quyết định", "Ủy ban nhân dân tỉnh Nam Sơn", "2003-03-12",
                            f"Về việc ban hành Quy chế tổ chức {last_line.lower()}")
    assert str(front["title"]).upper().endswith(noun)


def test_a_trich_yeu_still_goes_on_after_a_real_preposition(tmp_path: Path) -> None:
    """The same header with "… CỦA" / "ỦY BAN NHÂN DÂN TỈNH …": the line after a dangling "của" is the trích yếu's."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 16/2003/QĐ-UB\nNam Sơn, ngày 12 tháng 3 năm 2003\n\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA\n"
            "ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nCăn cứ Luật tổ chức;\n")
    assert _imported(tmp_path, text)["title"] == "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH NAM SƠN"


@pytest.mark.parametrize(("article", "title"), [
    ("Điều 1. Phê duyệt Đề án nâng cấp các công trình thủy lợi, giai đoạn 2021-2025 trên địa bàn tỉnh Nam Sơn "
     "(có Đề án kèm theo).", "Phê duyệt Đề án nâng cấp các công trình thủy lợi, giai đoạn 2021-2025 trên địa bàn "
                             "tỉnh Nam Sơn"),
    ("Điều 1. Phê duyệt Kế hoạch chuyển đổi mô hình quản lý chợ năm 2017 trên địa bàn tỉnh Nam Sơn, theo nội dung "
     "chi tiết đính kèm.", "Phê duyệt Kế hoạch chuyển đổi mô hình quản lý chợ năm 2017 trên địa bàn tỉnh Nam Sơn"),
])
def test_a_trich_yeu_lost_with_the_type_line_is_what_article_one_approves(tmp_path: Path, article: str,
                                                                          title: str) -> None:
    """z02, z14: a legal mirror's one pipe row of header, no type line and no trích yếu: a decision that approves
    says what in Điều 1, and that is its trích yếu, without the pointer to the attachment."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 555/QĐ-UBND | Nam Sơn, ngày 27 tháng 4 năm 2017 |\nỦY BAN NHÂN DÂN TỈNH NAM SƠN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Theo đề nghị của Sở Công thương tại Tờ trình số 26/TTr-SCT ngày 24 tháng 4 năm 2017,\n"
            f"QUYẾT ĐỊNH:\n{article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    front = _imported(tmp_path, text)
    assert _five(front) == ("555/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Nam Sơn", "2017-04-27", title)


def test_a_flattened_header_lost_its_hyphens_and_its_authority_line_names_no_place(tmp_path: Path) -> None:
    """z06: a document site's text run into one line: "Số: 1669/QĐUBND" (the hyphen dropped, put back) and
    "… TỈNH NAM SƠN ỦY BAN NHÂN DÂN TỈNH Căn cứ …": the authority line short of the province is no trích yếu."""
    text = ("Nội dung Text: Quyết định số 1669/2019/QĐ-UBND tỉnh Nam Sơn\n\n"
            "  1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH NAM SƠN Độc lập  Tự do  Hạnh phúc    "
            "Số: 1669/QĐUBND Nam Sơn, ngày 04 tháng 06 năm 2019   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN ỨNG PHÓ "
            "VỚI BÃO MẠNH NĂM 2019, TỈNH NAM SƠN ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức Chính quyền địa phương "
            "ngày 19/6/2015; Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; QUYẾT ĐỊNH: Điều 1. Phê duyệt "
            "Phương án ứng phó bão mạnh.\n")
    front = _imported(tmp_path, text)
    assert _five(front) == ("1669/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Nam Sơn", "2019-06-04",
                            "VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN ỨNG PHÓ VỚI BÃO MẠNH NĂM 2019, TỈNH NAM SƠN")


def test_a_header_run_into_one_line_ends_its_trich_yeu_at_part_one_and_gets_back_the_marks_it_lost(
        tmp_path: Path) -> None:
    """z05: a document site's text, the whole plan on one line: the trích yếu in sentence case stops at "I. Kết quả
    …", and the words whose marks the copy lost ("va tim kiêm cưu nan") are written as the body writes them."""
    text = ("14\nUỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ NAM SƠN Độc lập - Tự do - Hạnh phúc "
            "Số: 94/KH-UBND Nam Sơn, ngày 28 tháng 7 năm 2015 KẾ HOẠCH Phòng, chống thiên tai va tim kiêm cưu nan "
            "năm 2015 I. Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2014 1. Tình hình thiên tai "
            "- Trong năm 2014, có 5 cơn bão và 3 áp thấp nhiệt đới hoạt động trên biển Đông ảnh hưởng đến nước ta, "
            "gây mưa vừa đến mưa rất to, dông lốc, gió mạnh trên địa bàn thành phố.\n")
    front = _imported(tmp_path, text)
    assert _five(front) == ("94/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Nam Sơn", "2015-07-28",
                            "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2015")


def test_a_right_word_is_never_mended_after_a_noisy_body(tmp_path: Path) -> None:
    """heldout5 r37's docx: the body read by OCR writes "thực hỉện" and "ƯBND"; the trích yếu's right "hiện" (the
    body writes it so too) and "UBND" (capitals) stay, and only a lost mark ("viêc", nowhere in the body) comes back."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN NAM SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/KH-UBND\nNam Sơn, ngày 10 tháng 6 năm 2016\n\nKẾ HOẠCH\n"
            "Triển khai thực hiện Quyết định số 16/2016/QĐ-UBND về viêc quản lý an toàn thực phẩm\n\n"
            "Để triển khai thực hỉện Quyết định số 16/2016/QĐ-ƯBND về việc quản lý an toàn thực phẩm, "
            "thực hỉện Quyết định số 16/2016/QĐ-ƯBND, Ủy ban nhân dân huyện thực hiện như sau:\n")
    assert _imported(tmp_path, text)["title"] == ("Triển khai thực hiện Quyết định số 16/2016/QĐ-UBND về việc quản lý "
                                                  "an toàn thực phẩm")


def test_a_sites_name_under_the_trich_yeu_is_no_part_of_it(tmp_path: Path) -> None:
    """z06 (pdf, html): the header, then the document site's chrome "zunia.vn Tuyển sinh 2024 …": a line opening
    with a site's name (lower case, as a trích yếu's next line would) is the page's."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 1669/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nNam Sơn, ngày 04 tháng 6 năm 2019\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt phương án ứng phó với bão mạnh năm 2019\n"
            "zunia.vn Tuyển sinh 2024 dành cho Gen-Z zunia.vn\nADSENSE\n"
            "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;\n")
    assert _imported(tmp_path, text)["title"] == "Về việc phê duyệt phương án ứng phó với bão mạnh năm 2019"
