"""Pages rendered by forked workers: the same bytes as a serial build, and nothing lost from the log."""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, portal_project, run_mkdocs
from vanban.mkdocs.render_pool import (
    MIN_PAGES,
    PAGE_STEPS,
    MkDocsChanged,
    RenderPool,
    mkdocs_page_steps,
    share_out,
)

MARK = "VB-TEST-WARN"
# A hook that warns while a page is rendered, as a theme or another plugin may: in a worker too.
HOOK = f"""
import logging
from pathlib import Path

def on_page_context(context, page, config, nav):
    source = page.file.abs_src_path
    if source and "{MARK}" in Path(source).read_text("utf-8"):
        logging.getLogger("mkdocs.plugins.test_hook").warning("cảnh báo khi dựng %s", page.file.src_uri)
    return context
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool")
    portal_project(root)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "synth.py"), str(MIN_PAGES), str(root / "content")],
                   check=True, capture_output=True)
    return root


def _tree(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def test_parallel_pages_equal_serial(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    parallel = run_mkdocs(project / "mkdocs.yml", project / "site-2", "--strict")
    assert parallel.returncode == 0, parallel.stderr
    assert "dựng trang bằng 2 tiến trình song song" in parallel.stderr
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    serial = run_mkdocs(project / "mkdocs.yml", project / "site-1", "--strict")
    assert serial.returncode == 0, serial.stderr
    assert "song song" not in serial.stderr
    files = _tree(project / "site-1")
    assert files == _tree(project / "site-2")
    pages = [f for f in files if f.endswith("index.html")]
    assert len(pages) >= MIN_PAGES
    _, mismatch, errors = filecmp.cmpfiles(project / "site-1", project / "site-2", files, shallow=False)
    assert mismatch == [] and errors == []


def test_worker_warnings_reach_strict_mode(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(project, broken, ignore=shutil.ignore_patterns("site-*"))
    sources = sorted((broken / "content").rglob("*.md"))[:12]  # dealt round-robin: both processes get some
    for source in sources:
        source.write_text(source.read_text("utf-8") + f"\n\n{MARK}\n", "utf-8")
    (broken / "hook.py").write_text(HOOK, "utf-8")
    config = broken / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nhooks:\n  - hook.py\n", "utf-8")
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    result = run_mkdocs(config, broken / "site", "--strict")
    assert result.returncode == 1
    assert "song song" in result.stderr
    warned = re.findall(r"WARNING.*cảnh báo khi dựng", result.stderr)
    assert len(warned) == len(sources)  # each once: none lost in a worker, none doubled
    assert f"Aborted with {len(sources)} warnings" in result.stdout + result.stderr


# A hook that logs each template Jinja compiles, with the process that compiles it.
COMPILES = """
import os
from pathlib import Path

import jinja2

_compile = jinja2.Environment.compile

def _logged(self, source, name=None, filename=None, raw=False, defer_init=False):
    with Path(os.environ["VB_TEST_COMPILES"]).open("a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {name}\\n")
    return _compile(self, source, name, filename, raw, defer_init)

