"""``vanban build-all``: one MkDocs build per ``sites/<ward>.yml``, from the one corpus read once.

Each site gets a temporary config that INHERITs the repository's ``mkdocs.yml`` and gives the
``vanban`` plugin its ``site_file``. The sites are built one after another in this process, the
corpus read, checked and analysed once for all of them (:mod:`vanban.mkdocs.shared`): a ward's
site costs about its own documents, not the province's. A site that fails is reported with what
it logged and the others are still built. Part of the adapter: it reads ``mkdocs.yml`` with
MkDocs' own YAML loader (``!ENV`` and ``!relative`` tags) and runs MkDocs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ..site_doubts import membership_report
from ..sites import SiteFileError, SiteSelection, load_sites
from .collected import source_prefix
from .shared import one_corpus


def merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """*base* with *override* merged in, dictionaries recursively."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def plugin_entries(plugins: Any) -> list[Any]:
    """mkdocs.yml ``plugins:`` (list or mapping form) as a list of names or one-key mappings."""
    if plugins is None:
        return []
    if isinstance(plugins, dict):
        return [{name: options or {}} for name, options in plugins.items()]
    return list(plugins)


def site_config(parent_config: Path, parent: dict[str, Any], selection: SiteSelection, site_dir: Path) -> dict[str, Any]:
    """The per-site mkdocs config: INHERIT the repository's, override name, URL, output and plugin options.

    MkDocs replaces lists when inheriting, so the ``plugins`` list is written out in full with
    the ``vanban`` entry given ``site_file`` and the site's ``portal`` merged over the parent's.
    """
    entries = []
    found = False
    for entry in plugin_entries(parent.get("plugins")):
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name == "vanban":
            found = True
            options = dict(options or {})
            options["site_file"] = str(selection.path.resolve()) if selection.path else ""
            if selection.portal:
                options["portal"] = merged(dict(options.get("portal") or {}), selection.portal)
            entries.append({name: options})
        else:
            entries.append(entry)
    if not found:
        raise SiteFileError(f"{parent_config.as_posix()}: plugins: không thấy plugin vanban — thêm - vanban vào plugins:")
    config: dict[str, Any] = {
        "INHERIT": parent_config.name,
        "site_name": selection.name,
        "site_dir": str(site_dir.resolve()),
        "plugins": entries,
    }
    if selection.site_url:
        config["site_url"] = selection.site_url
    return config


def write_site_config(parent_config: Path, selection: SiteSelection, site_dir: Path) -> Path:
    """Write the temporary per-site config next to *parent_config* (relative paths keep working)."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    with parent_config.open("rb") as handle:
        parent = yaml_load(handle, get_yaml_loader())
    config = site_config(parent_config, parent, selection, site_dir)
    target = parent_config.parent / f".vanban-site-{selection.id}.yml"
    target.write_text("# Tạo tạm bởi vanban build-all; tự xóa sau khi dựng.\n"
                      + yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


@contextlib.contextmanager
def _working_directory(folder: Path) -> Iterator[None]:
    """As ``mkdocs build`` run from the config's folder (contextlib.chdir is Python 3.11+)."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


class _Captured(logging.Handler):
    """A site's warnings and errors, shown only when its build fails (as ``mkdocs build -q`` would)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def build_one(temp: Path, *, strict: bool) -> list[str]:
    """One site's MkDocs build, in this process; the warnings it logged, raising when it failed."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logger = logging.getLogger("mkdocs")
    capture = _Captured()
    logger.addHandler(capture)
    propagate, logger.propagate = logger.propagate, False
    try:
        config = load_config(str(temp), strict=strict)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise SiteBuildError("\n".join([*capture.lines, f"{type(exc).__name__}: {exc}"])) from None
    finally:
        logger.removeHandler(capture)
        logger.propagate = propagate
    return capture.lines


class SiteBuildError(Exception):
    """A site's build failed; the message holds what it logged."""


def build_all(folder: Path, out: Path, config: Path, *, strict: bool = False, shard: tuple[int, int] = (1, 1)) -> int:
    """Build every site of *folder* into ``out/<id>/``; the exit code of ``vanban build-all``.
    *shard* ``(k, n)``: only the k-th of every n sites in name order (one job of a CI matrix).

    One process reads and analyses the corpus once (:func:`vanban.mkdocs.shared.one_corpus`) and
    runs MkDocs for each site in turn, each publishing only its own share; a site that fails is
    reported and the others are still built.
    """
    from rich.console import Console
    from rich.progress import Progress

    if not folder.is_dir():
        print(f"{folder}: không tìm thấy thư mục tệp site (sites/<tên>.yml)", file=sys.stderr)
        return 2
    if not config.is_file():
        print(f"{config}: không tìm thấy tệp cấu hình mkdocs", file=sys.stderr)
        return 2
    try:
        sites = load_sites(folder)
    except SiteFileError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not sites:
        print(f"{folder}: không có tệp .yml nào", file=sys.stderr)
        return 2
    part, parts = shard
    sites = sorted(sites, key=lambda s: s.id)[part - 1::parts]
    if not sites:
        print(f"phần {part}/{parts}: không có trang nào (chỉ có {len(load_sites(folder))} trang)", file=sys.stderr)
        return 0
    failed: list[str] = []
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with Progress(console=Console(stderr=True), transient=True) as progress, one_corpus() as shared, \
            _working_directory(config.resolve().parent):
        task = progress.add_task("Đang dựng các trang", total=len(sites))
        for selection in sites:
            progress.update(task, description=f"Đang dựng {selection.id}")
            target = out.resolve() / selection.id
            temp = write_site_config(config.resolve(), selection, target)
            try:
                build_one(temp, strict=strict)
            except SiteBuildError as exc:
                failed.append(selection.id)
                progress.console.print(f"{selection.id}: dựng thất bại\n{exc}", markup=False)
            else:
                print(f"{selection.id}: {target}/", flush=True)
            finally:
                temp.unlink(missing_ok=True)
            progress.advance(task)
    # a site's own warnings are shown only when it fails: which sites hold a document on a doubt alone is said here
    for (root, *_), corpus in shared.corpora.items():
        prefix = source_prefix(Path(root), str(config))
        for problem in membership_report(corpus.documents, sites):
            print(problem.format(prefix), file=sys.stderr)
    print(f"Đã dựng {len(sites) - len(failed)}/{len(sites)} trang vào {out}/", file=sys.stderr)
    return 1 if failed else 0
