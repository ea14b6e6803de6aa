"""What a citizen and an official read on the pages (twenty-ninth session, site39: the 702-original site walked in
Chromium at 360 and 1280 px). Each test builds its own pages, in layouts other than those seen, and fails on the old
output:

- /co-quan/ was one list of 485 bodies (21,403 px at 360) with no way to jump: its bodies stand under their initials
  (Đ apart, as the Vietnamese alphabet has it; "Ủy ban" under U), a jump index with each letter's count on top, a
  link back to it beside each letter; every body still listed, its URL unchanged;
- a URL trimmed to its folder was a 404: /theo-doi/nam/, every pager's …/trang/, a document's /van-ban/<year>/,
  /en/, /data/: each folder has a page now (vanban.trimmed), and none links nowhere;
- /lich/'s events: a portal's "2/ " list marker stayed in the title; an item that named no object ("Bắt đầu tiêm")
  or nothing at all ("Đợt 2", "(Thứ 7)", a fax number, a time) was the whole title: it takes its sentence's earlier
  clause, else the object of the sentence introducing its list, else (on /lich/) the document's trích yếu;
- the task table at >= 45em kept its "Hạn" cell on one line ("25/06/2025 · kỳ 6 tháng, hằng năm"): the last column
  was cut at the page's edge in a box that scrolled sideways and took no keyboard focus (axe: scrollable-region-focusable).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, markdown_page, run_mkdocs, serve
from vanban.dates import PartialDate
from vanban.deadlines import extract_deadlines
from vanban.deadlines.actions import clean_action, names_nothing
from vanban.documents import Document
from vanban.listings import by_letter, initial
from vanban.schedule import what

DAY = dt.date(2025, 3, 1)


def _actions(body: str) -> list[str]:
    return [d.action for d in extract_deadlines(body, doc_date=DAY)]


# --- the deadlines reader: what an event is called -----------------------------------------------------------

@pytest.mark.parametrize(("body", "action"), [
    # a portal's "N/ " numbering (the label "Thời hạn" was already cut; the marker was kept)
    ("3/ Thời hạn nộp hồ sơ đăng ký: trước ngày 15/6/2025.", "Nộp hồ sơ đăng ký"),
    ("4/ Các chi hội báo cáo kết quả về Hội Nông dân xã trước ngày 20/6/2025.",
     "Các chi hội báo cáo kết quả về Hội Nông dân xã"),
    # rounds under the line introducing them: the rounds name nothing, the line names what is done
    ("Lịch phun thuốc khử trùng chuồng trại:\n\n- Lần 1: Từ ngày 10/3/2025 đến ngày 12/3/2025.",
     "Phun thuốc khử trùng chuồng trại (lần 1)"),
    # a verb of starting with no object, under a notice's "… thông báo <what> như sau:"
    ("UBND xã thông báo kế hoạch phun thuốc diệt muỗi phòng sốt xuất huyết trên địa bàn xã như sau:\n\n"
     "- Địa bàn: toàn xã.\n- Thời gian thực hiện: Bắt đầu phun từ ngày 5/8/2025 đến ngày 9/8/2025.",
     "Bắt đầu phun — kế hoạch phun thuốc diệt muỗi phòng sốt xuất huyết trên địa bàn xã"),
    # a bare "Thời gian:" paragraph after the one saying what happens; its weekday kept
    ("Xã tổ chức Ngày hội đại đoàn kết toàn dân tộc tại nhà văn hóa thôn Đông.\n\n"
     "Thời gian: 8h00 ngày 15/11/2025 (Chủ nhật).",
     "Xã tổ chức Ngày hội đại đoàn kết toàn dân tộc tại nhà văn hóa thôn Đông (chủ nhật)"),
    # a number after the last colon ("qua fax: 0220…"): the sentence's clause before the unit's colon says what
    ("Các doanh nghiệp: hoàn tất báo cáo, gửi về Ban quản lý qua thư điện tử; hoặc qua fax: 02203855412 trước "
     "ngày 14/7/2025.", "Hoàn tất báo cáo, gửi về Ban quản lý qua thư điện tử"),
])
def test_an_event_says_what_is_done(body: str, action: str) -> None:
    assert _actions(body) == [action]


@pytest.mark.parametrize("body", [
    # the line before the list is a bare label: nothing to borrow, the round stays
    "Thời gian:\n\n- Đợt 1: từ ngày 5/5/2025 đến ngày 7/5/2025.",
    # the paragraph before does not introduce the list (no colon): not its object
    "Hội nghị tổng kết năm đã thành công tốt đẹp.\n\n- Đợt 1: từ ngày 5/5/2025 đến ngày 7/5/2025.",
])
def test_no_object_is_borrowed_from_a_line_that_does_not_introduce_the_item(body: str) -> None:
    (action,) = _actions(body)
    assert action == "Đợt 1"


def test_a_date_is_no_list_marker_and_a_time_names_nothing() -> None:
    assert clean_action("2/9/2025 tổ chức mít tinh kỷ niệm")[0] == "2/9/2025 tổ chức mít tinh kỷ niệm"
    assert names_nothing("Từ 07h00 đến 10h30 ngày 28 tháng 9 năm 2025") and names_nothing("(Thứ 7)")
    assert names_nothing("38294271") and names_nothing("Đợt 2") and not names_nothing("Đợt 2 tiêm phòng")


def test_lich_names_the_document_where_the_text_names_nothing() -> None:
    """"* Thời gian:" / "Từ 7h00 đến 11h00 ngày …": nothing in the text says what; /lich/ says the trích yếu."""
    (found,) = extract_deadlines("* Thời gian:\n\nTừ 7h00 đến 11h00 ngày 20/9/2025", doc_date=DAY)
    doc = Document(source="a.md", number="", type="Kế hoạch", issuer="UBND xã Hòa Bình",
                   title="tổ chức hiến máu tình nguyện đợt 2 năm 2025", date=PartialDate(2025, 3, 1))
    assert names_nothing(found.action)
    assert what(found, doc) == "Tổ chức hiến máu tình nguyện đợt 2 năm 2025"
    (said,) = extract_deadlines("Các chi hội báo cáo kết quả trước ngày 20/6/2025.", doc_date=DAY)
    assert what(said, doc) == said.action  # an action that says something stays


# --- /co-quan/ under its initials ---------------------------------------------------------------------------

def test_initials_as_a_reader_looks_them_up() -> None:
    assert [initial(n) for n in ("Ủy ban nhân dân xã A", "UBND xã B", "Đảng ủy xã C", "“Ban chỉ đạo …”", "135 xã")] \
        == ["U", "U", "Đ", "B", "Khác"]
    entries = [{"name": n, "url": f"co-quan/{i}/", "count": 1}
               for i, n in enumerate(["Ban A", "Đảng ủy B", "Dân vận C", "Ủy ban D", "123", "Chưa rõ"])]
    sections = by_letter(entries, unnamed_last=True)
    assert [(s["letter"], s["count"]) for s in sections] == [("B", 1), ("D", 1), ("Đ", 1), ("U", 1), ("Khác", 2)]
    assert [s["anchor"] for s in sections] == ["chu-b", "chu-d", "chu-dd", "chu-u", "chu-khac"]


ISSUERS = ["Ủy ban nhân dân xã Hòa Bình", "UBND huyện Tân Yên", "Đảng ủy xã Hòa Bình", "Đoàn Thanh niên xã Hòa Bình",
           "Ban Chỉ huy Quân sự xã Hòa Bình", "Bộ Y tế", "Hội Nông dân xã Hòa Bình", "Công an xã Hòa Bình",
           "Trường Tiểu học Kim Đồng", "Sở Y tế tỉnh Bắc Giang", "Văn phòng UBND tỉnh Bắc Giang", "Chi bộ thôn Đông"]
PAGES = {
    f"{2024 + i % 3}/{i:02d}-tb.md": markdown_page(
        {"number": f"{i:02d}/TB-X", "type": "Thông báo", "issuer": issuer, "date": f"{2024 + i % 3}-0{1 + i % 9}-10",
         "title": f"lịch làm việc tháng {1 + i % 9}"},
        "Ban Tuyên giáo Huyện ủy báo cáo kết quả về Huyện ủy trước ngày 30/11/2026." if i < 4 else "Thông báo lịch làm việc.")
    for i, issuer in enumerate(ISSUERS)
} | {
    "chua-ro-nam/ke-hoach-hien-mau.md": markdown_page(
        {"type": "Kế hoạch", "issuer": "UBND xã Hòa Bình", "date": "", "title": "tổ chức hiến máu tình nguyện"},
        "* Thời gian:\n\nTừ 7h00 đến 11h00 ngày 20/9/2025\n\n"
        "Thông báo lịch phun thuốc khử trùng chuồng trại:\n\n- Lần 1: Từ ngày 10/3/2025 đến ngày 12/3/2025.\n\n"
        "2/ Thời hạn nộp hồ sơ đăng ký hiến máu: trước ngày 15/9/2025."),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The portal over 13 documents, 3 to a listing page (pagers, and their folders, everywhere)."""
    root = tmp_path_factory.mktemp("site39")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", root / "theme_overrides")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("page_size: 50", "page_size: 3"), encoding="utf-8")
    for name, text in PAGES.items():
        path = root / "content" / "van-ban" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "content" / "index.md").write_text("# Thử\n", encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_co_quan_lists_every_body_under_its_initial_with_a_jump_index(site: Path) -> None:
    html = _html(site, "co-quan")
    index = re.search(r'<nav class="vb-letters" id="vb-letters" aria-label="[^"]+">(.*?)</nav>', html, re.S)
    assert index, html
    jumps = re.findall(r'<a href="#(chu-[a-z]+)">([^<]+)<span class="vb-visually-hidden">:</span> '
                       r'<span class="vb-letters__n">(\d+)</span>', index.group(1))
    assert [(a, letter) for a, letter, _n in jumps] == [
        ("chu-b", "B"), ("chu-c", "C"), ("chu-dd", "Đ"), ("chu-h", "H"), ("chu-s", "S"), ("chu-t", "T"), ("chu-u", "U"),
        ("chu-v", "V")]
    sections = re.findall(r'<h2 id="(chu-[a-z]+)">.*?</h2>.*?<ul class="vb-groups">(.*?)</ul>', html, re.S)
    assert [a for a, _ in sections] == [a for a, _l, _n in jumps]  # every jump lands on a section
    names = {a: re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', items) for a, items in sections}
    assert {a: len(v) for a, v in names.items()} == {a: int(n) for a, _l, n in jumps}  # the counts are the lists'
    listed = [name for v in names.values() for _u, name in v]
    assert sorted(listed) == sorted(set(listed)) and len(listed) == 12  # every body once ("UBND …" and "Ủy ban …" one)
    assert [n for _u, n in names["chu-dd"]] == ["Đảng ủy xã Hòa Bình", "Đoàn Thanh niên xã Hòa Bình"]
    for url, _n in (pair for v in names.values() for pair in v):  # the bodies' pages where they were
        assert (site / "co-quan" / url / "index.html").is_file(), url
    assert html.count('href="#vb-letters"') == len(sections)  # back to the index beside each letter
    assert "12 cơ quan · Cập nhật đến" in _text(html)  # bodies named, not the groups


def test_no_folder_a_trimmed_url_reaches_is_a_404(site: Path) -> None:
    folders = [p for p in site.rglob("*") if p.is_dir() and "assets" not in p.relative_to(site).parts]
    assert len(folders) > 40
    missing = [str(p.relative_to(site)) for p in folders if not (p / "index.html").is_file()]
    assert missing == []
    for path in ("theo-doi/nam", "van-ban/trang", "nam/2026/trang", "van-ban/2025", "van-ban/chua-ro-nam", "en", "data"):
        html = _html(site, path)
        for href in re.findall(r'<article class="md-content__inner[^>]*>.*?</article>', html, re.S)[0:1]:
            for link in re.findall(r'href="([^"#]+)"', href):
                target = (site / path / link).resolve()
                assert target.is_file() or (target / "index.html").is_file(), (path, link)


def test_a_pagers_folder_lists_its_pages_and_a_year_folder_its_listing(site: Path) -> None:
    pager = _text(_html(site, "van-ban/trang"))
    assert "Tất cả văn bản — các trang" in pager and "Trang 1" in pager and "Trang 5" in pager  # 13 at 3 a page
    year = _html(site, "van-ban/2025")
    assert "<h1>Văn bản năm 2025</h1>" in year and 'href="../../nam/2025/"' in year
    assert "4 văn bản có địa chỉ trong /van-ban/2025/" in _text(year)
    undated = _text(_html(site, "van-ban/chua-ro-nam"))
    assert "Văn bản chưa rõ năm ban hành" in undated and "mới nhất trước" not in undated
    years = _text(_html(site, "theo-doi/nam"))
    assert "Mục lục /theo-doi/nam/" in years
    assert '<meta name="robots" content="noindex, follow">' in _html(site, "theo-doi/nam")  # not in the sitemap
    assert "theo-doi/nam/</loc>" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_lich_says_what_each_event_is(site: Path) -> None:
    lich = _text(_html(site, "lich"))
    events = re.findall(r"vb-deadlines__what\">([^<]*)<", _html(site, "lich"))
    assert "Tổ chức hiến máu tình nguyện" in events  # nothing but a time in the text: the trích yếu
    assert "Phun thuốc khử trùng chuồng trại (lần 1)" in events
    assert "Nộp hồ sơ đăng ký hiến máu" in events and not any(e.startswith("2/") for e in events), events
    assert "Từ 7h00" not in " ".join(events), lich


# --- in Chromium ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def url(site: Path) -> Iterator[str]:
    server, base = serve(site)
    yield base
    server.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_co_quan_jumps_to_a_letter_on_a_phone(page: Any, url: str, width: int) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url + "co-quan/", wait_until="load")
    links = page.locator("nav.vb-letters a")
    boxes = [links.nth(i).bounding_box() for i in range(links.count())]
    assert all(b is not None and b["height"] >= 40 and b["width"] >= 40 for b in boxes), boxes  # a thumb's target
    page.click("nav.vb-letters a[href='#chu-u']")
    page.wait_for_timeout(200)
    seen = page.evaluate("""() => { const h = document.getElementById('chu-u'), r = h.getBoundingClientRect();
        const bottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
        return [r.top, h.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2)), bottom]; }""")
    # the letter at the top of the screen (or the page scrolled to its end), not under the sticky header
    assert 0 <= seen[0] < 800 and seen[1] and (seen[0] < 150 or seen[2]), seen
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.external_requests == []


@pytest.mark.browser
@pytest.mark.parametrize("path", ["theo-doi/nam/", "van-ban/2025/", "van-ban/trang/", "data/"])
def test_a_folders_page_passes_axe(page: Any, url: str, path: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(url + path, wait_until="load")
    assert response is not None and response.ok
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.browser
@pytest.mark.parametrize("width", [730, 1000, 1280])
def test_a_task_tables_last_column_is_not_cut(page: Any, site_url: str, built_site: Path, width: int) -> None:
    """The demo's guidance with periodic reports ("25/06/2025 · kỳ 6 tháng, hằng năm" in its "Hạn" cells)."""
    from axe_playwright_python.sync_playwright import Axe

    (found,) = [p.parent for p in (built_site / "van-ban").rglob("index.html") if "kỳ 6 tháng, hằng năm" in
                p.read_text(encoding="utf-8") and "vb-track__wrap" in p.read_text(encoding="utf-8")][:1]
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + str(found.relative_to(built_site)) + "/", wait_until="load")
    wrap = page.locator(".vb-track__wrap").first
    client, scroll = wrap.evaluate("w => [w.clientWidth, w.scrollWidth]")
    assert scroll <= client, (client, scroll)
    dates = page.locator(".vb-track__table td:nth-child(3) time")
    heights = {round(dates.nth(i).bounding_box()["height"]) for i in range(dates.count())}  # type: ignore[index]
    assert len(heights) == 1, heights  # each date on one line
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def test_a_pager_marks_the_pages_it_skips(site: Path) -> None:
    """13 documents at 3 a page: page 1's pager links 1, 2, 3 and 5; "…" stands for 4 (it read "3 5", as if next)."""
    pager = re.search(r'<nav class="vb-pager".*?</nav>', _html(site, "van-ban"), re.S)
    assert pager
    items = [_text(li).strip() for li in re.findall(r"<li[^>]*>(.*?)</li>", pager.group(0), re.S)]
    assert items == ["1", "2", "3", "…", "5"], items
    assert '<li class="vb-pager__gap" aria-hidden="true">…</li>' in pager.group(0)


@pytest.mark.browser
def test_a_pagers_numbers_line_up_with_its_links(page: Any, url: str) -> None:
    """Material's list indent (20 px on each item) had shifted the numbers off the "‹ Trang trước" line's edge."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(url + "van-ban/trang/2/", wait_until="load")
    margins = page.evaluate("[...document.querySelectorAll('.vb-pager li')].map(li => getComputedStyle(li).marginLeft)")
    assert margins and set(margins) == {"0px"}, margins
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def test_a_folder_lists_its_files_by_a_link_that_opens_them() -> None:
    """A folder of no page holding files (an attachment kept in a sub-folder): each listed by its name, its link
    quoted (a space, a mark); a folder inside it listed as a folder; nothing under assets/ gets a page."""
    from vanban.corpus import Corpus
    from vanban.site import PageSpec, SiteConfig, SiteModel
    from vanban.trimmed import contribute

    site = SiteModel(config=SiteConfig(), corpus=Corpus(root=Path("."), documents=[], files_seen=0))
    site.add_page(PageSpec(path="", template="vanban/home.html", title="Trang chủ"))
    site.add_output("tai-lieu/phu luc 1 (bản ký).pdf", b"%PDF")
    site.add_output("tai-lieu/2025/bang.xlsx", b"x")
    site.add_output("assets/vanban/search/0.bin", b"x")
    assert contribute(site) == ["tai-lieu/", "tai-lieu/2025/"]
    entries = site.pages["tai-lieu/"].data["entries"]
    assert entries == [{"title": "/tai-lieu/2025/", "url": "tai-lieu/2025/"},
                       {"title": "phu luc 1 (bản ký).pdf", "url": "tai-lieu/phu%20luc%201%20%28b%E1%BA%A3n%20k%C3%BD%29.pdf",
                        "file": True}]
