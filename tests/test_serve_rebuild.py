"""`mkdocs serve` rebuilds bring the served folder up to date instead of emptying it, and end with
exactly the files a fresh build makes: new titles in every listing, a removed document's page gone."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, portal_project
from vanban.parallel import Helper, stop_helper

pytestmark = pytest.mark.build

SERVE_URL = "http://127.0.0.1:8000/"


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def serve_build(project: Path, site: Path) -> None:
    """One rebuild as `mkdocs serve` runs it: the configuration read again, the plugin kept."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL)


def test_serve_rebuild_keeps_the_folder_and_equals_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                request: pytest.FixtureRequest) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    served = tmp_path / "served"
    with monkeypatch.context() as start:  # threads an earlier test left (a browser's) would keep the helper unforked
        start.setattr(threading, "active_count", lambda: 1)
        serve_build(project, served)
    unchanged = served / "van-ban" / "2024" / "57-nq-tw" / "index.html"
    removed = next(p for p in sorted((project / "content" / "van-ban").rglob("*.md")) if "300-ldld" not in p.name
                   and "57-nq-tw" not in p.name)
    before = tree(served)
    inode = (served / "gioi-thieu" / "index.html").stat().st_ino
    (served / "stray.txt").write_text("không thuộc trang")

    # The server's threads start after the first build: the search files of the next one are made
    # by the helper forked at start-up (vanban.parallel.Helper), and must equal a fresh build's.
    answers: list[bool] = []
    receive = Helper.receive
    monkeypatch.setattr(Helper, "receive", lambda self: answers.append(True) or receive(self))
    stop = threading.Event()
    server = threading.Thread(target=stop.wait, daemon=True)
    server.start()
    request.addfinalizer(stop.set)
    request.addfinalizer(stop_helper)

    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    text = source.read_text(encoding="utf-8")
    old = "tuyên truyền Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"
    assert f'title: "{old}"' in text
    source.write_text(text.replace(f'title: "{old}"', 'title: "tuyên truyền (trích yếu đã sửa)"'), encoding="utf-8")
    removed.unlink()
    serve_build(project, served)

    after = tree(served)
    assert answers == [True]
    assert (served / "gioi-thieu" / "index.html").stat().st_ino == inode  # kept in place, not written again
    assert "stray.txt" not in after
    assert "(trích yếu đã sửa)".encode() in after["van-ban/index.html"]
    assert "(trích yếu đã sửa)".encode() in unchanged.read_bytes()  # the cited document's page shows it too
    assert len(after) < len(before)  # the removed document's page and files are gone

    serve_build(project, tmp_path / "fresh")  # a folder of its own: emptied, written whole
    assert after == tree(tmp_path / "fresh")


def test_serve_parses_only_the_files_whose_text_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vanban.corpus as corpus_module
    from vanban.corpus import Parsed, load_corpus

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    parsed_now: list[str] = []
    parse_text = corpus_module.parse_text
    monkeypatch.setattr(corpus_module, "parse_text", lambda source, text: parsed_now.append(source) or parse_text(source, text))
    kept: Parsed = {}
    first = load_corpus(content, parsed=kept)
    assert len(parsed_now) == len(first.documents) == len(kept)
    parsed_now.clear()
    again = load_corpus(content, parsed=kept)
    assert parsed_now == [] and again.documents == first.documents and again.problems == first.problems
    source = next(p for p in sorted((content / "van-ban").rglob("*.md")))
    source.write_text(source.read_text(encoding="utf-8").replace("title:", "title: Đã sửa —", 1), encoding="utf-8")
    edited = load_corpus(content, parsed=kept)
    assert parsed_now == [source.relative_to(content).as_posix()]
    assert edited.documents == load_corpus(content).documents  # as a fresh read gives them
    assert len(kept) == len(edited.documents)  # the memo holds the current files only


def test_serve_keeps_fewer_collections_between_rebuilds_until_it_stops(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's collection thresholds stay set from one save's rebuild to the next (restored, they set
    off a collection over everything the server keeps at the end of each); stopping restores them."""
    import gc

    from vanban.build import GC_THRESHOLD

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's defaults (an earlier test's serve may have left the build's)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        for _ in range(2):
            config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
            config.site_url = SERVE_URL
            build(config, serve_url=SERVE_URL)
            assert gc.get_threshold() == GC_THRESHOLD
    finally:
        config.plugins.on_shutdown()
        stopped = gc.get_threshold()
        gc.set_threshold(*before)
    assert stopped == (700, 10, 10)
