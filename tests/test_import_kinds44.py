"""Thirty-fourth session: a news lead's trích yếu read from the document's number on (pooled over the spent sets:
heldout17 i28, heldout29 ae20, heldout30 af19). Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front

_NEXT = "\n\nCác phòng, ban và UBND các xã, thị trấn có trách nhiệm tổ chức thực hiện nghiêm túc các nội dung trên.\n"


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_number_opening_the_trich_yeu_is_the_documents_own(tmp_path: Path, form: str) -> None:
    page = ("Kiểm tra công tác cải cách hành chính\n\nNgày 12/10, UBND tỉnh ban hành Kế hoạch (KHẨN) số 2207/KH-UBND "
            "về việc kiểm tra công tác cải cách hành chính tại UBND huyện Sìn Hồ." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["number"] == "2207/KH-UBND"
    assert front["type"] == "Kế hoạch"
    assert front["title"] == "về việc kiểm tra công tác cải cách hành chính tại UBND huyện Sìn Hồ"


@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_number_and_nothing_about_the_document_leaves_the_trich_yeu_empty(tmp_path: Path, form: str) -> None:
    page = ("Lễ hội mùa xuân\n\nNội dung trên được nêu trong Chỉ thị số 31/CT-UBND được Chủ tịch UBND tỉnh Lê Văn "
            "Hùng vừa ký và ban hành." + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["number"] == "31/CT-UBND"
    assert front["type"] == "Chỉ thị"
    assert front["title"] == ""


@pytest.mark.parametrize("form", ("txt", "html"))
def test_a_purpose_after_the_number_is_no_trich_yeu(tmp_path: Path, form: str) -> None:
    page = ("Xây dựng lực lượng xung kích\n\n   Thực hiện công văn số 211/PCTT ngày 13/8/2024 của Ban chỉ huy PCTT và "
            "TKCN tỉnh về việc củng cố lực lượng xung kích cấp xã. Ngày 23/8/2024, UBND huyện đã ban hành công văn "
            "số 3188 /UBND-NN để triển khai thực hiện và có ý kiến như sau:" + _NEXT)
    front = imported_front(tmp_path, page, form)
    assert front["number"] == "3188/UBND-NN"
    assert front["title"] == ""


def test_a_trich_yeu_naming_a_number_later_keeps_it(tmp_path: Path) -> None:
    page = ("Triển khai Công văn của tỉnh\n\nNgày 12/10/2024, UBND tỉnh ban hành Kế hoạch số 2208/KH-UBND về việc "
            "triển khai Công văn số 118/BNN-TY của Bộ Nông nghiệp và Phát triển nông thôn." + _NEXT)
    front = imported_front(tmp_path, page, "txt")
    assert front["number"] == "2208/KH-UBND"
    assert front["title"] == "về việc triển khai Công văn số 118/BNN-TY của Bộ Nông nghiệp và Phát triển nông thôn"


# a Word copy's first bold line of a page without a header (pooled: heldout9 y06, heldout11 a19, heldout17 i34,
# heldout18 j27, heldout19 k22, heldout20 l16, heldout24 o21, heldout27 ac12 ac17, heldout30 af24 and 20 more taken
# wrong, none right)
def _bold_first_line(tmp_path: Path, headline: str, lead: str) -> dict[str, object]:
    import yaml
    from docx import Document

    from vanban.importer.command import run_import

    source = tmp_path / "ban-sao.docx"
    document = Document()
    document.add_paragraph().add_run(headline).bold = True
    document.add_paragraph(lead)
    document.add_paragraph(_NEXT.strip())
    document.save(str(source))
    run_import([str(source)], str(tmp_path / "content"), full=False)
    written = list((tmp_path / "content").rglob("*.md"))
    assert len(written) == 1
    return yaml.safe_load(written[0].read_text("utf-8").split("---\n")[1])  # type: ignore[no-any-return]


def test_a_bold_headline_of_a_page_without_a_header_is_no_trich_yeu(tmp_path: Path) -> None:
    front = _bold_first_line(tmp_path, "Chủ động phòng, chống dịch sốt xuất huyết trong trường học",
                             "Thực hiện Công văn số 1734/UBND-YT ngày 12/8/2024 của UBND huyện về việc phòng, chống "
                             "dịch sốt xuất huyết; Phòng GDĐT yêu cầu các trường mầm non, tiểu học, THCS tiếp tục thực "
                             "hiện nghiêm các chỉ đạo của cấp trên.")
    assert front["title"] == ""


def test_a_lead_naming_the_document_still_gives_the_trich_yeu_under_a_bold_headline(tmp_path: Path) -> None:
    front = _bold_first_line(tmp_path, "Huyện Lục Nam sẵn sàng ứng phó với bão số 5",
                             "Ngày 9/8/2024, UBND huyện Lục Nam ban hành Công điện số 12/CĐ-UBND về việc chủ động ứng "
                             "phó với bão số 5.")
    assert front["number"] == "12/CĐ-UBND"
    assert front["title"] == "về việc chủ động ứng phó với bão số 5"
