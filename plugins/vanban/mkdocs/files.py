"""The adapter's side of :mod:`vanban.inventory`: MkDocs gets from ``content/`` only what vanban publishes.

MkDocs' own ``get_files`` walks the docs folder following symbolic links and copies every file
it finds (before any plugin could object, and before ``--strict`` counts a warning). While a
vanban build runs, the walk is vanban's: documents (``*.md`` regular files) are the only files
MkDocs receives; attachments are added by :func:`publish_attachments` once their documents are
known to be published, each at its one published path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mkdocs.commands.build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..inventory import Inventory, scan
from ..problems import Problem
from ..site import PageSpec, SiteModel
from .shared import active
from .theme_listing import ListedFiles

log = get_plugin_logger(__name__)
_MKDOCS_GET_FILES = getattr(mkdocs_build, "get_files")  # noqa: B009 (not re-exported)


def collect_files(config: MkDocsConfig) -> Files:
    """MkDocs' ``get_files`` for a vanban site: the documents of vanban's own walk, nothing followed."""
    plugin: Any = config.plugins.get("vanban")
    if plugin is None or not hasattr(plugin, "inventory"):
        files: Files = _MKDOCS_GET_FILES(config)
        return files
    shared = active()
    inventory = shared.inventory(Path(config.docs_dir)) if shared else scan(Path(config.docs_dir))
    plugin.inventory = inventory
    files = ListedFiles([File(src, config.docs_dir, config.site_dir, config.use_directory_urls)
                         for src in inventory.documents])
    files.cache_dir = plugin.cache_folder(config)  # the theme's files listed from the build cache
    return files


def install_collector() -> None:
    """Make MkDocs' build collect files through :func:`collect_files` (other sites fall through)."""
    setattr(mkdocs_build, "get_files", collect_files)  # noqa: B010


# Material's own scripts (its JavaScript bundle, search worker and lunr languages, 36 files, 2.3 MB) and
# the source maps of its stylesheets: vanban's pages load none of them (main.html links Material's CSS
# only; search is vanban's own search.js), so copying them into every site was 38 files for nothing.
UNUSED_THEME_ASSETS = ("assets/javascripts/",)
UNUSED_THEME_SUFFIXES = (".map",)


def without_unused_theme_files(files: Files, config: MkDocsConfig) -> Files:
    """*files* without the theme's files no vanban page loads (:data:`UNUSED_THEME_ASSETS`); a file
    of that name in the project's own ``custom_dir`` (or its docs) is kept."""
    custom = config.theme.custom_dir
    own = [Path(custom).resolve()] if custom else []
    theme = [Path(d).resolve() for d in config.theme.dirs]

    def unused(file: File) -> bool:
        if file.generated_by or not file.abs_src_path or not (
                file.src_uri.startswith(UNUSED_THEME_ASSETS) or file.src_uri.endswith(UNUSED_THEME_SUFFIXES)):
            return False
        source = Path(file.abs_src_path).resolve()
        return any(source.is_relative_to(d) for d in theme) and not any(source.is_relative_to(d) for d in own)

    kept = [f for f in files if not unused(f)]
    return Files(kept) if len(kept) < len(files) else files


def only_documents(files: Files, inventory: Inventory, root: Path) -> Files:
    """*files* without any file of the docs folder *root* that is not one of its documents (in case
    MkDocs walked it rather than :func:`collect_files`): only what vanban publishes leaves content/."""
    documents, docs_dir = set(inventory.documents), root.resolve()
    for walked in list(files):
        if not walked.generated_by and walked.abs_src_path and walked.src_uri not in documents and \
                Path(walked.abs_src_path).parent.resolve().is_relative_to(docs_dir):
            files.remove(walked)
    return files


def add_page_files(site: SiteModel, files: Files, config: MkDocsConfig) -> dict[str, PageSpec]:
    """Give each page of the site its file, written at the page's path: a document's own, or one made
    for a generated page (out of the nav); the pages by their file's ``src_uri``."""
    by_src: dict[str, PageSpec] = {}
    for spec in site.pages.values():
        by_src[spec.src_uri] = spec
        if spec.source is not None:
            file = files.get_file_from_path(spec.source)
            if file is None:
                raise PluginError(f"vanban: không thấy tệp {spec.source} trong docs_dir")
        else:
            file = File.generated(config, spec.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
            files.append(file)
        file.dest_uri = spec.path + "index.html"
    return by_src


def publish_attachments(site: SiteModel, files: Files, config: MkDocsConfig) -> None:
    """Add each published document's attachments beside its page; a second file on a taken path
    (a theme asset, a generated file or page) is an error naming both, and is left out."""
    taken: dict[str, str] = {f.dest_uri: f.src_uri for f in files}
    taken.update({path: f"(tệp do vanban tạo: {path})" for path in site.outputs})
    taken.update({spec.path + "index.html": spec.source or f"(trang do vanban tạo: /{spec.path})"
                  for spec in site.pages.values()})
    for doc in site.held_documents:
        for attachment in site.corpus.attachments.get(doc.source, ()):
            dest = doc.url + attachment.filename
            if dest in taken:
                site.problems.append(Problem(
                    attachment.source, 1, "tệp",
                    f"tệp này và {taken[dest]} cùng được xuất bản thành /{dest}: tệp này bị bỏ",
                    "đổi tên tệp đính kèm"))
                continue
            file = files.get_file_from_path(attachment.source)
            if file is None:
                file = File(attachment.source, config.docs_dir, config.site_dir, config.use_directory_urls)
                files.append(file)
            file.dest_uri = dest
            taken[dest] = attachment.source
