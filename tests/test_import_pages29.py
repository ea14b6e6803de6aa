"""Twenty-fourth session (imp29): a school acting in its own page's sentence, on a page posted without its header
(heldout22 p28, p29; heldout21 m06 and heldout6 s31 before them). Each page is written for the test, in another
school, place and wording than the page that showed the kind."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


TWO_LEVELS = """Thông báo lịch học bù tuần 12
Trường TH và THCS Lê Lợi thông báo đến quý phụ huynh và học sinh lịch học bù tuần 12 như sau:
1. Khối 6 đến khối 9 học bù vào sáng thứ bảy.
2. Khối 1 đến khối 5 học bù vào chiều thứ bảy.
"""


def test_a_school_of_two_levels_names_both() -> None:
    result = _result(TWO_LEVELS)
    assert result.fields.get("issuer") == "Trường Tiểu học và THCS Lê Lợi"
    assert any(k == "issuer" for k, _ in result.unsure)  # read from the page's words: reported


def test_a_school_in_lower_case_acting_after_its_grounds() -> None:
    """"… tình hình thực tế trường THCS Huỳnh Thúc Kháng xây dựng kế hoạch …" (p29's kind, here another school)."""
    text = ("KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2024\n"
            "Căn cứ điều kiện thực tế trường THCS Nguyễn Du xây dựng kế hoạch tổ chức Ngày hội đọc sách như sau:\n"
            "1. Thời gian: sáng thứ hai.\n")
    assert _result(text).fields.get("issuer") == "Trường THCS Nguyễn Du"


def test_a_school_owning_or_hosting_is_not_the_one_acting() -> None:
    """"… của trường THCS …", "… tại trường …": an owner or a venue."""
    for lead in ("Ban đại diện cha mẹ học sinh của trường THCS Nguyễn Du đề nghị", "Hội thi được tổ chức tại trường "
                 "THCS Nguyễn Du xây dựng"):
        text = f"Tin hoạt động\n{lead} các lớp tham gia đầy đủ.\n1. Thời gian: sáng thứ hai.\n"
        assert _result(text).fields.get("issuer") != "Trường THCS Nguyễn Du", lead


PLAN_POST = """KẾ HOẠCH CHO TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2024
Căn cứ Công văn số 512/SGDĐT-GDTX ngày 20 tháng 9 năm 2024 của Sở Giáo dục và Đào tạo về việc tổ chức Tuần lễ học tập suốt đời;
Căn cứ điều kiện thực tế trường THCS Lê Quý Đôn xây dựng kế hoạch hưởng ứng Tuần lễ học tập suốt đời năm 2024 gắn với phong trào đọc sách như sau:
1. Mục đích.
"""


def test_a_post_title_against_the_plans_own_words_is_reported() -> None:
    """p29's kind: the capitals post title read for the trích yếu ("CHO TUẦN LỄ …"), while the preamble names the plan
    ("… xây dựng kế hoạch hưởng ứng Tuần lễ …"): the trích yếu is reported for a look, not taken silently."""
    result = _result(PLAN_POST)
    assert result.fields.get("issuer") == "Trường THCS Lê Quý Đôn"
    title = str(result.fields.get("title") or "")
    assert not title or any(k == "title" for k, _ in result.unsure), title
