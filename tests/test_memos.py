"""Memoised pure functions (performance only): the remembered answer is the function's own, asked once or again."""

from __future__ import annotations

import itertools

from icalendar import Calendar, vText

from vanban.calendar import assemble
from vanban.dates import PartialDate
from vanban.issuers import place_of
from vanban.owners import cite_key

NUMBERS = ["57-NQ/TW", "05-KH/TU", "21/KH-UBND", "12/2025/QĐ-UBND", "17", "14/2018", "131/QĐ-TTg", "53/NQ-TW",
           "01/1999/QĐ.UB", "300/LĐLĐ", "19-2017/NQ-CP"]
DATES = [None, PartialDate(2025), PartialDate(2024, 3, 7)]
SCOPES = [None, "huyện đông anh", "?van-ban/a"]
TYPES = [None, "Chỉ thị", "Nghị quyết"]
ISSUERS = [None, "", "UBND huyện Đông Anh", "Huyện ủy Châu Thành", "Ủy ban nhân dân tỉnh Quảng Nam"]


def test_cite_key_remembered_is_computed() -> None:
    plain = cite_key.__wrapped__
    for args in itertools.product(NUMBERS, DATES, SCOPES, TYPES, ISSUERS):
        assert cite_key(*args) == plain(*args) == cite_key(*args)


def test_place_of_remembered_is_computed() -> None:
    names = [*filter(None, ISSUERS), "Tỉnh ủy về công tác", "UBND xã An Bình (mẫu)", "Thành ủy Tam Kỳ", "tp. Huế"]
    for name in names:
        assert place_of(name) == place_of.__wrapped__(name) == place_of(name)


def test_calendar_header_remembered_is_computed() -> None:
    for calname in ("Kế hoạch 21/KH-UBND — mốc thời gian", "a, b; c", "x" * 200):
        calendar = Calendar()  # what the header was made of before it was remembered
        for name, value in (("prodid", "-//vanban//vi"), ("version", "2.0"), ("calscale", "GREGORIAN"),
                            ("method", "PUBLISH"), ("x-wr-calname", vText(calname))):
            calendar.add(name, value)
        assert assemble([], calname=calname) == bytes(calendar.to_ical()) == assemble([], calname=calname)
