"""Theo dõi triển khai: who must do what by when, who has done it, and who is late.

A framework-free stage: :mod:`.units` (the portal's units, successors and name matching),
:mod:`.reporting` (the portal's reporting calendar), :mod:`.tasks` (the tasks a document
assigns, with :mod:`.sentences` for those stated in running sentences), :mod:`.status` (done / late / overdue / open), :mod:`.summary` (medians and counts).
Every result is a frozen dataclass; :mod:`vanban.tracking.feature` puts them on pages.

Cost is linear: a document's tasks come from its own body (each clause read once) and its fulfilment
from the edges pointing at it, never from a scan of all documents. At 1,000 synthetic documents the
stage takes about 0.5 s of a 3–5 s site model (``python scripts/tracking_profile.py 1000``), most of
it reading tasks in running sentences (about 1.5× the deadline finder's time on the same bodies).
"""

from .reporting import ReportingCalendar, parse_reporting
from .status import STATUS_LABELS, STATUSES, DocumentTracking, Task, Tracker, Tracking, Unmatched, track
from .units import Match, Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units

__all__ = [
    "STATUSES", "STATUS_LABELS", "DocumentTracking", "Match", "Registry", "ReportingCalendar", "Successor", "Task",
    "Tracker", "Tracking", "TrackingConfigError", "Unit", "Unmatched", "parse_reporting", "parse_successors",
    "parse_units", "track",
]
