"""Thirty-second session: header kinds a flat copy (a PDF's text layer, a portal page, a text file) loses and a Word
file keeps. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer import Line, analyse

_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nSố: 12/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 3 tháng 4 năm 2026\n\nCHỈ THỊ\n\n")
_FIRST = ("Trong những năm gần đây, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đã đạt được nhiều kết quả "
          "quan trọng, nhưng số vụ cháy ở khu dân cư và chợ vẫn còn cao, gây thiệt hại lớn về người và tài sản. "
          "Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt các việc sau.")


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_type_line_with_the_body_right_under_it_has_no_trich_yeu(tmp_path: Path, form: str) -> None:
    front = imported_front(tmp_path, _HEADER + _FIRST + "\n\n1. Kiểm tra các chợ trước ngày 30 tháng 4.", form)
    assert front["type"] == "Chỉ thị"
    assert not front.get("title")


def _pdf_lines(paragraphs: list[list[str]]) -> list[Line]:
    """A PDF's lines: the header cells, then paragraphs wrapped at the margin, each opening at its indent."""
    head = [Line(t, cell=c) for t, c in (("ỦY BAN NHÂN DÂN", "L"), ("TỈNH AN PHÚ", "L"), ("Số: 12/CT-UBND", "L"),
                                         ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "R"), ("Độc lập - Tự do - Hạnh phúc", "R"),
                                         ("An Phú, ngày 3 tháng 4 năm 2026", "R"))]
    head.append(Line("CHỈ THỊ", gap_before=False, centered=True))
    for paragraph in paragraphs:
        head += [Line(t, gap_before=False, centered=False, indented=n == 0) for n, t in enumerate(paragraph)]
    return head


def test_a_pdf_paragraph_wrapped_under_the_type_line_is_the_body() -> None:
    words = _FIRST.split()
    wrapped = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    result = analyse(_pdf_lines([wrapped, ["1. Kiểm tra các chợ trước ngày 30 tháng 4."]]), Path("chi-thi.pdf"))
    assert result.fields["type"] == "Chỉ thị"
    assert "title" not in result.fields


def test_a_centred_trich_yeu_in_a_pdf_is_kept() -> None:
    lines = _pdf_lines([["1. Kiểm tra các chợ trước ngày 30 tháng 4."]])
    lines.insert(7, Line("Về tăng cường công tác phòng cháy, chữa cháy ở khu dân cư và chợ", gap_before=False,
                         centered=True))
    result = analyse(lines, Path("chi-thi.pdf"))
    assert result.fields["title"] == "Về tăng cường công tác phòng cháy, chữa cháy ở khu dân cư và chợ"
