"""Issue 5 §2-3 in Chromium: the search page of the BUILT demo site (and of a small fixture site).

Uses the shared fixtures of conftest.py: ``site_url`` (demo built with ``mkdocs build --strict``
and served on 127.0.0.1) and ``page`` (360 px wide, every request leaving 127.0.0.1 aborted and
recorded in ``page.external_requests``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from conftest import served_pages
from vanban.text import fold

pytestmark = pytest.mark.browser

READY = """() => {
  const s = document.getElementById('vb-search-status');
  const list = document.getElementById('ket-qua-tim-kiem');
  return s && s.textContent.length > 0 && !s.textContent.startsWith('Đang tải')
    && list.getAttribute('aria-busy') !== 'true';
}"""


def open_search(page: Any, base: str, query: str = "", **params: str) -> Any:
    qs = "&".join(f"{k}={quote(v)}" for k, v in {"q": query, **params}.items() if v)
    page.goto(f"{base}tim-kiem/?{qs}")
    page.wait_for_function(READY)
    page.wait_for_load_state("networkidle")  # body shards, fetched after the first result
    page.wait_for_timeout(50)
    return page


def result_paths(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "#ket-qua-tim-kiem a.vb-row__title", "els => els.map(a => new URL(a.href).pathname)")


def first(page: Any, base: str, query: str, **params: str) -> str:
    paths = result_paths(open_search(page, base, query, **params))
    assert paths, f"no result for {query!r}: {page.inner_text('#vb-search-status')}"
    return paths[0]


def result_rows(site_dir: Path) -> list[list[Any]]:
    """Every row of the result store (``d<k>.json`` beside ``index.json``)."""
    [index] = (site_dir / "assets/vanban/search").glob("*/index.json")
    chunks = sorted(index.parent.glob("d*.json"), key=lambda p: int(p.stem[1:]))
    return [row for chunk in chunks for row in json.loads(chunk.read_text(encoding="utf-8"))]


def url_of(site_dir: Path, number: str) -> str:
    rows = [row for row in result_rows(site_dir) if row[1] == number]
    assert rows, f"{number} không có trong chỉ mục tìm kiếm của trang demo"
    return "/" + rows[0][0]


@pytest.fixture(autouse=True)
def _no_external_requests(request: pytest.FixtureRequest) -> Iterator[None]:
    page = request.getfixturevalue("page") if "page" in request.fixturenames else None
    yield
    if page is not None:
        assert page.external_requests == [], f"requests left 127.0.0.1: {page.external_requests}"


# --------------------------------------------------------------------------- the demo site


@pytest.mark.parametrize("query", ["nghi quyet 57", "nghị quyết 57", "NGHỊ QUYẾT 57"])
def test_resolution_57_by_words(page: Any, site_url: str, built_site: Path, query: str) -> None:
    assert first(page, site_url, query) == url_of(built_site, "57-NQ/TW")


@pytest.mark.parametrize("query", ["57-NQ/TW", "57/NQ-TW", "57 nq tw", "nq 57"])
def test_resolution_57_by_number(page: Any, site_url: str, built_site: Path, query: str) -> None:
    assert first(page, site_url, query) == url_of(built_site, "57-NQ/TW")


@pytest.mark.parametrize("query", ["300/LĐLĐ", "300 ldld"])
def test_union_letter_by_number(page: Any, site_url: str, built_site: Path, query: str) -> None:
    assert first(page, site_url, query) == url_of(built_site, "300/LĐLĐ")


def test_party_plan_386(page: Any, site_url: str, built_site: Path) -> None:
    assert first(page, site_url, "386-KH/TU") == url_of(built_site, "386-KH/TU")


def test_d_with_stroke(page: Any, site_url: str, built_site: Path) -> None:
    assert first(page, site_url, "lien doan lao dong") == url_of(built_site, "300/LĐLĐ")


def test_result_shows_fields_and_highlights(page: Any, site_url: str) -> None:
    open_search(page, site_url, "300 ldld")
    row = page.locator("#ket-qua-tim-kiem li").first
    assert row.locator(".vb-row__number").inner_text() == "số 300/LĐLĐ"
    assert row.locator(".vb-row__type").inner_text() == "Công văn"
    assert "02/2025" in row.locator(".vb-row__date").inner_text()
    assert "Liên đoàn Lao động" in row.locator(".vb-row__issuer").inner_text()
    assert "Nghị quyết số 57-NQ/TW" in row.locator(".vb-row__title").inner_text()
    marks = row.locator(".vb-row__number mark").all_inner_texts()
    assert marks == ["300", "LĐLĐ"]
    open_search(page, site_url, "lien doan lao dong")
    marked = page.locator("#ket-qua-tim-kiem li").first.locator("mark").all_inner_texts()
    assert {fold(m).lower() for m in marked} == {"lien", "doan", "lao", "dong"}
    assert "Liên" in marked and "động" in marked  # shown with their diacritics


def test_result_links_open_document_pages(page: Any, site_url: str) -> None:
    open_search(page, site_url, "300 ldld")
    with page.expect_navigation():
        page.locator("#ket-qua-tim-kiem a").first.click()
    assert urlsplit(page.url).path.endswith("/van-ban/2025/300-ldld/")
    assert "300/LĐLĐ" in page.inner_text("body")


def test_count_is_announced_and_no_results_message(page: Any, site_url: str) -> None:
    open_search(page, site_url, "lien doan lao dong")
    status = page.locator("#vb-search-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    n = page.locator("#ket-qua-tim-kiem li").count()
    assert status.inner_text().startswith(f"Tìm thấy {n} văn bản")
    open_search(page, site_url, "xyzzy qwerty")
    assert page.locator("#ket-qua-tim-kiem li").count() == 0
    assert "Không tìm thấy văn bản nào phù hợp với “xyzzy qwerty”" in status.inner_text()


def test_typing_updates_results_and_url(page: Any, site_url: str, built_site: Path) -> None:
    page.goto(f"{site_url}tim-kiem/")
    assert page.locator("#ket-qua-tim-kiem li").count() == 0
    page.locator("#vb-search-q").focus()  # starts loading the index
    page.keyboard.type("57 nq tw", delay=30)
    page.wait_for_function(READY)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(100)
    assert parse_qs(urlsplit(page.url).query)["q"] == ["57 nq tw"]
    assert result_paths(page)[0] == url_of(built_site, "57-NQ/TW")
    # the shareable URL reproduces the results
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_function(READY)
    assert page.locator("#vb-search-q").input_value() == "57 nq tw"
    assert result_paths(page)[0] == url_of(built_site, "57-NQ/TW")


def test_keyboard_only(page: Any, site_url: str, built_site: Path) -> None:
    page.goto(f"{site_url}tim-kiem/")
    page.locator("#vb-search-q").focus()
    page.keyboard.type("300/LĐLĐ")
    page.keyboard.press("Enter")
    page.wait_for_function(READY)
    assert result_paths(page)[0] == url_of(built_site, "300/LĐLĐ")
    labels = page.eval_on_selector_all("#vb-search input, #vb-search select",
                                       "els => els.map(e => e.labels.length && e.labels[0].innerText.trim())")
    assert all(labels), labels
    for _ in range(10):  # Tab reaches the first result link
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('vb-row__title')"):
            break
    else:
        pytest.fail("the first result is not reachable with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == url_of(built_site, "300/LĐLĐ")


def test_header_search_box_goes_to_the_search_page(page: Any, site_url: str, built_site: Path) -> None:
    page.goto(site_url)
    page.fill("header input[name=q]", "nq 57")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/tim-kiem/?q=*")
    page.wait_for_function(READY)
    assert page.locator("#vb-search-q").input_value() == "nq 57"
    assert result_paths(page)[0] == url_of(built_site, "57-NQ/TW")


def test_filters(page: Any, site_url: str, built_site: Path) -> None:
    rows = result_rows(built_site)
    open_search(page, site_url, "57", loai="Kế hoạch")
    types = page.locator("#ket-qua-tim-kiem .vb-row__type").all_inner_texts()
    assert types and set(types) == {"Kế hoạch"}
    assert page.locator("#vb-search-loai").input_value() == "Kế hoạch"
    # changing a select re-runs the query and keeps the URL shareable
    page.select_option("#vb-search-loai", "")
    page.select_option("#vb-search-nam", "2025")
    page.wait_for_function("() => new URL(location.href).searchParams.get('nam') === '2025'")
    page.wait_for_function(READY)  # the filter's shard may still be on its way
    dates = page.locator("#ket-qua-tim-kiem .vb-row__date").all_inner_texts()
    assert dates and all("2025" in d for d in dates)
    issuer = "Ban Thường vụ Liên đoàn Lao động huyện DMC"
    assert issuer in {row[3] for row in rows}
    open_search(page, site_url, "", coquan=issuer)
    assert set(page.locator("#ket-qua-tim-kiem .vb-row__issuer").all_inner_texts()) == {issuer}
    # filter values come from the data
    options = page.eval_on_selector_all("#vb-search-loai option", "os => os.map(o => o.value).filter(Boolean)")
    assert sorted(options) == sorted({row[2] for row in rows})


def test_phone_width(page: Any, site_url: str) -> None:
    open_search(page, site_url, "nghi quyet 57")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_loads_nothing_before_it_is_needed(page: Any, site_url: str) -> None:
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(urlsplit(r.url).path))
    page.goto(f"{site_url}tim-kiem/")
    page.wait_for_load_state("networkidle")
    assert not any(p.endswith(".json") for p in loaded)
    loaded.clear()
    page.goto(site_url)  # other pages never load the search
    page.wait_for_load_state("networkidle")
    assert not any("search" in p or "lunr" in p for p in loaded)


def test_without_javascript(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{site_url}tim-kiem/?q=57")
        text = page.inner_text("main, body")
        assert "tắt JavaScript" in text
        links = page.eval_on_selector_all("noscript a, .vb-stub-note a", "els => els.map(a => a.getAttribute('href'))")
        assert any(h.rstrip("/").endswith("van-ban") for h in links), links
    finally:
        context.close()


# --------------------------------------------------------------------------- a fixture site for the ranking rules

FIXTURE_DOCS = {
    "duong.md": ("12/KH-UBND", "Kế hoạch", "2025-03-01", "Sửa chữa đường giao thông thôn 3"),
    "duong-bien.md": ("13/KH-UBND", "Kế hoạch", "2025-03-02", "Bảo vệ vùng biển dương và bãi ngang thôn 3"),
    "phrase.md": ("20/TB-UBND", "Thông báo", "2024-04-01", "Tháng hành động vì an toàn thực phẩm"),
    "scattered.md": ("21/TB-UBND", "Thông báo", "2024-04-02",
                     "Thực hiện an ninh trật tự, phẩm chất cán bộ, toàn dân tham gia"),
    **{f"tiem-phong-{i}.md": (f"{30 + i}/BC-UBND", "Báo cáo", f"2023-05-{1 + i:02d}", f"Kết quả tiêm phòng đợt {i}")
       for i in range(22)},  # one more page of results than PAGE (20)
}


@pytest.fixture(scope="module")
def ranking_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pages = {name: f'---\nnumber: "{number}"\ntype: "{type_}"\nissuer: "Ủy ban nhân dân xã Mẫu"\n'
                   f'date: "{date}"\ntitle: "{title}"\n---\n\nNội dung {title.lower()}.\n'
             for name, (number, type_, date, title) in FIXTURE_DOCS.items()}
    yield from served_pages(tmp_path_factory.mktemp("ranking"), pages)


def numbers(page: Any) -> list[str]:
    return [t.removeprefix("số ") for t in page.locator("#ket-qua-tim-kiem .vb-row__number").all_inner_texts()]


def test_exact_diacritics_rank_above_folded(page: Any, ranking_site: str) -> None:
    open_search(page, ranking_site, "đường")
    assert numbers(page)[:2] == ["12/KH-UBND", "13/KH-UBND"]
    open_search(page, ranking_site, "dương")
    assert numbers(page)[:2] == ["13/KH-UBND", "12/KH-UBND"]
    open_search(page, ranking_site, "duong")
    assert set(numbers(page)[:2]) == {"12/KH-UBND", "13/KH-UBND"}


def test_phrase_ranks_above_scattered_syllables(page: Any, ranking_site: str) -> None:
    for query in ("an toàn thực phẩm", "an toan thuc pham"):
        open_search(page, ranking_site, query)
        assert numbers(page)[:2] == ["20/TB-UBND", "21/TB-UBND"], query
    open_search(page, ranking_site, "thực hiện an ninh")
    assert numbers(page)[0] == "21/TB-UBND"


def test_more_button_only_when_there_are_more(page: Any, ranking_site: str) -> None:
    """Issue 18.3: "Xem thêm kết quả" is hidden under a complete list (Material's .md-button overrode
    ``hidden``) and shows the next results when there are some."""
    more = page.locator("#vb-search-more")
    open_search(page, ranking_site, "an toan thuc pham")
    assert 0 < page.locator("#ket-qua-tim-kiem li").count() < 20
    assert not more.is_visible()
    open_search(page, ranking_site, "tiem phong")
    assert page.locator("#ket-qua-tim-kiem li").count() == 20
    assert more.is_visible()
    more.click()
    page.wait_for_function("document.querySelectorAll('#ket-qua-tim-kiem li').length === 22")
    assert not more.is_visible()


def test_phrase_is_highlighted_not_every_folded_syllable(page: Any, site_url: str) -> None:
    """Issue 18.3: for "chuyen doi so" the phrase "chuyển đổi số" is marked, not every "số"/"sơ" of the row."""
    open_search(page, site_url, "chuyen doi so")
    rows = page.locator("#ket-qua-tim-kiem li")
    titles = rows.locator(".vb-row__title").all_inner_texts()
    k = next(i for i, t in enumerate(titles) if "chuyển đổi số" in t)
    row = rows.nth(k)
    assert row.locator("mark").all_inner_texts() == ["chuyển", "đổi", "số"]
    assert row.locator(".vb-row__number mark").count() == 0  # "số 57-NQ/TW" is not the phrase's "số"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
