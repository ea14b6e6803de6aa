"""What ``content/`` holds, found without following anything, and which of it may be published.

vanban, not MkDocs' file copying, decides what leaves ``content/``: MkDocs walks the folder
following symbolic links (a link to ``/etc`` copies it into ``site/``; two links to a parent
never end) and copies every file it finds. Here the walk never follows a link, keeps only
regular files (a FIFO named ``*.md`` would block a read forever), and reads each file through
a descriptor opened without following links and checked to be a regular file, so nothing can
be swapped in between. Only ``*.md`` files are documents; other Markdown suffixes are reported,
not rendered raw. Attachments are published only when their type is passive (see README
"Tệp đính kèm"): a page, script or image format that can run script is refused, since
anything served from the portal's origin runs with the portal's authority.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .problems import Problem, Severity

# Formats a browser runs or renders as a page when served from the portal: refused.
ACTIVE_SUFFIXES = frozenset({
    ".html", ".htm", ".xhtml", ".xht", ".shtml", ".mhtml", ".mht", ".svg", ".svgz", ".js", ".mjs", ".cjs",
    ".xml", ".xsl", ".xslt", ".rss", ".atom", ".css", ".swf", ".wasm", ".jsp", ".php", ".asp", ".aspx",
    ".htaccess", ".appcache", ".manifest", ".webmanifest", ".hta", ".xul",
})
# Formats published as files to download or view: documents, spreadsheets, images, archives, media.
PASSIVE_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx",
    ".odp", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".zip", ".rar", ".7z",
    ".gz", ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm",
})
# Suffixes MkDocs would render as pages, outside vanban's checks and counts.
OTHER_MARKDOWN = frozenset({".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext"})
# File names a content document may not have: MkDocs knows generated pages by ``…/index.md``.
RESERVED_NAMES = frozenset({"index.md", "readme.md"})
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# C0 and C1 controls, DEL, and the bidirectional overrides that make a name or text read
# differently from what it is (``gpj.exe`` shown as ``exe.jpg``).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
# What a browser sniffs as HTML or XML at the start of a file (WHATWG MIME sniffing), whatever its name.
_MARKUP_START = re.compile(
    r"\s*<(?:!doctype|html|head|body|script|iframe|svg|\?xml|!--|style|title|table|div|a\s|p[\s>]"
    r"|b[\s>]|br|font|h1|meta|object|embed|img|math|xsl|rdf|rss|feed)",
    re.IGNORECASE,
)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def control_character(text: str) -> str | None:
    """``U+0000``-style name of the first control or direction character in *text*, or None."""
    m = CONTROL.search(text)
    return f"U+{ord(m.group()):04X}" if m else None


class NotRegular(OSError):
    """A path that is not a regular file (symlink, FIFO, socket, device, folder)."""


def open_regular(path: Path | str) -> BinaryIO:
    """*path* opened for reading, which must be a regular file reached without a symbolic link.

    O_NOFOLLOW refuses a link in the last step (an OSError), O_NONBLOCK keeps a FIFO from blocking
    the open, and fstat on the open descriptor checks the very file that is then read (NotRegular).
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    handle = os.fdopen(os.open(path, flags), "rb")
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise NotRegular(f"{path}: not a regular file")
    return handle


