"""A citizen opens a document page on a 360 px phone in Chromium."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_document_page_on_a_phone(page: Any, site_url: str, tmp_path: Any) -> None:
    page.goto(site_url + "van-ban/2025/300-ldld/")
    card = page.locator(".vb-card")
    assert card.is_visible()
    assert "300/LĐLĐ" in card.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(tmp_path / "document-360.png"), full_page=True)
    assert page.external_requests == []


def test_listing_and_home_fit_a_phone(page: Any, site_url: str) -> None:
    for path in ("", "van-ban/", "loai/", "co-quan/", "nam/"):
        page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    assert page.external_requests == []
