"""Twenty-fourth session (imp29): what a .txt copy of a page with a header loses that its .docx keeps, read after
heldout22 was spent (p02, p07, p08, p09, p10, p11; heldout11 a09, heldout17 i06 on earlier sets). The docx gives the
header reader one body a line and a clean trích yếu; the txt copy joins a managing body and its unit on one line,
leaves a short rule or a full stop at the trích yếu's end, glues its syllables, runs a head's line into it, spaces a
draft's dotted number. Each test is a header written for it, in another body, place and flattening than the page
that showed the kind."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.casing import recase_issuer
from vanban.importer.glued import unglue
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k) for k in ("number", "type", "issuer", "date", "title"))


# A labour federation and a kindergarten's union on one line with a pipe, a monthly plan's month under its trích yếu.
UNION_UNDER_FEDERATION = """Hoạt động công đoàn
LIÊN ĐOÀN LAO ĐỘNG HUYỆN A LƯỚI CĐCS MẦM NON HƯƠNG PHONG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/KH-CĐCS     A Lưới, ngày 02 tháng 9 năm 2023
KẾ HOẠCH
TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NĂM HỌC MỚI
Tháng 9/2023
I. MỤC ĐÍCH, YÊU CẦU
- Động viên đoàn viên hoàn thành nhiệm vụ năm học.
"""


def test_a_union_flattened_with_its_federation_is_the_issuer_and_the_month_ends_the_title() -> None:
    result = _result(UNION_UNDER_FEDERATION)
    assert _five(result) == ("05/KH-CĐCS", "Kế hoạch", "Công đoàn cơ sở Mầm non Hương Phong", "2023-09-02",
                             "TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NĂM HỌC MỚI Tháng 9/2023")


def test_a_school_level_after_a_union_or_a_cell_is_written_as_the_sets_write_it() -> None:
    """"CĐCS TRƯỜNG MN …" (p08's kind) and "CĐCS MẦM NON II" (p07's): the level written out and cased as one word,
    a numeral kept in capitals."""
    assert recase_issuer("CÔNG ĐOÀN CƠ SỞ MẦM NON II") == ("Công đoàn cơ sở Mầm non II", True)
    result = _result(UNION_UNDER_FEDERATION.replace("CĐCS MẦM NON HƯƠNG PHONG", "CĐCS TRƯỜNG MN HƯƠNG PHONG"))
    assert result.fields.get("issuer") == "Công đoàn cơ sở Trường Mầm non Hương Phong"


# A ministry's inspectorate, the two columns joined by tabs (a09's kind had them on lines of their own).
INSPECTORATE_TABS = """BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THANH TRA\tĐộc lập - Tự do - Hạnh phúc
Số: 112/TTrB-P2\tHà Nội, ngày 14 tháng 3 năm 2022
V/v kiểm tra công tác phòng, chống dịch tại các cơ sở khám bệnh
Kính gửi: Sở Y tế các tỉnh, thành phố
Thực hiện kế hoạch thanh tra năm 2022, Thanh tra Bộ đề nghị các Sở như sau.
"""


def test_a_bare_inspectorate_is_named_with_its_ministry() -> None:
    result = _result(INSPECTORATE_TABS)
    assert _five(result) == ("112/TTrB-P2", "Công văn", "Thanh tra Bộ Y tế", "2022-03-14",
                             "kiểm tra công tác phòng, chống dịch tại các cơ sở khám bệnh")


# A decision whose trích yếu ends in a full stop after its year, a two-mark rule under it.
RULE_AND_STOP = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 31/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phú, ngày 20 tháng 12 năm 2023
QUYẾT ĐỊNH
Về việc công nhận danh hiệu Gia đình văn hóa năm 2023.
__
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Căn cứ Luật Thi đua, Khen thưởng;
"""


def test_a_short_rule_and_a_full_stop_after_the_year_are_no_part_of_the_title() -> None:
    result = _result(RULE_AND_STOP)
    assert result.fields.get("title") == "Về việc công nhận danh hiệu Gia đình văn hóa năm 2023"
    assert result.fields.get("issuer") == "Ủy ban nhân dân xã Tân Phú"


