"""What a reader sees of tracking (twenty-seventh session, site36). The reader-date script (assets/vanban/tracking.js)
re-marks a row that fell due since the build; in a long panel grouped by status it left the row under "Chưa đến hạn
(N)" labelled "Quá hạn", the heading contradicting its rows: the row now moves to the overdue group (made if the build
had none) and every group says its count again. On a unit page its note went under the unit's level line ("Cấp huyện
· …"), the first count on the page, far from the tasks: it now goes beside the count it re-reads; on the build day
itself it is not shown (nothing can have changed). /theo-doi/'s table
had seven columns at 360 px (a word a line): on a phone each document is now a card whose counts are said in words.
The pages are written for this test, in layouts other than those seen.

site37: a card's heading said only "Kế hoạch (chưa ghi số)" of a numberless plan: /theo-doi/'s listings add the
trích yếu, cut at a word. Four zero counts took two lines of every card: a phone shows the total once and the counts
held ("3 nhiệm vụ: 3 quá hạn"), the table keeps its zeros. In a regrouped panel a fold left with 8 rows or fewer opens,
and so does an overdue group the script makes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import district_units, markdown_page, portal_with_units, serve

COMMUNES = [f"UBND xã {n}" for n in ("Bàn Đạt", "Bảo Linh", "Đào Xá", "Đồng Liên", "Hà Châu", "Kha Sơn", "Lương Phú",
                                     "Nga My", "Nhã Lộng", "Tân Đức", "Tân Hòa", "Tân Khánh", "Tân Kim", "Thanh Ninh",
                                     "Thượng Đình", "Úc Kỳ", "Xuân Phương", "Điềm Thụy", "Dương Thành", "Hương Sơn",
                                     "Kinh Sơn")]
OFFICE = "Phòng Tài chính - Kế hoạch huyện"
LONG_TITLE = ("tổ chức các hoạt động hưởng ứng Tháng hành động vì an toàn thực phẩm và kiểm tra liên ngành vệ sinh "
              "an toàn thực phẩm trên địa bàn huyện năm 2026")
UNITS = district_units("UBND huyện Phú Bình", [OFFICE], COMMUNES)

PAGES = {
    # 22 rows, every one open on the build day: the communes' due (16/3) comes before the office's (30/6)
    "2026/31-phu-binh.md": markdown_page(
        {"number": "31/UBND-TCKH", "type": "Công văn", "issuer": "UBND huyện Phú Bình", "date": "2026-02-12",
         "title": "kê khai tài sản công năm 2025"},
        "Kính gửi: UBND các xã.\n\n"
        "1. UBND các xã hoàn thành kê khai, gửi báo cáo tài sản công về UBND huyện trước ngày 16/3/2026.\n\n"
        f"2. {OFFICE} tổng hợp, báo cáo UBND huyện trước ngày 30/6/2026."),
    # 22 rows, the communes' overdue on the build day (due 20/02), the office's open (due 16/3)
    "2026/12-phu-binh.md": markdown_page(
        {"number": "12/UBND-TCKH", "type": "Công văn", "issuer": "UBND huyện Phú Bình", "date": "2026-01-22",
         "title": "quyết toán ngân sách xã năm 2025"},
        "Kính gửi: UBND các xã.\n\n"
        "1. UBND các xã gửi báo cáo quyết toán ngân sách năm 2025 về UBND huyện trước ngày 20/02/2026.\n\n"
        f"2. {OFFICE} thẩm định, báo cáo UBND huyện trước ngày 16/3/2026."),
    # (site37) no number, a long trích yếu, one task with no due: its card must say which plan it is
    "2026/ke-hoach-attp.md": markdown_page(
        {"type": "Kế hoạch", "issuer": "UBND huyện Phú Bình", "date": "2026-02-20", "title": LONG_TITLE},
        f"{OFFICE} chủ trì xây dựng kế hoạch kiểm tra liên ngành, tổng hợp báo cáo kết quả về UBND huyện."),
}
OPEN_PLAN, OVERDUE_PLAN = "van-ban/2026/31-ubnd-tckh/", "van-ban/2026/12-ubnd-tckh/"
LABELS = {"overdue": "Quá hạn, chưa thực hiện", "open": "Chưa đến hạn"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return portal_with_units(tmp_path_factory.mktemp("site36"), UNITS, PAGES)


def _panel(site: Path, path: str) -> str:
    html = (site / path / "index.html").read_text(encoding="utf-8")
    panel = html[html.index('<section class="vb-panel vb-track"'):]
    return panel[:panel.index("</section>")]


def test_the_panels_are_grouped_as_the_test_needs(site: Path) -> None:
    """The built pages this file's browser tests start from (else they would pass on panels that are not grouped)."""
    first = _panel(site, OPEN_PLAN)
    assert first.count('<tr role="row" class="vb-track__row') == 22
    assert re.findall(r'id="vb-track-(overdue|open|late|done|no_due)">([^<]*)<', first) == [("open", "Chưa đến hạn (22)")]
    assert '<details class="vb-track__fold"><summary class="vb-track__group-h" id="vb-track-open">' in first
    second = _panel(site, OVERDUE_PLAN)
    assert re.findall(r'id="vb-track-(overdue|open|late|done|no_due)">([^<]*)<', second) == [
        ("overdue", "Quá hạn, chưa thực hiện (21)"), ("open", "Chưa đến hạn (1)")]
    assert '<h3 class="vb-track__group-h" id="vb-track-open">' in second  # one row: not folded
    assert "data-vb-recheck" in first and "data-vb-recheck" in second


