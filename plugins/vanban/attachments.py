"""Attachments (tệp đính kèm): files listed in front matter or kept in a folder beside the document.

``300-ldld.md`` owns every file in ``300-ldld/``. Each attachment is checked against the
disk (exists, stays inside ``content/``, not over the size limit) and described for the
page: title, format, size in Vietnamese units and SHA-256, which Nghị định 42/2022 Điều 4
asks portals to offer as a downloadable file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .documents import Document
from .inventory import Inventory, attachment_type_problem, looks_like_pdf, open_regular, sniffs_as_markup
from .problems import Problem

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    source: str  # content-relative POSIX path
    filename: str
    title: str
    size: int
    sha256: str

    @property
    def format(self) -> str:
        suffix = PurePosixPath(self.filename).suffix.lstrip(".")
        return suffix.upper() if suffix else "Tệp"


def human_size(size: int) -> str:
    """``"12,5 KB"``: Vietnamese decimal comma, binary multiples."""
    if size < 1024:
        return f"{size} byte"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            text = f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{text.replace('.', ',')} {unit}"
    raise AssertionError("unreachable")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def pdf_active_part(path: Path) -> str | None:
    """vanban.pdf_safety's verdict, imported on the first PDF: a corpus without one never loads qpdf."""
    from .pdf_safety import active_part

    return active_part(path)


def attachment_folder(source: str) -> str:
    """The folder owned by a content file: ``a/b/300-ldld.md`` → ``a/b/300-ldld``.

    As ``PurePosixPath(source).with_suffix("")`` says, by string operations on a source the inventory wrote
    (no empty or "." part, which pathlib would normalise): called twice a document in every build, the paths
    had been about a tenth of a warm build's corpus read."""
    folder, slash, name = source.rpartition("/")
    if not name or name == "." or "//" in source or source.startswith("/") or "/./" in source or (
            folder == "." or folder.startswith("./")):
        return str(PurePosixPath(source).with_suffix(""))
    dot = name.rfind(".")
    return f"{folder}{slash}{name[:dot]}" if 0 < dot < len(name) - 1 else source


# Names written beside every document page by the build (its page, open data, calendar).
GENERATED_NAMES = frozenset({"index.html", "index.json", "lich.ics"})


def owned_files(files: frozenset[str]) -> dict[str, list[str]]:
    """Every folder → the files under it, at any depth: a document's folder is looked up once."""
    owned: dict[str, list[str]] = {}
    for path in sorted(files):
        parent = PurePosixPath(path).parent
        while str(parent) != ".":
            owned.setdefault(str(parent), []).append(path)
            parent = parent.parent
    return owned


def resolve_attachments(
    inventory: Inventory, doc: Document, max_bytes: int = DEFAULT_MAX_BYTES,
    owned: dict[str, list[str]] | None = None,
) -> tuple[tuple[Attachment, ...], list[Problem]]:
    """Check and describe *doc*'s attachments; a bad one is reported and left out, never invented.

    Only regular files the inventory found (never through a link) are candidates; an active
    type, markup under a passive name, a PDF that can act when opened (vanban.pdf_safety), or two
    files landing on one published name are refused.
    """
    root = inventory.root
    problems: list[Problem] = []
    found: dict[str, Attachment] = {}
    refused: set[str] = set()  # listed and kept in the folder: refused once, reported once
    by_name: dict[str, str] = {}  # published name (case-folded) → source
    doc_dir = posixpath.dirname(doc.source) or "."  # as its PurePosixPath's parent: "." for a file at the top

    def refuse(line: int, message: str, fix: str, cleaned: bool = False) -> None:
        problems.append(Problem(doc.source, line, "attachments", message, fix, cleaned=cleaned))

    def describe(source: str, rel_text: str, title: str, line: int) -> Attachment | None:
        """The attachment *source* is, or None when it is refused (reported at *line*)."""
        name = PurePosixPath(source).name
        if (why := attachment_type_problem(name)) is not None:
            refuse(line, f"“{rel_text}”: {why[0]}", why[1], cleaned=True)
            return None
        if name.casefold() in GENERATED_NAMES:
            refuse(line, f"tệp “{rel_text}” trùng tên với tệp do vanban tạo bên cạnh trang ({name})",
                   "đổi tên tệp đính kèm", cleaned=True)
            return None
        if (other := by_name.get(name.casefold())) is not None:
            refuse(line, f"hai tệp đính kèm cùng được xuất bản thành {doc.url}{name}: “{other}” và “{source}”",
                   "đổi tên một trong hai tệp để mỗi tệp có một địa chỉ riêng", cleaned=True)
            return None
        path = root / source
        if sniffs_as_markup(path):
            refuse(line, f"tệp “{rel_text}” chứa mã HTML/XML: trình duyệt có thể chạy nó như một trang web",
                   "xuất lại tệp đúng định dạng (PDF, DOCX…) hoặc nén vào tệp .zip", cleaned=True)
            return None
        try:
            size = path.lstat().st_size
        except OSError:
            size = -1
        if size > max_bytes:
            refuse(line, f"tệp “{rel_text}” nặng {human_size(size)}, vượt giới hạn {human_size(max_bytes)}",
                   "nén hoặc chia nhỏ tệp, hoặc tăng max_attachment_mb trong mkdocs.yml")
            return None
        if (name.lower().endswith(".pdf") or looks_like_pdf(path)) and (part := pdf_active_part(path)) is not None:
            refuse(line, f"tệp PDF “{rel_text}” không được đăng: {part}",
                   "in lại thành tệp PDF mới (In → Lưu dưới dạng PDF) hoặc xuất lại từ Word rồi thay tệp này; "
                   "cần giữ nguyên bản thì nén vào tệp .zip", cleaned=True)
            return None
        try:
            digest = _sha256(path)
        except OSError:
            refuse(line, f"không đọc được tệp đính kèm “{rel_text}”", "chép lại tệp thật vào thư mục")
            return None
        return Attachment(source, name, title or PurePosixPath(name).stem, size, digest)

    def add(rel_text: str, title: str, line: int) -> None:
        rel = rel_text.replace("\\", "/")
        if rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
            refuse(line, f"đường dẫn tuyệt đối “{rel_text}” không được phép",
                   "đặt tệp vào thư mục cạnh văn bản và ghi đường dẫn tương đối")
            return
        source = posixpath.normpath(posixpath.join(doc_dir, rel))
        if source.startswith("../") or source == "..":
            refuse(line, f"tệp đính kèm “{rel_text}” nằm ngoài thư mục content/",
                   "chép tệp vào thư mục cạnh văn bản trong content/ rồi ghi đường dẫn tương đối")
            return
        if source not in inventory.files:
            refuse(line, f"không tìm thấy tệp đính kèm “{rel_text}” (hoặc nó không phải tệp thường)",
                   "kiểm tra tên tệp (phân biệt hoa thường, dấu) hoặc chép tệp thật vào đúng thư mục")
            return
        if source in refused:
            return
        if source in found:
            if title and not found[source].title:
                found[source] = dataclasses.replace(found[source], title=title)
            return
        attachment = describe(source, rel_text, title, line)
        if attachment is None:
            refused.add(source)
            return
        by_name[attachment.filename.casefold()] = source
        found[source] = attachment

    for ref in doc.attachment_refs:
        add(ref.path, ref.title, ref.line)
    folder = attachment_folder(doc.source)
    listed = (owned if owned is not None else owned_files(inventory.files)).get(folder, [])
    for source in listed:
        add(posixpath.relpath(source, str(doc_dir)) if str(doc_dir) != "." else source, "", doc.line_of("attachments"))
    return tuple(found.values()), problems
