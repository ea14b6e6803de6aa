"""A refused original says why in Vietnamese words a clerk can act on, never a library's exception class."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from vanban.importer.lines import ImportFailed
from vanban.importer.readers.ocr import read_image
from vanban.importer.readers.word import read_docx

_CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Error|File|Exception)?\b")  # BadZipFile, KeyError …


def _refusal(read, path: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFailed) as caught:
        read(path)
    message = str(caught.value)
    assert not _CLASS_NAME.search(message), message
    return message


def test_word_refusals_name_the_cause(tmp_path: Path) -> None:
    old_doc = tmp_path / "cu.docx"
    old_doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # a Word 97 .doc renamed
    assert ".doc cũ" in _refusal(read_docx, old_doc)  # refused by the archive check before python-docx
    no_body = tmp_path / "thieu.docx"
    with zipfile.ZipFile(no_body, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')
    message = _refusal(read_docx, no_body)
    assert message.startswith("tệp Word hỏng, không đọc được (") and "mở bằng Word rồi lưu lại" in message


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def test_image_refusals_name_the_cause(tmp_path: Path) -> None:
    huge = tmp_path / "lon.png"
    huge.write_bytes(_png(40_000, 40_000))  # 1.6 billion pixels declared in a few bytes
    assert "ảnh quá lớn (quá 60.000.000 điểm ảnh)" in _refusal(read_image, huge)
    broken = tmp_path / "hong.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    assert "tệp ảnh hỏng hoặc không phải ảnh" in _refusal(read_image, broken)
