"""scripts/import_eval.py and the fresh held-out import set it scores (heldout3).

No test imports a heldout3 document: that set scores importer code not tuned on it, so only its
shape is checked here; the import itself is exercised on the tuning set.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "fixtures" / "import" / "heldout3"
TUNING = ROOT / "tests" / "fixtures" / "import" / "tuning"


EVAL = load_script("import_eval")


def test_fresh_set_is_annotated_and_has_every_form() -> None:
    texts = sorted(FRESH.glob("*.txt"))
    assert len(texts) >= 24
    keys = {"source", "number", "type", "issuer", "date", "title", "place", "signer", "recipients"}
    for txt in texts:
        data = yaml.safe_load(txt.with_suffix(".yml").read_text("utf-8"))
        assert keys <= set(data), txt.name
        assert isinstance(data["recipients"], list) and isinstance(data["date"], str), txt.name
        for form in ("docx", "pdf", "html"):
            path = EVAL.originals(FRESH, form)[txt.stem]
            assert path.stat().st_size < 60_000, path.name  # small forms: no fonts or images beyond a page's
    scans = EVAL.originals(FRESH, "scan")
    assert len(scans) >= 2 and all(p.stat().st_size < 400_000 for p in scans.values())
    assert not any(p.name.endswith(".scan.pdf") for p in EVAL.originals(FRESH, "pdf").values())


def test_a_form_folder_is_imported_in_one_call_and_read_back(tmp_path: Path) -> None:
    files = dict(list(EVAL.originals(TUNING, "txt").items())[:3])
    got, status, summary = EVAL.import_folder(files, ".txt", tmp_path)
    assert set(got) == set(files), summary
    assert "3/3" in summary and status in (0, 1)
    for stem, fields in got.items():
        marks = EVAL.score(fields, EVAL.load_expected(TUNING / f"{stem}.yml"))
        assert all(marks.values()), (stem, marks)
        assert fields["written"].startswith("content/") and fields["body"]


def test_recipients_are_scored_as_a_whole_list_and_entry_by_entry() -> None:
    assert EVAL.recipients_marks(["Như trên;", "Lưu: VT."], ["Như trên", "Lưu: VT"]) == (True, 2, 0)
    assert EVAL.recipients_marks(["Như trên;"], ["Như trên;", "Lưu: VT."]) == (False, 1, 0)
    assert EVAL.recipients_marks(["Như trên;", "KT. CHỦ TỊCH"], ["Như trên;"]) == (False, 1, 1)
