"""Atom feeds: the newest documents, per issuer and per type; dates from the documents, never the clock."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from portal_fixture import SITE_URL, demo_site, portal_config
from vanban import feeds
from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.issuers import issuer_slugs
from vanban.portal import parse_portal
from vanban.site import SiteModel
from vanban.text import new_tone, slugify

A = "{http://www.w3.org/2005/Atom}"


def parse(site: SiteModel, path: str) -> ET.Element:
    root = ET.fromstring(site.outputs[path])
    assert root.tag == f"{A}feed"
    return root


def entries(root: ET.Element) -> list[dict[str, str]]:
    out = []
    for e in root.findall(f"{A}entry"):
        out.append({
            "id": e.findtext(f"{A}id") or "",
            "title": e.findtext(f"{A}title") or "",
            "updated": e.findtext(f"{A}updated") or "",
            "link": e.find(f"{A}link").get("href", ""),  # type: ignore[union-attr]
            "author": e.findtext(f"{A}author/{A}name") or "",
            "summary": e.findtext(f"{A}summary") or "",
        })
    return out


def test_main_feed_newest_first_undated_last() -> None:
    site = demo_site()
    root = parse(site, "feed.xml")
    assert root.findtext(f"{A}id") == SITE_URL + "feed.xml"
    assert root.find(f"{A}link[@rel='self']").get("href") == SITE_URL + "feed.xml"  # type: ignore[union-attr]
    assert root.findtext(f"{A}author/{A}name") == "Ủy ban nhân dân xã Mẫu"
    items = entries(root)
    assert len(items) == 5
    stamps = [i["updated"] for i in items]
    assert stamps == [
        "2025-03-07T00:00:00Z",  # Kế hoạch of UBMTTQ Tam Kỳ, 07/03/2025
        "2025-02-01T00:00:00Z",  # 300/LĐLĐ, "tháng 02 năm 2025": start of its month
        "2025-01-01T00:00:00Z",  # Công văn of Biên Hòa, year only
        feeds.EPOCH, feeds.EPOCH,  # undated ones last, at the fixed epoch
    ]
    assert root.findtext(f"{A}updated") == stamps[0]
    assert items[1]["link"] == SITE_URL + "van-ban/2025/300-ldld/" == items[1]["id"]
    assert items[1]["title"].startswith("Công văn số 300/LĐLĐ: ")
    assert items[1]["author"] == "Ban Thường vụ Liên đoàn Lao động huyện DMC"
    assert len({i["id"] for i in items}) == 5


def test_feed_per_issuer_and_per_type() -> None:
    site = demo_site()
    held = [d for d in site.documents.values() if d.held]
    group = issuer_slugs(site.documents.values())  # the /co-quan/ group's ("… – chưa rõ địa phương" when it says none)
    for doc in held:
        for path in (f"co-quan/{group[doc.id][1]}/feed.xml", f"loai/{slugify(doc.type)}/feed.xml"):
            root = parse(site, path)
            assert root.findtext(f"{A}id") == SITE_URL + path
            assert SITE_URL + doc.url in [i["id"] for i in entries(root)]
    kh = entries(parse(site, "loai/ke-hoach/feed.xml"))
    assert [i["updated"] for i in kh] == ["2025-03-07T00:00:00Z", feeds.EPOCH]
    assert all("Công văn" not in i["title"] for i in kh)
    # The by-type listing announces its own feed; the home page the portal's.
    assert site.pages["loai/ke-hoach/"].data["meta"]["feed"] == SITE_URL + "loai/ke-hoach/feed.xml"
    assert site.pages[""].data["meta"]["feed"] == SITE_URL + "feed.xml"


def feeds_of(documents: list[Document], size: int | None = None) -> SiteModel:
    """Only the feeds feature, run on *documents*."""
    demo = demo_site()
    site = SiteModel(config=demo.config, corpus=demo.corpus, documents={d.id: d for d in documents})
    published = feeds.contribute(site, parse_portal(portal_config(), SITE_URL), size=size)
    assert published.by_page[""] == "feed.xml"
    return site


def test_feed_size_limit() -> None:
    site = feeds_of(list(demo_site().documents.values()), size=2)
    assert len(entries(parse(site, "feed.xml"))) == 2


def test_stubs_are_not_in_feeds() -> None:
    documents = list(demo_site().documents.values())
    doc = next(d for d in documents if d.held)
    stub = dataclasses.replace(doc, held=False, slug="stub-x", date=PartialDate(2030, 1, 1), source="")
    site = feeds_of([*documents, stub])
    assert stub.id not in site.outputs["feed.xml"].decode()
    assert len(entries(parse(site, "feed.xml"))) == 5


def test_rebuild_is_byte_identical_and_clock_free(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = demo_site()
    import datetime as dt
    import time

    monkeypatch.setattr(time, "time", lambda: 4102444800.0)  # 2100: a clock read would show up

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return dt.datetime(2100, 1, 1, tzinfo=tz)

    monkeypatch.setattr(dt, "datetime", Later)
    second = demo_site()
    feed_paths = [p for p in first.outputs if p.endswith("feed.xml")]
    assert len(feed_paths) == 1 + 5 + 3  # all, five issuers, three types
    for path in feed_paths:
        assert first.outputs[path] == second.outputs[path]
        assert b"2100" not in second.outputs[path]


def test_xml_special_characters_escaped() -> None:
    site = demo_site(lambda d: dataclasses.replace(d, title='A & B <"C">') if d.number == "300/LĐLĐ" else d)
    items = entries(parse(site, "feed.xml"))
    assert any(i["summary"] == 'A & B <"C">' for i in items)


def test_issuer_feeds_are_the_listing_groups_spelling_variants_together_places_apart() -> None:
    """One feed per /co-quan/ listing page, named from the issuer group, never from a raw spelling."""
    issuers = iter([
        ("UBND tỉnh Quảng Nam", ""), ("Ủy ban nhân dân tỉnh Quảng Nam", ""),
        ("Ban Thường vụ Tỉnh ủy", "Tam Kỳ"), ("Ban Thường vụ Tỉnh uỷ", "Tam Kỳ"), ("Ban Thường vụ Tỉnh ủy", "Tây Ninh"),
    ])

    def edit(doc: Document) -> Document:
        issuer, place = next(issuers)
        return dataclasses.replace(doc, issuer=issuer, place=place)

    site = demo_site(edit)
    held = [d for d in site.documents.values() if d.held]
    assert len(held) == 5
    listing = {path for path in site.pages if path.startswith("co-quan/") and path != "co-quan/"
               and any(d.held for d in site.pages[path].data.get("documents", []))}
    issuer_feeds = {path for path in site.outputs if path.startswith("co-quan/") and path.endswith("/feed.xml")}
    assert len(issuer_feeds) == 3
    assert issuer_feeds == {path + "feed.xml" for path in listing}
    titles = {parse(site, path).findtext(f"{A}title") or "" for path in issuer_feeds}
    # named by the group's most common spelling (the demo's stubs cited from Tam Kỳ are in its group too)
    assert {new_tone(t.split("văn bản của ", 1)[1]) for t in titles} == {
        "UBND tỉnh Quảng Nam", "Ban Thường vụ Tỉnh ủy – Tam Kỳ", "Ban Thường vụ Tỉnh ủy – tỉnh Tây Ninh",
    }
    for path in issuer_feeds:
        assert len(entries(parse(site, path))) in {1, 2}
