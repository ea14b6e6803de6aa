"""Attachments as editors name them (Vietnamese letters, spaces, brackets) download in a browser."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from conftest import blank_pdf, portal_project, run_mkdocs, serve
from vanban.attachments import human_size

NAME = "Phụ lục kèm theo (bản 2).pdf"
PDF = blank_pdf()
DOC = """---
number: 1/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-07
title: Kế hoạch thử tệp đính kèm
attachments:
  - {{path: "1-kh-ubnd/{name}", title: Phụ lục}}
---
Nội dung.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("att")
    portal_project(root)
    folder = root / "content" / "van-ban" / "2025"
    (folder / "1-kh-ubnd").mkdir(parents=True)
    (folder / "1-kh-ubnd" / NAME).write_bytes(PDF)
    (folder / "1-kh-ubnd" / "Bảng tổng hợp.xlsx").write_bytes(b"PK" + b"y" * 100)
    (folder / "1-kh-ubnd.md").write_text(DOC.format(name=NAME), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_listed_and_folder_attachments_are_published(site: Path) -> None:
    page = (site / "van-ban/2025/1-kh-ubnd/index.html").read_text("utf-8")
    assert 'href="Ph%E1%BB%A5%20l%E1%BB%A5c%20k%C3%A8m%20theo%20%28b%E1%BA%A3n%202%29.pdf"' in page
    assert hashlib.sha256((site / "van-ban/2025/1-kh-ubnd" / NAME).read_bytes()).hexdigest() in page
    assert human_size(len(PDF)) in page and "PDF" in page
    assert "Bảng tổng hợp" in page and "XLSX" in page


@pytest.mark.browser
def test_attachment_downloads_in_chromium(site: Path, browser: Any) -> None:
    server, url = serve(site)
    try:
        context = browser.new_context(viewport={"width": 360, "height": 800}, accept_downloads=True)
        page = context.new_page()
        page.goto(url + "van-ban/2025/1-kh-ubnd/")
        with page.expect_download() as info:
            page.locator(".vb-attachments a").first.click()
        download = info.value
        assert download.suggested_filename == NAME
        assert Path(download.path()).read_bytes().startswith(b"%PDF-1.4")
        context.close()
    finally:
        server.shutdown()
