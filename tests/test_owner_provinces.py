"""Same local number, same district name, two provinces, on the built site (the real ``mkdocs build``): "huyện Châu
Thành" is in Tiền Giang and in Bến Tre, and each Huyện ủy issues its own ``05-KH/HU`` and ``07-KH/HU``.  The province is
told by the managing body (``managing_body:``) or the issuer's name; the two held plans stay two documents, each
citer links to its own province's, the two provinces' cited ``07-KH/HU`` are two stub pages with their own dates, the
``/co-quan/`` listing shows each Huyện ủy under its province, and a citer that says no province links to neither held
plan and is warned at its line."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs
from vanban.provinces import province_of_name

DOC = ('---\nnumber: "{number}"\ntype: {type}\nissuer: "{issuer}"\n{extra}date: "{date}"\ntitle: "{title}"\n---\n\n'
       "{body}\n")

CORPUS = {
    # the two provinces' Huyện ủy Châu Thành, each with its own 05-KH/HU
    "tg-hu": ("05-KH/HU", "Kế hoạch", "Huyện ủy Châu Thành", "Đảng bộ tỉnh Tiền Giang", "2025-01-10",
              "Chuyển đổi số trên địa bàn huyện", "Nội dung."),
    "bt-hu": ("05-KH/HU", "Kế hoạch", "Huyện ủy Châu Thành", "Đảng bộ tỉnh Bến Tre", "2025-02-20",
              "Cải cách hành chính trên địa bàn huyện", "Nội dung."),
    # a Tiền Giang commune (its province in its issuer's name) and a Bến Tre department (in its managing body)
    "tg-xa": ("12/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Tân Hòa, huyện Châu Thành, tỉnh Tiền Giang", "",
              "2025-03-20", "Thực hiện các kế hoạch của Huyện ủy",
              "Thực hiện Kế hoạch số 05-KH/HU ngày 10/01/2025 của Huyện ủy Châu Thành về chuyển đổi số và Kế hoạch "
              "số 07-KH/HU ngày 03/3/2025 của Huyện ủy Châu Thành về phát triển nông nghiệp, Ủy ban nhân dân xã ban "
              "hành kế hoạch thực hiện như sau."),
    "bt-so": ("215/KH-SGDĐT", "Kế hoạch", "Sở Giáo dục và Đào tạo", "UBND tỉnh Bến Tre", "2025-04-02",
              "Thực hiện các kế hoạch của Huyện ủy Châu Thành",
              "Thực hiện Kế hoạch số 05-KH/HU ngày 20/02/2025 của Huyện ủy Châu Thành về cải cách hành chính và Kế "
              "hoạch số 07-KH/HU ngày 15/3/2025 của Huyện ủy Châu Thành về giáo dục, Sở Giáo dục và Đào tạo ban "
              "hành kế hoạch thực hiện như sau."),
    # a commune that says no province: which 05-KH/HU it means nothing tells
    "xa": ("30/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Phú Hưng", "", "2025-05-05",
           "Thực hiện kế hoạch của Huyện ủy",
           "Căn cứ tình hình thực tế của địa phương,\n\nthực hiện Kế hoạch số 05-KH/HU của Huyện ủy Châu Thành, Ủy ban "
           "nhân dân xã ban hành kế hoạch như sau.\n\nThực hiện Kế hoạch số 07-KH/HU của Huyện ủy Châu Thành, các "
           "thôn tổ chức tuyên truyền."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = portal_project(tmp_path_factory.mktemp("provinces"))
    content = root / "content" / "van-ban" / "2025"
    content.mkdir(parents=True)
    for name, (number, type_, issuer, managing, date, title, body) in CORPUS.items():
        extra = f'managing_body: "{managing}"\n' if managing else ""
        (content / f"{name}.md").write_text(DOC.format(number=number, type=type_, issuer=issuer, extra=extra,
                                                       date=date, title=title, body=body), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site", result.stdout + result.stderr


def _documents(site: Path) -> dict[str, dict[str, object]]:
    data = json.loads((site / "data" / "documents.json").read_text("utf-8"))
    return {doc["id"]: doc for doc in data["documents"]}


def _held(site: Path, name: str) -> str:
    """The id of the held document built from content file *name*."""
    _, _, _, _, date, title, _ = CORPUS[name]
    (found,) = [i for i, d in _documents(site).items() if d["held"] and d["title"] == title and d["date"] == date]
    return found


def test_the_two_provinces_plans_stay_two_and_each_citer_links_its_own(built: tuple[Path, str]) -> None:
    site, _ = built
    docs = _documents(site)
    tg_hu, bt_hu, tg_xa, bt_so, xa = (_held(site, n) for n in ("tg-hu", "bt-hu", "tg-xa", "bt-so", "xa"))
    assert tg_hu != bt_hu
    assert tg_hu in docs[tg_xa]["implements"] and bt_hu not in docs[tg_xa]["implements"]  # type: ignore[operator]
    assert bt_hu in docs[bt_so]["implements"] and tg_hu not in docs[bt_so]["implements"]  # type: ignore[operator]
    assert docs[tg_hu]["implemented_by"] == [tg_xa]
    assert docs[bt_hu]["implemented_by"] == [bt_so]
    # the citer that says no province links to neither held plan, but to a page of its own that says why
    assert not {tg_hu, bt_hu} & {*docs[xa]["implements"], *docs[xa]["mentions"]}  # type: ignore[misc]
    (own,) = [i for i in docs[xa]["implements"] if docs[i]["number"] == "05-KH/HU"]  # type: ignore[union-attr]
    page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", (site / own / "index.html").read_text("utf-8"))))
    assert ("Số 05-KH/HU trùng với 2 văn bản trong kho (Kế hoạch số 05-KH/HU của Huyện ủy Châu Thành (tỉnh Bến Tre); "
            "Kế hoạch số 05-KH/HU của Huyện ủy Châu Thành (tỉnh Tiền Giang)) mà văn bản trích dẫn không cho biết là văn bản "
            "nào") in page, page


def test_the_two_provinces_cited_07_are_two_stub_pages_with_their_own_dates_and_citers(built: tuple[Path, str]) -> None:
    site, _ = built
    docs = _documents(site)
    stubs = {i: d for i, d in docs.items() if d["number"] == "07-KH/HU"}
    assert len(stubs) == 3, stubs
    by_date = {d["date"]: d["implemented_by"] for d in stubs.values()}
    # the citer that says no province: a page of its own, joined to neither province's, that says why
    assert by_date == {"2025-03-03": [_held(site, "tg-xa")], "2025-03-15": [_held(site, "bt-so")],
                       None: [_held(site, "xa")]}
    assert all(not d["held"] for d in stubs.values())
    (apart,) = [i for i, d in stubs.items() if d["date"] is None]
    page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", (site / apart / "index.html").read_text("utf-8"))))
    assert ("Văn bản trích dẫn không cho biết số này của tỉnh nào, mà trang khác cùng số, cùng tên địa phương thuộc "
            "tỉnh Bến Tre, tỉnh Tiền Giang; trang này để riêng, không gộp.") in page


def test_issuer_listing_puts_each_huyen_uy_under_its_province(built: tuple[Path, str]) -> None:
    site, _ = built
    listing = (site / "co-quan" / "index.html").read_text("utf-8")
    groups = {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">(Huyện ủy Châu Thành[^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}
    # each province: its held 05-KH/HU and the 07-KH/HU its documents cite; the unplaced citation's stub apart
    assert groups == {"Huyện ủy Châu Thành – tỉnh Tiền Giang": 2, "Huyện ủy Châu Thành – tỉnh Bến Tre": 2,
                      "Huyện ủy Châu Thành – chưa rõ tỉnh": 2}, groups


def test_an_unplaced_citation_of_a_number_two_provinces_hold_is_warned_at_its_line(built: tuple[Path, str]) -> None:
    _, output = built
    (warning,) = [line for line in output.splitlines() if "05-KH/HU" in line and "tỉnh" in line]
    assert "content/van-ban/2025/xa.md:11:" in warning, warning
    assert "tỉnh Bến Tre, tỉnh Tiền Giang" in warning and "không tự liên kết" in warning, warning
    assert "managing_body:" in warning and "province:" in warning, warning
    (apart,) = [line for line in output.splitlines() if "07-KH/HU" in line and "tỉnh" in line]
    assert "content/van-ban/2025/xa.md:13:" in apart, apart
    assert "được văn bản ở 2 tỉnh (tỉnh Bến Tre, tỉnh Tiền Giang)" in apart and "không gộp" in apart, apart


@pytest.mark.parametrize(("name", "province"), [
    ("Đảng bộ tỉnh Tiền Giang", "tỉnh Tiền Giang"),
    ("UBND tỉnh Bến Tre", "tỉnh Bến Tre"),
    ("Tỉnh ủy Bắc Kạn", "Bắc Kạn"),
    ("Đảng bộ tỉnh Thái Nguyên Đảng bộ huyện Đại Từ", "tỉnh Thái Nguyên"),
    ("Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "thành phố Cần Thơ"),
    ("Ủy ban nhân dân xã Tân Hòa, huyện Châu Thành, tỉnh Tiền Giang", "tỉnh Tiền Giang"),
    ("Huyện ủy Châu Thành", ""),
    ("Thành ủy Tam Kỳ", ""),
    ("Ban Thường vụ Tỉnh ủy", ""),
    ("Bộ Nội vụ", ""),
])
def test_the_province_a_bodys_name_says(name: str, province: str) -> None:
    assert province_of_name(name) == province
