"""The reporting calendar (``reporting:``): when a periodic report ("Định kỳ 6 tháng và hàng năm
báo cáo …", "hằng quý", "hằng tháng") is due.

There is no national date: Nghị định 09/2019/NĐ-CP lets each ministry and province set its
own (its Điều 13 gives reports to the Government "chậm nhất vào ngày 25 của tháng cuối kỳ
báo cáo"; Thông tư 02/2023/TT-BTTTT, for instance, asks for monthly reports by the 15th,
6-month ones by 6 June and yearly ones by 25 November), and Party bodies have rules of
their own. So vanban has no default: without ``reporting:`` a periodic duty is shown with its
rule and no date. The portal writes the calendar it works under, and names it::

    reporting:
      source: Nghị định 09/2019/NĐ-CP, Điều 13 khoản 1   # shown beside every date it gives
      monthly: 25                  # day of every month
      quarterly: [25/03, 25/06, 25/09, 25/12]
      half_yearly: [25/06]         # the 6-month report (the yearly one covers the rest)
      yearly: [25/12]
      horizon_months: 12           # dates up to this many months after the document (at most 60)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import patterns as p
from .units import TrackingConfigError

MAX_HORIZON = 60
MAX_OCCURRENCES = 60
_DAY_MONTH = re.compile(r"^\s*([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*$")


@dataclass(frozen=True)
class ReportingCalendar:
    """Due days per period: (month, day) pairs within a year; monthly is a day of every month."""

    source: str
    monthly: int | None = None
    quarterly: tuple[tuple[int, int], ...] = ()
    half_yearly: tuple[tuple[int, int], ...] = ()
    yearly: tuple[tuple[int, int], ...] = ()
    horizon_months: int = 12

    def days_of(self, period: str) -> tuple[tuple[int, int], ...]:
        if period == "monthly":
            return tuple((m, self.monthly) for m in range(1, 13)) if self.monthly else ()
        days: tuple[tuple[int, int], ...] = getattr(self, period, ())
        return days


def _day(value: Any, where: str) -> tuple[int, int]:
    m = _DAY_MONTH.match(str(value))
    if m is None:
        raise TrackingConfigError(f"vanban: reporting: {where}: “{value}” phải có dạng ngày/tháng, ví dụ 25/06")
    day, month = int(m.group(1)), int(m.group(2))
    try:
        dt.date(2024, month, day)  # a leap year: 29/02 is allowed (moved to 28/02 in other years)
    except ValueError:
        raise TrackingConfigError(f"vanban: reporting: {where}: “{value}” không phải một ngày có thật") from None
    return month, day


def parse_reporting(raw: Any) -> ReportingCalendar | None:
    """``reporting:`` of the plugin config, or None when the portal set none."""
    if raw in (None, {}):
        return None
    if not isinstance(raw, Mapping):
        raise TrackingConfigError("vanban: reporting: phải có dạng {source: …, monthly: …, quarterly: […], …}")
    unknown = set(raw) - {"source", "monthly", "quarterly", "half_yearly", "yearly", "horizon_months"}
    if unknown:
        raise TrackingConfigError(f"vanban: reporting: khóa không dùng được: {', '.join(sorted(map(str, unknown)))}")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise TrackingConfigError("vanban: reporting: cần source: — văn bản quy định lịch báo cáo này "
                                  "(ví dụ: Quyết định …/QĐ-UBND của UBND tỉnh về chế độ báo cáo định kỳ)")
    monthly = raw.get("monthly")
    if monthly is not None and (not isinstance(monthly, int) or not 1 <= monthly <= 28):
        raise TrackingConfigError("vanban: reporting: monthly: phải là một ngày trong tháng, từ 1 đến 28")
    lists: dict[str, tuple[tuple[int, int], ...]] = {}
    for key in ("quarterly", "half_yearly", "yearly"):
        value = raw.get(key) or []
        if not isinstance(value, list):
            value = [value]
        lists[key] = tuple(sorted(_day(v, key) for v in value))
    horizon = raw.get("horizon_months", 12)
    if not isinstance(horizon, int) or not 1 <= horizon <= MAX_HORIZON:
        raise TrackingConfigError(f"vanban: reporting: horizon_months: phải là số tháng từ 1 đến {MAX_HORIZON}")
    return ReportingCalendar(source=source.strip(), monthly=monthly, horizon_months=horizon, **lists)


def periods_of(text: str) -> tuple[str, ...]:
    """The reporting periods a phrase names: "Định kỳ 6 tháng và hàng năm" → half_yearly, yearly."""
    found = []
    rest = text
    for period, pattern in p.PERIODS:
        if pattern.search(rest):
            found.append(period)
            rest = pattern.sub(" ", rest)  # "6 tháng" is not also "hằng tháng"; "hàng năm" not "năm"
    return tuple(found)


def rule_label(periods: tuple[str, ...]) -> str:
    return ", ".join(p.PERIOD_LABELS[x] for x in periods)


def _on(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1  # 29/02 in a common year


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _on(index // 12, index % 12 + 1, day.day)


def occurrences(calendar: ReportingCalendar, periods: tuple[str, ...], after: dt.date) -> list[tuple[dt.date, str]]:
    """Due dates of *periods* after *after*, up to the calendar's horizon: (date, period), sorted."""
    end = add_months(after, calendar.horizon_months)
    found: dict[dt.date, str] = {}
    for period in periods:
        for year in range(after.year, end.year + 1):
            for month, day in calendar.days_of(period):
                due = _on(year, month, day)
                if after < due <= end and due not in found:
                    found[due] = period
    return sorted(found.items())[:MAX_OCCURRENCES]


def yearly_occurrences(month_day: tuple[int, int], after: dt.date, horizon_months: int) -> list[dt.date]:
    """A day of every year ("Ngày Chuyển đổi số quốc gia (10/10)") after *after*, up to the horizon."""
    end = add_months(after, horizon_months)
    month, day = month_day
    return [d for d in (_on(y, month, day) for y in range(after.year, end.year + 1)) if after < d <= end]
