"""The old gazette's title line (twenty-first session, imp21): number, type, issuer, date and trích yếu in one
heading, "QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 91/HĐBT NGÀY 30 THÁNG 3 NĂM 1985 VỀ VIỆC …" (heldout18 j05, j18,
j21, j24; heldout17 i03). The headings here are written for these tests in other spellings: another body and
type, "SỐ:" and "số", a date in figures, sentence case, a heading wrapped over a blank line."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult
from vanban.importer.title_line import parse_heading


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def test_a_heading_with_its_type_and_a_date_in_figures() -> None:
    heading = parse_heading("NGHỊ ĐỊNH CỦA HỘI ĐỒNG CHÍNH PHỦ SỐ 41-CP NGÀY 5-3-1968 VỀ VIỆC SÁP NHẬP MỘT SỐ XÃ "
                            "CỦA TỈNH HÀ TÂY")
    assert heading is not None
    assert (heading.type, heading.number, heading.date) == ("Nghị định", "41-CP", "1968-03-05")
    assert heading.issuer == "HỘI ĐỒNG CHÍNH PHỦ"
    assert heading.title == "VỀ VIỆC SÁP NHẬP MỘT SỐ XÃ CỦA TỈNH HÀ TÂY"


def test_a_heading_in_sentence_case_takes_its_type_from_the_line_above() -> None:
    heading = parse_heading("của Thủ tướng Chính phủ số 112/1997/QĐ-TTg ngày 25 tháng 2 năm 1997 về việc phê duyệt "
                            "quy hoạch phát triển ngành thủy sản", above="Quyết định")
    assert heading is not None
    assert (heading.type, heading.number, heading.date) == ("Quyết định", "112/1997/QĐ-TTg", "1997-02-25")
    assert heading.issuer == "Thủ tướng Chính phủ"
    assert heading.title == "về việc phê duyệt quy hoạch phát triển ngành thủy sản"


def test_a_minister_s_heading_is_the_ministry_s_and_a_verb_opens_its_title() -> None:
    heading = parse_heading("CHỈ THỊ CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP SỐ: 05/CT-NN NGÀY 12/4/1990 HƯỚNG DẪN VIỆC "
                            "CHỐNG HẠN VỤ ĐÔNG XUÂN")
    assert heading is not None
    assert heading.issuer == "BỘ NÔNG NGHIỆP" and heading.number == "05/CT-NN" and heading.date == "1990-04-12"
    assert heading.title == "HƯỚNG DẪN VIỆC CHỐNG HẠN VỤ ĐÔNG XUÂN"


def test_a_bare_about_is_the_heading_s_connective() -> None:
    heading = parse_heading("CHỈ THỊ CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP SỐ 05/CT-NN NGÀY 12/4/1990 VỀ CHỐNG HẠN VỤ ĐÔNG XUÂN")
    assert heading is not None and heading.title == "CHỐNG HẠN VỤ ĐÔNG XUÂN"


def test_no_heading_without_a_subject_or_in_a_sentence() -> None:
    assert parse_heading("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 "
                         "(11/07/2012 )") is None
    assert parse_heading("Căn cứ Quyết định của Thủ tướng Chính phủ số 112/1997/QĐ-TTg ngày 25 tháng 2 năm 1997 "
                         "về việc phê duyệt quy hoạch") is None


PAGE = """Văn bản pháp luật | Tra cứu | Đăng nhập
BỘ NÔNG NGHIỆP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

CHỈ THỊ

CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP SỐ: 05/CT-NN
NGÀY 12/4/1990 HƯỚNG DẪN VIỆC CHỐNG HẠN

VỤ ĐÔNG XUÂN 1989 - 1990

BỘ TRƯỞNG BỘ NÔNG NGHIỆP

Căn cứ tình hình thời tiết các tháng đầu năm 1990;
Để bảo đảm đủ nước cho lúa đông xuân, Bộ trưởng chỉ thị các địa phương:
1. Tu sửa kênh mương, trạm bơm.
"""


def test_a_page_whose_header_is_the_heading_alone_takes_every_field_from_it() -> None:
    """No "Số:" line and no date line: the heading, wrapped over a blank line, settles all five."""
    fields = _result(PAGE).fields
    assert fields.get("number") == "05/CT-NN" and fields.get("type") == "Chỉ thị" and fields.get("date") == "1990-04-12"
    assert fields.get("issuer") == "Bộ Nông nghiệp"
    assert str(fields.get("title")).upper() == "HƯỚNG DẪN VIỆC CHỐNG HẠN VỤ ĐÔNG XUÂN 1989 - 1990"


OLD_STATE = """ỦY BAN HÀNH CHÍNH TỈNH HÀ TÂY VIỆT NAM DÂN CHỦ CỘNG HOÀ
Độc lập - Tự do - Hạnh phúc
Số: 12-UB Hà Đông, ngày 4 tháng 5 năm 1966
QUYẾT ĐỊNH
Về việc thành lập Ban chỉ huy chống hạn
ỦY BAN HÀNH CHÍNH TỈNH HÀ TÂY
Căn cứ tình hình hạn hán vụ chiêm năm 1966;
"""


def test_the_old_state_name_is_the_motto_of_its_day_never_the_issuer() -> None:
    """heldout18 j19, j20 ("HỘI ĐỒNG CHÍNH PHỦ" / "******" / "VIỆT NAM DÂN CHỦ CỘNG HÒA"); here both columns on one
    line, spelt "HOÀ"."""
    fields = _result(OLD_STATE).fields
    assert str(fields.get("issuer")).lower() == "ủy ban hành chính tỉnh hà tây"
    assert fields.get("number") == "12-UB" and fields.get("date") == "1966-05-04"


REPORT = """ỦY BAN NHÂN DÂN
XÃ TÂN HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/BC-UBND
Tân Hội, ngày 15 tháng 7 năm 2023
BÁO CÁO
Kết quả rà soát hộ nghèo, hộ cận nghèo
Thời điểm ngày 01 tháng 7 năm 2023
I. ĐẶC ĐIỂM TÌNH HÌNH
Xã có 1.250 hộ dân.
"""


def test_a_report_s_time_line_ends_its_title() -> None:
    """heldout18 j01's kind ("… XÓA MÙ CHỮ" / "Thời điểm tháng 10 năm 2020" / "PHẦN THỨ NHẤT"), here in sentence case
    with a day: the time a report is at is the trích yếu's last line, the heading under it the body's."""
    assert _result(REPORT).fields.get("title") == "Kết quả rà soát hộ nghèo, hộ cận nghèo thời điểm ngày 01 tháng 7 năm 2023"
