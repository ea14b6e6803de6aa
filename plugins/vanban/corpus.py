"""Load ``content/`` into documents: decode, split, validate, give each a unique URL.

Linear in the number of files: identities and slugs are grouped in dictionaries, never
compared pairwise. Counts in and out are kept so that nothing is lost silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .arrival import arrival_times
from .attachments import DEFAULT_MAX_BYTES, Attachment, attachment_folder, owned_files, resolve_attachments
from .body import unsafe_parts
from .documents import Document, document_from_front_matter
from .duplicates import apart, check_duplicates
from .frontmatter import FrontMatterError, normalise_newlines, split
from .inventory import CONTROL, RESERVED_NAMES, Inventory, control_character, read_regular, scan
from .legacy_text import has_old_characters, legacy_runs, to_unicode
from .problems import Problem, Severity
from .provinces import document_province, province_key
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
    return nfc(to_unicode(normalise_newlines(text))), None  # old-font text read back (warned: old_encoding)


def read_content(raw: bytes, source: str) -> tuple[str | None, Problem | None, list[Problem]]:
    """:func:`decode` and :func:`old_encoding` of a content file's bytes (the tests hold it to both), the old
    characters looked for once, in the decoded text: scanning the bytes again stopped at every ``\\xc3`` of
    Vietnamese (53 ms of CPU for the 1,000 synthetic documents, in the one-core start of a cold build)."""
    try:
        text = normalise_newlines(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, decode(raw, source)[1], []
    if not has_old_characters(text):  # then neither function finds one (the same characters, raw is UTF-8)
        return nfc(text), None, []
    return nfc(to_unicode(text)), None, old_encoding(source, raw)


# The UTF-8 of the characters only an old encoding puts in a text (vanban.legacy_text's trigger): most files have none.
_OLD_BYTES = re.compile(rb"\xc2[\xa1-\xae\xb5-\xb9\xbb-\xbe]|\xc3[\x86\x87\x8b\x8e-\x91\x96-\x98\x9b\x9c\x9e\x9f\xa4-\xa7\xab\xae\xaf\xb1\xb6-\xb8\xbb\xbc\xbe]")


def old_encoding(source: str, raw: bytes) -> list[Problem]:
    """A warning at the first line typed in TCVN3 or VNI. The site shows it read back to Unicode (:func:`decode`), but
    the file is the editor's: it is not rewritten behind their back (a reading they have not seen may be wrong);
    they are told where, how it reads, and how to convert the file."""
    if not _OLD_BYTES.search(raw):
        return []
    runs = legacy_runs(normalise_newlines(raw.decode("utf-8", "replace")))
    if not runs:
        return []
    first = runs[0]
    more = len({r.line for r in runs}) - 1
    return [Problem(
        source, first.line, "bảng mã",
        f"đoạn này dùng bảng mã {first.encoding} cũ (đọc là “{first.text[:60]}”)"
        + (f", cùng {more} dòng khác" if more else "") + ": trang hiển thị bản đã chuyển, tệp vẫn giữ chữ cũ",
        "chuyển tệp sang Unicode: nhập lại bản gốc bằng `vanban import` (tự chuyển mã), hoặc dùng công cụ chuyển mã "
        f"của Unikey ({first.encoding} → Unicode) rồi lưu lại dạng UTF-8",
        Severity.WARNING)]


def parse_text(source: str, text: str) -> tuple[Document | None, list[Problem]]:
    """One content file's text to a Document (None when its front matter is unreadable)."""
    try:
        fm = split(text)
    except FrontMatterError as exc:
        return None, [Problem(source, exc.line, "front matter", exc.message, exc.fix)]
    doc, problems = document_from_front_matter(source, fm)
    if CONTROL.search(doc.body):
        problems += _control_characters(source, doc)
        doc = dataclasses.replace(doc, body=CONTROL.sub("", doc.body))
    for item in unsafe_parts(doc.body):  # the page is published through the sanitizer, which removes these
        problems.append(Problem(
            source, doc.body_line + item.line - 1, "nội dung", f"không được phép trong nội dung: {item.what}", item.fix,
            cleaned=True,
        ))
    return doc, problems


def _control_characters(source: str, doc: Document) -> list[Problem]:
    """Each line of the body holding a control or direction character (removed from the page)."""
    problems = []
    for number, line in enumerate(doc.body.split("\n"), start=doc.body_line):
        if (char := control_character(line)) is not None:
            problems.append(Problem(source, number, "nội dung", f"ký tự điều khiển {char} trong nội dung",
                                    "xóa ký tự đó (thường do dán từ phần mềm khác); bản dựng đã bỏ nó khỏi trang",
                                    cleaned=True))
    return problems


