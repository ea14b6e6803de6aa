"""District and commune bodies under their province, on the built site (the real ``mkdocs build``) and in ``vanban
check``: "UBND huyện Châu Thành" of Tiền Giang and of Bến Tre are two issuers, each listed with its province; spellings
of one body ("UBND"/"Ủy ban nhân dân", "Huyện uỷ"/"Huyện ủy") are one; a body whose province the text does not say is
kept apart when its name is known in two provinces (with a warning in Vietnamese), and placed by the portal's
configured province when there is one."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs
from vanban.provinces import is_local, local_body, province_named

DOC = '---\nnumber: "{number}"\ntype: Kế hoạch\nissuer: "{issuer}"\ndate: "2025-03-07"\ntitle: "{title}"\n---\nNội dung.\n'

ISSUERS = [
    ("1/KH-UBND", "Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang"),
    ("2/KH-UBND", "UBND huyện Châu Thành, tỉnh Tiền Giang"),
    ("3/KH-UBND", "Ủy ban nhân dân huyện Châu Thành, tỉnh Bến Tre"),
    ("4/KH-UBND", "Ủy ban nhân dân huyện Châu Thành"),
    ("5-KH/HU", "Huyện ủy Thuận Nam"),
    ("6-KH/HU", "Huyện uỷ Thuận Nam"),
]


def _project(root: Path, province: str | None) -> Path:
    portal_project(root)
    if province is not None:
        config = root / "mkdocs.yml"
        text = config.read_text("utf-8")
        config.write_text(text.replace("      portal:\n", f"      portal:\n        province: {province}\n", 1), "utf-8")
    content = root / "content" / "van-ban" / "2025"
    content.mkdir(parents=True)
    for i, (number, issuer) in enumerate(ISSUERS, start=1):
        (content / f"d{i}.md").write_text(DOC.format(number=number, issuer=issuer, title=f"Kế hoạch {i}"), "utf-8")
    return root


def _groups(site: Path) -> dict[str, int]:
    listing = (site / "co-quan" / "index.html").read_text("utf-8")
    return {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">([^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], capture_output=True, text=True,
                          cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.mark.parametrize(
    ("name", "local", "province", "body"),
    [
        ("UBND huyện Tân Yên", True, "", "UBND huyện Tân Yên"),
        ("Ủy ban nhân dân xã Tân Hòa, huyện Châu Thành, tỉnh Tiền Giang", True, "tỉnh Tiền Giang",
         "Ủy ban nhân dân xã Tân Hòa, huyện Châu Thành"),
        ("Ủy ban nhân dân quận 1, Thành phố Hồ Chí Minh", True, "Thành phố Hồ Chí Minh", "Ủy ban nhân dân quận 1"),
        ("Thành ủy Tam Kỳ", True, "", "Thành ủy Tam Kỳ"),
        ("Thành ủy Thành phố Hồ Chí Minh", False, "", "Thành ủy Thành phố Hồ Chí Minh"),
        ("UBND thành phố Đà Nẵng", False, "", "UBND thành phố Đà Nẵng"),
        ("Tỉnh uỷ Bắc Kạn", False, "", "Tỉnh uỷ Bắc Kạn"),
        ("Sở Y tế tỉnh Bắc Giang", False, "", "Sở Y tế tỉnh Bắc Giang"),
    ],
)
def test_local_bodies_and_the_province_their_name_says(name: str, local: bool, province: str, body: str) -> None:
    assert (is_local(name), province_named(name), local_body(name)) == (local, province, body)


def test_listing_keeps_provinces_apart_and_an_unplaced_body_aside_with_a_warning(tmp_path: Path) -> None:
    root = _project(tmp_path, None)
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    groups = _groups(root / "site")
    assert {name: count for name, count in groups.items() if "Châu Thành" in name or "Thuận Nam" in name} == {
        "UBND huyện Châu Thành – tỉnh Tiền Giang": 2,
        "Ủy ban nhân dân huyện Châu Thành – tỉnh Bến Tre": 1,
        "Ủy ban nhân dân huyện Châu Thành – chưa rõ tỉnh": 1,
        "Huyện ủy Thuận Nam": 2,  # the spellings "Huyện ủy"/"Huyện uỷ": one issuer, shown as written
    }, groups
    check = _check(root)
    assert check.returncode == 1, check.stdout + check.stderr
    (warning,) = [line for line in check.stdout.splitlines() if "chưa rõ tỉnh" in line]
    assert warning.startswith("content/van-ban/2025/d4.md:4: issuer: “Ủy ban nhân dân huyện Châu Thành” trùng tên")
    assert "ở 2 tỉnh" in warning and "province:" in warning


def test_the_portals_province_places_a_body_whose_name_says_none(tmp_path: Path) -> None:
    root = _project(tmp_path, "tỉnh Tiền Giang")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    groups = _groups(root / "site")
    assert {name: count for name, count in groups.items() if "Châu Thành" in name or "Thuận Nam" in name} == {
        "Ủy ban nhân dân huyện Châu Thành – tỉnh Tiền Giang": 3,
        "Ủy ban nhân dân huyện Châu Thành – tỉnh Bến Tre": 1,
        "Huyện ủy Thuận Nam – tỉnh Tiền Giang": 2,
    }, groups
    check = _check(root)
    assert "chưa rõ tỉnh" not in check.stdout, check.stdout
