"""A number with a dash before its year (nineteenth session): "19-2017/NQ-CP" is 19/2017/NQ-CP written with a dash, read
whole on the fast extractor and its plain reference, and keyed as the slashed number."""

from __future__ import annotations

from conftest import Extractor
from vanban.citations import number_key


def test_a_dash_before_the_year_keeps_the_number_whole(extractor: Extractor) -> None:
    """"19-2017/NQ-CP" is 19/2017/NQ-CP written with a dash: read whole, keyed as the slashed number; a year range or a
    serial that is a year stays as it was."""
    text = (
        "Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017 của Chính phủ đã đặt mục tiêu; Thông tư số 05-2019/TT-BTC hướng "
        "dẫn thêm.\n"
    )
    extraction = extractor(text)
    assert {c.number for c in extraction.citations} == {"19-2017/NQ-CP", "05-2019/TT-BTC"}
    assert number_key("19-2017/NQ-CP") == number_key("19/2017/NQ-CP")
    assert number_key("2016-2020/NQ-CP") != number_key("2016/2020/NQ-CP")

