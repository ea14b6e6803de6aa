"""A decision's closing article that names the collectives it honours (thirty-fourth session, trk44): "… Trưởng ban Ban Thi
đua - Khen thưởng Trung ương và tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này" gives the collectives
their own row (bodies: the sets' choice, heldout18 z27, heldout19 x36, x49); the office before them keeps its own, and the
persons named in Điều 1 hold nothing.

Texts written for this test (other bodies than the sets'), on the fast reader and on the plain reference. The start code
(ffb2c07) reads the office and the collectives as one holder in each case of the first test."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2009, 4, 1)


@pytest.mark.parametrize(("body", "found"), [
    ("Điều 1. Tặng Bằng khen cho 3 tập thể thuộc tỉnh Hà Giang.\n\nĐiều 2. Chủ tịch Ủy ban nhân dân tỉnh Hà Giang, Vụ trưởng "
     "Vụ Thi đua và tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     [("Chủ tịch Ủy ban nhân dân tỉnh Hà Giang", "-"), ("Vụ Thi đua", "-"), ("tập thể có tên tại Điều 1", "-")]),
    ("Điều 2. Giám đốc Sở Nội vụ, Trưởng ban Ban Thi đua - Khen thưởng tỉnh, các tập thể có tên tại Điều 1 chịu trách nhiệm "
     "thi hành Quyết định này.",
     [("Giám đốc Sở Nội vụ", "-"), ("Trưởng ban Ban Thi đua - Khen thưởng tỉnh", "-"), ("các tập thể có tên tại Điều 1", "-")]),
])
def test_the_collectives_named_in_an_article_hold_the_execution(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


def test_the_persons_named_in_an_article_hold_nothing() -> None:
    body = ("Điều 2. Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành "
            "Quyết định này.")
    assert stated_tasks(body, DAY) == [("Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng", "-")]
