"""Scanned pages (a PDF without text layer, a photo or scan) read by Tesseract with Debian's Vietnamese
model (tesseract-ocr-vie) through pytesseract, an optional extra: ``pip install 'vanban[ocr]'``.

pytesseract rather than ocrmypdf: import needs the words and their boxes, not a new PDF, and
pytesseract's word table gives them (so the header's columns are kept, see ``layout``); ocrmypdf
would add Ghostscript and a second pass for the same text. Pages are rendered at 300 dpi, and a
smaller image (a phone photo, a 150-dpi scan) is enlarged to that size first: the one cheap step
that measurably helped (contrast stretching, thresholding, 400–500 dpi changed nothing on the real
scans). Each of Tesseract's own lines is kept whole, cut only at a column gap, so a skewed page
does not interleave two lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..lines import Block, ImportFailed, Line
from .layout import Box, blocks_from_pages

DPI = 300
MAX_PIXELS = 60_000_000  # an A4 page at 600 dpi is 35 million


def _engine() -> Any:
    try:
        import pytesseract
    except ImportError:
        raise ImportFailed("đây là bản chụp (không có lớp chữ): cần nhận dạng chữ — cài: pip install 'vanban[ocr]' "
                           "và gói Debian tesseract-ocr-vie") from None
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        raise ImportFailed("đây là bản chụp: chưa có chương trình tesseract — cài gói Debian tesseract-ocr-vie") from None
    if "vie" not in languages:
        raise ImportFailed("đây là bản chụp: tesseract chưa có tiếng Việt — cài gói Debian tesseract-ocr-vie") from None
    return pytesseract


def _boxes(image: Any) -> tuple[list[Box], float]:
    engine = _engine()
    data = engine.image_to_data(image, lang="vie", config="--psm 3", output_type=engine.Output.DICT, timeout=300)
    words: dict[tuple[int, int, int], list[Box]] = {}
    for i, text in enumerate(data["text"]):
        if not str(text).strip() or float(data["conf"][i]) < 0 or _speck(str(text).strip()):
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top = float(data["left"][i]), float(data["top"][i])
        words.setdefault(key, []).append(Box(left, top, left + float(data["width"][i]), top + float(data["height"][i]),
                                             str(text)))
    return [box for line in words.values() for box in _segments(line, float(image.width))], float(image.width)


def _speck(word: str) -> bool:
    """A "word" of symbols only ("^", "~", ".", "»"): a speck or a rule line, never text; dashes are
    kept ("2021 - 2025", "Độc lập - Tự do")."""
    return not any(c.isalnum() for c in word) and word not in ("-", "–", "—")


def _segments(words: list[Box], page_width: float) -> list[Box]:
    """One of Tesseract's own lines as boxes: its words joined, cut only at a column gap. Tesseract
    follows a skewed line (a photo, a page fed askew); regrouping its words by height would
    interleave two lines whose ends overlap."""
    words = sorted(words, key=lambda b: b.left)
    height = max(1.0, sorted(b.bottom - b.top for b in words)[len(words) // 2])
    runs: list[list[Box]] = [[words[0]]]
    for word in words[1:]:
        gap = word.left - runs[-1][-1].right
        crosses = runs[-1][-1].right < 0.5 * page_width <= word.left and gap > height  # the header's two columns
        if gap > 3 * height or crosses:
            runs.append([word])
        else:
            runs[-1].append(word)
    return [Box(min(b.left for b in run), min(b.top for b in run), max(b.right for b in run),
                max(b.bottom for b in run), " ".join(b.text for b in run)) for run in runs]


# A phone photo or a 150-dpi scan gives capitals whose tone marks are a few pixels: Tesseract reads
# them far better once the page is brought to about 300 dpi (an A4 page 2,480 pixels wide). Measured
# on the tuning pages scanned at 150 dpi: without it, type, date and trích yếu were misread.
MIN_WIDTH = 2480


def _prepared(image: Any) -> Any:
    """*image* in grey, enlarged to about 300 dpi when smaller (cheap: one resize)."""
    from PIL import Image

    image = image.convert("L")
    if 0 < image.width < MIN_WIDTH:
        factor = MIN_WIDTH / image.width
        image = image.resize((MIN_WIDTH, max(1, round(image.height * factor))), Image.Resampling.LANCZOS)
    return image


def ocr_images(images: list[Any]) -> list[Block]:
    blocks = blocks_from_pages([_boxes(_prepared(image)) for image in images])
    for block in blocks:
        if isinstance(block, Line):
            block.ocr = True
    return blocks


def ocr_pdf(pdf: Any) -> list[Block]:
    """Render each page of an open pypdfium2 document and read it."""
    images = [pdf[i].render(scale=DPI / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    return ocr_images(images)


def read_image(path: Path) -> list[Block]:
    """A photo or scan (.png, .jpg, .tif), every frame a page."""
    try:
        from PIL import Image, ImageSequence
    except ImportError:
        raise ImportFailed("cần thư viện Pillow để đọc ảnh: pip install 'vanban[ocr]'") from None
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(path) as image:
            frames = [frame.convert("L") for frame in ImageSequence.Iterator(image)][:50]
    except Image.DecompressionBombError:
        raise ImportFailed(f"ảnh quá lớn (quá {MAX_PIXELS:,} điểm ảnh) — quét lại ở 300 dpi".replace(",", ".")) from None
    except (OSError, SyntaxError, ValueError):
        raise ImportFailed("tệp ảnh hỏng hoặc không phải ảnh — chụp hoặc quét lại") from None
    return ocr_images(frames)
