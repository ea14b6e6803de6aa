"""Theo dõi triển khai: who must do what by when, who has done it, and who is late.

A framework-free stage: :mod:`.units` (the portal's units, successors and name matching),
:mod:`.reporting` (the portal's reporting calendar), :mod:`.tasks` (the tasks a document
assigns, with :mod:`.sentences` for those stated in running sentences), :mod:`.status` (done / late / overdue / open), :mod:`.summary` (medians and counts).
Every result is a frozen dataclass; :mod:`vanban.tracking.feature` puts them on pages.
"""

from .reporting import ReportingCalendar, parse_reporting
from .status import STATUS_LABELS, STATUSES, DocumentTracking, Task, Tracker, Tracking, Unmatched, track
from .units import Match, Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units

__all__ = [
    "STATUSES", "STATUS_LABELS", "DocumentTracking", "Match", "Registry", "ReportingCalendar", "Successor", "Task",
    "Tracker", "Tracking", "TrackingConfigError", "Unit", "Unmatched", "parse_reporting", "parse_successors",
    "parse_units", "track",
]
