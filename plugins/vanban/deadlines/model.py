"""What a deadline is: :class:`Deadline` and its :data:`KINDS`."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

KINDS = ("by_date", "on_date", "month", "recurring_yearly", "periodic")


@dataclass(frozen=True)
class Deadline:
    """One time limit or date set by a document."""

    kind: str
    """``by_date``, ``on_date``, ``month`` (month or quarter span), ``recurring_yearly``, ``periodic``."""
    date: datetime.date | None
    """The day (by_date/on_date), the last day of the span (month), ``None`` otherwise."""
    start: datetime.date | None
    """The first day of a span (month, quarter, "từ ngày … đến ngày …"), else ``None``."""
    month_day: tuple[int, int] | None
    """``(month, day)`` for recurring_yearly."""
    action: str
    """What must be done, from the same item or sentence."""
    actor: str | None
    """Who must do it, when the item says so."""
    text: str
    """The phrase as written, e.g. ``"trước ngày 28/3/2025"``."""
    line: int
    """1-based line of the phrase in the input (plus ``line_offset``)."""