def content_files(root: Path) -> list[str]:
    """Content-relative POSIX paths of every Markdown document (regular files, no link followed), sorted."""
    return list(scan(root).documents)


# (source, digest of its bytes) → what parse_text made of their text, after old_encoding's warning; kept by mkdocs
# serve between rebuilds
Parsed = dict[tuple[str, bytes], tuple[Document | None, tuple[Problem, ...]]]


def load_corpus(root: Path, *, max_attachment_bytes: int = DEFAULT_MAX_BYTES,
                sources: Iterable[str] | None = None, inventory: Inventory | None = None,
                parsed: MutableMapping[tuple[str, bytes], tuple[Document | None, tuple[Problem, ...]]] | None = None,
                arrivals: MutableMapping[str, float] | None = None) -> Corpus:
    """Read, validate and identify every document under *root*.

    *sources* (MkDocs' page files) narrows the documents to those; files vanban refused (links,
    FIFOs, other Markdown suffixes) are counted in and reported as not published. *parsed*, kept by
    the caller between builds (``mkdocs serve``), spares a file whose bytes did not change a second
    decode, legacy-encoding scan and parse (each depends on its source and bytes alone); it is left
    holding the current files only (a build's :class:`vanban.parse_cache.StoredParses` keeps them on disk). *arrivals* (source → time first seen, see :mod:`vanban.arrival`),
    kept by the caller too, settles which of two documents sharing a number came first outside git;
    it is left holding the files that still exist.
    """
    inventory = inventory if inventory is not None else scan(root)
    corpus = Corpus(root=root)
    corpus.problems.extend(inventory.problems)
    wanted = sorted(set(sources) | set(inventory.refused)) if sources is not None else sorted(
        {*inventory.documents, *inventory.refused})
    owned = owned_files(inventory.files)
    claimed: set[str] = set()
    fresh: Parsed = {}
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
            raw = read_regular(os.path.join(root, source))  # a string: no path object a file
        except OSError:
            corpus.problems.append(Problem(source, 1, "tệp", "không đọc được tệp (không phải tệp thường, hoặc quá lớn)",
                                           "thay bằng một tệp văn bản .md thật, dưới 20 MB"))
            corpus.excluded[source] = "không đọc được"
            continue
        # Keyed by the file's bytes: what is read from them (decode, old_encoding, parse_text) depends on
        # them and the source alone, so a file unchanged since is not decoded or scanned again either
        key = (source, hashlib.blake2b(raw, digest_size=16).digest())
        found = parsed.get(key) if parsed is not None else None
        if found is None:
            text, problem, old = read_content(raw, source)  # old encoding: shown converted, warned at the line
            if problem or text is None:
                corpus.problems.append(problem) if problem else None
                corpus.excluded[source] = "không đọc được (không phải UTF-8)"
                continue
            made, made_problems = parse_text(source, text)
            found = (made, (*old, *made_problems))
        fresh[key] = found
        doc, problems = found
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
    if parsed is not None:
        parsed.clear()
        parsed.update(fresh)
    corpus.problems.extend(stray_files(inventory, claimed, owned))
    duplicates = check_duplicates(corpus.documents)
    corpus.problems.extend(duplicates)
    _exclude_failed(corpus)
    shared = _sharing_a_slug(corpus.documents)
    if arrivals:  # a file gone is forgotten (one excluded for an error keeps its time)
        present = set(inventory.documents)
        for gone in [s for s in arrivals if s not in present]:
            del arrivals[gone]
    corpus.documents = assign_slugs(corpus.documents, arrival_times(root, shared, arrivals) if shared else None)
    if isinstance(parsed, dict):  # mkdocs serve: the next rebuild starts from the documents as addressed, so one
        # whose file and address did not change stays the same object (its digest kept: vanban.fingerprint.Lasting)
        addressed = {doc.source: doc for doc in corpus.documents}
        for key, (doc, problems) in parsed.items():
            if doc is not None and key[0] in addressed:
                parsed[key] = (addressed[key[0]], problems)
    corpus.problems.extend(_newcomers(corpus.documents, set(shared), {p.path for p in duplicates}))
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


def _exclude_failed(corpus: Corpus) -> None:
    """A document with an error is not published, nor are its attachments (check and build agree).

    Errors the build cleans are the exception (unsafe HTML in the body, a refused attachment):
    what they name is removed and the rest is published."""
    failed: dict[str, Problem] = {}
    for problem in corpus.problems:
        if problem.severity is Severity.ERROR and not problem.cleaned:
            failed.setdefault(problem.path, problem)
    if not failed:
        return
    kept = []
    for doc in corpus.documents:
        if (first := failed.get(doc.source)) is None:
            kept.append(doc)
            continue
        corpus.excluded[doc.source] = f"có lỗi ở dòng {first.line} ({first.field}: {first.message})"
        corpus.attachments.pop(doc.source, None)
    corpus.documents = kept


