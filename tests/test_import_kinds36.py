"""Twenty-seventh session (imp36): kinds from heldout25's first contact, each checked on pages written for the test
(other bodies, places and wordings), imported with `vanban import` as .txt, .html and .docx:

- a headline the copy glued to its lead ('… "Làng nghề …"UBND Thành phố … vừa ban hành Quyết định số …');
- a lead's verb capitalised mid-sentence ("đã Ban hành Quyết định số … Quy định về …"), its trích yếu after the number;
- a lead after a clause of grounds ("Theo đề nghị …, <body> ra thông báo số … với <what> như sau:");
- a level named in a quoted procedure ("Chủ tịch Ủy ban nhân dân cấp huyện quyết định …") is no issuer;
- "<body> vừa có văn bản hướng dẫn việc …" is a guidance; "<body> hướng dẫn việc …, như sau:" names its trích yếu;
- a post title in lower case ("thông báo lịch tiếp công dân …");
- a regulation posted alone, dated and owned by its "(Ban hành kèm theo Quyết định số … ngày … của Hiệu trưởng …)";
- the header's side: a place with a dash ("Phan Rang - Tháp Chàm"), two quoted names glued ("”“"), a trích yếu in
  capitals on a flattened line that a school's name in running case ends, the signature's column on the "Nơi nhận"
  line, a signature title in running case ("Chủ tịch" / "(Đã ký)" / name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front

FORMS = ("txt", "html", "docx")


def _five(front: dict[str, object]) -> tuple[object, ...]:
    return tuple(front.get(k, "") or "" for k in ("number", "type", "issuer", "date", "title"))


@pytest.mark.parametrize("form", FORMS)
def test_a_headline_glued_to_its_lead(tmp_path: Path, form: str) -> None:
    text = ('Tặng danh hiệu "Gia đình hiếu học" - Báo điện tử Tin Tức Quảng Bình\n\n'
            'Tặng danh hiệu "Gia đình hiếu học"UBND tỉnh Quảng Bình vừa ban hành Quyết định số 845/QĐ-UBND về việc '
            'tặng danh hiệu "Gia đình hiếu học".\n\n'
            "Theo quyết định, 120 gia đình trên địa bàn huyện Lệ Thủy được UBND huyện Lệ Thủy đề nghị khen thưởng.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("845/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Quảng Bình", "",
                            'về việc tặng danh hiệu "Gia đình hiếu học"')


@pytest.mark.parametrize("form", FORMS)
def test_a_capitalised_verb_and_a_trich_yeu_after_the_number(tmp_path: Path, form: str) -> None:
    text = ("Quy chế mới về quản lý cụm công nghiệp (12/03/2021)\n"
            "    Ngày 02/3/2021, Ủy ban nhân dân tỉnh Hòa Bình đã Ban hành Quyết định số 07/2021/QĐ-UBND Quy chế quản lý "
            "cụm công nghiệp trên địa bàn tỉnh Hòa Bình.\n"
            "    Quyết định này có hiệu lực từ ngày 15/3/2021 và thay thế Quyết định số 20/2017/QĐ-UBND ngày 05/7/2017.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("07/2021/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Bình", "2021-03-02",
                            "Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Hòa Bình")


@pytest.mark.parametrize("form", FORMS)
def test_a_lead_after_a_clause_of_grounds(tmp_path: Path, form: str) -> None:
    text = ("www.vinamarine.gov.vn\nBỘ GIAO THÔNG VẬN TẢI\n\nĐiều tiết luồng tàu\n\n"
            "Theo đề nghị của Cảng vụ Hàng hải Quảng Ninh tại văn bản số 512/CVHHQN-PC ngày 03/4/2019; nhằm bảo đảm an "
            "toàn hàng hải trong thời gian thi công cầu cảng, Cục Hàng hải Việt Nam ra thông báo số 77/TB-CHHVN với "
            "phương án điều tiết tàu thuyền ra vào luồng Cái Lân như sau:\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("77/TB-CHHVN", "Thông báo", "Cục Hàng hải Việt Nam", "",
                            "phương án điều tiết tàu thuyền ra vào luồng Cái Lân")


@pytest.mark.parametrize("form", FORMS)
def test_a_level_in_a_quoted_procedure_is_no_issuer(tmp_path: Path, form: str) -> None:
    text = ("Ngày 02/12/2023 - Ban vận động tổ chức họp bình xét gia đình văn hóa năm 2023.\n"
            "Theo quy định, trình tự xét tặng như sau:\n"
            "- Trưởng thôn gửi báo cáo đến Ủy ban nhân dân cấp xã.\n"
            "- Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu “Gia đình văn hóa” cho các hộ đủ điều kiện.\n"
            "Vậy, UBND xã Hòa Minh tổ chức niêm yết công khai danh sách đề nghị tại nhà văn hóa các thôn.\n")
    front = imported_front(tmp_path, text, form)
    assert "cấp xã" not in str(front.get("issuer") or "")
    assert not front.get("type") and not front.get("title")
    assert front.get("issuer") in ("", None, "Ủy ban nhân dân xã Hòa Minh")


@pytest.mark.parametrize("form", FORMS)
def test_a_letter_guiding_is_a_guidance(tmp_path: Path, form: str) -> None:
    text = ("Hỗ trợ học sinh vùng lũ\n\n08/10/2020 - 09:15\n\n"
            " - Sở Giáo dục và Đào tạo vừa có văn bản hướng dẫn việc miễn học phí cho học sinh các xã bị ảnh hưởng "
            "bởi lũ lụt năm 2020.\n\nTheo đó, các trường rà soát danh sách học sinh trước ngày 20/10.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front)[1:] == ("Hướng dẫn", "Sở Giáo dục và Đào tạo", "",
                                "việc miễn học phí cho học sinh các xã bị ảnh hưởng bởi lũ lụt năm 2020")


@pytest.mark.parametrize("form", FORMS)
def test_a_guidance_that_announces_its_content(tmp_path: Path, form: str) -> None:
    text = ("Kính gửi: Các tổ công đoàn trực thuộc\n\n"
            "Thực hiện kế hoạch số 12/KH-CĐN ngày 02/3/2019 của Công đoàn ngành Y tế, Ban Thường vụ Công đoàn Bệnh "
            "viện hướng dẫn việc tổ chức hội thao chào mừng ngày 1/5 năm 2019, như sau:\n\n"
            "1. Thời gian\n\nCác tổ đăng ký trước ngày 20/4/2019.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front)[1:] == ("Hướng dẫn", "Ban Thường vụ Công đoàn Bệnh viện", "",
                                "việc tổ chức hội thao chào mừng ngày 1/5 năm 2019")


@pytest.mark.parametrize("form", FORMS)
def test_a_post_title_in_lower_case(tmp_path: Path, form: str) -> None:
    text = ("Trang chủ\n\nthông báo lịch tiếp công dân tháng 3/2024\n\n  01/03/2024 08:12:05 AM\n\n"
            "Theo lịch của Thường trực, lãnh đạo tiếp công dân vào thứ năm hằng tuần tại trụ sở.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front)[1:] == ("Thông báo", "", "", "lịch tiếp công dân tháng 3/2024")


@pytest.mark.parametrize("form", FORMS)
def test_a_regulation_dated_by_its_issuing_line(tmp_path: Path, form: str) -> None:
    text = ("QUY ĐỊNH QUẢN LÝ TÀI SẢN TRONG TRƯỜNG\n\nTháng Chín 12, 2022 8:40 sáng\n\nQUY ĐỊNH\n\n"
            "quản lý, sử dụng tài sản công của nhà trường\n\n"
            "(Ban hành kèm theo Quyết định số …/QĐ-MN ngày 05/9/2022\n\n"
            " của Hiệu trưởng trường Mầm non Hoa Sen)\n\nCHƯƠNG I\n\nQUY ĐỊNH CHUNG\n\n"
            "Điều 1. Phạm vi áp dụng\n\nQuy định này áp dụng cho cán bộ, giáo viên, nhân viên nhà trường.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("", "Quy định", "Trường Mầm non Hoa Sen", "2022-09-05",
                            "quản lý, sử dụng tài sản công của nhà trường")


def test_an_issuing_line_without_a_place_gives_no_issuer(tmp_path: Path) -> None:
    text = ("QUY CHẾ\n\nlàm việc của cơ quan\n\n"
            "(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng 8 năm 2021 của Ủy ban nhân dân tỉnh)\n\n"
            "Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định nguyên tắc làm việc.\n")
    front = imported_front(tmp_path, text, "txt")
    assert (front.get("date"), front.get("issuer") or "") == ("2021-08", "")


@pytest.mark.parametrize("form", FORMS)
def test_the_header_side_kinds(tmp_path: Path, form: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 31/QĐ-UBND\n\nBà Rịa - Vũng Tàu, ngày 14 tháng 4 năm 2022\n\nQUYẾT ĐỊNH\n\n"
            "Ban hành Quy chế xét tặng danh hiệu “Doanh nghiệp tiêu biểu”“Doanh nhân tiêu biểu”\n\n"
            "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\n\nCăn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng danh hiệu.\n\n"
            "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n\n"
            "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- Như Điều 2;\n- Lưu: VT.\n\n"
            "Chủ tịch\n\n(Đã ký)\n\nNguyễn Văn Thọ\n")
    front = imported_front(tmp_path, text, form)
    assert front["place"] == "Bà Rịa - Vũng Tàu"
    assert front["title"] == "Ban hành Quy chế xét tặng danh hiệu “Doanh nghiệp tiêu biểu” “Doanh nhân tiêu biểu”"
    assert front["recipients"] == ["Như Điều 2;", "Lưu: VT."]


def test_a_signature_title_in_running_case(tmp_path: Path) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/2008/QĐ-UBND\n\nCần Thơ, ngày 03 tháng 3 năm 2008\n\nQUYẾT ĐỊNH\n\nVề việc thành lập Hội đồng tư vấn\n\n"
            "Điều 1. Thành lập Hội đồng tư vấn của thành phố.\n\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n\n"
            "Chủ tịch\n\n(Đã ký)\n\nTrần Thanh Mẫn\n")
    assert imported_front(tmp_path, text, "txt")["signer"] == "Trần Thanh Mẫn"


def test_a_flattened_trich_yeu_in_capitals_ends_at_a_name_in_running_case(tmp_path: Path) -> None:
    body = " ".join(f"Điều {n}. Nhà trường thực hiện công khai các khoản thu, chi theo quy định hiện hành của Bộ "
                    "Giáo dục và Đào tạo và hướng dẫn của Phòng Giáo dục và Đào tạo." for n in range(1, 9))
    text = ("PHÒNG GD&ĐT YÊN THÀNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THCS BẢO THÀNH Độc lập – Tự do – Hạnh phúc "
            "QUY CHẾ CÔNG KHAI TÀI CHÍNH Trường THCS Bảo Thành (Dự thảo trình hội nghị viên chức năm 2012) Chương I "
            f"NHỮNG QUY ĐỊNH CHUNG {body}\n")
    front = imported_front(tmp_path, text, "txt")
    assert (front["type"], str(front["title"]).lower()) == ("Quy chế", "công khai tài chính")


def test_a_story_after_a_clause_of_grounds_is_no_lead(tmp_path: Path) -> None:
    """The page's own lead announces what follows ("… như sau:"); a sentence after "Căn cứ …," or "Ngay từ đầu năm,"
    that ends in a full stop tells a story about a document, which is not the page's."""
    text = ("Hỏi đáp về bầu cử\n\nCăn cứ vào quy định của Luật Bầu cử, Quốc hội khóa XV đã ban hành Nghị quyết số "
            "12/2024/QH15 ngày 02/5/2024 quyết định ngày bầu cử là Chủ nhật, ngày 16/3/2025.\n\n"
            "Ngay từ đầu năm, Sở Tư pháp đã tham mưu UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 12/01/2024 về công "
            "tác tư pháp.\n")
    front = imported_front(tmp_path, text, "txt")
    assert not front.get("number") and not front.get("date")


def test_a_list_item_is_no_news_lead(tmp_path: Path) -> None:
    text = ("Quy định về họp Hội đồng nhân dân cấp xã\n\n20/10/2025 08:00 AM\n\n"
            "- Hội đồng nhân dân quyết định kế hoạch tổ chức các kỳ họp thường lệ vào kỳ họp thứ nhất.\n"
            "- Hội đồng nhân dân họp chuyên đề khi Thường trực Hội đồng nhân dân đề nghị.\n")
    front = imported_front(tmp_path, text, "txt")
    assert front.get("issuer") in ("", None)


def test_a_school_whose_head_word_has_a_colon(tmp_path: Path) -> None:
    text = ("PHÒNG GD&ĐT TAM ĐẢO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG: TIỂU HỌC HỢP CHÂU Độc lập- Tự do- Hạnh phúc\n\n"
            "BÁO CÁO\nKết quả công tác thư viện năm học 2020-2021\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n\n"
            "Nhà trường có 15 lớp với 480 học sinh.\n")
    assert imported_front(tmp_path, text, "txt")["issuer"] == "Trường Tiểu học Hợp Châu"
