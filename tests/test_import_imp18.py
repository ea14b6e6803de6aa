"""Pages without a header and flattened copies, kinds the spent heldout15 showed (eighteenth session).

Each test writes the kind small with made-up names and checks what a clerk gets; every value read where no header
gives it is reported as unsure.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.record_table import central_body
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title"))


def test_a_record_table_flattened_names_its_one_document() -> None:
    """f29: a label row without separators, rows read by shape; a number cut short in one row is the same one; the
    Government's code names its issuer; an empty trích yếu column gives none."""
    result = _result("Số ký hiệu Ngày ban hành Loại văn bản Trích yếu\n56/2017 19/05/2017 Nghị định\n"
                     "56/ 2017/ NĐ - CP 19/05/2017 Nghị định\n")
    assert _five(result) == ("56/2017/NĐ-CP", "Nghị định", "Chính phủ", "2017-05-19", "")
    assert {"number", "type", "issuer", "date"} <= {k for k, _ in result.unsure}


def test_a_record_table_wrapped_by_a_pdf_and_with_a_title_column() -> None:
    result = _result("Số ký hiệu Ngày ban hành\nLoại văn bản Trích yếu\n"
                     "12/KH-UBND 03/02/2024 Kế hoạch Tổ chức Tết trồng cây năm 2024\n")
    assert _five(result) == ("12/KH-UBND", "Kế hoạch", "", "2024-02-03", "Tổ chức Tết trồng cây năm 2024")


def test_a_list_of_several_documents_names_none() -> None:
    result = _result("Số ký hiệu Ngày ban hành Loại văn bản Trích yếu\n12/KH-UBND 03/02/2024 Kế hoạch\n"
                     "15/QĐ-UBND 09/02/2024 Quyết định\n")
    assert _five(result)[:4] == ("", "", "", "")


def test_a_validity_history_names_its_document_in_its_caption_and_dates_it_by_the_issued_row() -> None:
    """f31: the caption's document, the day of "Văn bản được ban hành"; the amending and replacing rows are cited."""
    result = _result("• Ngày có hiệu lực: 20/08/2014\nLịch sử hiệu lực: Quyết định 41/2014/QĐ-UBND\n"
                     "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n10/08/2014 Văn bản được ban hành 41/2014/QĐ-UBND\n"
                     "20/08/2014 Văn bản có hiệu lực 41/2014/QĐ-UBND\n01/03/2016 Bị thay thế 07/2016/QĐ-UBND\n")
    assert _five(result) == ("41/2014/QĐ-UBND", "Quyết định", "", "2014-08-10", "")


def test_only_one_central_bodys_code_names_an_issuer() -> None:
    assert central_body("56/2015/NĐ-CP") == "Chính phủ"
    assert central_body("131/QĐ-TTg") == "Thủ tướng Chính phủ"
    assert central_body("72/2025/QH15") == "Quốc hội"
    assert central_body("21/KH-UBND") == ""
    assert central_body("12/2020/TT-BGDĐT") == ""
