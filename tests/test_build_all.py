"""`vanban build-all` reads and analyses the corpus once, and each site is what its own build would be."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import vanban.analysis
import vanban.mkdocs.plugin
from conftest import ROOT, portal_project, run_mkdocs
from vanban.cache import DiskCache
from vanban.cli import build_parser
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
    monkeypatch.setattr(vanban.analysis, "analyse", lambda doc, **kw: analysed.append(doc.source) or analyse(doc, **kw))
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


def test_a_shard_builds_its_share_of_the_sites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    ids = sorted(s.id for s in load_sites(ROOT / "sites"))
    built = []
    for part in (1, 2):
        out = tmp_path / f"out{part}"
        assert build_all(ROOT / "sites", out, ROOT / "mkdocs.yml", shard=(part, 2)) == 0
        built.append(sorted(p.name for p in out.iterdir()))
    assert built == [ids[0::2], ids[1::2]]


TEMPLATE = ROOT / ".github" / "workflow-templates" / "build-sites.yml"


def test_ci_template_is_a_matrix_sharing_the_analysis_cache() -> None:
    """The GitHub Actions template: one job analyses, a matrix builds shards with the cache it handed
    on as an artifact, only GitHub's own actions are used, and every vanban command it runs parses."""
    flow = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    jobs = flow["jobs"]
    cache_dir = flow["env"]["VANBAN_CACHE_DIR"]
    uses = [step["uses"].split("@")[0] for job in jobs.values() for step in job["steps"] if "uses" in step]
    assert all(u.startswith("actions/") for u in uses)
    assert {"actions/cache", "actions/upload-artifact", "actions/download-artifact"} <= set(uses)
    analyse, build, merge = jobs["phan-tich"], jobs["dung"], jobs["gop"]
    assert build["needs"] == "phan-tich" and merge["needs"] == "dung"
    assert [s["with"]["path"] for s in analyse["steps"] if s.get("uses", "").startswith("actions/upload-artifact")] \
        == [cache_dir]
    assert [s["with"]["path"] for s in build["steps"] if s.get("uses", "").startswith("actions/download-artifact")] \
        == [cache_dir]
    shards = build["strategy"]["matrix"]["shard"]
    assert len(shards) >= 2 and shards == list(range(1, len(shards) + 1))
    commands = [s["run"] for job in jobs.values() for s in job["steps"] if "run" in s and s["run"].startswith("vanban ")]
    assert any("build-all" in c and "--shard ${{ matrix.shard }}/${{ strategy.job-total }}" in c for c in commands)
    assert any(c.startswith("vanban check") for c in commands)
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(command.replace("${{ matrix.shard }}/${{ strategy.job-total }}", "1/4").split()[1:])
        assert args.func is not None


def test_check_hands_its_analyses_to_the_site_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The template's hand-over: `vanban check` with VANBAN_CACHE_DIR fills the cache, and a later
    build-all (another machine, the cache restored) analyses no document again."""
    project = portal_project(tmp_path)
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ROOT / "sites", project / "sites")
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], cwd=project,
                         capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    stored = DiskCache(project / ".cache" / "vanban", "analysis").keys()
    assert len(stored) == len(list((project / "content").rglob("*.md")))
    analysed: list[str] = []
    analyse = vanban.analysis.analyse
    monkeypatch.setattr(vanban.analysis, "analyse", lambda doc, **kw: analysed.append(doc.source) or analyse(doc, **kw))
    assert build_all(project / "sites", tmp_path / "out", project / "mkdocs.yml") == 0
    assert analysed == []


def test_compiled_templates_are_shared_but_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    import jinja2

    from vanban.mkdocs.shared import TemplateCode

    code = TemplateCode()
    (tmp_path / "t.html").write_text("một {{ x }}", encoding="utf-8")

    def render() -> str:  # a new environment per build, as MkDocs makes
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=code)
        return env.get_template("t.html").render(x="trang")

    assert render() == "một trang" and len(code.code) == 1
    assert render() == "một trang"
    (tmp_path / "t.html").write_text("hai {{ x }}", encoding="utf-8")
    assert render() == "hai trang"


def test_compiled_templates_are_kept_in_the_build_cache_for_the_next_process(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    from vanban.mkdocs.shared import TemplateCode

    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "t.html").write_text("một {{ x }}", encoding="utf-8")
    cache = str(tmp_path / "cache")

    def render() -> str:  # a build in a new process: nothing compiled in memory yet
        code = TemplateCode()
        code.use(cache)
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path / "t"), bytecode_cache=code)
        try:
            return env.get_template("t.html").render(x="trang")
        finally:
            code.finish()

    compiled: list[str] = []
    compile_source = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, *a, **k: compiled.append(source) or compile_source(self, source, *a, **k))
    assert render() == "một trang" and compiled == ["một {{ x }}"]
    assert render() == "một trang" and compiled == ["một {{ x }}"]  # loaded, not compiled
    (tmp_path / "t" / "t.html").write_text("hai {{ x }}", encoding="utf-8")
    assert render() == "hai trang" and compiled[1:] == ["hai {{ x }}"]  # its checksum differs: compiled again
    assert render() == "hai trang" and len(compiled) == 2
