"""What a warm build takes from the cache never leaves a neighbour's page or file stale: an edit to one document
changes the pages and files of others (a unit's page and calendar, whose events are kept by what they are made of;
the plan's tracking), and the site equals a build without any cache, byte for byte. Also the stage memo, whose
file is written only when enough changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_build_cache import demo_project, entries, kept_pages, tree

from conftest import run_mkdocs
from vanban.cache import code_fingerprint
from vanban.documents import Document
from vanban.fingerprint import Fingerprinter
from vanban.stage_memo import REWRITE_SHARE, DocumentMemo

pytestmark = pytest.mark.build

PLAN = Path("content/van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy.md")
UNIT = "don-vi/ubnd-huyen/"


def test_an_edit_to_a_task_changes_its_units_page_and_calendar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    before = tree(tmp_path / "before")
    assert b"DTSTART;VALUE=DATE:20250310" in before[UNIT + "lich.ics"]
    assert entries(project / ".cache" / "vanban", "unit-events")  # the units' events kept
    source = project / PLAN
    text = source.read_text(encoding="utf-8")
    assert "hoàn thành trước 10/3/2025." in text
    source.write_text(text.replace("hoàn thành trước 10/3/2025.", "hoàn thành trước 20/3/2025."), encoding="utf-8")

    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "after", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert kept_pages(warm.stderr) > 0
    after = tree(tmp_path / "after")
    assert b"DTSTART;VALUE=DATE:20250320" in after[UNIT + "lich.ics"]  # the unit's calendar
    assert b"20250310" not in after[UNIT + "lich.ics"]
    assert after[UNIT + "index.html"] != before[UNIT + "index.html"]  # the unit's page shows the new due date
    for other in ("don-vi/dang-bo-xa-an-binh-mau/lich.ics", "don-vi/uy-ban-mttq-viet-nam-huyen/lich.ics"):
        assert after[other] == before[other]
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert after == tree(tmp_path / "cold")

    # and back: the warm build takes the first events again (from the cache) and gives the first site
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    source.write_text(text, encoding="utf-8")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "again", "--strict").returncode == 0
    assert tree(tmp_path / "again") == before


def test_the_memo_is_written_when_enough_changed(tmp_path: Path) -> None:
    docs = [Document(f"{i}.md", f"{i}/KH", "Kế hoạch", "UBND", f"văn bản {i}") for i in range(REWRITE_SHARE * 3)]
    memo: DocumentMemo[int] = DocumentMemo(str(tmp_path), "t", Fingerprinter(), lambda v: isinstance(v, int))
    assert [memo.get(d, lambda d=d: int(d.source[:-3])) for d in docs] == list(range(len(docs)))
    memo.save()
    path = tmp_path / code_fingerprint() / "memo-t.pickle"
    written = path.read_bytes()
    # one document of many changed: its result made again, the file left as it was (the next build makes it again)
    edited = [Document("0.md", "0/KH", "Kế hoạch", "UBND", "đã sửa"), *docs[1:]]
    again: DocumentMemo[int] = DocumentMemo(str(tmp_path), "t", Fingerprinter(), lambda v: isinstance(v, int))
    assert [again.get(d, lambda: -1) for d in edited] == [-1, *range(1, len(docs))] and again.made == 1
    again.save()
    assert path.read_bytes() == written
    # enough changed: written, with this build's results only
    more = [Document(f"{i}.md", f"{i}/KH", "Kế hoạch", "UBND", "đã sửa") for i in range(3)] + docs[3:]
    third: DocumentMemo[int] = DocumentMemo(str(tmp_path), "t", Fingerprinter(), lambda v: isinstance(v, int))
    assert [third.get(d, lambda: -2) for d in more][:4] == [-2, -2, -2, 3] and third.made == 3
    third.save()
    fourth: DocumentMemo[int] = DocumentMemo(str(tmp_path), "t", Fingerprinter(), lambda v: isinstance(v, int))
    assert [fourth.get(d, lambda: -3) for d in more] == [-2, -2, -2, *range(3, len(docs))] and fourth.made == 0
