"""Issue 6 §4 in Chromium: axe-core reports no violation, phones never scroll sideways, nothing
leaves 127.0.0.1, and a document prints (to PDF) with its number, URL and QR.

Runs against the demo site built by ``mkdocs build`` (fixtures ``built_site``, ``site_url``,
``page`` in conftest.py). Every page named here must exist.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

DOCUMENT = "van-ban/2025/300-ldld/"
DOCUMENT_NUMBER = "300/LĐLĐ"


def _stub_path(built_site: Path) -> str | None:
    """The URL of a stub page (a cited document not held), from documents.json or the pages."""
    data = built_site / "data" / "documents.json"
    if data.exists():
        for record in json.loads(data.read_text(encoding="utf-8")).get("documents", []):
            if not record.get("held") and (built_site / record["url"] / "index.html").exists():
                return str(record["url"])
    return None


def _resolve(built_site: Path, name: str) -> str:
    """Site-relative URL of a named page; it must exist."""
    paths = {
        "home": "",
        "document": DOCUMENT,
        "listing": "van-ban/",
        "timeline": "dong-thoi-gian/",
        "search": "tim-kiem/?q=57",
        "about": "gioi-thieu/",
        "about_en": "en/about/",
        # the demo's one relation the text leaves unsettled (test_settled_rel42): its panel on both ends
        "unsettled": "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07/",
        "unsettled_stub": "van-ban/2024/391-kh-tu/",
    }
    if name == "stub":
        stub = _stub_path(built_site)
        assert stub is not None, "bản dựng demo không có trang văn bản chưa có toàn văn (stub)"
        return stub
    path = paths[name]
    assert (built_site / path.split("?")[0] / "index.html").exists(), f"trang /{path} không có trong bản dựng demo"
    return path


PAGES = ["home", "document", "stub", "listing", "timeline", "search", "about", "about_en", "unsettled", "unsettled_stub"]


def _open(page: Any, site_url: str, path: str) -> None:
    response = page.goto(site_url + path, wait_until="load")
    assert response is not None and response.ok, f"/{path}: HTTP {response.status if response else '?'}"
    if path.startswith("tim-kiem/"):
        page.wait_for_timeout(500)  # let the search script render its results


@pytest.mark.parametrize("name", PAGES)
def test_axe_reports_no_violation(page: Any, built_site: Path, site_url: str, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    path = _resolve(built_site, name)
    _open(page, site_url, path)
    results = Axe().run(page)
    violations = results.response["violations"]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in violations
    )
    assert not violations, f"/{path}: {len(violations)} vi phạm axe\n{report}"


@pytest.mark.parametrize("name", PAGES)
def test_no_sideways_scroll_and_nothing_leaves_localhost(page: Any, built_site: Path, site_url: str,
                                                         name: str) -> None:
    path = _resolve(built_site, name)
    _open(page, site_url, path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"/{path}: trang rộng {width}px, cuộn ngang trên màn hình 360px"
    assert page.external_requests == [], f"/{path}: yêu cầu ra ngoài 127.0.0.1: {page.external_requests}"


def test_document_has_share_links_and_accessible_qr(page: Any, built_site: Path, site_url: str) -> None:
    _open(page, site_url, _resolve(built_site, "document"))
    facebook = page.locator(".vb-share a[href^='https://www.facebook.com/sharer/sharer.php?u=']")
    assert facebook.count() == 1
    assert page.get_by_role("button", name="Sao chép liên kết").count() == 1
    qr = page.locator(".vb-share svg[role='img']")
    assert qr.count() == 1
    assert "300/LĐLĐ" in (qr.get_attribute("aria-label") or "")
    assert page.locator(".vb-share svg title").count() == 1


def test_document_prints_like_the_original(page: Any, built_site: Path, site_url: str, tmp_path: Path) -> None:
    _open(page, site_url, _resolve(built_site, "document"))
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.vb-header', '.vb-footer', '.vb-share__actions', 'form[role=search]']
        .map(s => document.querySelector(s)).filter(e => e && getComputedStyle(e).display !== 'none')
        .map(e => e.className || e.tagName)""")
    assert hidden == [], f"phần giao diện vẫn hiện khi in: {hidden}"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "không có pdftotext: chạy bash .ci/run (cài gói poppler-utils)"
    target = tmp_path / "document.pdf"
    target.write_bytes(pdf)
    text = subprocess.run([pdftotext, "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert DOCUMENT_NUMBER in text
    assert "Nơi nhận" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text or page.locator(".vb-print-head").count() == 0
    if page.locator(".vb-share").count():
        assert DOCUMENT in text.replace("\n", "").replace(" ", ""), "bản in thiếu địa chỉ văn bản"
    for chrome in ("Tìm văn bản", "Sao chép liên kết", "Chia sẻ lên Facebook"):
        assert chrome not in text, f"bản in còn “{chrome}”"
