"""`vanban import` on hostile or broken files: one Vietnamese line naming the file, never a traceback or a hang."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document as Docx

from vanban.importer import ImportFailed, import_file


def _run(cwd: Path, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", "import", *files, "--to", "out"], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def _broken_docx(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.docx"
    Docx().save(str(good))
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    made: dict[str, Path] = {}

    def write(name: str, change: dict[str, bytes]) -> None:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for part, data in {**parts, **change}.items():
                z.writestr(part, data)
        made[name] = path

    write("xml-hong.docx", {"word/document.xml": b"<w:document><w:body><w:p>"})
    write("thieu-phan.docx", {"[Content_Types].xml": b"<Types/>"})
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
        z.writestr("word/media/x.bin", b"\0" * (4 * 1024 * 1024))
    made["bom.docx"] = bomb
    many = tmp_path / "nhieu-phan.docx"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(2100):
            z.writestr(f"x/{i}.xml", b"<a/>")
    made["nhieu-phan.docx"] = many
    (tmp_path / "khong-phai-zip.docx").write_bytes(b"PK\x03\x04 not really")
    made["khong-phai-zip.docx"] = tmp_path / "khong-phai-zip.docx"
    return made


def test_broken_and_hostile_word_files_are_one_line_each(tmp_path: Path) -> None:
    made = _broken_docx(tmp_path)
    for path in made.values():
        with pytest.raises(ImportFailed):
            import_file(path)
    start = time.monotonic()
    run = _run(tmp_path, *made)
    assert time.monotonic() - start < 60
    assert run.returncode == 1
    out = run.stdout + run.stderr
    assert "Traceback" not in out and "lxml" not in out
    for name in made:
        assert sum(line.startswith(f"{name}: ") for line in out.splitlines()) == 1, (name, out)
    assert "bom nén" in out and "2100 phần" in out


def test_html_in_a_word_cell_or_paragraph_is_text(tmp_path: Path) -> None:
    word = Docx()
    for line in ("ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 45/KH-UBND", "Tân Hòa, ngày 12 tháng 4 năm 2025", "KẾ HOẠCH",
                 "Về việc <b>thử</b>", "Nội dung <script>alert(1)</script> và <img src=x onerror=alert(2)>.",
                 "1. <iframe src=javascript:alert(3)>", "- <a href=\"javascript:alert(4)\">bấm</a>"):
        word.add_paragraph(line)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "<svg onload=alert(5)>"
    table.cell(1, 1).text = "a | b &#106;avascript:"
    word.save(str(tmp_path / "html.docx"))
    result = import_file(tmp_path / "html.docx")
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(result.body)
    for raw in ("<script", "<img", "<iframe", "<svg", "<a href", "&#106;"):
        assert raw not in html, (raw, html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
