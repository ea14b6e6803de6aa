"""Import's doubts travel with the document (issue 14 item 5): the written file keeps each header field import was
unsure of, or left empty, under ``unverified:``; `vanban check` warns at the field's line until a person deletes the
entry, `mkdocs build --strict` refuses to publish it, and the page says which fields are machine-read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import portal_project, run_mkdocs, served_pages

# A district portal's news item: no header, the document named in its lead (the common copy a clerk pastes).
NEWS = """Huyện Tân Phú: Tổ chức các hoạt động mừng Đảng, mừng Xuân

Ủy ban nhân dân huyện Tân Phú vừa ban hành Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn năm 2024.

Theo đó, các xã, thị trấn tổ chức trang trí cờ, hoa, khẩu hiệu tại trụ sở và nơi công cộng; tổ chức giải bóng đá \
thanh niên; thăm hỏi, tặng quà các gia đình chính sách.

Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc thực hiện kế hoạch.
"""
HEADER = ("number", "type", "issuer", "date", "title")


def _vanban(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vanban.cli", *args], capture_output=True, text=True)


def _warnings(run: subprocess.CompletedProcess[str]) -> list[tuple[int, str, str]]:
    """(line, field, whole line) of each problem `vanban check` printed."""
    found = [re.match(r"^.+?\.md:(\d+): (\w+): ", line) for line in run.stdout.splitlines()]
    return [(int(m.group(1)), m.group(2), m.string) for m in found if m]


def test_import_keeps_its_doubts_and_check_warns_until_a_person_deletes_them(tmp_path: Path) -> None:
    originals = tmp_path / "ban-goc"
    originals.mkdir()
    (originals / "tin-ke-hoach.txt").write_text(NEWS, "utf-8")
    content = tmp_path / "content"
    imported = _vanban("import", str(originals), "--to", str(content))
    assert imported.returncode == 1, imported.stdout + imported.stderr  # a human must look
    # what import told the clerk: the header fields it left empty or is unsure of
    told = set(re.findall(r"(?:✗ chưa xác định|\? chưa chắc) [^(]+\((\w+)\)", imported.stdout)) & set(HEADER)
    assert told == set(HEADER), imported.stdout  # a page without a header: every field read from its lead or left empty
    assert ("• đã ghi 5 thông tin chưa chắc (số ký hiệu, loại văn bản, cơ quan ban hành, ngày ban hành, trích yếu) "
            "dưới unverified: trong tệp") in imported.stdout
    (written,) = content.rglob("*.md")
    text = written.read_text("utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert set(front["unverified"]) == told and all(isinstance(w, str) and w for w in front["unverified"].values())
    assert "trang không có phần đầu văn bản" in front["unverified"]["issuer"]
    lines = text.splitlines()
    key_line = {line.split(":")[0]: n for n, line in enumerate(lines, 1) if re.match(r"^\w+:", line)}
    entry_line = {line.split(":")[0].strip(): n for n, line in enumerate(lines, 1) if line.startswith("  ") and
                  n > key_line["unverified"] and ":" in line}

    check = _vanban("check", str(content))
    assert check.returncode == 1, check.stdout + check.stderr
    assert "0 lỗi, 5 cảnh báo" in check.stderr
    warned = _warnings(check)
    assert [(line, field) for line, field, _ in warned] == [(key_line[k], k) for k in HEADER]  # at the field's line
    for _, field, said in warned:
        assert f"rồi xoá dòng {entry_line[field]} (“{field}: …”) trong unverified" in said
    number = next(said for _, field, said in warned if field == "number")
    assert "số ký hiệu để trống khi nhập, chưa được đối chiếu với bản gốc: không thấy dòng “Số: …”" in number
    assert "không ghi thì để trống" in number  # an empty number may be right: the original settles it
    issuer = next(said for _, field, said in warned if field == "issuer")
    assert "cơ quan ban hành do máy đọc khi nhập, chưa được đối chiếu với bản gốc" in issuer
    assert "đối chiếu với bản gốc, sửa nếu sai" in issuer

    # the clerk settles the issuer: one warning fewer; then the rest: clean
    written.write_text("\n".join(line for n, line in enumerate(lines, 1) if n != entry_line["issuer"]) + "\n", "utf-8")
    check = _vanban("check", str(content))
    assert "0 lỗi, 4 cảnh báo" in check.stderr and "issuer" not in {f for _, f, _ in _warnings(check)}
    settled = [line for n, line in enumerate(lines, 1) if n not in entry_line.values()]
    written.write_text("\n".join(settled) + "\n", "utf-8")
    check = _vanban("check", str(content))
    assert check.returncode == 0 and "0 lỗi, 0 cảnh báo" in check.stderr, check.stdout + check.stderr


def _page(front: str, body: str = "Nội dung kế hoạch.") -> str:
    return ("---\nnumber: \"12/KH-UBND\"\ntype: Kế hoạch\nissuer: Ủy ban nhân dân xã Tân Hòa\ndate: \"2024-01-15\"\n"
            f"title: Tổ chức các hoạt động mừng Xuân\n{front}---\n\n{body}\n")


@pytest.mark.parametrize(("front", "line", "field", "said"), [
    ("unverified:\n  - issuer\n", 7, "unverified", "sai lược đồ: giá trị “['issuer']” không đúng kiểu"),
    ("unverified: đã xem\n", 7, "unverified", "sai lược đồ: giá trị “đã xem” không hợp lệ"),
    ("unverified:\n  issuer: máy chưa chắc\n  isuer: gõ nhầm\n", 9, "unverified", "khóa không được hỗ trợ: isuer"),
    ("unverified:\n  title:\n    - một\n    - hai\n", 8, "unverified", "không đúng kiểu"),
])
def test_the_schema_judges_the_shape_at_the_entry(tmp_path: Path, front: str, line: int, field: str, said: str) -> None:
    content = tmp_path / "content" / "van-ban"
    content.mkdir(parents=True)
    (content / "12-kh-ubnd.md").write_text(_page(front), "utf-8")
    check = _vanban("check", str(tmp_path / "content"))
    assert check.returncode == 1
    problems = _warnings(check)
    assert any(n == line and f == field and said in whole for n, f, whole in problems), check.stdout


def test_a_doubt_on_a_field_not_written_is_told_at_its_entry(tmp_path: Path) -> None:
    content = tmp_path / "content" / "van-ban"
    content.mkdir(parents=True)
    (content / "12-kh-ubnd.md").write_text(_page("unverified:\n  place: không thấy dòng địa danh\n"), "utf-8")
    check = _vanban("check", str(tmp_path / "content"))
    assert check.returncode == 1 and "0 lỗi, 1 cảnh báo" in check.stderr
    ((line, field, said),) = _warnings(check)
    assert (line, field) == (8, "place") and "địa danh để trống khi nhập" in said and "xoá dòng 8" in said
    for settled in ("unverified:\n", "unverified: {}\n", ""):  # every entry deleted: nothing to say
        (content / "12-kh-ubnd.md").write_text(_page(settled), "utf-8")
        check = _vanban("check", str(tmp_path / "content"))
        assert check.returncode == 0 and "0 lỗi, 0 cảnh báo" in check.stderr, check.stdout + check.stderr


NOTE = re.compile(r'<p class="vb-banner vb-banner--unverified" role="note">([^<]*)</p>')
DOUBTED = _page('unverified:\n  issuer: "cơ quan ban hành nêu hai cơ quan"\n  title: "trích yếu đọc từ lời dẫn"\n',
                "Kế hoạch tổ chức giải bóng đá thanh niên.")


def _site(root: Path, pages: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    root.mkdir(parents=True)
    portal_project(root)
    for name, text in pages.items():
        path = root / "content" / "van-ban" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (root / "content" / "index.md").write_text("# Thử\n", "utf-8")
    return run_mkdocs(root / "mkdocs.yml", root / "site", *extra)


def test_the_page_says_so_and_a_settled_page_is_the_same_as_one_never_doubted(tmp_path: Path) -> None:
    settled = _page("unverified:  # đã đối chiếu\n")
    built = _site(tmp_path / "a", {"12-kh-ubnd.md": settled, "13-kh-ubnd.md": DOUBTED.replace("12/KH", "13/KH")})
    assert built.returncode == 0, built.stdout + built.stderr
    html = (tmp_path / "a" / "site" / "van-ban" / "2024" / "13-kh-ubnd" / "index.html").read_text("utf-8")
    assert NOTE.findall(html) == ["Thông tin đầu văn bản do máy đọc, chưa được đối chiếu với bản gốc: "
                                  "cơ quan ban hành, trích yếu."]
    assert html.index("vb-banner--unverified") < html.index('class="vb-card__fields"')  # near the header
    assert "13-kh-ubnd.md:4: issuer: cơ quan ban hành do máy đọc khi nhập" in built.stderr  # the build warns too
    never = _site(tmp_path / "b", {"12-kh-ubnd.md": _page(""), "13-kh-ubnd.md": DOUBTED.replace("12/KH", "13/KH")},
                  "--strict")
    assert never.returncode != 0 and "--strict" in never.stderr  # an unreviewed import is not published
    assert not (tmp_path / "b" / "site" / "van-ban").exists()
    again = _site(tmp_path / "c", {"12-kh-ubnd.md": _page(""), "13-kh-ubnd.md": DOUBTED.replace("12/KH", "13/KH")})
    assert again.returncode == 0, again.stdout + again.stderr
    for page in (Path("van-ban/2024/12-kh-ubnd/index.html"), Path("van-ban/2024/12-kh-ubnd/index.json")):
        assert (tmp_path / "a" / "site" / page).read_bytes() == (tmp_path / "c" / "site" / page).read_bytes()
    page = Path("van-ban/2024/12-kh-ubnd/index.html")
    data = json.loads((tmp_path / "a" / "site" / "van-ban" / "2024" / "13-kh-ubnd" / "index.json").read_text("utf-8"))
    assert data["unverified"] == ["issuer", "title"]  # open data says it too
    assert "unverified" not in json.loads((tmp_path / "c" / "site" / page.with_suffix(".json")).read_text("utf-8"))
    assert "vb-banner--unverified" not in (tmp_path / "c" / "site" / page).read_text("utf-8")


@pytest.fixture()
def doubted_site(tmp_path: Path) -> Iterator[str]:
    yield from served_pages(tmp_path / "site", {"13-kh-ubnd.md": DOUBTED.replace("12/KH", "13/KH")})


@pytest.mark.browser
def test_the_note_is_accessible_on_a_phone(page: Any, doubted_site: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(doubted_site + "van-ban/2024/13-kh-ubnd/", wait_until="load")
    note = page.get_by_role("note").filter(has_text="chưa được đối chiếu")
    assert note.count() == 1 and note.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    violations = Axe().run(page).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert page.external_requests == []
