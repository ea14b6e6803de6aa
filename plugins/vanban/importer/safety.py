"""Archives are measured before they are opened: a .docx is a zip, and a zip can be a bomb.

The central directory states each entry's uncompressed size; a Word document of a few hundred
pages stays far below the limits here. A file that states more, or holds thousands of entries, is
refused before a byte of it is inflated, so `vanban import` never runs for minutes or gigabytes.
Python's zipfile stops inflating an entry at its stated size, so a stated size that lies gains nothing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .lines import ImportFailed

MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 200  # uncompressed / compressed, for an entry over 1 MB


def check_archive(path: Path) -> None:
    """Raise ImportFailed (Vietnamese) when *path* is not a zip or states absurd sizes."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFailed("không phải tệp Word .docx (tệp không phải gói zip, có thể hỏng hoặc là .doc cũ) — "
                           "mở bằng Word rồi lưu lại dạng .docx") from None
    if len(infos) > MAX_ENTRIES:
        raise ImportFailed(f"tệp Word chứa {len(infos)} phần (giới hạn {MAX_ENTRIES}): nghi là tệp độc hại, không đọc")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise ImportFailed(f"tệp Word giải nén ra {total // (1024 * 1024)} MB (giới hạn "
                           f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB): nghi là bom nén, không đọc")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailed(f"phần “{info.filename}” của tệp Word nén {info.file_size // max(info.compress_size, 1)} "
                               "lần: nghi là bom nén, không đọc")
