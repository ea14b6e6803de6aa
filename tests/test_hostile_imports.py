"""`vanban import` over a folder of hostile and broken originals (sec33's fuzz): one Vietnamese line per file,
never a traceback, every file either written or refused with its reason (count in = count out), nothing lost
silently (a page nested past the HTML parser's depth is refused, not imported empty)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document as Docx

from vanban.importer import ImportFailed, import_file

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 1/KH-UBND\nTân Hòa, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nVề việc thử\n"


def _docx(tmp_path: Path, name: str, document_xml: bytes) -> None:
    good = tmp_path / "_good.docx"
    Docx().save(str(good))
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    good.unlink()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in {**parts, "word/document.xml": document_xml}.items():
            z.writestr(part, data)
    (tmp_path / name).write_bytes(buf.getvalue())


def _hostile(tmp_path: Path) -> dict[str, bytes]:
    files = {
        "rong.txt": b"",
        "khoang-trang.txt": b" \n\t\n",
        "chi-bom.txt": b"\xef\xbb\xbf",
        "nul.txt": ("\x00" * 200).encode(),
        "utf16.txt": HEAD.encode("utf-16"),
        "latin1.txt": "So: 1/KH caf\xe9".encode("latin-1"),
        "dieu-khien.txt": (HEAD + "".join(chr(i) for i in range(32) if i != 10) + "\x7f\u2028\u202e\u200b x\n").encode(),
        "chi-cr.txt": HEAD.replace("\n", "\r").encode(),
        "nua-ky-tu.txt": b"S\xed\xa0\x80 x",
        "html-trong-txt.txt": b"<html><body><p>S\xe1\xbb\x91: 1/KH-UBND</p><script>alert(1)</script></body></html>",
        "sau.html": ("<div>" * 300 + "Số: 1/KH-UBND" + "</div>" * 300).encode(),
        "thuc-the.html": b"<p>&#0;&#xD800;&#x110000;&#99999999999;&notanentity; S\xe1\xbb\x91: 1</p>",
        "pdf-chi-dau.pdf": b"%PDF-1.4\n",
        "pdf-vong.pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[2 0 R]"
                        b"/Count 1000000000>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
        "pdf-la-docx.docx": b"%PDF-1.4\n%%EOF",
        "png-la-html.html": b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        "hong.png": b"\x89PNG\r\n\x1a\nbroken",
        "cu.doc": b"\xd0\xcf\x11\xe0",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    ns = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    _docx(tmp_path, "thuc-the-long.docx", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
          + ns.encode() + b"<w:p><w:r><w:t>&c;&c;&c;</w:t></w:r></w:p></w:body></w:document>")
    _docx(tmp_path, "xxe.docx", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
          + ns.encode() + b"<w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>")
    _docx(tmp_path, "long-sau.docx", (ns + "<w:tbl><w:tr><w:tc>" * 400 + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
                                      + "</w:tc></w:tr></w:tbl>" * 400 + "</w:body></w:document>").encode())
    return files


def test_a_page_nested_past_the_parser_depth_is_refused_not_imported_empty(tmp_path: Path) -> None:
    (tmp_path / "sau.html").write_text("<div>" * 300 + "<p>Số: 1/KH-UBND</p>" + "</div>" * 300, encoding="utf-8")
    with pytest.raises(ImportFailed, match="lồng thẻ quá sâu"):
        import_file(tmp_path / "sau.html")
    (tmp_path / "vua.html").write_text("<div>" * 200 + "<p>Số: 1/KH-UBND</p>" + "</div>" * 200, encoding="utf-8")
    assert "1/KH-UBND" in import_file(tmp_path / "vua.html").body + str(import_file(tmp_path / "vua.html").fields)


def test_a_folder_of_hostile_originals_gives_one_line_each_and_loses_none(tmp_path: Path) -> None:
    _hostile(tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", *names, "--to", "out"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=600)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out  # some refused: the clerk must look
    assert "Traceback" not in out, out
    heads = [line for line in out.splitlines() if not line.startswith((" ", "\t")) and ": " in line]
    for name in names:
        assert sum(line.startswith(f"{name}: ") for line in heads) == 1, (name, out)
    written = sum("đã tạo" in line for line in heads)
    written_files = list((tmp_path / "out").rglob("*.md")) if (tmp_path / "out").exists() else []
    assert written == len(written_files)
    assert f"Đã nhập {written}/{len(names)} tệp" in out
    assert "sau.html: trang HTML lồng thẻ quá sâu" in out
    for path in written_files:  # nothing the parser fetched or expanded: no file of this machine, no entity bomb
        text = path.read_text(encoding="utf-8")
        assert "root:x" not in text and "aaaaaaaaaa" * 50 not in text and not re.search(r"(?<!\\)<script", text)
