"""Relations that survive a copy's layout (eighteenth session, scripts/citation_robustness.py's wrap and heading
dressings), run on the fast extractor and its plain reference.

A list of bases stays a list of bases when the copy pastes its numbered heading onto the title line above it, and when
a hard wrap parts a heading that runs on with its list ("I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định …; - …") from the lines
that continue it.
"""

from __future__ import annotations

import textwrap

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

BASES = (
    "1. Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số;\n"
    "2. Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới.\n"
)
TITLE = "KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025"
FLAT = (
    "I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương "
    "trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030; - Quyết định số 942/QĐ-TTg ngày 15/6/2021 của "
    "Thủ tướng Chính phủ về phê duyệt Chiến lược phát triển Chính phủ điện tử giai đoạn 2021-2025; - Nghị quyết số "
    "05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.\n"
    "II. MỤC ĐÍCH\nNâng cao nhận thức về chuyển đổi số.\n"
)
FLAT_NUMBERS = ("749/QĐ-TTg", "942/QĐ-TTg", "05-NQ/TU")


@pytest.mark.parametrize("joint", ["\n", " "])
def test_a_numbered_heading_of_bases_pasted_onto_the_title_still_opens_the_list(extractor: Extractor, joint: str) -> None:
    text = TITLE + joint + "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n" + BASES
    assert relations(extractor(text)) == {"924/QĐ-TTg": IMPLEMENTS, "05-NQ/TU": IMPLEMENTS}


def test_a_title_naming_a_base_word_opens_no_list(extractor: Extractor) -> None:
    text = "KẾ HOẠCH NÂNG CẤP CƠ SỞ VẬT CHẤT TRƯỜNG HỌC NĂM 2024\nTheo Quyết định số 924/QĐ-TTg ngày 22/8/2022, các xã báo cáo.\n"
    assert relations(extractor(text)) == {"924/QĐ-TTg": MENTIONS}


@pytest.mark.parametrize("width", [0, 60, 75, 90])
def test_a_flattened_list_of_bases_survives_a_hard_wrap(extractor: Extractor, width: int) -> None:
    text = "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if width and line else line
                     for line in FLAT.split("\n"))
    assert relations(extractor(text)) == dict.fromkeys(FLAT_NUMBERS, IMPLEMENTS)


def test_a_short_sentence_case_heading_still_ends_at_its_line(extractor: Extractor) -> None:
    text = "II. Nhiệm vụ trọng tâm\nCác phòng ban theo dõi Kế hoạch số 12/KH-UBND ngày 2/3/2024 của UBND tỉnh.\n"
    assert relations(extractor(text)) == {"12/KH-UBND": MENTIONS}



@pytest.mark.parametrize("indent", ["", "  ", " " * 4, " " * 8])
def test_an_indented_copy_reads_as_the_flush_one(extractor: Extractor, indent: str) -> None:
    """Every line indented alike: a wrap between "số" and its number, or inside a type word, joins as it does flush."""
    lines = [
        "Ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành động số",
        "34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ cụ thể. Tiếp tục thực hiện nghiêm Chỉ",
        "thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về công tác phòng chống tham nhũng.",
    ]
    extraction = extractor("\n".join(indent + line for line in lines) + "\n")
    assert {(c.number, c.type, c.relation) for c in extraction.citations} == {
        ("34/CTr-UBND", "Chương trình hành động", MENTIONS),
        ("12-CT/TW", "Chỉ thị", IMPLEMENTS),
    }


@pytest.mark.parametrize("joint", [" ", "\n", ": ", ":\n"])
def test_a_cut_cue_whose_number_a_wrap_parted_from_so_still_heads_its_clause(extractor: Extractor, joint: str) -> None:
    """A sharing site's cut cue ("Căn định số", "Thực cơng văn số": .truncated) survives a PDF's wrap after "số"."""
    text = (f"KẾ HOẠCH HOẠT ĐỘNG NĂM HỌC 2016 - 2017 Căn định số{joint}4458/QĐ-BGDĐT ngày 22 tháng năm 2007 Bộ GD-ĐT "
            f"việc ban hành quy định xây dựng trường học an tồn; Thực cơng văn số{joint}4624/GDĐT-HSSV ngày 31/12/2014 "
            "Sở Giáo dục tăng cường biện pháp đảm bảo an toàn trường học;\n")
    assert relations(extractor(text)) == {"4458/QĐ-BGDĐT": IMPLEMENTS, "4624/GDĐT-HSSV": IMPLEMENTS}
