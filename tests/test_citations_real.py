"""The citation extractor on real portal text: the annotated real sets, and one test per kind of case
they taught (own numbers, bases under headings, cues inside sentences, proposals, broken numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_modules import load_script

from conftest import Extractor, relations
from vanban.citations import (
    IMPLEMENTS,
    MENTIONS,
    canonical_number,
    extract,
    number_key,
    reference,
)

ROOT = Path(__file__).resolve().parent.parent


EVAL = load_script("citation_eval")


# --------------------------------------------------------------------------- the real sets


def test_real_sets_are_large_enough_and_well_formed() -> None:
    tuning, heldout = EVAL.read_real_set("tuning"), EVAL.read_real_set("heldout") + EVAL.read_real_set("heldout2")
    assert len(tuning) + len(heldout) >= 60
    assert len(heldout) >= 30
    ids = [p.id for p in tuning + heldout]
    assert [p.id for p in EVAL.read_real_set("heldout2")] != []
    assert len(ids) == len(set(ids))
    for passage in tuning + heldout:
        assert passage.source.startswith("http"), passage.id
        assert passage.text.strip(), passage.id
        assert all(c["relation"] in {IMPLEMENTS, MENTIONS} for c in passage.citations), passage.id


@pytest.mark.parametrize(("name", "passages", "cited"),
                         [("heldout3", 40, 80), ("heldout4", 50, 120), ("heldout5", 55, 110), ("heldout6", 60, 105),
                          ("heldout7", 60, 80), ("heldout8", 58, 90),
                          ("heldout9", 64, 75), ("heldout10", 62, 125),
                          ("heldout11", 65, 150), ("heldout12", 65, 115), ("heldout13", 65, 85),
                          ("heldout14", 65, 55),
                          ("heldout15", 55, 75),
                          ("heldout16", 55, 95),
                          ("heldout17", 55, 90),
                          ("heldout18", 50, 80),
                          ("heldout19", 50, 90),
                          ("heldout20", 50, 100),
                          ("heldout21", 45, 100),
                          ("heldout22", 55, 100),
                          ("heldout23", 60, 75),
                          ("heldout24", 55, 110),
                          ("heldout25", 55, 100),
                          ("heldout26", 55, 110),
                          ("heldout27", 55, 130),
                          ("heldout28", 55, 110),
                          ("heldout29", 48, 78),
                          ("heldout30", 50, 100),
                          ("heldout31", 55, 120),
                          ("heldout32", 50, 90),
                          ("heldout33", 55, 100),
                          ("heldout34", 55, 100),
                          ("heldout35", 55, 75),
                          ("heldout36", 55, 75),
                          ("heldout37", 55, 75),
                          ("heldout38", 51, 65),
                          ("heldout39", 51, 92),
                          ("dev14", 25, 55),
                          ("dev27", 30, 60)])
def test_fresh_held_out_set_is_well_formed_and_new(name: str, passages: int, cited: int) -> None:
    """The last held-out sets are well formed and share no page with the others (a fresh one is only parsed here)."""
    fresh = EVAL.read_real_set(name)
    older = [p for other in EVAL.REAL_SETS + EVAL.FRESH_SETS + EVAL.CHECK_SETS if other != name
             for p in EVAL.read_real_set(other)]
    assert len(fresh) >= passages
    assert sum(len(p.citations) for p in fresh) >= cited
    assert len({p.id for p in fresh + older}) == len(fresh) + len(older)
    assert not {p.source for p in fresh} & {p.source for p in older}
    assert sum(p.own is not None for p in fresh) >= 15
    for passage in fresh:
        assert passage.source.startswith("http"), passage.id
        assert passage.text.strip() and "### " not in passage.text, passage.id
        assert all(c["relation"] in {IMPLEMENTS, MENTIONS} for c in passage.citations), passage.id
        assert all(c["number"] and c["type"] for c in passage.citations), passage.id
        assert len({c["number"] for c in passage.citations}) == len(passage.citations), passage.id


def test_heldout4_is_spent_and_in_the_default_run() -> None:
    """heldout4 was scored untuned on 3a79531 (96.3/97.7/92.2, own 51/55, 2 self-citing) and is tuned on
    since 14:00: citation_eval's default run scores it with the other spent sets."""
    assert "heldout4" in EVAL.REAL_SETS and "heldout4" not in EVAL.FRESH_SETS


def test_heldout5_is_spent_and_in_the_default_run() -> None:
    """heldout5 was scored and tuned on in the seventh and eighth sessions: it is spent like the others."""
    assert "heldout5" in EVAL.REAL_SETS and "heldout5" not in EVAL.FRESH_SETS


def test_heldout6_is_spent_and_in_the_default_run() -> None:
    """heldout6 was the eighth session's fresh set, scored at its end: from the ninth session it is spent like the others."""
    assert "heldout6" in EVAL.REAL_SETS and "heldout6" not in EVAL.FRESH_SETS


def test_heldout7_is_spent_and_in_the_default_run() -> None:
    """heldout7 was the ninth session's fresh set, scored untuned at the start of the tenth (96.4/94.2/91.4 on 7f1f64b,
    own 53/62, 2 self-citing): from then on it is spent like the others."""
    assert "heldout7" in EVAL.REAL_SETS and "heldout7" not in EVAL.FRESH_SETS


