"""The directing-verb reading's two guards (trk51d, forty-first session; tracking README): a later recurrence ("Đồng thời
… báo cáo … định kỳ") is the director's own duty, not the bodies it steers (tuning3 v04); and a run of capitalised kinds
under one "các" with what they share after it ("các Phòng, Đội trực thuộc", "các Sở, Ban ngành tỉnh") is one group.

Texts written for this test (other bodies than the sets'), on the fast reader and on the plain reference. The first two
fail on trk51c-wip (5216b2fc: the periodic lent to the steered bodies, the group split at its capital); the guard holds."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.tracking.lists import split_units

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


def test_the_directors_recurrence_is_not_lent_to_the_bodies_it_steers() -> None:
    body = ("Cục Thuế tỉnh có trách nhiệm thường xuyên đôn đốc các Chi cục, Đội trực thuộc nghiêm túc thực hiện. "
            "Đồng thời tổng hợp số liệu, kịp thời báo cáo kết quả đột xuất, định kỳ theo quy định.")
    assert sorted(stated_tasks(body, DAY)) == [("Cục Thuế tỉnh", "periodic"), ("các Chi cục, Đội trực thuộc", "-")]


@pytest.mark.parametrize(("span", "units"), [
    ("các Phòng, Đội trực thuộc", ["các Phòng, Đội trực thuộc"]),
    ("Thủ trưởng các Sở, Ban ngành tỉnh", ["Thủ trưởng các Sở, Ban ngành tỉnh"]),
    ("Sở Y tế, Bệnh viện tỉnh", ["Sở Y tế", "Bệnh viện tỉnh"]),  # a level after a capitalised body is its name: two
])
def test_a_run_of_capitalised_kinds_shares_its_tail(span: str, units: list[str]) -> None:
    assert split_units(span) == units
