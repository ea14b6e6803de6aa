"""Thirty-seventh session (heldout35 spent): a school naming itself as the one who draws up its plan, on a page posted
without its header (heldout23 u35 "…, trường THCS X lập kế hoạch tuyển sinh …", heldout34 aj27 "…, Trường THPT X số 1
xây dựng Kế hoạch …"): its full name, a district's school number included, is the issuer, reported unsure. Every page
here is written for the test, in other schools and places; each asserts on the front matter `vanban import` writes."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report


def _unsure(report: str, key: str) -> bool:
    return any(line.startswith("  ? chưa chắc") and f"({key})" in line for line in report.splitlines())


def test_a_school_that_draws_up_its_plan_with_lap(tmp_path: Path) -> None:
    """u35's shape: the grounds, then "trường THCS <name> lập kế hoạch …" in lower case after the comma."""
    front, report = imported_with_report(tmp_path, (
        "Kế hoạch tuyển sinh vào lớp 6 năm học 2024-2025\n"
        "Căn cứ hướng dẫn của Phòng Giáo dục và Đào tạo, trường THCS Nguyễn Du lập kế hoạch tuyển sinh vào lớp 6 "
        "năm học 2024-2025 như sau:\n"
        "1. Đối tượng tuyển sinh: học sinh đã hoàn thành chương trình tiểu học.\n"))
    assert front["issuer"] == "Trường THCS Nguyễn Du"
    assert _unsure(report, "issuer"), report


def test_a_school_numbered_in_its_district_keeps_its_number(tmp_path: Path) -> None:
    """aj27's shape: "Trường THPT <name> số 2 xây dựng Kế hoạch …": the number is part of the school's name."""
    front = imported_front(tmp_path, (
        "Kế hoạch phòng, chống tai nạn thương tích năm học 2023-2024\n"
        "Nhằm bảo đảm môi trường giáo dục an toàn, Trường THPT Yên Thế số 2 xây dựng Kế hoạch phòng, chống tai nạn "
        "thương tích năm học 2023-2024 với các nội dung sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"))
    assert front["issuer"] == "Trường THPT Yên Thế số 2"


def test_a_school_named_as_an_owner_does_not_act(tmp_path: Path) -> None:
    """"… lập kế hoạch của Trường THPT X số 3" and "tại Trường …": an owner or a venue, never the one acting."""
    front = imported_front(tmp_path, (
        "Tin hoạt động\n"
        "Đoàn kiểm tra đã làm việc tại Trường THPT Lạng Giang số 3 lập biên bản về công tác thiết bị.\n"))
    assert not front["issuer"]


def test_a_lead_opening_on_its_document_then_who_acts_in_it(tmp_path: Path) -> None:
    """heldout32 ah21's shape: "Tại công văn <number> ngày …, Phó Thủ tướng Chính phủ <name> chấp thuận …" — the
    document the sentence opens on is the page's own; the deputy signs for the Prime Minister; the act is its
    trích yếu."""
    front, report = imported_with_report(tmp_path, (
        "Chuyển mục đích sử dụng đất trồng lúa tại tỉnh Sóc Trăng\n\n"
        "Tại công văn 512/TTg-NN ngày 14/6/2023, Phó Thủ tướng Chính phủ Trần Lưu Quang chấp thuận Ủy ban nhân dân "
        "tỉnh Sóc Trăng quyết định chuyển mục đích sử dụng 12,5 ha đất trồng lúa để thực hiện Dự án cầu Đại Ngãi.\n"
        "Ủy ban nhân dân tỉnh chịu trách nhiệm về tính chính xác của số liệu.\n"))
    assert front["number"] == "512/TTg-NN"
    assert front["type"] == "Công văn"
    assert front["issuer"] == "Thủ tướng Chính phủ"
    assert str(front["date"]) == "2023-06-14"
    assert front["title"] == ("chấp thuận Ủy ban nhân dân tỉnh Sóc Trăng quyết định chuyển mục đích sử dụng 12,5 ha đất "
                              "trồng lúa để thực hiện Dự án cầu Đại Ngãi")
    assert front["signer"] == "Trần Lưu Quang"
    assert all(_unsure(report, key) for key in ("number", "type", "issuer", "date", "title")), report


