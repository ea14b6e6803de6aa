"""Theo dõi triển khai in Chromium at 360 px: the "Tình hình triển khai" panel, /theo-doi/, /don-vi/
and a unit page pass axe, never scroll sideways, show a list on phones and a table on wide screens,
and say every status in words (colour is never the only signal). The optional script re-reads open and
overdue rows against the reader's date, says so, and the page is complete without it."""

from __future__ import annotations

import gzip
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import portal_project, run_mkdocs, serve

pytestmark = pytest.mark.browser

PLAN = "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy/"
PAGES = [PLAN, "theo-doi/", "don-vi/", "don-vi/ubnd-huyen/"]


@pytest.mark.parametrize("path", PAGES)
def test_tracking_pages_pass_axe_at_360(page: Any, site_url: str, path: str, tmp_path: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(site_url + path, wait_until="load")
    assert response is not None and response.ok
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.external_requests == []
    page.screenshot(path=str(tmp_path / ((path.strip("/").replace("/", "_") or "home") + ".png")), full_page=True)


def test_panel_is_a_list_on_phones_and_a_table_on_wide_screens(page: Any, browser: Any, site_url: str) -> None:
    page.goto(site_url + PLAN)
    panel = page.locator(".vb-track")
    assert panel.locator("h2").inner_text() == "Tình hình triển khai"
    rows = panel.locator("tbody tr")
    assert rows.count() >= 5
    assert rows.first.evaluate("e => getComputedStyle(e).display") == "block"  # a list of blocks on a phone
    assert not panel.locator("thead").is_visible() or panel.locator("thead").bounding_box()["height"] <= 1
    text = panel.inner_text()
    assert "UBND huyện" in text and "10/03/2025" in text and "28/03/2025" in text
    assert "Tính đến ngày" in text
    for i in range(rows.count()):  # the status is a word in every row, and every row is labelled
        row = rows.nth(i).inner_text()
        assert any(w in row for w in ("Đã thực hiện", "trễ hạn", "Quá hạn", "Chưa đến hạn", "Chưa thấy văn bản thực hiện", "Không theo dõi qua văn bản")), row
        assert "Hạn:" in row
    wide = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        desktop = wide.new_page()
        desktop.goto(site_url + PLAN)
        row = desktop.locator(".vb-track tbody tr").first
        assert row.evaluate("e => getComputedStyle(e).display") == "table-row"
        assert desktop.locator(".vb-track thead").is_visible()
        assert "Hạn:" not in row.inner_text()
    finally:
        wide.close()


# --- the optional re-check against the reader's date (assets/vanban/tracking.js) ----------------------------

RECHECK_PLAN = "van-ban/2025/10-kh-hu/"


@pytest.fixture(scope="module")
def recheck_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The tracking fixture corpus (tests/fixtures/tracking) in the portal, statuses as of 01/03/2025: the
    Đoàn Thanh niên task (due 20/03/2025, never fulfilled) is open, Phòng Văn hóa's (31/12/2025) too."""
    root = portal_project(tmp_path_factory.mktemp("recheck"))
    shutil.copytree(Path(__file__).parent / "fixtures" / "tracking" / "content", root / "content")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      units:\n" in config
    (root / "mkdocs.yml").write_text(config.replace("      units:\n", "      as_of: 2025-03-01\n      units:\n", 1),
                                     encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    server, url = serve(root / "site")
    yield url
    server.shutdown()


def _row(page: Any, unit: str) -> str:
    return str(page.locator(".vb-track tbody tr", has_text=unit).first.inner_text())


def test_recheck_marks_what_fell_due_since_the_build_and_says_so(page: Any, recheck_url: str,
                                                                 tmp_path: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.clock.set_fixed_time("2025-04-01T09:00:00")
    page.goto(recheck_url + RECHECK_PLAN, wait_until="load")
    note = page.locator(".vb-track__recheck")
    note.wait_for(state="visible")
    assert note.inner_text().startswith("Tính lại theo ngày hôm nay (01/04/2025): ")
    assert "vừa quá hạn" in note.inner_text()
    assert "Tính đến ngày 01/03/2025" in page.locator(".vb-track").inner_text()  # the build's own figures stay
    assert "Quá hạn, chưa thực hiện" in _row(page, "Đoàn Thanh niên huyện")
    assert page.locator(".vb-track tbody tr", has_text="Đoàn Thanh niên huyện").first.get_attribute(
        "data-vb-status") == "overdue"
    assert "Chưa đến hạn" in _row(page, "Phòng Văn hóa và Thông tin huyện")  # due 31/12/2025: still open
    assert "Đã thực hiện" in _row(page, "UBND huyện")  # done stays done
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.external_requests == []
    page.screenshot(path=str(tmp_path / "recheck.png"), full_page=True)
    page.locator(".vb-track").screenshot(path=str(tmp_path / "recheck-panel.png"))


def test_a_clock_behind_the_build_day_changes_nothing(page: Any, recheck_url: str) -> None:
    page.clock.set_fixed_time("2025-02-01T09:00:00")
    page.goto(recheck_url + RECHECK_PLAN, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.locator(".vb-track__recheck").is_hidden()
    assert "Chưa đến hạn" in _row(page, "Đoàn Thanh niên huyện")


def test_the_page_is_complete_without_the_script(browser: Any, recheck_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(recheck_url + RECHECK_PLAN)
        panel = page.locator(".vb-track").inner_text()
        assert "Tính đến ngày 01/03/2025" in panel and "Đoàn Thanh niên huyện" in panel
        assert "Chưa đến hạn" in _row(page, "Đoàn Thanh niên huyện")
        assert page.locator(".vb-track__recheck").is_hidden()
    finally:
        context.close()


def test_the_script_is_small_deferred_and_only_on_pages_with_rows_to_recheck(built_site: Path) -> None:
    script = built_site / "assets" / "vanban" / "tracking.js"
    assert len(gzip.compress(script.read_bytes())) <= 1536
    plan = (built_site / PLAN / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<script src="[^"]*assets/vanban/tracking\.js" defer>', plan)
    for other in ("index.html", "tim-kiem/index.html", "theo-doi/index.html", "don-vi/index.html"):
        assert "assets/vanban/tracking.js" not in (built_site / other).read_text(encoding="utf-8"), other
