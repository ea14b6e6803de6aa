"""A complete portal identity for tests, and the demo site built with it (with and without MkDocs).

Shared by test_portal, test_opendata and test_feeds (imported as a plain module).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.documents import Document
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


def demo_site(edit: Callable[[Document], Document] | None = None) -> SiteModel:
    """The demo corpus built without MkDocs, with this portal identity; *edit* changes documents first."""
    corpus = load_corpus(ROOT / "content")
    if edit is not None:
        corpus = dataclasses.replace(corpus, documents=[edit(d) for d in corpus.documents])
    return build_site(corpus, SiteConfig(site_name="Trang thử", site_url=SITE_URL, portal=portal_config())).site


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
    """The real ``mkdocs build`` of the demo (in-process), with a portal block."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(write_config(site_dir, portal_block)), site_dir=str(site_dir))
    build(config)
    return site_dir