jinja2.Environment.compile = _logged
"""


def test_templates_are_compiled_once_for_every_worker(project: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The project's templates are compiled before the workers fork, not again in each of them."""
    counted = tmp_path / "counted"
    shutil.copytree(project, counted, ignore=shutil.ignore_patterns("site-*"))
    (counted / "hook.py").write_text(COMPILES, "utf-8")
    config = counted / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nhooks:\n  - hook.py\n", "utf-8")
    log = tmp_path / "compiles.txt"
    monkeypatch.setenv("VB_TEST_COMPILES", str(log))
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    result = run_mkdocs(config, counted / "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert "song song" in result.stderr
    compiled = [line.split(" ", 1)[1] for line in log.read_text("utf-8").splitlines()]
    assert "vanban/document.html" in compiled
    assert sorted(compiled) == sorted(set(compiled))  # none compiled by two processes


def test_shares_are_dealt_evenly_and_only_for_real_builds() -> None:
    files = [SimpleNamespace(src_uri=f"van-ban/{i}.md") for i in range(7)]
    shares = share_out(files, 3)  # type: ignore[arg-type]
    assert [[f.src_uri[-4] for f in share] for share in shares] == [["0", "3", "6"], ["1", "4"], ["2", "5"]]
    assert RenderPool.wanted("serve", 10_000) == 1
    assert RenderPool.wanted("build", MIN_PAGES - 1) == 1


def test_mkdocs_page_steps_are_the_ones_workers_were_written_for() -> None:
    """The workers run MkDocs' private page steps: this fails when a MkDocs release changes them."""
    populate_page, build_page = mkdocs_page_steps()
    assert (populate_page.__name__, build_page.__name__) == tuple(PAGE_STEPS)


def test_a_changed_mkdocs_page_step_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import mkdocs.commands.build as mkdocs_build

    monkeypatch.setattr(mkdocs_build, "_build_page", lambda page, config, files: None)
    with pytest.raises(MkDocsChanged, match="_build_page"):
        mkdocs_page_steps()


def test_the_page_left_to_the_parent_is_in_its_share_only() -> None:
    """The search page, whose data waits for the search files, is never dealt to a worker."""
    files = [SimpleNamespace(src_uri=name) for name in ("a.md", "tim-kiem/index.md", "b.md", "c.md")]
    shares = share_out(files, 2, parent="tim-kiem/index.md")  # type: ignore[arg-type]
    assert [[f.src_uri for f in share] for share in shares] == [["a.md", "c.md", "tim-kiem/index.md"], ["b.md"]]
    assert [[f.src_uri for f in s] for s in share_out(files, 2)] == [  # type: ignore[arg-type]
        ["a.md", "c.md"], ["b.md", "tim-kiem/index.md"]]


# A hook that logs which process reads the config and which renders each page.
RENDERERS = """
import os
from pathlib import Path

def _log(line):
    with Path(os.environ["VB_TEST_RENDERERS"]).open("a", encoding="utf-8") as log:
        log.write(line + "\\n")

def on_config(config):
    _log(f"{os.getpid()} config")

def on_page_context(context, page, config, nav):
    _log(f"{os.getpid()} {page.file.src_uri}")
    return context
"""


def test_workers_do_not_wait_for_the_search_files(project: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold build forks its page workers while the search files are still being made: their page is
    the parent's, rendered last, and shows the index the build wrote."""
    cold = tmp_path / "cold"
    shutil.copytree(project, cold, ignore=shutil.ignore_patterns("site-*", ".cache"))
    (cold / "hook.py").write_text(RENDERERS, "utf-8")
    config = cold / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nhooks:\n  - hook.py\n", "utf-8")
    log = tmp_path / "renderers.txt"
    monkeypatch.setenv("VB_TEST_RENDERERS", str(log))
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    result = run_mkdocs(config, cold / "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert "song song" in result.stderr
    lines = [line.split(" ", 1) for line in log.read_text("utf-8").splitlines()]
    parent = next(pid for pid, what in lines if what == "config")
    rendered = [(pid, what) for pid, what in lines if what != "config"]
    assert {pid for pid, _ in rendered} - {parent}  # a worker rendered some pages
    by_parent = [what for pid, what in rendered if pid == parent]
    assert by_parent[-1].startswith("tim-kiem/")  # the search page: the parent's, last
    assert sum(what.startswith("tim-kiem/") for _, what in rendered) == 1
    index = re.search(r'data-index="([^"]+)"', (cold / "site" / "tim-kiem" / "index.html").read_text("utf-8"))
    assert index is not None and index.group(1).startswith("../")
    assert (cold / "site" / index.group(1)[3:]).is_file()


def test_pages_rendered_by_workers_are_kept_for_the_next_build(project: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Each worker keeps in the build cache the pages it wrote (the parent keeps only its own share):
    the next build keeps every page, none rendered, and its site is the same bytes."""
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path / "cache"))
    cold = run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict")
    assert cold.returncode == 0, cold.stderr
    assert "dựng trang bằng 2 tiến trình song song" in cold.stderr
    stored = list((tmp_path / "cache").glob("*/site-pages/*"))
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "warm", "--strict")
    assert warm.returncode == 0, warm.stderr
    files = _tree(tmp_path / "cold")
    pages = [f for f in files if f.endswith(".html") and f != "404.html"]
    found = re.search(r"(\d+) trang không đổi", warm.stderr)
    assert found is not None and int(found.group(1)) == len(pages) >= MIN_PAGES
    assert len(stored) >= len(pages)  # pages, and the documents' index.json kept by their inputs
    assert files == _tree(tmp_path / "warm")
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "cold", tmp_path / "warm", files, shallow=False)
    assert mismatch == [] and errors == []
