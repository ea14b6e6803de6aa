"""`vanban import`: the ND 30-style Word fixtures come back as the hand-made content files, field by field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from vanban.corpus import parse_text
from vanban.documents import Document
from vanban.importer import (
    FIELDS,
    ImportFailed,
    analyse,
    compare,
    field_values,
    import_file,
    read_text_lines,
    recase_issuer,
    render_content,
)

FIXTURES = ROOT / "tests" / "fixtures" / "docx"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
DEMO = {
    "000": "van-ban/2025/300-ldld.md",
    "001": "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy.md",
    "002": "van-ban/chua-ro-nam/huong-dan-ban-tuyen-giao-thi-uy-phuoc-long.md",
    "003": "van-ban/2025/cong-van-phong-van-hoa-va-thong-tin-thanh-pho-bien-hoa-2025.md",
    "004": "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07.md",
}


def _load(name: str, text: str) -> Document:
    doc, problems = parse_text(name, text)
    assert doc is not None, problems
    return doc


def _imported(source: Path) -> Document:
    result = import_file(source)
    return _load(source.name, render_content(result.fields, result.body, "# yaml-language-server: $schema=x",
                                             result.comments))


def _expected(seed: str) -> Document:
    path = ROOT / "content" / DEMO[seed]
    return _load(path.name, path.read_text("utf-8"))


@pytest.mark.parametrize("seed", sorted(DEMO))
def test_docx_fixture_reproduces_hand_made_front_matter(seed: str) -> None:
    got, want = _imported(FIXTURES / f"{seed}.docx"), _expected(seed)
    matches = compare(got, want)
    differ = {k: (field_values(got)[k], field_values(want)[k]) for k, ok in matches.items() if not ok}
    assert differ == {}


def test_blank_values_are_reported_not_guessed() -> None:
    result = import_file(FIXTURES / "003.docx")  # "Số: /PVHTT", "ngày tháng năm 2025"
    assert result.fields["number"] == "" and result.fields["date"] == "2025"
    assert "Số: /PVHTT" in result.comments["number"]
    result = import_file(FIXTURES / "000.docx")  # no signer name under the signature block
    assert result.fields["signer"] == ""
    assert [k for k, _ in result.missing] == ["signer"]


def test_body_markdown_and_citations() -> None:
    result = import_file(FIXTURES / "001.docx")
    body = result.body
    assert "\n## I. MỤC ĐÍCH, YÊU CẦU\n" in body
    assert "\n### 1. Nội dung quán triệt\n" in body
    assert "\n#### 3.1. Hình thức\n" in body
    assert "\n1\\. Quán triệt" in body  # a long numbered paragraph stays a paragraph
    assert "\n- Cán bộ, đảng viên" in body
    assert body.rstrip().endswith("**T/M BAN THƯỜNG VỤ**  \n**PHÓ BÍ THƯ THƯỜNG TRỰC**\n\nNguyễn Chi Hội")
    numbers = {c.number: c.relation for c in result.citations}
    assert numbers["386-KH/TU"] == "implements"
    assert "57-NQ/TW" in numbers


def test_imported_file_passes_vanban_check(tmp_path: Path) -> None:
    content = tmp_path / "content"
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", *(str(FIXTURES / f"{s}.docx") for s in DEMO),
                          "--to", str(content), "--report"], capture_output=True, text=True)
    # 001 and 002 leave the whole date blank (no year): a human must look, and the exit status says so.
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert "→ /van-ban/2025/300-ldld/" in run.stdout
    assert "Trích dẫn tìm thấy" in run.stdout
    table = [line for line in run.stdout.splitlines() if line.startswith("| 001.docx")]
    assert len(table) == 1 and "thiếu ngày ban hành" in table[0]
    assert "2 tệp cần người xem lại" in run.stderr
    written = content / "van-ban/2025/300-ldld.md"
    text = written.read_text("utf-8")
    assert text.startswith("---\n# yaml-language-server: $schema=")
    original = content / "van-ban/2025/300-ldld/300-ldld-ban-goc.docx"
    assert original.read_bytes() == (FIXTURES / "000.docx").read_bytes()
    assert "Bản gốc (bản Word)" in text
    # The two blank dates import could not settle travel with the files (front matter unverified:): check warns at
    # each date line until a person has compared it with the original and deleted the entry (vanban.unverified).
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", str(content)], capture_output=True, text=True)
    warned = [line for line in check.stdout.splitlines() if "(ghi chú)" not in line]
    assert check.returncode == 1 and "0 lỗi, 2 cảnh báo" in check.stderr, check.stdout + check.stderr
    assert [line.split(": ")[0].rsplit("/", 1)[1] for line in warned] == [
        "huong-dan-ban-tuyen-giao-thi-uy-phuoc-long.md:7", "ke-hoach-ban-thuong-vu-huyen-uy.md:7"]
    assert all("date: ngày ban hành để trống khi nhập, chưa được đối chiếu" in line and "trong unverified" in line
               for line in warned)
    for doubted in (content / "van-ban/chua-ro-nam").glob("*.md"):
        front, rest = doubted.read_text("utf-8").split("\nunverified:", 1)
        doubted.write_text(front + "\n---" + rest.split("\n---", 1)[1], "utf-8")
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", str(content)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    again = subprocess.run([sys.executable, "-m", "vanban.cli", "import", str(FIXTURES / "000.docx"), "--to", str(content)],
                           capture_output=True, text=True)
    assert again.returncode == 0 and "đã nhập trước đây" in again.stdout
    assert written.read_text("utf-8") == text and not (content / "van-ban/2025/300-ldld-2.md").exists()
    other = tmp_path / "khac.docx"  # another original that reads as the same number: a suffix, not a refusal
    other.write_bytes((FIXTURES / "000.docx").read_bytes() + b"\0")
    third = subprocess.run([sys.executable, "-m", "vanban.cli", "import", str(other), "--to", str(content)],
                           capture_output=True, text=True)
    # written, but two files now hold one document, so a strict build fails: import says so and needs a human
    assert third.returncode == 1 and "sau khi nhập, vanban check báo" in third.stdout, third.stdout + third.stderr
    assert (content / "van-ban/2025/300-ldld-2.md").is_file() and "300-ldld-2.md" in third.stdout


def test_txt_seed_import() -> None:
    seeds = {p.name[:3]: p for p in SEEDS.glob("*.txt")}
    for seed in ("000", "003", "004"):
        if seed not in seeds:
            continue
        result = import_file(seeds[seed])
        got, want = _imported(seeds[seed]), _expected(seed)
        matches = compare(got, want)
        # The plain-text seeds carry no issuer block: it is left empty and reported, never guessed.
        assert got.issuer == "" and "issuer" in [k for k, _ in result.missing]
        assert {k for k, ok in matches.items() if not ok} == {"issuer"}, field_values(got)


def test_header_variants() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA TIẾN\n\nSố: 21/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nHòa Tiến, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n"
            "năm 2025\n\nCăn cứ Nghị quyết số 57-NQ/TW.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    result = analyse(read_text_lines(text), Path("a.txt"))
    assert {k: result.fields[k] for k in FIELDS} == {
        "number": "21/KH-UBND", "type": "Kế hoạch", "issuer": "Ủy ban nhân dân xã Hòa Tiến", "date": "2025-01-05",
        "title": "Triển khai chuyển đổi số năm 2025", "place": "Hòa Tiến", "signer": "Nguyễn Văn A",
        "signer_title": "TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH", "recipients": ["UBND huyện;", "Lưu: VT."],
    }
    party = analyse(read_text_lines("ĐẢNG BỘ TỈNH QUẢNG NAM\nHUYỆN ỦY NÚI THÀNH\n*\nSố 57-KH/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                                    "Núi Thành, ngày   tháng 02 năm 2025\n\nKẾ HOẠCH\nthực hiện\n\nNội dung.\n"),
                    Path("b.txt"))
    assert party.fields["issuer"] == "Huyện ủy Núi Thành" and party.parent == "Đảng bộ tỉnh Quảng Nam"
    assert party.fields["number"] == "57-KH/HU" and party.fields["date"] == "2025-02"


def test_recase_issuer() -> None:
    assert recase_issuer("BAN THƯỜNG VỤ HUYỆN ỦY") == ("Ban Thường vụ Huyện ủy", True)
    assert recase_issuer("PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ BIÊN HÒA") == (
        "Phòng Văn hóa và Thông tin thành phố Biên Hòa", True)
    assert recase_issuer("BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG HUYỆN DMC") == (
        "Ban Thường vụ Liên đoàn Lao động huyện DMC", True)
    assert recase_issuer("CÔNG TY TNHH ABC") == ("CÔNG TY TNHH ABC", False)  # unsure: kept as written


def test_unreadable_input_is_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFailed):
        import_file(bad)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"S\xf4: 1/KH \xff\n")
    with pytest.raises(ImportFailed, match="UTF-8"):
        import_file(latin)


def test_word_original_without_header_table_or_bold_subject(tmp_path: Path) -> None:
    """Many Word originals put the header in plain paragraphs and leave the trích yếu unbolded."""
    from docx import Document as Docx

    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Tân Hòa, ngày 12 tháng 4 năm 2025", "KẾ HOẠCH",
             "Triển khai thực hiện chuyển đổi số năm 2025",
             "Căn cứ Kế hoạch số 21/KH-UBND ngày 03/4/2025 của UBND huyện về chuyển đổi số;",
             "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, công chức.",
             "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]
    word = Docx()
    for line in lines:
        word.add_paragraph(line)
    word.save(str(tmp_path / "k.docx"))
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "import", "k.docx", "--to", "out"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    written = tmp_path / "out/van-ban/2025/45-kh-ubnd.md"
    doc, problems = parse_text("x.md", written.read_text("utf-8"))
    assert doc is not None and [p for p in problems if p.severity.value == "error"] == []
    assert (doc.number, doc.type, doc.issuer, doc.title) == (
        "45/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Tân Hòa", "Triển khai thực hiện chuyển đổi số năm 2025")
    assert doc.body.lstrip().startswith("Căn cứ Kế hoạch số 21/KH-UBND")
    assert (doc.signer, doc.recipients) == ("Trần Văn Bình", ("UBND huyện;", "Lưu: VT."))
