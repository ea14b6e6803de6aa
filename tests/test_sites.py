"""Many sites from one corpus: site files, the pure selection, and `vanban build-all`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from vanban.corpus import load_corpus
from vanban.documents import Document
from vanban.mkdocs.build_all import site_config
from vanban.sites import (
    SiteFileError,
    SiteSelection,
    level_of,
    load_site_file,
    load_sites,
    partition,
    select,
)


def _doc(issuer: str, **kw: object) -> Document:
    return Document(source=f"{issuer}.md", number="", type="Kế hoạch", issuer=issuer, title="t", **kw)  # type: ignore[arg-type]


def test_demo_site_files_select_their_documents() -> None:
    corpus = load_corpus(ROOT / "content")
    sites = {s.id: s for s in load_sites(ROOT / "sites")}
    assert set(sites) >= {"tam-ky", "bien-hoa"}
    tam_ky = [d.issuer for d in select(corpus.documents, sites["tam-ky"])]
    bien_hoa = [d.issuer for d in select(corpus.documents, sites["bien-hoa"])]
    assert tam_ky == ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Tam Kỳ"]
    assert bien_hoa == ["Phòng Văn hóa và Thông tin thành phố Biên Hòa"]
    assert sites["tam-ky"].portal["agency"].startswith("Ủy ban Mặt trận")


def test_selection_rules() -> None:
    site = SiteSelection(id="hoa-tien", name="x", issuers=("ỦY BAN NHÂN DÂN XÃ HOÀ TIẾN",), tags=("Chuyển đổi số",),
                         recipients_contains=("xã Hòa Tiến",), levels=("tinh",))
    docs = [
        _doc("Ủy ban nhân dân xã Hòa Tiến"),                                   # issuer (case, tone placement)
        _doc("Ủy ban nhân dân xã Hòa Phong", tags=("chuyen doi so",)),          # tag without marks
        _doc("Ủy ban nhân dân huyện Hòa Vang", recipients=("UBND xã Hòa Tiến;",)),  # recipient
        _doc("Ban Thường vụ Tỉnh ủy"),                                          # level
        _doc("Ủy ban nhân dân xã Hòa Tiến Tây"),                                # not the same issuer
        _doc("Ủy ban nhân dân huyện X", recipients=("UBND xã Hòa Tiếng",)),  # whole words only
        _doc("Ủy ban nhân dân xã Y", sites=("hoa-tien",)),                      # named in its own front matter
    ]
    kept = [d.issuer for d in select(docs, site)]
    assert kept == [docs[i].issuer for i in (0, 1, 2, 3, 6)]
    kept_docs, left = partition(docs, site)
    assert len(kept_docs) + len(left) == len(docs)
    stub = Document(source="", number="57-NQ/TW", type="Nghị quyết", issuer="Ủy ban nhân dân xã Hòa Tiến", title="",
                    held=False)
    assert select([stub], site) == []  # stubs are never published as held documents


def test_levels() -> None:
    assert level_of(_doc("Ủy ban nhân dân xã Hòa Tiến")) == "xa"
    assert level_of(_doc("Đảng ủy phường Hải Châu")) == "xa"
    assert level_of(_doc("Ban Tuyên giáo Thị ủy Phước Long")) == "huyen"
    assert level_of(_doc("Ủy ban nhân dân thành phố Đà Nẵng")) == "tinh"
    assert level_of(_doc("Ban Thường vụ Tỉnh ủy")) == "tinh"
    assert level_of(_doc("Bộ Chính trị")) == "trung-uong"
    assert level_of(_doc("Ban biên tập")) is None


@pytest.mark.parametrize(("text", "key"), [
    ("name: x\nselect: {issuer: [a]}\n", "select.issuer"),
    ("select: {issuers: [a]}\n", "name"),
    ("name: x\nselect: {}\n", "select"),
    ("name: x\nselect: {levels: [xã]}\n", "select.levels"),
    ("name: x\nselect: {tags: {a: 1}}\n", "select.tags"),
    ("name: x\nsite_url: example.com\nselect: {tags: [a]}\n", "site_url"),
    ("name: x\nselect: {tags: [a]\n", "dòng"),
    ("name: x\ncolour: red\nselect: {tags: [a]}\n", "colour"),
])
def test_site_file_errors_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "phuong-a.yml"
    path.write_text(text, "utf-8")
    with pytest.raises(SiteFileError) as info:
        load_site_file(path)
    message = str(info.value)
    assert message.startswith(f"{path.as_posix()}: {key}") and " — " in message


def test_site_config_inherits_and_sets_site_file(tmp_path: Path) -> None:
    site = load_site_file(ROOT / "sites" / "tam-ky.yml")
    parent = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    config = site_config(ROOT / "mkdocs.yml", parent, site, tmp_path / "tam-ky")
    assert config["INHERIT"] == "mkdocs.yml" and config["site_name"] == site.name
    (vanban,) = [e["vanban"] for e in config["plugins"] if isinstance(e, dict) and "vanban" in e]
    assert vanban["site_file"] == str((ROOT / "sites" / "tam-ky.yml").resolve())
    assert vanban["portal"]["agency"] == site.portal["agency"]
    assert vanban["portal"]["email"] == parent["plugins"][0]["vanban"]["portal"]["email"]  # merged, not replaced
    assert vanban["page_size"] == 50


@pytest.mark.build
def test_build_all_builds_each_ward_with_only_its_documents(tmp_path: Path) -> None:
    out = tmp_path / "site"
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "build-all", "--sites", "sites", "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert not list(ROOT.glob(".vanban-site-*.yml"))  # temporary configs removed
    corpus = load_corpus(ROOT / "content")
    for site in load_sites(ROOT / "sites"):
        folder = out / site.id
        assert (folder / "index.html").is_file()
        kept, left = partition(corpus.documents, site)
        for doc in kept:
            assert (folder / doc.url / "index.html").is_file(), doc.url
        for doc in left:
            page = folder / doc.url / "index.html"
            # A document outside the selection is at most a stub page, never its full text.
            assert not page.exists() or doc.body.strip()[:80] not in page.read_text("utf-8"), doc.url
        assert site.name in (folder / "index.html").read_text("utf-8")
