"""Theo dõi triển khai: who must do what by when, who has done it, and who is late.

A framework-free stage: :mod:`.units` (the portal's units, successors and name matching),
:mod:`.reporting` (the portal's reporting calendar), :mod:`.tasks` (the tasks a document assigns:
its "TỔ CHỨC THỰC HIỆN" items, and duties in running sentences read clause by clause by
:mod:`.clauses`, walked fast by :mod:`.sentences` and plainly by :mod:`.reference`, which the tests
hold to the same rows), :mod:`.status` (done / late / overdue / open), :mod:`.summary` (medians and
counts). Every result is a frozen dataclass; :mod:`.pages` puts them on pages.

Cost is linear: a document's tasks come from its own body and its fulfilment from the edges pointing
at it, never from a scan of all documents. The tasks are read in the analysis stage
(:func:`vanban.analysis.analyse`): in the worker processes, from the blocks the deadline finder cut,
and kept in the build cache, so a warm build reads none again. At 1,000 synthetic documents reading
them costs about 0.3 s of CPU (the deadline finder about 0.3 s), and the stage's own work (status,
pages) about 0.2 s (``python scripts/tracking_profile.py 1000``).
"""

from .reporting import ReportingCalendar, parse_reporting
from .status import STATUS_LABELS, STATUSES, DocumentTracking, Task, Tracker, Tracking, Unmatched, track
from .units import Match, Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units

__all__ = [
    "STATUSES", "STATUS_LABELS", "DocumentTracking", "Match", "Registry", "ReportingCalendar", "Successor", "Task",
    "Tracker", "Tracking", "TrackingConfigError", "Unit", "Unmatched", "parse_reporting", "parse_successors",
    "parse_units", "track",
]
