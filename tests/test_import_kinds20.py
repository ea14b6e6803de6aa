"""Kinds of header-less page the twentieth session built (imp20), each on a page written here in another layout than
the spent pages that showed it (heldout14 e25, heldout16 g34: a letter posted without its header, whose own
opening names the body that asks its addressees)."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


LETTER = """Trang chủ | Tin tức | Văn bản
Đăng lúc: 12/05/2024 08:15
{heading}
Kính gửi: Các đơn vị trực thuộc
Thực hiện chỉ đạo của cấp trên về phòng, chống dịch sốt xuất huyết trong mùa mưa, {body} {verb} các cơ sở khám bệnh, \
chữa bệnh trên địa bàn triển khai ngay các nội dung sau:
1. Rà soát, bổ sung thuốc, vật tư.
2. Báo cáo kết quả trước ngày 30/5/2024.
"""


def test_the_body_that_asks_in_a_letter_without_its_header_is_its_issuer() -> None:
    heading = "Công văn số 812/SYT-NVY V/v tăng cường phòng, chống sốt xuất huyết"
    result = _result(LETTER.format(heading=heading, body="Sở Y tế tỉnh Bến Tre", verb="đề nghị"))
    assert result.fields.get("type") == "Công văn" and result.fields.get("issuer") == "Sở Y tế tỉnh Bến Tre"
    assert any(k == "issuer" and "đề nghị" in why for k, why in result.unsure)  # said where it came from


def test_a_committee_letter_keeps_its_bare_body_as_written_and_flagged() -> None:
    heading = "V/v tăng cường phòng, chống sốt xuất huyết"
    result = _result(LETTER.format(heading=heading, body="UBND huyện", verb="yêu cầu"))
    assert result.fields.get("issuer") == "Ủy ban nhân dân huyện"
    assert "issuer" in {k for k, _ in result.unsure}


def test_a_body_the_number_does_not_name_is_not_taken() -> None:
    """A committee's number ("UBND") and a department asking: another body's request quoted in the letter."""
    heading = "Công văn số 1520/UBND-VX V/v tăng cường phòng, chống sốt xuất huyết"
    result = _result(LETTER.format(heading=heading, body="Sở Y tế", verb="đề nghị"))
    assert not result.fields.get("issuer")
    heading = "Công văn số 812/SYT-NVY V/v tăng cường phòng, chống sốt xuất huyết"
    result = _result(LETTER.format(heading=heading, body="Sở Giáo dục và Đào tạo", verb="đề nghị"))
    assert not result.fields.get("issuer")


def test_news_that_a_body_asks_is_no_letter() -> None:
    """Without a letter on the page (no V/v, no Công văn read), "X yêu cầu các …" is news: no issuer from it."""
    page = ("Tin tức\nSáng 12/5, tại hội nghị trực tuyến về phòng, chống dịch, UBND tỉnh yêu cầu các sở, ngành "
            "khẩn trương triển khai các biện pháp cấp bách.\nCác đại biểu đã thảo luận.\n")
    assert not _result(page).fields.get("issuer")
