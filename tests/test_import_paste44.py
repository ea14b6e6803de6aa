"""Thirty-fourth session (imptxt44): text pasted with one paragraph a line and no blank line between (Word's plain
text, a portal that writes a paragraph a line), read as Word's paragraphs are.

The txt reader took every line under another as a hard wrap of it, so the trích yếu ran on into the body's first
paragraph ("Về tăng cường công tác …" / "Do tác động của biến đổi khí hậu …, 300 characters": one trích yếu). A line
that opens with a capital and runs well past the line above it is no wrap (a page wraps at one width); one under a
word that must go on ("… của"), inside an open bracket, or in a basis of the preamble still goes on. A part, an item
or a point ("I/ Mục đích:", "2. Nội dung", "a) …", "- …") opens a paragraph too, as ``unwrap`` reads it; a closing
row pasted with the tab between its cells ("- Lưu: VT.<TAB>TM. ỦY BAN NHÂN DÂN") is two lines. The written
examples are new pages; the last test imports a spent set's Word file pasted as text (scripts/import_eval.py's
``paste`` form) and checks its trích yếu against the set's hand-written answer.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from script_modules import load_script

from conftest import imported_front
from vanban.importer.readers.plain import read_text_lines

ROOT = Path(__file__).resolve().parent.parent
EVAL = load_script("import_eval")

_BODY = ("Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn huyện đã đạt được nhiều kết quả, song số vụ cháy "
         "nhà ở kết hợp kinh doanh vẫn còn xảy ra, gây thiệt hại về người và tài sản của Nhân dân.")


def test_a_trich_yeu_under_which_the_body_starts_on_the_next_line(tmp_path: Path) -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\nSố: 45/CT-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTriệu Sơn, ngày 14 tháng 4 năm 2023\nCHỈ THỊ\n"
            "Về tăng cường công tác phòng cháy, chữa cháy đối với nhà ở kết hợp sản xuất, kinh doanh\n"
            f"{_BODY}\nĐể khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân huyện yêu cầu các cơ quan thực hiện.\n")
    front = imported_front(tmp_path, text, "txt")
    assert front["type"] == "Chỉ thị"
    assert front["title"] == "Về tăng cường công tác phòng cháy, chữa cháy đối với nhà ở kết hợp sản xuất, kinh doanh"


def test_a_line_after_a_word_that_must_go_on_still_goes_on(tmp_path: Path) -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\nSố: 46/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTriệu Sơn, ngày 15 tháng 4 năm 2023\nKẾ HOẠCH\n"
            "Triển khai thực hiện Chỉ thị số 45/CT-UBND ngày 14/4/2023 của\n"
            "Chủ tịch Ủy ban nhân dân huyện về tăng cường công tác phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh\n\n"
            f"{_BODY}\n")
    front = imported_front(tmp_path, text, "txt")
    assert front["title"] == ("Triển khai thực hiện Chỉ thị số 45/CT-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân "
                              "huyện về tăng cường công tác phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh")


def test_a_part_or_an_item_under_the_trich_yeu_opens_a_paragraph(tmp_path: Path) -> None:
    text = ("LIÊN ĐỘI TRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 03/KH.LĐ    Hòa Bình, ngày 5 tháng 10 năm 2023\n"
            "KẾ HOẠCH V/v tổ chức hội thi vẽ tranh về an toàn giao thông\nNăm học 2023 - 2024\n"
            "I/ Mục đích:\n- Giáo dục học sinh ý thức chấp hành luật giao thông\n"
            "- Tạo sân chơi bổ ích cho các em\nII/ Nội dung:\n1/ Hình thức\n")
    front = imported_front(tmp_path, text, "txt")
    assert front["title"] == "V/v tổ chức hội thi vẽ tranh về an toàn giao thông năm học 2023 - 2024"


def test_a_closing_row_pasted_with_its_tab(tmp_path: Path) -> None:
    """Word's plain text puts a tab between a table's cells: the Nơi nhận column's last line and the signature
    column's first share a line; the entry ends at the tab."""
    from vanban.importer.command import run_import

    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 12/TB-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 3 tháng 5 năm 2023\nTHÔNG BÁO\n"
            "Về lịch tiếp công dân tháng 5 năm 2023\n"
            f"{_BODY}\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn An\n")
    source = tmp_path / "ban-sao.txt"
    source.write_text(text, "utf-8")
    run_import([str(source)], str(tmp_path / "content"), full=False)
    written = list((tmp_path / "content").rglob("*.md"))
    front = yaml.safe_load(written[0].read_text("utf-8").split("---\n")[1])
    assert [r.rstrip(";.") for r in front["recipients"]] == ["UBND huyện", "Lưu: VT"]
    assert front["signer"] == "Nguyễn Văn An"


def test_which_lines_open_a_paragraph() -> None:
    lines = read_text_lines("Về tăng cường công tác phòng cháy, chữa cháy đối với nhà ở\n"
                            f"{_BODY}\n"
                            "Thực hiện Kế hoạch số 12/KH-UBND (Kế hoạch của Ủy ban nhân dân tỉnh ngày 02/3/2023\n"
                            f"{_BODY}\n"
                            "Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ;\n"
                            "Nghị định số 50/2024/NĐ-CP ngày 10/5/2024 của Chính phủ sửa đổi, bổ sung một số điều của "
                            "Nghị định số 136/2020/NĐ-CP;\n", markdown_source=False)
    assert [line.gap_before for line in lines] == [True, True, False, False, False, False]
    markdown = read_text_lines(f"Về tăng cường công tác phòng cháy\n{_BODY}\n")  # Markdown: one paragraph
    assert [line.gap_before for line in markdown] == [True, False]
    items = read_text_lines("Về việc tổ chức hội thi\nNăm học 2023 - 2024\n2010 - 2011\nI/ Mục đích:\n"
                            "- Giáo dục học sinh\n2. Nội dung\na) Hình thức\n", markdown_source=False)
    assert [line.gap_before for line in items] == [True, False, False, True, True, True, True]


def test_a_spent_word_file_pasted_as_text(tmp_path: Path) -> None:
    """heldout11 a05 (a ministry's directive, spent): its Word form pasted into a plain editor keeps its trích yếu
    apart from the body's first paragraph, as the Word form does."""
    from vanban.importer.command import run_import

    sets = ROOT / "tests" / "fixtures" / "import"
    stem = "a05-12-ct-bct"
    inbox = tmp_path / "ban-goc"
    inbox.mkdir()
    (inbox / f"{stem}.txt").write_text(EVAL.word_paste(EVAL.originals(sets / "heldout11", "paste")[stem]), "utf-8")
    run_import([str(inbox)], str(tmp_path / "content"), full=False)
    written = list((tmp_path / "content").rglob("*.md"))
    front = yaml.safe_load(written[0].read_text("utf-8").split("---\n")[1])
    expected = yaml.safe_load((sets / "heldout11" / f"{stem}.yml").read_text("utf-8"))
    assert (front["number"], front["title"]) == (expected["number"], expected["title"])