def read_regular(path: Path | str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of *path*, which must be a regular file reached without a symbolic link (:func:`open_regular`);
    a string too (the corpus read joins a thousand names: no path object made for each)."""
    try:
        handle = open_regular(path)
    except OSError as exc:
        if Path(path).is_symlink():
            raise NotRegular(f"{path}: symlink") from None
        raise exc
    with handle:
        if os.fstat(handle.fileno()).st_size > limit:
            raise NotRegular(f"{path}: too large")
        return handle.read(limit + 1)


def _head(path: Path, size: int = 1024) -> bytes:
    """The first *size* bytes of *path* if it is a regular file reached without a link, else b"" (never blocks)."""
    try:
        with open_regular(path) as handle:
            return handle.read(size)
    except OSError:
        return b""


def sniffs_as_markup(path: Path) -> bool:
    """Whether a browser could take the file for a web page: it starts like HTML, SVG or XML."""
    head = _head(path)
    encoding = "latin-1"  # byte for byte: the patterns are ASCII
    for bom, name in _BOMS:
        if head.startswith(bom):
            head, encoding = head[len(bom):], name
            break
    return _MARKUP_START.match(head.decode(encoding, "ignore")) is not None


PDF_MAGIC = b"%PDF-"


def looks_like_pdf(path: Path) -> bool:
    """Whether *path* starts like a PDF (within its first KB, as readers accept), whatever its name."""
    return PDF_MAGIC in _head(path)


@dataclass(frozen=True)
class Inventory:
    """The regular files of a content folder, and what was refused on the way."""

    root: Path
    documents: tuple[str, ...] = ()  # content-relative POSIX paths of regular *.md files, sorted
    files: frozenset[str] = frozenset()  # every other regular file
    refused: dict[str, str] = field(default_factory=dict)  # a document-like path → why it is not read
    problems: tuple[Problem, ...] = ()


def _problem(path: str, message: str, fix: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(path, 1, "tệp", message, fix, severity)


def scan(root: Path) -> Inventory:
    """Walk *root* without following links: regular files only, each odd entry reported once."""
    documents: list[str] = []
    files: set[str] = set()
    refused: dict[str, str] = {}
    problems: list[Problem] = []
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = sorted(os.scandir(root / rel_dir) if rel_dir else os.scandir(root), key=lambda e: e.name)
        except OSError as exc:
            problems.append(_problem(rel_dir or ".", f"không đọc được thư mục ({exc.strerror})",
                                     "kiểm tra quyền đọc của thư mục"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden files (.git, .gitkeep…) are never content, as in MkDocs
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            suffix = PurePosixPath(entry.name).suffix.lower()
            looks_like_document = suffix == ".md" or suffix in OTHER_MARKDOWN
            if (char := control_character(entry.name)) is not None:
                problems.append(_problem(rel, f"tên tệp có ký tự điều khiển {char}",
                                         "đổi tên tệp chỉ gồm chữ, số, dấu gạch ngang"))
                if looks_like_document:
                    refused[rel] = f"tên tệp có ký tự điều khiển {char}"
                continue
            try:
                if entry.is_symlink():
                    problems.append(_problem(
                        rel, "là liên kết tượng trưng (symlink): vanban không đi theo và không xuất bản nó",
                        "thay liên kết bằng chính tệp (chép tệp thật vào đây), hoặc xóa nó"))
                    if looks_like_document:
                        refused[rel] = "là liên kết tượng trưng (symlink)"
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(rel)
                    continue
                regular = entry.is_file(follow_symlinks=False)
            except OSError:
                regular = False
            if not regular:
                problems.append(_problem(rel, "không phải tệp thường (FIFO, socket hay thiết bị): không đọc, không xuất bản",
                                         "xóa nó khỏi thư mục content/"))
                if looks_like_document:
                    refused[rel] = "không phải tệp thường"
                continue
            if suffix in OTHER_MARKDOWN:
                problems.append(_problem(rel, f"tệp Markdown đuôi {suffix} không được đọc: chỉ tệp .md là văn bản",
                                         f"đổi tên thành {PurePosixPath(entry.name).stem}.md"))
                refused[rel] = f"đuôi {suffix} (chỉ .md là văn bản)"
            elif suffix == ".md":
                documents.append(rel)
            else:
                files.add(rel)
    documents.sort()
    return Inventory(root, tuple(documents), frozenset(files), refused, tuple(problems))


def attachment_type_problem(name: str) -> tuple[str, str] | None:
    """Why a file of this name may not be published as an attachment (message, fix), or None."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in ACTIVE_SUFFIXES:
        return (f"loại tệp {suffix} có thể chạy mã trong trình duyệt nên không được xuất bản trên trang",
                "đổi tệp sang PDF (hoặc DOCX), hoặc nén nó vào một tệp .zip")
    if suffix not in PASSIVE_SUFFIXES:
        kind = f"loại tệp {suffix}" if suffix else "tệp không có đuôi"
        return (f"{kind} không nằm trong danh sách được xuất bản",
                "dùng PDF, DOCX, XLSX, ảnh PNG/JPG hoặc nén vào tệp .zip (danh sách: README, mục Tệp đính kèm)")
    return None
