"""scripts/serve_profile.py: a serve's saves in one process, each one's CPU and search wait, the content put back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, portal_project

pytestmark = pytest.mark.build


def test_saves_are_measured_and_the_edited_file_is_put_back(tmp_path: Path) -> None:
    project = portal_project(tmp_path)
    shutil.copytree(ROOT / "content", project / "content")
    before = {p: p.read_bytes() for p in sorted((project / "content").rglob("*.md"))}
    out = tmp_path / "serve.json"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve_profile.py"), str(project / "mkdocs.yml"),
                             str(out), "--saves", "2"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert result.returncode == 0, result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["save 1", "save 2"]
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["documents"] == len(before) and len(found["saves"]) == 2
    assert all(row["cpu"] > 0 and row["wall"] > 0 and row["search wait"] >= 0 for row in found["saves"])
    assert "corpus read" in found["seconds"] and "the rest (start-up, imports, MkDocs)" in found["seconds"]
    assert {p: p.read_bytes() for p in sorted((project / "content").rglob("*.md"))} == before
