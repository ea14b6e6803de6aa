"""The MkDocs adapter: maps the framework-free core onto MkDocs events, and nothing more.

Collect in ``on_files`` (load and validate the corpus, build the site model, give every
document its URL, add generated pages), hand each page its Markdown and template in
``on_page_markdown``, its data in ``on_page_context``, and write extra files in
``on_post_build``. Problems go through the plugin logger so ``--strict`` counts them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import posixpath
from collections import Counter
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..analysis import Analysis, CacheKey
from ..arrival import read_ledger, write_ledger
from ..build import Build, build_site, fewer_collections, spare_collections
from ..cache import PRUNE_EVERY, prune
from ..corpus import Corpus, Parsed, load_corpus
from ..documents import Document
from ..folders import Folders
from ..inventory import Inventory, scan
from ..parallel import start_helper, stop_helper
from ..parse_cache import StoredParses
from ..placing import has_entries, place_all
from ..portal import PortalConfigError, parse_portal
from ..problems import Severity
from ..regex_cache import save as save_patterns
from ..regex_cache import save_beside as keep_patterns
from ..search.page import PendingSearch
from ..site import Made, Outputs, PageSpec, SiteConfig, SiteModel
from ..tracking import TrackingConfigError
from ..tracking.config import TrackingSettings, parse_settings
from ..verified import save_records
from .collected import report, select_ward, source_prefix
from .config import VanbanConfig
from .files import (
    add_page_files,
    install_collector,
    only_documents,
    publish_attachments,
    without_unused_theme_files,
)
from .late_search import LateSearch
from .page_cache import PageCache
from .pages import (
    DEFAULT_NAV,
    TRACKING_PAGES,
    CorePage,
    draw_codes,
    let_go_of_unrendered,
    rendered_here,
    show_body,
    without_pages,
)
from .render_pool import RenderPool, share_outputs
from .serve import has_files, keep_site, make_room, problem_pages, remove_stale
from .shared import TEMPLATE_CODE, active
from .task_tables import written_panels
from .templating import register, theme_of

log = get_plugin_logger(__name__)

class VanbanPlugin(BasePlugin[VanbanConfig]):  # type: ignore[no-untyped-call]
    """Publish a folder of Vietnamese directive documents as a portal."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.build: Build | None = None
        self.identity: dict[str, Any] = {}  # the portal's identity as the footer reads it (vb_portal)
        self.by_src: dict[str, PageSpec] = {}
        self.command: str | None = None
        self.dirty = False
        self.pool = RenderPool()
        self.outputs: list[tuple[str, Made]] = []  # the output files this process writes in on_post_build
        self.pages = PageCache()  # pages whose inputs did not change keep their last HTML
        # With on_startup, MkDocs keeps this instance across `mkdocs serve` rebuilds: the analyses of
        # unchanged documents are kept here, so saving one file re-reads the text of that file only.
        self.analysis_cache: dict[CacheKey, Analysis] = {}
        self.parsed: Parsed = {}  # and the front matter of unchanged files is not parsed again
        # Outside git, when each file was first seen (vanban.arrival): an edit does not move an address.
        self.arrivals: dict[str, float] | None = None
        self._pruned = False
        self.collections = contextlib.ExitStack()  # fewer cycle collections, for one build
        self.held = False  # mkdocs serve: the fewer collections of the first build kept between rebuilds
        self.last_urls: dict[str, str] = {}  # mkdocs serve: each document's address, for its problem page
        self.inventory: Inventory | None = None  # what content/ holds, from vanban's own walk (collect_files)
        self.tracking = TrackingSettings()  # units:, successors:, reporting: (checked in on_config)
        self.served = ""  # mkdocs serve: the folder the last rebuild completed in (kept, not emptied, next time)
        self.keeping = False  # this build brings its folder up to date instead of writing it anew
        self.produced: list[str] = []  # the output files placed before on_post_build, when keeping
        self.files: Files | None = None
        self.late_search = LateSearch()  # search files finished when their page is rendered
        self.folders: Folders | None = None  # an emptied site folder's folders, being made (vanban.folders)
        self.made: set[str] = set()  # the site's folders known to exist (no makedirs for them)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty
        self.collections.close()  # an instance MkDocs kept from an earlier command in this process
        self.held = False
        if command == "serve":  # before the server's threads: a save's search files are made beside the rebuild
            start_helper()

    def on_shutdown(self) -> None:
        self.collections.close()
        self.held = False
        stop_helper()
        save_records()  # mkdocs serve: what its rebuilds verified, for the next process

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        from .watching import watch_with_events  # serve only: watchdog is not loaded by a build

        watch_with_events(server)  # a save is heard when it happens, not at MkDocs' next 0.5 s poll
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if "search" in config.plugins or "material/search" in config.plugins:
            raise PluginError(
                "vanban: hãy tắt plugin search của MkDocs/Material trong mkdocs.yml — vanban có công cụ tìm kiếm riêng"
            )
        try:
            parse_portal(self.config.portal, config.site_url or "")
        except PortalConfigError as exc:
            raise PluginError(str(exc)) from None
        try:
            self.tracking = parse_settings(self.config)
        except TrackingConfigError as exc:
            raise PluginError(str(exc)) from None
        if not config.nav:
            # Without an explicit nav MkDocs would put every document into every page.
            config.nav = DEFAULT_NAV
        if not self.tracking.enabled:  # tracking: false makes no /theo-doi/ or /don-vi/ page to list
            config.nav = without_pages(config.nav, TRACKING_PAGES)
        # vanban writes sitemap.xml and its .gz (vanban.opendata): the theme's, rendered over every page
        # and gzipped, was written only to be replaced.
        config.theme.static_templates.discard("sitemap.xml")
        if not self.held:  # until on_post_build / on_build_error; mkdocs serve: see on_post_build
            self.collections.close()
            self.collections.enter_context(fewer_collections())
            self.held = self.command == "serve"
        install_collector()
        # A serve rebuild brings up to date the folder of the last one; a build, the site folder an earlier
        # build left (MkDocs would empty it and vanban link back ~6,000 files at 1,000 documents).
        self.keeping = not self.dirty and (self.served == config.site_dir if self.command == "serve"
                                           else self.command in ("build", "gh-deploy") and has_files(config.site_dir))
        if self.keeping:
            keep_site(config.site_dir)
        self.served = ""
        return config

    # Late: after other plugins added their files, so every Markdown file is seen once.
    @event_priority(-50)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        root = Path(config.docs_dir)
        inventory, self.inventory = self.inventory or scan(root), None
        files = without_unused_theme_files(only_documents(files, inventory, root), config)
        sources = [f.src_uri for f in files if f.src_uri.endswith(".md") and not f.generated_by]
        limit = self.config.max_attachment_mb * 1024 * 1024
        shared = active()  # vanban build-all: the corpus is read and analysed once for every site
        cache_dir = self.cache_folder(config)
        keep_patterns()  # beside the package's bytecode, for the next cold build too (vanban.regex_cache)
        save_patterns(cache_dir)  # a cold build's 1.8 MB of regex programs written now, not held to the end
        TEMPLATE_CODE.use(cache_dir)  # compiled templates kept for the next build too
        if self.arrivals is None:
            self.arrivals = read_ledger(Path(cache_dir)) if cache_dir else {}
        known, before = self.arrivals, dict(self.arrivals)
        # Front matter whose text did not change is not parsed again: kept in memory by mkdocs serve,
        # in the build cache by a build.
        stored = StoredParses(Path(cache_dir)) if cache_dir and self.command != "serve" and not shared else None

        def load() -> Corpus:
            return load_corpus(root, max_attachment_bytes=limit, sources=sources, inventory=inventory,
                               parsed=self.parsed if self.command == "serve" else stored, arrivals=known)
        corpus = shared.corpus((str(root.resolve()), limit, tuple(sources)), load) if shared else load()
        if stored is not None:
            stored.close()
        if cache_dir and known != before:
            write_ledger(Path(cache_dir), known)
        if self.config.site_file:
            corpus, files = select_ward(corpus, files, self.config.site_file)
        self.build = build_site(corpus, SiteConfig(
            site_name=config.site_name,
            site_url=config.site_url or "",
            page_size=self.config.page_size,
            home_size=self.config.home_size,
            portal=dict(self.config.portal),
            cache_dir=cache_dir,
            tracking=self.tracking,
        ), cache=self.analysis_cache if self.command == "serve" else (shared.analyses if shared else None),
            background_search=True)  # finished in on_nav, or as their page is rendered (changed)
        site = self.build.site
        self.identity = self.build.portal.as_dict() if self.build.portal else {}
        if corpus.excluded:  # one pass (Files.remove is linear: a ward's site leaves out thousands)
            files = Files([f for f in files if f.src_uri not in corpus.excluded])
        self.by_src = add_page_files(site, files, config)
        publish_attachments(site, files, config)
        prefix = source_prefix(root, config.config_file_path)
        if self.command == "serve":
            for source, url in problem_pages(site, self.last_urls, prefix).items():
                log.warning("%s%s chưa xuất bản được: xem lỗi tại /%s", prefix, source, url)
        report(site, prefix)
        failing = [p for p in site.corpus.problems + site.problems if p.severity is not Severity.NOTE]
        if config.strict and self.command != "serve" and failing:
            # MkDocs counts --strict warnings only at the end, after copying files into site/.
            raise PluginError("vanban: --strict: có lỗi/cảnh báo ở trên — dừng trước khi ghi bất cứ gì vào site/")
        if self.command in ("build", "gh-deploy") and not self.dirty and not self.keeping:
            self._start_placing(site, files, config, cache_dir)
        return files

    def _start_placing(self, site: SiteModel, files: Files, config: MkDocsConfig, cache_dir: str) -> None:
        """MkDocs emptied the site folder: its folders are made on the other core while the pages are keyed
        (vanban.folders), and, when the build cache holds this code's files (a warm or edit build, each
        output a link), the output files final now, which no MkDocs step writes, are placed there too."""
        early: list[tuple[str, Made]] = []
        if cache_dir and has_entries(cache_dir):
            mkdocs_writes = {file.dest_uri for file in files}
            mkdocs_writes.update(name + gz for name in config.theme.static_templates for gz in ("", ".gz"))
            spelt = Counter(posixpath.normpath(rel) for rel in site.outputs)  # the last of one path's spellings wins
            early = [(rel, made) for rel, made in site.outputs.made()
                     if rel not in mkdocs_writes and spelt[rel] == 1 and posixpath.normpath(rel) == rel]
            for rel, _ in early:
                del site.outputs[rel]
        self.folders = Folders(config.site_dir, [spec.path + "index.html" for spec in site.pages.values()],
                               early, cache_dir)

    def cache_folder(self, config: MkDocsConfig) -> str:
        """The build cache's folder ("" when it is off; pruned once a process)."""
        configured = os.environ.get("VANBAN_CACHE_DIR", self.config.cache_dir)
        if not configured:
            return ""
        folder = Path(config.config_file_path or ".").parent / configured
        if not self._pruned:
            self._pruned = True  # once per process: mkdocs serve rebuilds keep their entries
            prune(folder, walk_every=PRUNE_EVERY)
        return str(folder)

    def _spec(self, page: Page) -> PageSpec | None:
        return self.by_src.get(page.file.src_uri)

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        # The core has read and checked every document already: no second read, no second YAML parse.
        return "" if self._spec(page) is not None else None

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        spec = self._spec(page)
        if spec is None or self.build is None:
            return None
        page.meta = {"title": spec.title, "template": spec.template, "description": spec.description}
        return ""  # a document's body is rendered by the core (vanban.body), in on_page_context

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        spec = self._spec(page)
        if spec is not None and self.late_search.waits_for(spec) and self.build is not None:
            self.outputs.extend(self.late_search.finish())  # its data (the index's address) is final now
            self.pages.late(self.build, spec, page.file.abs_dest_path)
        if spec is not None and spec.source is not None and self.build is not None:
            self._render_body(page, spec.data["document"])
        context["vb"] = spec.data if spec else {}
        context["vb_page"] = spec
        return self._common(context)

    def _render_body(self, page: Page, doc: Document) -> None:
        """A document's body, rendered just before its page's template and let go once the page is
        written (:meth:`on_post_page`). MkDocs reads every page before it renders the first one: a
        body rendered when its page is read (``on_page_content``) was held, with all the others,
        until the end of the build (12 MB at 1,000 documents)."""
        if self.build is not None:
            show_body(page, self.build.rendered_body(doc))

    # Last: every plugin has seen the page's HTML before the body is let go.
    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        spec = self._spec(page)
        if spec is not None and spec.source is not None:
            page.content = ""  # the headings' ids stay: MkDocs checks links to them after the build
        if spec is not None and self.command in ("build", "gh-deploy"):
            spec.data = {}  # a one-shot build reads a page's data once, for its one rendering
        return None

    def on_template_context(self, context: Any, /, *, template_name: str, config: MkDocsConfig) -> Any:
        return self._common(context)  # 404.html and other theme templates

    def _common(self, context: Any) -> Any:
        context["vb_portal"] = self.identity
        # The site root without a trailing slash ("../..", ".", or "/" → "" for 404.html): links are
        # written vb_root + "/" + path.
        context["vb_root"] = str(context.get("base_url") or "").rstrip("/")
        return context

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        register(env, theme_of(config.theme.dirs, config.theme.get("palette")))
        env.bytecode_cache = TEMPLATE_CODE  # serve's rebuilds and build-all's sites compile templates once
        return env

    # Last: every plugin has shaped the nav and the pages, so the workers see the final site.
    @event_priority(-100)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        late: PendingSearch | None = None
        for file in files.documentation_pages():
            # get_navigation made a plain Page for every file: the same object (the nav holds it),
            # made a CorePage, skips the Python-Markdown pass.
            if file.src_uri in self.by_src and type(file.page) is Page:
                file.page.__class__ = CorePage
        if self.build is not None:
            written_panels(self.by_src.values())  # before plan keys them: one digest a panel
            folder = self.build.site.config.cache_dir or (self.pages.session_folder() if self.command == "serve" else "")
            # --dirty writes into the files of the last build: no links there (they would be written through).
            pending = self.build.pending_search
            # Search files being made (a document changed): their page is rendered last, so the pages
            # before it (an edited document's) are written while they are made; found in the cache: now.
            late = pending if pending is not None and not pending.found else None
            wait = (pending.page.src_uri, pending.finish) if pending is not None and late is None else None
            kept = self.pages.plan(self.build, self.by_src, config, files, nav, folder, link=not self.dirty,
                                   remember=self.command == "serve", wait=wait,
                                   defer=late.page.src_uri if late is not None else "")
            if kept:
                log.info("%d trang không đổi: giữ bản đã dựng lần trước", kept)
            if pending is not None and late is None:
                pending.finish()  # its files join the outputs below
        if self.keeping:
            make_room(config.site_dir, files, config.theme.static_templates)
        self.files = files
        processes = 1 if self.dirty else RenderPool.wanted(self.command, len(files.documentation_pages()))
        if late is not None:
            self.late_search.defer(late, files)
        free, self.outputs = share_outputs(self.build.site.outputs if self.build else Outputs(), files)
        self.produced = [rel for rel, _ in free] if self.keeping else []  # placed early, or by the workers
        if processes > 1:
            log.info("dựng trang bằng %d tiến trình song song", processes)
            free = self.pool.start(config, files, nav, processes, free, self.pages.store, self.late_search.page,
                                   self.pages.hand_over)
        self.pages.key_rest()  # a cold build's pages this process renders (the workers key theirs)
        if self.command in ("build", "gh-deploy"):  # read once, for the one rendering: not here (kept, or a worker's)
            let_go_of_unrendered(files, self.by_src)
            draw_codes(rendered_here(files), self.by_src)  # this process's QR codes, drawn in runs as it renders
        if self.command in ("build", "gh-deploy") and not self.dirty and self.build is not None:
            # The parent's share written now rather than held through the rendering (18 MB of bytes at
            # 1,000 documents): site_dir was emptied, or kept (make_room above), and MkDocs writes none of these paths
            # later, except its theme's templates (sitemap.xml and the .gz MkDocs makes of it), which stay
            # for on_post_build.
            templates = {name + gz for name in config.theme.static_templates for gz in ("", ".gz")}
            # (the folders and early outputs are waited for in on_post_build: the folders these need are
            # made here if the child has not made them yet)
            place_all(self.pages.store, config.site_dir, [o for o in free if o[0] not in templates])
            free = [o for o in free if o[0] in templates]
            self.build.site.outputs.clear()  # read by nothing after this point
            self.build = dataclasses.replace(self.build, search=None)  # its files' bytes, written above
        self.outputs[:0] = free  # the parent's share, written after MkDocs' own files
        return nav

    # First: later post_build handlers (ours included) must see the pages the workers wrote.
    @event_priority(100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.outputs.extend(self.late_search.finish())  # when its page was not rendered
        if self.command in ("build", "gh-deploy"):
            spare_collections()  # nothing after this build needs the cycle collector (undone by the next build)
        if not self.held:
            # mkdocs serve keeps the build's thresholds until it stops: restored at the end of each rebuild,
            # they set off a collection over every object the server keeps (analyses, parsed front matter)
            # at the end of every save; cycles are still collected, as often as during a build.
            self.collections.close()
        self.pages.keep_rendered()  # this process's pages, while the workers may still write (and keep) theirs
        if not self.pool.finish():
            raise PluginError("vanban: một tiến trình dựng trang bị lỗi (xem thông báo ở trên)")
        self._wait_for_folders()
        self.pages.finish()
        TEMPLATE_CODE.finish()
        if self.build is not None:  # the patterns compiled at import, for the next process (vanban.regex_cache)
            save_patterns(self.build.site.config.cache_dir)
        place_all(self.pages.store, config.site_dir, self.outputs, self.made)
        if self.keeping and self.files is not None:
            templates = [*config.theme.static_templates, *config.extra_templates]
            remove_stale(config.site_dir, [f.dest_uri for f in self.files] + [rel for rel, _ in self.outputs]
                         + self.produced + templates + [t + ".gz" for t in templates])
        self.served = config.site_dir if self.command == "serve" else ""
        self.outputs, self.files, self.produced, self.made = [], None, [], set()
        if self.pages.store is not None:
            self.pages.store.touch(record=self.command != "serve")

    def _wait_for_folders(self) -> None:
        """The site's folders made (vanban.folders): writers, the page store's too, skip making them."""
        if self.folders is not None:
            self.made = self.folders.wait()
            self.folders = None
        if self.pages.store is not None:
            self.pages.store.site_folders = self.made

    def on_build_error(self, *, error: Exception) -> None:
        if self.folders is not None:
            self.folders.abandon()
            self.folders, self.made = None, set()
        self.collections.close()
        self.held = False
        self.pool.abandon()
        self.late_search.drop()
        if self.build is not None and self.build.pending_search is not None:
            self.build.pending_search.abandon()
