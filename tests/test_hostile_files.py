"""Hostile files and front matter (issue 12 items 3, 4, 6; issue 18 items 9, 10): links, FIFOs, loops,
active attachments, reserved paths, collisions, YAML bombs and coercions, control characters, dates,
replaces cycles. Each named by check at file:line; never a traceback, never a hang."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import blank_pdf, portal_project, run_mkdocs
from vanban.arrival import read_ledger
from vanban.build import build_site
from vanban.cli import main
from vanban.corpus import load_corpus, parse_text
from vanban.search import script as search_script
from vanban.site import SiteConfig

DOC = """---
# yaml-language-server: $schema=../schema.json
number: {number}
type: Kế hoạch
issuer: {issuer}
date: 2025-03-01
title: {title}
{extra}---
Nội dung văn bản.
{body}
"""
PDF = blank_pdf()


def make_doc(number: str = "1/KH-UBND", issuer: str = "Ủy ban nhân dân xã Tân Hòa", title: str = "Kế hoạch thử",
        extra: str = "", body: str = "") -> str:
    return DOC.format(number=number, issuer=issuer, title=title, extra=extra, body=body)


def check(root: Path) -> subprocess.CompletedProcess[str]:
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content"], cwd=root,
                         capture_output=True, text=True, timeout=120)
    assert "Traceback" not in run.stdout + run.stderr
    return run


@pytest.fixture(scope="module")
def files_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = portal_project(tmp_path_factory.mktemp("files"))
    content = root / "content"
    (content / "a").mkdir(parents=True)
    (content / "a.md").write_text(make_doc(), "utf-8")
    attach = content / "a"
    (attach / "ok.pdf").write_bytes(PDF)
    (attach / "evil.html").write_text("<script>alert(1)</script>", "utf-8")
    (attach / "evil.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "utf-8")
    (attach / "evil.js").write_text("alert(1)", "utf-8")
    (attach / "evil.xhtml").write_text("<html/>", "utf-8")
    (attach / "fake.pdf").write_text("<html><script>alert(1)</script></html>", "utf-8")
    (attach / "sub1").mkdir()
    (attach / "sub2").mkdir()
    (attach / "sub1" / "same.pdf").write_bytes(PDF)
    (attach / "sub2" / "same.pdf").write_bytes(blank_pdf(2))
    os.symlink("/etc/passwd", attach / "lien-ket.pdf")
    os.symlink("/etc/passwd", content / "passwd.md")
    os.symlink("/etc", content / "etc")
    os.symlink("/khong/co/dau", content / "treo.md")
    os.mkfifo(content / "fifo.md")
    os.symlink(".", content / "vong-1")
    os.symlink("..", attach / "vong-2")
    (content / "x.markdown").write_text(make_doc(number="2/KH-UBND"), "utf-8")
    (content / "y.mkd").write_text(make_doc(number="3/KH-UBND"), "utf-8")
    (content / "index.md").write_text(make_doc(number="4/KH-UBND"), "utf-8")
    (content / "tim-kiem").mkdir()
    (content / "tim-kiem" / "index.md").write_text(make_doc(number="5/KH-UBND"), "utf-8")
    (content / "assets" / "vanban").mkdir(parents=True)
    (content / "assets" / "vanban" / "search.js").write_text("alert(1)", "utf-8")
    (content / "lac.pdf").write_bytes(PDF)
    (content / "loi.md").write_text(make_doc(number="6/KH-UBND", title='""'), "utf-8")
    (content / "loi").mkdir()
    (content / "loi" / "mat.pdf").write_bytes(PDF)
    return root


def test_check_names_every_hostile_file(files_project: Path) -> None:
    started = time.monotonic()
    run = check(files_project)
    assert time.monotonic() - started < 60  # two symlink loops and a FIFO: no hang
    assert run.returncode == 1
    out = run.stdout
    for path in ("a/lien-ket.pdf", "passwd.md", "etc", "treo.md", "vong-1", "a/vong-2"):
        assert f"content/{path}:1: tệp: là liên kết tượng trưng (symlink)" in out, path
    assert "content/fifo.md:1: tệp: không phải tệp thường" in out
    assert "content/x.markdown:1: tệp: tệp Markdown đuôi .markdown" in out and "content/y.mkd:1:" in out
    for name in ("evil.html", "evil.svg", "evil.js", "evil.xhtml"):
        assert any(line.startswith("content/a.md:") and name in line and "chạy mã" in line for line in out.splitlines())
    assert any("fake.pdf" in line and "HTML/XML" in line for line in out.splitlines())
    assert any("sub1/same.pdf" in line and "sub2/same.pdf" in line for line in out.splitlines())
    assert "content/index.md:1: tệp: tên tệp index.md dành cho trang do vanban tạo" in out
    assert "content/tim-kiem/index.md:1: tệp: tên tệp index.md" in out
    assert "content/assets/vanban/search.js:1: tệp: tệp nằm ở chỗ dành cho tệp của giao diện" in out
    assert "content/lac.pdf:1: tệp: tệp không thuộc văn bản nào" in out
    assert "không xuất bản content/loi.md: có lỗi ở dòng" in run.stderr


def test_lenient_build_publishes_only_what_vanban_allows(files_project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    started = time.monotonic()
    run = run_mkdocs(files_project / "mkdocs.yml", site)
    assert time.monotonic() - started < 120
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    published = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert "van-ban/2025/1-kh-ubnd/ok.pdf" in published
    names = {p.rsplit("/", 1)[-1] for p in published}
    assert not names & {"evil.html", "evil.svg", "evil.js", "evil.xhtml", "fake.pdf", "lien-ket.pdf", "mat.pdf",
                        "lac.pdf", "passwd", "hostname"}
    assert not any(p.startswith(("etc/", "vong-1/", "a/")) for p in published)
    assert "root:x:0:0" not in "".join(p.read_text("latin-1") for p in site.rglob("*") if p.is_file()
                                       and p.stat().st_size < 2_000_000)
    assert (site / "assets/vanban/search.js").read_bytes() == search_script.source()
    # One of the two same-named attachments is published, and the page lists only what is published.
    page = (site / "van-ban/2025/1-kh-ubnd/index.html").read_text("utf-8")
    assert "same.pdf" in published.__str__() and "evil" not in page
    # Count in = count out: every document-like entry is counted and said not published with its reason.
    assert "không xuất bản content/fifo.md" in run.stderr and "không xuất bản content/passwd.md" in run.stderr
    assert "không xuất bản content/index.md: tên tệp dành riêng" in run.stderr
    assert "không xuất bản content/loi.md: có lỗi ở dòng" in run.stderr


def test_strict_build_stops_before_writing_anything_from_content(files_project: Path, tmp_path: Path) -> None:
    site = tmp_path / "strict"
    run = run_mkdocs(files_project / "mkdocs.yml", site, "--strict")
    assert run.returncode != 0
    assert "dừng trước khi ghi" in run.stderr
    assert not [p for p in site.rglob("*") if p.is_file()] if site.exists() else True


# --- front matter ------------------------------------------------------------------------------------


def _problems(text: str) -> list[str]:
    _, problems = parse_text("van-ban/x.md", text)
    return [p.format() for p in problems]


def test_yaml_alias_bomb_is_refused_at_once() -> None:
    bomb = "---\n" + "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)) + "---\nx\n"
    assert len(bomb) < 1000
    started = time.monotonic()
    problems = _problems(bomb)
    assert time.monotonic() - started < 2
    assert any(":3: front matter: YAML dùng bí danh" in p for p in problems), problems


def test_merge_keys_and_python_tags_do_nothing() -> None:
    text = ("---\nbase: &b {type: Kế hoạch}\n<<: *b\nnumber: !!python/object/apply:os.system [\"echo pwned\"]\n"
            "---\nx\n")
    assert any("bí danh" in p for p in _problems(text))
    doc, _ = parse_text("x.md", doc_text := "---\nnumber: !!python/object/apply:os.system [\"echo x\"]\n---\nx\n")
    assert doc is None or "pwned" not in doc_text


@pytest.mark.parametrize(("value", "expected"), [
    ("010", "010"), ("7:30", "7:30"), ("1.50", "1.50"), ("1e3", "1e3"), ("0x1F", "0x1F"), ("yes", "yes"),
    ("off", "off"), ("2025-03-07", "2025-03-07"), ("!!int 010", "010"), ("'010'", "010"), ("12_000", "12_000"),
])
def test_scalars_are_read_as_written(value: str, expected: str) -> None:
    doc, _ = parse_text("x.md", make_doc(number=value, title=value))
    assert doc is not None
    assert doc.title == expected
    assert doc.number == expected


@pytest.mark.parametrize("title", ['"Kế hoạch\\x01"', '"Kế hoạch\\0 thử"', '"gpj\\u202Eexe"', '"a\\x1bb"', '"a\\x85b"'])
def test_control_characters_in_fields_are_errors_naming_the_field(title: str) -> None:
    doc, problems = parse_text("x.md", make_doc(title=title))
    assert any(p.field == "title" and "ký tự điều khiển" in p.message and p.line == 7 for p in problems), problems
    assert doc is not None and not any(c in doc.title for c in "\x00\x01\x1b\x85\u202e")


def test_control_characters_in_the_body_are_reported_at_their_line_and_removed() -> None:
    doc, problems = parse_text("x.md", make_doc(body="dòng hai\nnull \x00 ở đây\nchuông \x07"))
    lines = sorted(p.line for p in problems if p.field == "nội dung")
    assert lines == [11, 12]
    assert doc is not None and "\x00" not in doc.body and "\x07" not in doc.body


@pytest.mark.parametrize(("date", "words"), [
    ("0000-01-01", "ngoài khoảng 1945–2100"), ("1899-12-31", "ngoài khoảng"), ("2101-01-01", "ngoài khoảng"),
    ("31/02/2025", "không tồn tại"), ("2025-02-31", "không tồn tại"), ("07/03/2025", "2025-03-07"),
])
def test_impossible_dates_are_errors_with_the_fix(date: str, words: str) -> None:
    text = make_doc().replace("date: 2025-03-01", f"date: {date}")
    problems = [p for p in parse_text("x.md", text)[1] if p.field == "date"]
    assert problems and words in problems[0].message and problems[0].line == 6, problems
    assert "2025-03-07" in problems[0].fix


def test_vanban_new_refuses_a_date_outside_the_range(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "new", "--to", str(tmp_path), "--type", "Kế hoạch",
                          "--number", "1/KH-UBND", "--issuer", "UBND xã A", "--date", "0000-01-01", "--title", "Thử"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and "1945" in run.stderr
    assert not list(tmp_path.rglob("*.md"))


def test_yaml_errors_are_vietnamese_at_the_right_line() -> None:
    problems = _problems("---\nnumber: 1/KH\ntype: Kế hoạch\ntitle: Kế hoạch: thử: sai\nissuer: x\n---\nx\n")
    assert len(problems) == 1 and problems[0].startswith("van-ban/x.md:4: front matter: lỗi cú pháp YAML: dấu hai chấm")
    for english in ("mapping", "values", "allowed", "found", "expected"):
        assert english not in problems[0]


def test_a_missing_field_is_reported_where_it_belongs_not_at_the_schema_comment() -> None:
    text = make_doc().replace("title: Kế hoạch thử\n", "")
    problems = [p for p in parse_text("x.md", text)[1] if p.field == "title"]
    assert problems and problems[0].line == 6  # after date (line 6), not line 2 (the schema comment)


# --- relations, addresses, sizes ----------------------------------------------------------------------


def _corpus(tmp_path: Path, files: dict[str, str]) -> tuple[list[str], object]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    corpus = load_corpus(tmp_path)
    site = build_site(corpus, SiteConfig(), check_only=True).site
    return [p.format() for p in corpus.problems + site.problems], corpus


def test_replaces_cycles_and_self_replacement_are_reported(tmp_path: Path) -> None:
    problems, _ = _corpus(tmp_path, {
        "a.md": make_doc(number="1/QĐ-UBND", extra="replaces: [2/QĐ-UBND]\n"),
        "b.md": make_doc(number="2/QĐ-UBND", extra="replaces: [1/QĐ-UBND]\n"),
        "c.md": make_doc(number="3/QĐ-UBND", extra="replaces: [3/QĐ-UBND]\n"),
    })
    assert any(": replaces: vòng thay thế" in p for p in problems), problems
    assert any(p.startswith("c.md:8: replaces: văn bản tự thay thế chính nó") for p in problems), problems


def test_an_address_does_not_change_when_another_document_takes_its_number(tmp_path: Path) -> None:
    first = tmp_path / "300-ldld.md"
    first.write_text(make_doc(number="300/LĐLĐ", issuer="Liên đoàn Lao động huyện DMC"), "utf-8")
    before = load_corpus(tmp_path).documents[0].url
    os.utime(first, (1_700_000_000, 1_700_000_000))
    (tmp_path / "0-300-ldld.md").write_text(make_doc(number="300/LĐLĐ", issuer="Ban Thường vụ Liên đoàn Lao động huyện DMC"),
                                            "utf-8")
    corpus = load_corpus(tmp_path)
    urls = {d.source: d.url for d in corpus.documents}
    assert urls["300-ldld.md"] == before == "van-ban/2025/300-ldld/"
    assert urls["0-300-ldld.md"].startswith("van-ban/2025/300-ldld-")
    assert any(p.path == "0-300-ldld.md" and p.field == "number" and "có thể là cùng một văn bản" in p.message
               for p in corpus.problems)



def _two_sharing_a_number(tmp_path: Path) -> tuple[Path, Path]:
    """Outside git: 300-ldld.md, then (later by its modification time) 0-300-ldld.md, one number."""
    first, second = tmp_path / "300-ldld.md", tmp_path / "0-300-ldld.md"
    first.write_text(make_doc(number="300/LĐLĐ", issuer="Liên đoàn Lao động huyện DMC"), "utf-8")
    second.write_text(make_doc(number="300/LĐLĐ", issuer="Ủy ban nhân dân xã A"), "utf-8")
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(second, (1_700_000_100, 1_700_000_100))
    return first, second


def _edit(path: Path) -> None:
    """An editor's save: a sentence more, a new modification time (after every other file's)."""
    path.write_text(path.read_text("utf-8") + "\nMột câu sửa lỗi chính tả.\n", "utf-8")
    os.utime(path, (1_800_000_000, 1_800_000_000))


def test_outside_git_an_edit_does_not_move_an_address(tmp_path: Path) -> None:
    first, _ = _two_sharing_a_number(tmp_path)
    known: dict[str, float] = {}
    before = {d.source: d.url for d in load_corpus(tmp_path, arrivals=known).documents}
    assert before["300-ldld.md"] == "van-ban/2025/300-ldld/"
    assert known == {"300-ldld.md": 1_700_000_000, "0-300-ldld.md": 1_700_000_100}
    _edit(first)
    after = {d.source: d.url for d in load_corpus(tmp_path, arrivals=known).documents}
    assert after == before
    # Without the ledger the modification time is all there is: the edited document would move.
    assert load_corpus(tmp_path).by_source()["300-ldld.md"].url != before["300-ldld.md"]
    (tmp_path / "0-300-ldld.md").unlink()
    load_corpus(tmp_path, arrivals=known)
    assert known == {"300-ldld.md": 1_700_000_000}  # a file gone is forgotten


def test_outside_git_an_edit_between_two_builds_keeps_the_address(tmp_path: Path) -> None:
    """The real ``mkdocs build`` twice, the ledger kept in the build cache's folder (pruning keeps it)."""
    root = portal_project(tmp_path)
    (root / "content").mkdir()
    first, _ = _two_sharing_a_number(root / "content")
    (root / ".cache" / "vanban" / "old-generation").mkdir(parents=True)  # pruned, the ledger is not
    env = {"VANBAN_CACHE_DIR": ".cache/vanban"}
    for build in (1, 2):
        if build == 2:
            _edit(first)
        run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d",
                              str(tmp_path / "site")], capture_output=True, text=True, cwd=root,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})
        assert run.returncode == 0, run.stderr
        page = (tmp_path / "site" / "van-ban" / "2025" / "300-ldld" / "index.html").read_text("utf-8")
        assert "Liên đoàn Lao động huyện DMC" in page, build
    assert (root / ".cache" / "vanban" / "arrivals.json").is_file()
    assert not (root / ".cache" / "vanban" / "old-generation").exists()
    assert "Một câu sửa lỗi chính tả." in page


