"""How the built demo portal writes dates, brackets, trích yếu and its 404 page for a reader (issue 18, items 4 and 7)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vanban.dates import PartialDate

NBSP = "\u00a0"


def visible_text(html: str) -> str:
    """The page's text outside the document body (written by the clerk) and scripts, spaces collapsed
    (the print layout's blanks are no-break spaces and stay)."""
    html = re.sub(r'<section class="vb-body".*?</section>', "", html, flags=re.S)
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("date", "written"), [
    (PartialDate(2025, 3, 7), "ngày 07/03/2025"),
    (PartialDate(2025, 2), "tháng 02/2025 (chưa ghi ngày)"),
    (PartialDate(2025), "năm 2025 (chưa ghi ngày, tháng)"),
])
def test_a_date_after_a_name_never_reads_ngay_thang(date: PartialDate, written: str) -> None:
    assert date.dated() == written


@pytest.mark.parametrize(("date", "line"), [
    (PartialDate(2025, 3, 7), "ngày 07 tháng 3 năm 2025"),
    (PartialDate(2025, 1, 5), "ngày 05 tháng 01 năm 2025"),
    (PartialDate(2025, 2, 28), "ngày 28 tháng 02 năm 2025"),
    (PartialDate(2024, 12, 22), "ngày 22 tháng 12 năm 2024"),
    (PartialDate(2025, 10, 1), "ngày 01 tháng 10 năm 2025"),
    (PartialDate(2025, 2), "ngày _ tháng 02 năm 2025"),
    (PartialDate(2025), "ngày _ tháng _ năm 2025"),
])
def test_print_date_line_follows_nghi_dinh_30(date: PartialDate, line: str) -> None:
    """Nghị định 30/2020 Phụ lục I: days under 10 and months 1 and 2 get a leading zero, no other month."""
    assert date.date_line("_") == line


def test_no_page_writes_ngay_before_a_partial_date_or_doubled_brackets(built_site: Path) -> None:
    nested = re.compile(r"\([^()]*\([^()]*\)[^()]*\)|\) \(")
    found = []
    for path in sorted(built_site.rglob("*.html")):
        text = visible_text(path.read_text(encoding="utf-8"))
        for pattern in (re.compile(r"ngày (tháng|năm)\b"), nested):
            found += [f"{path.relative_to(built_site)}: …{text[max(0, m.start() - 40):m.end() + 20]}…"
                      for m in pattern.finditer(text)]
    assert found == []
    page = visible_text((built_site / "van-ban/2025/300-ldld/index.html").read_text(encoding="utf-8"))
    assert "Ngày ban hành tháng 02/2025 (chưa ghi ngày)" in page
    assert "Địa danh (nơi ban hành) Huyện DMC" in page
    cascade = (built_site / "van-ban/2024/57-nq-tw/index.html").read_text(encoding="utf-8")
    assert '</a><span class="vb-cascade__date">, ngày 10/01/2025</span>' in cascade  # no space before the comma
    assert '> <span class="vb-cascade__date">' not in cascade


def test_print_layout_date_lines(built_site: Path) -> None:
    def line(url: str) -> str:
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        match = re.search(r'vb-print-head__date"><em>([^<]*)', html)
        assert match, url
        return match.group(1)

    blank = NBSP * 6
    assert line("van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07") == \
        "Tam Kỳ, ngày 07 tháng 3 năm 2025"
    assert line("van-ban/2025/300-ldld") == f"Huyện DMC, ngày {blank} tháng 02 năm 2025"


def test_trich_yeu_in_lists_starts_with_a_capital(built_site: Path) -> None:
    titles = [t for path in built_site.rglob("*.html")
              for t in re.findall(r'class="vb-row__title"[^>]*>([^<]+)<', path.read_text(encoding="utf-8"))]
    assert titles
    assert [t for t in titles if t[:1].isalpha() and not t[:1].isupper()] == []
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert ">Tuyên truyền Nghị quyết số 57-NQ/TW" in home


def test_inferred_relation_says_what_and_from_where(built_site: Path) -> None:
    html = (built_site / "van-ban/2019/52-nq-tw/index.html").read_text(encoding="utf-8")
    text = visible_text(html)
    assert "suy luận Quan hệ này không do hai văn bản tự ghi mà được suy ra từ phần mô tả trong Công văn số 300/LĐLĐ ." in text
    assert 'title="Suy ra' not in html  # nothing is said only on hover


def test_404_page_is_vietnamese_and_useful(built_site: Path) -> None:
    html = (built_site / "404.html").read_text(encoding="utf-8")
    text = visible_text(html)
    assert "Not found" not in text
    assert "Không tìm thấy trang" in text
    assert re.search(r'<form[^>]*action="[^"]*/tim-kiem/"[^>]*role="search"', html)
    assert re.search(r'<a href="[^"]*/">Về trang chủ</a>', html)
