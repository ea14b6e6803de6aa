"""`vanban new`: a valid content file in the right folder, with the URL the site will give it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from vanban.newdoc import InvalidValue, check_new_value


def _new(cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", "new", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin)


def _check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content", *args], capture_output=True,
                          text=True, cwd=cwd)


def assert_placeholder_warns_until_replaced(cwd: Path, target: Path) -> None:
    """The file is valid, but its placeholder body is a warning (at its line) until the text is pasted."""
    text = target.read_text("utf-8")
    line = text.splitlines().index("(Dán toàn văn văn bản vào đây, thay cho dòng này.)") + 1
    source = target.relative_to(cwd).as_posix()
    check = _check(cwd)
    assert check.returncode == 1, check.stdout + check.stderr
    assert f"{source}:{line}: toàn văn: toàn văn chưa được dán" in check.stdout
    assert "0 lỗi, 1 cảnh báo" in check.stderr
    assert _check(cwd, "--lenient").returncode == 0
    target.write_text(text.replace("(Dán toàn văn văn bản vào đây, thay cho dòng này.)", "Thực hiện …"), "utf-8")
    check = _check(cwd)
    assert check.returncode == 0, check.stdout + check.stderr


def test_new_with_flags_passes_check(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    run = _new(tmp_path, "--type", "kế hoạch", "--number", "21/KH-UBND", "--issuer", "Ủy ban nhân dân xã Tân Hòa",
               "--date", "07/03/2025", "--title", "Tuyên truyền chuyển đổi số năm 2025")
    assert run.returncode == 0, run.stderr
    target = tmp_path / "content/van-ban/2025/21-kh-ubnd.md"
    assert f"Đã tạo {Path('content/van-ban/2025/21-kh-ubnd.md')}" in run.stdout
    assert "Địa chỉ trang: /van-ban/2025/21-kh-ubnd/" in run.stdout
    text = target.read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "---" and lines[1].startswith("# yaml-language-server: $schema=")
    assert (target.parent / lines[1].split("=", 1)[1]).resolve().name == "frontmatter.schema.json"
    assert 'type: "Kế hoạch"  # loại văn bản' in text and 'date: "2025-03-07"' in text
    # Every key carries a Vietnamese comment.
    keys = [ln for ln in lines[2 : lines.index("---", 1)] if not ln.startswith("  ")]
    assert all("  # " in ln for ln in keys), keys
    assert_placeholder_warns_until_replaced(tmp_path, target)
    # Never overwrites.
    before = target.read_text("utf-8")
    again = _new(tmp_path, "--type", "Kế hoạch", "--number", "21/KH-UBND", "--issuer", "x", "--date", "2025-03-07",
                 "--title", "khác")
    assert again.returncode == 1 and "không ghi đè" in again.stderr
    assert target.read_text("utf-8") == before


def test_new_numberless_partial_date_by_prompts(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    answers = "Công văn\n\nPhòng Văn hóa và Thông tin xã Tân Hòa\n31/02/2025\n02/2025\ntuyên truyền chuyển đổi số\n"
    run = _new(tmp_path, stdin=answers)
    assert run.returncode == 0, run.stderr
    assert "không tồn tại" in run.stderr  # 31/02 refused, asked again
    made = list((tmp_path / "content/van-ban/2025").glob("*.md"))
    assert len(made) == 1 and made[0].stem == "cong-van-phong-van-hoa-va-thong-tin-xa-tan-hoa-2025-02"
    assert f"/van-ban/2025/{made[0].stem}/" in run.stdout
    text = made[0].read_text("utf-8")
    assert 'number: ""' in text and 'date: "2025-02"' in text
    assert_placeholder_warns_until_replaced(tmp_path, made[0])


def test_new_bad_flag_is_a_message(tmp_path: Path) -> None:
    run = _new(tmp_path, "--type", "Kế hoạck", "--number", "", "--issuer", "x", "--date", "", "--title", "y")
    assert run.returncode == 2
    assert "có phải “Kế hoạch”" in run.stderr and "Traceback" not in run.stderr
    run = _new(tmp_path, "--type", "Kế hoạch", "--number", "")  # no terminal: the missing answers end the input
    assert run.returncode == 2 and "chưa có cơ quan ban hành: dữ liệu nhập đã hết" in run.stderr


@pytest.mark.parametrize(("written", "iso"), [
    ("07/3/2025", "2025-03-07"), ("07/03/2025", "2025-03-07"), ("7/3/2025", "2025-03-07"), ("2025-03-07", "2025-03-07"),
    ("7.3.2025", "2025-03-07"), ("ngày 07 tháng 3 năm 2025", "2025-03-07"), ("02/2025", "2025-02"),
    ("tháng 02 năm 2025", "2025-02"), ("2025", "2025"), ("năm 2025", "2025"), ("", ""),
])
def test_dates_as_clerks_write_them(written: str, iso: str) -> None:
    assert check_new_value("date", written) == iso


@pytest.mark.parametrize(("written", "says"), [
    ("31/02/2025", "ngày 31/2/2025 không tồn tại (tháng 2 có 28 ngày)"),
    ("7-3", "ngày ban hành “7-3” không đọc được"),
    ("hôm qua", "ngày ban hành “hôm qua” không đọc được"),
])
def test_a_date_that_cannot_be_read_says_what_is_expected(written: str, says: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        check_new_value("date", written)
    assert says in str(caught.value)
    assert "07/03/2025, 7/3/2025 hoặc 2025-03-07; 02/2025 nếu bản gốc để trống ngày" in str(caught.value)


def test_interactive_errors_name_no_option(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    answers = "Kế hoạck\nKế hoạch\n\nUBND xã Tân Hòa\nhôm qua\n7/3/2025\n\nTuyên truyền\n"
    run = _new(tmp_path, stdin=answers)
    assert run.returncode == 0, run.stderr
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 3, errors  # wrong type, unreadable date, empty trích yếu: each asked again
    assert all(line.endswith("mời nhập lại.") and "--" not in line for line in errors), errors
    assert (tmp_path / "content/van-ban/2025/ke-hoach-ubnd-xa-tan-hoa-2025-03-07.md").is_file()


def test_help_and_usage_errors_are_vietnamese(tmp_path: Path) -> None:
    help_text = _new(tmp_path, "-h").stdout
    for english in ("usage:", "options:", "show this help", "TYPE", "NUMBER"):
        assert english not in help_text
    assert help_text.startswith("Cách dùng: vanban new")
    assert "Tùy chọn:" in help_text and "in hướng dẫn này rồi thoát" in help_text
    assert "7/3/2025" in help_text and "Ví dụ:" in help_text
    run = _new(tmp_path, "--ngay", "7/3/2025")
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == "vanban: lỗi: không hiểu --ngay 7/3/2025"
    top = subprocess.run([sys.executable, "-m", "vanban.cli"], capture_output=True, text=True, cwd=tmp_path)
    assert top.returncode == 2 and top.stderr.splitlines()[-1] == "vanban: lỗi: thiếu LỆNH"
