"""A document's own number and its citations on kinds of pages the seventeenth session found missed: a news page
closing with a portal's debris lines (",", "."), which are no repeated headlines of a tag page; an address or file name
whose code has a central body that could pass for a syllable ("byt") or the National Assembly's term code ("qh14")
without a type code; numbers in another dress ("15-NQ-TW", "21/CT/TTg", "0 1/QĐ-UBND"), read whole and keyed as one."""

from __future__ import annotations

from typing import Any

import pytest

from vanban.citations import extract, number_key
from vanban.citations.identity import find_own
from vanban.citations.numbers import scan_number
from vanban.citations.reference import reference_scan_number

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


# --- numbers in another dress ---

@pytest.mark.parametrize("scan", [scan_number, reference_scan_number])
@pytest.mark.parametrize(
    ("text", "whole"),
    [("15-NQ-TW ngày", "15-NQ-TW"), ("02-KH - TU của", "02-KH - TU"), ("0 1/QĐ-UBND ngày", "0 1/QĐ-UBND"),
     ("0 5-KH/TU ngày", "0 5-KH/TU"), ("57-NQ TW ngày", "57-NQ TW")],
)
def test_numbers_in_another_dress_are_read_whole_by_both_scanners(scan: Any, text: str, whole: str) -> None:
    found = scan(text, 0)
    assert found is not None and found.structured and text[found.start : found.end] == whole


def test_a_date_after_a_split_zero_is_no_number() -> None:
    assert [c.number for c in extract("Từ ngày 0 1/3/2020 đến nay, UBND xã thực hiện Kế hoạch số 0 1/KH-UBND.").citations] == [
        "01/KH-UBND"
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [("15-NQ-TW", "15-NQ/TW"), ("02-KH-TU", "02-KH/TU"), ("21/CT/TTg", "21/CT-TTg"), ("1077/QĐ/TTg", "1077/QĐ-TTg"),
     ("05/2019/QĐ/UBND", "05/2019/QĐ-UBND"), ("0 1/QĐ-UBND", "01/QĐ-UBND")],
)
def test_one_number_in_two_dresses_has_one_key(a: str, b: str) -> None:
    assert number_key(a) == number_key(b)


@pytest.mark.parametrize(("a", "b"), [("21/QĐ/ABC", "21/QĐ-ABC"), ("12/KH/ĐTN", "12/KH-ĐTN"), ("15-NQ-XY", "15-NQ/XY")])
def test_other_slashes_and_hyphens_keep_their_keys(a: str, b: str) -> None:
    assert number_key(a) != number_key(b)


def test_a_legal_sentence_with_wrong_separators_cites_once() -> None:
    text = "Thực hiện Nghị quyết số 15-NQ-TW ngày 12/3/2022 của Bộ Chính trị và Chỉ thị số 21/CT/TTg của Thủ tướng."
    assert [(c.number, c.relation) for c in extract(text).citations] == [
        ("15-NQ-TW", "implements"), ("21/CT/TTg", "implements")
    ]
