"""Load ``content/`` into documents: decode, split, validate, give each a unique URL.

Linear in the number of files: identities and slugs are grouped in dictionaries, never
compared pairwise. Counts in and out are kept so that nothing is lost silently.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .attachments import DEFAULT_MAX_BYTES, Attachment, attachment_folder, owned_files, resolve_attachments
from .body import unsafe_parts
from .documents import Document, document_from_front_matter, number_identity
from .frontmatter import FrontMatterError, normalise_newlines, split
from .inventory import RESERVED_NAMES, Inventory, read_regular, scan
from .problems import Problem, Severity
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
    for item in unsafe_parts(doc.body):  # the page is published through the sanitizer, which removes these
        problems.append(Problem(
            source, doc.body_line + item.line - 1, "nội dung", f"không được phép trong nội dung: {item.what}", item.fix,
        ))
    return doc, problems


def content_files(root: Path) -> list[str]:
    """Content-relative POSIX paths of every Markdown document (regular files, no link followed), sorted."""
    return list(scan(root).documents)


def load_corpus(root: Path, *, max_attachment_bytes: int = DEFAULT_MAX_BYTES,
                sources: Iterable[str] | None = None, inventory: Inventory | None = None) -> Corpus:
    """Read, validate and identify every document under *root*.

    *sources* (MkDocs' page files) narrows the documents to those; files vanban refused (links,
    FIFOs, other Markdown suffixes) are counted in and reported as not published.
    """
    inventory = inventory if inventory is not None else scan(root)
    corpus = Corpus(root=root)
    corpus.problems.extend(inventory.problems)
    wanted = sorted(set(sources) | set(inventory.refused)) if sources is not None else sorted(
        {*inventory.documents, *inventory.refused})
    owned = owned_files(inventory.files)
    claimed: set[str] = set()
    for source in wanted:
        corpus.files_seen += 1
        if source in inventory.refused:
            corpus.excluded[source] = inventory.refused[source]
            continue
        if PurePosixPath(source).name.casefold() in RESERVED_NAMES:
            corpus.problems.append(Problem(
                source, 1, "tệp", f"tên tệp {PurePosixPath(source).name} dành cho trang do vanban tạo",
                "đổi tên tệp theo số ký hiệu của văn bản, ví dụ 300-ldld.md"))
            corpus.excluded[source] = "tên tệp dành riêng"
            continue
        try:
            raw = read_regular(root / source)
        except OSError:
            corpus.problems.append(Problem(source, 1, "tệp", "không đọc được tệp (không phải tệp thường, hoặc quá lớn)",
                                           "thay bằng một tệp văn bản .md thật, dưới 20 MB"))
            corpus.excluded[source] = "không đọc được"
            continue
        text, problem = decode(raw, source)
        if problem or text is None:
            corpus.problems.append(problem) if problem else None
            corpus.excluded[source] = "không đọc được (không phải UTF-8)"
            continue
        doc, problems = parse_text(source, text)
        corpus.problems.extend(problems)
        if doc is None:
            corpus.excluded[source] = "phần thông tin văn bản (front matter) không đọc được"
            continue
        attachments, att_problems = resolve_attachments(inventory, doc, max_attachment_bytes, owned)
        corpus.problems.extend(att_problems)
        corpus.attachments[source] = attachments
        claimed.update(owned.get(attachment_folder(source), ()))
        claimed.update(a.source for a in attachments)
        corpus.documents.append(doc)
    corpus.problems.extend(stray_files(inventory, claimed, owned))
    corpus.problems.extend(check_duplicates(corpus.documents))
    corpus.documents = assign_slugs(corpus.documents)
    corpus.problems.sort(key=Problem.sort_key)
    return corpus


# Where the site writes its own files: a content file there could be mistaken for (or, on a
# careless deploy, overwrite) the portal's script, styles or generated pages.
RESERVED_TOP = frozenset({"assets", "search", "stylesheets", "javascripts", "data", "en", "loai", "co-quan", "nam",
                          "dong-thoi-gian", "lich", "tim-kiem", "gioi-thieu", "404.html", "sitemap.xml",
                          "sitemap.xml.gz", "feed.xml", "lich.ics", "index.html", "cname", "robots.txt"})


def stray_files(inventory: Inventory, claimed: set[str], owned: dict[str, list[str]]) -> list[Problem]:
    """Files that belong to no document are not published; at a reserved place they are errors."""
    problems = []
    for path in sorted(inventory.files - claimed):
        if path.split("/", 1)[0].casefold() in RESERVED_TOP:
            problems.append(Problem(path, 1, "tệp", "tệp nằm ở chỗ dành cho tệp của giao diện hoặc trang do vanban tạo",
                                    "xóa tệp; tệp đính kèm đặt trong thư mục cùng tên với văn bản"))
        else:
            problems.append(Problem(path, 1, "tệp", "tệp không thuộc văn bản nào nên không được xuất bản",
                                    "đặt tệp vào thư mục cùng tên với văn bản (300-ldld.md → 300-ldld/), hoặc xóa nó",
                                    Severity.WARNING))
    return problems


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
