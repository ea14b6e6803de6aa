"""scripts/import_eval.py and the held-out import sets it scores when named (heldout3 to heldout36, heldout38 to heldout41).

heldout3 to heldout36 and heldout38 to heldout41 are spent: heldout4 was scored untuned on 3a79531 (fields right txt 76%, docx
81%, pdf 80%, html 81%) and tuned on from 14:00 (sixth session), heldout5 after the seventh
session's scoring, heldout6 after the eighth's, heldout7 (gathered in the ninth session) at the
start of the tenth, heldout8 (gathered in the tenth) at the start of the eleventh, heldout9
(gathered in the eleventh) on its final code, heldout10 to heldout24 (gathered in the
twelfth to twenty-fifth) on their session's start and final code (heldout20 then tuned on by the
twenty-second session's second round, heldout21 by the twenty-third, heldout22 and heldout23 by the
twenty-fourth, heldout24 by the twenty-sixth, heldout25 (gathered in the twenty-sixth) by the twenty-seventh,
heldout26 (gathered in the twenty-seventh) by the twenty-eighth, heldout27 (gathered in the twenty-eighth) by the
twenty-ninth, heldout28 (gathered in the twenty-ninth) by the thirtieth, heldout29 (gathered in the thirtieth) by the
thirty-first, heldout30 (gathered in the thirty-first) by the thirty-second, heldout31 (gathered in the thirty-second)
by the thirty-third, heldout32 (gathered in the thirty-third) by the thirty-fourth, heldout33 (gathered in the
thirty-fourth) by the thirty-fifth, heldout34 (gathered in the thirty-fifth) by the thirty-sixth, heldout35 (gathered
in the thirty-sixth) by the thirty-seventh, heldout36 (gathered in the thirty-seventh) by the thirty-ninth, heldout38
(gathered in the thirty-ninth) by the fortieth, heldout39 (gathered in the fortieth) at its end, heldout40 (gathered in
the forty-first) at its end, heldout41 (gathered in the forty-second) at its end). Only the sets' shape is checked
here, never the importer's output on them; the kinds of trouble the spent sets showed are pinned on small written examples in test_import_kinds.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
IMPORT_SETS = ROOT / "tests" / "fixtures" / "import"
TUNING = IMPORT_SETS / "tuning"


EVAL = load_script("import_eval")


@pytest.mark.parametrize(("name", "minimum"), [("heldout3", 24), ("heldout4", 30), ("heldout5", 30), ("heldout6", 36),
                                              ("heldout7", 26), ("heldout8", 26),
                                              ("heldout9", 28), ("heldout10", 28), ("heldout11", 30),
                                              ("heldout12", 30), ("heldout13", 30), ("heldout14", 30),
                                              ("heldout15", 30), ("heldout16", 30), ("heldout17", 30),
                                              ("heldout18", 30), ("heldout19", 30), ("heldout20", 25),
                                              ("heldout21", 25), ("heldout22", 33),
                                              ("heldout23", 35), ("heldout24", 36),
                                              ("heldout25", 30), ("heldout26", 31),
                                              ("heldout27", 37), ("heldout28", 28),
                                              ("heldout29", 32), ("heldout30", 29),
                                              ("heldout31", 32), ("heldout32", 28),
                                              ("heldout33", 28), ("heldout34", 28),
                                              ("heldout35", 28), ("heldout36", 28),
                                              ("heldout38", 26), ("heldout39", 25),
                                              ("heldout40", 24), ("heldout41", 27)])
def test_fresh_set_is_annotated_and_has_every_form(name: str, minimum: int) -> None:
    fresh = IMPORT_SETS / name
    texts = sorted(fresh.glob("*.txt"))
    assert len(texts) >= minimum
    keys = {"source", "number", "type", "issuer", "date", "title", "place", "signer", "recipients"}
    for txt in texts:
        data = yaml.safe_load(txt.with_suffix(".yml").read_text("utf-8"))
        assert keys <= set(data), txt.name
        assert isinstance(data["recipients"], list) and isinstance(data["date"], str), txt.name
        for form in ("docx", "pdf", "html"):
            path = EVAL.originals(fresh, form)[txt.stem]
            assert path.stat().st_size < 60_000, path.name  # small forms: no fonts or images beyond a page's
    scans = EVAL.originals(fresh, "scan")
    assert len(scans) >= 2 and all(p.stat().st_size < 400_000 for p in scans.values())
    assert not any(p.name.endswith(".scan.pdf") for p in EVAL.originals(fresh, "pdf").values())
    assert name not in EVAL.DEFAULT_SETS  # scored only when named


def test_dev14_is_a_named_check_with_every_form_but_scans() -> None:
    """dev14 (fourteenth session) checks that reading pages without a header transfers; nobody tunes on it."""
    check = IMPORT_SETS / "dev14"
    texts = sorted(check.glob("*.txt"))
    assert len(texts) >= 18
    pages = [t for t in texts if (yaml.safe_load(t.with_suffix(".yml").read_text("utf-8")) or {}).get("layout") == "trang"]
    assert len(pages) >= 12
    for form in ("docx", "pdf", "html"):
        assert set(EVAL.originals(check, form)) == {t.stem for t in texts}, form
    assert "dev14" not in EVAL.DEFAULT_SETS


# citation sets gathered in the same session as each fresh import set (held out too, so a page both
# gatherers chose is no leak: they are left out of the comparison)
SAME_SESSION = {"dev14": (), "heldout4": ("heldout4", "heldout5"), "heldout5": ("heldout5",), "heldout6": ("heldout6",),
                "heldout7": ("heldout7",), "heldout8": ("heldout8",),
                "heldout9": ("heldout9",), "heldout10": ("heldout10",), "heldout11": ("heldout11",),
                "heldout12": ("heldout12",), "heldout13": ("heldout13",),
                "heldout14": ("heldout14",), "heldout15": ("heldout15",), "heldout16": ("heldout16",),
                "heldout17": ("heldout17",), "heldout18": ("heldout18",), "heldout19": ("heldout19",),
                "heldout20": ("heldout20",), "heldout21": ("heldout21",), "heldout22": ("heldout22",),
                "heldout23": ("heldout24",),  # citations heldout24: the same (24th) session
                "heldout24": ("heldout25",),  # citations heldout25: the same (25th) session
                "heldout25": ("heldout26",),  # citations heldout26: the same (26th) session
                "heldout26": ("heldout27",),  # citations heldout27: the same (27th) session
                "heldout27": ("heldout28",),  # citations heldout28: the same (28th) session
                "heldout28": ("heldout29",),  # citations heldout29: the same (29th) session
                "heldout29": ("heldout30",),  # citations heldout30: the same (30th) session
                "heldout30": ("heldout31",),  # citations heldout31: the same (31st) session
                "heldout31": ("heldout32",),  # citations heldout32: the same (32nd) session
                "heldout32": ("heldout33",),  # citations heldout33: the same (33rd) session
                "heldout33": ("heldout34",),  # citations heldout34: the same (34th) session
                "heldout34": ("heldout35",),  # citations heldout35: the same (35th) session
                "heldout35": ("heldout36",),  # citations heldout36: the same (36th) session
                "heldout36": ("heldout37",),  # citations heldout37: the same (37th) session
                "heldout38": ("heldout38",),  # citations heldout38: the same (39th) session
                "heldout39": ("heldout39",),  # citations heldout39: the same (40th) session
                "heldout40": ("heldout40",),  # citations heldout40: the same (41st) session
                "heldout41": ("heldout41",)}  # citations heldout41: the same (42nd) session


@pytest.mark.parametrize("name", ["dev14", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                                  "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                                  "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                                  "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
                                  "heldout25", "heldout26", "heldout27", "heldout28",
                                  "heldout29", "heldout30", "heldout31", "heldout32",
                                  "heldout33", "heldout34", "heldout35", "heldout36",
                                  "heldout38", "heldout39", "heldout40",
                                  "heldout41"])
def test_a_fresh_set_shares_no_document_with_the_other_sets(name: str) -> None:
    """The fresh set is new: no source page of any import or citation set, no (number, issuer) of an import set."""
    fresh = IMPORT_SETS / name
    seen_sources: set[str] = set()
    seen_docs: set[tuple[str, str]] = set()
    for yml in IMPORT_SETS.glob("*/*.yml"):
        if yml.parent.name != name:
            data = yaml.safe_load(yml.read_text("utf-8"))
            seen_sources.add(str(data.get("source") or ""))
            seen_docs.add((EVAL.normal(str(data.get("number") or "")), EVAL.normal(str(data.get("issuer") or ""))))
    for text in (ROOT / "tests" / "fixtures" / "citations" / "real").glob("*.txt"):
        if not text.name.startswith(SAME_SESSION[name]):
            seen_sources.update(line.split(":", 1)[1].strip() for line in text.read_text("utf-8").splitlines()
                                if line.startswith("### source:"))
    for yml in sorted(fresh.glob("*.yml")):
        data = yaml.safe_load(yml.read_text("utf-8"))
        assert data["source"] not in seen_sources, yml.name
        if data["number"]:
            assert (EVAL.normal(data["number"]), EVAL.normal(data["issuer"])) not in seen_docs, yml.name


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
