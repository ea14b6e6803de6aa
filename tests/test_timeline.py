"""Issue 4 as a citizen meets it: timelines, lags, deadlines calendar, attachments, validity banners."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import unquote

from icalendar import Calendar

from vanban.corpus import parse_text
from vanban.status import banner


def test_site_timeline_lists_every_dated_document_by_month(built_site: Path) -> None:
    records = json.loads((built_site / "data/documents.json").read_text("utf-8"))["documents"]
    page = html.unescape((built_site / "dong-thoi-gian/index.html").read_text("utf-8"))
    dated = [r for r in records if r["date"]]
    assert dated
    for r in dated:
        assert r["url"].split("/")[-2] + "/" in page, r["id"]
    assert "Tháng 3/2025" in page and "Tháng 12/2024" in page
    assert page.index("Tháng 3/2025") < page.index("Tháng 12/2024")  # newest first
    assert "Văn bản chưa rõ ngày ban hành" in page
    # Static filters work without JS: they are the listings, which are timelines too.
    assert 'href="../nam/2024/"' in page and 'href="../loai/nghi-quyet/"' in page and 'href="../co-quan/"' in page
    resolutions = html.unescape((built_site / "loai/nghi-quyet/index.html").read_text("utf-8"))
    assert "57-NQ/TW" in resolutions and "chưa có toàn văn" in resolutions  # cited, not held: still listed
    assert re.search(r'<h2 id="vb-m-1">Tháng \d+/\d{4}</h2>', resolutions)
    assert not (built_site / "dong-thoi-gian/nam").exists()


def test_tam_ky_chain_shows_the_lags(built_site: Path) -> None:
    page = next(p for p in (built_site / "van-ban/2025").glob("*tam-ky*/index.html"))
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page.read_text("utf-8"))))
    assert "sau 2 ngày kể từ Kế hoạch số 51/KH-MTTQ-BTT" in text
    assert "sau 3 ngày kể từ Kế hoạch số 224-KH/TU" in text


def test_calendar_holds_the_district_plan_deadlines(built_site: Path) -> None:
    calendar = Calendar.from_ical((built_site / "lich.ics").read_bytes())
    starts = {e.get("DTSTART").dt for e in calendar.walk("VEVENT")}
    assert dt.date(2025, 3, 10) in starts and dt.date(2025, 3, 28) in starts
    district = next(p for p in (built_site / "van-ban/chua-ro-nam").glob("ke-hoach*/lich.ics"))
    own = Calendar.from_ical(district.read_bytes())
    assert {e.get("DTSTART").dt for e in own.walk("VEVENT")} >= {dt.date(2025, 3, 10), dt.date(2025, 3, 28)}
    lich = html.unescape((built_site / "lich/index.html").read_text("utf-8"))
    assert "Trước 28/03/2025" in lich


def test_every_seed_offers_a_downloadable_attachment(built_site: Path) -> None:
    pages = [p for p in (built_site / "van-ban").glob("*/*/index.html") if 'class="vb-card"' in p.read_text("utf-8")]
    assert len(pages) == 5
    for page in pages:
        text = page.read_text("utf-8")
        links = re.findall(r'<a href="([^"]+)" download>', text)
        assert links, page
        target = page.parent / unquote(html.unescape(links[0]))
        assert target.is_file()
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        assert digest in text
        assert re.search(r"\d+(,\d)? KB", text)


def test_validity_banners() -> None:
    doc, _ = parse_text("a.md", "---\nnumber: 1/QĐ-UBND\ntype: Quyết định\nissuer: X\ntitle: T\n"
                                "date: 2025-01-01\nstatus: hết hiệu lực\n---\n")
    assert doc is not None
    result = banner(doc, [])
    assert result is not None and "hết hiệu lực" in result["html"]
    newer, _ = parse_text("b.md", "---\nnumber: 2/QĐ-UBND\ntype: Quyết định\nissuer: X\ntitle: T2\n"
                                  "date: 2025-02-01\n---\n")
    assert newer is not None
    newer = type(newer)(**{**newer.__dict__, "slug": "2-qd-ubnd"})
    replaced = banner(doc, [newer])
    assert replaced is not None and "đã được thay thế bởi" in replaced["html"] and "2-qd-ubnd" in replaced["html"]


def test_page_sizes_stay_linear_with_many_issuers() -> None:
    """Per-issuer pages must not each list every issuer, and pagers link a window, not every page."""
    from portal_fixture import SITE_URL, portal_config
    from vanban.build import build_site
    from vanban.corpus import Corpus, assign_slugs
    from vanban.dates import PartialDate
    from vanban.documents import Document
    from vanban.site import SiteConfig

    docs = [Document(source=f"{i}.md", number=f"{i}/KH-UBND", type="Kế hoạch", issuer=f"Ủy ban nhân dân xã {i}",
                     title=f"Kế hoạch {i}", date=PartialDate(2025, 1 + i % 12, 1 + i % 28)) for i in range(600)]
    corpus = Corpus(root=Path("."), documents=assign_slugs(docs), files_seen=len(docs))
    site = build_site(corpus, SiteConfig(page_size=10, site_url=SITE_URL, portal=portal_config())).site
    issuer_pages = [p for path, p in site.pages.items() if path.startswith("co-quan/") and path.count("/") == 2]
    assert len(issuer_pages) == 600
    assert all("groups" not in p.data or len(p.data["groups"]) == 1 for p in issuer_pages)  # one month each
    assert len(site.pages["co-quan/"].data["groups"]) == 600
    # the pager's folder lists its two pages (vanban.trimmed: a trimmed URL is no 404)
    assert sorted(p for p in site.pages if p.startswith("dong-thoi-gian/")) == [
        "dong-thoi-gian/", "dong-thoi-gian/trang/", "dong-thoi-gian/trang/2/"]
    assert "co-quan" not in site.pages["dong-thoi-gian/"].data["filters"]
    listing = site.pages["van-ban/trang/30/"].data
    assert listing["page_count"] == 60
    assert [n for n, _ in listing["pages"]] == [1, 28, 29, 30, 31, 32, 60]
