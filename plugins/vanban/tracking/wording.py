"""The statuses a task row may show, in the words a careful clerk would use, and the one kind of task no
document answers.

Why these words (issue 15; site35's judged rows of the 702-original site, tests/fixtures/site35_tracking):

- ``done`` "Đã thực hiện", ``late`` "Thực hiện trễ hạn", ``overdue`` "Quá hạn, chưa thực hiện": a due written in
  the text and a document by the unit (or none) in the collection.
- ``open`` "Chưa đến hạn" only when a due is written and still ahead: "not yet due" asserts a due.
- ``no_due`` "Chưa thấy văn bản thực hiện": the text writes no due (or a periodic duty with no reporting calendar
  to date it) and the collection holds no document of the unit carrying it out. That is all that is known:
  "chưa thấy" (not seen in this collection) rather than "chưa thực hiện" (not done), which the collection cannot
  know; the "Hạn" column beside it says "không ghi hạn". Such a row never falls due, so the reader-date script
  (assets/vanban/tracking.js) never makes it overdue.
- ``not_followed`` "Không theo dõi qua văn bản": a one-off act over a stated period ("treo cờ Tổ quốc từ ngày
  14/02 đến hết ngày 20/02/2018", addressed to offices, schools and "Nhân dân") produces no document that could
  answer it, so neither "quá hạn" nor "chưa đến hạn" can be said; the period stays shown in the "Hạn" column.

A status is always a word (with a mark hidden from screen readers); colour only adds.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.text import match_key

STATUSES = ("done", "late", "overdue", "open", "no_due", "not_followed")
STATUS_LABELS = {"done": "Đã thực hiện", "late": "Thực hiện trễ hạn", "overdue": "Quá hạn, chưa thực hiện",
                 "open": "Chưa đến hạn", "no_due": "Chưa thấy văn bản thực hiện",
                 "not_followed": "Không theo dõi qua văn bản"}
# The words of a count ("3 quá hạn"), in the order counts are said and a long panel's groups are shown:
# what needs chasing first (overdue), then what is still ahead, then what came, then what cannot be judged.
COUNT_WORDS = {"overdue": "quá hạn", "open": "chưa đến hạn", "late": "trễ hạn", "done": "đã thực hiện",
               "no_due": "chưa thấy văn bản thực hiện (không ghi hạn)", "not_followed": "không theo dõi qua văn bản"}
PANEL_ORDER = ("overdue", "open", "late", "done", "no_due", "not_followed")
STATUS_MARKS = {"done": "✓", "late": "◷", "overdue": "✗", "open": "…", "no_due": "○", "not_followed": "–"}

# A deliverable a document would carry out or answer: a report, a plan, a text to issue, a proposal, a list.
# Folded (match_key), so tone placements and a missing diacritic do not matter; more words only keep more rows as
# they were (a guess the other way would hide a duty). "tổ chức" the verb (an event to organise), not "các tổ chức"
# the noun (organisations among the addressees: site35 row 322, "các tổ chức, cơ quan, … và nhân dân … treo cờ").
_DELIVERABLE = re.compile(
    r"\b(?:bao cao|ke hoach|ban hanh|xay dung|tong hop|gui|nop|de xuat|trinh|tham muu|hoan thanh|du thao|van ban"
    r"|huong dan|phuong an|chuong trinh|de an|thong ke|danh sach|ket qua|so ket|tong ket|kiem tra|(?<!cac )to chuc)\b")
# The period itself: "từ (sáng) ngày 14/02 … đến (hết) ngày 20/02/2018".
_FROM = re.compile(r"\btu (?:sang |chieu |toi )?(?:ngay )?\d")
_UNTIL = re.compile(r"\bden (?:het )?(?:ngay )?\d")
# Everyone: the act is asked of the public too ("… trường học và Nhân dân", "… và hộ gia đình"), not of an office alone.
_PUBLIC = re.compile(r"\b(?:nhan dan|nguoi dan|ho gia dinh|toan dan|cong dan)\b")


def period_act(text: str, phrase: str, start: dt.date | None) -> bool:
    """Whether a task is a one-off act over a stated period that no document answers: its due closes a period
    ("từ … đến hết ngày …", in the phrase or its first day in the sentence), the sentence asks it of the public too
    (:data:`_PUBLIC`) and for nothing a document would carry (:data:`_DELIVERABLE`: no report, plan, text to issue,
    check or event to organise). Only where the text settles it: a campaign over a period asked of an office alone
    keeps its due."""
    said, when = match_key(text), match_key(phrase)
    if not _UNTIL.search(when) or not _PUBLIC.search(said):
        return False
    if start is None and not (_FROM.search(when) or _FROM.search(said)):
        return False
    return _DELIVERABLE.search(said) is None


DATED = ("overdue", "open", "late", "done")  # the statuses of a task whose due is written


def counts_said(counts: dict[str, int]) -> str:
    """Counts in words, in :data:`PANEL_ORDER` ("2 quá hạn, 0 chưa đến hạn, 0 trễ hạn, 1 đã thực hiện"): the four
    statuses of a written due whenever one task has one (then a zero is news to an official: "0 đã thực hiện"),
    else, like the two that judge nothing, only those held: of tasks with no due at all, "0 quá hạn, 0 chưa đến hạn,
    0 trễ hạn, 0 đã thực hiện" said nothing before "4 chưa thấy văn bản thực hiện" (site38, the 702-original site)."""
    dated = any(counts.get(s) for s in DATED)
    shown = [s for s in PANEL_ORDER if (dated and s in DATED) or counts.get(s)]
    return ", ".join(f"{counts.get(s, 0)} {COUNT_WORDS[s]}" for s in shown)


def counts_held(counts: dict[str, int]) -> str:
    """Only the counts held, in words ("3 quá hạn, 1 chưa thấy văn bản thực hiện (không ghi hạn)"): a line of a list
    beside its total, as /theo-doi/'s phone cards say it; "" when none."""
    return ", ".join(f"{counts[s]} {COUNT_WORDS[s]}" for s in PANEL_ORDER if counts.get(s))
