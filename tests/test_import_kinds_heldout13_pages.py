"""Pages without a header, kinds the spent heldout13 showed (sixteenth session).

A lead that names a letter without its number, its addressees between the type word and "về" ("… vừa có công văn
gửi Chủ tịch UBND các tỉnh … về …") or after the subject ("… hướng dẫn công tác … tới Ủy ban MTTQ các tỉnh …"): the
addressees are never part of the trích yếu. What a letter directs ("chỉ đạo …", "lưu ý các nội dung sau:") is no
trích yếu; nor where it applies or when the event it names takes place; a bracket holding a name stays. The chairman
who signs with no one named is the issuer; a body the page directs never is; a bare body in the page's own clause
takes its portal's place or stays as written. Each test imports a pasted page through `vanban import`.
"""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front


def test_an_unnumbered_letter_routed_to_its_addressees_before_its_subject(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Phòng chống dịch tay chân miệng mùa cao điểm\n\n"
        "(ABC) - Trước diễn biến phức tạp của dịch, Bộ Y tế vừa có công văn gửi Chủ tịch UBND các tỉnh, thành phố "
        "về tăng cường phòng chống dịch tay chân miệng.\n"))
    assert (front["type"], front["issuer"]) == ("Công văn", "Bộ Y tế")
    assert front["title"] == "tăng cường phòng chống dịch tay chân miệng"
    assert front["number"] == "" and front["date"] == ""


def test_a_telegram_routed_before_its_subject_keeps_ve_viec(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Lo ngại dịch bệnh bùng phát\n\n"
        "Bộ Y tế đã có công điện gửi Chủ tịch UBND các tỉnh, thành phố về việc tăng cường phòng chống dịch sởi.\n"))
    assert (front["type"], front["issuer"]) == ("Công điện", "Bộ Y tế")
    assert front["title"] == "về việc tăng cường phòng chống dịch sởi"


def test_a_letter_named_without_its_subject_gives_no_type(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tăng cường phòng chống dịch\n\n"
        "Bộ Y tế vừa có công văn yêu cầu các địa phương tăng cường phòng chống dịch.\n"))
    assert front["title"] == ""


def test_addressees_after_the_subject_and_a_lead_after_a_quote_colon(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Theo ông Nguyễn Văn A, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam: Ban Thường trực Ủy ban Trung ương "
        "MTTQ Việt Nam vừa ban hành hướng dẫn công tác vận động quần chúng tới Ủy ban MTTQ các tỉnh, thành phố "
        "năm 2013.\n"))
    assert (front["type"], front["issuer"]) == ("Hướng dẫn", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")
    assert front["title"] == "công tác vận động quần chúng"


def test_a_subject_that_says_what_the_letter_directs_is_no_trich_yeu(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tổ chức các hoạt động dịp nghỉ lễ Quốc khánh\n\n"
        "Để tạo không khí vui tươi trong Nhân dân, ngày 26/8/2023, UBND tỉnh đã ban hành Công văn số 4100/UBND-VX "
        "chỉ đạo tổ chức các hoạt động nhân dịp nghỉ lễ.\n"))
    assert (front["number"], front["date"]) == ("4100/UBND-VX", "2023-08-26")
    assert front["title"] == ""


def test_a_lead_announcing_a_list_gives_no_trich_yeu(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tin tức\n\nPhòng chống cháy rừng mùa khô\n\n"
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ. UBND tỉnh vừa ra văn bản số 2100/UBND-KTN lưu ý các nội dung "
        "sau:\n\nThông tin chi tiết tại đây!\n"))
    assert front["number"] == "2100/UBND-KTN" and front["title"] == ""


def test_the_chairman_who_signs_with_no_one_named_issues_as_his_committee(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Quyết định của UBND tỉnh về việc công bố hết dịch\n\n"
        "Ngày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định số 2600/QĐ-UBND công bố hết dịch bệnh "
        "hại lúa vụ mùa.\n"))
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Nam Định"  # the forty-first session's rule
    assert front["title"] == "công bố hết dịch bệnh hại lúa vụ mùa" and front["date"] == ""


def test_where_it_applies_and_when_the_event_takes_place_end_the_subject(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Quy chế phát ngôn\n\n(GDVN) - Thủ tướng Chính phủ vừa ra quyết định số 30/2014/QĐ-TTg ban hành quy chế "
        "phát ngôn và thông tin cho báo chí, áp dụng với các bộ, cơ quan ngang bộ.\n"))
    assert front["title"] == "ban hành quy chế phát ngôn và thông tin cho báo chí"
    (tmp_path / "b").mkdir()
    front = imported_front(tmp_path / "b", (
        "Liên hoan nghệ thuật\n\nBộ VHTTDL vừa ban hành Quyết định số 3700/QĐ-BVHTTDL về việc tổ chức Liên hoan "
        "nghệ thuật quần chúng toàn quốc diễn ra từ ngày 15 – 19/11 tại tỉnh An Giang.\n"))
    assert front["title"] == "về việc tổ chức Liên hoan nghệ thuật quần chúng toàn quốc"


