"""The on-disk build cache never changes what is published: a warm build is byte-identical to a cold one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, portal_project, run_mkdocs

pytestmark = pytest.mark.build


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def entries(cache: Path) -> list[Path]:
    return [p for p in cache.rglob("*") if p.is_file()]


def test_warm_build_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    cold = run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict")
    assert cold.returncode == 0, cold.stderr
    cache = project / ".cache" / "vanban"
    stored = entries(cache)
    assert len(stored) == len(list((project / "content").rglob("*.md")))  # one analysis per document
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "warm", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    assert sorted(entries(cache)) == sorted(stored)

    # Without a cache at all, the same bytes again.
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    off = run_mkdocs(project / "mkdocs.yml", tmp_path / "off", "--strict")
    assert off.returncode == 0, off.stderr
    assert tree(tmp_path / "off") == tree(tmp_path / "cold")


def test_edited_document_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "first").returncode == 0
    source = next(p for p in sorted((project / "content" / "van-ban").rglob("*.md")))
    text = source.read_text(encoding="utf-8")
    source.write_text(text + "\nBáo cáo kết quả trước ngày 15/6/2031.\n", encoding="utf-8")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "second").returncode == 0
    calendar = (tmp_path / "second" / "lich.ics").read_text(encoding="utf-8")
    assert "20310615" in calendar
    assert "20310615" not in (tmp_path / "first" / "lich.ics").read_text(encoding="utf-8")