def test_heldout8_is_spent_and_in_the_default_run() -> None:
    """heldout8 was the tenth session's fresh set, scored untuned at the start of the eleventh (95.7/94.7/87.6 on
    e73571b, own 51/60, no self-citing): from then on it is spent like the others."""
    assert "heldout8" in EVAL.REAL_SETS and "heldout8" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout8.txt").is_file()


def test_heldout9_is_spent_and_in_the_default_run() -> None:
    """heldout9 was gathered in the eleventh session and scored untuned on its final code (96.1/92.5/83.8 on a48001a,
    own 59/66, 2 self-citing): from then on it is spent like the others."""
    assert "heldout9" in EVAL.REAL_SETS and "heldout9" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout9.txt").is_file()


def test_heldout10_is_spent_and_in_the_default_run() -> None:
    """heldout10 was gathered in the twelfth session and scored untuned on its start and final code (94.0/96.2/84.1 on
    c549afb, 94.0/96.2/84.9 on 995922c, own 53/63, 5 self-citing): from then on it is spent like the others."""
    assert "heldout10" in EVAL.REAL_SETS and "heldout10" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout10.txt").is_file()


def test_heldout11_is_spent_and_in_the_default_run() -> None:
    """heldout11 was gathered in the thirteenth session and scored untuned on its start and final code (97.3/96.1/86.3
    on a29f367 and on 92be7e2, own 60/65, 2 self-citing): from then on it is spent like the others."""
    assert "heldout11" in EVAL.REAL_SETS and "heldout11" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout11.txt").is_file()


def test_heldout12_is_spent_and_in_the_default_run() -> None:
    """heldout12 was gathered in the fourteenth session and scored untuned on its start and final code (97.3/93.2/95.4
    on db06014 and on 885e8b1, own 59/65, none self-citing): from then on it is spent like the others."""
    assert "heldout12" in EVAL.REAL_SETS and "heldout12" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout12.txt").is_file()


def test_heldout13_is_spent_and_in_the_default_run() -> None:
    """heldout13 was gathered in the fifteenth session and scored untuned on its start and final code (89.1/96.5/80.5
    on eb35718, 93.3/97.6/80.7 on 354b4cb; own 58 -> 60/65, self-citing 6 -> 4): from then on it is spent."""
    assert "heldout13" in EVAL.REAL_SETS and "heldout13" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout13.txt").is_file()


def test_heldout14_is_spent_and_in_the_default_run() -> None:
    """heldout14 was gathered in the sixteenth session and scored untuned on its start and final code (98.2/96.6/87.5
    on 8e6c1b6, 98.2/96.6/89.3 on aa1ee55; own 65/68, self-citing 1 on both): from then on it is spent."""
    assert "heldout14" in EVAL.REAL_SETS and "heldout14" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout14.txt").is_file()


def test_heldout15_is_spent_and_in_the_default_run() -> None:
    """heldout15 was gathered in the seventeenth session and scored untuned on its start and final code (93.9/95.1/87.0,
    own 54/57, self-citing 2 on ca29888; 97.6/98.8/87.5, own 54/57, self-citing 2 on d7fd671): from then on it is spent."""
    assert "heldout15" in EVAL.REAL_SETS and "heldout15" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout15.txt").is_file()


def test_heldout16_is_spent_and_in_the_default_run() -> None:
    """heldout16 was gathered in the eighteenth session and scored untuned on its start and final code (98.0/97.1/87.9,
    own 55/59, self-citing 1 on both 48c55d8 and e994d09): from then on it is spent."""
    assert "heldout16" in EVAL.REAL_SETS and "heldout16" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout16.txt").is_file()


def test_heldout17_is_spent_and_in_the_default_run() -> None:
    """heldout17 was gathered in the nineteenth session and scored untuned on its start and final code (97.7/93.5/83.7,
    own 50/56, self-citing 2 on both e994d09 and fe904fd): from then on it is spent."""
    assert "heldout17" in EVAL.REAL_SETS and "heldout17" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout17.txt").is_file()


def test_heldout18_is_spent_and_in_the_default_run() -> None:
    """heldout18 was gathered in the twentieth session and scored untuned on its start and final code (92.5/90.2/89.2,
    own 44/52, self-citing 4 on both 0854ff1 and 110008e): from then on it is spent."""
    assert "heldout18" in EVAL.REAL_SETS and "heldout18" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout18.txt").is_file()


def test_heldout19_is_spent_and_in_the_default_run() -> None:
    """heldout19 was gathered in the twenty-first session and scored untuned on its start and final code (97.8/90.7/89.8,
    own 42/51, self-citing 2 on 3ee4fab; 98.9/90.7/89.8, own 43/51, self-citing 1 on 3008dd4): from then on it is spent."""
    assert "heldout19" in EVAL.REAL_SETS and "heldout19" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout19.txt").is_file()


def test_heldout20_is_spent_and_in_the_default_run() -> None:
    """heldout20 was gathered in the twenty-second session and scored untuned on its start and final code (96.3/97.2/85.4,
    own 45/51, self-citing 3 on both 2711113 and 1f1d4f7): from then on it is spent."""
    assert "heldout20" in EVAL.REAL_SETS and "heldout20" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout20.txt").is_file()


