"""Post titles that name the page's document, with no lead (seventeenth session, spent heldout14 e21, heldout9 y21).

"Công văn hướng dẫn thực hiện … năm 2016" over a download link: a letter's post title, its V/v after the type word
(never "Công văn số …", "Công văn của …"). "UBND tỉnh X ban hành Quyết định phân cấp …" with no full stop over the
post's date: the title alone is the sentence, not run on into the lines under it. A PDF's headline wrapped by words
("Công văn hướng dẫn thực" / "hiện và thanh toán …") is one line. Every value is reported as unsure.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import Line, analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_letters_post_title_gives_its_type_and_trich_yeu() -> None:
    result = _result("Công văn hướng dẫn quyết toán vốn đầu tư kế hoạch năm 2018\n Tải file tại đây\n")
    assert (result.fields.get("type"), result.fields.get("title")) == (
        "Công văn", "hướng dẫn quyết toán vốn đầu tư kế hoạch năm 2018")
    assert {"type", "title"} <= {k for k, _ in result.unsure}
    whose = _result("Công văn chỉ đạo của UBND tỉnh An Nam\n Tải file tại đây\n")
    assert whose.fields.get("title", "") == ""


def test_a_post_title_naming_its_decision_is_read_alone() -> None:
    result = _result("Xem chi tiết tin - Sở Giao thông vận tải\n \nUBND tỉnh An Nam ban hành Quyết định phân cấp quản lý "
                     "bến thủy nội địa trên địa bàn tỉnh\nNgày 04-01-2023\n \nNội dung phân cấp cho các huyện như sau:\n"
                     "1. Thỏa thuận thông số kỹ thuật bến khách.\n")
    assert (result.fields.get("type"), result.fields.get("issuer"), result.fields.get("title")) == (
        "Quyết định", "Ủy ban nhân dân tỉnh An Nam", "phân cấp quản lý bến thủy nội địa trên địa bàn tỉnh")


def test_a_pdf_headline_wrapped_by_words_is_one_line() -> None:
    lines = ["Công văn hướng dẫn thực", "hiện quyết toán vốn đầu tư", "kế hoạch năm 2018", "Tải file tại đây"]
    result = analyse([Line(t, gap_before=i == 0, centered=False) for i, t in enumerate(lines)], Path("x.pdf"))
    assert result.fields.get("title") == "hướng dẫn thực hiện quyết toán vốn đầu tư kế hoạch năm 2018"


def test_a_copy_holding_pieces_of_its_pages_source_is_read_as_text(tmp_path: Path) -> None:
    """b18, s33: a copied text whose lines keep the page's tags and entities ("Ng&agrave;y 16 th&aacute;ng 8 …" in
    "<p><span>"): the lead is read, and the imported body holds neither tags nor entities."""
    from vanban.importer.readers import read_blocks

    page = tmp_path / "ban-sao.txt"
    page.write_text("UBND tỉnh triển khai kết luận\n17-8-2021\n<p style=\"text-align: justify;\"><span style=\"font-family: "
                    "arial;\">Ng&agrave;y 16 th&aacute;ng 8 năm 2021, UBND tỉnh ban h&agrave;nh Văn bản số 2882/UBND-KTTH "
                    "về việc triển khai kết luận của Thường trực Tỉnh ủy.</span></p> <p><span>Theo đ&oacute;, các sở "
                    "thực hiện.</span></p>\n", "utf-8")
    result = analyse(read_blocks(page), page)
    assert (result.fields.get("number"), result.fields.get("type"), result.fields.get("date")) == (
        "2882/UBND-KTTH", "Công văn", "2021-08-16")
    assert result.fields.get("title") == "triển khai kết luận của Thường trực Tỉnh ủy"
    assert "&oacute;" not in result.body and "<span" not in result.body


def test_a_signers_lead_skips_the_addressees_before_the_letters_subject() -> None:
    """e27: "Thứ trưởng Bộ X <name> vừa ký công văn số N gửi A, B về việc <subject>": the subject after "về việc"."""
    result = _result("Thứ trưởng Bộ Y tế Trần Văn An vừa ký công văn số 451/BYT-KCB gửi Sở Y tế các tỉnh, thành phố trực "
                     "thuộc Trung ương về việc tăng cường phòng chống sốt xuất huyết năm 2019.\n")
    assert result.fields.get("title") == "tăng cường phòng chống sốt xuất huyết năm 2019"
    assert (result.fields.get("number"), result.fields.get("signer")) == ("451/BYT-KCB", "Trần Văn An")
