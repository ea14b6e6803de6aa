"""A warm build's start: the theme's files listed from the build cache, the page keys shared with a forked child.
Both must give exactly what MkDocs' own listing and the keys made in one process give."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from conftest import portal_project
from vanban import parallel
from vanban.cache import code_fingerprint
from vanban.fingerprint import Fingerprinter, page_key
from vanban.mkdocs import page_cache
from vanban.mkdocs.page_cache import keyed
from vanban.mkdocs.theme_listing import FILE, ListedFiles, mkdocs_listing, theme_listing
from vanban.site import PageSpec


def project(tmp_path: Path) -> MkDocsConfig:
    tmp_path.mkdir()
    root = portal_project(tmp_path)
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    config = load_config(str(root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    return config


def described(files: Files) -> list[tuple[str, str | None, str, str]]:
    return [(f.src_uri, f.abs_src_path, f.abs_dest_path, f.url) for f in files]


def test_theme_files_from_the_cache_are_mkdocs_own(tmp_path: Path) -> None:
    config = project(tmp_path / "p")
    env = config.theme.get_env()
    docs = [File("index.md", config.docs_dir, config.site_dir, config.use_directory_urls)]
    own = Files(list(docs))
    own.add_files_from_theme(env, config)
    assert len(own) > 40  # Material's stylesheets, fonts, images … (14,500 files walked for them)
    cache = str(tmp_path / "cache")
    for _ in range(2):  # made (and stored), then read back
        listed = ListedFiles(list(docs))
        listed.cache_dir = cache
        listed.add_files_from_theme(env, config)
        assert described(listed) == described(own)
    stored = Path(cache) / code_fingerprint() / FILE
    assert [tuple(pair) for pair in json.loads(stored.read_text(encoding="utf-8"))["files"]] == mkdocs_listing(env, config)


def test_a_theme_file_of_the_projects_own_is_listed_at_once(tmp_path: Path) -> None:
    config = project(tmp_path / "p")
    env = config.theme.get_env()
    cache = str(tmp_path / "cache")
    before = theme_listing(env, config, cache)
    extra = Path(config.theme.custom_dir) / "assets" / "vanban" / "them42.css"
    extra.write_text("body{}\n", encoding="utf-8")
    after = theme_listing(config.theme.get_env(), config, cache)
    assert ("assets/vanban/them42.css", config.theme.custom_dir) in after
    assert after == mkdocs_listing(config.theme.get_env(), config) and len(after) == len(before) + 1


def test_a_stored_listing_under_another_key_is_not_used(tmp_path: Path) -> None:
    config = project(tmp_path / "p")
    env = config.theme.get_env()
    cache = tmp_path / "cache"
    stored = cache / code_fingerprint() / FILE
    stored.parent.mkdir(parents=True)
    stored.write_text(json.dumps({"key": "other", "files": [["evil.js", "/"]]}), encoding="utf-8")
    assert theme_listing(env, config, str(cache)) == mkdocs_listing(env, config)
    stored.write_text("{not json", encoding="utf-8")
    assert theme_listing(env, config, str(cache)) == mkdocs_listing(env, config)


def spec(n: int) -> PageSpec:
    return PageSpec(path=f"p{n}/", template="vanban/listing.html", title=f"Trang {n}",
                    data={"documents": [{"n": n, "words": ["văn", "bản"] * (n % 5)}]})


def test_page_keys_made_in_two_processes_are_those_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = [spec(n) for n in range(41)]
    fingerprinter = Fingerprinter()
    alone = [page_key(fingerprinter, s, None, "context") for s in specs]
    assert len(set(alone)) == len(specs)
    monkeypatch.setattr(parallel, "may_fork", lambda: True)
    assert keyed(lambda s: page_key(fingerprinter, s, None, "context"), specs, split_at=2) == alone
    # every other page in a child (another process), and nothing forked under the threshold
    pids = keyed(lambda s: str(os.getpid()), specs, split_at=2)
    assert set(pids[0::2]) == {str(os.getpid())} and str(os.getpid()) not in pids[1::2]
    assert set(keyed(lambda s: str(os.getpid()), specs, split_at=len(specs) + 1)) == {str(os.getpid())}
    assert page_cache.SPLIT_AT >= 100  # a demo's few pages are keyed here alone
