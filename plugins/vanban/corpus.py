"""Load ``content/`` into documents: decode, split, validate, give each a unique URL.

Linear in the number of files: identities and slugs are grouped in dictionaries, never
compared pairwise. Counts in and out are kept so that nothing is lost silently.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .attachments import DEFAULT_MAX_BYTES, Attachment, resolve_attachments
from .documents import Document, document_from_front_matter, number_identity
from .frontmatter import FrontMatterError, normalise_newlines, split
from .problems import Problem, Severity
from .sanitize import find_unsafe, strip_unsafe
from .text import fold, nfc, slugify


@dataclass
class Corpus:
    """The held documents of a content folder and every problem found in it."""

    root: Path
    documents: list[Document] = field(default_factory=list)
    attachments: dict[str, tuple[Attachment, ...]] = field(default_factory=dict)  # by document source
    problems: list[Problem] = field(default_factory=list)
    excluded: dict[str, str] = field(default_factory=dict)  # source → reason it is not published
    files_seen: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    def by_source(self) -> dict[str, Document]:
        return {d.source: d for d in self.documents}


def decode(raw: bytes, source: str) -> tuple[str | None, Problem | None]:
    """UTF-8 (BOM allowed) to NFC text with ``\\n`` line ends, or a problem at the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, Problem(
            source, line, "tệp", f"tệp không phải mã UTF-8 (byte 0x{raw[exc.start]:02x} không hợp lệ)",
            "mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8 (Thông tư 39/2017/TT-BTTTT bắt buộc UTF-8)",
        )
    return nfc(normalise_newlines(text)), None


def parse_text(source: str, text: str) -> tuple[Document | None, list[Problem]]:
    """One content file's text to a Document (None when its front matter is unreadable)."""
    try:
        fm = split(text)
    except FrontMatterError as exc:
        return None, [Problem(source, exc.line, "front matter", exc.message, exc.fix)]
    doc, problems = document_from_front_matter(source, fm)
    unsafe = find_unsafe(doc.body)
    for item in unsafe:
        problems.append(Problem(
            source, doc.body_line + item.line - 1, "nội dung", f"{item.what} không được phép trong nội dung văn bản",
            "xóa đoạn mã này; nội dung chỉ gồm chữ, bảng, danh sách và liên kết thường (đã bị loại khỏi trang)",
        ))
    if unsafe:
        doc = dataclasses.replace(doc, body=strip_unsafe(doc.body))
    return doc, problems


def content_files(root: Path) -> list[str]:
    """Content-relative POSIX paths of every Markdown file, sorted for stable output."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md") if p.is_file())


def load_corpus(root: Path, *, max_attachment_bytes: int = DEFAULT_MAX_BYTES,
                sources: Iterable[str] | None = None) -> Corpus:
    """Read, validate and identify every document under *root*."""
    corpus = Corpus(root=root)
    for source in (sorted(sources) if sources is not None else content_files(root)):
        corpus.files_seen += 1
        text, problem = decode((root / source).read_bytes(), source)
        if problem or text is None:
            corpus.problems.append(problem) if problem else None
            corpus.excluded[source] = "không đọc được (không phải UTF-8)"
            continue
        doc, problems = parse_text(source, text)
        corpus.problems.extend(problems)
        if doc is None:
            corpus.excluded[source] = "phần thông tin văn bản (front matter) không đọc được"
            continue
        attachments, att_problems = resolve_attachments(root, doc, max_attachment_bytes)
        corpus.problems.extend(att_problems)
        corpus.attachments[source] = attachments
        corpus.documents.append(doc)
    corpus.problems.extend(check_duplicates(corpus.documents))
    corpus.documents = assign_slugs(corpus.documents)
    corpus.problems.sort(key=Problem.sort_key)
    return corpus


def identity(doc: Document) -> tuple[str, ...]:
    """Number, type, year and issuer: administrative numbers restart yearly and repeat across agencies."""
    if doc.number:
        return ("n", number_identity(doc.number), fold(doc.type).casefold(), doc.year_slug,
                fold(doc.issuer).casefold())
    return ("t", fold(doc.type).casefold(), fold(doc.issuer).casefold(),
            doc.date.iso() if doc.date else "", fold(doc.title).casefold())


def check_duplicates(documents: list[Document]) -> list[Problem]:
    first: dict[tuple[str, ...], Document] = {}
    problems: list[Problem] = []
    for doc in documents:
        key = identity(doc)
        if key in first:
            other = first[key]
            what = f"số {doc.number}" if doc.number else "cùng loại, cơ quan, ngày và trích yếu"
            problems.append(Problem(
                doc.source, doc.line_of("number" if doc.number else "title"), "number",
                f"trùng văn bản với {other.source} ({doc.type} {what}, năm {doc.year_slug})",
                "xóa một trong hai tệp, hoặc sửa số ký hiệu / ngày ban hành cho đúng bản gốc",
            ))
        else:
            first[key] = doc
    return problems


def assign_slugs(documents: list[Document]) -> list[Document]:
    """Give every document a unique URL slug within its year, independent of file order where possible.

    A number alone names the page; when several issuers share a number in one year (every
    commune has a ``21/KH-UBND``) each gets its issuer appended, then its type, then a counter.
    """
    groups: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for doc in documents:
        groups[(doc.year_slug, doc.base_slug())].append(doc)
    result: dict[str, Document] = {}
    taken: set[tuple[str, str]] = set()
    for (year, base), members in groups.items():
        if len(members) == 1:
            result[members[0].source] = dataclasses.replace(members[0], slug=base)
            taken.add((year, base))
    for (year, base), members in groups.items():
        if len(members) == 1:
            continue
        issuers = {fold(d.issuer).casefold() for d in members}
        for doc in members:
            slug = f"{base}-{slugify(doc.issuer, 40)}" if len(issuers) > 1 else base
            if (year, slug) in taken:
                slug = f"{slug}-{slugify(doc.type, 20)}"
            candidate, n = slug, 2
            while (year, candidate) in taken:
                candidate, n = f"{slug}-{n}", n + 1
            taken.add((year, candidate))
            result[doc.source] = dataclasses.replace(doc, slug=candidate)
    return [result[d.source] for d in documents]
