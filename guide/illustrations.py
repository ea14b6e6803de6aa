"""The guide's GitHub steps as labelled illustrations (imported by make_screenshots.py).

GitHub cannot be reached from where the guide is built, and a made-up picture passed off as a
screenshot would mislead a clerk. Each step is therefore drawn as plain HTML with GitHub's own
button names, under a banner saying it is an illustration; the check's annotation carries the
exact text `vanban check --format github` prints for a sample file with two mistakes.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BANNER = "HÌNH MINH HỌA — vẽ lại cho dễ nhìn, không phải ảnh chụp màn hình GitHub; giao diện thật có thể khác"

SAMPLE = """---
number: "21/KH-UBND"
type: "Kế hoạch"
issuer: "Ủy ban nhân dân xã Tân Hòa"
date: "2025-02-30"
title: "Tuyên truyền chuyển đổi số năm 2025"
attachments:
  - path: "21-kh-ubnd/21-kh-ubnd.pdf"
    title: "Bản scan"
---

Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy.
"""

STYLE = """
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: #1f2328; background: #fff; }
.banner { background: #fff3cd; border-bottom: 2px solid #9a6700; color: #4d2d00; font-weight: 700; padding: 8px 12px; }
.page { padding: 14px 16px; }
.crumb { color: #59636e; margin-bottom: 10px; }
.btn { display: inline-block; border: 1px solid #d1d9e0; border-radius: 6px; padding: 5px 12px; background: #f6f8fa; font-weight: 600; }
.btn.green { background: #1f883d; color: #fff; border-color: #1a7f37; }
.menu { border: 1px solid #d1d9e0; border-radius: 6px; width: 220px; margin: 6px 0 0 auto; box-shadow: 0 4px 10px #0002; }
.menu div { padding: 7px 12px; } .menu .on { background: #0969da; color: #fff; }
.field { border: 1px solid #d1d9e0; border-radius: 6px; padding: 6px 10px; font-family: monospace; background: #fff; }
.code { font-family: monospace; white-space: pre; background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px; }
.line { display: flex; gap: 10px; } .line span:first-child { color: #59636e; width: 2em; flex: none; text-align: right; }
.line span:last-child { white-space: pre-wrap; }
.line.bad { background: #ffebe9; }
.annotation { border: 1px solid #cf222e; border-left: 4px solid #cf222e; border-radius: 6px; margin: 4px 0 8px 2.6em;
  padding: 6px 10px; font-family: system-ui, sans-serif; white-space: normal; background: #fff; }
.annotation b { color: #cf222e; }
.dialog { border: 1px solid #d1d9e0; border-radius: 8px; padding: 12px; max-width: 560px; box-shadow: 0 6px 18px #0003; }
.radio { margin: 6px 0; } .radio.on { font-weight: 700; }
.drop { border: 2px dashed #0969da; border-radius: 8px; padding: 22px; text-align: center; color: #0969da; background: #ddf4ff; }
.files { margin-top: 10px; font-family: monospace; }
"""


def check_annotations() -> list[tuple[int, str, str]]:
    """(line, field, message) as `vanban check --format github` annotates SAMPLE."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp, "content/van-ban/2025/21-kh-ubnd.md")
        target.parent.mkdir(parents=True)
        target.write_text(SAMPLE, encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content", "--format", "github"],
                             cwd=tmp, capture_output=True, text=True).stdout
    return [(int(m.group(1)), m.group(2), m.group(3))
            for m in re.finditer(r"^::error file=[^,]*,line=(\d+),title=([^:]*)::(.*)$", out, re.M)]


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='vi'><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style><div class='banner'>{html.escape(BANNER)}</div><div class='page'>{body}</div></html>")


def pages() -> dict[str, str]:
    """File name (without .png) → HTML of each illustrated step."""
    notes = {line: (field, message) for line, field, message in check_annotations()}
    rows = []
    for number, text in enumerate(SAMPLE.splitlines(), start=1):
        bad = number in notes
        rows.append(f"<div class='line{' bad' if bad else ''}'><span>{number}</span><span>{html.escape(text)}</span></div>")
        if bad:
            field, message = notes[number]
            rows.append(f"<div class='annotation'><b>Kiểm tra văn bản: lỗi ({html.escape(field)})</b><br>"
                        f"{html.escape(message)}</div>")
    return {
        "buoc-1-tao-tep": _page("Bước 1", """
<div class='crumb'>vanban / content / van-ban / 2025</div>
<div style='text-align:right'><span class='btn'>Add file ▾</span></div>
<div class='menu'><div class='on'>+ Create new file</div><div>⇪ Upload files</div></div>
<p>Sau khi chọn <b>Create new file</b>, gõ tên tệp theo số ký hiệu:</p>
<div class='field'>vanban / content / van-ban / 2025 / <b>21-kh-ubnd.md</b></div>"""),
        "buoc-3-yeu-cau-duyet": _page("Bước 3", """
<div class='dialog'><b>Commit changes</b>
<p>Commit message</p><div class='field'>Đăng Kế hoạch 21/KH-UBND</div>
<div class='radio'>○ Commit directly to the main branch</div>
<div class='radio on'>● Create a new branch for this commit and start a pull request</div>
<p style='text-align:right'><span class='btn green'>Propose changes</span></p></div>
<p>Trang tiếp theo: bấm <span class='btn green'>Create pull request</span></p>"""),
        "buoc-4-chu-thich-kiem-tra": _page("Bước 4", f"""
<div class='crumb'>Pull request · thẻ <b>Files changed</b> · content/van-ban/2025/21-kh-ubnd.md</div>
<div class='code'>{''.join(rows)}</div>"""),
        "buoc-6-tai-tep": _page("Bước 6", """
<div class='crumb'>vanban / content / van-ban / 2025 / <b>Upload files</b></div>
<div class='drop'>Kéo cả thư mục <b>21-kh-ubnd</b> từ máy tính thả vào đây<br>(Drag files here to add them to your repository)</div>
<div class='files'>Sẽ tải lên: 21-kh-ubnd/21-kh-ubnd.pdf</div>
<p style='text-align:right'><span class='btn green'>Commit changes</span></p>"""),
    }
