"""Thirty-sixth session (heldout34 spent): a news lead that points back at its headline, "Đó là <what> tại/trong
<document số …>" (heldout14 e26, heldout29 ae15, heldout34 aj24), names the page's own document: its number, type,
date, the issuer the sentence names and a trích yếu only after "về"; a lead's bracketed gloss or short name ("UBND
huyện X (tỉnh Y)", "Hội … tỉnh (Hội) Z": heldout26 ab04, heldout31 ag21, ag32) is no part of its issuer. Every page here
is written for the test, in other bodies and places; each asserts on the front matter `vanban import` writes."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_with_report as _import_txt


def _unsure(report: str, key: str) -> bool:
    return any(line.startswith("  ? chưa chắc") and f"({key})" in line for line in report.splitlines())


def test_the_decision_a_lead_points_back_at_is_the_page_s(tmp_path: Path) -> None:
    """ae15's shape: a portal's tag, "Đó là thông tin tại Quyết định số … ngày … của UBND tỉnh về việc …"."""
    front, report = _import_txt(tmp_path, (
        "TIN MỚI\n\n12 tập thể được tặng Cờ thi đua năm 2023\n"
        "(Cổng TTĐT) - Đó là thông tin tại Quyết định số 2045/QĐ-UBND ngày 14/6/2024 của UBND tỉnh về việc tặng "
        "Cờ thi đua cho các tập thể có thành tích xuất sắc năm 2023.\n"
        "Cụ thể, Chủ tịch UBND tỉnh tặng Cờ thi đua cho 12 tập thể dẫn đầu phong trào thi đua.\n"))
    assert front["number"] == "2045/QĐ-UBND"
    assert front["type"] == "Quyết định"
    assert str(front["date"]) == "2024-06-14"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh"
    assert front["title"] == "về việc tặng Cờ thi đua cho các tập thể có thành tích xuất sắc năm 2023"
    assert all(_unsure(report, key) for key in ("number", "type", "issuer", "date", "title")), report


def test_a_letter_a_lead_points_back_at_names_its_issuer_passively(tmp_path: Path) -> None:
    """e26's shape: "Đó là nội dung chính trong Văn bản số … vừa được UBND tỉnh ban hành gửi …" — a letter's number
    without a type code is a Công văn; the province a paper's name in the addressees gives is not the lead's."""
    front, _ = _import_txt(tmp_path, (
        "Đó là nội dung chính trong Văn bản số 1530/UBND-VX vừa được UBND tỉnh ban hành gửi các sở, ngành: Sở Y tế, "
        "Báo Lâm Đồng và UBND các huyện. Theo đó, các đơn vị triển khai ngay các biện pháp phòng bệnh.\n"))
    assert front["number"] == "1530/UBND-VX"
    assert front["type"] == "Công văn"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh"
    assert not front["date"] and not front["title"]


def test_a_minister_s_proposal_a_lead_points_back_at_is_his_ministry_s(tmp_path: Path) -> None:
    """aj24's shape: "Đó là đề xuất của Bộ trưởng Bộ X <name> gửi … tại công văn số 2014 /BXD-PTĐT ngày …" — the
    ministry issues, the minister signs, the number read without the copy's space; no "về": no trích yếu."""
    front, _ = _import_txt(tmp_path, (
        "(TTXVN) – Đó là đề xuất của Bộ trưởng Bộ Giao thông vận tải Trần Văn Bình gửi Thủ tướng Chính phủ tại "
        "công văn số 3120 /BGTVT-KCHT ngày 5/9/2019.\n"))
    assert front["number"] == "3120/BGTVT-KCHT"
    assert front["type"] == "Công văn"
    assert front["issuer"] == "Bộ Giao thông vận tải"
    assert str(front["date"]) == "2019-09-05"
    assert front["signer"] == "Trần Văn Bình"
    assert not front["title"]


def test_a_pointing_sentence_without_a_numbered_document_reads_nothing(tmp_path: Path) -> None:
    """"Đó là các xã: …" and a document named without its number point at nothing the page issues."""
    front, _ = _import_txt(tmp_path, (
        "Năm xã đạt chuẩn nông thôn mới nâng cao\n"
        "Đó là các xã trong danh sách tại kế hoạch của huyện về xây dựng nông thôn mới.\n"
        "Các xã sẽ tiếp tục duy trì các tiêu chí đã đạt.\n"))
    assert not front["number"] and not front["type"] and not front["issuer"]


def test_a_lead_s_bracketed_gloss_is_no_part_of_the_issuer(tmp_path: Path) -> None:
    """ab04's shape: "Ngày 31-7, UBND huyện X (tỉnh Y) quyết định <subject>." — the gloss of where the body is does not
    stop the dated decision being read, and is not written into the issuer."""
    front, report = _import_txt(tmp_path, (
        "Ngày 12-8, UBND huyện Tam Nông (tỉnh Đồng Tháp) quyết định tạm dừng hoạt động chợ nổi Tràm Chim để đảm bảo "
        "phòng, chống dịch bệnh.\nCác hộ kinh doanh được hỗ trợ chuyển sang bán hàng trực tuyến.\n"))
    assert front["type"] == "Quyết định"
    assert front["issuer"] == "Ủy ban nhân dân huyện Tam Nông"
    assert front["title"] == "tạm dừng hoạt động chợ nổi Tràm Chim để đảm bảo phòng, chống dịch bệnh"
    assert _unsure(report, "issuer") and _unsure(report, "title")


def test_a_short_name_in_brackets_inside_a_lead_s_body_is_dropped(tmp_path: Path) -> None:
    """ag32's and ag21's shapes: "Hội Nông dân tỉnh (Hội) Bạc Liêu vừa ban hành kế hoạch …", "UBND xã X (huyện Y, Z)
    vừa có quyết định …": the short name the news goes on to use, or the place glossed, is no part of the name."""
    front, _ = _import_txt(tmp_path, (
        "Hội Nông dân tỉnh (Hội) Bạc Liêu vừa ban hành kế hoạch tổ chức Hội thi nhà nông giỏi năm 2023.\n"
        "Theo đó, Hội thi diễn ra trong tháng 9.\n"))
    assert front["issuer"] == "Hội Nông dân tỉnh Bạc Liêu"
    (tmp_path / "b").mkdir()
    front2, _ = _import_txt(tmp_path / "b", (
        "UBND xã Hòa Bình (huyện Xuyên Mộc, Bà Rịa - Vũng Tàu) vừa có quyết định xử phạt hành chính 5 triệu đồng đối "
        "với một hộ dân về hành vi lấn chiếm đất công.\n"))
    assert front2["issuer"] == "Ủy ban nhân dân xã Hòa Bình"
