"""scripts/real_site.py rebuilds the site the hand audits judged (qa31, qa34, search_qa): its originals are named
as the audits' fixtures name them, and one set goes through `vanban import` end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import real_site


def test_first_site_is_702_originals_named_by_set(tmp_path: Path) -> None:
    assert real_site.gather(real_site.FIRST_SITE_SETS, tmp_path) == 702
    names = {p.name for p in tmp_path.iterdir()}
    assert "heldout3-n01-70-kh-ubnd-nam-dinh.docx" in names
    assert all(name.endswith(".docx") and "-" in name for name in names)


def test_one_set_imported_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path(sys.executable).with_name("vanban").exists():
        pytest.fail("vanban's console script is missing beside the interpreter: run the tests from the venv")
    out = tmp_path / "site"
    assert real_site.main([str(out), "--sets", "dev14"]) == 0
    assert "18 originals from 1 sets" in capsys.readouterr().out
    assert len(list((out / "content").rglob("*.md"))) == 18
    assert (out / "mkdocs.yml").is_file() and (out / "theme_overrides").is_dir()
    with pytest.raises(SystemExit):
        real_site.main([str(out)])  # not empty: refused, nothing overwritten


def test_the_demo_goes_beside_the_import_never_over_it(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "van-ban" / "2025").mkdir(parents=True)
    (content / "van-ban" / "2025" / "1-kh-ubnd.md").write_text("imported", encoding="utf-8")
    copied = real_site.add_demo(content)
    demo = real_site.ROOT / "content"
    assert copied == sum(1 for p in demo.rglob("*") if p.is_file()) and copied >= 5
    held = (content / "van-ban" / "chua-ro-nam" / "ke-hoach-ban-thuong-vu-huyen-uy.md").read_text(encoding="utf-8")
    assert "386-KH/TU" in held  # the citation whose stub the search QA's query "386-kh/tu" wants
    assert (content / "van-ban" / "2025" / "1-kh-ubnd.md").read_text(encoding="utf-8") == "imported"
    with pytest.raises(SystemExit):
        real_site.add_demo(content)  # again: every path is taken, nothing overwritten
