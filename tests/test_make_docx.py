"""The generated Word files look like ND 30/2020 originals and rebuild to the same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "docx"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


make_docx = load_script("make_docx")
SEEDS = sorted(make_docx.DEMO_FIXTURES)
PARTY_SEEDS = {"001", "002"}


def source(seed: str) -> Any:
    src = make_docx.read_source(make_docx.CONTENT / make_docx.DEMO_FIXTURES[seed])
    assert src is not None
    return src


def all_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [p.text for t in doc.tables for c in t._cells for p in c.paragraphs]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.mark.parametrize("seed", SEEDS)
def test_header_table_and_title(seed: str) -> None:
    src = source(seed)
    for path in (make_docx.docx_path(src.path), FIXTURES / f"{seed}.docx"):
        doc = Document(str(path))
        table = doc.tables[0]
        assert len(table.columns) == 2
        left, right = (cell.text for cell in table.rows[0].cells)
        assert "Số" in left
        assert (PARTY if seed in PARTY_SEEDS else QUOC_HIEU) in right
        assert src.data["title"] in all_text(path)


@pytest.mark.parametrize("seed", SEEDS)
def test_fixture_is_the_attachment(seed: str) -> None:
    attachment = make_docx.docx_path(source(seed).path)
    assert (FIXTURES / f"{seed}.docx").read_bytes() == attachment.read_bytes()


def test_blanks_stay_blank() -> None:
    """A number or day the original leaves blank is printed blank, never filled in."""
    left, right = (c.text for c in Document(str(FIXTURES / "003.docx")).tables[0].rows[0].cells)
    assert "Số:" + make_docx.BLANK + "/PVHTT" in left
    assert "Biên Hòa, ngày " + make_docx.BLANK + " tháng " + make_docx.BLANK + " năm 2025" in right
    right_000 = Document(str(FIXTURES / "000.docx")).tables[0].rows[0].cells[1].text
    assert "Huyện DMC, ngày " + make_docx.BLANK + " tháng 02 năm 2025" in right_000


def test_date_line_pads_as_nd30() -> None:
    assert make_docx.date_line("Tam Kỳ", "2025-03-07") == "Tam Kỳ, ngày 07 tháng 3 năm 2025"
    assert make_docx.date_line("Huyện DMC", "2025-02-14") == "Huyện DMC, ngày 14 tháng 02 năm 2025"


def test_page_margins_follow_nd30() -> None:
    """Top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (Word stores twips: allow rounding)."""
    section = Document(str(FIXTURES / "004.docx")).sections[0]
    for margin, low, high in (
        (section.top_margin, 20, 25),
        (section.bottom_margin, 20, 25),
        (section.left_margin, 30, 35),
        (section.right_margin, 15, 20),
    ):
        assert low - 0.05 <= margin.mm <= high + 0.05


@pytest.mark.parametrize("seed", SEEDS)
def test_rebuild_is_reproducible_and_current(seed: str, tmp_path: Path) -> None:
    """Two builds give the same bytes, and the committed file says what a fresh build says."""
    src = source(seed)
    when = make_docx.fixed_timestamp(make_docx.text_of(src.data, "date"))
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    make_docx.save_reproducibly(make_docx.build(src), first, when)
    make_docx.save_reproducibly(make_docx.build(src), second, when)
    assert first.read_bytes() == second.read_bytes()
    assert all_text(first) == all_text(make_docx.docx_path(src.path))


def test_with_attachment_keeps_comments_and_is_idempotent() -> None:
    text = '---\ntitle: "x"\nattachments: []  # tệp đính kèm\ntags: []\n---\n\nBody\n'
    once = make_docx.with_attachment(text, "a/a.docx", "Toàn văn Kế hoạch (bản Word)")
    assert "attachments:  # tệp đính kèm\n  - path: \"a/a.docx\"\n" in once
    assert make_docx.with_attachment(once, "a/a.docx", "Toàn văn Kế hoạch (bản Word)") == once
    twice = make_docx.with_attachment(once, "a/b.pdf", "Phụ lục")
    assert twice.count("- path:") == 2 and twice.endswith("Body\n")
