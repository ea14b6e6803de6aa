"""The kinds of own-number case heldout13 taught (scored untuned at the end of the fifteenth session, then spent): pages
about one document that give its number in a form the header, attached and lead rules did not read. One test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference; and one
through ``vanban refs`` (its JSON "self"), as editors see it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

LAW_BODY = (
    "LUẬT\nTỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n"
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    "Quốc hội ban hành Luật tổ chức chính quyền địa phương.\n"
    "Điều 143. Luật số 77/2015/QH13 có hiệu lực từ ngày 01 tháng 01 năm 2016; Luật số 11/2003/QH11 hết hiệu lực.\n"
)


@pytest.mark.parametrize("field", ["———————-Luật số : 77/2015 / QH13", "Luật số: 77/2015/QH13", "| Luật số: 77/2015/QH13 |"])
def test_a_laws_typed_number_field_is_its_header(extractor: Extractor, field: str) -> None:
    got = extractor(f"QUỐC HỘI\n\n{field}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n{LAW_BODY}", find_own=True)
    assert own_number(got) == "77/2015/QH13"
    assert relations(got) == {"11/2003/QH11": MENTIONS}


def test_a_typed_field_inside_a_line_of_a_listing_is_another_documents(extractor: Extractor) -> None:
    text = (
        "Danh mục tài liệu ôn tập môn văn thư\n"
        "  2. QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ___ Độc lập - Tự do - Hạnh phúc ___ Luật số: 01/2011/QH13 LUẬT"
        " LƯU TRỮ\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"01/2011/QH13": MENTIONS}


@pytest.mark.parametrize("label", ["Kèm theo", "Ban hành theo", "Ban hành kèm theo"])
def test_the_heading_of_a_document_issued_with_a_decision_names_the_page(extractor: Extractor, label: str) -> None:
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 12/NQ-CP của Chính phủ\n"
        f"({label} Quyết định số 1053/QĐ-BVHTTDL ngày 28 tháng 3 năm 2011 của Bộ trưởng)\n\n"
        "I. MỤC TIÊU\nTriển khai Nghị quyết số 12/NQ-CP.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1053/QĐ-BVHTTDL"
    assert set(relations(got)) == {"12/NQ-CP"}


def test_a_first_line_giving_a_number_alone_is_the_pages_record(extractor: Extractor) -> None:
    text = (
        "4360/BVHTTDL-VP\n\nVề việc treo cờ rủ\n\n"
        "Thực hiện Công văn số 123/VPCP-KGVX ngày 2/10/2013 của Văn phòng Chính phủ, Bộ đề nghị các đơn vị treo cờ rủ."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "4360/BVHTTDL-VP"
    assert relations(got) == {"123/VPCP-KGVX": IMPLEMENTS}
    # a date alone on the first line is no number
    dated = extractor("15/05/2025\n\nHội nghị quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị.", find_own=True)
    assert own_number(dated) is None


def test_the_same_number_spelt_otherwise_in_the_attached_heading_is_no_citation(extractor: Extractor) -> None:
    text = (
        "1053/QĐ-BVHTTDL\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG của Bộ\n\n"
        "(Ban hành theo Quyết định số 1053/QĐ-BVBTTDL ngày 28 tháng 3 năm 2011 của Bộ trưởng)\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1053/QĐ-BVBTTDL"
    assert relations(got) == {}


def test_refs_reports_a_passive_lead_of_a_document_just_issued_as_self(tmp_path: Path) -> None:
    page = tmp_path / "tin.txt"
    page.write_text(
        "Phê duyệt Kế hoạch tuyên truyền năm 2015\n\n"
        "(Cinet)- Định hướng thông tin là nội dung chính trong Kế hoạch tuyên truyền năm 2015 vừa được Bộ VHTTDL phê "
        "duyệt tại Quyết định số 4368/QĐ-BVHTTDL.\n"
        "Theo đó, kế hoạch tuyên truyền Chương trình hành động thực hiện Nghị quyết số 33-NQ/TW ngày 09/6/2014.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "vanban.cli", "refs", str(page)], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)
    assert report[0]["self"] == {"number": "4368/QĐ-BVHTTDL", "line": 3, "source": "lead"}
    assert [c["number"] for c in report[0]["citations"]] == ["33-NQ/TW"]


def test_a_passive_retelling_without_just_is_no_lead(extractor: Extractor) -> None:
    text = (
        "Chương trình OCOP sau 5 năm\n\n"
        "Chương trình mỗi xã một sản phẩm được Thủ tướng Chính phủ phê duyệt theo Quyết định số 490/QĐ-TTg ngày "
        "07/5/2018. Chương trình đã được triển khai rộng khắp.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert set(relations(got)) == {"490/QĐ-TTg"}


TREE_TITLE = "Về việc phối hợp triển khai công tác trồng cây nhân dân năm 2023\n\n"
TREE_BODY = (
    "\n\nThực hiện Quyết định số 2899/QĐ-UBND ngày 12/12/2022 của UBND tỉnh về giao chỉ tiêu, Sở đề nghị các huyện "
    "phối hợp."
)


def test_a_record_line_repeating_the_pages_title_names_the_page(extractor: Extractor) -> None:
    record = (
        "Công văn số 1639/SNN-CCKL ngày 23/10/2023 của Sở Nông nghiệp và PTNT tỉnh Hưng Yên Về việc phối hợp triển khai "
        "công tác trồng cây nhân dân năm 2023."
    )
    got = extractor(TREE_TITLE + record + TREE_BODY, find_own=True)
    assert own_number(got) == "1639/SNN-CCKL"
    assert relations(got) == {"2899/QĐ-UBND": IMPLEMENTS}
    # a record line about another subject is another document's
    other = record.replace("Về việc phối hợp triển khai công tác trồng cây nhân dân năm 2023", "về việc giao chỉ tiêu 2024")
    got = extractor(TREE_TITLE + other + TREE_BODY, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"1639/SNN-CCKL": MENTIONS, "2899/QĐ-UBND": IMPLEMENTS}


def test_a_lead_after_another_issued_document_of_its_sentence_is_a_lists_item(extractor: Extractor) -> None:
    text = (
        "Hội nghị phát triển tổ chức đảng trong doanh nghiệp tư nhân\n\n"
        "Phát biểu tại Hội nghị, đồng chí Trần Văn An cho biết: Tỉnh ủy đã ban hành Đề án 5155 về “Phát triển tổ chức "
        "đảng trong doanh nghiệp”; năm 2020 ban hành Kết luận số 189-KL/TU về “Tiếp tục thực hiện Đề án”."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"189-KL/TU": MENTIONS}
    # the same document alone in its lead is the page's
    alone = (
        "Hội nghị phát triển tổ chức đảng trong doanh nghiệp tư nhân\n\n"
        "Ngày 5/3/2020, Tỉnh ủy ban hành Kết luận số 189-KL/TU về “Tiếp tục thực hiện Đề án phát triển tổ chức đảng”."
    )
    assert own_number(extractor(alone, find_own=True)) == "189-KL/TU"
