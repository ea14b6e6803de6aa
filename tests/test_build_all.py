"""`vanban build-all` reads and analyses the corpus once, and each site is what its own build would be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vanban.analysis
import vanban.mkdocs.plugin
from conftest import ROOT, portal_project, run_mkdocs
from vanban.mkdocs.build_all import build_all, write_site_config
from vanban.sites import load_sites

pytestmark = pytest.mark.build


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_one_read_one_analysis_and_the_same_bytes_as_each_site_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # one build day for every build of the test
    project = portal_project(tmp_path)
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ROOT / "sites", project / "sites")
    sites = load_sites(project / "sites")
    assert len(sites) >= 2

    reads: list[Path] = []
    analysed: list[str] = []
    load, analyse = vanban.mkdocs.plugin.load_corpus, vanban.analysis.analyse
    monkeypatch.setattr(vanban.mkdocs.plugin, "load_corpus", lambda root, **kw: reads.append(root) or load(root, **kw))
    monkeypatch.setattr(vanban.analysis, "analyse", lambda doc: analysed.append(doc.source) or analyse(doc))
    assert build_all(project / "sites", tmp_path / "out", project / "mkdocs.yml") == 0
    assert len(reads) == 1  # the corpus is read once for every site
    assert len(analysed) == len(set(analysed))  # a document two sites hold is analysed once

    for site in sites:
        alone = tmp_path / f"alone-{site.id}"
        config = write_site_config(project / "mkdocs.yml", site, alone)
        try:
            run = run_mkdocs(config, alone)
        finally:
            config.unlink()
        assert run.returncode == 0, run.stderr
        assert tree(tmp_path / "out" / site.id) == tree(alone), site.id
