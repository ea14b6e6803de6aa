"""Shapes met on the site built from 702 real Word originals (qa30, 2026-12-05), written here by hand:
a plan whose sections are ``###`` with no ``##`` above (what the importer writes), an editor's ``#``, a
long unbroken token (a pasted base64 blob) and a wide table, all at 360 px; search results' titles
capitalised as every listing shows them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import portal_project, run_mkdocs, serve
from vanban import sanitize
from vanban.body import render, unsafe_parts

PLAN = """---
number: "7/KH-UBND"
type: "Kế hoạch"
issuer: "Ủy ban nhân dân xã An Bình (mẫu)"
date: "2025-03-07"
title: "tổ chức ngày hội đọc sách năm 2025"
---

Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã ban hành kế hoạch như sau:

### 1. CĂN CỨ XÂY DỰNG KẾ HOẠCH:

Nội dung căn cứ.

#### a) Mục đích

Nội dung mục đích.

### 2. NỘI DUNG

# PHẦN CUỐI

{blob}

| Số TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú |
|---|---|---|---|---|---|
| 1 | Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở | Văn phòng - Thống kê | Các thôn, khu phố | 31/03/2025 | Thường xuyên |
"""

BLOB = "w4xAT03FqDvhu5hhYeG6ukw3" * 40


def _levels(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"<h([1-6])[\s>]", html)]


def test_body_headings_nest_under_the_page_title_without_skipping() -> None:
    out = render("Mở đầu.\n\n### 1. CĂN CỨ\n\n#### a) Mục đích\n\n##### Ý sâu\n\n### 2. NỘI DUNG\n\n# CUỐI\n")
    assert _levels(out.html) == [2, 3, 4, 2, 2]
    assert '<h2 id="1-can-cu">1. CĂN CỨ</h2>' in out.html  # ids and text unchanged
    assert [(h.level, h.id, [c.id for c in h.children]) for h in out.headings] == [
        (2, "1-can-cu", ["a-muc-dich"]), (2, "2-noi-dung", []), (2, "cuoi", [])]


def test_body_heading_levels_that_skip_are_closed_up() -> None:
    assert _levels(render("## A\n\n#### B\n\n###### C\n\n### D\n\n## E\n").html) == [2, 3, 4, 3, 2]


def test_wide_table_is_in_the_tab_order_and_an_editors_tabindex_other_than_0_is_not() -> None:
    assert '<table tabindex="0">' in render("| a | b |\n|---|---|\n| 1 | 2 |\n").html
    raw = '<table tabindex="-1"><tr><td>a</td></tr></table>\n'
    assert "tabindex" not in sanitize.clean(raw)
    assert [p.what for p in unsafe_parts(raw)] == ["thuộc tính tabindex=“-1” trên thẻ <table>"]
    assert unsafe_parts(raw.replace("-1", "0")) == []


@pytest.fixture(scope="module")
def shapes_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = portal_project(tmp_path_factory.mktemp("shapes"))
    folder = root / "content" / "van-ban" / "2025"
    folder.mkdir(parents=True)
    (root / "content" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    (folder / "7-kh-ubnd.md").write_text(PLAN.replace("{blob}", BLOB), encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    server, url = serve(root / "site")
    yield url
    server.shutdown()


@pytest.mark.browser
def test_plan_with_h3_sections_blob_and_wide_table_at_360(page: Any, shapes_url: str, tmp_path: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(shapes_url + "van-ban/2025/7-kh-ubnd/", wait_until="load")
    assert response is not None and response.ok
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "els => els.map(e => +e.tagName[1])")
    assert levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.external_requests == []
    page.screenshot(path=str(tmp_path / "plan-shapes-360.png"), full_page=True)


@pytest.mark.browser
def test_search_results_show_titles_capitalised_like_listings(page: Any, shapes_url: str) -> None:
    page.goto(shapes_url + "tim-kiem/?q=ngay+hoi+doc+sach")
    page.wait_for_selector("#ket-qua-tim-kiem a.vb-row__title")
    title = page.locator("#ket-qua-tim-kiem a.vb-row__title").first.inner_text()
    assert title == "Tổ chức ngày hội đọc sách năm 2025"
    assert page.locator("#ket-qua-tim-kiem mark").count() >= 4  # highlighting still lands on the words
