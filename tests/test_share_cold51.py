"""QR codes drawn in runs (vanban.share.draw_in_runs): the same SVG as one drawn on demand, in any
order a page asks for it; each planned code drawn once, at most RUN ahead (cold51)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from vanban import share
from vanban.share import RUN, QrCode, draw_in_runs, qr_svg


def _codes(n: int) -> list[QrCode]:
    return [QrCode(f"https://vb.example/van-ban/2025/{k}-qd-ubnd/", f"Mã QR dẫn tới Quyết định số {k}/QĐ-UBND")
            for k in range(n)]


@pytest.fixture(autouse=True)
def _no_plan() -> Iterator[None]:
    yield
    draw_in_runs(())


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    drawn: list[str] = []

    def counting(url: str, label: str) -> str:
        drawn.append(url)
        return qr_svg(url, label)
    monkeypatch.setattr(share, "qr_svg", counting)
    return drawn


def test_planned_codes_draw_what_each_draws_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    codes = _codes(RUN * 2 + 5)
    expected = [qr_svg(c.url, c.label) for c in codes]
    drawn = _counted(monkeypatch)
    draw_in_runs(codes)
    assert codes[0].__html__() == expected[0]
    assert len(drawn) == RUN  # a run drawn at once, none of them twice below
    assert [code.__html__() for code in codes[1:]] == expected[1:]
    assert sorted(drawn) == sorted(c.url for c in codes)


def test_any_order_and_repeats_and_unplanned() -> None:
    codes = _codes(RUN + 9)
    draw_in_runs(codes[:-3])
    asked = [*codes[::-1], codes[5], codes[-1]]  # backwards, one twice, unplanned ones
    assert [str(code) for code in asked] == [qr_svg(c.url, c.label) for c in asked]


def test_a_drawn_code_and_a_new_plan_let_go() -> None:
    codes = _codes(3)
    draw_in_runs(codes)
    first = weakref.ref(codes[0])
    codes[0].__html__()
    del codes[0]
    gc.collect()
    assert first() is None  # drawn: no longer held by the plan
    rest = weakref.ref(codes[0])
    draw_in_runs(())
    del codes
    gc.collect()
    assert rest() is None
