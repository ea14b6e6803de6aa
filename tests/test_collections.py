"""The cycle collector during and after a build: fewer collections while it runs, none over the
build's objects once a one-shot `mkdocs build` is done (its process exits), and collected as usual
again when the same process builds once more (`mkdocs serve --clean`, build-all)."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, portal_project
from vanban.build import GC_THRESHOLD, fewer_collections, spare_collections


def test_spared_objects_are_collected_again_by_the_next_build() -> None:
    before = gc.get_threshold()
    try:
        spare_collections()
        assert gc.get_freeze_count() > 0
        with fewer_collections():
            assert gc.get_freeze_count() == 0
            assert gc.get_threshold() == GC_THRESHOLD
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()


@pytest.mark.build
def test_a_one_shot_build_spares_the_collector_until_the_next_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    before = gc.get_threshold()
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        assert (tmp_path / "site" / "van-ban" / "index.html").is_file()
        assert gc.get_freeze_count() > 0  # the build's objects are left to the exit
        assert gc.get_threshold() == before
        with fewer_collections():  # what the next build's on_config enters (mkdocs serve --clean, build-all)
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