def test_heldout21_is_spent_and_in_the_default_run() -> None:
    """heldout21 was gathered in the twenty-second session and scored untuned on its start and final code (96.6/98.3/97.4,
    own 46/49, self-citing 2 on both): from then on it is spent."""
    assert "heldout21" in EVAL.REAL_SETS and "heldout21" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout21.txt").is_file()


def test_heldout22_is_spent_and_in_the_default_run() -> None:
    """heldout22 was gathered in the twenty-third session and scored untuned on its start and final code (94.3/96.2/92.0
    -> 94.0 relation, own 52/59, self-citing 3 on 6827dd0 and 7f0db8d): from the twenty-fourth session on it is spent."""
    assert "heldout22" in EVAL.REAL_SETS and "heldout22" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout22.txt").is_file()


def test_heldout23_is_spent_and_in_the_default_run() -> None:
    """heldout23 was gathered in the twenty-third session and scored untuned on its start and final code (94.0 -> 95.2
    precision, 95.2 recall, 88.6 -> 89.9 relation, own 58 -> 59/65, self-citing 5 -> 4 on 6827dd0 and 7f0db8d), then kept
    as cit29's transfer check (unchanged on 971878b): from the twenty-fourth session on it is spent."""
    assert "heldout23" in EVAL.REAL_SETS and "heldout23" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout23.txt").is_file()


def test_heldout24_is_spent_and_in_the_default_run() -> None:
    """heldout24 was gathered in the twenty-fourth session and scored untuned on its start and final code (98.3/97.5/93.9,
    own 54/58, self-citing 2 on both 7f0db8d and 16c37cb): from the twenty-fifth session on it is spent."""
    assert "heldout24" in EVAL.REAL_SETS and "heldout24" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout24.txt").is_file()


def test_heldout25_is_spent_and_in_the_default_run() -> None:
    """heldout25 was gathered in the twenty-fifth session and scored untuned on its start and final code (98.2/96.5/93.6,
    own 52/56, self-citing 2 on both): from the twenty-sixth session on it is spent."""
    assert "heldout25" in EVAL.REAL_SETS and "heldout25" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout25.txt").is_file()


def test_heldout26_is_spent_and_in_the_default_run() -> None:
    """heldout26 was gathered in the twenty-sixth session and scored untuned on its code (96.8/98.4/90.9, own 57/60,
    self-citing 3 on 5279e13, the twenty-seventh session's start): from the twenty-seventh session on it is spent."""
    assert "heldout26" in EVAL.REAL_SETS and "heldout26" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout26.txt").is_file()


def test_heldout27_is_spent_and_in_the_default_run() -> None:
    """heldout27 was gathered in the twenty-seventh session and scored untuned on its code (97.1/97.8/93.2, own 54/57,
    self-citing 2 on 3e50624, the twenty-eighth session's start): from the twenty-eighth session on it is spent."""
    assert "heldout27" in EVAL.REAL_SETS and "heldout27" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout27.txt").is_file()


def test_heldout28_is_spent_and_in_the_default_run() -> None:
    """heldout28 was gathered in the twenty-eighth session and scored untuned on its code (97.4/96.6/93.8, own 57/60,
    self-citing 2 on e82514b, the twenty-ninth session's start): from the twenty-ninth session on it is spent."""
    assert "heldout28" in EVAL.REAL_SETS and "heldout28" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout28.txt").is_file()


def test_heldout29_is_spent_and_in_the_default_run() -> None:
    """heldout29 was gathered in the twenty-ninth session and scored untuned on its code (97.1/85.0/89.7, own 44/50,
    self-citing 2 on 8f97540, the thirtieth session's start; Vietnamese only 100/92.3/95.0, own 36/38): from the
    thirtieth session on it is spent."""
    assert "heldout29" in EVAL.REAL_SETS and "heldout29" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout29.txt").is_file()


def test_heldout30_is_spent_and_in_the_default_run() -> None:
    """heldout30 was gathered in the thirtieth session and scored untuned on its code (96.4/96.4/91.5, own 47/54,
    self-citing 3 on 588b040, the thirty-first session's start; Vietnamese only, no FOREIGN passage): from the
    thirty-first session on it is spent."""
    assert "heldout30" in EVAL.REAL_SETS and "heldout30" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout30.txt").is_file()


def test_heldout31_is_spent_and_in_the_default_run() -> None:
    """heldout31 was gathered in the thirty-first session and scored untuned on its code (97.7/100/88.1, own 56/59,
    self-citing 3 on cbceb75 and again on 01a7cbc, the thirty-second session's start; Vietnamese only, no FOREIGN
    passage): from the thirty-second session on it is spent."""
    assert "heldout31" in EVAL.REAL_SETS and "heldout31" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout31.txt").is_file()


def test_heldout32_is_spent_and_in_the_default_run() -> None:
    """heldout32 was gathered in the thirty-second session and scored untuned on its code (95.3/99.0/82.2, own 52/56,
    self-citing 4 on 01a7cbc and again on f168a5d, the thirty-third session's start; Vietnamese only, no FOREIGN
    passage): from the thirty-third session on it is spent."""
    assert "heldout32" in EVAL.REAL_SETS and "heldout32" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout32.txt").is_file()


