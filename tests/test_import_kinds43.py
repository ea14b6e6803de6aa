"""Thirty-third session: a news lead's trích yếu that goes on past a bracket (pooled over the spent sets: heldout17
i29 i36, heldout30 af22, heldout31 ag20). Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front

_NEXT = "\n\nQuyết định giao Sở Nông nghiệp chỉ đạo các huyện thực hiện các biện pháp phòng, chống dịch theo quy định.\n"


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_trich_yeu_keeps_the_bracket_and_the_address_after_it(tmp_path: Path, form: str) -> None:
    page = ("UBND tỉnh công bố hết dịch tại thôn An Lạc\n\nNgày 2-4-2025, Chủ tịch UBND tỉnh đã ban hành Quyết định số "
            "707/QĐ-UBND về việc công bố hết dịch cúm gia cầm (A/H5N1) tại thôn An Lạc, xã Phước Hòa, huyện Ninh Hải."
            + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["number"] == "707/QĐ-UBND"
    assert front["title"] == ("về việc công bố hết dịch cúm gia cầm (A/H5N1) tại thôn An Lạc, xã Phước Hòa, "
                              "huyện Ninh Hải")


@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_lead_without_ve_keeps_the_words_after_the_bracket(tmp_path: Path, form: str) -> None:
    page = ("Xây dựng lực lượng xung kích\n\nNgày 5-6-2025, UBND tỉnh ban hành Quyết định số 2468/QĐ-UBND phê duyệt Kế "
            "hoạch xây dựng lực lượng xung kích phòng chống thiên tai (PCTT) cấp xã." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["title"] == "phê duyệt Kế hoạch xây dựng lực lượng xung kích phòng chống thiên tai (PCTT) cấp xã"


@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_capital_after_the_bracket_opens_the_next_sentence(tmp_path: Path, form: str) -> None:
    page = ("Kế hoạch tổ chức Lễ kỷ niệm\n\nNgày 04/7/2025, Quận ủy ban hành Kế hoạch số 150-KH/QU v/v tổ chức Lễ kỷ "
            "niệm 20 năm ngày thành lập Quận và đón Huân chương Lao động hạng Nhì (lần thứ 2)\nVới mục đích nhằm "
            "tuyên truyền sâu rộng truyền thống của Quận trong cán bộ, đảng viên và nhân dân." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["title"] == ("tổ chức Lễ kỷ niệm 20 năm ngày thành lập Quận và đón Huân chương Lao động hạng Nhì "
                              "(lần thứ 2)")


def test_a_clause_of_its_own_after_the_bracket_is_no_part_of_the_trich_yeu(tmp_path: Path) -> None:
    page = ("Công bố hết dịch\n\nNgày 2-4-2025, UBND tỉnh đã ban hành Quyết định số 708/QĐ-UBND về việc công bố hết "
            "dịch cúm gia cầm (A/H5N1), đồng thời giao các sở, ngành tiếp tục giám sát dịch bệnh." + _NEXT)
    front = imported_front(tmp_path, page, "txt")
    assert front["title"] == "về việc công bố hết dịch cúm gia cầm (A/H5N1)"


# the signer a lead names after his office (pooled: heldout29 ae26, heldout30 af19, heldout31 ag22)
@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_signer_named_after_the_province_is_no_part_of_the_issuer(tmp_path: Path, form: str) -> None:
    page = ("Bùng phát dịch cúm gia cầm\n\nTP - Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Văn Bình cho biết, UBND tỉnh vừa ký "
            "quyết định công bố dịch cúm gia cầm tại xã Kỳ Lâm và các vùng lân cận trên địa bàn huyện Kỳ Anh." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"


@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_vice_chairmans_plan_is_the_committees(tmp_path: Path, form: str) -> None:
    page = ("Tuần Văn hóa - Du lịch Phú Yên 2025\n\nPhó Chủ tịch UBND tỉnh Lê Văn Minh vừa ký ban hành kế hoạch tổ chức "
            "tuần Văn hóa - Du lịch Phú Yên 2025. Thời gian tổ chức 7 ngày tại TP Tuy Hòa." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert front["type"] == "Kế hoạch"


def test_a_city_named_whole_keeps_its_name(tmp_path: Path) -> None:
    page = ("Tổng vệ sinh\n\nNgày 2-4-2025, UBND thành phố Hồ Chí Minh ban hành Kế hoạch số 1234/KH-UBND về tổng vệ "
            "sinh môi trường trên địa bàn thành phố." + _NEXT)
    front = imported_front(tmp_path, page, "txt")
    assert str(front["issuer"]).casefold() == "ủy ban nhân dân thành phố hồ chí minh"
