"""Kinds of the twenty-second session (issue 15), grouped over every spent tracking set and the unscored citation and
import texts, each pinned by passages written in other layouts than the ones they were seen in, on the fast sentence
reader and on the plain reference (tests/fixtures/tracking/real/README.md, "Twenty-second session")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # the writer's closing formula names its addressees, no task of the writer's (heldout6 s09, s10; citations x47, x49)
    ("Về việc này, Thủ tướng Chính phủ giao Bộ Y tế chủ trì kiểm tra, báo cáo.\n\n"
     "Văn phòng Chính phủ thông báo để Bộ Y tế biết, thực hiện./.", [("Bộ Y tế", "-")]),
    ("Sở Tư pháp thông báo cho các phòng, ban chuyên môn được biết.", []),
    ("Ủy ban nhân dân huyện xin thông báo đến toàn thể nhân dân trên địa bàn huyện được biết.", []),
    # a group's notice to the public is its duty
    ("UBND các xã thông báo để nhân dân biết, thực hiện trước ngày 10/3/2025.", [("UBND các xã", "2025-03-10")]),
])
def test_the_writers_notice_formula(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found