def test_check_gives_the_addresses_the_build_gave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`vanban check` reads the arrivals ledger the builds keep: after an edit it names the same address
    for the newcomer as the site has, not the one the modification times alone would give."""
    root = portal_project(tmp_path)
    (root / "content").mkdir()
    first, second = _two_sharing_a_number(root / "content")
    second.write_text(make_doc(number="300/LĐLĐ", issuer="Ban Thường vụ Liên đoàn Lao động huyện DMC"), "utf-8")
    os.utime(second, (1_700_000_100, 1_700_000_100))
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d",
                          str(tmp_path / "site")], capture_output=True, text=True, cwd=root,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr
    assert "0-300-ldld.md:3: number: số 300/LĐLĐ trùng với 300-ldld.md" in run.stderr
    newcomer = re.search(r"trang này có địa chỉ (/van-ban/\S+/)", run.stderr)
    assert newcomer and newcomer.group(1) != "/van-ban/2025/300-ldld/"
    _edit(first)
    assert main(["check", str(root / "content")]) == 1
    out = capsys.readouterr().out
    assert "0-300-ldld.md:3: number: số 300/LĐLĐ trùng với 300-ldld.md" in out
    assert f"trang này có địa chỉ {newcomer.group(1)}" in out
    monkeypatch.setenv("VANBAN_CACHE_DIR", "no-such-cache")  # no ledger: the edited file is the newcomer
    main(["check", str(root / "content")])
    assert "content/300-ldld.md:3: number: số 300/LĐLĐ trùng với 0-300-ldld.md" in capsys.readouterr().out


_SHAPES = {
    "lines": "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 trước ngày 15/3/2025.\n",
    "one line": "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024, trước ngày 15/3/2025; ",
    "markup": "[[[[ `` <<<< ]( Nghị quyết số 57-NQ/TW ",
    "tags": "<b>x</b> Nghị quyết số 57-NQ/TW <i>y</i>\n",
}


def _check_time(body: str, tmp_path: Path) -> float:
    (tmp_path / "a.md").write_text(make_doc(body=body), "utf-8")
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        build_site(load_corpus(tmp_path), SiteConfig(), check_only=True)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", list(_SHAPES))
def test_check_is_linear_in_the_body(shape: str, tmp_path: Path) -> None:
    unit = _SHAPES[shape]
    small = _check_time(unit * (32_000 // len(unit)), tmp_path)
    large = _check_time(unit * (320_000 // len(unit)), tmp_path)
    assert large < 20 * small + 0.05, (shape, small, large)  # 10× the input, under 20× the time


def test_feeds_stay_well_formed_xml_after_control_characters(tmp_path: Path) -> None:
    root = portal_project(tmp_path)
    (root / "content").mkdir()
    (root / "content" / "a.md").write_text(make_doc(title='"Kế hoạch \\x01\\x0b thử"', body="nội \x00 dung \x1b"), "utf-8")
    (root / "content" / "b.md").write_text(make_doc(number="2/KH-UBND"), "utf-8")
    run = run_mkdocs(root / "mkdocs.yml", tmp_path / "site")
    assert run.returncode == 0, run.stderr
    for path in (tmp_path / "site").rglob("*.xml"):
        ET.parse(path)  # raises on a control character


def test_a_problem_is_one_printable_line_whatever_the_file_holds() -> None:
    _, problems = parse_text("x\x1b[31m.md", make_doc(extra='"ti\\x1b[2Jtle\\n": x\n'))
    lines = [p.format() for p in problems]
    assert lines and all("\x1b" not in line and "\n" not in line for line in lines), lines


def test_a_damaged_arrivals_ledger_is_read_as_far_as_it_is_sound(tmp_path: Path) -> None:
    """The build cache's arrivals.json is read without a traceback whatever it holds: a number too large for
    a float (it raised OverflowError), an infinity, a string are dropped; the sound entries are kept."""
    (tmp_path / "arrivals.json").write_text(
        '{"a.md": ' + "9" * 400 + ', "b.md": 1e400, "c.md": "x", "d.md": 1700000000.5}', encoding="utf-8")
    assert read_ledger(tmp_path) == {"d.md": 1700000000.5}
