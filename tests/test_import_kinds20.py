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


def test_what_a_notice_announces_is_its_title_when_no_headline_names_it() -> None:
    """dev14 d07, heldout15 f27's kind: "<body> thông báo <what> (cụ thể) như sau:" opening a notice posted without
    its header or a headline naming it; the words before "như sau" are what the notice is about (reported)."""
    page = ("Trang chủ » Thông báo\nCăn cứ kế hoạch năm học 2024-2025 của nhà trường;\nBan Giám hiệu Trường Trung học "
            "cơ sở Nguyễn Du thông báo lịch kiểm tra cuối học kỳ I năm học 2024-2025, cụ thể như sau:\n"
            "1. Khối 9: từ ngày 16/12/2024.\n2. Khối 6, 7, 8: từ ngày 18/12/2024.\n")
    result = _result(page)
    assert result.fields.get("type") == "Thông báo"
    assert result.fields.get("title") == "lịch kiểm tra cuối học kỳ I năm học 2024-2025"
    assert "title" in {k for k, _ in result.unsure}


def test_a_notice_announced_to_its_readers_gives_no_title() -> None:
    page = ("Trang chủ » Tin tức\nUBND xã Tân Phú thông báo đến toàn thể nhân dân trên địa bàn xã như sau:\n"
            "1. Tạm dừng cấp nước từ 7 giờ ngày 12/6.\n")
    assert not _result(page).fields.get("title")


def test_an_opening_that_ends_thong_bao_colon_is_a_notice() -> None:
    """heldout11 a19's kind (heldout4 q16 and heldout8 x14 have the same sentence and are Thông báo too): "…, <body>
    (trân trọng) thông báo:" ending a header-less page's opening is that body's notice; what follows is its content,
    no trích yếu."""
    page = ("Chuyên mục: Quân sự - Quốc phòng\nThực hiện kế hoạch tuyển chọn công dân nhập ngũ năm 2025 của huyện, "
            "Ban Chỉ huy Quân sự xã Hòa Bình trân trọng thông báo:\n- Đối tượng: công dân nam từ 18 đến 25 tuổi.\n"
            "- Thời gian khám sơ tuyển: ngày 05/11/2024.\n")
    result = _result(page)
    assert result.fields.get("type") == "Thông báo"
    assert result.fields.get("issuer") == "Ban Chỉ huy Quân sự xã Hòa Bình"
    assert not result.fields.get("title") and "type" in {k for k, _ in result.unsure}


def test_a_body_that_tells_news_with_a_colon_inside_a_sentence_is_no_notice() -> None:
    page = ("Tin tức\nTại buổi làm việc, đồng chí Chủ tịch cho biết: UBND xã sẽ thông báo kết quả sau.\n")
    assert not _result(page).fields.get("type")


def test_a_page_that_names_its_notice_above_keeps_the_opening_out_of_the_title() -> None:
    """heldout16 g22's shape: "Thông báo: Về việc …" over the opening names the notice itself; the words the
    opening announces ("… thông báo treo cờ … như sau:") are not its trích yếu."""
    page = ("Thông báo: Về việc tổ chức Tết Trung thu cho thiếu nhi năm 2024\n20/08/2024\nNhân dịp Tết Trung thu, "
            "Ủy ban nhân dân xã Tân Phú thông báo lịch vui chơi tại nhà văn hóa các thôn như sau:\n- Thôn 1: 19 giờ.\n")
    assert not _result(page).fields.get("title")  # left for the clerk rather than the opening's words
