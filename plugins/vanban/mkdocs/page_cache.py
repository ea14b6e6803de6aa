"""Page-level incremental output: a page whose inputs did not change keeps its last HTML.

Before MkDocs renders (``on_nav``, when every page's data is final) each vanban page gets a key:
the *context* — vanban's code, the installed packages' versions, the project's own theme files,
the MkDocs configuration and the navigation — and the page's own inputs (its spec and data with
every document it shows, its body's inputs; see :mod:`vanban.fingerprint`). A page whose key is in
the cache is taken out of MkDocs' loops (``InclusionLevel.EXCLUDED``, as the render pool does with
its shares) and its stored HTML is linked to its place in ``on_post_build``; every other page is
rendered by MkDocs as before, and the file MkDocs wrote is kept under its key in ``on_post_build``.
A key that cannot be computed (a value of an unknown kind in the page's data) means the page is rendered.

The store is the build cache's :class:`vanban.filestore.FileStore` (namespace ``pages``; the build's
other output files go through it too): entries are hard links checked against their digest before
each use, made atomically and pruned like the others. ``mkdocs serve`` without a cache directory
keeps them in a temporary folder for the session, so that a save re-renders only the affected pages.
"""

from __future__ import annotations

import atexit
import email
import functools
import hashlib
import importlib.metadata
import shutil
import site as python_site
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation

from ..build import Build
from ..cache import code_fingerprint
from ..filestore import FileStore
from ..fingerprint import Fingerprinter, page_key
from ..parallel import Background
from ..site import PageSpec

T = TypeVar("T")

# Settings that say where things are, not what a page shows.
PLACES = frozenset({"config_file_path", "docs_dir", "site_dir", "dev_addr", "watch", "remote_branch", "remote_name"})


@functools.cache
def installed_versions() -> str:
    """Every installed distribution and its version: MkDocs, Material, Jinja, markdown-it, nh3 …
    Read from each one's metadata headers only (``dist.metadata`` parses its long description too,
    and ``dist.version`` parses it again: 20 -> 6 ms of CPU a build for the 66 in vanban's venv)."""
    found = []
    for dist in importlib.metadata.distributions():
        text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
        headers = email.message_from_string(text.partition("\n\n")[0])
        found.append(f"{headers['Name']}=={headers['Version']}")
    return "\n".join([sys.version, *sorted(found)])


def package_dirs() -> tuple[Path, ...]:
    paths = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *python_site.getsitepackages()}
    return tuple(Path(p).resolve() for p in paths if p)


def theme_files(dirs: list[str]) -> str:
    """A digest of the theme folders that are not an installed package's (those are fingerprinted by
    version): the project's ``custom_dir`` (theme_overrides/), every file by path and content."""
    digest = hashlib.sha256()
    packages = package_dirs()
    for folder in dirs:
        root = Path(folder).resolve()
        digest.update(str(root).encode() + b"\0")
        if any(root.is_relative_to(p) for p in packages):
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def plain(value: Any) -> Any:
    """A configuration value as plain data (MkDocs' option objects as mappings)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "config") and isinstance(value.config, Mapping):  # a plugin: its options
        return [type(value).__module__, type(value).__qualname__, plain(value.config)]
    text = repr(value)
    return f"{type(value).__qualname__}:{text if ' at 0x' not in text else ''}"


def _nav_items(items: list[Any]) -> Iterator[list[Any]]:
    for item in items:
        yield [type(item).__name__, item.title, getattr(item, "url", None)]
        yield from _nav_items(getattr(item, "children", None) or [])


def context_key(config: MkDocsConfig, nav: Navigation) -> str:
    """What every page's HTML depends on besides its own data."""
    settings = {k: plain(v) for k, v in config.items() if k not in PLACES and k != "theme"}
    theme = {"name": config.theme.name, **{k: plain(v) for k, v in config.theme.items()}}
    return Fingerprinter().hexdigest(code_fingerprint(), installed_versions(), theme_files(config.theme.dirs),
                                     repr(settings), repr(theme), list(_nav_items(nav.items)))


