"""The original travels with the imported document: attached as bản gốc, a PDF viewable on the page."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, portal_project, run_mkdocs, serve

PDF = ROOT / "tests" / "fixtures" / "import" / "tuning" / "forms" / "t07-454-ubnd-ncth-hau-giang.pdf"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("goc")
    portal_project(root)
    shutil.rmtree(root / "content" / "van-ban", ignore_errors=True)
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", str(PDF), "--to", str(root / "content")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_pdf_original_is_attached_with_its_hash_and_a_preview(site: Path) -> None:
    page = (site / "van-ban/2011/454-ubnd-ncth/index.html").read_text("utf-8")
    published = site / "van-ban/2011/454-ubnd-ncth/454-ubnd-ncth-ban-goc.pdf"
    assert published.read_bytes() == PDF.read_bytes()
    assert hashlib.sha256(PDF.read_bytes()).hexdigest() in page and "Bản gốc (bản PDF)" in page
    frames = re.findall(r'<iframe class="vb-pdf__view" src="([^"]+)"', page)
    assert frames == ["454-ubnd-ncth-ban-goc.pdf"]
    assert 'class="vb-pdf__open" href="454-ubnd-ncth-ban-goc.pdf"' in page
    assert not re.search(r'<(iframe|script)[^>]+src="(https?:)?//', page)


@pytest.mark.browser
def test_preview_on_a_desktop_link_on_a_phone(site: Path, browser: Any) -> None:
    server, url = serve(site)
    try:
        for width, shown in ((1280, True), (360, False)):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            page.goto(url + "van-ban/2011/454-ubnd-ncth/")
            assert page.locator(".vb-pdf__open").is_visible()
            assert page.locator("details.vb-pdf").is_visible() is shown
            context.close()
    finally:
        server.shutdown()
