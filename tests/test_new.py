"""`vanban new`: a valid content file in the right folder, with the URL the site will give it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _new(cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", "new", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin)


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
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], capture_output=True, text=True,
                           cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
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
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], capture_output=True, text=True,
                           cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_new_bad_flag_is_a_message(tmp_path: Path) -> None:
    run = _new(tmp_path, "--type", "Kế hoạck", "--number", "", "--issuer", "x", "--date", "", "--title", "y")
    assert run.returncode == 2
    assert "có phải “Kế hoạch”" in run.stderr and "Traceback" not in run.stderr
    run = _new(tmp_path, "--type", "Kế hoạch", "--number", "")  # no terminal: the missing answers end the input
    assert run.returncode == 2 and "thiếu issuer" in run.stderr
