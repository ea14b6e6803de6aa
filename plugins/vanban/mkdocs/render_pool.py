"""Render a share of the pages in forked processes while MkDocs renders the rest.

MkDocs reads, converts and renders pages one after another on one core; on a large corpus that
is most of a build. After ``on_nav`` every page's data is final, so the adapter forks workers
that each run MkDocs' own page steps (``_populate_page``, ``_build_page``: the same events, the
same templates) for their share, and takes that share out of the parent's loops by excluding it.
The output is byte-identical to a serial build (tested).

Only for ``mkdocs build`` / ``gh-deploy`` on POSIX: ``mkdocs serve`` reloads in threads, where
forking is unsafe, and small sites gain nothing. Warnings and errors raised in a worker are
replayed through the parent's loggers, so ``--strict`` counts them; a failed worker fails the
build. MkDocs' two private page steps are reached in one place, :func:`mkdocs_page_steps`.
"""

from __future__ import annotations

import inspect
import logging
import os
import pickle
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import FileSystemLoader, TemplateError
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..cache import flush_all
from ..filestore import FileStore
from ..parallel import stop_child, workers
from ..placing import place_all
from ..site import Made, Outputs
from .pages import draw_codes

# Below this many pages the fork costs more than it saves.
MIN_PAGES = 300

PAGE_STEPS: dict[str, tuple[str, ...]] = {
    "_populate_page": ("page", "config", "files", "dirty"),
    "_build_page": ("page", "config", "doc_files", "nav", "env", "dirty", "excluded"),
}
"""The private steps of ``mkdocs.commands.build`` a worker runs, with the parameters we rely on."""


class MkDocsChanged(RuntimeError):
    """The installed MkDocs no longer has the page steps the workers call."""


def mkdocs_page_steps() -> tuple[Callable[..., None], Callable[..., None]]:
    """MkDocs' own page steps: ``_populate_page`` (read, Markdown, page events) and ``_build_page``
    (context, template, write).

    Private API, used because MkDocs has no public call that renders one page with the same
    events and templates, and a copy of its loop would drift from it. Checked here (and pinned by
    tests/test_render_pool.py) so that a MkDocs release that renames or reshapes them fails loudly
    instead of rendering differently; the serial build needs neither.
    """
    steps = []
    for name, parameters in PAGE_STEPS.items():
        step = getattr(mkdocs_build, name, None)
        if step is None or tuple(inspect.signature(step).parameters) != parameters:
            raise MkDocsChanged(f"mkdocs.commands.build.{name} không còn như MkDocs 1.6: "
                                "đặt VANBAN_WORKERS=1 để dựng tuần tự, hoặc cập nhật vanban")
        steps.append(step)
    return steps[0], steps[1]


def share_out(files: Sequence[File], processes: int, parent: str = "") -> list[list[File]]:
    """*processes* shares of similar cost: pages dealt round-robin in a stable order, so that
    document pages and listing pages spread evenly. Share 0 stays with the parent, and so does the page
    *parent* (a src_uri: the search page, whose data is final only once the search files are, see
    :mod:`.late_search`)."""
    ordered = sorted((f for f in files if f.src_uri != parent), key=lambda f: f.src_uri)
    shares = [ordered[i::processes] for i in range(processes)]
    shares[0].extend(f for f in files if f.src_uri == parent)
    return shares


def compile_templates(config: MkDocsConfig, files: Files) -> None:
    """Compile the project's own templates (its ``custom_dir``) into the process's bytecode cache
    (:data:`.shared.TEMPLATE_CODE`, which the plugin's ``on_env`` gives every environment) before the
    workers fork: each process then loads them instead of compiling its own copy (a worker compiled
    the 20-odd it used again, about 0.1 s of CPU). The environment is made as a worker makes its own,
    so the code is the code each would compile. A template that does not compile is left to the
    page that uses it, as before."""
    custom = config.theme.custom_dir
    if not custom:
        return
    env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
    for name in FileSystemLoader(custom).list_templates():
        if name.endswith(".html"):
            try:
                env.get_template(name)
            except TemplateError:
                continue


