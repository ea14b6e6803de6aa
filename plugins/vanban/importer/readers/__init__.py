"""Readers: each turns one kind of original into the same list of lines with layout hints."""

from __future__ import annotations

from pathlib import Path

from ..lines import Block, ImportFailed
from .plain import read_text_lines
from .word import read_docx

SUPPORTED = (".docx", ".txt", ".md")


def read_blocks(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix in (".txt", ".md"):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed("tệp văn bản không phải mã UTF-8: hãy lưu lại với mã hóa UTF-8") from None
        return read_text_lines(text, markdown_source=suffix == ".md")
    raise ImportFailed(f"không hỗ trợ định dạng {suffix or '(không có đuôi)'}: chỉ nhận .docx, .txt, .md")
