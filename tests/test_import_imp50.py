"""Fortieth session (imp50): kinds pooled over the pages without a header of every spent set (dev14 … heldout38).

A news lead whose issuing body follows a setting clause ("Hôm qua 12.5, UBND tỉnh đã ban hành Quyết định số …",
"Ngày 2/5/20119, Văn phòng UBND TP … ban hành Thông báo số …, truyền đạt …", "(Phù Ninh)-Trước … sông Lô. Để chủ động
…, UBND huyện … có văn bản số … về việc …": heldout29 ae16, heldout31 ag24, heldout38 am01) presents the page's own
numbered document when it is the page's first sentence. And principle 2: a type, trích yếu or number the header
reader takes from a page with neither an issuer block nor a date line (a post's caption "KẾ HOẠCH" / "TUYỂN SINH …", "BÁO CÁO NHANH (V/v …)", "Công văn số 2430/CV …":
heldout17 i19, heldout27 ac18, heldout24 o23, heldout34 aj22, heldout36 al17) is reported unsure, never passed as
sure. Every page here is written for the test, in other bodies and words."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report


def test_a_lead_after_a_time_clause_gives_the_numbered_document(tmp_path: Path) -> None:
    """ae16's shape: a day written "12.5" (no year) and a comma before the body; the document numbered after it."""
    front, report = imported_with_report(tmp_path, (
        "Khen thưởng các tập thể có thành tích trong phong trào thi đua\n\nMINH HẠNH\n\n"
        "(BTN) - Chiều qua 3.4, UBND huyện đã ban hành Quyết định số 512/QĐ-UBND khen thưởng 12 tập thể và 20 cá nhân "
        "có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023.\n\n"
        "Đây là những tập thể, cá nhân tiêu biểu trên các lĩnh vực.\n"))
    assert front["number"] == "512/QĐ-UBND"
    assert front["type"] == "Quyết định"
    assert front["title"] == ("khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu "
                              "nước năm 2023")
    assert "(number)" in report  # a lead's values are reported unsure, as every lead's


def test_a_lead_after_a_dated_clause_names_its_office(tmp_path: Path) -> None:
    """ag24's shape: a setting the time reader does not know ("Ngày 2/5/20119,", here "Cuối tuần qua,"), then "Văn
    phòng UBND tỉnh X ban hành Thông báo số …, truyền đạt …" — no "vừa", no purpose: the first sentence, the page's."""
    front = imported_front(tmp_path, (
        "Phòng, chống dịch cúm gia cầm\n\n"
        "Cuối tuần qua, Văn phòng UBND tỉnh Nam Định ban hành Thông báo số 45/TB-VP ngày 14/3/2022, truyền đạt ý kiến chỉ đạo của Phó "
        "Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống dịch cúm gia cầm.\n\n"
        "Theo đó, các huyện tăng cường kiểm soát vận chuyển gia cầm.\n"))
    assert front["number"] == "45/TB-VP"
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Văn phòng Ủy ban nhân dân tỉnh Nam Định"
    assert str(front["date"]) == "2022-03-14"


def test_a_lead_after_a_purpose_clause_in_one_paragraph(tmp_path: Path) -> None:
    """am01's shape: a setting sentence the splitter keeps with the lead ("… sông Lô. Để …"), then the body's letter."""
    front = imported_front(tmp_path, (
        "Tạm dừng hoạt động bến đò trên địa bàn huyện\n  • Cập nhật: 02/11/2022\n\n"
        "(Yên Lập)-Trước diễn biến mưa lũ phức tạp tại các bến đò trên sông Lô. Để bảo đảm an toàn cho "
        "người dân, Ủy ban nhân dân huyện Yên Lập có văn bản số 2210/UBND-KT ngày 02/11/2022 về việc tạm dừng hoạt "
        "động các bến đò trên địa bàn huyện như sau:\n\n1. Tạm dừng hoạt động các bến đò từ 12 giờ ngày 02/11/2022.\n"))
    assert front["number"] == "2210/UBND-KT"
    assert front["type"] == "Công văn"
    assert str(front["date"]) == "2022-11-02"
    assert front["title"] == "tạm dừng hoạt động các bến đò trên địa bàn huyện"


def test_a_caption_read_as_a_type_line_on_a_page_without_header_is_reported(tmp_path: Path) -> None:
    """i19's and ac18's shape: a type word over a caption, no issuer block and no date line: the type and the
    trích yếu read there are the page's words, reported unsure (principle 2), not passed as sure."""
    _, report = imported_with_report(tmp_path, (
        "KẾ HOẠCH\nTHU NHẬN HỒ SƠ LỚP 6, NĂM HỌC 2024 - 2025\n\n"
        "Trường Trung học cơ sở Nguyễn Du thông báo kế hoạch thu nhận hồ sơ học sinh vào lớp 6 như sau.\n\n"
        "1. Thời gian nhận hồ sơ: từ ngày 01/7 đến ngày 10/7.\n"))
    assert "? chưa chắc trích yếu (title)" in report
    assert "? chưa chắc loại văn bản (type)" in report


def test_a_lone_number_on_a_page_without_header_is_reported(tmp_path: Path) -> None:
    """al17's shape: "Công văn số 2430/CV VPTW, gửi …" read by the header reader as its "Số": reported unsure."""
    _, report = imported_with_report(tmp_path, (
        "Cấm treo băng rôn chào mừng tràn lan\n\n"
        "Ban Thường vụ Thành ủy vừa nhắc nhở việc treo băng rôn, khẩu hiệu tràn lan.\n"
        "Số 118/CV TU, gửi các đảng ủy trực thuộc, yêu cầu chấm dứt việc này.\n"))
    assert "? chưa chắc số ký hiệu (number)" in report or "✗ chưa xác định số ký hiệu (number)" in report
