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
and kept in the build cache, so a warm build reads none again.

What it costs, and the choice made (twelfth session): at 5,000 synthetic documents a cold serial build
(``python scripts/bench_ab.py 5000 --b tracking=false --workers 1``) spends, tracking on against off, user
CPU ×1.09 (1.02–1.17), peak RSS ×1.04 (+16 MB); at 1,000, user CPU ×1.06 (1.04–1.17), CPU ×1.00
(0.97–1.03). In-process at 5,000: reading the tasks 1.7–2.0 s of CPU (deadline finding, for scale,
1.7 s), this stage 0.6 s (status 0.3, pages 0.3), and the rest is rendering and writing what the
feature shows: 4,422 of the 5,000 documents get a panel (15,120 rows), /theo-doi/ and /don-vi/ add
224 pages, the site grows from 372 to 412 MB. That is over the 5% the issue asked for, and the part
left is the output itself. Tracking stays on by default, with or without ``units:``: a portal that lists
no units still gets each document's tasks, due dates and who is late as the text names them, which
is what its readers come for; ``tracking: false`` turns it off and the build costs what it did
before the feature (no task read, no page made).
"""

from .reporting import ReportingCalendar, parse_reporting
from .status import STATUS_LABELS, STATUSES, DocumentTracking, Task, Tracker, Tracking, Unmatched, track
from .units import Match, Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units

__all__ = [
    "STATUSES", "STATUS_LABELS", "DocumentTracking", "Match", "Registry", "ReportingCalendar", "Successor", "Task",
    "Tracker", "Tracking", "TrackingConfigError", "Unit", "Unmatched", "parse_reporting", "parse_successors",
    "parse_units", "track",
]
