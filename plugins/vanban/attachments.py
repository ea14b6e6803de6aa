"""Attachments (tệp đính kèm): files listed in front matter or kept in a folder beside the document.

``300-ldld.md`` owns every file in ``300-ldld/``. Each attachment is checked against the
disk (exists, stays inside ``content/``, not over the size limit) and described for the
page: title, format, size in Vietnamese units and SHA-256, which Nghị định 42/2022 Điều 4
asks portals to offer as a downloadable file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .documents import Document
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
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def attachment_folder(source: str) -> str:
    """The folder owned by a content file: ``a/b/300-ldld.md`` → ``a/b/300-ldld``."""
    return str(PurePosixPath(source).with_suffix(""))


def resolve_attachments(
    root: Path, doc: Document, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[tuple[Attachment, ...], list[Problem]]:
    """Check and describe *doc*'s attachments; a bad one is reported and left out, never invented."""
    problems: list[Problem] = []
    found: dict[str, Attachment] = {}
    root_real = root.resolve()
    doc_dir = PurePosixPath(doc.source).parent

    def add(rel_text: str, title: str, line: int) -> None:
        rel = PurePosixPath(rel_text.replace("\\", "/"))
        if rel.is_absolute() or rel_text.startswith(("/", "\\")) or (len(rel_text) > 1 and rel_text[1] == ":"):
            problems.append(Problem(doc.source, line, "attachments", f"đường dẫn tuyệt đối “{rel_text}” không được phép",
                                    "đặt tệp vào thư mục cạnh văn bản và ghi đường dẫn tương đối"))
            return
        target = root / (doc_dir / rel)
        try:
            real = target.resolve()
        except OSError:
            real = target
        if root_real not in real.parents:
            problems.append(Problem(doc.source, line, "attachments", f"tệp đính kèm “{rel_text}” nằm ngoài thư mục content/",
                                    "chép tệp vào thư mục cạnh văn bản trong content/ rồi ghi đường dẫn tương đối"))
            return
        if not real.is_file():
            problems.append(Problem(doc.source, line, "attachments", f"không tìm thấy tệp đính kèm “{rel_text}”",
                                    "kiểm tra tên tệp (phân biệt hoa thường, dấu) hoặc chép tệp vào đúng thư mục"))
            return
        size = real.stat().st_size
        if size > max_bytes:
            problems.append(Problem(doc.source, line, "attachments",
                                    f"tệp “{rel_text}” nặng {human_size(size)}, vượt giới hạn {human_size(max_bytes)}",
                                    "nén hoặc chia nhỏ tệp, hoặc tăng max_attachment_mb trong mkdocs.yml"))
            return
        source = real.relative_to(root_real).as_posix()
        if source in found:
            if title and not found[source].title:
                found[source] = Attachment(source, found[source].filename, title, size, found[source].sha256)
            return
        found[source] = Attachment(source, real.name, title or real.stem, size, _sha256(real))

    for ref in doc.attachment_refs:
        add(ref.path, ref.title, ref.line)
    folder = root / attachment_folder(doc.source)
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
            if path.suffix == ".md":
                continue
            add(path.relative_to(root / doc_dir).as_posix(), "", doc.line_of("attachments"))
    return tuple(found.values()), problems
