"""Theo dõi triển khai in Chromium at 360 px: the "Tình hình triển khai" panel, /theo-doi/, /don-vi/
and a unit page pass axe, never scroll sideways, show a list on phones and a table on wide screens,
and say every status in words (colour is never the only signal)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
        assert any(w in row for w in ("Đã thực hiện", "trễ hạn", "Quá hạn", "Chưa đến hạn")), row
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
