"""A number without a code ("Chỉ thị số 17", a cut "Thông tư 14/2018") says neither its type nor its issuer: on the
built site (the real ``mkdocs build``) two such citations of one district with different types or bodies are two stub
pages, not one, and each is a warning at its line; the same citation twice is still one page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs

DOC = ('---\nnumber: "{number}"\ntype: Kế hoạch\nissuer: "Ủy ban nhân dân huyện Đông Anh"\ndate: "2025-03-07"\n'
       'title: "{title}"\nplace: "Đông Anh"\n---\n{body}\n')

BODIES = {
    "a": ("1/KH-UBND", "Thực hiện Chỉ thị số 17 ngày 02/3/2025 của UBND huyện về phòng cháy."),
    "b": ("2/KH-UBND", "Thực hiện Nghị quyết số 17 ngày 05/01/2025 của HĐND huyện về đầu tư công."),
    "c": ("3/KH-UBND", "Căn cứ Thông tư 14/2018 của Bộ Giáo dục và Đào tạo;\n\nCăn cứ Quyết định 14/2018 của UBND huyện."),
    "d": ("4/KH-UBND", "Thực hiện Chỉ thị số 17 ngày 02/3/2025 của UBND huyện về phòng cháy, xã tổ chức diễn tập."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = portal_project(tmp_path_factory.mktemp("codeless"))
    content = root / "content" / "van-ban" / "2025"
    content.mkdir(parents=True)
    for name, (number, body) in BODIES.items():
        (content / f"{name}.md").write_text(DOC.format(number=number, title=f"Kế hoạch {name}", body=body), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site", result.stdout + result.stderr


def stub_pages(site: Path, number: str) -> dict[str, Path]:
    """The stub pages of *number*, by the type their heading names."""
    found: dict[str, Path] = {}
    for page in sorted((site / "van-ban").glob("*/*/index.html")):
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page.read_text("utf-8"))))
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text("utf-8"), flags=re.S)
        if heading and f"Số ký hiệu {number} " in text:
            found[html.unescape(re.sub(r"<[^>]+>|\s+", " ", heading.group(1))).split(f" {number}")[0].removesuffix(" số").strip()] = page
    return found


def test_a_bare_serial_of_two_types_is_two_stub_pages(built: tuple[Path, str]) -> None:
    site, _ = built
    pages = stub_pages(site, "17")
    assert set(pages) == {"Chỉ thị", "Nghị quyết"}, pages
    records = json.loads((site / "data" / "documents.json").read_text("utf-8"))["documents"]
    stubs = [record for record in records if record.get("number") == "17"]
    assert len(stubs) == 2 and not any(record.get("held") for record in stubs)


def test_a_cut_number_of_two_types_is_two_stub_pages(built: tuple[Path, str]) -> None:
    site, _ = built
    assert set(stub_pages(site, "14/2018")) == {"Thông tư", "Quyết định"}


def test_the_same_codeless_citation_twice_is_one_page_linked_from_both(built: tuple[Path, str]) -> None:
    site, _ = built
    chi_thi = stub_pages(site, "17")["Chỉ thị"]
    text = chi_thi.read_text("utf-8")
    assert "Kế hoạch a" in text and "Kế hoạch d" in text and "Kế hoạch b" not in text


def test_each_citation_kept_apart_is_a_warning_at_its_line(built: tuple[Path, str]) -> None:
    _, log = built
    warned = re.findall(r"(content/van-ban/2025/\w\.md):(\d+): trích dẫn: số (\S+) không có ký hiệu", log)
    assert sorted(warned) == sorted([
        ("content/van-ban/2025/a.md", "9", "17"), ("content/van-ban/2025/b.md", "9", "17"),
        ("content/van-ban/2025/c.md", "9", "14/2018"), ("content/van-ban/2025/c.md", "11", "14/2018"),
    ]), log
    assert "ghi đủ số và ký hiệu văn bản trong câu trích dẫn" in log
