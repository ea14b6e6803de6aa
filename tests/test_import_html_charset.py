"""A saved portal page whose bytes declare no encoding (the portal said it in its HTTP header, which "Lưu trang"
does not keep) is read as the UTF-8 it is, not as Latin-1 mojibake."""

from __future__ import annotations

from vanban.importer.readers.html import read_html_source

PAGE = ("<html><body><p>ỦY BAN NHÂN DÂN XÃ AN PHÚ</p><p>Số: 12/KH-UBND</p><h1>KẾ HOẠCH</h1>"
        "<p>Thực hiện Kế hoạch số 5/KH-UBND</p></body></html>")


def _text(source: bytes | str) -> str:
    return "\n".join(getattr(block, "text", "") for block in read_html_source(source))


def test_undeclared_utf8_bytes_are_read_as_utf8() -> None:
    text = _text(PAGE.encode("utf-8"))
    assert "KẾ HOẠCH" in text and "ỦY BAN NHÂN DÂN XÃ AN PHÚ" in text
    assert "áº" not in text and "\x91" not in text


def test_a_declared_encoding_is_still_obeyed() -> None:
    # bytes that are valid UTF-8 ("é") but declared windows-1252: the page's own declaration wins ("Ã©")
    declared = '<html><head><meta charset="windows-1252"></head><body><p>caf\xc3\xa9</p></body></html>'
    assert "cafÃ©" in _text(declared.encode("latin-1"))


def test_bytes_that_are_not_utf8_are_left_to_libxml2() -> None:
    latin = "<html><body><p>caf\xe9 n\xb0 5</p></body></html>".encode("latin-1")
    assert "café" in _text(latin)
