"""The state of one body's reading (:class:`Outline`, which :class:`.walk.Walk` extends with the clauses' reading) and what
the page's structure hands on: an item heading's units to the items under it (:class:`.holders.Heading`), a clause ending in ":"
to the duties listed under it (:class:`.holders.Lead`), a time item's due to its section's rows, a letter's addressees to the
rows that name them again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM, Block

from . import patterns as p
from .clauses import (
    Stated,
    candidate,
)
from .holders import Heading, Lead, opens_duty, unmarked
from .letters import restated
from .lists import split_units

__all__ = ["Outline"]


class Outline:
    """One body's reading state, and what its layout hands on: a numbered item's heading to the items under it, a clause
    ending in ":" to the list under it, the rows to a closing time item; :class:`.walk.Walk` adds the clauses' reading."""

    def __init__(self, line_offset: int, signed: str | None = None) -> None:
        self.line_offset = line_offset
        self.out: list[Stated] = []
        self.heading: Heading | None = None  # an item heading's units, line, deadlines and duties
        self.lead: Lead | None = None  # the rows of a clause ending in ":", for the duties listed under it
        self.lender: list[str] | None = None  # units of the last clause, for a following clause with none
        self.pending: list[str] = []  # units of a clause that only lists them, for the next clause
        self.reporting: Deadline | None = None  # … listed after a lead naming a periodic report ("… báo cáo định kỳ … bao gồm:")
        self.asked: tuple[int, int] | None = None  # the rows of the last order, for a later sentence that sends its result
        self.told: tuple[int, int] | None = None  # a row whose later heads its director steers: (row, the director's heads)
        self.ordered = False  # … listed after an order ("yêu cầu A, B,⏎C …"): the next clause reads its units as after it
        self.sent = False  # … listed after "… có văn bản gửi" ("gửi A, B; C về việc …"): the next clause ends them (:func:`addressed`)
        self.letters: list[int] = []  # the rows read from a letter's addressees (:func:`.letters.restated`)
        self.bulleted = False  # the heading is "yêu cầu A, B:" and holds the bullets under it
        self.depth = 0  # how deep the heading's item is numbered (:func:`.layout.item_depth`)
        self.section = 0  # the first row of the current "I., II." section
        self.writer = signed  # the key of the body a headline opens with (:func:`writer`), or an order's, or a signature's
        self.signed = signed is not None  # … the signature's ("TM. ỦY BAN NHÂN DÂN"): the body an order names is more exact
        self.subjects = 0  # rows read from a clause's opening subject, no order or obligation (:meth:`finish`)
        self.narrated = False  # … one of them tells what happened (:data:`.vocabulary.NARRATED`)

    def headed(self, key: str | None) -> None:
        """The body a headline opens with (:func:`.clauses.writer`) writes the text; none named keeps a signature's."""
        if key is not None:
            self.writer, self.signed = key, False

    def follow(self, text: str) -> None:
        """A block after a clause that ends in ":" (:class:`.holders.Lead`): a bullet or an item is the clause's duty or
        what it names ("… cung cấp hồ sơ về:" + "- Các dự án …"); one that names a holder, or a block that is neither, ends
        the list. Both readers call it on every
        block they read."""
        if self.lead is not None:
            rest = unmarked(text)
            low = p.retone(rest.lstrip()).lower() if rest is not None else ""
            if rest is None or p.UNIT_LEAD.match(low) or p.UNIT_START.match(low):
                self.end_lead()  # "b) Yêu cầu UBND cấp huyện …", "- Sở Tài chính …": an order of its own
            else:
                self.lead.held.append(rest)
                self.lead.took = True

    def lead_dues(self, placed: Iterable[tuple[int, Deadline]]) -> None:
        """The deadlines of the block :meth:`follow` just gave the open lead: dues of its items (:meth:`.holders.Lead.close`)."""
        if self.lead is not None and self.lead.took:
            self.lead.took = False
            self.lead.deadlines.extend(d for _pos, d in placed)

    def article(self, read: tuple[list[Stated], Block | None, list[tuple[int, Deadline]]] | None, block: Block,
                placed: list[tuple[int, Deadline]]) -> tuple[Block, list[tuple[int, Deadline]]] | None:
        """*read*, a decision's executive article in *block* (:func:`.executors.read`), taken: its holders' rows out, the
        block's part before the article and that part's deadlines returned for the walk (None: nothing before it);
        *block* and *placed* as they are when it holds none. Both readers step through it."""
        if read is None:
            return block, placed
        self.out.extend(read[0])
        self.lender = None
        return None if read[1] is None else (read[1], read[2])

    def end_lead(self) -> None:
        """The rows of the clause ending in ":" show the duties listed under it."""
        if self.lead is not None:
            self.lead.close(self.out)
            self.lead = None

    def finish(self, news: bool = True) -> None:
        """The body ends: the open heading's row, the open lead's duties. A page that only tells what its subjects did
        assigns nothing (*news*: no item of a "TỔ CHỨC THỰC HIỆN" section was read): every row read from a clause's
        opening subject, none from an order, an obligation or a list, and one of those clauses narrates ("Các xã, thị
        trấn làm tốt công tác sơ tuyển … đạt 86%", "Các xã, thị trấn đều thành lập tổ tiêm phòng dại …"; thirty-fourth
        session: heldout5, heldout7, heldout13, heldout15, heldout19, heldout20)."""
        self.close_heading()
        self.end_lead()
        if news and self.narrated and self.subjects == len(self.out):
            self.out = []
        elif self.letters:  # an addressee another row names too is that row's (:func:`.letters.restated`)
            for n, heads in restated([r.heads for r in self.out], self.letters).items():
                self.out[n] = replace(self.out[n], heads=heads)
            self.out = [r for r in self.out if r.heads]

    def close_heading(self) -> None:
        """The row of an item heading that named a unit and gives it a duty (:meth:`Heading.gives`), with its duties'
        words and the deadlines found under it."""
        h = self.heading
        if h is not None:
            if h.gives():
                self.out.append(Stated(tuple(split_units(h.units)), h.text(), h.line + self.line_offset,
                                       tuple(h.deadlines)))
            self.heading = None
        self.bulleted = False

    def new_item(self, roman: bool, depth: int = 1) -> None:
        """A numbered item (or, *roman*, a section) starts: what was carried over ends there, except
        under "yêu cầu A:", whose numbered items are A's duties, and under a unit's heading an item numbered
        deeper than it ("1. Sở Tài chính có trách nhiệm:" over "a) …", "b) …"): its duties (*depth*: :func:`.layout.item_depth`)."""
        if not roman and (self.bulleted or (self.heading is not None and depth > self.depth)):
            return
        self.close_heading()
        self.lender, self.asked = None, None
        if roman:
            self.section = len(self.out)

    def open_heading(self, units: str, line: int, depth: int, rest: tuple[str, str, str] = ("", "", ""),
                     placed: Iterable[tuple[int, Deadline]] = ()) -> None:
        """A numbered item names a unit (:func:`.clauses.heading_units`): the items under it are its duties. *rest*: the
        item's words after its number as written, tone-fixed, and the units read from the latter; *placed*: the item's
        own deadlines ("1. Các cơ quan, đơn vị … treo cờ Tổ quốc từ sáng ngày 30/04/2019 đến hết ngày 01/05/2019")."""
        self.close_heading()
        written_rest, probe, head = rest
        own, asked = "", False
        if head:
            lead = p.UNIT_LEAD.match(probe.lstrip())
            at = len(probe) - len(probe.lstrip()) + (lead.end() if lead else 0) + len(head)
            own, asked = written_rest[at:].strip(), lead is not None
        self.heading, self.depth = Heading(units, line, [d for _pos, d in placed], own, asked), depth

    def hold(self, text: str, placed: Iterable[tuple[int, Deadline]]) -> None:
        """A block the open heading holds (:meth:`holds`): its words, without its bullet, and deadlines are the unit's."""
        assert self.heading is not None
        lead = BULLET.match(text) or ITEM.match(text)
        self.heading.hold(text[lead.end():] if lead else text, (d for _pos, d in placed))

    def holds_item(self, rest: str, placed: list[tuple[int, Deadline]], low: str) -> bool:
        """Whether an item numbered under a unit's heading (:meth:`new_item` kept it open; *rest*: its words after its
        number) is one of its duties: it takes the item's words and deadlines, unless the item lays a duty of its own
        (:func:`.clauses.candidate`: "a) UBND các xã báo cáo …", read as a clause)."""
        if self.heading is None:
            return False
        if candidate(low):  # read as a clause; when it opens with a duty, not a unit, its words are the heading's too
            if opens_duty(rest):
                self.heading.duty = True
                self.heading.held.append(rest.strip())
            return False
        self.heading.hold(rest.strip(), (d for _pos, d in placed))
        return True

    def holds(self, bullet: bool) -> bool:
        """Whether an open heading takes the block that follows (a "yêu cầu A:" heading only the bullets
        and numbered items under it)."""
        if self.heading is None:
            return False
        if self.bulleted and not bullet:
            self.close_heading()
            return False
        return True

    def time_item(self, rest: str, placed: list[tuple[int, Deadline]]) -> bool:
        """A numbered item that only gives the time ("3. Thời gian hoàn thành: trước ngày 30/6/2025") dates
        the undated rows of its section; True when it did."""
        if not placed or not p.TIME_ITEM.match(rest):
            return False
        dated = tuple(d for _pos, d in placed)
        rows = self.out[self.section:]
        if not rows or any(r.deadlines for r in rows):
            return False  # the section dates its own rows: this time is not theirs
        self.out[self.section:] = [replace(r, deadlines=dated) for r in rows]
        return True

