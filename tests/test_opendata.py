"""Open data: per-document JSON, documents.json, schema.org JSON-LD and the sitemap, parsed back."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from portal_fixture import SITE_URL, build_with_portal, demo_site, write_config
from vanban import portal
from vanban.documents import Document
from vanban.site import SiteModel, Streamed, made_bytes

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
DOC = "van-ban/2025/300-ldld"


def ld(site: SiteModel, path: str) -> dict:
    return json.loads(site.pages[path].data["jsonld"])


STUB = "van-ban/2024/57-nq-tw"


def with_stub_and_relations() -> SiteModel:
    """The demo model: the graph resolves 300/LĐLĐ → 57-NQ/TW, a stub with its own page."""
    site = demo_site()
    assert not site.documents[STUB].held and f"{STUB}/" in site.pages
    return site


def records(site: SiteModel) -> dict[str, dict]:
    return {r["id"]: r for r in json.loads(site.outputs["data/documents.json"])["documents"]}


def test_json_next_to_every_document_page() -> None:
    site = with_stub_and_relations()
    document_pages = [p for p in site.pages.values() if isinstance(p.data.get("document"), Document)]
    assert len(document_pages) == len(site.documents) > 5
    assert any(not p.data["document"].held for p in document_pages)
    for page in document_pages:
        doc = page.data["document"]
        data = json.loads(site.outputs[f"{page.path}index.json"])
        assert data["id"] == doc.id and data["url"] == doc.url and data["held"] is doc.held
        for key in ("number", "type", "issuer", "date", "title", "status", "implements", "implemented_by",
                    "mentions", "mentioned_by"):
            assert key in data
        assert ("body" in data) is doc.held
    held = json.loads(site.outputs[f"{DOC}/index.json"])
    assert held["number"] == "300/LĐLĐ" and held["date"] == "2025-02"
    assert STUB in held["implements"]
    assert "Nơi nhận" in held["body"]
    stub = json.loads(site.outputs[f"{STUB}/index.json"])
    assert DOC in stub["implemented_by"] and stub["number"] == "57-NQ/TW"


def test_document_json_made_only_when_written() -> None:
    """Each index.json carries its whole body: the build holds what makes it, not its bytes, until the
    writer asks (peak memory); what it makes is the file, "<" escaped as in every JSON output."""
    site = with_stub_and_relations()
    entries = dict(site.outputs.made())
    held = entries[f"{DOC}/index.json"]
    assert not isinstance(held, bytes) and isinstance(entries["data/documents.json"], Streamed)
    data = made_bytes(held)
    assert data == site.outputs[f"{DOC}/index.json"] == made_bytes(held)  # made anew, the same each time
    assert b"<" not in data and json.loads(data)["body"] == site.documents[DOC].body
    assert not any(isinstance(entry, bytes) for path, entry in entries.items() if path.endswith("/index.json")
                   and not path.startswith("assets/"))


def test_documents_json_lists_every_document_once() -> None:
    site = with_stub_and_relations()
    data = json.loads(site.outputs["data/documents.json"])
    ids = [r["id"] for r in data["documents"]]
    assert ids == sorted(site.documents)
    assert all("body" not in r for r in data["documents"])
    # The same records as each document's own JSON (which adds the body and the tasks of a held document).
    for record in data["documents"]:
        own = json.loads(site.outputs[f"{record['id']}/index.json"])
        own.pop("body", None)
        own.pop("tasks", None)
        assert own == record


def test_an_output_file_has_one_writer() -> None:
    site = demo_site()
    with pytest.raises(ValueError, match=r"two writers of data/documents\.json"):
        site.add_output("data/documents.json", b"{}")


def test_json_ld_legislation() -> None:
    site = with_stub_and_relations()
    data = ld(site, f"{DOC}/")
    assert data["@context"] == "https://schema.org" and data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "300/LĐLĐ"
    assert data["legislationType"] == "Công văn"
    assert data["legislationDate"] == "2025-02"  # partial date kept partial, never guessed
    assert data["legislationPassedBy"] == {"@type": "GovernmentOrganization",
                                           "name": "Ban Thường vụ Liên đoàn Lao động huyện DMC"}
    assert "legislationLegalForce" not in data  # status not stated
    assert data["url"] == SITE_URL + f"{DOC}/"
    assert data["name"].startswith("Công văn số 300/LĐLĐ: tuyên truyền")
    # schema.org's "fulfills the objectives set by another legislation": what "thực hiện" means.
    implemented = data["legislationEnsuresImplementationOf"]
    assert "legislationApplies" not in data
    assert {"@type": "Legislation", "@id": SITE_URL + f"{STUB}/", "url": SITE_URL + f"{STUB}/",
            "name": "Nghị quyết số 57-NQ/TW", "legislationIdentifier": "57-NQ/TW"} in implemented
    record = records(site)[DOC]
    assert [r["@id"] for r in implemented] == [SITE_URL + f"{i}/" for i in record["implements"]]
    assert [r["@id"] for r in data.get("citation", [])] == [SITE_URL + f"{i}/" for i in record["mentions"]]
    stub = ld(site, f"{STUB}/")
    assert stub["@type"] == "Legislation" and stub["legislationIdentifier"] == "57-NQ/TW"
    assert stub["legislationDate"] == "2024-12-22"
    assert "publisher" not in stub  # not published here


@pytest.mark.parametrize(("status", "force"), [
    ("in_force", "https://schema.org/InForce"), ("expired", "https://schema.org/NotInForce"),
    ("suspended", "https://schema.org/NotInForce"), ("not_yet", "https://schema.org/NotInForce"),
])
def test_json_ld_legal_force(status: str, force: str) -> None:
    site = demo_site(lambda d: dataclasses.replace(d, status=status) if d.id == DOC else d)
    assert ld(site, f"{DOC}/")["legislationLegalForce"] == force


def test_json_ld_without_number_or_date() -> None:
    site = with_stub_and_relations()
    data = ld(site, "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy/")
    assert "legislationIdentifier" not in data and "legislationDate" not in data
    assert data["name"].startswith("Kế hoạch (chưa ghi số): ")


def test_json_ld_cannot_close_its_script_element() -> None:
    evil = '</script><script>alert("x")</script> & co'
    site = demo_site(lambda d: dataclasses.replace(d, title=evil) if d.id == DOC else d)
    text = site.pages[f"{DOC}/"].data["jsonld"]
    assert "<" not in text and ">" not in text
    assert json.loads(text)["name"].endswith('</script><script>alert("x")</script> & co')


def test_about_page_has_government_organization() -> None:
    site = with_stub_and_relations()
    data = ld(site, portal.ABOUT_PATH)
    assert data["@type"] == "GovernmentOrganization" and data["telephone"] == "0200 3 000 000"
    assert data["contactPoint"][0]["name"] == "Nguyễn Văn An"


def test_sitemap_lists_every_page() -> None:
    site = with_stub_and_relations()
    root = ET.fromstring(site.outputs["sitemap.xml"])
    assert root.tag == f"{SITEMAP_NS}urlset"
    locs = [e.text for e in root.iter(f"{SITEMAP_NS}loc")]
    # every page but the folders a trimmed URL reaches (vanban.trimmed: lists of what is listed elsewhere)
    assert locs == sorted(SITE_URL + p for p, spec in site.pages.items() if spec.data.get("kind") != "folder")
    assert SITE_URL in locs and SITE_URL + "gioi-thieu/" in locs and SITE_URL + f"{DOC}/" in locs
    assert gzip.decompress(site.outputs["sitemap.xml.gz"]) == site.outputs["sitemap.xml"]


def test_rebuild_is_byte_identical() -> None:
    first, second = demo_site(), demo_site()
    assert first.outputs == second.outputs
    assert {p: s.data.get("jsonld") for p, s in first.pages.items()} == \
           {p: s.data.get("jsonld") for p, s in second.pages.items()}
    assert {p: str(s.data.get("qr_svg")) for p, s in first.pages.items()} == \
           {p: str(s.data.get("qr_svg")) for p, s in second.pages.items()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_with_portal(tmp_path_factory.mktemp("opendata") / "site")


@pytest.mark.build
def test_built_site_json_ld_and_files(rendered: Path) -> None:
    html = (rendered / DOC / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "Legislation" and data["legislationIdentifier"] == "300/LĐLĐ"
    record = json.loads((rendered / DOC / "index.json").read_text(encoding="utf-8"))
    assert record["id"] == DOC and record["body"]
    documents = json.loads((rendered / "data/documents.json").read_text(encoding="utf-8"))["documents"]
    assert DOC in {r["id"] for r in documents}
    locs = [e.text for e in ET.parse(rendered / "sitemap.xml").getroot().iter(f"{SITEMAP_NS}loc")]
    pages = sorted(p.parent.relative_to(rendered).as_posix() for p in rendered.rglob("index.html")
                   if '<meta name="robots" content="noindex' not in p.read_text(encoding="utf-8"))
    expected = sorted(SITE_URL + ("" if p == "." else p + "/") for p in pages)
    assert locs == expected
    packed = (rendered / "sitemap.xml.gz").read_bytes()
    assert packed[4:8] == b"\0\0\0\0" and gzip.decompress(packed) == (rendered / "sitemap.xml").read_bytes()


@pytest.mark.build
def test_theme_sitemap_is_not_rendered(tmp_path: Path) -> None:
    """vanban publishes the sitemap (both files): the theme's, rendered over every page and gzipped only to
    be replaced, is no longer made; the published .gz is vanban's own (mtime 0, the same URLs)."""
    from mkdocs.config import load_config

    config = load_config(str(write_config(tmp_path / "site")), site_dir=str(tmp_path / "site"))
    assert "sitemap.xml" in config.theme.static_templates
    config = config.plugins.on_config(config)
    assert "sitemap.xml" not in config.theme.static_templates
    assert "404.html" in config.theme.static_templates


def test_print_head_only_for_held_documents() -> None:
    site = with_stub_and_relations()
    head = site.pages[f"{DOC}/"].data["share"]["print_head"]
    assert head["number_line"] == "Số: 300/LĐLĐ" and head["letter"] is True
    assert head["motto"] == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    assert "tháng 02 năm 2025" in head["date_line"]  # the blank day stays blank
    assert site.pages[f"{STUB}/"].data["share"]["print_head"] is None
    party = site.pages["van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy/"].data["share"]["print_head"]
    assert party["motto"] == ("ĐẢNG CỘNG SẢN VIỆT NAM",) and party["type"] == "KẾ HOẠCH"
