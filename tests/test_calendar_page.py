"""/lich/ counts from the day of the build and names each deadline's document distinctly (issue 18, item 6)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import pytest

from portal_fixture import SITE_URL, portal_config
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.dates import build_day
from vanban.site import SiteConfig

ROOT = Path(__file__).resolve().parent.parent


def calendar_on(day: dt.date) -> dict[str, Any]:
    site = build_site(load_corpus(ROOT / "content"), SiteConfig(build_date=day, site_url=SITE_URL, portal=portal_config())).site
    return site.pages["lich/"].data


def whens(rows: list[dict[str, Any]]) -> list[dt.date]:
    return [r["deadline"].date for r in rows]


def test_past_and_upcoming_split_at_the_build_date() -> None:
    before = calendar_on(dt.date(2025, 3, 5))
    assert whens(before["upcoming"]) == [dt.date(2025, 3, 10), dt.date(2025, 3, 28), dt.date(2025, 3, 31)]
    assert before["past"] == []
    middle = calendar_on(dt.date(2025, 3, 15))
    assert whens(middle["upcoming"]) == [dt.date(2025, 3, 28), dt.date(2025, 3, 31)]
    assert whens(middle["past"]) == [dt.date(2025, 3, 10)]
    after = calendar_on(dt.date(2026, 1, 1))
    assert after["upcoming"] == [] and len(after["past"]) == 3
    assert after["reference"].vietnamese() == "01/01/2026"


def test_build_day_is_today_in_vietnam_or_source_date_epoch() -> None:
    assert build_day({"SOURCE_DATE_EPOCH": "1741564800"}) == dt.date(2025, 3, 10)  # 00:00 UTC = 07:00 ICT
    assert build_day({"SOURCE_DATE_EPOCH": "1741539600"}) == dt.date(2025, 3, 10)  # 17:00 UTC on the 9th
    assert build_day({}) == dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()


def test_each_deadline_names_its_document_distinctly() -> None:
    data = calendar_on(dt.date(2025, 3, 1))
    names = {r["name"] for r in data["upcoming"] + data["past"] + data["other"]}
    assert names == {
        "Kế hoạch (chưa ghi số) của Ban Thường vụ Huyện ủy",
        "Kế hoạch (chưa ghi số) của Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Tam Kỳ, ngày 07/03/2025",
        "Hướng dẫn (chưa ghi số) của Ban Tuyên giáo Thị ủy Phước Long",
    }


def test_calendar_page_says_as_of_when(built_site: Path) -> None:
    page = html.unescape((built_site / "lich/index.html").read_text(encoding="utf-8"))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    today = build_day()
    # the shared site may have been built before midnight (Vietnam time) and read after it: the day it was built
    built = [day for day in (today, today - dt.timedelta(days=1))
             if f"Tính đến ngày {day:%d/%m/%Y} (ngày trang được cập nhật)" in text]
    assert built, "the page says no “Tính đến ngày” of today or yesterday"
    assert re.search(r"\d+ mốc sắp tới, \d+ mốc đã qua", text)
    assert "Văn bản: Kế hoạch (chưa ghi số) của Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Tam Kỳ, ngày 07/03/2025" in text
    assert "ngày của văn bản mới nhất" not in text


@pytest.mark.browser
def test_calendar_as_of_visible_on_a_phone(page: Any, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "lich/")
    asof = page.locator(".vb-calendar__asof")
    assert asof.is_visible() and asof.inner_text().startswith("Tính đến ngày")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(tmp_path / "lich-360.png"), full_page=True)
