"""Twenty-second session (imp22): the old gazette's heading as copies spell it, and the issuer checked against the
document. heldout19 k17 ("CỦA BỘTRƯỞNG BỘ Y TẾ SỐ 2155 / 1999/QĐ-BYT": the office glued to its body, the number's
slash spaced) escaped the heading's reader on every form; k02, k14, k15, k16 read the issuer as the header line
writes it where the document says otherwise. The pages and headings here are written for these tests, in other
bodies, types and spellings."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.issuer_doubts import issuer_doubt
from vanban.importer.result import ImportResult
from vanban.importer.title_line import parse_heading


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))



CHAIRMAN = """Chỉ thị

CHỈ THỊ

CỦA CHỦTỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM SỐ 12 / CT-UB
NGÀY 5 THÁNG 6 NĂM 1998 VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC
PHÒNG CHỐNG LỤT BÃO NĂM 1998

CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM

Mùa mưa bão năm 1998 được dự báo đến sớm. Để chủ động phòng chống, Chủ tịch chỉ thị:
1. Các huyện kiểm tra đê điều, hồ đập.
"""


def test_a_chairman_glued_to_his_committee_and_a_spaced_number_read_whole() -> None:
    """k17's kind: "CHỦTỊCH" glued, "12 / CT-UB" spaced, the heading over three lines, the authority line under it."""
    result = _result(CHAIRMAN)
    fields = result.fields
    assert (fields.get("number"), fields.get("type"), fields.get("date")) == ("12/CT-UB", "Chỉ thị", "1998-06-05")
    assert str(fields.get("issuer")).lower() == "ủy ban nhân dân tỉnh quảng nam"
    assert str(fields.get("title")).upper() == "VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO NĂM 1998"


def test_a_director_glued_to_his_department_and_a_slash_after_a_space() -> None:
    heading = parse_heading("QUYẾT ĐỊNH CỦA GIÁM ĐỐCSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN SỐ 215 /QĐ-SNN NGÀY 3-8-2001 "
                            "VỀ VIỆC GIAO CHỈ TIÊU TRỒNG RỪNG")
    assert heading is not None
    assert (heading.type, heading.number, heading.date) == ("Quyết định", "215/QĐ-SNN", "2001-08-03")
    assert heading.issuer == "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
    assert heading.title == "VỀ VIỆC GIAO CHỈ TIÊU TRỒNG RỪNG"


def test_a_central_body_missing_its_dash_is_written_as_the_list_names_it() -> None:
    """k14's kind, another ministry: "BỘ VĂN HÓA THỂ THAO VÀ DU LỊCH" (its comma lost)."""
    page = ("BỘ VĂN HÓA THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1520/QĐ-BVHTTDL\nHà Nội, ngày 12 tháng 5 năm 2015\nQUYẾT ĐỊNH\nVề việc tổ chức Ngày hội văn hóa\n"
            "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCăn cứ Nghị định số 76/2013/NĐ-CP;\n")
    assert _result(page).fields.get("issuer") == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_committee_without_its_level_or_against_its_authority_line_is_flagged() -> None:
    """k02's kind (the commune line lost "XÃ") and k15's (the header names another district than the document)."""
    assert issuer_doubt("Ủy ban nhân dân Tân Lập", "")  # a commune, a ward? the header lost the level word
    assert not issuer_doubt("Ủy ban nhân dân Hà Nội", "")  # a province's name alone says its level
    assert not issuer_doubt("Ủy ban nhân dân xã Hòa Bình", "")
    text = "HĐND HUYỆN ĐÔNG ANH\nSố: 05/NQ-HĐND\nNGHỊ QUYẾT\nHỘI ĐỒNG NHÂN DÂN HUYỆN SÓC SƠN KHÓA XIX, KỲ HỌP THỨ 3\n"
    assert issuer_doubt("Hội đồng nhân dân huyện Đông Anh", text)
    assert not issuer_doubt("Hội đồng nhân dân huyện Sóc Sơn", text)
    assert not issuer_doubt("Ủy ban nhân dân huyện Đông Anh", text)  # another kind of body: not its authority line


def test_a_council_s_session_is_no_part_of_its_name() -> None:
    """k16's kind: the authority line's session glued to the council."""
    page = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN SÓC SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 05/NQ-HĐND\nSóc Sơn, ngày 20 tháng 7 năm 2021\nNGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2022\n"
            "HỘI ĐỒNG NHÂN DÂN HUYỆN SÓC SƠN KHÓA XX, KỲ HỌP THỨ 2\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    result = _result(page)
    assert str(result.fields.get("issuer")).lower() == "hội đồng nhân dân huyện sóc sơn"


def test_a_post_title_the_notice_s_own_sentence_says_otherwise_is_flagged() -> None:
    """k18's kind, another commune and subject: the post title drops the sentence's "kể từ" and "về việc"."""
    from vanban.importer.issuer_doubts import told_otherwise

    text = ("THÔNG BÁO: Tạm dừng họp chợ Phú Lộc từ ngày 20/8/2021 đến khi có thông báo mới\n"
            "Do diễn biến phức tạp của dịch bệnh, UBND xã Phú Lộc thông báo về việc tạm dừng hoạt động họp chợ Phú Lộc "
            "kể từ ngày 20/8/2021 đến khi có thông báo mới.\n")
    assert told_otherwise("Tạm dừng họp chợ Phú Lộc từ ngày 20/8/2021 đến khi có thông báo mới", text)
    said = "Về việc tạm dừng hoạt động họp chợ Phú Lộc kể từ ngày 20/8/2021 đến khi có thông báo mới"
    assert not told_otherwise(said, text)


def test_a_type_the_number_s_code_alone_gave_over_a_letter_s_subject_line_is_flagged() -> None:
    """heldout11 a09's kind ("Số: 248/TTr" of an inspectorate, a "V/v:" line, no type line): "TTr" read as Tờ trình."""
    page = ("SỞ Y TẾ TỈNH LÀO CAI\nTHANH TRA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 57/TTr\nV/v: Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán\nLào Cai, ngày 10 tháng 1 năm 2024\n"
            "Kính gửi: Các cơ sở kinh doanh thực phẩm.\nThanh tra Sở đề nghị các cơ sở chuẩn bị hồ sơ.\n")
    result = _result(page)
    assert result.fields.get("type") != "Tờ trình" or "type" in {k for k, _ in result.unsure}


def test_an_issuer_that_is_the_number_s_field_is_flagged() -> None:
    """heldout19 k05's kind: a flattened header's "Số QĐ BVNT" taken for the issuer."""
    import datetime

    from vanban.importer.doubts import check_fields

    result = ImportResult(source=Path("x.txt"), fields={"issuer": "Số QĐ TTYT", "type": "Quyết định"})
    check_fields(result, "", (), datetime.date(2026, 1, 1))
    assert "issuer" in {k for k, _ in result.missing} and "issuer" not in result.fields  # left empty (imp30)
