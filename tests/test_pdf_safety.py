"""PDF attachments that can act when opened are refused (principle 3: no active file from the portal's origin).

Each hostile file is made the way an attacker would (pikepdf, qpdf's Python binding), including the
places a scan of the bytes cannot see (an object stream, a name written with ``#`` escapes), and run
through the public ways in: the check, a strict build, a lenient build, and the importer.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from conftest import blank_pdf, portal_project, run_mkdocs
from vanban.pdf_safety import active_part

DOC = """---
number: 12/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-01
title: Kế hoạch tổ chức ngày hội đọc sách
---
Nội dung kế hoạch.
"""


def _pdf(change: Callable[[pikepdf.Pdf], None], **save: object) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    change(pdf)
    out = io.BytesIO()
    pdf.save(out, **save)  # type: ignore[arg-type]
    return out.getvalue()


def _js_action(pdf: pikepdf.Pdf) -> pikepdf.Object:
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript,
                                                JS=pikepdf.String("app.alert('x')")))


def _open_action_js(pdf: pikepdf.Pdf) -> None:
    pdf.Root.OpenAction = _js_action(pdf)


def _names_tree_js(pdf: pikepdf.Pdf) -> None:
    pdf.Root.Names = pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(
        Names=pikepdf.Array([pikepdf.String("a"), _js_action(pdf)])))


def _launch_link(pdf: pikepdf.Pdf) -> None:
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 100],
                              A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe")))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))


def _submit_form(pdf: pikepdf.Pdf) -> None:
    action = pikepdf.Dictionary(S=pikepdf.Name.SubmitForm, F=pikepdf.String("https://thu-thap.example/"))
    pdf.pages[0].AA = pikepdf.Dictionary(O=action)


def _page_open_uri(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://x.example/")))


def _embedded_file(pdf: pikepdf.Pdf) -> None:
    pdf.attachments["trang.html"] = pikepdf.AttachedFileSpec(pdf, b"<script>alert(1)</script>", mime_type="text/html")


def _xfa(pdf: pikepdf.Pdf) -> None:
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=pdf.make_stream(b"<xdp:xdp/>"))


HOSTILE: dict[str, tuple[Callable[[pikepdf.Pdf], None], dict[str, object], str]] = {
    "mở-tệp-chạy-js": (_open_action_js, {}, "JavaScript"),
    "js-trong-object-stream": (_open_action_js, {"object_stream_mode": pikepdf.ObjectStreamMode.generate,
                                                 "compress_streams": True}, "JavaScript"),
    "cây-tên-js": (_names_tree_js, {"object_stream_mode": pikepdf.ObjectStreamMode.generate}, "JavaScript"),
    "liên-kết-launch": (_launch_link, {}, "Launch"),
    "gửi-biểu-mẫu": (_submit_form, {}, "SubmitForm"),
    "mở-trang-tự-mở-địa-chỉ": (_page_open_uri, {}, "URI"),
    "tệp-nhúng": (_embedded_file, {}, "tệp nhúng"),
    "biểu-mẫu-xfa": (_xfa, {}, "XFA"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_active_part_is_named_in_vietnamese(tmp_path: Path, name: str) -> None:
    change, save, words = HOSTILE[name]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(_pdf(change, **save))
    why = active_part(path)
    assert why is not None and words in why, why


def test_a_scan_of_the_bytes_would_not_see_script_in_an_object_stream(tmp_path: Path) -> None:
    data = _pdf(_open_action_js, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    assert b"JavaScript" not in data and b"/JS" not in data  # hidden from a byte scan
    (tmp_path / "an.pdf").write_bytes(data)
    assert active_part(tmp_path / "an.pdf") is not None


def test_a_name_written_with_escapes_is_still_javascript(tmp_path: Path) -> None:
    data = _pdf(_open_action_js).replace(b"/JavaScript", b"/J#61vaScript")
    assert b"/JavaScript" not in data
    (tmp_path / "an.pdf").write_bytes(data)
    assert "JavaScript" in (active_part(tmp_path / "an.pdf") or "")


def test_plain_documents_pass_links_and_jumps_included(tmp_path: Path) -> None:
    def links(pdf: pikepdf.Pdf) -> None:
        pdf.add_blank_page()
        uri = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 9, 9],
                                 A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://chinhphu.vn/")))
        pdf.pages[0].Annots = pikepdf.Array([pdf.make_indirect(uri)])  # a link the reader clicks
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=pikepdf.Array([pdf.pages[1].obj, pikepdf.Name.Fit]))

    for n, data in enumerate((blank_pdf(), blank_pdf(3), _pdf(links), _pdf(links, object_stream_mode=pikepdf.ObjectStreamMode.generate))):
        (tmp_path / f"{n}.pdf").write_bytes(data)
        assert active_part(tmp_path / f"{n}.pdf") is None, n


def test_unreadable_locked_and_linked_files_are_refused_never_raised(tmp_path: Path) -> None:
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (tmp_path / "zip.pdf").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    locked = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(locked, encryption=pikepdf.Encryption(user="mat-khau", owner="chu"))
    (tmp_path / "khoa.pdf").write_bytes(locked.getvalue())
    (tmp_path / "lien-ket.pdf").symlink_to(tmp_path / "khoa.pdf")
    assert "hỏng" in (active_part(tmp_path / "hong.pdf") or "")
    assert "hỏng" in (active_part(tmp_path / "zip.pdf") or "")
    assert "mật khẩu" in (active_part(tmp_path / "khoa.pdf") or "")
    assert active_part(tmp_path / "lien-ket.pdf") == "không mở được tệp"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = portal_project(tmp_path_factory.mktemp("pdf"))
    folder = root / "content" / "van-ban" / "2025"
    (folder / "12-kh-ubnd").mkdir(parents=True)
    (folder / "12-kh-ubnd.md").write_text(DOC, "utf-8")
    (folder / "12-kh-ubnd" / "ke-hoach.pdf").write_bytes(blank_pdf())
    (folder / "12-kh-ubnd" / "phu-luc.pdf").write_bytes(_pdf(_open_action_js, object_stream_mode=pikepdf.ObjectStreamMode.generate))
    (folder / "12-kh-ubnd" / "anh.png").write_bytes(_pdf(_launch_link))  # a PDF under an image's name
    return root


def test_check_names_each_active_pdf_at_its_line_with_the_fix(project: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], cwd=project,
                         capture_output=True, text=True, timeout=120)
    out = run.stdout + run.stderr
    assert run.returncode == 1 and "Traceback" not in out, out
    lines = [line for line in out.splitlines() if "không được đăng" in line]
    assert len(lines) == 2, out
    assert any("van-ban/2025/12-kh-ubnd.md:" in line and "phu-luc.pdf" in line and "JavaScript" in line for line in lines)
    assert any("anh.png" in line and "Launch" in line for line in lines)
    assert all("In → Lưu dưới dạng PDF" in line for line in lines)
    assert "ke-hoach.pdf" not in "\n".join(lines)


def test_strict_build_stops_before_writing_and_lenient_build_leaves_them_out(project: Path, tmp_path: Path) -> None:
    strict = run_mkdocs(project / "mkdocs.yml", tmp_path / "strict", "--strict")
    assert strict.returncode != 0 and "Traceback" not in strict.stderr
    assert "phu-luc.pdf" in strict.stderr and not (tmp_path / "strict").exists()
    lenient = run_mkdocs(project / "mkdocs.yml", tmp_path / "site")
    assert lenient.returncode == 0, lenient.stderr
    page_dir = tmp_path / "site" / "van-ban" / "2025" / "12-kh-ubnd"
    assert (page_dir / "ke-hoach.pdf").read_bytes() == blank_pdf()
    assert not (page_dir / "phu-luc.pdf").exists() and not (page_dir / "anh.png").exists()
    page = (page_dir / "index.html").read_text("utf-8")
    assert "ke-hoach.pdf" in page and "phu-luc.pdf" not in page and "anh.png" not in page
    assert not [p for p in (tmp_path / "site").rglob("*") if p.is_file() and b"app.alert" in p.read_bytes()]


def test_import_zips_an_active_pdf_original_and_its_build_passes(tmp_path: Path) -> None:
    originals = tmp_path / "goc"
    originals.mkdir()

    def text(pdf: pikepdf.Pdf) -> None:
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        page = pdf.pages[0]
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        page.Contents = pdf.make_stream(b"BT /F1 12 Tf 50 800 Td (UY BAN NHAN DAN XA TAN HOA) Tj 0 -20 Td "
                                        b"(So: 9/KH-UBND) Tj 0 -20 Td (Tan Hoa, ngay 07 thang 3 nam 2025) Tj "
                                        b"0 -20 Td (KE HOACH) Tj 0 -20 Td (To chuc ngay hoi doc sach) Tj ET")
        _open_action_js(pdf)

    (originals / "ke-hoach.pdf").write_bytes(_pdf(text))
    portal_project(tmp_path)
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", "goc", "--to", "content"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    out = run.stdout + run.stderr
    assert "Traceback" not in out and "nén" in out, out
    zips = list((tmp_path / "content").rglob("*-ban-goc.zip"))
    assert len(zips) == 1 and not list((tmp_path / "content").rglob("*-ban-goc.pdf")), out
    with zipfile.ZipFile(zips[0]) as archive:
        assert archive.read(archive.namelist()[0]) == (originals / "ke-hoach.pdf").read_bytes()
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
    assert "không được đăng" not in check.stdout + check.stderr, check.stdout