def test_syllables_a_copy_glued_are_set_apart_when_they_read_one_way() -> None:
    """"đạtchuẩnquốcgia" (p09, the body glued the same way): written syllables, the fewest, in one reading only; a
    foreign word and a token that reads two ways stay as written."""
    assert unglue("Quy chế trường đạtchuẩnquốcgia", "")[0] == "Quy chế trường đạt chuẩn quốc gia"
    assert unglue("TỔ CHỨC HỘITHIĐẤU THỂ THAO", "")[0] == "TỔ CHỨC HỘI THI ĐẤU THỂ THAO"
    assert unglue("tập huấn online", "")[0] == "tập huấn online"


# A school under its office, a draft's dotted number with a space before its slash (p10's kind), a sharing site's
# file facts above the header.
DOTTED_NUMBER_SCHOOL = """Tải bản đầy đủ (.doc) (8 trang)
KẾ HOẠCH bồi dưỡng HỌC SINH giỏi năm học 2019 2020
PHÒNG GD&ĐT CHÂU THÀNH
TRƯỜNG TH PHÚ AN
Số: ……. /KH-THPA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Phú An, ngày 12 tháng 10 năm 2019
KẾ HOẠCH
BỒI DƯỠNG HỌC SINH GIỎI NĂM HỌC 2019-2020
Căn cứ kế hoạch năm học của nhà trường;
"""


def test_a_dotted_blank_number_is_the_number_line_and_the_school_above_it_the_issuer() -> None:
    result = _result(DOTTED_NUMBER_SCHOOL)
    assert _five(result)[1:] == ("Kế hoạch", "Trường Tiểu học Phú An", "2019-10-12",
                                 "Bồi dưỡng học sinh giỏi năm học 2019-2020")
    assert not result.fields.get("number")


# A steering board's decision whose head's line stands under the trích yếu in capitals (heldout17 i06's kind).
BOARD_HEAD = """BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 14/QĐ-BCĐ
Kon Tum, ngày 03 tháng 8 năm 2021
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TỔ CÔNG TÁC ĐẶC BIỆT
TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH TỈNH KON TUM
Căn cứ Luật Phòng, chống bệnh truyền nhiễm;
"""


def test_a_heads_line_with_the_preamble_under_it_ends_the_title() -> None:
    result = _result(BOARD_HEAD)
    assert result.fields.get("title") == "Ban hành quy chế hoạt động của tổ công tác đặc biệt"


def test_the_same_words_inside_a_title_go_on_with_it() -> None:
    """"VỀ VIỆC BỔ NHIỆM" / "TRƯỞNG BAN QUẢN LÝ DỰ ÁN": the appointee's office, the chairman's line under it."""
    text = BOARD_HEAD.replace("BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TỔ CÔNG TÁC ĐẶC BIỆT\nTRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH "
                              "TỈNH KON TUM", "VỀ VIỆC BỔ NHIỆM\nTRƯỞNG BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nCHỦ TỊCH ỦY "
                              "BAN NHÂN DÂN TỈNH KON TUM")
    assert _result(text).fields.get("title") == "Về việc bổ nhiệm trưởng ban quản lý dự án đầu tư xây dựng"


def test_an_inspectorates_code_is_its_own_and_its_v_v_line_a_letters() -> None:
    """"Số: 112/TTr" under "THANH TRA" and a V/v line (heldout11 a09, every form): TTr is the inspectorate's
    abbreviation, not Tờ trình's code, so the document is a Công văn and the V/v line its trích yếu, without a place-date
    line a copy kept under it."""
    text = INSPECTORATE_TABS.replace("112/TTrB-P2", "112/TTr").replace(
        "Kính gửi", "Hà Nội ngày 14 tháng 3 năm 2022\nKính gửi")
    assert _five(_result(text)) == ("112/TTr", "Công văn", "Thanh tra Bộ Y tế", "2022-03-14",
                                    "kiểm tra công tác phòng, chống dịch tại các cơ sở khám bệnh")
