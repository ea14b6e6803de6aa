"""The site as plain data: which pages exist, what each shows, which extra files are written.

Features (listings, graph panels, timeline, search, feeds…) are plain functions that add
:class:`PageSpec` entries and output files to a :class:`SiteModel`; what one feature hands
another is a typed result passed by :func:`vanban.build.build_site`, never stored here. The
MkDocs adapter only turns page specs into MkDocs pages and writes the outputs, so the whole
site can be built and tested without MkDocs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from .corpus import Corpus
from .documents import Document
from .problems import Problem
from .tracking.config import TrackingSettings


@dataclass
class PageSpec:
    """One page of the site. ``path`` is its directory URL without leading slash (``van-ban/2025/300-ldld/``)."""

    path: str
    template: str
    title: str
    data: dict[str, Any] = field(default_factory=dict)  # exposed to templates as ``vb``
    source: str | None = None  # content-relative path of a held document's Markdown file
    description: str = ""

    @property
    def src_uri(self) -> str:
        """The Markdown file name MkDocs knows the page by (generated when no source)."""
        return self.source or (self.path.rstrip("/") + "/index.md" if self.path else "index.md")


Made = bytes | Callable[[], bytes]
"""An output file's bytes, or what makes them when the file is written (:meth:`Outputs.made`); a
:class:`Streamed` maker also gives them piece by piece."""

STREAM_BUFFER = 1 << 16  # characters or bytes gathered before a piece of a streamed file is handed on


class Streamed:
    """The maker of an output file written piece by piece (:func:`vanban.placing.place_all`): the
    largest files (``data/documents.json``, ``tracking.json``, the site's ``lich.ics``; 3–7 MB at
    5,000 documents) made whole, as text and then bytes, were the spikes of a build's peak memory.
    Called, it gives the whole bytes (readers other than the writer)."""

    def __init__(self, path: str, pieces: Callable[[], Iterable[str] | Iterable[bytes]]) -> None:
        self.path = path
        self.pieces = pieces

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes in pieces of about :data:`STREAM_BUFFER`: the same bytes as ``self()``."""
        held: list[Any] = []  # all text or all bytes (one maker's pieces are one kind)
        size = 0
        for piece in self.pieces():
            held.append(piece)
            size += len(piece)
            if size >= STREAM_BUFFER:
                yield self._joined(held)
                held, size = [], 0
        if held:
            yield self._joined(held)

    def _joined(self, held: list[Any]) -> bytes:
        data = "".join(held).encode("utf-8") if isinstance(held[0], str) else b"".join(held)
        return file_bytes(self.path, data)  # "<" is one byte and one character: replaced piece by piece

    def __call__(self) -> bytes:
        return b"".join(self.chunks())


class Keyed:
    """The maker of an output file whose bytes depend only on inputs that digest cheaply (a document's
    ``index.json``: its record, its document, its tasks; the document's digest already made for its
    analysis): *key* gives the digest of all of them (None: not keyable), and the build cache's store
    finds the file made from the same inputs by it (:func:`vanban.placing.place_all`), without making
    or hashing its bytes again. Called, it makes them."""

    def __init__(self, make: Callable[[], bytes], key: Callable[[], str | None]) -> None:
        self.make, self.key = make, key

    def __call__(self) -> bytes:
        return self.make()


class StoredFile:
    """The maker of an output file whose bytes the build cache's store holds, named by their digest
    (:meth:`vanban.filestore.FileStore.place_stored` links it where it goes): the search files of a build
    whose documents did not change, or that a forked child made, are never whole in this process (they
    were 3.8 MB at 1,000 documents, 12.5 MB at 5,000, held from the analyses to the placing). Called, it
    reads them (a copy where no link can be made)."""

    def __init__(self, folder: str, name: str) -> None:
        self.folder, self.name = folder, name  # the store's folder of output files; the bytes' digest

    def __call__(self) -> bytes:
        with open(f"{self.folder}/{self.name}", "rb") as handle:
            data = handle.read()
        if hashlib.blake2b(data, digest_size=20).hexdigest() != self.name:
            raise OSError(f"cache: tệp {self.folder}/{self.name} đã bị sửa")
        return data


def made_bytes(content: Made) -> bytes:
    """The bytes of an output entry (:data:`Made`)."""
    return content if isinstance(content, bytes) else content()