def test_a_lead_in_a_notice_names_its_body_in_full_before_its_short_name(tmp_path: Path) -> None:
    """heldout29 ae23's shape: "Trong Thông báo số … về việc … đăng tải trên Cổng … của Sở GDĐT Thành phố Đà Nẵng
    ngày …, Sở GDĐT đã gửi …" — the trích yếu ends where the page says where it found the notice, and the department
    acting by its short name is the one the sentence named in full."""
    front = imported_front(tmp_path, (
        "Sở giáo dục trả lời về kỳ thi\n\n"
        "Trong Thông báo số 118/SGDĐT-GDTrH về việc tổ chức kỳ thi học sinh giỏi thành phố năm 2021 đăng tải trên Cổng "
        "thông tin điện tử của Sở GDĐT Thành phố Đà Nẵng ngày 02/3/2021, Sở GDĐT đã gửi thông báo này tới các trường "
        "trung học phổ thông.\n"))
    assert front["number"] == "118/SGDĐT-GDTrH"
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Sở Giáo dục và Đào tạo Thành phố Đà Nẵng"
    assert front["title"] == "về việc tổ chức kỳ thi học sinh giỏi thành phố năm 2021"


def test_a_basis_or_a_definition_opening_a_paragraph_is_no_lead(tmp_path: Path) -> None:
    """"Theo Quyết định số …, …" cites a basis and "Trong Nghị định số …, các từ ngữ dưới đây …" defines words: no body
    acts in the document named, so it is not the page's."""
    front = imported_front(tmp_path, (
        "Giải thích từ ngữ\n\n"
        "Trong Nghị định số 45/2019/NĐ-CP ngày 21/5/2019, các từ ngữ dưới đây được hiểu như sau:\n"
        "1. Hàng hóa là các sản phẩm được mua bán.\n"))
    assert not front["number"] and not front["issuer"]


def test_a_department_with_a_comma_in_its_name_asks_in_its_own_letter(tmp_path: Path) -> None:
    """heldout34 aj11's shape: "Sở Văn hóa, Thể thao và Du lịch vừa có Công văn đề nghị các huyện … (Công văn số …,
    ngày …)": the comma before the field's capitalised word is inside the name, the letter named between the body
    and its request; the body asking is the letter's issuer (left bare: the page names no province)."""
    front = imported_front(tmp_path, (
        "Tăng cường tuyên truyền kỷ niệm Ngày Quốc khánh\n\n"
        "Sở Văn hóa, Thể thao và Du lịch vừa có Công văn đề nghị các huyện, thành phố tăng cường công tác tuyên truyền "
        "kỷ niệm Ngày Quốc khánh (Công văn số 845/SVHTTDL-QLVH, ngày 20/8/2021).\n\n"
        "Các huyện chỉ đạo các phòng chuyên môn tăng cường tuyên truyền.\n"))
    assert front["number"] == "845/SVHTTDL-QLVH"
    assert front["issuer"] == "Sở Văn hóa, Thể thao và Du lịch"


def test_a_department_asking_in_its_own_notice(tmp_path: Path) -> None:
    """heldout29 ae24's shape: a notice's post title, then "Thực hiện …, Sở Tài nguyên và Môi trường yêu cầu chủ các
    lô đất …": the department asking the owners is the notice's issuer."""
    front, report = imported_with_report(tmp_path, (
        "Thông báo thực hiện dọn vệ sinh các lô đất trống có chủ trên địa bàn thành phố\n\n"
        "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND thành phố tại Công văn số 1120/UBND-QLĐT ngày 04/5/2016 về việc "
        "vệ sinh môi trường, Sở Tài nguyên và Môi trường yêu cầu chủ các lô đất trống khẩn trương dọn vệ sinh.\n"))
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Sở Tài nguyên và Môi trường"
    assert _unsure(report, "issuer"), report


def test_a_body_s_own_act_is_no_part_of_its_name(tmp_path: Path) -> None:
    """heldout23 u27's shape: "… UBND xã thông báo đề nghị các hộ dân …" on a notice's page: "thông báo" is what the
    committee does, never a word of its name (no "Ủy ban nhân dân xã thông báo")."""
    front = imported_front(tmp_path, (
        "THÔNG BÁO Về việc đôn đốc thu hoạch lúa mùa\n\n"
        "Thông báo số 210/TB-UBND ngày 12/9/2023 V/v chỉ đạo sản xuất vụ mùa. Đến nay lúa đã chín. UBND xã thông báo "
        "đề nghị các hộ dân tập trung thu hoạch lúa mùa trước ngày 30/9.\n"))
    assert "thông báo" not in str(front["issuer"]).lower()
