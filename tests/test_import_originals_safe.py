"""The original travels with the document only in a form the build publishes: `vanban import` never writes
a document whose own strict build fails on its attachment, and hostile originals are imported safely or
refused in one Vietnamese line (never a traceback, never a hang)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document as Docx

from conftest import portal_project, run_mkdocs

PAGE = """<!DOCTYPE html>
<html><head><title>Kế hoạch</title><script>alert(document.cookie)</script></head><body>
<div class="header"><p>ỦY BAN NHÂN DÂN</p><p>XÃ TÂN HÒA</p></div>
<p>Số: 12/KH-UBND</p>
<p><i>Tân Hòa, ngày 07 tháng 3 năm 2025</i></p>
<p><b>KẾ HOẠCH</b></p>
<p><b>Tổ chức ngày hội đọc sách năm 2025</b></p>
<p>Thực hiện Kế hoạch số 5/KH-UBND của Ủy ban nhân dân huyện, xã ban hành kế hoạch như sau.</p>
<p>1. Mục đích.</p><p>2. Yêu cầu.</p><p>3. Thời gian.</p>
</body></html>
"""


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=180)


def test_a_page_source_saved_as_text_builds_strict_and_is_kept_zipped(tmp_path: Path) -> None:
    portal_project(tmp_path)
    source = tmp_path / "trang.txt"
    source.write_text(PAGE, "utf-8")
    run = _cli("import", str(source), "--to", "content", cwd=tmp_path)
    out = run.stdout + run.stderr
    assert "Traceback" not in out and "12-kh-ubnd-ban-goc.zip" in out and "nén" in out, out
    folder = tmp_path / "content/van-ban/2025/12-kh-ubnd"
    assert [p.name for p in folder.iterdir()] == ["12-kh-ubnd-ban-goc.zip"]  # never the page itself
    with zipfile.ZipFile(folder / "12-kh-ubnd-ban-goc.zip") as archive:
        assert archive.read("12-kh-ubnd-ban-goc.txt") == source.read_bytes()  # nothing lost
    build = run_mkdocs(tmp_path / "mkdocs.yml", tmp_path / "site", "--strict")
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "site/van-ban/2025/12-kh-ubnd/12-kh-ubnd-ban-goc.zip").is_file()
    again = _cli("import", str(source), "--to", "content", cwd=tmp_path)  # the SHA inside the zip is the original's
    assert "đã nhập trước đây" in again.stdout and not (tmp_path / "content/van-ban/2025/12-kh-ubnd-2.md").exists()


def test_a_refused_attachment_is_reported_once(tmp_path: Path) -> None:
    doc = tmp_path / "content/van-ban/2025/1-kh-ubnd.md"
    (doc.parent / "1-kh-ubnd").mkdir(parents=True)
    (doc.parent / "1-kh-ubnd/trang.txt").write_text(PAGE, "utf-8")
    doc.write_text("---\nnumber: 1/KH-UBND\ntype: Kế hoạch\nissuer: Ủy ban nhân dân xã Tân Hòa\ndate: 2025-03-07\n"
                   "title: Kế hoạch thử\nattachments:\n  - path: 1-kh-ubnd/trang.txt\n---\nNội dung.\n", "utf-8")
    check = _cli("check", "content", cwd=tmp_path)
    lines = [line for line in check.stdout.splitlines() if "chứa mã HTML/XML" in line]
    assert len(lines) == 1, check.stdout  # listed and kept in the folder: one file, one line


def _pdf_with_javascript() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        b"",
        b"<< /Type /Action /S /JavaScript /JS (app.alert\\('x'\\);) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 50 800 Td (UY BAN NHAN DAN XA TAN HOA) Tj 0 -20 Td (So: 7/KH-UBND) Tj ET"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        if not body:
            body = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_hostile_originals_in_one_folder_import_safely_or_are_refused(tmp_path: Path) -> None:
    originals = tmp_path / "goc"
    originals.mkdir()
    (originals / "svg.txt").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
                                       "<text>Số: 1/KH-UBND</text></svg>", "utf-8")
    (originals / "xhtml.txt").write_text('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                                         "<p>Số: 3/KH-UBND</p></body></html>", "utf-8")
    (originals / "trang.md").write_text(PAGE, "utf-8")  # a Markdown original is never left as a document of its own
    word = Docx()
    for text in ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "Số: 6/KH-UBND", "Tân Hòa, ngày 07 tháng 3 năm 2025", "KẾ HOẠCH",
                 "Tổ chức ngày hội đọc sách"):
        word.add_paragraph(text)
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    word.part.relate_to("http://evil.example/x.png", relationships + "image", is_external=True)
    word.part.relate_to("file:///etc/passwd", relationships + "attachedTemplate", is_external=True)
    word.save(str(originals / "ngoai.docx"))
    (originals / "js.pdf").write_bytes(_pdf_with_javascript())
    big = originals / "lon.pdf"  # a readable PDF over the attachment limit (50 MB), sparse on disk
    big.write_bytes(_pdf_with_javascript().replace(b"7/KH-UBND", b"8/KH-UBND"))
    os.truncate(big, 51 * 1024 * 1024)
    huge = originals / "qua-lon.txt"
    huge.touch()
    os.truncate(huge, 21 * 1024 * 1024)
    for name in ("rong.txt", "rong.docx", "rong.pdf", "rong.html"):
        (originals / name).touch()
    (originals / "lien-ket.txt").symlink_to("/etc/passwd")
    os.mkfifo(originals / "fifo.txt")
    (originals / ".an.txt").write_text("KẾ HOẠCH\nmột bản gốc mang tên ẩn\n", encoding="utf-8")  # told, not lost
    (originals / ".DS_Store").write_bytes(b"\0Bud1")  # the system's own: skipped unsaid
    (originals / ".git").mkdir()
    (originals / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    run = _cli("import", "goc", "--to", "content", cwd=tmp_path)
    out = run.stdout + run.stderr
    assert "Traceback" not in out and run.returncode == 1, out
    table = {line.split(" | ")[0].lstrip("| "): line for line in run.stdout.splitlines() if line.startswith("| ")}
    for name in ("rong.txt", "rong.docx", "rong.pdf", "rong.html", "qua-lon.txt", "lien-ket.txt", "fifo.txt", ".an.txt"):
        assert "LỖI:" in table[name], out
    assert "tệp ẩn" in table[".an.txt"] and ".DS_Store" not in out and "HEAD.txt" not in out, out
    for name in ("svg.txt", "xhtml.txt", "trang.md", "ngoai.docx", "js.pdf", "lon.pdf"):
        assert "LỖI:" not in table[name] and "content/" in table[name], out
    assert "quá giới hạn 50 MB" in out  # the big original is not attached, and the clerk is told where to keep it
    written = tmp_path / "content"
    assert not list(written.rglob("*-ban-goc.md")) and not list(written.rglob("*-ban-goc.txt"))
    # the PDF that runs JavaScript on opening travels zipped, like the markup originals (vanban.pdf_safety)
    assert not [p for p in written.rglob("*-ban-goc.pdf") if b"JavaScript" in p.read_bytes()]
    assert "là PDF có phần có thể tự chạy khi mở (mã JavaScript)" in out
    check = _cli("check", "content", cwd=tmp_path)
    assert "attachments:" not in check.stdout, check.stdout  # every original attached is one the build publishes
    assert "/etc/passwd" not in out.replace("lien-ket.txt", "")
