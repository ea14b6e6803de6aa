"""Twenty-second session, second round (imp25): heldout20's kinds, read after it was spent. A V/v line whose last
words, closed by a full stop, stand over the date line (l23), a ward's lead "… tổ chức triển khai kế hoạch …" (l20),
a school naming itself as the subject of its own act on its site (l14, l17). The pages here are written for these
tests, in other bodies, places and layouts."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _unsure(result: ImportResult) -> set[str]:
    return {key for key, _ in result.unsure}


HEALTH_LETTER = """SỞ Y TẾ TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1204/SYT-NVY
V/v cử cán bộ dự tập huấn phòng, chống sốt xuất huyết tại Bệnh viện Đa khoa Trung ương Quảng Nam.
Tam Kỳ, ngày 14 tháng 6 năm 2023
Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.
Sở Y tế đề nghị các đơn vị cử mỗi đơn vị hai cán bộ tham dự.
"""


def test_a_v_v_line_closed_by_its_full_stop_lends_no_words_to_the_date_line_under_it() -> None:
    """l23's kind: "… tại Bệnh viện … Quảng Nam." over "Tam Kỳ, ngày …": the place is the date line's alone and the
    trích yếu keeps its last words."""
    result = _result(HEALTH_LETTER)
    assert result.fields.get("place") == "Tam Kỳ"
    assert result.fields.get("title") == ("cử cán bộ dự tập huấn phòng, chống sốt xuất huyết tại Bệnh viện Đa khoa "
                                          "Trung ương Quảng Nam")
    assert result.fields.get("date") == "2023-06-14"


WRAPPED_PLACE = """UBND TỈNH TIỀN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 55/KH-UBND
Tiền
Giang, ngày 08 tháng 12 năm 2021
KẾ HOẠCH
Tổ chức Hội chợ nông sản năm 2022
"""


def test_a_place_wrapped_without_a_full_stop_is_still_read_across_the_break() -> None:
    """The other side: "Tiền" / "Giang, ngày …" ends no sentence, so its place is still joined."""
    assert _result(WRAPPED_PLACE).fields.get("place") == "Tiền Giang"


COMMUNE_NEWS = """Tin tức - Sự kiện
Ra quân phát quang hành lang an toàn lưới điện năm 2023
Ngày cập nhật 12/03/2023

Sáng ngày 10/3/2023, UBND xã Phước Hưng tổ chức triển khai kế hoạch ra quân phát quang hành lang an toàn lưới điện trên địa bàn xã năm 2023.

Theo đó, các ấp phối hợp với Điện lực huyện thực hiện trong tháng 3.
"""


def test_a_lead_that_organises_the_roll_out_names_the_body_without_its_verb() -> None:
    """l20's kind: "UBND xã X tổ chức triển khai kế hoạch …": the body is "Ủy ban nhân dân xã X", never "… tổ chức"."""
    result = _result(COMMUNE_NEWS)
    assert result.fields.get("issuer") == "Ủy ban nhân dân xã Phước Hưng"
    assert result.fields.get("type") == "Kế hoạch"
    assert {"issuer", "type"} <= _unsure(result)


SCHOOL_NOTICE = """Trang chủ | Giới thiệu | Tin tức

Căn cứ công văn số 112/PGDĐT-TH ngày 02/01/2023 của Phòng GDĐT về lịch nghỉ Tết Nguyên đán.

Trường Trung học cơ sở Nguyễn Huệ thông báo đến phụ huynh học sinh lịch nghỉ Tết từ thứ hai đến hết chủ nhật tuần sau.
Đề nghị phụ huynh phối hợp quản lý học sinh trong thời gian nghỉ.
"""

SCHOOL_PLAN = """Chào mừng bạn đến với trang thông tin của trường

KẾ HOẠCH
Tổ chức ngày hội đọc sách năm học 2023 - 2024

Căn cứ tình hình thực tế của nhà trường, Trường Mầm Non Hoa Sen xây dựng kế hoạch như sau:
1. Mục đích
"""


def test_a_school_acting_in_its_own_sentence_is_the_issuer_reported() -> None:
    """l14, l17's kind: "Trường Trung học cơ sở X thông báo …", "…, Trường Mầm Non X xây dựng kế hoạch …": the school,
    its level written as a name writes it, reported unsure; the office it cites as an owner is not taken."""
    notice = _result(SCHOOL_NOTICE)
    assert notice.fields.get("issuer") == "Trường Trung học cơ sở Nguyễn Huệ"
    assert "issuer" in _unsure(notice)
    plan = _result(SCHOOL_PLAN)
    assert plan.fields.get("issuer") == "Trường Mầm non Hoa Sen"
    assert plan.fields.get("type") == "Kế hoạch"


SCHOOL_NEWS = """Tin tức
Sáng nay, hội thi giáo viên dạy giỏi cấp huyện khai mạc tại Trường Tiểu học Kim Đồng với 40 giáo viên dự thi.
"""


def test_a_school_named_without_acting_is_no_issuer() -> None:
    """A school where something happens is not the body that issues the page."""
    assert not _result(SCHOOL_NEWS).fields.get("issuer")


