"""The tasks a document assigns: who (unit), what (the sentence), by when (due), and where (line).

Read from two places only, so a topic heading never becomes a unit:

* the numbered items of its "TỔ CHỨC THỰC HIỆN" section whose head names a unit, in either
  layout: "1. UBND huyện: Tham mưu …; hoàn thành trước 10/3/2025" or a heading
  "### 2. Đề nghị UBND thị xã" with its paragraphs under it. The deadlines found in an
  item's lines (:mod:`vanban.deadlines`, already extracted) are its due dates;
* deadlines outside that section whose sentence names its actor ("UBND các xã: báo cáo …
  trước ngày …").

A range ("từ 01/5 đến 31/12/2025") is a period: due its last day, shown with its first.
Periodic duties ("Định kỳ 6 tháng và hàng năm") keep their rule; :mod:`.status` turns them
into dates with the portal's reporting calendar. Recipients come from the front matter
("Nơi nhận") and from a "Kính gửi:" block at the top of the body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import Block
from vanban.text import collapse_space

from . import patterns as p
from . import sentences
from . import vocabulary as v
from .clauses import duty_start
from .glue import is_syllable
from .holders import SHOWN

MAX_TEXT = SHOWN
# A document's closing marks left on the duty ("… chịu trách nhiệm thi hành Quyết định này./.", "… Quyết định này./"): no
# part of what must be done (twenty-ninth session, site QA: six rows of one decision showed "./"). A sentence's own "." stays.
_END_MARKS = re.compile(r"[\s.;:]*/[\s./]*$")
# A due lent by a line that only gives the time ("Thời gian treo cờ Tổ quốc: Từ ngày 31/12/2025 đến hết ngày 06/01/2026"):
# the deadline finder's action is that line's heading, no duty; the row shows the sentence that asked it (site35 row 202:
# its period asked of the public then read, "Không theo dõi qua văn bản"; thirty-third session).
_WHEN = re.compile(r"(?:thời\s+gian|thời\s+hạn)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)  # slots: kept in every analysis (memory and the cache's pickles)
class Assignment:
    """One unit phrase with one duty, as the document states it (before matching and dating)."""

    head: str  # the unit phrase as written ("Các chi, đảng bộ trực thuộc Huyện ủy; các ban, phòng, ngành")
    text: str  # what must be done
    line: int  # source line (of the content file)
    deadline: Deadline | None = None


@dataclass(frozen=True)
class _Item:
    head: str
    first: str  # the item's own text after the head
    start: int  # index into lines
    end: int  # exclusive


def _plain(line: str) -> str:
    return collapse_space(line.replace("**", "").replace("*", "").replace("\\", ""))


def section_line(body: str, pos: int = 0) -> re.Match[str] | None:
    """``SECTION_LINE.search(body, pos)`` (:data:`.patterns.SECTION_LINE`), tried only at the line starts
    :data:`.patterns.SECTION_AFTER_BREAK` finds (the tests hold the two equal)."""
    if pos == 0 or body[pos - 1] == "\n":
        m = p.SECTION_LINE.match(body, pos)
        if m is not None:
            return m
    found = p.SECTION_AFTER_BREAK.search(body, pos)
    return None if found is None else p.SECTION_LINE.match(body, found.start() + 1)


def _section(body: str) -> tuple[list[str], int, int] | None:
    """The section that assigns work: its lines, with the body line index of the first (its heading)."""
    m = section_line(body)
    while m is not None:  # a heading ("## III. TỔ CHỨC THỰC HIỆN", "**4. Tổ chức thực hiện**"), not a sentence
        line = m.group(0).strip()
        if line[:1] in ("#", "*") or line.isupper() or line[:1].isdigit() or p.ROMAN_HEADING.match(line):
            break
        m = section_line(body, m.end())
    if m is None:
        return None
    first = body.count("\n", 0, m.start())
    lines = body[m.start():].splitlines()
    for i in range(1, len(lines)):
        text = lines[i].lstrip()
        if text[:1] in ("#", "*", "I", "V", "X", "L", "P", "N", "n", "T", "t") and (
                p.ROMAN_HEADING.match(text) or p.SECTION_END.match(text) or text.startswith("## ")):
            return lines[:i], first, i
    return lines, first, len(lines)


def section_span(body: str, line_offset: int = 0) -> range:
    """The content lines (as :class:`Assignment` counts them) of the body's "TỔ CHỨC THỰC HIỆN" section: empty when it has
    none. A plan's own items for its writer ("### 1. Ban Tuyên giáo Thị ủy" in that board's guide) are its tasks."""
    section = _section(body)
    if section is None:
        return range(0)
    _lines, at, end = section
    return range(at + 1 + line_offset, at + end + 1 + line_offset)


def _head_of(rest: str, heading: bool) -> tuple[str, str] | None:
    """(unit phrase, the rest) of an item, or None when the item is about a topic, not a unit."""
    rest = _plain(rest)
    colon = rest.find(":")
    if 0 < colon <= 250:
        head, after = rest[:colon], rest[colon + 1:].strip()
    elif heading or (len(rest) <= 120 and rest[-1:] not in (".", ";", ",")):
        head, after = rest.rstrip(" ."), ""
    else:
        return None
    head = p.UNIT_LEAD.sub("", head.strip())
    if not p.ORG_HEAD.match(p.unit_key(head)):
        return None
    # "Sở Tài chính có trách nhiệm:", "Phòng Nội vụ chủ trì, phối hợp với …:": the unit ends where its duty starts; not
    # at a word after a comma, which goes on a list of names ("Các cơ quan thông tin, tuyên truyền huyện")
    end = duty_start(head)
    if end > 0 and not head[:end].rstrip().endswith(","):
        head, after = head[:end].rstrip(p.EDGE), after or head[end:].strip()
    return head, after


def _depth(num: str) -> int:
    return num.count(".") + 1 if num[0].isdigit() else 9  # "a)" items sit under numbered ones


def _items(lines: Sequence[str], start: int, end: int) -> list[_Item]:
    marks: list[tuple[int, int, str, str]] = []  # (line index, depth, head, first text)
    for i in range(start + 1, end):
        m = p.ITEM.match(lines[i].strip())
        if m is None:
            continue
        found = _head_of(m.group("rest"), bool(m.group("hashes")))
        marks.append((i, _depth(m.group("num")), *found) if found else (i, _depth(m.group("num")), "", ""))
    items = []
    for n, (i, depth, head, first) in enumerate(marks):
        if head:
            # Sub-items ("2.1.", "a)") under a unit's item stay that unit's: stop at the next item as deep or less.
            stop = next((j for j, d, _h, _f in marks[n + 1:] if d <= depth), end)
            items.append(_Item(head, first, i, stop))
    return items


def _first_sentence(text: str) -> str:
    text = collapse_space(text)
    for stop in (". ", "; "):
        k = text.find(stop)
        if 0 < k < MAX_TEXT:
            return text[:k + 1].rstrip(";") if stop == ". " else text[:k]
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT].rsplit(" ", 1)[0] + "…"


def _item_text(item: _Item, lines: Sequence[str]) -> str:
    if item.first:
        return _first_sentence(item.first)
    for i in range(item.start + 1, item.end):
        text = _plain(p.LIST_ITEM.sub(r"\g<text>", lines[i].strip()))
        if text:
            return _first_sentence(text)
    return ""


Reader = Callable[[str, Sequence[Deadline], int, Iterable[range], Iterable[Block] | None], list[sentences.Stated]]


def assignments(body: str, deadlines: Sequence[Deadline], line_offset: int = 0, *,
                read: Iterable[Block] | None = None, reader: Reader | None = None) -> list[Assignment]:
    """Every (unit phrase, duty) the document states; *line_offset* as given to the deadline finder;
    *read*: the body's blocks when the caller has them; *reader*: another sentence reader than
    :func:`.sentences.stated` (the tests pass :func:`.reference.stated`)."""
    out: list[Assignment] = []
    used: set[int] = set()
    read_lines: list[range] = []  # body lines (1-based) the section's unit items cover
    section = _section(body)
    if section is not None:
        lines, at, end = section
        for item in _items(lines, 0, end):
            read_lines.append(range(item.start + at + 1, item.end + at + 1))
            first, last = item.start + at + 1 + line_offset, item.end + at + line_offset  # 1-based, inclusive
            inside = [d for d in deadlines if first <= d.line <= last]
            text = _item_text(item, lines)
            if not inside:
                out.append(Assignment(item.head, text, first))
            for d in inside:
                used.add(id(d))
                out.append(Assignment(item.head, d.action or text, d.line, d))
    rest = [d for d in deadlines if id(d) not in used]
    for s in (reader or sentences.stated)(body, rest, line_offset, read_lines, read):
        for head in s.heads:
            if not s.deadlines:
                out.append(Assignment(head, s.text, s.line))
            for d in s.deadlines:
                action = d.action if d.action and not (d.action[0] in "Tt" and _WHEN.match(d.action)) else ""
                out.append(Assignment(head, action or s.text, d.line, d))
        used.update(id(d) for d in s.deadlines)
    for d in deadlines:
        if id(d) not in used and d.actor and _actor(d.actor):
            out.append(Assignment(d.actor, d.action, d.line, d))
    out = [replace(a, text=_END_MARKS.sub("", a.text)) if "/" in a.text[-4:] else a for a in out]
    last = len(body) - 1
    while last >= 0 and body[last].isspace():  # (the body's last character, no copy of the body made)
        last -= 1
    if last >= 0 and body[last].isalpha():  # the copy stops inside a word: a duty it cut is shown cut (:func:`_cut`)
        out = [_cut(a, body, last + 1) for a in out]
    return out


def _cut(a: Assignment, body: str, end: int) -> Assignment:
    """*a* with "…" after its duty when that duty is where the body's copy stops (at *end*) inside a word ("Giao Sở Công
    nghiệp thành phố là cơ quan chủ trì, phối h", "… phối hợp chặt chẽ v": the page held only the document's first
    characters; site35, thirty-third session): the reader sees the text was cut, not a duty that ends so. A last word that is a syllable may
    end a sentence the copy left without its full stop ("… tổ chức thực hiện"): shown as it is."""
    text = a.text.rstrip()
    if not body.endswith(text, 0, end):  # (most rows: the cheap test first)
        return a
    last = text[text.rfind(" ") + 1:]
    return replace(a, text=text + "…") if last.islower() and not is_syllable(last) else a



def _actor(actor: str) -> bool:
    """Whether the actor the deadline finder read before a due names a body by the readers' own tests: not the
    writer's plan ("… dự kiến"), nor a phrase that runs on past a duty word, into a letterhead or a clause ("UỶ BAN
    NHÂN DÂN CỘNG HOÀ XÃ HỘI …", "Doanh nghiệp hoàn tất báo cáo và gửi về …")."""
    return not (p.NARRATIVE_END.search(actor) or duty_start(actor) > 0 or p.RAN_ON.search(actor)
                or v.RUNS_ON.search(actor))


