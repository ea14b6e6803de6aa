"""An imported body is Markdown: `vanban import` escapes an item's marker ("1\\.") and special characters
("TH\\&THCS" stays, "\\*", "\\[") so the site shows the text as copied.  The citations read there must be those of
the copied text (heldout8 x07: an item "1\\. Các đơn vị tiếp tục thực hiện nghiêm Công điện số …" read as a
mention, "1. …" as a basis), on the fast extractor and on its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS
from vanban.importer.lines import escape

RAW = (
    "Kính gửi: Hiệu trưởng các trường MN, TH, THCS và TH&THCS\n"
    "Do tình trạng ngập lụt nghiêm trọng. Phòng GD&ĐT yêu cầu:\n"
    "1. Các đơn vị tiếp tục thực hiện nghiêm Công điện số 14/CĐ-UBND ngày 15/10/2020 của Chủ tịch UBND tỉnh "
    "và Công điện số 07/CĐ-SGDĐT ngày 14/10/2020 của Giám đốc Sở [*] Giáo dục.\n"
    "2) Cho học sinh nghỉ học.\n"
)


def test_escaping_changes_no_citation(extractor: Extractor) -> None:
    body = "\n\n".join(escape(line) for line in RAW.splitlines())
    assert "1\\. Các đơn vị" in body and "\\[" in body  # what the importer writes
    raw = relations(extractor(RAW, find_own=True))
    assert raw == {"14/CĐ-UBND": IMPLEMENTS, "07/CĐ-SGDĐT": IMPLEMENTS}
    assert relations(extractor(body, find_own=True)) == raw


@pytest.mark.parametrize("text", ["1\\. Thực hiện", "  12\\) Căn cứ", "a \\* b \\[c\\] d\\_e", "Số 5\\-KH"])
def test_the_working_copy_keeps_its_length(extractor: Extractor, text: str) -> None:
    from vanban.citations.reference import reference_working_copy
    from vanban.citations.vocabulary import working_copy

    assert len(working_copy(text)) == len(text)
    assert working_copy(text) == reference_working_copy(text)
    assert "\\" not in working_copy(text)


def test_what_the_importer_never_escapes_is_left() -> None:
    from vanban.citations.vocabulary import working_copy

    assert working_copy("Nghị quyết 57-NQ\\/TW") == "Nghị quyết 57-NQ\\/TW"  # a JSON string pasted as text