def test_a_bracket_holding_a_name_stays_in_the_subject(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Đặt tên đường\n\nUBND tỉnh đã ban hành Quyết định số 3500/QĐ-UBND đặt tên một số đường tại thị trấn "
        "Tân An (Hiệp Đức). Tại thị trấn, UBND tỉnh quyết định đặt tên 26 đường.\n"))
    assert front["title"] == "đặt tên một số đường tại thị trấn Tân An (Hiệp Đức)"


def test_a_bare_body_in_the_pages_own_clause_takes_the_portals_place_or_stays_bare(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Chào mừng bạn đến với Trang thông tin điện tử Hội Chữ thập đỏ tỉnh Vĩnh Phúc!\n\n"
        "Kế hoạch tổ chức Tháng Nhân đạo năm 2020\n\n"
        "Hội Chữ thập đỏ tỉnh triển khai Kế hoạch tổ chức Tháng Nhân đạo năm 2020 với các nội dung như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"))
    assert (front["type"], front["issuer"]) == ("Kế hoạch", "Hội Chữ thập đỏ tỉnh Vĩnh Phúc")
    (tmp_path / "b").mkdir()
    front = imported_front(tmp_path / "b", (
        "Thông báo thay đổi lịch thu gom rác thải khu dân cư\n\n"
        "Do thay đổi phương án thu gom của công ty môi trường. Vậy UBND phường thông báo đến toàn thể Nhân dân "
        "được biết.\n"))
    assert (front["type"], front["issuer"]) == ("Thông báo", "Ủy ban nhân dân phường")


def test_a_body_the_page_directs_is_never_its_issuer(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Công nhận 08 xã đạt chuẩn nông thôn mới năm 2019\n\n"
        "Ngày 22/5, Chủ tịch Ủy ban nhân dân tỉnh quyết định công nhận 08 xã đạt chuẩn nông thôn mới năm 2019.\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh giao Ủy ban nhân dân huyện Thanh Bình, Cao Lãnh và các xã trên tổ chức công "
        "bố đúng quy định.\n"))
    # the body the lead says decides (seventeenth session: "quyết định" as the act), never the one it directs
    assert front["issuer"] == "Ủy ban nhân dân tỉnh"  # his committee (the forty-first session's rule)


def test_a_dated_lead_without_a_number_is_the_page_and_a_later_dated_sentence_its_story(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Quản lý quỹ đất công trên địa bàn thành phố\n04:57:00 | 05-04-2023\n\n"
        "Ngày 03/4, UBND thành phố Vũng Tàu đã có báo cáo về kết quả 05 năm thực hiện Quyết định số 6200/QĐ-UBND "
        "ngày 29/11/2017 của UBND thành phố Vũng Tàu về việc quản lý quỹ đất công, nội dung cụ thể:\n\n"
        "I. Khái quát chung\n\n"
        "Ngày 29/11/2017, UBND thành phố Vũng Tàu ban hành Quyết định số 6200/QĐ-UBND về việc quản lý quỹ đất "
        "công trên địa bàn thành phố.\n"))
    assert (front["type"], front["number"], front["date"]) == ("Báo cáo", "", "")
    assert front["issuer"] == "Ủy ban nhân dân thành phố Vũng Tàu"
    assert front["title"] == ("về kết quả 05 năm thực hiện Quyết định số 6200/QĐ-UBND ngày 29/11/2017 của UBND thành "
                              "phố Vũng Tàu về việc quản lý quỹ đất công")


def test_the_sentence_that_concludes_the_story_is_the_lead(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "THÔNG BÁO ĐIỀU CHỈNH GIÁ NƯỚC SẠCH\n\n"
        "Qua 06 năm thực hiện giá nước theo quyết định số 2000/QĐ-UBND đến nay đã không còn phù hợp, do chi phí đầu "
        "vào tăng hằng năm. Vì vậy, Ủy ban nhân dân tỉnh Trà Vinh đã có quyết định số 1950/QĐ-UBND ngày 30/09/2022 "
        "về việc ban hành giá tiêu thụ nước sạch trên địa bàn tỉnh.\n"))
    assert (front["number"], front["type"], front["date"]) == ("1950/QĐ-UBND", "Quyết định", "2022-09-30")
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Trà Vinh"
    assert front["title"] == "về việc ban hành giá tiêu thụ nước sạch trên địa bàn tỉnh"


def test_nay_turns_from_the_grounds_to_the_pages_own_notice(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Theo Thông báo số 300/TB-ĐL ngày 08 tháng 5 năm 2020 của Điện lực về việc ngừng cấp điện để sửa chữa lưới "
        "điện. Nay UBND phường Hương Xuân thông báo thời gian và địa điểm ngừng cấp điện trên địa bàn phường như "
        "sau:\n1. Thời gian: Từ 07h00 – 17h00 ngày 14/5/2020.\n"))
    assert (front["type"], front["issuer"]) == ("Thông báo", "Ủy ban nhân dân phường Hương Xuân")
    assert front["number"] == "" and front["date"] == ""
