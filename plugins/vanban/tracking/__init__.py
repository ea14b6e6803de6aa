"""Theo dõi triển khai: who must do what by when, who has done it, and who is late.

A framework-free stage: :mod:`.units` (the portal's units, successors and name matching),
:mod:`.reporting` (the portal's reporting calendar), :mod:`.tasks` (the tasks a document assigns:
its "TỔ CHỨC THỰC HIỆN" items, and duties in running sentences read clause by clause by
:mod:`.clauses` (a clause's opening units: :mod:`.subjects`), walked fast by :mod:`.sentences` and plainly by :mod:`.reference`, which the tests
hold to the same rows; :mod:`.scan` holds the cheap tests that spare the patterns their scans, :mod:`.prefixed` the long alternations regrouped by first letter (the same matches); :mod:`.patterns` the
sentences' patterns, :mod:`.naming` the names' keys and the heading and recipient lines), :mod:`.status` (done / late / overdue / open), :mod:`.summary` (medians and
counts). Every result is a frozen dataclass; :mod:`.pages` puts them on pages.

Cost is linear: a document's tasks come from its own body and its fulfilment from the edges pointing
at it, never from a scan of all documents. The tasks are read in the analysis stage
(:func:`vanban.analysis.analyse`): in the worker processes, from the blocks the deadline finder cut,
and kept in the build cache, so a warm build reads none again.

What it costs, and the choice made (thirteenth session): at 5,000 synthetic documents a cold serial
build (``python scripts/bench_ab.py 5000 --b tracking=false --workers 1``) spends, tracking on against
off, user CPU ×1.12 (1.11–1.13), peak RSS ×1.05 (+19 MB): about 4.8 s. Reading the tasks is 2.0–2.5 s of
it (deadline finding, for scale, 1.7 s), this stage 0.7 s, the page keys of what it shows 0.27 s and
rendering the 4,422 panels 0.22 s (the task tables 0.18 s: built as Python strings they took 0.04 s,
too little to keep a second way of writing the markup); the rest is the 224 more pages and the bigger
site. The 5% the issue asked for needs the reading to cost a fraction of what it does, not cheaper
pages. Fifteenth session: the fast walk's gate also asks what the reader needs after the first unit
(:func:`.clauses.may_hold_duty`) and starts clauses only where :func:`vanban.deadlines.blocks.segments`
does, and a block's tone marks are moved once: 10,263 -> 7,113 of 141,846 blocks read clause by clause,
task reading 1.60 (1.59–1.62) -> 1.52 (1.51–1.52) s CPU (in-process, four interleaved runs each), the same
rows. A cProfile of a serial cold build at 5,000 puts reading at under half of what tracking costs now;
the panels' rendering and page keys are about a third, this stage (units matching and status 0.2 s,
the unit calendars 0.35 s, the summary pages 0.2 s, profiled) the rest. On against off, serial cold
builds in interleaved pairs, user CPU ×1.10 (1.06–1.14, seven pairs) before and ×1.10 (1.08–1.12, four
pairs) after: the 0.1 s saved is below this shared machine's noise, and no one cheap cut reaches 5%.
Sixteenth session, counted in instructions (callgrind: the same on every run, where timings were noise): a
cold serial build of 300 synthetic documents costs 24,654 M with tracking on and 22,728 M off (×1.085).
Of the 1,925 M: reading the tasks 815 M (42%; its regular expressions half of that), the stage 305 M
(compute 145, contribute 160), the panels' rendering 193 M, the 28 /theo-doi/ and /don-vi/ pages about
320 M (each costs what any page's skeleton costs), the page keys 146 M, the extra files 89 M. Cut here:
the assigning-word test (reading 815 -> 792 M) and the task tables' rows, written by
:func:`vanban.mkdocs.templating.task_rows` rather than a Jinja loop (rendering -101 M): ×1.078.
Seventeenth session: per 1,000 synthetic documents 1,472 blocks are read clause by clause and 1,115 give
nothing; 754 of those are lead-ins ("Ban Tuyên giáo Tỉnh ủy … xây dựng Hướng dẫn …, cụ thể như sau:"), a
unit at a clause's start with a duty word and a colon after it, which is what a clause that does assign
has too: no test short of the clause's reading tells them apart, and one beside it would restate
:func:`.clauses.units_at`'s rules where the tests cannot hold it to them (both walks read through
:meth:`.clauses.Walk.clauses`). Their reading got cheaper instead (:func:`.clauses.leads_in`,
:func:`.clauses.shared_colon`, same answers): reading 815 -> 727 M; the build 25,962 -> 25,877 M against
24,081 M off (×1.078 -> ×1.075); at 1,000 documents, user CPU on/off in interleaved serial pairs ×1.110
(1.107–1.149) before and ×1.107 (1.073–1.142) after, within this machine's noise. What reading costs now
(1,000 documents, 0.22 s CPU in-process): the gate a third (its candidate test is the reference's, so
it stays; a ``str.find`` pre-pass over the clause marks was slower than the pattern's own scan), moving
tone marks and lower-casing 12%, clause reading a quarter, the walk's own Python most of the rest;
patterns are half of it, spread over a dozen, none above a tenth. At 300 documents part of the cost is
fixed (compiling the six tracking templates, about 20 ms a build), so that ratio overstates the one at
5,000. The 5% needs a different reading, not cheaper pieces of this one.
Eighteenth session, at the size the issue names rather than 300 documents (where fixed costs weigh more): a cold
serial build of 1,000 synthetic documents, callgrind, 70,185 M instructions on against 64,705 M off (×1.085,
48c55d8). Of the 5,479 M: reading the tasks 2,803 M (51%), this stage 902 M (compute 483, contribute 419), the
page keys 488 M, writing the output files 362 M, rendering 837 M (the panels, and the 58 more pages: /theo-doi/
paginated, by year and by issuer, /don-vi/), the rest under 100 M. Reading, apportioned in-process: the gate
850 M (its patterns' attempts at the block's and each clause's start, the optional leads before a unit: a
``str.find`` walk over the marks instead of the patterns' own search saved a tenth, a trie of the unit nouns a
tenth of one pattern), the clauses read 730 M, tone marks and lower case 380 M, the "TỔ CHỨC THỰC HIỆN" section
200 M, the walk's own Python the rest; of 28,321 blocks 14,902 reach the gate and 10,530 of those have neither
an assigning word nor a unit at a clause's start. Cut here: what the pages show is written once in Python
(:mod:`vanban.mkdocs.task_tables`): a document's panel as one string before the pages are keyed (the keys
-208 M, rendering -306 M, writing the panels +174 M), /theo-doi/'s rows once per document, /data/tracking.json
in batches (15.2 -> 8.7 ms, not in what follows): ×1.0828 on the session's reading (70,027 M against 64,675 M off; this session's
new reading rules added 165 M). Half of what tracking costs is still reading, spread over a dozen patterns tried
at every clause start; the synthetic corpus repeats 56% of its blocks word for word, so a memo of the gate by
text would pay there and much less on real text: not done, it would flatter the bench. At 5,000 documents
(``scripts/bench_ab.py 5000 --b tracking=false --pairs 2 --workers 1``, this code, load about 7 on 2 cores):
user CPU ×1.078 (1.056–1.100), peak RSS ×1.05 (385 against 366 MB).
Nineteenth session, reading cut with the same rows (:mod:`.scan`): the block's lower case is made once, by the
deadline finder, and kept on the block (:meth:`vanban.deadlines.blocks.Block.lowered`); the gate first asks, of
the text as written and that lower case, whether an assigning word occurs or a clause opens with a word a unit
may open with (:func:`.scan.may_name_holder`): 7,281 of the 14,902 blocks it would test are turned away there,
before tone marks are moved and UNIT_AT is tried at each clause start; a block that moves no tone mark reuses
that lower case; an item's tone marks are moved only when it may be a unit's heading (:func:`.clauses.may_head`);
ASSIGN, case-blind and tried at every position, is scanned only where an assigning word's last syllable occurs
(:func:`.scan.verbs`: four clauses in five that name none). Reading at 1,000 synthetic documents, in process,
callgrind (each side's load of its inputs subtracted): 2,901 -> 2,603 M instructions on f8d7c81, 3,144 -> 2,832 M
on 71030d4 (the session's new reading rules), -10% both. A cold serial build of 1,000 synthetic documents
(callgrind, f8d7c81): 65,527 M off, 70,854 M on with the first step alone (e9fef17 on f8d7c81, ffc1146 here; its first test then made
its own lower case and saved about what it cost), ×1.0813; the rest takes about 300 M off that, about ×1.077
(the whole build not measured again: at a load of 5-7 on two cores one 70 G-instruction run takes over an hour).
What is left: the gate's exact path on the half it lets through (tone marks, a second lower case where a mark
moved, UNIT_AT and the clause heads: about 55,000 instructions a block), clause reading (about 600 M: DUTY tried
at every word of a unit's 250 characters, UNIT_START case-blind) and the walk's own Python. The 5% is not
reached by cutting scans: each pass over a block costs 10–80 instructions a character in CPython's engines, and
reading makes several; what would reach it is a reader that passes over a block once (a tokenizer giving every
cue's place), or fewer blocks read at all.
Twenty-first session (heldout5's kinds: headlines, issuers, duty words, a page's date stamp, a letter's addressees,
leads before an obligation; tests/fixtures/tracking/real/README.md): reading at 120 synthetic documents, callgrind, 322.02 ->
325.61 M instructions (+1.1%), importing the patterns +38 M once per process.
Twenty-second session (kinds over every spent set: the writer's notice, names run on into "về", lists carried past their
line, "các cấp …", establishments, directed bodies after a lead; the README's section): reading at 120 synthetic documents,
callgrind, 333.1 -> 336.4 M instructions (+1.0%), importing the patterns and finding the deadlines +27 M once per process.
Twenty-third session: the alternations the readers scan most (DUTY, tried at every word of a unit's 250 characters, and
six more) regrouped by first letter (:mod:`.prefixed`, the same matches: CPython's engine tried every alternative at
every word start): reading at 120 synthetic documents, callgrind, 337.0 -> 306.6 M instructions (-9%), 73 M more once per
process to rewrite and compile them; at 1,000, in process, 0.36 -> 0.31 s CPU. See README.md's "Cost:".
Twenty-fourth session, no change to the reading: what gives nothing (the gate's refusals, clauses read for no row) is about
0.1 s of tracking's 0.55 at 1,000, so no cheaper gate reaches 5%; ``scripts/tracking_profile.py`` splits the reading.
Tracking stays on by default, with or without ``units:``: a portal that lists no units still gets
each document's tasks, due dates and who is late as the text names them, which is what its readers come
for; ``tracking: false`` turns it off and the build costs what it did before the feature (no task read,
no page made).
"""

from .reporting import ReportingCalendar, parse_reporting
from .status import STATUS_LABELS, STATUSES, DocumentTracking, Task, Tracker, Tracking, Unmatched, track
from .units import Match, Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units

__all__ = [
    "STATUSES", "STATUS_LABELS", "DocumentTracking", "Match", "Registry", "ReportingCalendar", "Successor", "Task",
    "Tracker", "Tracking", "TrackingConfigError", "Unit", "Unmatched", "parse_reporting", "parse_successors",
    "parse_units", "track",
]
