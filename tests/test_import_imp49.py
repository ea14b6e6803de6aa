"""Thirty-ninth session (imp49): kinds pooled from the wrong fields over every spent set and form, heldout36 the
newest — a page's record line under the portal's own date line (heldout36 al09), a lead that writes the trích yếu
right after the number by its head word "Hướng dẫn …", "Giao …" (heldout31 ag18), a type line that is the trích
yếu's verb while the number's code names another type (heldout36 al12 "04-1974/TT" under "QUY ĐỊNH VIỆC …",
heldout23 u17 "03/KH.THCS" read as a Công văn), the old gazette's heading with its day's hyphens spaced
(heldout36 al10). Every page here is written for the test, in other bodies and
words; each asserts on the front matter and report `vanban import` writes."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report


def test_a_record_line_under_the_portals_date_line_is_read(tmp_path: Path) -> None:
    """al09's shape: "Chủ nhật, 12/7/2015" alone above "Chỉ thị số …, ngày … của … về …", no header."""
    front = imported_front(tmp_path, (
        "Chủ nhật, 12/7/2015\n"
        "Chỉ thị số 45-CT/TW, ngày 20/5/2015 của Ban Bí thư về việc lãnh đạo đại hội đảng bộ các cấp nhiệm kỳ 2015-2020\n"
        "\nĐại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng là sự kiện chính trị quan "
        "trọng.\n\nBan Bí thư yêu cầu các cấp ủy thực hiện tốt những nội dung sau.\n"))
    assert front["number"] == "45-CT/TW"
    assert front["type"] == "Chỉ thị"
    assert front["issuer"] == "Ban Bí thư"
    assert str(front["date"]) == "2015-05-20"
    assert front["title"] == "về việc lãnh đạo đại hội đảng bộ các cấp nhiệm kỳ 2015-2020"


def test_a_lead_writing_the_trich_yeu_by_its_head_word_after_the_number(tmp_path: Path) -> None:
    """ag18's shape: "… đã ban hành Quyết định số … Hướng dẫn …." (no "về"), here "Giao …" in another body's lead."""
    front = imported_front(tmp_path, (
        "Giao chỉ tiêu tuyển sinh năm học mới\n\n"
        "Ngày 14/6/2023, Ủy ban nhân dân huyện Krông Pắc đã ban hành Quyết định số 1520/QĐ-UBND Giao chỉ tiêu tuyển "
        "sinh vào lớp 10 năm học 2023-2024 cho các trường trung học phổ thông trên địa bàn huyện.\n\n"
        "Theo đó, các trường tổ chức tuyển sinh đúng kế hoạch.\n"))
    assert front["number"] == "1520/QĐ-UBND"
    assert front["title"] == ("Giao chỉ tiêu tuyển sinh vào lớp 10 năm học 2023-2024 cho các trường trung học phổ "
                              "thông trên địa bàn huyện")


def test_a_verb_over_an_old_numbers_code_is_the_trich_yeu(tmp_path: Path) -> None:
    """al12's shape: an old number "12-1968/TT" the number reader does not take apart, under a title line opening
    with "HƯỚNG DẪN" (the trích yếu's verb, not a type line): the type is the code's, the line the trích yếu."""
    front, report = imported_with_report(tmp_path, (
        "BỘ NỘI VỤ\tVIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12-1968/TT\tHà Nội, ngày 03 tháng 4 năm 1968\n"
        "HƯỚNG DẪN VIỆC ĐĂNG KÝ HỘ TỊCH Ở CÁC XÃ MIỀN NÚI\n"
        "Để thi hành Nghị định số 04-CP ngày 16-1-1961 của Hội đồng Chính phủ, Bộ hướng dẫn như sau:\n"
        "I. ĐĂNG KÝ KHAI SINH\nViệc khai sinh do Ủy ban hành chính xã đăng ký.\n"))
    assert front.get("number") == "12-1968/TT"
    assert front.get("type") == "Thông tư"
    assert str(front.get("title")).lower() == "hướng dẫn việc đăng ký hộ tịch ở các xã miền núi"
    assert "(type)" not in report


def test_a_gazette_heading_whose_day_is_spaced_gives_its_subject(tmp_path: Path) -> None:
    """al10's shape: "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ … NGÀY 6 - 11 - 1982 VỀ VIỆC …" (the day's hyphens spaced, as the
    number's already may be): the trích yếu is the subject alone, not the heading from "Của"."""
    front = imported_front(tmp_path, (
        "HỘI ĐỒNG BỘ TRƯỞNG\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 57-HĐBT\tHà Nội, ngày 14 tháng 3 năm 1983\nQUYẾT ĐỊNH\n"
        "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 57-HĐBT NGÀY 14 - 3 - 1983 VỀ VIỆC CHIA HUYỆN ĐÔNG ANH THÀNH HAI HUYỆN\n"
        "HỘI ĐỒNG BỘ TRƯỞNG\nCăn cứ vào điều 107 của Hiến pháp;\nQUYẾT ĐỊNH:\nĐiều 1. Chia huyện Đông Anh.\n"))
    assert str(front.get("title")).lower() == "về việc chia huyện đông anh thành hai huyện"


def test_a_school_number_whose_code_names_a_plan_is_reported_as_a_letter(tmp_path: Path) -> None:
    """u17's shape: "Số: 07/KH.THCS" and a "V/v" line: read as a Công văn, the number's code says Kế hoạch."""
    front, report = imported_with_report(tmp_path, (
        "PHÒNG GD&ĐT HUYỆN TÂN CHÂU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG THCS TÂN HÒA\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 07/KH.THCS\tTân Hòa, ngày 10 tháng 6 năm 2013\n"
        "V/v kế hoạch phụ đạo học sinh yếu hè năm 2013\n"
        "Căn cứ kết quả học tập năm học 2012-2013, trường THCS Tân Hòa xây dựng kế hoạch như sau:\n"
        "1. Đối tượng: học sinh yếu các khối lớp.\n"))
    assert front.get("number") == "07/KH.THCS"
    if front.get("type") != "Kế hoạch":
        assert "(type)" in report