class _Capture(logging.Handler):
    """Keeps a worker's warnings and errors, flattened so that they pickle."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[dict[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append({"name": record.name, "levelno": record.levelno, "levelname": record.levelname,
                             "msg": record.getMessage(), "args": None})


def share_outputs(outputs: Outputs, files: Files) -> tuple[list[tuple[str, Made]], list[tuple[str, Made]]]:
    """The build's output files as (normalised path, bytes or their maker), the last of equal paths
    winning as in a serial write: those any process may write, and those only the parent may, after
    MkDocs wrote its own files (a path MkDocs writes too, which the output must overwrite)."""
    final = {posixpath.normpath(rel): content for rel, content in sorted(outputs.made(), key=lambda item: item[0])}
    mkdocs_writes = {file.dest_uri for file in files}
    free = [(rel, content) for rel, content in final.items() if rel not in mkdocs_writes]
    last = [(rel, content) for rel, content in final.items() if rel in mkdocs_writes]
    return free, last


def _render_share(share: Sequence[File], config: MkDocsConfig, files: Files, nav: Navigation,
                  outputs: Sequence[tuple[str, Made]] = (), store: FileStore | None = None,
                  keep: Callable[[], Sequence[tuple[str, str]]] | None = None) -> list[dict[str, object]]:
    """What MkDocs' build loop does for these pages, then this share of the build's output files
    (their file creation is much of a build's time), and the pages *keep* gives (key, destination,
    asked before the pages are rendered) kept in *store*; returns the warnings it logged."""
    capture = _Capture()
    mkdocs_logger = logging.getLogger("mkdocs")
    for handler in list(mkdocs_logger.handlers):
        mkdocs_logger.removeHandler(handler)
    mkdocs_logger.addHandler(capture)
    mkdocs_logger.propagate = False
    try:
        kept = keep() if keep is not None and store is not None else ()
        populate_page, build_page = mkdocs_page_steps()
        for file in share:
            if file.page is None:
                Page(None, file, config)
            assert file.page is not None
            populate_page(file.page, config, files)
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages()
        plugin: Any = config.plugins.get("vanban")
        if plugin is not None:  # this share's QR codes drawn in runs, as the parent draws its own
            draw_codes(share, plugin.by_src)
        for file in share:
            assert file.page is not None
            build_page(file.page, config, doc_files, nav, env)
        for file in share:
            assert file.page is not None
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        place_all(store, config.site_dir, outputs)
        if store is not None:
            for key, target in kept:
                store.keep_page(key, target)
            store.touch()
        flush_all()  # what this worker stored in the build cache, as one pack
    except Exception as exc:  # reported to the parent, which fails the build; MkDocs has named the page
        capture.records.append({"name": "mkdocs.plugins.vanban", "levelno": logging.ERROR, "levelname": "ERROR",
                                "msg": f"lỗi khi dựng trang song song: {type(exc).__name__}: {exc}",
                                "args": None})
    return capture.records


@dataclass
class RenderPool:
    """Forked page workers of one build."""

    children: list[tuple[int, int]] = field(default_factory=list)  # (pid, read end of its pipe)

    @staticmethod
    def wanted(command: str | None, pages: int) -> int:
        """How many processes to render with (1: MkDocs alone)."""
        if command not in ("build", "gh-deploy") or not hasattr(os, "fork") or pages < MIN_PAGES:
            return 1
        return min(workers(), max(1, pages // (MIN_PAGES // 2)))

    def start(self, config: MkDocsConfig, files: Files, nav: Navigation, processes: int,
              outputs: Sequence[tuple[str, Made]] = (), store: FileStore | None = None,
              parent: str = "", hand_over: Callable[[Sequence[File]], Callable[[], list[tuple[str, str]]]] | None = None,
              ) -> list[tuple[str, Made]]:
        """Fork the workers, each with a share of the pages and of *outputs* (files no MkDocs step
        writes; placed through *store* when there is one); the parent's share of *outputs* is returned.
        *parent*: the src_uri of a page only the parent renders (:func:`share_out`). *hand_over*: for a
        share, a function giving the (key, destination) of its pages to keep in *store*
        (``PageCache.hand_over``): its worker calls it before rendering them and keeps them once written."""
        flush_all()  # nothing of the parent's cache packs is left half-written for a child to inherit
        compile_templates(config, files)
        shares = share_out(files.documentation_pages(), processes, parent)
        written = [list(outputs[i::processes]) for i in range(processes)]
        for share, mine in zip(shares[1:], written[1:], strict=True):
            keep = hand_over(share) if hand_over is not None and store is not None else None
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: render, report, leave without running the parent's cleanup
                os.close(read_end)
                status = 1
                try:
                    records = _render_share(share, config, files, nav, mine, store, keep)
                    with os.fdopen(write_end, "wb") as pipe:
                        pickle.dump(records, pipe)
                    status = 0
                finally:
                    os._exit(status)
            os.close(write_end)
            self.children.append((pid, read_end))
        # Only now, so that every worker saw the whole site: MkDocs' loops here skip the shares.
        # (No page links another through Markdown: the core renders every body, so excluding a
        # share makes MkDocs report no "link to an excluded page".)
        for share in shares[1:]:
            for file in share:
                file.inclusion = InclusionLevel.EXCLUDED
        return written[0]

    def finish(self) -> bool:
        """Wait for every worker and replay its log records; False when one failed."""
        ok = True
        for pid, read_end in self.children:
            with os.fdopen(read_end, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(pid, 0)
            records: list[dict[str, object]] = pickle.loads(data) if data else []
            for fields in records:
                record = logging.makeLogRecord(fields)
                logging.getLogger(record.name).handle(record)
                ok = ok and record.levelno < logging.ERROR
            ok = ok and os.waitstatus_to_exitcode(status) == 0 and bool(data)
        self.children = []
        return ok

    def abandon(self) -> None:
        """The build failed elsewhere: stop the workers."""
        for pid, read_end in self.children:
            stop_child(pid, read_end)
        self.children = []
