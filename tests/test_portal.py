"""Portal identity (NĐ 42/2022 Điều 4 khoản 1 điểm e, Điều 7): config parsing, errors naming the key,
the contact pages, and the footer / meta / share partials in a real build."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import run_mkdocs
from portal_fixture import PORTAL, SITE_URL, build_with_portal, demo_site, portal_config, write_config
from vanban.portal import ABOUT_EN_PATH, ABOUT_PATH, PortalConfigError, parse_portal


def problems_of(data: object, site_url: str = SITE_URL) -> list[str]:
    with pytest.raises(PortalConfigError) as info:
        parse_portal(data, site_url)
    return info.value.problems


def test_complete_identity_parses() -> None:
    portal = parse_portal(portal_config(), "https://xamau.example.vn")
    assert portal.agency == PORTAL["agency"]
    assert portal.site_url == "https://xamau.example.vn/"  # trailing slash added
    assert portal.url("van-ban/2025/300-ldld/") == "https://xamau.example.vn/van-ban/2025/300-ldld/"
    assert portal.officers[0].name == "Nguyễn Văn An"
    assert portal.officers[0].position_en == "Office officer"
    assert portal.responsible.position == "Phó Chủ tịch UBND xã"
    assert portal.fax == "0200 3 000 001"
    data = portal.as_dict()
    assert data["officers"][0]["email"] == "an.nv@xamau.example.vn"
    assert data["responsible"]["name"] == "Trần Thị Bình"


def test_portal_site_url_wins_over_mkdocs_site_url() -> None:
    portal = parse_portal(portal_config(site_url="https://cong.example.vn"), "http://127.0.0.1:8000/")
    assert portal.site_url == "https://cong.example.vn/"


def test_text_is_nfc() -> None:
    decomposed = "U\u0309y ban nhân dân xã Mâ\u0303u"
    assert parse_portal(portal_config(agency=decomposed), SITE_URL).agency == "Ủy ban nhân dân xã Mẫu"


@pytest.mark.parametrize(("key", "start"), [
    ("agency", "vanban.portal.agency: thiếu tên cơ quan — "),
    ("agency_en", "vanban.portal.agency_en: thiếu tên cơ quan bằng tiếng Anh"),
    ("address", "vanban.portal.address: thiếu địa chỉ — "),
    ("phone", "vanban.portal.phone: thiếu số điện thoại — "),
    ("email", "vanban.portal.email: thiếu thư điện tử — "),
    ("functions", "vanban.portal.functions: thiếu chức năng, nhiệm vụ — "),
    ("officers", "vanban.portal.officers: thiếu danh sách cán bộ đầu mối liên hệ"),
    ("responsible", "vanban.portal.responsible: thiếu người chịu trách nhiệm nội dung — "),
])
def test_missing_mandatory_field_names_the_key(key: str, start: str) -> None:
    problems = problems_of(portal_config(**{key: None}))
    assert len(problems) == 1, problems
    assert problems[0].startswith(start), problems[0]
    assert f"{key}:" in problems[0].split(" — ", 1)[1]  # the fix shows how to write the key


def test_empty_value_says_empty() -> None:
    assert problems_of(portal_config(agency=""))[0].startswith("vanban.portal.agency: trống tên cơ quan")


def test_optional_fields_may_be_absent() -> None:
    portal = parse_portal(portal_config(fax=None, parent=None, licence=None, functions_en=None), SITE_URL)
    assert portal.fax == "" and portal.parent == "" and portal.licence == ""


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    officers = [
        {"name": "Nguyễn Văn An", "position": "Công chức", "unit": "Văn phòng", "phone": "0200 3 000 002",
         "email": "an.nv@xamau.example.vn"},
        {"name": "Lê Văn C", "position": "Công chức", "phone": "abc", "email": "khong-phai-email"},
    ]
    problems = problems_of(portal_config(agency=None, officers=officers, responsible={"name": "Trần Thị Bình"},
                                         colour="đỏ"))
    keys = [p.split(":", 1)[0] for p in problems]
    assert "vanban.portal.agency" in keys
    assert "vanban.portal.colour" in keys  # unknown key
    assert "vanban.portal.officers[1].unit" in keys
    assert "vanban.portal.officers[1].phone" in keys
    assert "vanban.portal.officers[1].email" in keys
    assert "vanban.portal.responsible.position" in keys
    assert not any(k.startswith("vanban.portal.officers[0]") for k in keys)


def test_no_portal_block_at_all() -> None:
    problems = problems_of({})
    assert problems[0].startswith("vanban.portal: thiếu thông tin cơ quan")


def test_site_url_is_required_somewhere() -> None:
    problems = problems_of(portal_config(), site_url="")
    assert problems == [p for p in problems if p.startswith("vanban.portal.site_url: thiếu")] and problems
    assert problems_of(portal_config(site_url="xamau"), site_url="")[0].startswith("vanban.portal.site_url:")


def test_wrong_shapes_are_reported_not_raised() -> None:
    problems = problems_of(portal_config(officers="Nguyễn Văn An", responsible="Trần Thị Bình", agency=["a"]))
    assert {p.split(":", 1)[0] for p in problems} == {
        "vanban.portal.officers", "vanban.portal.responsible", "vanban.portal.agency"}


def test_contribute_adds_the_contact_pages() -> None:
    site = demo_site()
    about, about_en = site.pages[ABOUT_PATH], site.pages[ABOUT_EN_PATH]
    assert about.template == "vanban/about.html" and about.title == "Giới thiệu – Liên hệ"
    assert about_en.template == "vanban/about_en.html" and about_en.title == "About / Contact"
    assert about.data["portal"]["agency"] == PORTAL["agency"]
    assert about_en.data["lang"] == "en"
    # The normalised identity (Portal.as_dict), as the footer partial reads it through vb_portal.
    assert about.data["portal"]["site_url"] == SITE_URL
    assert about.data["portal"]["officers"][0]["name"] == "Nguyễn Văn An"
    assert site.config.portal == portal_config()  # the build leaves its configuration as given


# --- The partials in a real MkDocs build -------------------------------------------------------

@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_with_portal(tmp_path_factory.mktemp("portal") / "site")


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str | None]] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[str(a.get("property") or a.get("name"))] = a.get("content") or ""
        elif tag == "link":
            self.links.append(a)


def head_of(path: Path) -> _Meta:
    parser = _Meta()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.build
def test_footer_with_identity_on_every_page(rendered: Path) -> None:
    pages = sorted(rendered.rglob("index.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        footer = text[text.index('<footer class="vb-footer"'):]
        for value in (PORTAL["agency"], PORTAL["address"], PORTAL["phone"], PORTAL["email"], "Trần Thị Bình"):
            assert value in footer, f"{page.relative_to(rendered)}: chân trang thiếu {value}"
        assert 'href="mailto:vanphong@xamau.example.vn"' in footer
        assert 'href="tel:02003000000"' in footer


@pytest.mark.build
def test_contact_pages_show_officers(rendered: Path) -> None:
    vi = (rendered / ABOUT_PATH / "index.html").read_text(encoding="utf-8")
    en = (rendered / ABOUT_EN_PATH / "index.html").read_text(encoding="utf-8")
    for text in (vi, en):
        for value in ("Nguyễn Văn An", "0200 3 000 002", "an.nv@xamau.example.vn", "0200 3 000 001"):
            assert value in text
    assert "Cán bộ đầu mối liên hệ" in vi and "Chức năng, nhiệm vụ" in vi
    assert '<article class="vb-about" lang="en">' in en
    assert "Contact officers" in en and "People&#39;s Committee of Mau Commune" in en
    assert "Office officer" in en and PORTAL["functions_en"] in html.unescape(en)
    assert re.search(r'hreflang="en" href="https://xamau\.example\.vn/en/about/"', vi)


@pytest.mark.build
def test_open_graph_and_twitter_meta_on_every_page(rendered: Path) -> None:
    for page in sorted(rendered.rglob("index.html")):
        head = head_of(page)
        rel = page.parent.relative_to(rendered).as_posix()
        expected = SITE_URL + ("" if rel == "." else rel + "/")
        assert head.meta.get("og:url") == expected, rel
        assert head.meta.get("og:title") and head.meta.get("twitter:card") == "summary", rel
        assert head.meta.get("og:description"), rel
        canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
        assert canonical == [expected], rel


@pytest.mark.build
def test_document_page_meta_and_share(rendered: Path) -> None:
    page = rendered / "van-ban/2025/300-ldld/index.html"
    head = head_of(page)
    assert head.meta["og:type"] == "article"
    assert head.meta["og:description"].startswith("tuyên truyền Nghị quyết số 57-NQ/TW")
    text = page.read_text(encoding="utf-8")
    assert 'href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fxamau.example.vn%2Fvan-ban%2F2025%2F300-ldld%2F"' in text
    assert "zalo.me/share" not in text and "sp.zalo.me" not in text  # no fake link, no third-party SDK
    assert re.search(r'<svg role="img" aria-label="Mã QR dẫn tới Công văn số 300/LĐLĐ[^"]*"', text)
    assert "<script src=" not in text.split("</head>", 1)[1]  # no external script in the body


@pytest.mark.build
def test_mkdocs_build_fails_naming_the_missing_key(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    broken = portal_config(agency=None, officers=[{"name": "Lê Văn C"}])
    result = run_mkdocs(write_config(site_dir, broken), site_dir)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "vanban.portal.agency: thiếu tên cơ quan" in output
    assert "vanban.portal.officers[0].email: thiếu thư điện tử" in output
    assert "Traceback" not in output
