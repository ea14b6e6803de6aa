"""Turn a real original (Word, PDF, scanned page, text copied from a portal) into a vanban content file.

Stages, one module each: a reader (``readers``) turns the file into lines with layout hints
(``lines``); ``header`` reads issuer, number, date, type and trích yếu from the top, ``closing``
reads Nơi nhận and the signature from the end, ``markdown`` renders the rest; ``writer`` writes the
content file. Nothing is guessed: what cannot be read is left empty and reported. Framework-free.
"""

from __future__ import annotations

from pathlib import Path

from .analyse import analyse
from .casing import recase_issuer
from .legacy import flag, met
from .lines import Block, ImportFailed, Line, TableBlock
from .readers import SUPPORTED, read_blocks
from .readers.plain import read_text_lines
from .report import compare, field_values, report_lines
from .result import FIELD_NAMES, FIELDS, ImportResult
from .writer import render_content, target_path, write_result

__all__ = [
    "FIELDS", "FIELD_NAMES", "SUPPORTED", "Block", "ImportFailed", "ImportResult", "Line", "TableBlock", "analyse",
    "compare", "field_values", "import_file", "read_blocks", "read_text_lines", "recase_issuer", "render_content",
    "report_lines", "target_path", "write_result",
]


def import_file(path: Path) -> ImportResult:
    """Read *path* into an ImportResult; raises ImportFailed with a Vietnamese reason when unreadable."""
    blocks = read_blocks(path)
    if not any(isinstance(b, Line) for b in blocks):
        raise ImportFailed("tệp không có nội dung")
    result = analyse(blocks, path)
    flag(result, met(path, blocks))  # typed in TCVN3 or VNI, converted: to be read again
    return result
