"""Twenty-fifth session (imp30): what a clerk sees after import, by kind, each on a page written for the test in a
layout of its own: a trích yếu in capitals written as its body writes the words, a portal page's leftovers left out
of the body, a header run into the first paragraph split out. The kinds are counted on the 702 real Word originals
by scripts/import_site_kinds.py."""

from __future__ import annotations

import datetime
from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.doubts import check_fields
from vanban.importer.lines import Line
from vanban.importer.page_leftovers import page_leftover, without_link_prompt
from vanban.importer.result import ImportResult
from vanban.importer.title_case import sentence_case


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


_HEADER = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc\n\n"
           "Số: 41/KH-UBND\tTân Lập, ngày 02 tháng 4 năm 2024\n\n"
           "KẾ HOẠCH\n")


def test_a_trich_yeu_in_capitals_is_written_as_its_body_writes_the_words() -> None:
    text = (_HEADER + "TRIỂN KHAI TIÊM VẮC XIN SỞI CHO TRẺ EM TRÊN ĐỊA BÀN XÃ TÂN LẬP THEO CHỈ THỊ SỐ 05-CT/TTG\n\n"
            "Thực hiện Chỉ thị số 05-CT/TTg của Thủ tướng Chính phủ, Ủy ban nhân dân xã Tân Lập xây dựng kế hoạch "
            "tiêm vắc xin sởi cho trẻ em từ 1 đến 5 tuổi như sau:\n"
            "1. Các thôn của xã Tân Lập lập danh sách trẻ em chưa được tiêm vắc xin sởi.\n")
    result = _result(text)
    assert result.fields["title"] == ("Triển khai tiêm vắc xin sởi cho trẻ em trên địa bàn xã Tân Lập theo Chỉ thị số "
                                      "05-CT/TTg")
    assert any("in hoa" in n for n in result.notes)


def test_a_name_the_body_never_writes_keeps_the_capitals() -> None:
    """"HUYỆN MƯỜNG KHƯƠNG": a place the body does not repeat could be cased wrong; the original's capitals stay."""
    title = "PHÒNG CHỐNG RÉT CHO ĐÀN TRÂU BÒ HUYỆN MƯỜNG KHƯƠNG"
    assert sentence_case(title, "Các xã chủ động che chắn chuồng trại cho đàn trâu bò trong đợt rét.") is None
    assert sentence_case("Về việc phòng chống rét", "") is None  # not in capitals: as written


def test_words_of_a_name_are_cased_by_their_neighbours_in_the_body() -> None:
    """"AN" is "an toàn" and "Nghệ An", "TỔ" is "tổ dân phố" and "Tổ quốc": the body's pair decides, not the word."""
    body = ("Tổ dân phố số 3 bảo đảm an toàn khi treo cờ Tổ quốc tại thành phố Vinh, tỉnh Nghệ An.\n"
            "Mỗi hộ treo cờ Tổ quốc và giữ an toàn điện.")
    assert sentence_case("TREO CỜ TỔ QUỐC AN TOÀN TẠI TỈNH NGHỆ AN", body) == "Treo cờ Tổ quốc an toàn tại tỉnh Nghệ An"


def test_a_portal_pages_image_share_button_and_link_prompts_are_no_body_text() -> None:
    text = ("![]() |\n"
            "Ngày 12/3/2024, Ủy ban nhân dân huyện Bắc Hà ban hành Kế hoạch số 77/KH-UBND về phòng chống cháy rừng.\n\n"
            "Người dân có thể xem tại đây các điểm canh lửa trên bản đồ của huyện.\n\n"
            "Toàn văn kế hoạch: bấm xem tại đây\n\n"
            "Bản đồ các vùng rừng trọng điểm (12 vùng): Xem tại đây\n\n"
            "Xem Tin tức phòng cháy rừng trên Facebook\n\n"
            "Các tin khác\n\nThống kê truy cập\n\nTruy cập tổng 2.104.377\n")
    body = _result(text).body
    assert "![" not in body and "Facebook" not in body and "Toàn văn" not in body and "truy cập" not in body
    assert "tin khác" not in body
    assert "Người dân có thể xem tại đây các điểm canh lửa" in body  # a sentence, not a link's words
    assert "Bản đồ các vùng rừng trọng điểm (12 vùng)" in body and "(12 vùng): Xem" not in body
    assert page_leftover("Chi tiết quyết định xem tại đây") and not page_leftover("Xem tại đây có 3 phụ lục kèm theo nữa")
    assert without_link_prompt("Phụ lục: xem tại đây") == "Phụ lục"


def test_a_header_run_into_the_first_paragraph_is_split_out() -> None:
    """A Party committee's page pasted as one line under the header typed above it (the Word layout)."""
    flat = ("ĐẢNG BỘ HUYỆN BẮC HÀ ĐẢNG ỦY XÃ TÂN LẬP * Số 12-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Tân Lập, ngày 03 tháng 4 "
            "năm 2024 KẾ HOẠCH TỔ CHỨC HỌC TẬP CHUYÊN ĐỀ NĂM 2024 Thực hiện Hướng dẫn số 05-HD/HU của Ban Thường vụ "
            "Huyện ủy, Đảng ủy xã xây dựng kế hoạch tổ chức học tập chuyên đề năm 2024 cho cán bộ, đảng viên như sau: "
            "mỗi chi bộ tổ chức học tập trong quý II, báo cáo kết quả về Đảng ủy xã trước ngày 30 tháng 6 năm 2024.")
    lines = [Line("ĐẢNG BỘ HUYỆN BẮC HÀ", cell="L"), Line("ĐẢNG CỘNG SẢN VIỆT NAM", cell="R"),
             Line("ĐẢNG ỦY XÃ TÂN LẬP", cell="L"), Line("Số 12-KH/ĐU", cell="L"),
             Line("Tân Lập, ngày 03 tháng 4 năm 2024", cell="R"), Line("KẾ HOẠCH", bold=True),
             Line("Tổ chức học tập chuyên đề năm 2024", bold=True), Line(flat)]
    result = analyse(lines, Path("x.docx"))
    paragraphs = [p for p in result.body.split("\n\n") if p.strip()]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in paragraphs[:4]
    assert "Tân Lập, ngày 03 tháng 4 năm 2024" in paragraphs
    assert any(p.startswith("Thực hiện Hướng dẫn số 05-HD/HU") for p in paragraphs)
    assert result.fields.get("number") == "12-KH/ĐU"


def test_an_issuer_import_reads_as_the_title_line_or_the_number_field_is_left_empty() -> None:
    """An issuer that opens with a type word or "của" (a headline, a trích yếu) or with "Số" (a flattened number
    field) is import's own reading of another part of the header: left empty and said why, never written (on the
    702-original site it made /co-quan/ pages for a trích yếu and a headline)."""
    for wrong in ("CÔNG ĐIỆN KHẨN CỦA UBND XÃ VỀ MƯA LŨ", "Số 12 KH UBND"):
        result = ImportResult(source=Path("x.txt"))
        result.fields.update({"issuer": wrong, "type": "Công điện", "date": "2024-09-08"})
        result.unsure.append(("issuer", "chưa chắc cách viết hoa"))
        check_fields(result, "Ủy ban nhân dân xã yêu cầu các thôn chủ động phòng chống mưa lũ.", (),
                     datetime.date(2025, 1, 1))
        assert "issuer" not in result.fields
        assert [k for k, _ in result.missing] == ["issuer"] and not [k for k, _ in result.unsure if k == "issuer"]