def addressees(body: str) -> list[str]:
    """The "Kính gửi:" recipients at the top of a body ("Kính gửi: A" or a list under it)."""
    # The gate's "ử" (either case) is in the head or the gate cannot match: a substring test first, the
    # case-blind pattern scan of 4,000 characters only then (most bodies name no "Kính gửi").
    if body.find("ử", 0, 4000) == -1 and body.find("Ử", 0, 4000) == -1:
        return []
    return read_addressees(body)


def read_addressees(body: str) -> list[str]:
    """:func:`addressees` without the substring test (the tests hold the two equal)."""
    gate = p.KINH_GUI_GATE.search(body, 0, 4000)
    if gate is None:
        return []
    lines = body[body.rfind("\n", 0, gate.start()) + 1:].splitlines()[:40]
    for i, raw in enumerate(lines):
        m = p.KINH_GUI.match(raw.strip())
        if m is None:
            continue
        if m.group("rest").strip():
            return [x for x in (p.display(s) for s in m.group("rest").split(";")) if x]
        found: list[str] = []
        for nxt in lines[i + 1:]:
            text = nxt.strip()
            if not text:
                if found:
                    break
                continue
            item = p.LIST_ITEM.match(text)
            if item is None:
                break
            found.append(p.display(item.group("text")))
        return [x for x in found if x]
    return []


def due_of(deadline: Deadline | None) -> tuple[dt.date | None, dt.date | None]:
    """(start, due) of a deadline: a span's first and last day, a day's own date, else (None, None). An event's day
    ("on_date": "tổ chức Lễ công bố … vào ngày 30/6/2025", "tiếp âm … vào sáng ngày 15/5/2019") is when it happens, no
    due a body can be late for (the sets' rule; twenty-third session: heldout8 w32, and every such row on the unscored
    citation and import texts)."""
    if deadline is None or deadline.kind in ("periodic", "recurring_yearly", "on_date"):
        return None, None
    return deadline.start, deadline.date
