"""Who issued what, on the built site (``/co-quan/``): the kinds found by hand on the site built from 702 real
originals (tests/fixtures/qa34_issuers/README.md), each on pages of this test's own layout.

A body named by its level alone ("Ủy ban nhân dân tỉnh", "Phòng Giáo dục và Đào tạo") whose place nothing tells is a
group of its own, never one with another such; a province's body cited from a commune or a district is not labelled
with the citer's place; a province's name as written before a reorganisation ("tỉnh Cần Thơ") is another body than
the city's; one body's other names ("Ban Bí thư Trung ương Đảng", "Trung ương Đoàn") are one group.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs

DOC = ('---\nnumber: "{number}"\ntype: "{type}"\nissuer: "{issuer}"\ndate: "{date}"\ntitle: "{title}"\nplace: "{place}"\n'
       '---\n{body}\n')

# (file, number, type, issuer, date, place, title, body)
PAGES = [
    # two provinces' "UBND tỉnh", signed with no place, and a city's "UBND thành phố": three bodies
    ("ub-1", "210/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh", "2024-04-02", "", "Phòng chống sốt xuất huyết", ""),
    ("ub-2", "1875/UBND-VX", "Công văn", "UBND tỉnh", "2023-11-20", "", "Tổ chức Tết trồng cây", ""),
    ("ub-3", "", "Thông báo", "Ủy ban nhân dân tỉnh", "2021-01-05", "", "Nghỉ Tết Nguyên đán", ""),
    ("ub-4", "77/TB-UBND", "Thông báo", "Ủy ban nhân dân thành phố", "2022-06-01", "", "Lịch tiếp công dân", ""),
    # a Sở signed in two provinces' capitals: the places' names start alike ("Phan …"), the bodies are two
    ("so-1", "1402/SGDĐT-VP", "Công văn", "Sở Giáo dục và Đào tạo", "2019-10-03", "Phan Thiết", "Báo cáo thiệt hại", ""),
    ("so-2", "955/SGDĐT-TCCB", "Công văn", "Sở Giáo dục và Đào tạo", "2019-10-09", "Phan Rang-Tháp Chàm",
     "Tuyển dụng giáo viên", ""),
    # a commune and a province cite their Ban Thường vụ Tỉnh ủy's plans: the commune's place is not the province's
    ("xa", "31/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Hòa Phú", "2025-03-10", "Hòa Phú", "Chuyển đổi số ở xã",
     "Thực hiện Kế hoạch số 15-KH/TU ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số."),
    ("tinh", "40/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-03-12", "Quảng Trị",
     "Chuyển đổi số của tỉnh", "Thực hiện Kế hoạch số 20-KH/TU ngày 05/01/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số."),
    # the province of Cần Thơ before 2004 and the city after: two bodies, each as written
    ("ct-1", "120/2002/QĐ-UB", "Quyết định", "Ủy ban nhân dân tỉnh Cần Thơ", "2002-12-31", "Cần Thơ", "Quản lý chợ", ""),
    ("ct-2", "06/2013/QĐ-UBND", "Quyết định", "Ủy ban nhân dân thành phố Cần Thơ", "2013-02-25", "Cần Thơ",
     "Dạy thêm, học thêm", ""),
    # one body's two names
    ("bbt-1", "05-CT/TW", "Chỉ thị", "Ban Bí thư Trung ương Đảng", "2016-05-15", "Hà Nội", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ""),
    ("bbt-2", "42-CT/TW", "Chỉ thị", "Ban Bí thư", "2020-03-24", "Hà Nội", "Giáo dục lý tưởng cách mạng", ""),
    ("doan-1", "12-HD/TWĐTN", "Hướng dẫn", "Trung ương Đoàn", "2024-02-01", "Hà Nội", "Tháng Thanh niên", ""),
    ("doan-2", "300-KH/TWĐTN", "Kế hoạch", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "2024-03-01", "Hà Nội",
     "Chiến dịch tình nguyện hè", ""),
]


def text_of(page: Path) -> str:
    found = re.search(r"<article.*?</article>", page.read_text("utf-8"), flags=re.S)
    assert found is not None, page
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", found.group(0))))


def _build(root: Path, province: str = "") -> Path:
    portal_project(root)
    if province:
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8").replace("      portal:\n", f"      portal:\n        province: {province}\n", 1),
                          "utf-8")
    for name, number, kind, issuer, date, place, title, body in PAGES:
        folder = root / "content" / "van-ban" / date[:4]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.md").write_text(DOC.format(number=number, type=kind, issuer=issuer, date=date, place=place,
                                                      title=title, body=body), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _groups(site: Path) -> dict[str, int]:
    listing = (site / "co-quan" / "index.html").read_text("utf-8")
    return {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">([^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}


def _page(site: Path, group: str) -> str:
    return next(text for p in (site / "co-quan").glob("*/index.html")
                if f"Cơ quan ban hành: {group} " in (text := text_of(p)))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("qa34"))


def test_a_body_whose_place_nothing_tells_is_never_merged_with_another(site: Path) -> None:
    groups = _groups(site)
    unplaced = {name: n for name, n in groups.items() if name.startswith(("Ủy ban nhân dân", "UBND"))}
    assert unplaced == {
        "Ủy ban nhân dân tỉnh – chưa rõ địa phương, số 210/KH-UBND": 1,
        "UBND tỉnh – chưa rõ địa phương": 1,
        "Ủy ban nhân dân tỉnh – chưa rõ địa phương, ngày 05/01/2021": 1,
        "Ủy ban nhân dân thành phố – chưa rõ địa phương": 1,
        "Ủy ban nhân dân tỉnh Quảng Trị": 1, "Ủy ban nhân dân xã Hòa Phú": 1,
        "Ủy ban nhân dân tỉnh Cần Thơ": 1, "Ủy ban nhân dân thành phố Cần Thơ": 1,
    }, groups
    page = _page(site, "Ủy ban nhân dân tỉnh – chưa rõ địa phương, số 210/KH-UBND")
    assert "Phòng chống sốt xuất huyết" in page and "Tết trồng cây" not in page and "Nghỉ Tết" not in page


def test_two_places_that_start_alike_are_two_groups_named_by_their_own_place(site: Path) -> None:
    groups = _groups(site)
    assert {name: n for name, n in groups.items() if name.startswith("Sở Giáo dục")} == {
        "Sở Giáo dục và Đào tạo – Phan Thiết": 1, "Sở Giáo dục và Đào tạo – Phan Rang-Tháp Chàm": 1}, groups


def test_a_provinces_body_cited_from_a_commune_is_not_labelled_with_the_commune(site: Path) -> None:
    groups = _groups(site)
    assert {name: n for name, n in groups.items() if name.startswith("Ban Thường vụ")} == {
        "Ban Thường vụ Tỉnh ủy – chưa rõ địa phương, dẫn từ Hòa Phú": 1,
        "Ban Thường vụ Tỉnh ủy – tỉnh Quảng Trị": 1}, groups
    page = _page(site, "Ban Thường vụ Tỉnh ủy – chưa rõ địa phương, dẫn từ Hòa Phú")
    assert "15-KH/TU" in page and "20-KH/TU" not in page


def test_a_province_before_its_reorganisation_keeps_its_name_and_its_own_group(site: Path) -> None:
    docs = json.loads((site / "data" / "documents.json").read_text("utf-8"))["documents"]
    assert {d["issuer"] for d in docs if d["number"] in {"120/2002/QĐ-UB", "06/2013/QĐ-UBND"}} == {
        "Ủy ban nhân dân tỉnh Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"}
    assert "Quản lý chợ" in _page(site, "Ủy ban nhân dân tỉnh Cần Thơ")
    assert "Quản lý chợ" not in _page(site, "Ủy ban nhân dân thành phố Cần Thơ")


def test_one_bodys_other_names_are_one_group(site: Path) -> None:
    groups = _groups(site)
    assert groups.get("Ban Bí thư") == 2 and not any(name.startswith("Ban Bí thư Trung ương") for name in groups)
    assert [n for name, n in groups.items() if "Trung ương Đoàn" in name] == [2], groups


def test_on_a_portal_of_one_province_its_unplaced_bodies_are_its_own(tmp_path: Path) -> None:
    groups = _groups(_build(tmp_path, "Quảng Trị"))
    assert groups["Ủy ban nhân dân tỉnh Quảng Trị"] == 4, groups  # "UBND tỉnh" held on Quảng Trị's portal: its own
    assert not [name for name in groups if "chưa rõ" in name and name.startswith("Ủy ban nhân dân tỉnh")], groups


def test_the_hand_judgements_give_the_figures_the_fixture_reports() -> None:
    """tests/fixtures/qa34_issuers: every /co-quan/ group of the 702-original site judged by hand, before and after."""
    rows = [json.loads(line) for line in
            (Path(__file__).parent / "fixtures" / "qa34_issuers" / "groups.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 470 and len({r["group"] for r in rows}) == 470
    assert sum(len(r["documents"]) for r in rows) == 1293  # every document with an issuer, once
    before = {v: sum(r["verdict"] == v for r in rows) for v in ("one body", "merged", "split", "wrong label")}
    assert before == {"one body": 422, "merged": 12, "split": 10, "wrong label": 26}
    after = {(r["verdict"], r["after_verdict"]) for r in rows}
    assert after <= {("one body", "one body"), ("merged", "apart"), ("split", "one group"), ("split", "split"),
                     ("wrong label", "label right"), ("wrong label", "wrong label")}
    assert sum(r["after_verdict"] == "merged" for r in rows) == 0
    assert sum(r["after_verdict"] == "split" for r in rows) == 4
    assert sum(r["after_verdict"] == "wrong label" for r in rows) == 12
    by_group = {r["group"]: r for r in rows}
    for row in rows:
        if row["verdict"] == "merged":  # apart: its documents no longer share one group
            assert len(set(row["after"])) > 1, row
        if row["verdict"] == "split":  # one group: the body's main group's, after
            assert (row["after"] == by_group[row["body"]]["after"]) == (row["after_verdict"] == "one group"), row
        if row["after_verdict"] == "label right" and "chưa rõ" in row["after"][0]:
            assert all(", dẫn từ " in label for label in row["after"]), row
