"""vanban.folders: a site's folders made by a forked child while the build goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import vanban.folders
import vanban.parallel
from vanban.folders import Folders

PATHS = ["index.html", "van-ban/2024/mot/index.html", "van-ban/2024/mot/index.json", "van-ban/2025/hai/index.html",
         "assets/vanban/search/a.json", "lich.ics"]


def made_folders(site: Path) -> set[str]:
    return {str(Path(folder)) for folder, _, _ in os.walk(site)}


def test_every_folder_of_the_paths_is_made_and_said(tmp_path: Path) -> None:
    site = tmp_path / "site"
    made = Folders(str(site), PATHS).wait()
    expected = {str(site / p) for p in ("", "van-ban/2024/mot", "van-ban/2025/hai", "assets/vanban/search")}
    assert made == expected
    # and their parents, which no path names alone
    assert made_folders(site) == expected | {str(site / p) for p in ("van-ban", "van-ban/2024", "van-ban/2025",
                                                                     "assets", "assets/vanban")}


def test_folders_already_there_are_no_error(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "van-ban" / "2024" / "mot").mkdir(parents=True)
    assert str(site / "van-ban/2024/mot") in Folders(str(site), PATHS).wait()
    assert (site / "assets/vanban/search").is_dir()


def test_a_failed_child_leaves_them_to_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    make = vanban.folders.make_folders

    def in_child_fails(folders: list[str]) -> None:
        if os.getpid() != parent:
            os._exit(3)  # the child dies before it makes anything
        made.append("here")
        make(folders)
    parent = os.getpid()
    monkeypatch.setattr(vanban.folders, "make_folders", in_child_fails)
    monkeypatch.setattr(vanban.parallel, "may_fork", lambda: True)
    site = tmp_path / "site"
    assert str(site / "van-ban/2025/hai") in Folders(str(site), PATHS).wait()
    assert made == ["here"] and (site / "van-ban/2025/hai").is_dir()


def test_outputs_given_are_placed_through_the_store(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    outputs = [("van-ban/2024/mot/index.json", b'{"a": 1}'), ("lich.ics", lambda: b"BEGIN:VCALENDAR\r\n")]
    made = Folders(str(site), ["van-ban/2024/mot/index.html"], outputs, str(cache)).wait()
    assert str(site / "van-ban/2024/mot") in made
    assert (site / "van-ban/2024/mot/index.json").read_bytes() == b'{"a": 1}'
    assert (site / "lich.ics").read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert (site / "lich.ics").stat().st_nlink == 2  # a link into the build cache's store
    again = tmp_path / "again"  # the next build links the same entries
    Folders(str(again), [], outputs, str(cache)).wait()
    assert (again / "lich.ics").samefile(site / "lich.ics")