def test_heldout33_is_spent_and_in_the_default_run() -> None:
    """heldout33 was gathered in the thirty-third session and scored untuned on its code (100/96.7/86.4, own 58/60,
    no self-citing, on ffb2c07, the thirty-fourth session's start; Vietnamese only, no FOREIGN passage): from the
    thirty-fourth session on it is spent."""
    assert "heldout33" in EVAL.REAL_SETS and "heldout33" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout33.txt").is_file()


def test_heldout34_is_spent_and_in_the_default_run() -> None:
    """heldout34 was gathered in the thirty-fourth session and scored untuned on its code (99.0/98.1/92.3, own 57/60,
    one page citing itself, on the thirty-fourth session's start and final code; Vietnamese only, no FOREIGN passage):
    from the thirty-fifth session on it is spent."""
    assert "heldout34" in EVAL.REAL_SETS and "heldout34" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout34.txt").is_file()


def test_heldout35_is_spent_and_in_the_default_run() -> None:
    """heldout35 was gathered in the thirty-fifth session and scored untuned on its code (97.4/94.9/94.7, own 57/60,
    two pages citing themselves, on the thirty-fifth session's start and final code; Vietnamese only, no FOREIGN
    passage): from the thirty-sixth session on it is spent."""
    assert "heldout35" in EVAL.REAL_SETS and "heldout35" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout35.txt").is_file()


def test_heldout36_is_spent_and_in_the_default_run() -> None:
    """heldout36 was gathered in the thirty-sixth session and scored untuned on its code (95.1/98.7/88.3, own 56/60,
    two pages citing themselves, on the thirty-sixth session's start and final code; Vietnamese only, no FOREIGN
    passage): from the thirty-seventh session on it is spent."""
    assert "heldout36" in EVAL.REAL_SETS and "heldout36" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout36.txt").is_file()


def test_heldout37_is_spent_and_in_the_default_run() -> None:
    """heldout37 was gathered in the thirty-seventh session and scored untuned on the thirty-eighth's start and final code
    (98.9/97.9/95.7, own 57/60, one page citing itself, both times; Vietnamese only): from the thirty-ninth on it is spent."""
    assert "heldout37" in EVAL.REAL_SETS and "heldout37" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout37.txt").is_file()


def test_heldout38_is_spent_and_in_the_default_run() -> None:
    """heldout38 was gathered in the thirty-ninth session and scored untuned on its start and final code (98.4/93.8/90.2,
    own 49/51, one page citing itself, both times; Vietnamese only): from the fortieth on it is spent."""
    assert "heldout38" in EVAL.REAL_SETS and "heldout38" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout38.txt").is_file()


def test_heldout39_is_spent_and_in_the_default_run() -> None:
    """heldout39 was gathered in the fortieth session and scored untuned on its start and final code (96.6/92.4/94.1,
    own 46/51, no page citing itself, both times; Vietnamese only): from that session's end on it is spent."""
    assert "heldout39" in EVAL.REAL_SETS and "heldout39" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout39.txt").is_file()


def test_heldout40_is_spent_and_in_the_default_run() -> None:
    """heldout40 was gathered in the forty-first session and scored untuned on its start and final code (P/R 100/91.2,
    relation 88.5 -> 90.4, own 40/46, no page citing itself; Vietnamese only): from that session's end on it is spent."""
    assert "heldout40" in EVAL.REAL_SETS and "heldout40" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout40.txt").is_file()
    # Well formed and new, as the parametrized check above (which asks for 15 own numbers; this set names 15 since
    # cit51c's rule-H relabel of h40-19 and h40-26, whose own numbers left the 57 citations: 55).
    fresh = EVAL.read_real_set("heldout40")
    older = [p for other in EVAL.REAL_SETS + EVAL.CHECK_SETS if other != "heldout40" for p in EVAL.read_real_set(other)]
    assert len(fresh) >= 46 and sum(len(p.citations) for p in fresh) >= 55
    assert sum(p.own is not None for p in fresh) >= 15
    assert len({p.id for p in fresh}) == len(fresh) and not {p.id for p in fresh} & {p.id for p in older}
    assert not {p.source for p in fresh} & {p.source for p in older}
    for passage in fresh:
        assert passage.source.startswith("http") and not passage.foreign, passage.id
        assert passage.text.strip() and "### " not in passage.text, passage.id
        assert all(c["relation"] in {IMPLEMENTS, MENTIONS} for c in passage.citations), passage.id
        assert all(c["number"] and c["type"] for c in passage.citations), passage.id
        assert len({c["number"] for c in passage.citations}) == len(passage.citations), passage.id


