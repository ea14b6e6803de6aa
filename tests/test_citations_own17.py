"""A document's own number on kinds of pages the seventeenth session found missed: a news page closing with a portal's
debris lines (",", "."), which are no repeated headlines of a tag page; an address or file name whose code has a
central body that could pass for a syllable ("byt") or the National Assembly's term code ("qh14") without a type code."""

from __future__ import annotations

import pytest

from vanban.citations import extract
from vanban.citations.identity import find_own

LEAD = ("Công nhận 13 xã đạt chuẩn nông thôn mới nâng cao\n\nNgày 28-9-2020, UBND tỉnh ban hành Quyết định số: "
        "2400/QĐ-UBND công nhận 13 xã đạt chuẩn nông thôn mới nâng cao năm 2019.\n\nĐây là các xã đạt chuẩn theo "
        "Quyết định số 1980/QĐ-TTg ngày 17-10-2016.\n\nThanh Thúy\n\n,\n,\n.\n,\n,\n,\n,\n")


def test_debris_lines_are_no_headlines_of_a_tag_page() -> None:
    result = extract(LEAD, find_own=True)
    assert result.own is not None and result.own.number == "2400/QĐ-UBND"
    assert [c.number for c in result.citations] == ["1980/QĐ-TTg"]  # the page does not cite itself


def test_repeated_headlines_still_make_a_listing() -> None:
    listing = ("Xã A ra quân\n\nXã A ra quân\n\nNgày 2/3, UBND xã ban hành Kế hoạch số 12/KH-UBND về ra quân.\n\n"
               "Xã B ra quân\n\nXã B ra quân\n\nNgày 3/3, UBND xã ban hành Kế hoạch số 14/KH-UBND về ra quân.\n")
    assert find_own(listing) is None


@pytest.mark.parametrize(
    ("title", "number", "kind"),
    [
        ("download phap luat quyet dinh 5669 qd byt 2021 huong dan nang cao nang luc", "5669/QĐ-BYT", "Quyết định"),
        ("download phap luat nghi quyet 51 2017 qh14", "51/2017/QH14", "Nghị quyết"),
        ("luat 77 2015 qh13 to chuc chinh quyen dia phuong", "77/2015/QH13", "Luật"),
        ("nghi quyet so 653 2019 ubtvqh14 ve", "653/2019/UBTVQH14", "Nghị quyết"),
    ],
)
def test_a_slug_title_names_the_pages_document(title: str, number: str, kind: str) -> None:
    own = find_own(title + "\n\nNội dung.")
    assert own is not None and (own.number, own.type) == (number, kind)


def test_a_slug_assembly_code_needs_a_type_the_assembly_issues() -> None:
    assert find_own("download quyet dinh 12 2019 qh14\n\nNội dung.") is None