FARM_GUIDE = """Căn cứ kế hoạch sản xuất vụ Đông Xuân 2024 - 2025 của tỉnh, Sở Nông nghiệp & PTNT Sóc Trăng ban hành Kế hoạch
xuống giống lúa vụ Đông Xuân 2024 - 2025 tập trung, né rầy.
"""


def test_a_department_named_with_its_trade_half_in_initials_is_spelt_out() -> None:
    """l19's kind: "Sở Nông nghiệp & PTNT Sóc Trăng" is "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng"."""
    assert _result(FARM_GUIDE).fields.get("issuer") == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng"


DRAFT_PLAN = """UBND HUYỆN CỦ CHI
PHÒNG Y TẾ
Số:   /KH-PYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Củ Chi, ngày   tháng 3 năm 2022
(DỰ THẢO)KẾ HOẠCH
Tiêm vắc xin phòng COVID-19 cho trẻ em từ 5 đến dưới 12 tuổi

I. MỤC ĐÍCH
Bảo vệ sức khỏe trẻ em.
"""


def test_a_bracketed_draft_mark_before_the_type_line_is_no_part_of_it() -> None:
    """l22's kind: "(Dự thảo) BÁO CÁO", here "(DỰ THẢO)KẾ HOẠCH" glued: the type and the trích yếu under it."""
    result = _result(DRAFT_PLAN)
    assert result.fields.get("type") == "Kế hoạch"
    assert result.fields.get("title") == "Tiêm vắc xin phòng COVID-19 cho trẻ em từ 5 đến dưới 12 tuổi"


OFFICE_PAGE = """Tăng cường công tác an toàn giao thông cho học sinh

Thực hiện Công văn số 845/UBND-VP ngày 03/9/2024 của UBND huyện Krông Pắc về đảm bảo trật tự an toàn giao thông đầu năm học; Phòng GD&ĐT yêu cầu các trường tiểu học, THCS trên địa bàn tổ chức tuyên truyền cho học sinh.
"""

TWO_DISTRICTS = """Thực hiện Công văn số 12/UBND của UBND huyện Krông Pắc, Công văn số 30/UBND của UBND huyện Ea Kar về phòng chống dịch; Phòng GD&ĐT yêu cầu các trường thực hiện nghiêm.
"""


def test_an_office_named_by_its_trade_takes_the_one_district_its_page_names() -> None:
    """l16's kind: "Phòng GD&ĐT yêu cầu …" after "… của UBND huyện Krông Pắc …": the office of that district,
    reported; two districts named: kept bare."""
    result = _result(OFFICE_PAGE)
    assert result.fields.get("issuer") == "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
    assert "issuer" in _unsure(result)
    assert _result(TWO_DISTRICTS).fields.get("issuer") == "Phòng Giáo dục và Đào tạo"


SOME_POINTS = """Điều chỉnh lịch thi tốt nghiệp năm 2022

Cập nhật lúc: 09:10 02/6/2022

Văn bản nêu rõ, thực hiện ý kiến của Thủ tướng, Bộ Giáo dục và Đào tạo thông báo một số nội dung như sau:

(1) Kỳ thi được tổ chức từ ngày 07 đến ngày 08/7/2022.
"""


def test_a_notice_of_some_points_names_no_subject() -> None:
    """l25's kind: "… thông báo một số nội dung như sau:" says what follows, not what about: no trích yếu."""
    assert not _result(SOME_POINTS).fields.get("title")


SPORTS_LETTER = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 2210/BVHTTDL-TDTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
V/v tổ chức giải bóng chuyền
các đội mạnh toàn quốc tại tỉnh
Ninh Bình
Hà Nội, ngày 05 tháng 5 năm 2023
Kính gửi: Sở Văn hóa và Thể thao các tỉnh.
"""


def test_a_province_on_the_date_line_takes_no_words_from_a_v_v_wrapped_above_it() -> None:
    """l23's pdf kind: the V/v cell's last line "Ninh Bình" stands over "Hà Nội, ngày …", no full stop between: a
    date line that already names a whole province takes no place from the line above (only "TP." / "Thành phố")."""
    result = _result(SPORTS_LETTER)
    assert result.fields.get("place") == "Hà Nội"
    assert str(result.fields.get("title")).endswith("tại tỉnh Ninh Bình")


UNNUMBERED_LETTER = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Anh, ngày 03 tháng 9 năm 2019
Kính gửi: Hiệu trưởng các trường mầm non.
Phòng Giáo dục và Đào tạo gửi lịch họp giao ban tháng 9 như sau:
"""


def test_a_header_with_a_date_line_and_kinh_gui_but_no_type_line_nor_number_is_a_cong_van() -> None:
    """l07's kind (seen on that page only): no type line, no V/v line, no number, the header's own place and date
    and "Kính gửi": Nghị định 30's letter, reported unsure; no trích yếu."""
    result = _result(UNNUMBERED_LETTER)
    assert result.fields.get("type") == "Công văn"
    assert "type" in _unsure(result)
    assert not result.fields.get("title")