def test_heldout41_is_spent_and_in_the_default_run() -> None:
    """heldout41 was gathered in the forty-second session and scored untuned on its start and final code (P/R 100/96.9,
    relation 93.5, own 37/38, no page citing itself, identical on both; Vietnamese only): from that session's end on it
    is spent."""
    assert "heldout41" in EVAL.REAL_SETS and "heldout41" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "heldout41.txt").is_file()
    # Well formed and new, as the parametrized check above, with this set's counts.
    fresh = EVAL.read_real_set("heldout41")
    older = [p for other in EVAL.REAL_SETS + EVAL.CHECK_SETS if other != "heldout41" for p in EVAL.read_real_set(other)]
    assert len(fresh) >= 38 and sum(len(p.citations) for p in fresh) >= 64
    assert sum(p.own is not None for p in fresh) >= 15
    assert all(p.id.startswith("h41-") for p in fresh)
    assert len({p.id for p in fresh}) == len(fresh) and not {p.id for p in fresh} & {p.id for p in older}
    assert not {p.source for p in fresh} & {p.source for p in older}
    for passage in fresh:
        assert passage.source.startswith("http") and not passage.foreign, passage.id
        assert passage.text.strip() and "### " not in passage.text, passage.id
        assert all(c["relation"] in {IMPLEMENTS, MENTIONS} for c in passage.citations), passage.id
        assert all(c["number"] and c["type"] for c in passage.citations), passage.id
        assert len({c["number"] for c in passage.citations}) == len(passage.citations), passage.id


def test_dev14_is_a_named_check_outside_the_default_run() -> None:
    """dev14 is citrel's transfer check of the fourteenth session: scored only when named, never tuned on."""
    assert "dev14" in EVAL.CHECK_SETS
    assert "dev14" not in EVAL.REAL_SETS and "dev14" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "dev14.txt").is_file()


def test_dev27_is_a_named_check_outside_the_default_run() -> None:
    """dev27 is cit27's transfer check of the twenty-third session: annotated before any code ran on it, scored only
    when named (README: its untuned figures)."""
    assert EVAL.CHECK_SETS == ("dev14", "dev27", "dev30")
    assert "dev27" not in EVAL.REAL_SETS and "dev27" not in EVAL.FRESH_SETS
    assert (EVAL.REAL / "dev27.txt").is_file()


@pytest.mark.parametrize("name", ["tuning", "tuning2", "heldout", "heldout2"])
def test_fast_and_reference_extractors_agree_on_real_text(name: str) -> None:
    for passage in EVAL.read_real_set(name):
        fast = extract(passage.text, find_own=True, line_offset=2)
        assert fast == reference.extract(passage.text, find_own=True, line_offset=2), passage.id


def test_tuning_set_meets_the_targets() -> None:
    """Precision, recall ≥ 0.97, relation ≥ 0.95 and every own number found (the set tuned on)."""
    score = EVAL.evaluate_real("tuning", [])
    assert score.true_positives / score.found >= 0.97
    assert score.true_positives / score.expected >= 0.97
    assert score.relation_correct / score.true_positives >= 0.95
    assert score.own_right == score.documents
    assert score.self_cited == 0


# --------------------------------------------------------------------------- a document's own number


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("ỦY BAN NHÂN DÂN\nTỈNH X\n|\nSố:\n15/2023/QĐ-UBND\n|\nX, ngày 2 tháng 8 năm 2023", "15/2023/QĐ-UBND", "header"),
        ("BỘ THÔNG TIN -------- Số: 09/2015/TT-BTTTT | CỘNG HÒA …", "09/2015/TT-BTTTT", "header"),
        ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n\nNghị quyết số: 653/2019/UBTVQH14\n", "653/2019/UBTVQH14", "header"),
        ("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6", "16/2001/CT-TTG", "header"),
        ("Kế hoạch 155/KH-UBND năm 2017\nSố hiệu: 155/KH-UBND Loại văn bản: Văn bản khác", "155/KH-UBND", "metadata"),
        ("Số hiệu: | 52/2018/QĐ-UBND | Ngày đăng công báo: |", "52/2018/QĐ-UBND", "metadata"),
        ("Quyết định 119/QĐ-UBND\n\nQuyết định 119/QĐ-UBND năm 2009 bổ sung thủ tục", "119/QĐ-UBND", "title"),
        ("QUY CHẾ LÀM VIỆC\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng 7)", "59/QĐ-UBND", "attached"),
        ("LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 10-NQ/TU về huy động",
         "10-NQ/TU", "lead"),
        ("Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị", "4912/UBND-NC", "lead"),
    ],
)
def test_own_number_is_found_where_portals_put_it(text: str, number: str, source: str) -> None:
    extraction = extract(text, find_own=True)
    assert extraction.own is not None
    assert (extraction.own.number, extraction.own.source) == (number, source)
    assert number_key(number) not in {number_key(c.number) for c in extraction.citations}


def test_a_blank_number_field_is_no_own_number_and_a_later_lead_is_another_document() -> None:
    text = "UBND XÃ X\nSố: /KH-UBND\n\nNgày 3/2, Thủ tướng Chính phủ đã ban hành Chỉ thị số 05/CT-TTg về phòng chống dịch."
    extraction = extract(text, find_own=True)
    assert extraction.own is None
    assert [c.number for c in extraction.citations] == ["05/CT-TTg"]


