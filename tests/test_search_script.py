"""search.js is joined from its parts (vanban/search/script.py): one script served, small parts kept."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from vanban.search import script
from vanban.search.page import SCRIPT_PATH


def test_every_part_is_listed_once() -> None:
    assert len(set(script.PARTS)) == len(script.PARTS)
    assert set(script.PARTS) == {path.name for path in script.FOLDER.glob("*.js")}


def test_the_parts_are_one_function_body() -> None:
    """The first part opens the function and the last closes it; every line between is inside it."""
    lines = script.source().decode("utf-8").splitlines()
    opening = lines.index("(function () {")
    assert lines[:opening][0].startswith("/* vanban search") and lines[opening + 1] == "  'use strict';"
    assert lines[-1] == "})();" and script.source().endswith(b"\n")
    assert [line for line in lines[opening + 1:-1] if line and not line.startswith("  ")] == []
    for part in script.PARTS:
        text = (script.FOLDER / part).read_text("utf-8")
        assert text.endswith("\n") and text.count("\n") <= 400, part


def test_the_package_ships_the_parts() -> None:
    data = (ROOT / "pyproject.toml").read_text("utf-8").split("[tool.setuptools.package-data]\n")[1].split("\n")[0]
    assert '"search/js/*.js"' in data  # else an installed vanban would serve an empty script


def test_the_site_serves_the_joined_script(built_site: Path) -> None:
    assert (built_site / SCRIPT_PATH).read_bytes() == script.source()
    assert not (ROOT / "theme_overrides" / SCRIPT_PATH).exists()  # one source: a theme copy would be overwritten
