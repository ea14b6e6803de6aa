"""scripts/citation_robustness.py: a dressing that should change nothing costs nothing on the spent passages it dresses,
and a cost is counted where it is one (a page whose chrome hides its title from a reader that reads only line one)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import citation_robustness
from citation_eval import FRESH_SETS, Passage

TITLED = Passage(
    id="x", source="", own="119/QĐ-UBND", citations=[{"number": "12/KH-UBND", "relation": "implements"}],
    text="Quyết định 119/QĐ-UBND về việc ban hành Kế hoạch\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2024 của UBND tỉnh.",
)


@pytest.mark.parametrize("name", sorted(citation_robustness.DRESSINGS))
def test_each_dressing_costs_nothing_on_a_titled_page(name: str) -> None:
    harm = citation_robustness.harm_of([TITLED], citation_robustness.DRESSINGS[name], examples=1)
    assert (harm.own_lost, harm.self_cited, harm.citations_lost, harm.citations_extra) == (0, 0, 0, 0), harm.examples


def test_a_cost_is_counted() -> None:
    hidden = citation_robustness.harm_of([TITLED], lambda t: "Một dòng tiêu đề khác của trang\n\n" + t, examples=1)
    assert (hidden.own_lost, hidden.self_cited, hidden.citations_extra) == (1, 1, 1)
    assert hidden.examples and hidden.examples[0].startswith("  x: own 119/qd-ubnd -> None")


def test_the_report_reads_spent_sets_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert not set(FRESH_SETS) & set(citation_robustness.REAL_SETS)
    assert citation_robustness.main(["--sets", "tuning2", "--dressings", "updated-top", "eth"]) == 0
    assert "3 passages of 1 spent sets" in capsys.readouterr().out