def test_a_lead_after_the_header_tells_of_another_document() -> None:
    text = "Số: 4507/BGTVT-TTCNTT\nKính gửi: Các đơn vị\n\nNgày 26/4/2022, Thủ tướng đã ban hành Chỉ thị số 02/CT-TTg, chỉ đạo …"
    extraction = extract(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "4507/BGTVT-TTCNTT"
    assert relations(extraction) == {"02/CT-TTg": MENTIONS}


def test_a_bare_own_number_in_a_lead_keeps_its_type() -> None:
    text = "Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về việc tăng cường …\nTheo Chỉ thị số 17, các cấp ủy …"
    extraction = extract(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("17", "Chỉ thị")
    assert extraction.citations == ()


def test_a_portal_title_spelling_of_the_own_number_is_no_citation() -> None:
    text = "Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN\nSố: 1961/QĐUBND\nCăn cứ Nghị định số 61/2018/NĐCP;"
    extraction = extract(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "1961/QĐ-UBND"
    assert extraction.own.aliases == ("1961/2019/QĐ-UBND",)
    assert [c.number for c in extraction.citations] == ["61/2018/NĐ-CP"]


def test_front_matter_number_is_the_own_number_and_no_search_is_made() -> None:
    extraction = extract("Số: 5/KH-UBND\nThực hiện Kế hoạch số 7/KH-UBND.", own_number="9/KH-UBND", find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.source) == ("9/KH-UBND", "front matter")


# --------------------------------------------------------------------------- relations


def test_bases_under_a_heading_broken_over_two_lines_implement() -> None:
    text = (
        "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ\nI. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22/8/2022;\n"
        "2. Thông tư 05/2022/TT-BNNPTNT ngày 25/7/2022.\nII. MỤC TIÊU\nPhối hợp với Kế hoạch số 370/KH-UBND."
    )
    assert relations(extract(text)) == {"924/QĐ-TTg": IMPLEMENTS, "05/2022/TT-BNNPTNT": IMPLEMENTS, "370/KH-UBND": MENTIONS}


@pytest.mark.parametrize("heading", ["CƠ SỞ XÂY DỰNG KẾ HOẠCH", "Căn cứ:", "II. CĂN CỨ PHÁP LÝ"])
def test_other_basis_headings_open_a_list_of_bases(heading: str) -> None:
    text = f"{heading}\n- Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Tỉnh ủy;\n- Kế hoạch số 370/KH-UBND.\nIII. NHIỆM VỤ\nx"
    assert relations(extract(text)) == {"05-NQ/TU": IMPLEMENTS, "370/KH-UBND": IMPLEMENTS}


def test_a_cue_inside_a_sentence_governs_the_list_after_it() -> None:
    text = (
        "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, "
        "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy, công tác … đạt nhiều kết quả.\n"
        "Ban Thường vụ Đảng ủy đã triển khai một số văn bản như: Chỉ thị số 35-CT/TW; Kế hoạch số 85-KH/ĐU."
    )
    assert set(relations(extract(text)).values()) == {IMPLEMENTS}
    # the same told of a meeting in a news report (no own number): narrative, see test_citations_kinds
    news = text.replace("Ban Thường vụ Đảng ủy đã", "Tại hội nghị, Ban Thường vụ Đảng ủy đã")
    assert set(relations(extract(news)).values()) == {MENTIONS}


@pytest.mark.parametrize(
    "sentence",
    [
        "- Chủ trì, phối hợp triển khai thực hiện Chương trình phối hợp số 03-CTrPH/BTG-HĐND ngày 8/4/2022.",
        "Bộ Chính trị cho ý kiến về Đề án tổng kết 10 năm thực hiện Nghị quyết số 16-NQ/TW của Bộ Chính trị.",
        "Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
    ],
)  # "- Tiếp tục quán triệt Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên." is a dissemination duty: implements since the
# twenty-sixth session (README rule A; tests/test_citations_ann35.py)
def test_a_cue_in_a_task_or_a_description_does_not_make_a_basis(sentence: str) -> None:
    assert set(relations(extract("I. NHIỆM VỤ\n" + sentence)).values()) == {MENTIONS}


def test_on_the_basis_of_is_a_basis_and_a_proposal_never_is() -> None:
    text = (
        "Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của UBND tỉnh; UBND tỉnh ban hành Kế hoạch.\n"
        "Căn cứ Nghị định số 163/2016/NĐ-CP;\n"
        "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 237/TTr-STC ngày 27/7/2018 và Báo cáo số 332/BC-STC.\n"
        "Căn cứ Tờ trình số 12/TTr-UBND ngày 1/2/2020 của UBND xã."
    )
    assert relations(extract(text)) == {
        "6103/KH-UBND": IMPLEMENTS,
        "163/2016/NĐ-CP": IMPLEMENTS,
        "237/TTr-STC": MENTIONS,
        "332/BC-STC": MENTIONS,
        "12/TTr-UBND": MENTIONS,
    }


# --------------------------------------------------------------------------- numbers whole


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Thực hiện Công văn số 5473/BTTTT-KTS&XHS ngày 1/2/2023 của Bộ.", "5473/BTTTT-KTS&XHS"),
        ("Căn cứ Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 1/1/2008;", "19/2008/NQLT/CP-UBTUMTTQVN"),
        ("Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15/11/2010;", "183/2010/TTLT/BTC-BNN"),
        ("Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư;", "70-TB/TW"),
        ("Xét đề nghị của Sở tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007,", "473/TTr-NN&PTNT"),
        ("Thực hiện Quyết định số\n131/QĐ-TTg ngày 25/01/2022 của Thủ tướng;", "131/QĐ-TTg"),
        ("Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018;", "2468/QĐ-UBND"),
    ],
)
def test_numbers_are_read_whole(text: str, number: str) -> None:
    assert [c.number for c in extract(text).citations] == [number]


def test_flattened_preamble_and_wrapped_lines_keep_their_bases() -> None:
    """A whole preamble on one line (a flattened PDF), and a wrapped line that starts with a number."""
    flat = ("QUYẾT ĐỊNH BỘ TRƯỞNG Căn cứ Nghị định số 29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ quy định "
            "chức năng; Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19/3/2002 của Thủ tướng; Xét đề nghị của Vụ trưởng,")
    assert relations(extract(flat)) == {"29/2003/NĐ-CP": IMPLEMENTS, "42/2002/QĐ-TTg": IMPLEMENTS}
    wrapped = ("Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng\n4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức "
               "thực hiện các chương\ntrình mục tiêu quốc gia; Nghị định số 38/2023/NĐ-CP của Chính phủ sửa đổi;")
    assert relations(extract(wrapped)) == {"27/2022/NĐ-CP": IMPLEMENTS, "38/2023/NĐ-CP": IMPLEMENTS}


def test_a_list_number_under_a_type_heading_is_no_citation() -> None:
    assert [c.number for c in extract("KẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg;\n2) Mục tiêu").citations] == ["924/QĐ-TTg"]


def test_glued_issuer_codes_get_their_hyphen_only_before_known_issuers() -> None:
    assert canonical_number("1961/QĐUBND") == "1961/QĐ-UBND"
    assert canonical_number("45/HĐND") == "45/HĐND"
    assert canonical_number("123/BTTTT") == "123/BTTTT"


# --------------------------------------------------------------------------- relations: the kinds the held-out set taught


def test_a_decision_preamble_is_a_list_of_bases_even_without_its_cue_words(extractor: Extractor) -> None:
    """Lines between the issuer's heading and "QUYẾT ĐỊNH:" are bases (a copy may have lost "Căn cứ"),
    except the proposals ("Theo đề nghị …", "Xét …")."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;\n"
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 1234/SNV-VP ngày 2/10/2019,\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 2. Quyết định này thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh."
    )
    assert relations(extractor(text)) == {
        "09/2019/NĐ-CP": IMPLEMENTS,
        "1234/SNV-VP": MENTIONS,
        "1090/QĐ-UBND": MENTIONS,
    }


def test_a_law_named_without_number_ends_before_the_next_cited_document(extractor: Extractor) -> None:
    text = (
        "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
        "tiết một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày 23/01/2017 của Thủ tướng Chính phủ; "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch."
    )
    assert relations(extractor(text)) == {"123/2015/NĐ-CP": IMPLEMENTS, "101/QĐ-TTg": IMPLEMENTS}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a directive verb hands the cue to its addressees, across their list
        ("Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương và cơ sở cần tập trung thực hiện tốt các giải "
         "pháp và Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của Chính phủ.", "05/2001/NQ-CP"),
        # "theo" in a clause stating the document's purpose (a request to others after "theo": a mention,
        # tests/test_citations_kinds.py)
        ("Để xây dựng kế hoạch năm 2023 đảm bảo yêu cầu về nội dung, tiến độ theo Chỉ thị số 12/CT-TTg ngày "
         "22/7/2022 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các Sở thực hiện.", "12/CT-TTg"),
        # the body looking back on its own work
        ("I. ĐÁNH GIÁ TÌNH HÌNH\nSau 10 năm thực hiện Nghị quyết 13-NQ/TU của Tỉnh ủy (khóa XIV), hệ thống kết cấu "
         "hạ tầng có bước phát triển nhanh.", "13-NQ/TU"),
    ],
)
def test_cues_that_hand_a_document_down_or_look_back_on_it_implement(extractor: Extractor, text: str, number: str) -> None:
    assert relations(extractor(text)) == {number: IMPLEMENTS}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thể thức văn bản thực hiện theo Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng.",
        "Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 16-NQ/TW của Bộ Chính trị đã diễn ra.",
        "Phụ lục kèm theo Kế hoạch số 25/KH-UBND ngày 3/3/2025 của UBND xã.",
    ],
)
def test_according_to_in_a_rule_a_summary_or_an_attachment_stays_a_mention(extractor: Extractor, sentence: str) -> None:
    assert set(relations(extractor("II. NỘI DUNG\n" + sentence)).values()) == {MENTIONS}


def test_a_dated_citation_after_a_nested_one_returns_to_the_outer_list(extractor: Extractor) -> None:
    text = (
        "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, "
        "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban "
        "Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về “Tiếp tục đổi mới”, công tác "
        "có chuyển biến.\n"
        "Kế hoạch số 166-KH/TU ngày 02/01/2020 của Tỉnh ủy thực hiện Nghị quyết số 52-NQ/TW và Nghị quyết số "
        "57-NQ/TW được triển khai."
    )
    extraction = extractor(text)
    assert relations(extraction)["111-KL/TU"] == IMPLEMENTS
    assert {(e.source, e.target) for e in extraction.inferred} == {
        ("25-KH/TU", "100-KL/TW"), ("166-KH/TU", "52-NQ/TW"), ("166-KH/TU", "57-NQ/TW"),
    }


def test_a_project_known_by_its_number_is_no_citation(extractor: Extractor) -> None:
    text = "Xét đề nghị của Tổ trưởng Tổ công tác thực hiện Đề án 30 của Ủy ban nhân dân tỉnh và Chương trình 135."
    assert relations(extractor(text)) == {}
    assert relations(extractor("Thực hiện Đề án số 06/ĐA-UBND ngày 1/2/2024. Đề án 06 đạt kết quả.")) == {
        "06/ĐA-UBND": IMPLEMENTS
    }


def test_line_breaks_spelled_out_in_a_saved_copy_are_line_breaks_for_the_own_number(extractor: Extractor) -> None:
    text = (
        "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
        "\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n |\n"
        "Thực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính phủ."
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "54/KH-UBND"
    assert relations(extraction) == {"1896/QĐ-TTg": IMPLEMENTS}
    assert extraction.citations[0].line == 3


def test_a_letter_after_the_serial_is_part_of_the_number(extractor: Extractor) -> None:
    text = "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ; Quyết định 12a/2020/QĐ-UBND;"
    assert relations(extractor(text)) == {"30c/NQ-CP": IMPLEMENTS, "12a/2020/QĐ-UBND": IMPLEMENTS}


def test_a_title_in_capitals_nests_the_document_its_cited_plan_carries_out(extractor: Extractor) -> None:
    text = (
        "CHƯƠNG TRÌNH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH\nSỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY "
        "VỀ VIỆC TRIỂN\nKHAI THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW NGÀY 05 THÁNG 01 NĂM 2022 CỦA BAN BÍ THƯ\n"
        "I. MỤC ĐÍCH, YÊU CẦU"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is None  # "KẾ HOẠCH⏎SỐ 164-KH/TU" is the title's citation, not a number field
    assert relations(extraction) == {"164-KH/TU": IMPLEMENTS, "12-CT/TW": MENTIONS}


def test_a_news_lead_about_a_document_just_issued_names_it_or_gives_its_title(extractor: Extractor) -> None:
    named = (
        "Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79 về tổ chức quán triệt, triển khai thực hiện Nghị quyết số 37 ngày "
        "9/10/2014 của Bộ Chính trị. Qua đó, cán bộ nắm vững Nghị quyết 37."
    )
    extraction = extractor(named, find_own=True)
    assert extraction.own is not None and extraction.own.number == "79"
    assert "79" not in relations(extraction)
    unnamed = (
        "Phó Chủ tịch UBND tỉnh vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng "
        "Chính phủ về kế hoạch chuyển đổi số.\nUBND tỉnh yêu cầu các sở rà soát quy trình."
    )
    assert relations(extractor(unnamed, find_own=True)) == {"1012/QĐ-TTg": IMPLEMENTS}
    task = "II. NHIỆM VỤ\nBan hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
    assert relations(extractor(task, find_own=True)) == {"57-NQ/TW": MENTIONS}


def test_a_document_amended_replaced_or_repealed_is_a_mention_even_in_the_title(extractor: Extractor) -> None:
    text = (
        "THÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 15/2011/TT-BTTTT ngày 24/6/2011\n"
        "Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17/02/2017 của Chính phủ;\n"
        "Căn cứ Luật Ban hành văn bản số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\n"
        "Điều 3. Thông tư này thay thế Thông tư số 09/2015/TT-BTTTT và bãi bỏ Quyết định số 12/2010/QĐ-BTTTT."
    )
    assert relations(extractor(text)) == {
        "15/2011/TT-BTTTT": MENTIONS,
        "17/2017/NĐ-CP": IMPLEMENTS,
        "64/2025/QH15": IMPLEMENTS,
        "87/2025/QH15": IMPLEMENTS,
        "09/2015/TT-BTTTT": MENTIONS,
        "12/2010/QĐ-BTTTT": MENTIONS,
    }


# --------------------------------------------------------------------------- after tuning on heldout3


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy.\n\n"
         "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nThực hiện Nghị quyết Đại hội …", "10-NQ/TU"),
        ("CÔNG TÁC ĐẢNG\n\nThực hiện Hướng dẫn số 70-HD/BTGTU ngày 14/12/2018 của Ban Tuyên giáo Thành uỷ,\n\n"
         "Ban Tuyên giáo Quận ủy ban hành Hướng dẫn công tác tuyên truyền.\n\n"
         "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy.",
         "35-HD/BTG"),
    ],
)
def test_a_page_that_presents_a_document_names_its_own_number(extractor: Extractor, text: str, number: str) -> None:
    """"giới thiệu toàn văn …", "đăng tải …" (also in a short page's last sentence): the page's document."""
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.source) == (number, "published")
    assert number_key(number) not in {number_key(c.number) for c in extraction.citations}


def test_a_ceremony_that_announces_a_document_is_no_own_number(extractor: Extractor) -> None:
    """"lễ công bố Nghị quyết số …" reports another body's document: a mention, not the page's own."""
    text = "Sáng ngày 01/01, Ban chấp hành Đảng bộ huyện tổ chức lễ công bố Nghị quyết số 819/NQ-UBTVQH14 về sáp nhập."
    extraction = extractor(text, find_own=True)
    assert extraction.own is None
    assert relations(extraction) == {"819/NQ-UBTVQH14": MENTIONS}
