"""MkDocs' listing of the theme's static files, kept in the build cache.

Why: before any plugin event, every ``mkdocs build`` (and every ``mkdocs serve`` rebuild) lists each file of
the theme's folders to find the static ones it copies (``Files.add_files_from_theme``): Material's templates
hold about 14,500 files (its ``.icons``), walked and each name matched against a dozen patterns, 0.055 s of CPU
for the 46 files kept, at the one-core start of a build, whatever the corpus's size. The listing of a folder
inside an installed package is a function of that package's version (as a page key takes it:
:func:`vanban.mkdocs.page_cache.installed_versions`); a folder of the project's own (``theme_overrides/``) is
walked at every build and its names are part of the key. What is kept is what MkDocs' own method gives on an
empty collection, its (path, folder) pairs in order; each is then checked against the build's files as MkDocs
checks it (a docs file overrides a theme file), so the same files, in the same order, reach the build.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from mkdocs import utils as mkdocs_utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..cache import code_fingerprint, write_atomic
from .page_cache import installed_versions, package_dirs

FILE = "theme-files.json"  # in the build cache's code generation: one listing, the last build's


def listing_key(config: MkDocsConfig) -> str:
    """What the listing depends on: the theme's folders, the installed versions (a package's folder), the
    names under the project's own folders, and the patterns MkDocs' filter takes from the settings."""
    packages = package_dirs()
    folders = [str(Path(folder).resolve()) for folder in config.theme.dirs]
    own = []
    for folder in folders:
        if any(Path(folder).is_relative_to(p) for p in packages):
            continue
        names: list[str] = []
        for top, dirs, files in os.walk(folder):  # as MkDocs' Jinja loader walks it (links not followed)
            dirs.sort()
            names.extend(os.path.relpath(os.path.join(top, name), folder) for name in sorted(files))
        own.append([folder, names])
    return hashlib.sha256(json.dumps([installed_versions(), folders, own, list(config.theme.static_templates),
                                      list(mkdocs_utils.markdown_extensions)]).encode()).hexdigest()


def mkdocs_listing(env: Any, config: MkDocsConfig) -> list[tuple[str, str]]:
    """MkDocs' own listing: the (path, theme folder) of each static file, as it adds them to no other file."""
    found = Files([])
    found.add_files_from_theme(env, config)
    return [(file.src_uri, file.src_dir) for file in found if file.src_dir is not None]  # each given one


def theme_listing(env: Any, config: MkDocsConfig, cache_dir: str) -> list[tuple[str, str]]:
    """:func:`mkdocs_listing`, read from the build cache when it holds one under the same key."""
    if not cache_dir:
        return mkdocs_listing(env, config)
    key = listing_key(config)
    path = Path(cache_dir) / code_fingerprint() / FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("key") == key and all(isinstance(p, str) and isinstance(d, str) for p, d in stored["files"]):
            return [(p, d) for p, d in stored["files"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass
    listing = mkdocs_listing(env, config)
    write_atomic(path, json.dumps({"key": key, "files": listing}, ensure_ascii=False).encode())
    return listing


class ListedFiles(Files):
    """The build's files, whose theme files come from :func:`theme_listing` (MkDocs' build calls
    ``add_files_from_theme`` on what its ``get_files``, :func:`vanban.mkdocs.files.collect_files`, returned)."""

    cache_dir = ""

    def add_files_from_theme(self, env: Any, config: MkDocsConfig) -> None:
        for path, folder in theme_listing(env, config, self.cache_dir):
            if self.get_file_from_path(path) is None:  # theme files do not override docs_dir files
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))
