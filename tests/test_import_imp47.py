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
