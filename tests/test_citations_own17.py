"""A document's own number and its citations on kinds of pages the seventeenth session found missed: a news page
closing with a portal's debris lines (",", "."), which are no repeated headlines of a tag page; an address or file name
whose code has a central body that could pass for a syllable ("byt") or the National Assembly's term code ("qh14")
without a type code; a broken font's "Ð" for "Đ"; a portal's chrome (breadcrumb, update time) above the title; numbers
in another dress ("15-NQ-TW", "21/CT/TTg", "0 1/QĐ-UBND"), read whole and keyed as one."""

from __future__ import annotations

from typing import Any

import pytest

from vanban.citations import extract, number_key, vocabulary
from vanban.citations.chrome import blank_source_tags, chrome_end, repeated_title_end
from vanban.citations.identity import find_own
from vanban.citations.numbers import scan_number
from vanban.citations.reference import reference_scan_number, reference_working_copy

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


# --- a broken font's "Ð", a portal's chrome above the title, numbers in another dress ---

BROKEN_FONT = ("Công nhận 13 xã đạt chuẩn\n\nNgày 28-9-2020, UBND tỉnh ban hành Quyết định số: 2400/QÐ-UBND công nhận "
               "13 xã. Ðây là các xã đạt chuẩn theo Quyết định số 1980/QÐ-TTg ngày 17-10-2016 của Thủ tướng.")


def test_a_broken_fonts_eth_reads_as_d_in_words_and_numbers() -> None:
    result = extract(BROKEN_FONT, find_own=True)
    assert result.own is not None and result.own.number == "2400/QĐ-UBND"
    assert [c.number for c in result.citations] == ["1980/QĐ-TTg"]
    assert vocabulary.working_copy("QÐ Ðây ð") == reference_working_copy("QÐ Ðây ð") == "QĐ Đây đ"


TITLED = "Quyết định 119/QĐ-UBND về việc ban hành Kế hoạch phòng, chống thiên tai năm 2024\n\nNội dung quyết định."


@pytest.mark.parametrize(
    "chrome",
    [
        "Cập nhật lúc18:26, Thứ Ba, 29/09/2020 (GMT+7)\n\n",
        "Trang chủ / Tin tức / Tin trong tỉnh\n",
        "11:03, 01/03/2023\n",
        "Thứ Ba, 29/09/2020 10:15 (GMT+7)\nTrang chủ » Văn bản\n\n",
        "Ngày đăng: 12/03/2024\n",
        "18/10/2025 09:24 AM\n\n",
        "Lượt xem: 1234\nIn bài viết | Chia sẻ\n\n",
    ],
)
def test_a_portals_chrome_above_the_title_is_passed_over(chrome: str) -> None:
    own = find_own(chrome + TITLED)
    assert own is not None and (own.number, own.source) == ("119/QĐ-UBND", "title")
    assert own.line == chrome.count("\n") + 1
    assert chrome_end(chrome + TITLED) == len(chrome)


@pytest.mark.parametrize(
    "opening",
    ["Hà Nội, ngày 5 tháng 3 năm 2024\n", "Trang chủ » Văn bản » Quyết định 12/QĐ-UBND\n", "Tin tức 12/3/2024 mới\n"],
)
def test_a_line_with_words_or_a_numbered_crumb_is_no_chrome(opening: str) -> None:
    assert chrome_end(opening + TITLED) == 0


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


@pytest.mark.parametrize("tag", ["(Báo Nghệ An) - ", "TPO - ", "(TN&MT) – ", "VOV.VN - "])
def test_a_leads_source_tag_leaves_the_teaser_its_paragraph(tag: str) -> None:
    text = ("Đến năm 2030, phấn đấu 100% trạm y tế xã đạt chuẩn\n\n" + tag + "Quyết định số 281/QĐ-TTg ban hành Kế "
            "hoạch triển khai thực hiện Chỉ thị số 25-CT/TƯ của Ban Bí thư về y tế cơ sở.")
    result = extract(text, find_own=True)
    assert result.own is not None and result.own.number == "281/QĐ-TTg"
    assert [c.number for c in result.citations] == ["25-CT/TƯ"]  # the page does not cite itself


def test_a_source_tag_is_blanked_in_place() -> None:
    w = "Tiêu đề\n(Chinhphu.vn) - Thủ tướng vừa ký.\nHà Nội - Sáng nay.\n12 - KH/TU"
    assert blank_source_tags(w) == "Tiêu đề\n" + " " * 16 + "Thủ tướng vừa ký.\nHà Nội - Sáng nay.\n12 - KH/TU"


def test_a_typed_number_field_ends_its_line() -> None:
    listed = ("Chế độ phụ cấp của cán bộ xã được áp dụng theo các văn bản sau đây.\nThông tư số: 06/2008/TT-BNV ngày 21 tháng 8 năm 2008 của Bộ Nội vụ hướng dẫn "
              "sửa đổi chế độ phụ cấp.\nQuyết định số: 93/2007/QĐ-TTg về cơ chế một cửa.")
    result = extract(listed, find_own=True)
    assert result.own is None
    assert [c.number for c in result.citations] == ["06/2008/TT-BNV", "93/2007/QĐ-TTg"]
    own = find_own("QUỐC HỘI\n———————-Luật số : 77/2015 / QH13\nLUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG")
    assert own is not None and own.number == "77/2015/QH13"


def test_a_title_the_page_repeats_is_read_once() -> None:
    title = "Đến năm 2030, phấn đấu mỗi trạm y tế có ít nhất một bác sĩ cơ hữu"
    teaser = ("Quyết định số 281/QĐ-TTg ban hành Kế hoạch triển khai thực hiện Chỉ thị số 25-CT/TƯ ngày 25/10/2023 của "
              "Ban Bí thư về y tế cơ sở.")
    result = extract(f"{title}\n\n{title}\n\n{teaser}", find_own=True)
    assert result.own is not None and (result.own.number, result.own.line) == ("281/QĐ-TTg", 5)
    assert [c.number for c in result.citations] == ["25-CT/TƯ"]
    assert repeated_title_end(f"{title}\n\n{title}\n") == len(title) + 2
    assert repeated_title_end(f"{title}\n\nMột tiêu đề khác\n") == 0