def _newcomers(documents: list[Document], shared: set[str], said: set[str]) -> list[Problem]:
    """A document that got a suffixed address because another one had its number first: a warning
    when they also share type and one issuer's words hold the other's ("Ban Thường vụ LĐLĐ huyện
    DMC" and "LĐLĐ huyện DMC"), so they look like one document entered twice. Every commune has
    its own ``21/KH-UBND``: a shared number between two places is no sign, nor between two the files place apart
    (vanban.duplicates.apart), and a file vanban.duplicates already named (*said*) is not named twice."""
    if not shared:
        return []
    plain = {(d.year_slug, d.slug): d for d in documents if d.source in shared and d.slug == d.base_slug()}
    problems = []
    for doc in documents:
        first = plain.get((doc.year_slug, doc.base_slug()))
        if doc.source in shared and first is not None and first is not doc and doc.number and \
                doc.source not in said and first.type == doc.type and _same_agency(first.issuer, doc.issuer) and \
                _same_province(first, doc) and not apart(first, doc):
            problems.append(Problem(
                doc.source, doc.line_of("number"), "number",
                f"số {doc.number} trùng với {first.source} ({first.type}, {first.issuer}): có thể là cùng một văn bản; "
                f"trang này có địa chỉ /{doc.url}",
                "nếu là một văn bản, xóa một tệp; nếu là hai văn bản khác nhau, kiểm tra lại số, cơ quan ban hành và ngày",
                Severity.WARNING))
    return problems


def _same_agency(a: str, b: str) -> bool:
    words_a, words_b = set(fold(a).casefold().split()), set(fold(b).casefold().split())
    return words_a <= words_b or words_b <= words_a


def _same_province(a: Document, b: Document) -> bool:
    """Whether two documents may be of one province: they are not when each says its own, and those differ."""
    one, other = province_key(document_province(a)), province_key(document_province(b))
    return not one or not other or one == other


def _sharing_a_slug(documents: list[Document]) -> list[str]:
    """Sources of the documents whose plain slug another document also wants."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc in documents:
        groups[(doc.year_slug, doc.base_slug())].append(doc.source)
    return [source for members in groups.values() if len(members) > 1 for source in members]


def _with_slug(doc: Document, slug: str) -> Document:
    """*doc* at *slug*: itself when it is there already (a serve rebuild's unchanged document); else a copy
    with every other field the same object, as ``dataclasses.replace`` makes it (Document has no
    ``__post_init__``), without its ``__init__`` setting 29 frozen fields one by one for every document of
    every build (a tenth of a warm build's corpus read)."""
    if doc.slug == slug:
        return doc
    moved = object.__new__(Document)
    state = doc.__dict__
    # the fields only: a cached property already read (``id``, made of the old slug) is made again by the copy
    moved.__dict__.update({name: state[name] for name in _DOCUMENT_FIELDS}, slug=slug)
    return moved


_DOCUMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


def assign_slugs(documents: list[Document], arrival: dict[str, float] | None = None) -> list[Document]:
    """Give every document a unique URL slug within its year that later arrivals do not change.

    A number alone names the page; when several documents share a number in one year (every
    commune has a ``21/KH-UBND``) the first to arrive (*arrival*: source → time, else file
    order) keeps it, each later one gets its issuer appended, then its type, then a counter.
    """
    groups: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for doc in documents:
        groups[(doc.year_slug, doc.base_slug())].append(doc)
    result: dict[str, Document] = {}
    taken: set[tuple[str, str]] = set()
    for (year, base), members in groups.items():
        if len(members) == 1:
            result[members[0].source] = _with_slug(members[0], base)
            taken.add((year, base))
    order = {d.source: i for i, d in enumerate(documents)}
    for (year, base), members in groups.items():
        if len(members) == 1:
            continue
        members = sorted(members, key=lambda d: ((arrival or {}).get(d.source, 0.0), order[d.source]))
        first_issuer = fold(members[0].issuer).casefold()
        for index, doc in enumerate(members):
            if index == 0 and (year, base) not in taken:
                taken.add((year, base))
                result[doc.source] = _with_slug(doc, base)
                continue
            other_issuer = fold(doc.issuer).casefold() != first_issuer
            slug = f"{base}-{slugify(doc.issuer, 40)}" if other_issuer else base
            if (year, slug) in taken:
                slug = f"{slug}-{slugify(doc.type, 20)}"
            candidate, n = slug, 2
            while (year, candidate) in taken:
                candidate, n = f"{slug}-{n}", n + 1
            taken.add((year, candidate))
            result[doc.source] = _with_slug(doc, candidate)
    return [result[d.source] for d in documents]
