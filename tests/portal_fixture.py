"""A complete portal identity for tests, and the demo site model built without MkDocs.

Shared by test_portal, test_opendata and test_feeds (imported as a plain module).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from vanban import feeds, opendata, portal, share
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.site import SiteConfig, SiteModel

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "https://xamau.example.vn/"

PORTAL: dict[str, Any] = {
    "agency": "Ủy ban nhân dân xã Mẫu",
    "agency_en": "People's Committee of Mau Commune",
    "parent": "Ủy ban nhân dân tỉnh Mẫu",
    "address": "Số 1 đường Trung tâm, xã Mẫu, tỉnh Mẫu",
    "phone": "0200 3 000 000",
    "fax": "0200 3 000 001",
    "email": "vanphong@xamau.example.vn",
    "functions": "Ủy ban nhân dân xã là cơ quan chấp hành của Hội đồng nhân dân xã.",
    "functions_en": "The Commune People's Committee is the executive body of the Commune People's Council.",
    "officers": [
        {"name": "Nguyễn Văn An", "position": "Công chức Văn phòng – Thống kê",
         "unit": "Văn phòng HĐND và UBND xã", "phone": "0200 3 000 002",
         "email": "an.nv@xamau.example.vn", "position_en": "Office officer"},
    ],
    "responsible": {"name": "Trần Thị Bình", "position": "Phó Chủ tịch UBND xã"},
    "licence": "Trang trình diễn phần mềm vanban.",
}


def portal_config(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(PORTAL)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def demo_site(run: tuple[str, ...] = ("portal", "feeds", "opendata", "share")) -> SiteModel:
    """The demo corpus through the lead's features plus issue 6's, in the documented order."""
    corpus = load_corpus(ROOT / "content")
    site = build_site(corpus, SiteConfig(site_name="Trang thử", site_url=SITE_URL, portal=portal_config()))
    steps = {"portal": portal.contribute, "feeds": feeds.contribute,
             "opendata": opendata.contribute, "share": share.contribute}
    for name in run:
        if name == "portal" and "gioi-thieu/" in site.pages:
            continue  # build.py already runs it
        if name == "feeds" and "feed.xml" in site.outputs:
            continue
        if name == "opendata" and "sitemap.xml" in site.outputs:
            continue
        if name == "share" and any("meta" in p.data for p in site.pages.values()):
            continue
        steps[name](site)
    return site


def write_config(site_dir: Path, portal_block: dict[str, Any] | None = None) -> Path:
    """The demo mkdocs.yml with *portal_block* (default: :data:`PORTAL`), written next to *site_dir*."""
    import yaml

    data = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in data["plugins"]:
        if isinstance(plugin, dict) and "vanban" in plugin:
            plugin["vanban"] = {**(plugin["vanban"] or {}), "portal": portal_config() if portal_block is None
                                else portal_block}
    data["site_url"] = SITE_URL
    data["docs_dir"] = str(ROOT / "content")
    data["theme"]["custom_dir"] = str(ROOT / "theme_overrides")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    config_file = site_dir.parent / f"{site_dir.name}-mkdocs.yml"
    config_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config_file


def build_with_portal(site_dir: Path, portal_block: dict[str, Any] | None = None) -> Path:
    """The real ``mkdocs build`` of the demo (in-process), with a portal block and issue 6's features.

    Independent of whether build.py / mkdocs.yml already wire them in: the features missing
    from ``vanban.build.features()`` are appended for this build only.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from vanban import build as vb_build

    config_file = write_config(site_dir, portal_block)
    original = vb_build.features

    def features() -> list[Any]:
        have = original()
        extra = [f for f in (portal.contribute, feeds.contribute, opendata.contribute, share.contribute)
                 if f not in have]
        return [*have[:1], *[f for f in extra if f is portal.contribute], *have[1:],
                *[f for f in extra if f is not portal.contribute]]

    vb_build.features = features
    try:
        config = load_config(str(config_file), site_dir=str(site_dir))
        build(config)
    finally:
        vb_build.features = original
    return site_dir
