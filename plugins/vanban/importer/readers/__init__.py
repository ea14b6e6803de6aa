"""Readers: each turns one kind of original into the same list of lines with layout hints."""

from __future__ import annotations

from pathlib import Path

from ...inventory import NotRegular, read_regular
from ..lines import Block, ImportFailed
from .plain import read_text_lines

IMAGES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUPPORTED = (".docx", ".pdf", ".html", ".htm", ".txt", ".md", *IMAGES)
MAX_TEXT_BYTES = 20 * 1024 * 1024


def read_bounded(path: Path, what: str) -> bytes:
    """The bytes of *path*, read through one descriptor that is a regular file under the size limit:
    a file swapped for a FIFO or a link after it was listed fails at once instead of hanging."""
    try:
        return read_regular(path, MAX_TEXT_BYTES)
    except NotRegular as exc:
        if str(exc).endswith("too large"):
            raise ImportFailed(f"{what} quá lớn (trên {MAX_TEXT_BYTES // (1024 * 1024)} MB)") from None
        raise ImportFailed("không phải tệp thường (liên kết, FIFO…): không đọc — chép tệp thật vào đây") from None


def read_blocks(path: Path) -> list[Block]:
    """The lines of *path*; ImportFailed with one Vietnamese reason when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from .word import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        from .pdf import read_pdf

        return read_pdf(path)
    if suffix in (".html", ".htm"):
        from .html import read_html_source

        return read_html_source(read_bounded(path, "trang HTML"))
    if suffix in IMAGES:
        from .ocr import read_image

        return read_image(path)
    if suffix in (".txt", ".md"):
        raw = read_bounded(path, "tệp văn bản")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed("tệp văn bản không phải mã UTF-8: hãy lưu lại với mã hóa UTF-8") from None
        if suffix == ".txt":
            from .html import is_markup, read_html_source, without_fragments

            if is_markup(text):  # a page's source saved as text: its markup is no part of the document
                return read_html_source(text)
            text = without_fragments(text)  # pieces of it left in a copied text
        return read_text_lines(text, markdown_source=suffix == ".md")
    if suffix == ".doc":
        raise ImportFailed("tệp Word cũ (.doc): mở bằng Word rồi lưu lại dạng .docx")
    raise ImportFailed(f"không hỗ trợ định dạng {suffix or '(không có đuôi)'}: nhận {', '.join(SUPPORTED)}")
