"""PDF through pypdfium2 (PDFium, the engine of Chromium's viewer): its text layer with positions.

pypdfium2 rather than pdfplumber: one maintained wheel with no other dependency, fast on long
files, and it both reads the text layer (with each run's box, which keeps the reading order of a
two-column header, see ``layout``) and renders pages to images for OCR when a PDF is a scan.
An encrypted or broken PDF is one Vietnamese line; a PDF without a text layer goes to OCR.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..lines import Block, ImportFailed
from .layout import Box, blocks_from_pages

MAX_PAGES = 300
MIN_CHARS_PER_PAGE = 40  # fewer letters than this on average: a scanned page


def _open(path: Path) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise ImportFailed("tệp PDF có mật khẩu (mã hóa): mở bằng mật khẩu rồi lưu lại không mật khẩu") from None
        raise ImportFailed("tệp PDF hỏng hoặc không phải PDF — mở thử bằng trình xem PDF rồi lưu lại") from None


def read_pdf(path: Path) -> list[Block]:
    """Lines of a PDF's text layer; a scanned PDF (no text layer) is read by OCR."""
    pdf = _open(path)
    try:
        if len(pdf) > MAX_PAGES:
            raise ImportFailed(f"tệp PDF có {len(pdf)} trang (giới hạn {MAX_PAGES}): tách thành từng văn bản")
        pages: list[tuple[list[Box], float]] = []
        letters = 0
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            boxes = _boxes(textpage, height)
            letters += sum(c.isalpha() for b in boxes for c in b.text)
            pages.append((boxes, width))
        if letters < MIN_CHARS_PER_PAGE * max(len(pdf), 1):
            from .ocr import ocr_pdf

            return ocr_pdf(pdf)
        return blocks_from_pages(pages)
    finally:
        pdf.close()


def _boxes(textpage: Any, height: float) -> list[Box]:
    """PDFium's own lines, cut where a wide gap separates two columns, as boxes (y downwards)."""
    boxes: list[Box] = []
    chars: list[tuple[str, float, float, float, float]] = []

    def flush() -> None:
        if not chars:
            return
        runs: list[list[tuple[str, float, float, float, float]]] = [[chars[0]]]
        size = max(max(c[4] - c[2] for c in chars), 1.0)
        for char in chars[1:]:
            previous = runs[-1][-1]
            if char[1] - previous[3] > 3 * size and char[0].strip() and previous[0].strip() == previous[0]:
                runs.append([char])
            else:
                runs[-1].append(char)
        for run in runs:
            text = "".join(c[0] for c in run).strip()
            solid = [c for c in run if c[0].strip()]
            if text and solid:
                boxes.append(Box(min(c[1] for c in solid), height - max(c[4] for c in solid), max(c[3] for c in solid),
                                 height - min(c[2] for c in solid), text))
        chars.clear()

    for i in range(textpage.count_chars()):
        char = textpage.get_text_range(i, 1)
        if char in ("\r", "\n", ""):
            flush()
            continue
        if char in ("\ufffe", "\u00ad"):  # pdfium's mark for a hyphen the PDF drew ("678/TB-UBND")
            char = "-"
        left, bottom, right, top = textpage.get_charbox(i)
        chars.append((char, left, bottom, right, top))
    flush()
    return boxes
