"""The kinds of own-number case heldout10 taught (scored untuned at the end of the twelfth session, then spent), one
test per kind on small written examples (not its passages), each run on the fast extractor and on its plain reference;
and one through ``vanban refs`` (its JSON), as editors see it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS


def test_a_lead_after_sentences_giving_its_reason_names_the_page(extractor: Extractor) -> None:
    text = (
        "Kế hoạch tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2024\n\n"
        "Hưởng ứng Ngày hội đại đoàn kết toàn dân tộc năm 2024 do Ủy ban Trung ương Mặt trận phát động. Để tổ chức "
        "tốt ngày hội ở các thôn. Ngày 02/10/2024, Ủy ban nhân dân xã đã ban hành Kế hoạch số 88/KH-UBND để triển khai "
        "thực hiện.\n\nTheo đó, các thôn tổ chức ngày hội trước 18/11."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "88/KH-UBND"
    assert relations(got) == {}
    # a sentence before the lead that is no reason: the article narrates, the lead is another body's document
    narrative = (
        "Nhìn lại chặng đường phát triển của tỉnh\n\n"
        "Năm 2020, tỉnh đạt nhiều kết quả nổi bật. Ngày 02/10/2024, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số "
        "88/KH-UBND về chuyển đổi số."
    )
    narrated = extractor(narrative, find_own=True)
    assert own_number(narrated) is None
    assert relations(narrated) == {"88/KH-UBND": MENTIONS}


def test_a_lead_closed_by_its_bracketed_number_names_the_page(extractor: Extractor) -> None:
    text = (
        "Đôn đốc thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ\n\n"
        "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh đôn đốc thực hiện Chỉ thị số 12/CT-TTg "
        "của Thủ tướng Chính phủ về phòng, chống thiên tai (Công văn số 1234/VP-KT, ngày 8/6/2023).\n\n"
        "Các sở, ngành triển khai thực hiện nghiêm túc."
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1234/VP-KT"
    assert "1234/VP-KT" not in relations(got)
    # a bracket restating a number the paragraph names is a short form of it, not the page's
    restated = (
        "Tin hoạt động\n\nUBND xã triển khai Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về một cửa "
        "(Nghị định số 118/2025/NĐ-CP).\n"
    )
    assert own_number(extractor(restated, find_own=True)) is None


def test_a_paragraph_opening_with_the_document_and_a_comma_presents_it(extractor: Extractor) -> None:
    text = (
        "Chủ động phòng, chống dịch bệnh trên đàn gia súc\n\n"
        "Chủ động phòng, chống dịch bệnh trên đàn gia súc\n\n"
        "Tại Công văn số 321/UBND-KT, ban hành ngày 15/6, UBND tỉnh yêu cầu các sở, ngành thực hiện Chỉ thị số "
        "16/CT-TTg của Thủ tướng Chính phủ.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "321/UBND-KT"
    assert "321/UBND-KT" not in relations(got)
    # several paragraphs opening so: a news item about several documents, none of them the page's
    several = (
        "Thành lập các đảng bộ mới\n\n"
        "Tại Quyết định số 327-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh A.\n\n"
        "Tại Quyết định số 326-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh B.\n"
    )
    assert own_number(extractor(several, find_own=True)) is None


def test_a_headline_above_an_unnumbered_lead_leaves_its_items_alone(extractor: Extractor) -> None:
    text = (
        "Chỉ đạo, điều hành của Chính phủ ngày 9/7/2025\n"
        "Văn phòng Chính phủ vừa có Thông cáo báo chí chỉ đạo, điều hành của Chính phủ ngày 9/7/2025.\n"
        "Khắc phục hậu quả tai nạn giao thông\n"
        "Phó Thủ tướng vừa ký Công điện số 106/CĐ-TTg ngày 9/7/2025 về khắc phục hậu quả vụ tai nạn.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"106/CĐ-TTg": MENTIONS}


def test_the_own_number_written_with_other_separators_is_the_page(extractor: Extractor) -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 197/2005/QĐ-BNN-KL | Hà Nội, ngày 27 tháng 01 năm 2005 |\n"
        "Căn cứ Nghị định số 86/2003/NĐ-CP ngày 18/7/2003 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này bản Hướng dẫn.\n"
        "HƯỚNG DẪN\n(Ban hành kèm theo Quyết định số: 197/2005/QĐ/BNN-KL ngày 27 tháng 1 năm 2005)\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "197/2005/QĐ-BNN-KL"
    assert relations(got) == {"86/2003/NĐ-CP": IMPLEMENTS}


def test_refs_reports_a_reasoned_lead_as_self_not_a_citation(tmp_path: Path) -> None:
    page = tmp_path / "tin.txt"
    page.write_text(
        "Hướng dẫn vận hành Trung tâm Phục vụ hành chính công cấp xã\n\n"
        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 474/UBND-VP7 ngày 18/6/2025. Để đảm bảo thống nhất trên "
        "phạm vi toàn tỉnh. Văn phòng UBND tỉnh ban hành văn bản số 986/VPUBND-PVHCC hướng dẫn UBND các xã.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "vanban.cli", "refs", str(page)], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)
    assert report[0]["self"] == {"number": "986/VPUBND-PVHCC", "line": 3, "source": "lead"}
    assert [(c["number"], c["relation"]) for c in report[0]["citations"]] == [("474/UBND-VP7", IMPLEMENTS)]


def test_a_tag_page_listing_several_items_has_no_own_number(extractor: Extractor) -> None:
    text = (
        "Phát động phong trào thi đua năm 2024\n\nPhát động phong trào thi đua năm 2024\n\n"
        "Thủ tướng Chính phủ vừa ký ban hành Chỉ thị 15/CT-TTg ngày 2/5/2024 về phát động phong trào thi đua.\n"
        "Khen thưởng các tập thể tiêu biểu\n\nKhen thưởng các tập thể tiêu biểu\n\n"
        "Nhiều tập thể được khen thưởng trong năm qua.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"15/CT-TTg": MENTIONS}
    # one item shown twice (a search page with one result) still presents its document
    one = text.split("Khen thưởng")[0]
    assert own_number(extractor(one, find_own=True)) == "15/CT-TTg"


def test_a_lead_under_a_numbered_item_is_a_reports_narrative(extractor: Extractor) -> None:
    text = (
        "Kết quả thực hiện Chương trình xây dựng nông thôn mới 6 tháng đầu năm\n"
        "1. Công tác chỉ đạo,\nđiều hành\n"
        "Tỉnh ủy ban hành Đề án giai đoạn 2016-2020; Ban Thường vụ Tỉnh ủy ban hành kết luận số 71-KL/TU ngày 24/3/2016\n"
        "về cơ chế hỗ trợ thực hiện Chương trình.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"71-KL/TU": MENTIONS}


def test_a_question_and_answer_page_has_no_own_number_from_its_answer(extractor: Extractor) -> None:
    text = (
        "Căn cứ vào quy định của Luật Bầu cử, Quốc hội đã ban hành Nghị quyết số 199/2025/QH15 ngày 21/5/2025 quyết "
        "định ngày bầu cử.\n\nCách thức ghi số thẻ cử tri theo danh sách cử tri?\n\nSố thẻ cử tri được ghi theo số "
        "thứ tự trong danh sách cử tri.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "199/2025/QH15" in relations(got)


def test_an_english_lead_names_the_page(extractor: Extractor) -> None:
    text = (
        "On September 26, the Hanoi People's Committee issued Plan No. 263/KH-UBND on disseminating the "
        "implementation of Resolution No. 68-NQ/TW of the Politburo on private economic development.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "263/KH-UBND"
    assert "263/KH-UBND" not in relations(got)


def test_a_capitals_heading_glued_to_its_number_is_the_header(extractor: Extractor) -> None:
    text = (
        "1 Điều 1. Phạm vi điều chỉnh\n2 Điều 2. Hiệu lực thi hành\nTRA CỨU VĂN BẢN |\n"
        "QUYẾT\nĐỊNH12/2019/QĐ-UBND\nNgày 05 tháng 3 năm 2019\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "12/2019/QĐ-UBND"
    assert relations(got) == {"34/2016/NĐ-CP": IMPLEMENTS}
    # a heading in capitals going on after the number is a title naming another document, not the header
    other = "Tin tức tổng hợp\nNGHỊ QUYẾT 57-NQ/TW VỀ CHUYỂN ĐỔI SỐ ĐƯỢC TRIỂN KHAI\nBài viết về chuyển đổi số.\n"
    assert own_number(extractor(other, find_own=True)) is None


def test_a_lead_whose_document_is_one_of_a_list_names_no_own_number(extractor: Extractor) -> None:
    """A lead naming one item of a list (a semicolon and the next document, or "trong đó có …") tells of several
    documents: none is the page's own, each is a citation (heldout11's kind, on written examples)."""
    listed = (
        "Hội nghị sơ kết công tác chuyển đổi số\n\n"
        "Thời gian qua, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 15/KH-UBND ngày 02/3/2025 về chuyển đổi số năm "
        "2025; Kế hoạch số 22/KH-UBND ngày 10/3/2025 về phát triển dữ liệu số; Kế hoạch số 31/KH-UBND ngày 20/3/2025 "
        "về an toàn thông tin mạng.\n\nCác đại biểu đã thảo luận về những khó khăn, vướng mắc."
    )
    got = extractor(listed, find_own=True)
    assert own_number(got) is None
    assert set(relations(got)) == {"15/KH-UBND", "22/KH-UBND", "31/KH-UBND"}
    member = (
        "Phát hành tài liệu tuyên truyền về công tác dân số\n\n"
        "Cuốn tài liệu tập hợp 5 văn bản của tỉnh, trong đó có Chương trình hành động số 45-CTr/TU ngày 12/4/2018 "
        "của Ban Chấp hành Đảng bộ tỉnh về công tác dân số trong tình hình mới."
    )
    got = extractor(member, find_own=True)
    assert own_number(got) is None
    assert set(relations(got)) == {"45-CTr/TU"}
    # one document alone is still the page's own
    alone = ("Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 15/KH-UBND ngày 02/3/2025 về chuyển đổi số năm 2025, "
             "giao các sở triển khai.")
    assert own_number(extractor(alone, find_own=True)) == "15/KH-UBND"
