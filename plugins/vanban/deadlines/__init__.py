"""Deadlines ("Mốc thời gian") found in the text of a directive document.

Plans and guidance set dates for the units they address: "Báo cáo kết quả … trước ngày
28/3/2025", "hoàn thành trong tháng 3/2025", "định kỳ 6 tháng và hàng năm báo cáo …",
"gắn với Ngày Chuyển đổi số quốc gia (10/10)". :func:`extract_deadlines` finds them with
what must be done (``action``) and, when the item says so, who must do it (``actor``).

Design, in short:

* The text is read as *blocks*: a line plus the lines that continue its sentence. A line
  continues the previous one when that one has no closing punctuation and the new one
  starts in lower case (or with a digit or "(" that is not an item number), even across
  one or two blank lines — Word and PDF exports break sentences ("Báo cáo kết quả học tập"
  / blank / "về Ban Thường vụ …").
* A date counts only with a *trigger* right before it ("trước", "chậm nhất", "hạn chót",
  "hoàn thành", "vào", "tổ chức", "trong tháng", …). Dates of cited documents ("Kế hoạch
  số 386-KH/TU, ngày 13/02/2025 của …"), years of vision ("đến năm 2030") and periods
  ("giai đoạn 2023 - 2030") carry no trigger and so are never deadlines.
* Past events are left out: an "on_date" whose sentence says "đã", "vừa" or a passive
  "được tổ chức" without "sẽ"/"dự kiến", or that falls before ``doc_date``; a "by_date" or
  "month" whose clause (from its last comma) says "đã"; a period (a month, a quarter, "từ … đến …",
  "đến hết …") that ended before ``doc_date`` (a report's past months, a birth-year range; a due
  "trước …" retold after it passed stays: it is the directive's). Forecasts are left out: a date in a
  sentence or block that opens "Dự báo"/"Theo dự báo" whose clause holds no duty word. Hours within one
  day ("từ 07h00 đến 10h30 ngày …") are that day's event, not a due.
* ``action`` is the clause holding the phrase (clauses end at ``;``, ``:`` and sentence
  ends) with every phrase removed; when little is left ("hoàn thành trước 10/3/2025") the
  previous clause of the same item is used. ``actor`` is the "<unit>:" prefix of the item
  or paragraph, or the heading of the numbered item the paragraph belongs to, when that
  heading names a unit (UBND, Ban …, Các chi, đảng bộ …) rather than a topic (Thời gian,
  Nội dung …).
* A date without a year ("trước ngày 15/3") takes the year of ``doc_date`` (the next year
  when the month lies six or more months before the document's month); ``text`` keeps the
  phrase as written so the inference stays visible. Without ``doc_date`` it is skipped.
* "trước tháng 6/2025" is a ``by_date`` on the last day of May; "đến hết/chậm nhất/cuối
  tháng 3/2025" a ``by_date`` on 31 March; "trong/vào tháng 3/2025" and quarters
  ("trong quý II/2025") are ``month`` spans; "từ ngày 1/3 đến ngày 15/3/2025" is a
  ``by_date`` on 15 March with ``start`` 1 March. "trong năm 2025" is not extracted.

Most blocks hold no deadline, so cheap tests turn them away before any pattern runs (a
finder runs only on a block holding a digit or a word its patterns need); sentences,
actions and the actors of numbered items are worked out only when a candidate phrase needs them.

Every regular expression runs on a bounded window or is free of nested unbounded
repetition, so the work is linear in the length of the text; nothing raises on arbitrary
Unicode (digits are matched as ASCII ``[0-9]`` only).

Modules, in the order a text goes through them: :mod:`.blocks` (lines → blocks, sentences,
clauses), :mod:`.patterns` (every phrase pattern and gate), :mod:`.reader` (the hits of one
block), :mod:`.actors` (who must act), :mod:`.actions` (what must be done), :mod:`.extractor`
(the driver); :mod:`.model` holds :class:`Deadline`.
"""

from .extractor import extract_deadlines
from .model import KINDS, Deadline

__all__ = ["KINDS", "Deadline", "extract_deadlines"]
