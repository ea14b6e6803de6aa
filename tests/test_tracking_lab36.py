"""Statuses that say what is known, and a long panel a phone can read (twenty-sixth session, lab36; site35's judged
rows of the 702-original site, tests/fixtures/site35_tracking). A task with no due in its text was "Chưa đến hạn"
beside "không ghi hạn" (329 rows there, a 1987 decree among them): it is now "Chưa thấy văn bản thực hiện"
(``no_due``) and never falls due. A period asked of everyone ("treo cờ … từ ngày … đến hết ngày …" to offices and
"Nhân dân") was "Quá hạn, chưa thực hiện" though no document answers it: now "Không theo dõi qua văn bản"
(``not_followed``), while a period that asks for a report keeps its due. A panel of many rows is grouped by status,
the overdue first, a long group folded. The pages are written for this test, in layouts other than those seen."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import district_units, markdown_page, portal_with_units

COMMUNES = [f"UBND xã {n}" for n in ("An Lạc", "Bình Hòa", "Cao Xá", "Dị Nậu", "Hà Thạch", "Kinh Kệ", "Phùng Nguyên",
                                     "Sơn Dương", "Thạch Sơn", "Tiên Kiên", "Tứ Xã", "Vĩnh Lại", "Xuân Huy", "Bản Nguyên",
                                     "Cao Mại", "Hợp Hải", "Sơn Vi", "Xuân Lũng", "Thanh Đình", "Chu Hóa", "Hy Cương")]
UNITS = district_units("UBND huyện Lâm Thao", ["Phòng Văn hóa và Thông tin huyện"], COMMUNES)


PAGES = {
    # 21 communes asked for a report by a date (one answers), an office asked with no due: 22 rows, grouped
    "2024/88-lam-thao.md": markdown_page(
        {"number": "88/UBND-VP", "type": "Công văn", "issuer": "UBND huyện Lâm Thao", "date": "2024-09-05",
         "title": "rà soát hộ nghèo năm 2024"},
        "Kính gửi: UBND các xã, thị trấn.\n\n"
        "1. Đề nghị UBND các xã, thị trấn gửi kết quả rà soát về UBND huyện trước ngày 20/9/2024.\n\n"
        "2. Phòng Văn hóa và Thông tin huyện: tuyên truyền rộng rãi kết quả rà soát trên hệ thống truyền thanh."),
    "2024/12-an-lac.md": markdown_page(
        {"number": "12/BC-UBND", "type": "Báo cáo", "issuer": "UBND xã An Lạc", "date": "2024-09-18",
         "title": "kết quả rà soát hộ nghèo năm 2024", "implements": ["88/UBND-VP"]},
        "Kính gửi: UBND huyện Lâm Thao.\n\nThực hiện Công văn số 88/UBND-VP ngày 05/9/2024 của UBND huyện Lâm Thao, "
        "UBND xã An Lạc báo cáo kết quả như sau: …"),
    # a period asked of everyone, and in the same notice a period that asks for a report
    "2024/20-lam-thao.md": markdown_page(
        {"number": "20/TB-UBND", "type": "Thông báo", "issuer": "UBND huyện Lâm Thao", "date": "2024-02-05",
         "title": "treo cờ Tổ quốc dịp Tết Nguyên đán Giáp Thìn"},
        "UBND huyện đề nghị các tổ chức, cơ quan, đơn vị, doanh nghiệp và Nhân dân trên địa bàn huyện treo cờ Tổ quốc "
        "từ ngày 08/02/2024 đến hết ngày 14/02/2024.\n\n"
        "Phòng Văn hóa và Thông tin huyện kiểm tra việc treo cờ từ ngày 08/02/2024 đến hết ngày 14/02/2024, "
        "báo cáo kết quả về UBND huyện."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    site = portal_with_units(tmp_path_factory.mktemp("lab36"), UNITS, PAGES)
    return site, json.loads((site / "data" / "tracking.json").read_text(encoding="utf-8"))["tasks"]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_no_due_is_not_not_yet_due(built: Any) -> None:
    site, tasks = built
    office = [t for t in tasks if t["document"].endswith("88-ubnd-vp") and t["unit"].startswith("Phòng Văn hóa")]
    assert [(t["due"], t["status"]) for t in office] == [(None, "no_due")]
    assert not any(t["status"] == "open" for t in tasks)  # no due ahead anywhere here
    for path in ("van-ban/2024/88-ubnd-vp", "don-vi/phong-van-hoa-va-thong-tin-huyen"):
        html = _read(site, path)
        row = next(r for r in re.findall(r"<tr role=\"row\".*?</tr>", html, re.S) if "tuyên truyền rộng rãi" in r)
        assert "Chưa thấy văn bản thực hiện" in _text(row) and "không ghi hạn" in _text(row)
        assert "Chưa đến hạn" not in _text(row) and "data-vb-due" not in row  # the reader's date never moves it
    units = _text(_read(site, "don-vi"))
    assert "1 chưa thấy văn bản thực hiện (không ghi hạn)" in units
    summary = _text(_read(site, "theo-doi"))
    assert "Không ghi hạn, chưa thấy văn bản" in summary and "chưa thấy văn bản thực hiện (không ghi hạn)" in summary


def test_a_period_asked_of_everyone_is_not_followed_a_report_keeps_its_due(built: Any) -> None:
    site, tasks = built
    notice = {t["unit"]: (t["due"], t["status"]) for t in tasks if t["document"].endswith("20-tb-ubnd")}
    assert ("2024-02-14", "not_followed") in notice.values(), notice
    assert notice["Phòng Văn hóa và Thông tin huyện"] == ("2024-02-14", "overdue")  # "báo cáo kết quả": a document
    html = _read(site, "van-ban/2024/20-tb-ubnd")
    panel = _text(html)
    assert "Không theo dõi qua văn bản" in panel and "14/02/2024" in panel  # the period stays shown
    assert "1 quá hạn" in panel and "1 không theo dõi qua văn bản" in panel


def test_a_long_panel_is_grouped_overdue_first_nothing_lost(built: Any) -> None:
    site, tasks = built
    mine = [t for t in tasks if t["document"].endswith("88-ubnd-vp")]
    assert sorted(t["status"] for t in mine) == ["done"] + ["no_due"] + ["overdue"] * 20
    html = _read(site, "van-ban/2024/88-ubnd-vp")
    panel = html[html.index('<section class="vb-panel vb-track"'):]
    panel = panel[:panel.index("</section>")]
    assert panel.count('<tr role="row" class="vb-track__row') == 22  # every row kept
    counts = panel.index('class="vb-count"')
    heads = [panel.index(f'id="vb-track-{s}"') for s in ("overdue", "done", "no_due")]
    assert counts < heads[0] < heads[1] < heads[2]  # counts first, then the overdue
    # folded, but written open (site38): the overdue is what an official looks for
    fold = re.search(r'<details class="vb-track__fold" open><summary[^>]*>(.*?)</summary>(.*?)</details>', panel, re.S)
    assert fold and fold.group(1) == "Quá hạn, chưa thực hiện (20)" and fold.group(2).count("<tr role=\"row\" class") == 20
    assert "<h3 class=\"vb-track__group-h\" id=\"vb-track-done\">Đã thực hiện (1)</h3>" in panel  # short: not folded
    assert "<script" not in panel.split("</details>")[0]  # folding needs no script


@pytest.mark.browser
def test_the_grouped_panel_at_360_passes_axe_and_unfolds(built: Any, page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    from conftest import serve

    site, _tasks = built
    server, url = serve(site)
    try:
        page.goto(url + "van-ban/2024/88-ubnd-vp/", wait_until="load")
        fold = page.locator(".vb-track details.vb-track__fold")
        assert fold.locator("tbody tr").nth(19).is_visible()  # the overdue open (site38), every row there
        height = page.evaluate("document.documentElement.scrollHeight")
        fold.locator("summary").click()
        assert not fold.locator("tbody tr").first.is_visible()  # and folds with a tap: the page short
        assert page.evaluate("document.documentElement.scrollHeight") < height
        violations = Axe().run(page).response["violations"]
        assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        server.shutdown()
