"""Document bodies rendered by the core: CommonMark with tables, folded heading ids, links that lead somewhere."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import blank_pdf, portal_project, run_mkdocs
from vanban.body import relative_links, render

DOC = """---
number: 7/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-07
title: Kế hoạch thử liên kết
attachments:
  - {{path: "7-kh-ubnd/Phụ lục 1.pdf", title: Phụ lục}}
---
# I. MỤC ĐÍCH, YÊU CẦU

## 1. Mục đích

Xem [phụ lục](7-kh-ubnd/Phụ%20lục%201.pdf), [văn bản thứ hai](8-kh-ubnd.md#ii-noi-dung) và [trang chủ](https://example.gov.vn/).

## 1. Mục đích

Nơi nhận:
- Như trên;
- Lưu: VT.

| Việc | Hạn |
|---|---|
| Báo cáo | 30/6/2025 |

Xem thêm [tệp không có](khong-co.pdf).

Đã có liên kết: [Kế hoạch số 8/KH-UBND](8-kh-ubnd.md); mã: `Kế hoạch số 8/KH-UBND`.
"""

OTHER = """---
number: 8/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-08
title: Kế hoạch thứ hai
---
# II. NỘI DUNG
"""


def test_headings_get_folded_unique_ids_and_nest() -> None:
    out = render("# I. MỤC ĐÍCH, YÊU CẦU\n\n## 1. Đường\n\n## 1. Đường\n\n# II. NỘI DUNG\n")
    assert '<h2 id="i-muc-dich-yeu-cau">' in out.html  # đ folds to d, not dropped; under the page's h1
    assert '<h3 id="1-duong-2">' in out.html
    assert [(h.id, [c.id for c in h.children]) for h in out.headings] == [
        ("i-muc-dich-yeu-cau", ["1-duong", "1-duong-2"]), ("ii-noi-dung", [])]


def test_commonmark_list_right_after_a_line_and_tables() -> None:
    out = render("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").html
    assert "<ul>\n<li>Như trên;</li>" in out  # as GitHub's preview shows it
    assert '<table tabindex="0">' in out and "<td>2</td>" in out


def test_relative_links_found_with_their_lines_and_resolved() -> None:
    body = "Đoạn.\n\n[a](x.md) [b](https://a.vn/) [c](#neo) ![d](anh.png)\n"
    assert [(link.href, link.line) for link in relative_links(body)] == [("x.md", 3), ("anh.png", 3)]
    out = render(body, lambda href: "../x/" if href == "x.md" else None).html
    assert 'href="../x/"' in out and 'src="anh.png"' in out and 'href="https://a.vn/"' in out
    assert 'href="javascript' not in render("[x](javascript:alert(1))").html


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("body")
    portal_project(root)
    folder = root / "content" / "van-ban" / "2025"
    (folder / "7-kh-ubnd").mkdir(parents=True)
    (folder / "7-kh-ubnd" / "Phụ lục 1.pdf").write_bytes(blank_pdf())
    (folder / "7-kh-ubnd.md").write_text(DOC.format(), "utf-8")
    (folder / "8-kh-ubnd.md").write_text(OTHER, "utf-8")
    return root


def test_built_page_links_and_contents(project: Path) -> None:
    result = run_mkdocs(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    page = (project / "site/van-ban/2025/7-kh-ubnd/index.html").read_text("utf-8")
    assert 'href="Ph%E1%BB%A5%20l%E1%BB%A5c%201.pdf">phụ lục</a>' in page  # the copy beside the page
    assert 'href="../8-kh-ubnd/#ii-noi-dung">văn bản thứ hai</a>' in page
    assert (project / "site/van-ban/2025/7-kh-ubnd/Phụ lục 1.pdf").is_file()
    toc = page.split('md-nav--secondary', 1)[1].split("</nav>", 1)[0]
    assert 'href="#1-muc-dich"' in toc and 'href="#1-muc-dich-2"' in toc  # Material lists the h1's children
    assert "<td>30/6/2025</td>" in page
    # A citation already inside a link or code is left alone: no link inside a link.
    assert '<a href="../8-kh-ubnd/">Kế hoạch số 8/KH-UBND</a>' in page
    assert "<code>Kế hoạch số 8/KH-UBND</code>" in page
    assert not re.search(r"<a [^>]*>[^<]*<a ", page)
    warning = re.search(r"WARNING.*7-kh-ubnd\.md:(\d+): nội dung: liên kết “khong-co\.pdf”", result.stderr)
    assert warning and int(warning.group(1)) == DOC.format().splitlines().index("Xem thêm [tệp không có](khong-co.pdf).") + 1
    assert "8-kh-ubnd.md" not in html.unescape(result.stderr)  # a link to a document is no broken link


def test_check_and_strict_build_report_the_broken_link(project: Path) -> None:
    check = subprocess.run([sys.executable, "-m", "vanban.cli", "check", str(project / "content")],
                           capture_output=True, text=True)
    assert check.returncode == 1
    assert re.search(r"7-kh-ubnd\.md:\d+: nội dung: liên kết “khong-co\.pdf” dẫn tới tệp không có", check.stdout)
    strict = run_mkdocs(project / "mkdocs.yml", project / "site-strict", "--strict")
    assert strict.returncode == 1
