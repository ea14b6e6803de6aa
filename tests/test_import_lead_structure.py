"""A page without a header: its lead is read wherever it stands and however it names the body (fifteenth session).

Across the spent sets' header-less pages the lead was most often missed whole not for its wording but for where it
stood (after a sentence of context, after a paper's tag "VOV.VN - "), for the body that opened it ("Thủ tướng Chính
phủ", a ministry by initials) or for the words naming the document before its number ("công điện khẩn số"); and a
signer's name after "UBND tỉnh" was taken for the province. Each test imports a pasted page through `vanban import`.
"""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front

from vanban.province_names import PROVINCES_2024, PROVINCES_2025, city_at, is_province, province_at


def test_the_province_lists_hold_63_and_34_names_and_compare_without_marks() -> None:
    assert len(set(PROVINCES_2024)) == 63 and len(set(PROVINCES_2025)) == 34
    assert set(PROVINCES_2025) - set(PROVINCES_2024) == {"Huế"}
    assert province_at("Đăk Lăk Nguyễn Văn An") == "Đăk Lăk"
    assert province_at("Thanh Hoá") == "Thanh Hoá" and is_province("thua thien hue")
    assert province_at("Nguyễn Thế Giang") == "" and not is_province("Tam Kỳ")
    assert city_at("Tam Kỳ, ngày") == "Tam Kỳ" and city_at("Trần Văn Bình") == ""


def test_a_signers_name_after_ubnd_tinh_is_never_the_province(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "UBND tỉnh chỉ đạo tăng cường phòng, chống dịch\n\n"
        "Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã ký ban hành văn bản số "
        "2508/UBND-KGVX, chỉ đạo các sở, ban, ngành tăng cường các biện pháp phòng, chống dịch.\n"))
    assert front["number"] == "2508/UBND-KGVX"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh"


def test_a_lead_after_a_sentence_of_context_is_read(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Công khai đường dây nóng về môi trường\n\n"
        "Thực hiện quy định của Bộ Tài nguyên và Môi trường về đường dây nóng. UBND thành phố vừa có Văn bản "
        "4021/UBND-MT yêu cầu các sở, ngành công khai số điện thoại đường dây nóng.\n"))
    assert (front["number"], front["type"]) == ("4021/UBND-MT", "Công văn")
    assert front["issuer"] == "Ủy ban nhân dân thành phố"


def test_a_papers_tag_and_a_ministry_by_initials(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tổ chức Hội thi văn nghệ toàn quốc\n"
        "VOV.VN - Bộ VHTTDL vừa ban hành Quyết định số 2871/QĐ-BVHTTDL về việc tổ chức Hội thi văn nghệ quần "
        "chúng toàn quốc.\n"))
    assert (front["number"], front["type"]) == ("2871/QĐ-BVHTTDL", "Quyết định")
    assert front["issuer"] == "Bộ Văn hóa, Thể thao và Du lịch"
    assert front["title"] == "về việc tổ chức Hội thi văn nghệ quần chúng toàn quốc"


def test_the_prime_minister_opening_a_lead_and_the_subject_after_the_date(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "|\n"
        "Thủ tướng Chính phủ ban hành Quyết định 815/QĐ-TTg, ngày 12/6/2018 phê duyệt Đề án phát triển ngành "
        "nông nghiệp đến năm 2025. Thủ tướng yêu cầu các Bộ, ngành tổ chức thực hiện.\n|\n"))
    assert (front["number"], front["issuer"]) == ("815/QĐ-TTg", "Thủ tướng Chính phủ")
    assert front["date"] == "2018-06-12"
    assert front["title"] == "phê duyệt Đề án phát triển ngành nông nghiệp đến năm 2025"


def test_words_naming_the_document_before_its_number(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Công điện khẩn về mưa lũ\n"
        "Ngày 21/7/2018, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 14/CĐ-UBND về chủ động ứng phó "
        "mưa lũ.\n"))
    assert (front["number"], front["type"]) == ("14/CĐ-UBND", "Công điện")
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Nghệ An"  # his committee (forty-first session)
    assert front["date"] == "2018-07-21"


def test_a_department_by_initials_and_its_bare_province(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Siết chặt quản lý đất tại các điểm mỏ đã đóng cửa\n\n"
        "Sở TN&MT Sơn La vừa có Công văn số 231/STNMT-CCQLĐĐ gửi UBND các huyện về việc quản lý đất các điểm "
        "khai thác mỏ đã đóng cửa.\n"))
    assert front["number"] == "231/STNMT-CCQLĐĐ"
    assert front["issuer"] == "Sở Tài nguyên và Môi trường tỉnh Sơn La"


def test_a_document_named_before_who_issued_it_and_its_number_in_the_source_note(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tỉnh Hậu Giang\n\nPhấn đấu mọi xã tổ chức Ngày hội\n\n"
        "Đó là nội dung trong Kế hoạch tổ chức Ngày hội văn hóa các dân tộc năm 2019 vừa được UBND tỉnh ban hành.\n\n"
        "Theo đó, Ngày hội gồm các nội dung tuyên truyền, cổ động.\nHà An\n       (Nguồn: Kế hoạch số 87/KH-UBND)\n"))
    assert (front["number"], front["type"]) == ("87/KH-UBND", "Kế hoạch")
    assert front["title"] == "tổ chức Ngày hội văn hóa các dân tộc năm 2019"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Hậu Giang"


