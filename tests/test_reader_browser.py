"""What a citizen sees at 360 px in Chromium: dates, badges and the 404 page (issue 18, items 4–7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_partial_date_and_place_read_plainly(page: Any, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "van-ban/2025/300-ldld/")
    card = page.locator(".vb-card__fields")
    assert "tháng 02/2025 (chưa ghi ngày)" in card.inner_text()
    assert page.locator(".vb-place").inner_text() == "Huyện DMC"
    assert page.locator("h1").inner_text().startswith("Tuyên truyền")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(tmp_path / "document-300-ldld-360.png"), full_page=True)


def test_inferred_badge_explains_itself_without_hover(page: Any, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "van-ban/2019/52-nq-tw/")
    why = page.locator(".vb-rel__why").first
    assert why.is_visible()
    assert "suy ra từ phần mô tả trong Công văn số 300/LĐLĐ" in why.inner_text()
    why.locator("a").click()
    assert page.url.endswith("/van-ban/2025/300-ldld/")
    page.go_back()
    page.locator(".vb-rel").first.screenshot(path=str(tmp_path / "inferred-360.png"))


def test_404_page_offers_search_prefilled_from_the_address(page: Any, site_url: str, built_site: Path,
                                                           tmp_path: Path) -> None:
    body = (built_site / "404.html").read_text(encoding="utf-8")
    missing = site_url + "van-ban/2025/300-ldl/"
    page.route(missing, lambda route: route.fulfill(status=404, body=body, content_type="text/html; charset=utf-8"))
    page.goto(missing)
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"
    box = page.locator("#vb-notfound-q")
    assert box.input_value() == "300 ldl"
    assert page.get_by_role("link", name="Về trang chủ").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(tmp_path / "404-360.png"), full_page=True)
    box.fill("300 ldld")
    page.get_by_role("button", name="Tìm văn bản").click()
    page.wait_for_url("**/tim-kiem/?q=300+ldld")
    page.wait_for_selector("#ket-qua-tim-kiem li")
    assert "300/LĐLĐ" in page.locator("#ket-qua-tim-kiem").inner_text()
    assert page.external_requests == []