class Outputs(MutableMapping[str, bytes]):
    """The extra output files by site-relative path. Some are made only when read or written: a
    per-document ``index.json`` carries the whole body, so all of them held as bytes from their stage
    to the writer was the largest block of a cold build's peak memory (9 MB at 1,000 documents).
    Reading an entry makes its bytes (not kept); :meth:`made` hands the writer the entries as they
    are, so each deferred file exists as bytes only while it is written."""

    def __init__(self) -> None:
        self._entries: dict[str, Made] = {}

    def __getitem__(self, path: str) -> bytes:
        return made_bytes(self._entries[path])

    def __setitem__(self, path: str, content: bytes) -> None:
        self._entries[path] = content

    def defer(self, path: str, make: Callable[[], bytes]) -> None:
        self._entries[path] = make

    def __delitem__(self, path: str) -> None:
        del self._entries[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, path: object) -> bool:
        return path in self._entries

    def clear(self) -> None:
        self._entries.clear()

    def made(self) -> list[tuple[str, Made]]:
        """(path, bytes or maker) of every entry, nothing made yet."""
        return list(self._entries.items())


@dataclass
class SiteConfig:
    """Settings of one portal, read from the plugin config by the adapter."""

    site_name: str = "Trang Thông tin điện tử"
    site_url: str = ""
    page_size: int = 50
    home_size: int = 10
    portal: dict[str, Any] = field(default_factory=dict)
    cache_dir: str = ""  # the on-disk build cache (vanban.cache); "" for none
    build_date: dt.date | None = None  # "today" for past/upcoming deadlines; None: dates.build_day()
    tracking: TrackingSettings = field(default_factory=TrackingSettings)  # units, successors, reporting calendar


@dataclass
class SiteModel:
    config: SiteConfig
    corpus: Corpus
    documents: dict[str, Document] = field(default_factory=dict)  # every document by id, held and stub
    pages: dict[str, PageSpec] = field(default_factory=dict)  # by path
    outputs: Outputs = field(default_factory=Outputs)  # site-relative file path → bytes
    problems: list[Problem] = field(default_factory=list)  # problems found after loading (graph, …)

    def add_page(self, page: PageSpec) -> PageSpec:
        if page.path in self.pages:
            raise ValueError(f"two pages at /{page.path}")
        self.pages[page.path] = page
        return page

    def add_output(self, path: str, content: bytes | str) -> None:
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        self.outputs[path] = file_bytes(path, content)

    def add_deferred_output(self, path: str, make: Callable[[], str | bytes]) -> None:
        """An output file whose text *make* gives when the file is written (or read), not now: the same
        bytes as ``add_output(path, make())``; what *make* reads must not change after this call."""
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        self.outputs.defer(path, lambda: file_bytes(path, make()))

    def add_keyed_output(self, path: str, make: Callable[[], str | bytes], key: Callable[[], str | None]) -> None:
        """:meth:`add_deferred_output`, the file found in the store by *key* (:class:`Keyed`): the digest of
        everything *make* reads, besides vanban's code (the store's generation) and *path*."""
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        self.outputs.defer(path, Keyed(lambda: file_bytes(path, make()), key))

    def add_stored_output(self, path: str, made: StoredFile) -> None:
        """An output file the store holds (:class:`StoredFile`, its final bytes: ``file_bytes`` applied)."""
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        self.outputs.defer(path, made)

    def add_streamed_output(self, path: str, pieces: Callable[[], Iterable[str] | Iterable[bytes]]) -> None:
        """An output file made when written, piece by piece (:class:`Streamed`): the same bytes as
        ``add_output(path, "".join(pieces()))`` (text pieces as UTF-8; one maker gives all text or all bytes), never whole in memory while written."""
        if path in self.outputs:
            raise ValueError(f"two writers of {path}")
        self.outputs.defer(path, Streamed(path, pieces))

    @property
    def held_documents(self) -> list[Document]:
        return [d for d in self.documents.values() if d.held]


def relative_url(from_url: str, to_url: str) -> str:
    """Relative link between two site directory URLs (``van-ban/2025/a/`` → ``../../2024/b/``)."""
    src = [p for p in from_url.split("/") if p]
    dst = [p for p in to_url.split("/") if p]
    common = 0
    while common < min(len(src), len(dst)) and src[common] == dst[common]:
        common += 1
    rel = "../" * (len(src) - common) + "/".join(dst[common:])
    return (rel.rstrip("/") + "/") if dst[common:] else (rel or "./")


def file_bytes(path: str, content: bytes | str) -> bytes:
    """The bytes written for an output file *path* given *content* (as :meth:`SiteModel.add_output` writes them)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.endswith(".json"):
        # "<" only ever occurs inside JSON strings, where \u003c means the same: a body's raw
        # HTML in open data can then never be sniffed or served as markup.
        data = data.replace(b"<", b"\\u003c")
    return data