def test_a_circular_named_then_the_ministry_that_published_it(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Không được ép học sinh mua sách Đó là một trong những nội dung tại Thông tư số 32/2020/TT-BGDĐT về Điều lệ "
        "trường trung học mà Bộ GD&ĐT vừa công bố để thay thế thông tư cũ.\n"))
    assert (front["number"], front["type"]) == ("32/2020/TT-BGDĐT", "Thông tư")
    assert front["issuer"] == "Bộ Giáo dục và Đào tạo"
    assert front["title"] == "về Điều lệ trường trung học"


def test_a_decision_named_first_then_the_prime_minister_who_signs_it(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Phê duyệt Quy hoạch mạng lưới thư viện\n\n"
        "Tại Quyết định số 411-QĐ/TTg ngày 5-6, Thủ tướng Chính phủ Nguyễn Văn An ký phê duyệt Quy hoạch mạng lưới "
        "thư viện đến năm 2030, nhằm sắp xếp hệ thống thư viện.\n"))
    assert (front["number"], front["issuer"]) == ("411-QĐ/TTg", "Thủ tướng Chính phủ")
    assert front["title"] == "phê duyệt Quy hoạch mạng lưới thư viện đến năm 2030"


def test_an_attachment_note_gives_the_letters_number_date_and_body(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tuyên truyền Tết trồng cây năm 2018\n\n"
        "Tuyên truyền, vận động nhân dân tích cực tham gia Tết trồng cây, bảo vệ rừng (Kèm theo: Công văn số "
        "412/UBND-NN ngày 23/01/2018 của UBND tỉnh.pdf).\n"))
    assert (front["number"], front["type"], front["date"]) == ("412/UBND-NN", "Công văn", "2018-01-23")
    assert front["issuer"] == "Ủy ban nhân dân tỉnh"


def test_a_plans_subject_ends_where_the_news_adds_its_theme(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        'UBND xã vừa ban hành Kế hoạch triển khai "Tháng hành động vì an toàn thực phẩm" trên địa bàn xã năm 2022,với '
        "chủ đề: “Bảo đảm an toàn thực phẩm”, với mục tiêu: tăng cường truyền thông.\n"))
    assert (front["type"], front["issuer"]) == ("Kế hoạch", "Ủy ban nhân dân xã")
    assert front["title"] == 'triển khai "Tháng hành động vì an toàn thực phẩm" trên địa bàn xã năm 2022'


def test_a_lead_day_without_its_year_takes_no_year_from_that_days_post(tmp_path: Path) -> None:
    """The forty-first session's rule: a post's stamp is the page's date, not the document's, even of that day."""
    front = imported_front(tmp_path, (
        "Công điện khẩn về mưa lũ\n10:48, 21/07/2018\n"
        "Vào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 15/CĐ-UBND về chủ động ứng "
        "phó mưa lũ.\n"))
    assert (front["number"], front["date"]) == ("15/CĐ-UBND", "")


def test_a_bare_provincial_body_takes_the_one_province_its_lead_names_without_the_word(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tổ chức Lễ hội năm 2023\n\n"
        "Ngày 27/2/2023, UBND tỉnh ban hành Kế hoạch số 118/KH-UBND về việc tổ chức Lễ hội Làng Sen năm 2023 nhân dịp "
        "kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh với chủ đề: ca ngợi quê hương Nghệ An đổi mới.\n"))
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Nghệ An"


def test_a_dated_lead_comes_before_a_bare_one_later_in_its_paragraph(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Phòng, chống dịch\n\nNgày 5/3/2020, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 41/KH-UBND về phòng, chống dịch. "
        "UBND tỉnh đã có Công văn số 377/UBND-KGVX gửi các sở.\n"))
    assert (front["number"], front["date"]) == ("41/KH-UBND", "2020-03-05")


def test_the_own_documents_subject_runs_past_a_semicolon_or_colon_to_its_sentences_end(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Bổ sung các công trình cần thu hồi đất\nNgày cập nhật 08/09/2023\n\n"
        "Ngày 21/8/2023, Hội đồng nhân dân tỉnh Lạng Sơn đã ban hành Nghị quyết số 81/NQ-HĐND về thông qua danh mục "
        "công trình cần thu hồi đất; cho phép chuyển mục đích sử dụng đất trồng lúa năm 2023, cụ thể:\n\n"
        "- Thống nhất bổ sung 18 công trình.\n"))
    assert front["number"] == "81/NQ-HĐND"
    assert front["title"] == ("về thông qua danh mục công trình cần thu hồi đất; cho phép chuyển mục đích sử dụng "
                              "đất trồng lúa năm 2023")
    (tmp_path / "b").mkdir()
    colon = imported_front(tmp_path / "b", (
        "Ngày 31 tháng 3 năm 2022, Sở Tài nguyên và Môi trường ban hành Quyết định số 377/QĐ-STNMT về phê duyệt đơn "
        "vị thực hiện Gói thầu số 04: Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường\n"))
    assert colon["title"] == ("về phê duyệt đơn vị thực hiện Gói thầu số 04: Kiểm tra việc chấp hành pháp luật về bảo "
                              "vệ môi trường")
