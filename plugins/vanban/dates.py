"""Dates as Vietnamese documents state them: possibly partial, never guessed.

An original that leaves the day blank ("ngày   tháng 02 năm 2025") keeps only year and
month; the portal shows what is known and says what is missing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
YEARS = (1945, 2100)  # a document of the Democratic Republic / Socialist Republic, or a typo


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date whose month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``2025``, ``2025-02`` or ``2025-02-14``; raise ValueError with a Vietnamese reason."""
        m = _ISO.match(text.strip())
        if not m:
            if dmy := _DMY.match(text.strip()):  # as clerks write it: say whether it exists at all
                iso = f"{int(dmy.group(3)):04d}-{int(dmy.group(2)):02d}-{int(dmy.group(1)):02d}"
                cls.parse(iso)  # raises when 31/02/2025 does not exist
                raise ValueError(f"“{text}” phải viết dạng năm-tháng-ngày: {iso}")
            raise ValueError(f"“{text}” không phải ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if not YEARS[0] <= year <= YEARS[1]:
            raise ValueError(f"năm {year} nằm ngoài khoảng {YEARS[0]}–{YEARS[1]} (kiểm tra năm trong bản gốc)")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"tháng {month} không tồn tại")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"ngày {day}/{month}/{year} không tồn tại (tháng {month} có {last} ngày)")
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def complete(self) -> bool:
        return self.month is not None and self.day is not None

    def to_date(self) -> dt.date | None:
        """The exact day, or None: a partial date is never rounded to a guessed day."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def sort_value(self) -> tuple[int, int, int]:
        """Order key placing a partial date at the start of its period."""
        return (self.year, self.month or 0, self.day or 0)

    def end_value(self) -> tuple[int, int, int]:
        """Order key placing a partial date at the end of its period."""
        return (self.year, self.month or 12, self.day or 31)

    def vietnamese(self) -> str:
        """``22/12/2024``; ``tháng 02/2025 (chưa ghi ngày)``; ``năm 2025 (chưa ghi ngày, tháng)``."""
        if self.month is None:
            return f"năm {self.year} (chưa ghi ngày, tháng)"
        if self.day is None:
            return f"tháng {self.month:02d}/{self.year} (chưa ghi ngày)"
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

    def dated(self) -> str:
        """After a document's name: ``ngày 22/12/2024``, or the partial forms of :meth:`vietnamese`
        as they are (never "ngày tháng 02/2025")."""
        return f"ngày {self.vietnamese()}" if self.complete else self.vietnamese()

    def date_line(self, blank: str) -> str:
        """The original's date line "ngày 07 tháng 3 năm 2025" (Nghị định 30/2020, Phụ lục I: a
        leading zero for days under 10 and for months 1 and 2 only); an unknown part is *blank*."""
        day = f"{self.day:02d}" if self.day else blank
        month = (f"{self.month:02d}" if self.month <= 2 else str(self.month)) if self.month else blank
        return f"ngày {day} tháng {month} năm {self.year}"


def vietnamese_date(value: PartialDate | None, missing: str = "chưa ghi ngày") -> str:
    return value.vietnamese() if value else missing


VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")  # no daylight saving time


def build_day(environ: dict[str, str] | None = None) -> dt.date:
    """The day of the build in Vietnam; ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention)
    fixes it, so a rebuild of the same corpus on another day can still be byte-identical."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (dt.datetime.fromtimestamp(int(epoch), VIETNAM) if epoch.isdigit()
              else dt.datetime.now(VIETNAM))
    return moment.date()


MONTHS = ("", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
          "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12")


def month_label(date: PartialDate) -> str:
    """The month heading a date is listed under; a date without its month under its year."""
    if date.month is None:
        return f"Năm {date.year} (chưa rõ tháng)"
    return f"{MONTHS[date.month]}/{date.year}"


def lag_days(earlier: PartialDate | None, later: PartialDate | None) -> int | None:
    """Days between two stated dates, or None when either is missing or partial."""
    a = earlier.to_date() if earlier else None
    b = later.to_date() if later else None
    if a is None or b is None:
        return None
    return (b - a).days
