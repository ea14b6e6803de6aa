"""Thirty-ninth session (citations README, "Tuning notes (thirty-ninth session, citation fixer cit49…)"): a page's own
number read from what the page says of itself first — the headline presents a document by an act ("… phê duyệt Kế
hoạch …", "… triển khai kế hoạch …") without its number, and one sentence of the text repeats that act and most of the
headline and names the number.  On pages written here in other layouts than the pages that showed it (heldout37
h37-41, import heldout17 i16); run on the fast extractor and its plain reference; each positive fails on the
session's start code (70e41a06), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations


def test_the_headlines_act_repeated_with_a_bracketed_number(extractor: Extractor) -> None:
    """A situation sentence that cites a national decision, then the act of the headline again with the decision that
    made it in brackets: the bracketed number is the page's own, the national one a citation."""
    text = (
        "UBND huyện Krông Bông phê duyệt Đề án phát triển cà phê bền vững giai đoạn 2025-2030 trên địa bàn huyện\n"
        "12/03/2025 09:15\n"
        "Trước yêu cầu nâng cao giá trị cây cà phê của địa phương, đồng thời thực hiện Quyết định số 1987/QĐ-BNN-TT "
        "ngày 21/6/2022 của Bộ Nông nghiệp và Phát triển nông thôn về phát triển cà phê bền vững; UBND huyện đã phê "
        "duyệt Đề án phát triển cà phê bền vững giai đoạn 2025-2030 trên địa bàn huyện (tại Quyết định số "
        "215/QĐ-UBND ngày 05/3/2025).\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "215/QĐ-UBND"
    assert set(relations(got)) == {"1987/QĐ-BNN-TT"}


def test_a_body_rolling_out_the_plan_its_headline_names(extractor: Extractor) -> None:
    """The bases first, then the headline's body and act again with its own numbered plan (no other issuer after the
    number): the page's own; the bases stay citations."""
    text = (
        "Chi bộ thôn Đông Hòa triển khai kế hoạch tổ chức phong trào thi đua làm đường giao thông nông thôn năm 2025\n"
        "Thực hiện Hướng dẫn số 12-HD/ĐU ngày 02/3/2025 của Đảng ủy xã Tân Hòa về thi đua khen thưởng, Chi bộ thôn "
        "Đông Hòa triển khai kế hoạch số 07-KH/CB ngày 10/3/2025 về việc tổ chức phong trào thi đua làm đường giao "
        "thông nông thôn năm 2025.\n"
        "Theo kế hoạch, mỗi hộ đóng góp 5 ngày công trong tháng 4/2025.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "07-KH/CB"
    assert set(relations(got)) == {"12-HD/ĐU"}


def test_another_bodys_plan_under_the_same_act_stays_cited(extractor: Extractor) -> None:
    """The mirror: the sentence repeats the headline's act and words, but the plan is another body's ("của UBND
    tỉnh"): a citation, no own number."""
    text = (
        "Huyện Đức Cơ triển khai kế hoạch phòng, chống dịch tả lợn châu Phi năm 2025\n"
        "Huyện Đức Cơ triển khai kế hoạch số 88/KH-UBND ngày 02/01/2025 của UBND tỉnh Gia Lai về phòng, chống dịch tả "
        "lợn châu Phi năm 2025 đến các xã, thị trấn.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "88/KH-UBND" in relations(got)


def test_a_meeting_that_rolls_out_a_plan_has_no_own_number(extractor: Extractor) -> None:
    """The mirror: a meeting's page (a conference rolling out the plan) tells of the document; it is not the page's."""
    text = (
        "Công an tỉnh triển khai kế hoạch tổng kiểm tra an toàn phòng cháy năm 2025\n"
        "Sáng 5/3, Công an tỉnh tổ chức hội nghị trực tuyến triển khai kế hoạch số 41/KH-CAT về tổng kiểm tra an toàn "
        "phòng cháy năm 2025 tới các huyện. Đồng chí Giám đốc Công an tỉnh chủ trì hội nghị.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "41/KH-CAT" in relations(got)


def test_one_place_of_a_round_up_is_not_the_pages_lead(extractor: Extractor) -> None:
    """A page about several places opens a paragraph with each ("Tại Quảng Trị, …", "Tại Thừa Thiên – Huế, …"): the
    document one place's body issued is told as news of that place, not the page's own; it stays a citation."""
    text = (
        "Nhiều địa phương hỗ trợ tiền điện cho hộ nghèo mùa nắng nóng\n"
        "Tại Quảng Trị, UBND tỉnh đã ban hành Quyết định số 1520/QĐ-UBND về việc hỗ trợ tiền điện cho hộ nghèo "
        "trong ba tháng hè.\n"
        "Tại Thừa Thiên – Huế, Sở Công Thương đề nghị các đơn vị điện lực bảo đảm cấp điện liên tục.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "1520/QĐ-UBND" in relations(got)


def test_a_lead_opened_by_its_document_keeps_its_own_number(extractor: Extractor) -> None:
    """The mirror: "Tại Văn bản số …," opens with the document itself (the page's own), not with a place."""
    text = (
        "Tăng cường kiểm tra an toàn thực phẩm dịp Tết\n"
        "Tại Văn bản số 415/UBND-VX ngày 3/1/2025, UBND thành phố yêu cầu các quận, huyện tăng cường kiểm tra an toàn "
        "thực phẩm dịp Tết Nguyên đán.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "415/UBND-VX"