# --- in Chromium ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def url(site: Path) -> Iterator[str]:
    server, base = serve(site)
    yield base
    server.shutdown()


def _groups(page: Any) -> list[tuple[str, str, list[str]]]:
    """Each group heading of the panel in page order: its status, its text and the status label of each of its rows."""
    return list(page.evaluate("""() => Array.from(document.querySelectorAll('.vb-track .vb-track__group-h')).map(h => [
        h.id.replace('vb-track-', ''), h.textContent,
        Array.from(h.nextElementSibling.querySelectorAll('tbody tr')).map(r => r.querySelector('.vb-status').textContent.trim())])"""))


def _consistent(groups: list[tuple[str, str, list[str]]]) -> None:
    for status, heading, labels in groups:
        assert heading == f"{LABELS[status]} ({len(labels)})"
        assert all(label.endswith(LABELS[status]) for label in labels), (heading, labels)


def _recheck(page: Any, url: str, path: str, day: str) -> str:
    page.clock.set_fixed_time(day + "T09:00:00")
    page.goto(url + path, wait_until="load")
    note = page.locator(".vb-track__recheck")
    note.wait_for(state="visible")
    return str(note.inner_text())


@pytest.mark.browser
def test_a_row_that_fell_due_moves_to_a_new_overdue_group(page: Any, url: str, tmp_path: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    note = _recheck(page, url, OPEN_PLAN, "2026-04-01")
    assert "21 nhiệm vụ vừa quá hạn" in note and "21 quá hạn, 1 chưa đến hạn" in note
    groups = _groups(page)
    assert [(s, len(rows)) for s, _h, rows in groups] == [("overdue", 21), ("open", 1)]  # the overdue first
    _consistent(groups)
    assert OFFICE in (page.locator("#vb-track-open + .vb-track__wrap").text_content() or "")
    fold = page.locator("details.vb-track__fold", has=page.locator("#vb-track-overdue"))  # folded, as the open one was,
    assert fold.evaluate("d => d.open") and fold.locator("tbody tr").nth(20).is_visible()  # but open (site37)
    shrunk = page.locator("details.vb-track__fold", has=page.locator("#vb-track-open"))  # 22 rows, now 1: unfolded
    assert shrunk.evaluate("d => d.open") and shrunk.locator("tbody tr", has_text=OFFICE).is_visible()
    assert page.locator(".vb-track tbody tr").count() == 22  # nothing lost, nothing doubled
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator(".vb-track").screenshot(path=str(tmp_path / "regrouped.png"))


@pytest.mark.browser
def test_a_group_left_empty_goes(page: Any, url: str) -> None:
    note = _recheck(page, url, OPEN_PLAN, "2026-07-15")
    assert "22 nhiệm vụ vừa quá hạn" in note
    groups = _groups(page)
    assert [(s, len(rows)) for s, _h, rows in groups] == [("overdue", 22)]
    _consistent(groups)
    assert page.locator(".vb-track details").count() == 1


@pytest.mark.browser
def test_a_row_joins_the_overdue_group_the_build_made(page: Any, url: str) -> None:
    _recheck(page, url, OVERDUE_PLAN, "2026-03-20")
    groups = _groups(page)
    assert [(s, len(rows)) for s, _h, rows in groups] == [("overdue", 22)]  # the open group, now empty, is gone
    _consistent(groups)
    assert page.locator("#vb-track-open").count() == 0 and page.locator(".vb-track h3").count() == 0
    fold = page.locator("details.vb-track__fold", has=page.locator("#vb-track-overdue"))  # built with 21 rows: (site38)
    assert fold.evaluate("d => d.open") and fold.locator("tbody tr").nth(21).is_visible()  # open, as a made one is


@pytest.mark.browser
def test_before_the_due_nothing_moves(page: Any, url: str) -> None:
    note = _recheck(page, url, OPEN_PLAN, "2026-03-10")
    assert "không nhiệm vụ nào đổi tình trạng" in note
    groups = _groups(page)
    assert [(s, len(rows)) for s, _h, rows in groups] == [("open", 22)]
    _consistent(groups)


@pytest.mark.browser
def test_on_the_build_day_no_note(page: Any, url: str) -> None:
    """Nothing can have fallen due since the build on its own day: no "không nhiệm vụ nào đổi" note to read."""
    page.clock.set_fixed_time("2026-03-01T18:00:00")
    page.goto(url + OPEN_PLAN, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.locator(".vb-track__recheck").is_hidden()
    assert [(s, len(rows)) for s, _h, rows in _groups(page)] == [("open", 22)]


@pytest.mark.browser
def test_on_a_unit_page_the_note_is_beside_the_count_it_re_reads(page: Any, url: str) -> None:
    _recheck(page, url, "don-vi/ubnd-xa-ban-dat/", "2026-04-01")
    before = page.evaluate("""() => { const n = document.querySelector('.vb-track__recheck');
        const p = n.previousElementSibling; return [p.className, p.textContent]; }""")
    assert before[0] == "vb-count" and before[1].startswith("Tính đến ngày 01/03/2026")
    heading = page.locator("h2", has_text="Nhiệm vụ được giao")
    assert heading.bounding_box()["y"] < page.locator(".vb-track__recheck").bounding_box()["y"]


# (site37) What a card shows of each count (the text of cells wider than the 1 px a zero keeps for screen readers),
# and the box of its heading's total ("22 nhiệm vụ: ").
SHOWN = """r => [Array.from(r.querySelectorAll('td')).filter(c => c.getBoundingClientRect().width > 1).map(c => c.innerText),
    Array.from(r.querySelectorAll('th .vb-track__label')).map(t => [t.innerText, t.getBoundingClientRect().bottom])]"""
HEADINGS = {"12/UBND-TCKH": "Công văn số 12/UBND-TCKH: quyết toán ngân sách xã năm 2025",
            "ke-hoach": "Kế hoạch (chưa ghi số): tổ chức các hoạt động hưởng ứng Tháng hành động vì an toàn thực phẩm và "
                        "kiểm…"}


def test_the_listings_name_each_document_by_its_trich_yeu(site: Path) -> None:
    """(site37) "Kế hoạch (chưa ghi số)" alone does not say which plan: /theo-doi/ and the issuers' lists add the
    trích yếu, a long one cut at a word."""
    for page in ("theo-doi/index.html", "theo-doi/co-quan/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert all(f">{h}</a>" in html for h in HEADINGS.values()), page


@pytest.mark.parametrize(("text", "expected"), [
    ("kê khai tài sản công", "kê khai tài sản công"),
    ("  trích  yếu\nxuống dòng ", "trích yếu xuống dòng"),
    ("triển khai, " + "x" * 5 + " thực hiện, đôn đốc", "triển khai, xxxxx…"),  # at a word, its comma dropped
    ("y" * 40, "y" * 19 + "…"),  # one word longer than the limit: cut inside it
])
def test_a_long_trich_yeu_is_cut_at_a_word(text: str, expected: str) -> None:
    from vanban.mkdocs.task_tables import shortened

    assert shortened(text, 20) == expected and len(shortened(text, 20)) <= 20


@pytest.mark.browser
def test_the_overview_is_cards_on_a_phone_and_a_table_on_a_wide_screen(page: Any, browser: Any, url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(url + "theo-doi/", wait_until="load")
    rows = page.locator(".vb-track__summary tbody tr")
    assert rows.count() == 3
    assert rows.first.evaluate("e => getComputedStyle(e).display") == "block"
    assert page.locator(".vb-track__summary thead").bounding_box()["height"] <= 1
    card = rows.filter(has_text="12/UBND-TCKH")
    assert card.locator("th a").inner_text() == HEADINGS["12/UBND-TCKH"]
    cells, total = card.evaluate(SHOWN)
    assert cells == ["21 quá hạn", "1 chưa đến hạn"]  # (site37) the zeros out of sight, the total said once
    assert total[0][0].strip() == "22 nhiệm vụ:"
    first = card.locator("td", has_text="quá hạn").bounding_box()
    assert abs(first["y"] + first["height"] - total[0][1]) <= 2  # on the line of the total
    plan = rows.filter(has_text="Kế hoạch (chưa ghi số)")
    assert plan.locator("th a").inner_text() == HEADINGS["ke-hoach"]
    cells, total = plan.evaluate(SHOWN)
    assert cells == ["1 chưa thấy văn bản thực hiện (không ghi hạn)"] and total[0][0].strip() == "1 nhiệm vụ:"
    assert rows.first.bounding_box()["width"] <= 360
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    wide = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        desktop = wide.new_page()
        desktop.goto(url + "theo-doi/")
        row = desktop.locator(".vb-track__summary tbody tr").filter(has_text="12/UBND-TCKH")
        assert row.evaluate("e => getComputedStyle(e).display") == "table-row"
        assert desktop.locator(".vb-track__summary thead").is_visible()
        assert "quá hạn" not in row.inner_text() and "nhiệm vụ" not in row.inner_text()  # the columns say it
        assert row.locator("th a").inner_text() == HEADINGS["12/UBND-TCKH"]
        assert row.evaluate(SHOWN)[0] == ["21", "1", "0", "0", "0", "0"]  # the table keeps its zeros
        violations = Axe().run(desktop).response["violations"]
        assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    finally:
        wide.close()
