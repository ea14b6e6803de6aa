"""The shortcuts task reading takes for its cost give the answers of the plain pattern searches they replace.

:func:`vanban.tracking.clauses.leads_in` searches :data:`~vanban.tracking.patterns.LEAD_IN_DUTY` only
near the end of a duty, :func:`~vanban.tracking.clauses.shared_colon` tries
:data:`~vanban.tracking.patterns.SHARED_COLON` only before a noun it names: both are held here to the
whole-string search on every tail of every clause of the spent real sets, the tracking fixture, the demo
and a synthetic corpus, and on the edge cases of their rules (case, spaces, a second colon, short text).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from tracking_texts import tracking_texts

from vanban.deadlines.blocks import blocks
from vanban.tracking import clauses as c
from vanban.tracking import patterns as p

EDGES = [
    "", ":", "sau", "sau:", " sau :", "xsau:", "x sau:", "Sau:", "SAU :", "ſau:", "đây", "ĐÂY:", "như sau", "như sau:",
    "như  sau :  ", "như\nsau:\n", "Như Sau:", "dưới đây:", "dưới\tđây", "sau đây", "sau   đây :", "sau đây::",
    "như sau: :", "thực hiện như sau:.", "thực hiện như sau", "trước ngày sau", "báo cáo sau", "thay:sau:",
    "các Sở", "các Sở ", "Giám đốc các Sở", "các sở", "CÁC SỞ", "các Trung tâm", "các Trung  tâm", "các Trung tâm\n",
    "các Bộ", "các Cục", "các Ban", "các Phòng", "cácSở", "các ſở", "các Sở Tài chính", "Sở", "tâm", "ban",
]


def _texts() -> Iterator[str]:
    return tracking_texts(60, 3)


def _tails() -> Iterator[str]:
    """Every clause of every block, and every tail of it that starts after a space or a colon."""
    for body in _texts():
        for block in blocks(body):
            probe = p.retone(block.text)
            for clause in probe.split(";"):
                yield clause
                for at, ch in enumerate(clause):
                    if ch in " :":
                        yield clause[at + 1:]


@pytest.fixture(scope="module")
def tails() -> list[str]:
    found = sorted(set(_tails()))
    assert len(found) > 50_000
    return found


def test_leads_in_is_the_search(tails: list[str]) -> None:
    assert sum("sau" in t.lower() or "đây" in t.lower() for t in tails) > 1_000  # the near misses are tried
    for text in itertools.chain(tails, EDGES):
        duty = text.strip(" .;")
        assert c.leads_in(duty) == (p.LEAD_IN_DUTY.search(duty) is not None), duty
    assert sum(c.leads_in(t.strip(" .;")) for t in tails) > 10  # the real texts do end so


def test_shared_colon_is_the_search(tails: list[str]) -> None:
    for text in itertools.chain(tails, (e + ": Kế hoạch và Đầu tư" for e in EDGES)):
        colon = text.find(":")
        if colon > 0:
            assert c.shared_colon(text, colon) == (p.SHARED_COLON.search(text, 0, colon) is not None), text
    shared = "Giám đốc các Sở: Tài chính, Nội vụ"
    assert c.shared_colon(shared, shared.find(":"))
