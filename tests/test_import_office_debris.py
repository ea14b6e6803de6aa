"""Word's hidden styling and an embedded image's bytes, spilled into a copied page's text, are left out of the
imported body and reported (vanban.importer.office_debris); the document's own lines stay. The pages are written
for the test: other languages' style lines, Word's CSS, an image with its data: prefix."""

from __future__ import annotations

import base64
from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.office_debris import office_debris


def _import(text: str) -> tuple[str, list[str]]:
    result = analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))
    return result.body, result.notes


PAGE = """Ngày 12/5/2019, Ủy ban nhân dân huyện Gia Lâm ban hành Kế hoạch số 88/KH-UBND về việc phòng, chống dịch tả lợn châu Phi.

Normal 0 false false false VI X-NONE X-NONE MicrosoftInternetExplorer4

/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0;}

Các xã, thị trấn tổ chức tiêu hủy lợn bệnh theo đúng quy định.
"""


def test_word_styling_and_an_embedded_image_are_left_out_and_reported() -> None:
    blob = "data:image/png;base64," + base64.b64encode(bytes(range(256)) * 2).decode()
    body, notes = _import(PAGE + "\n" + blob + "\n")
    assert "X-NONE" not in body and "MsoNormalTable" not in body and "base64" not in body
    assert "Các xã, thị trấn tổ chức tiêu hủy lợn bệnh" in body
    assert any(note.startswith("bỏ 3 dòng không phải chữ của văn bản") for note in notes)


def test_the_documents_own_lines_are_never_debris() -> None:
    """The mirror: sentences, numbers, addresses and a long code with its punctuation stay."""
    for line in ("Normal", "Chế độ Normal 0 không áp dụng cho văn bản này.", "Số: 88/KH-UBND",
                 "https://example.vn/van-ban/2019/88-kh-ubnd?id=" + "a" * 220,
                 "Các xã, thị trấn tổ chức tiêu hủy lợn bệnh theo đúng quy định.", "A" * 120):
        assert not office_debris(line), line
