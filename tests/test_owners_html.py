"""Who a number belongs to, on the built site (the real ``mkdocs build --strict``): three provinces'
``05-NQ/TU`` are three stub pages with their own dates, a national number is one page, and the
``/co-quan/`` listing neither merges two provinces' "Ban Thường vụ Tỉnh ủy" (held or only cited) nor
splits the spellings "Tỉnh uỷ"/"Tỉnh ủy"."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs

DOC = '---\nnumber: "{number}"\ntype: Kế hoạch\nissuer: "{issuer}"\ndate: "2025-03-07"\ntitle: "{title}"\n{extra}---\n{body}\n'

PROVINCES = {
    "Bình Định": ("Thực hiện Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số "
                  "và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "17/06/2021"),
    "Tiền Giang": ("Thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Tỉnh ủy về phát triển nông nghiệp "
                   "và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "20/08/2021"),
    "Hà Tĩnh": ("Căn cứ Nghị quyết số 05-NQ/TU ngày 09/9/2021 của Ban Chấp hành Đảng bộ tỉnh; Nghị quyết số "
                "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "09/09/2021"),
}


def text_of(page: Path) -> str:
    """The visible text of a built page's article, blanks collapsed."""
    found = re.search(r"<article.*?</article>", page.read_text("utf-8"), flags=re.S)
    assert found is not None, page
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", found.group(0))))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = portal_project(tmp_path_factory.mktemp("owners"))
    content = root / "content" / "van-ban" / "2025"
    content.mkdir(parents=True)
    for i, (province, (body, _)) in enumerate(PROVINCES.items(), start=1):
        (content / f"ubnd-{i}.md").write_text(DOC.format(
            number=f"{i}/KH-UBND", issuer=f"Ủy ban nhân dân tỉnh {province}", title=f"Kế hoạch của {province}",
            extra="", body=body), "utf-8")
    for i, (issuer, place) in enumerate([("Ban Thường vụ Tỉnh ủy", "Tam Kỳ"), ("Ban Thường vụ Tỉnh uỷ", "Tam Kỳ"),
                                         ("Ban Thường vụ Tỉnh ủy", "Tây Ninh")], start=1):
        (content / f"tu-{i}.md").write_text(DOC.format(
            number=f"{i}-KH/TU", issuer=issuer, title=f"Kế hoạch {i} ở {place}", extra=f'place: "{place}"\n',
            body=""), "utf-8")
    # a Tây Ninh document cites its own Tỉnh ủy's plan: that stub is listed with Tây Ninh, not Tam Kỳ
    (content / "tn.md").write_text(DOC.format(
        number="9/KH-UBND", issuer="Ủy ban nhân dân huyện Dương Minh Châu", title="Kế hoạch huyện",
        extra='place: "Dương Minh Châu"\n',
        body="Thực hiện Kế hoạch số 44-KH/TU ngày 02/02/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số."), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def pages_numbered(site: Path, number: str) -> list[Path]:
    return [page for page in sorted((site / "van-ban").glob("*/*/index.html"))
            if f"Số ký hiệu {number} " in text_of(page)]


def test_three_provinces_same_local_number_are_three_stub_pages_with_their_own_dates(site: Path) -> None:
    stubs = pages_numbered(site, "05-NQ/TU")
    assert len(stubs) == 3
    dates = {date for _, date in PROVINCES.values()}
    assert {next(d for d in dates if f"Ngày ban hành {d}" in text_of(page)) for page in stubs} == dates
    assert len(pages_numbered(site, "57-NQ/TW")) == 1  # national: one document
    for i, (_, date) in enumerate(PROVINCES.values(), start=1):
        (held,) = pages_numbered(site, f"{i}/KH-UBND")
        links = {(held.parent / href).resolve() for href in re.findall(r'href="([^"#]+/)"', held.read_text("utf-8"))}
        (own,) = [page for page in stubs if page.parent.resolve() in links]
        assert f"Ngày ban hành {date}" in text_of(own)


def test_issuer_listing_keeps_places_apart_and_spellings_together(site: Path) -> None:
    listing = (site / "co-quan" / "index.html").read_text("utf-8")
    groups = {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">(Ban Thường vụ Tỉnh [^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}
    # "Tỉnh ủy"/"Tỉnh uỷ" of Tam Kỳ: one group of two, named by one spelling; each other place its own group,
    # a stub by the place of the document citing it (its issuer names none), by its province when the citer says it;
    # a district's place is no province's body's: said as the citer's, the province unknown
    assert {name.replace("uỷ", "ủy"): count for name, count in groups.items()} == {
        "Ban Thường vụ Tỉnh ủy – Tam Kỳ": 2, "Ban Thường vụ Tỉnh ủy – tỉnh Tây Ninh": 1,
        "Ban Thường vụ Tỉnh ủy – chưa rõ địa phương, dẫn từ Dương Minh Châu": 1,
        "Ban Thường vụ Tỉnh ủy – tỉnh Bình Định": 1,
    }, groups
    (tam_ky,) = [name for name in groups if "– Tam Kỳ" in name]
    page = next(p for p in (site / "co-quan").glob("*/index.html") if f"Cơ quan ban hành: {tam_ky}" in text_of(p))
    assert "Kế hoạch 1 ở Tam Kỳ" in text_of(page) and "Kế hoạch 2 ở Tam Kỳ" in text_of(page)
    assert "Tây Ninh" not in text_of(page)