SPLIT_AT = 400  # pages: fewer are keyed in this process alone (a fork costs ~10 ms, a key ~0.12 ms)


def keyed(key_of: Callable[[T], str | None], items: Sequence[T], *, split_at: int = SPLIT_AT) -> list[str | None]:
    """``[key_of(item) for item in items]``, every other item keyed in a forked child meanwhile when there are
    *split_at* or more (:class:`vanban.parallel.Background`: here instead when forking is unsafe or the child
    fails). Why: a warm build keys every page (0.21 s of its parent's 1.8 s of CPU at 1,000 documents) while
    its second core has only the placing child's links to make (its search files were found: no child makes
    them); a key is a pure function of the page's data, so either process makes the same. Not when the search
    files are being made (an edit, a cold build): their child and the placing one keep the second core busy
    then (a third process gained nothing, and under load cost its fork)."""
    if len(items) < split_at:
        return [key_of(item) for item in items]
    theirs = Background(lambda: [key_of(item) for item in items[1::2]], helper=False)
    mine = [key_of(item) for item in items[0::2]]
    found: list[str | None] = [None] * len(items)
    found[0::2] = mine
    found[1::2] = theirs.result()
    return found


class PageCache:
    """The pages of one build: which keep their HTML, which are rendered and then kept."""

    def __init__(self) -> None:
        self.store: FileStore | None = None
        self.keys: dict[str, str] = {}  # src_uri → key, for the pages rendered in this build
        self.rendered: list[tuple[str, str]] = []  # (key, destination) of the pages MkDocs renders
        self.kept: list[tuple[str, str]] = []  # (stored HTML, destination) of the pages not rendered
        self._session: str = ""  # mkdocs serve without a cache directory: a folder for the session
        self._context = ""  # this build's context_key
        # nothing stored (a cold build): (destination, spec) of the pages to key once shared out (:meth:`hand_over`)
        self.unkeyed: list[tuple[str, PageSpec]] = []
        self._key_of: Callable[[PageSpec], str | None] = lambda spec: None
        self._forget: Callable[[], None] = lambda: None

    def session_folder(self) -> str:
        if not self._session:
            self._session = tempfile.mkdtemp(prefix="vanban-serve-")
            atexit.register(shutil.rmtree, self._session, True)
        return self._session

    def plan(self, build: Build, by_src: Mapping[str, PageSpec], config: MkDocsConfig, files: Files,
             nav: Navigation, cache_dir: str, *, link: bool = True, remember: bool = False,
             wait: tuple[str, Callable[[], object]] | None = None, defer: str = "") -> int:
        """Key every vanban page; take those already stored out of MkDocs' loops. The count kept.
        *link*: the site folder was emptied for this build, so stored files may be linked into it;
        *remember*: mkdocs serve, see :class:`vanban.filestore.FileStore`.
        *wait*: (src_uri, finish) a page whose data is not final until finish() returns: keyed last,
        so that the work it waits for (the search files, made in the background) goes on meanwhile.
        *defer*: the src_uri of a page whose data is final only when MkDocs renders it (the search page
        of search files still being made: they changed, so it did): rendered, keyed then (:meth:`late`)."""
        self.keys, self.rendered, self.kept, self.unkeyed = {}, [], [], []
        self.store = FileStore(Path(cache_dir), link=link, remember=remember) if cache_dir else None
        if self.store is None:
            return 0
        self._context = context = context_key(config, nav)
        fingerprinter = build.fingerprinter

        def key_of(spec: PageSpec) -> str | None:
            doc = spec.data.get("document") if spec.source is not None else None
            inputs = build.body_inputs(doc) if doc is not None else None
            return page_key(fingerprinter, spec, inputs, context)
        pages = [(file, spec) for file in files.documentation_pages() if (spec := by_src.get(file.src_uri)) is not None
                 and file.src_uri != defer]
        if not self.store.holds_pages():
            # No page is stored: each is rendered, and keyed only to be kept, by the process that renders it
            # (:meth:`hand_over`, :meth:`key_rest`), once the pages are shared out among the render workers.
            self.unkeyed = [(file.abs_dest_path, spec) for file, spec in pages]
            self._key_of, self._forget = key_of, fingerprinter.forget
            return 0
        held = wait[0] if wait is not None else None
        last = [page for page in pages if page[0].src_uri == held]
        pages = [page for page in pages if page[0].src_uri != held]
        specs = [spec for _, spec in pages]
        for (file, _), key in zip(pages, keyed(key_of, specs, split_at=len(specs) + 1 if defer else SPLIT_AT),
                                  strict=True):
            self._place(file, key)
        for file, spec in last:  # that page last, once the work it waits for is done
            if wait is not None:
                wait[1]()
            self._place(file, key_of(spec))
        fingerprinter.forget()  # every page keyed but a deferred one (late: a few digests made again)
        return len(self.kept)

    def _place(self, file: Any, key: str | None) -> None:
        """A keyed page: kept (out of MkDocs' loops) when its key is stored, else rendered and then stored."""
        if key is None or self.store is None:
            return
        stored = self.store.page(key)
        if stored is None:
            self.rendered.append((key, file.abs_dest_path))
        else:
            file.inclusion = InclusionLevel.EXCLUDED
            self.kept.append((stored, file.abs_dest_path))

    def late(self, build: Build, spec: PageSpec, target: str) -> None:
        """Key a page *plan* deferred, its data final now; the HTML MkDocs writes at *target* is kept."""
        if self.store is not None and self._context:
            key = page_key(build.fingerprinter, spec, None, self._context)
            if key is not None:
                self.rendered.append((key, target))

    def hand_over(self, share: Iterable[Any]) -> Callable[[], list[tuple[str, str]]]:
        """The pages to keep among *share* (the files a render worker renders), taken off this process's
        lists: a function giving their (key, destination), for the worker to call before it renders them
        (a page's data is let go once it is written) and to keep them once written (:func:`keep_pages`).
        On its core and while this process renders its own: this one keyed every page of a cold build
        before forking (0.26 s at 1,000 documents), and read back every page the workers wrote once they
        had all ended (1,800)."""
        destinations = {file.abs_dest_path for file in share}
        theirs = [item for item in self.rendered if item[1] in destinations]
        self.rendered = [item for item in self.rendered if item[1] not in destinations]
        unkeyed = [item for item in self.unkeyed if item[0] in destinations]
        self.unkeyed = [item for item in self.unkeyed if item[0] not in destinations]
        key_of, forget = self._key_of, self._forget

        def keys() -> list[tuple[str, str]]:
            found = theirs + [(key, target) for target, spec in unkeyed if (key := key_of(spec)) is not None]
            if unkeyed:
                forget()  # the worker's memo of digests is not held through its rendering (as the parent's)
            return found
        return keys

    def key_rest(self) -> None:
        """Key the pages :meth:`plan` left unkeyed that this process renders (all of them without workers)."""
        self.rendered.extend((key, target) for target, spec in self.unkeyed if (key := self._key_of(spec)) is not None)
        if self.unkeyed:
            self._forget()
        self.unkeyed = []

    def keep_rendered(self) -> None:
        """Keep the pages this process rendered, MkDocs having written them (before waiting for the workers)."""
        if self.store is not None:
            keep_pages(self.store, self.rendered)
        self.rendered = []

    def finish(self) -> None:
        """After MkDocs wrote its pages: keep the rendered ones, put the kept ones in place."""
        if self.store is None:
            return
        self.keep_rendered()
        for stored, target in self.kept:
            self.store.restore(stored, target)
        self.kept = []


def keep_pages(store: FileStore, rendered: Iterable[tuple[str, str]]) -> None:
    """Keep each page written at its destination under its key (:meth:`vanban.filestore.FileStore.keep_page`)."""
    for key, target in rendered:
        store.keep_page(key, target)
