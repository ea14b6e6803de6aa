"""One body's reading, block after block (:class:`Walk`): what each clause gives (:mod:`.clauses` reads one clause)
and what it hands to the next one: the units of a list for the duty that follows, a heading's units for the items under
it, a clause's units for a due in the next. Both sentence readers (:mod:`.sentences`, :mod:`.reference`) drive it, so a
difference between them can only come from which blocks they hand it. Where a block's clauses are cut is :mod:`.cuts`,
what the page's layout says (captions, headlines, items' depth) :mod:`.layout`."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM, TERMINAL, Block, segments
from vanban.text import collapse_space

from . import calendars as cal
from . import patterns as p
from . import vocabulary as v
from .clauses import (
    Stated,
    after_order,
    assigns,
    at_start,
    candidate,
    colon_units,
    directed,
    duty_start,
    further,
    listed,
    orderer,
    own_plan,
    sends,
    units_at,
    written,
    yearly,
)
from .cuts import asks_another, bracketed, own_dues, partner_state, unit_after_colon
from .dues import due_opens, due_reach, reported_span
from .holders import SHOWN, Heading, Lead, opens_duty, unmarked
from .layout import captions
from .letters import about, addressed, restated, sent_list
from .lists import split_units
from .scan import fronted

__all__ = ["Walk"]

QUOTES = "“\""  # what may open a clause before its units (:data:`.patterns.UNIT_AT` lets them through)


class Walk:
    """One body's reading, block after block: the rows found and what a clause hands to the next one."""

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

    def lend_result(self, units: str | None, clause: str, inside: tuple[Deadline, ...]) -> bool:
        """Give *inside* (a clause's dues) to the undated rows of the last order, a sentence or a paragraph back, when the
        clause only sends what that order asked for: its subject names those units again ("Các đơn vị thực hiện trước ngày
        24/3/2016.", "Các đơn vị nêu trên gửi báo cáo … trước ngày 15/6/2012": *units*, :data:`.vocabulary.SAME_UNITS`), or
        it is the report sent ("Báo cáo gửi về Bộ … trước ngày 15/01/2020", "Báo cáo này của các đơn vị gửi Văn phòng Chính
        phủ … trước ngày 20/9/2014", *units* None: :data:`.vocabulary.RESULT_SENT`) and that order asked for a report, or it
        only says when the work is done ("Hoàn thành và trình UBND tỉnh trong quý I/2020.", "Thời gian hoàn thành trước ngày
        20-3-2026.": :data:`.vocabulary.DONE_BY`), or it owes the order's product or work ("Các đề án phải gửi về Cục
        trước ngày 10-12", "Việc kê khai … nêu trên phải hoàn thành trước …": :data:`.vocabulary.PRODUCT_OWED`, not the
        public's). True when it gave them (twenty-eighth session: heldout5 r29, heldout7 g17, heldout10 d50, heldout13
        p51, heldout14 q50, q51; forty-first, trk51b: heldout19 x28, heldout22 l43, heldout24 i17)."""
        if self.asked is None:
            return False
        first, last = self.asked
        rows = [n for n in range(first, min(last, len(self.out))) if not self.out[n].deadlines]
        if not rows:
            return False
        if units is not None:
            if not v.SAME_UNITS.fullmatch(units.strip()):
                return False
        elif not (v.DONE_BY.match(clause) or (
                v.RESULT_SENT.match(clause) and any("báo cáo" in self.out[n].text.lower() for n in rows))
                  or (v.PRODUCT_OWED.match(clause) and not v.PUBLIC_SUBJECT.match(clause.lower()))):
            return False
        for n in rows:
            self.out[n] = replace(self.out[n], deadlines=inside)
        self.asked = None
        return True

    def recur(self, due: tuple[Deadline, ...]) -> None:
        """Give a later clause's *due* to the last row; a recurrence ("Đồng thời … báo cáo … định kỳ") is the director's own
        duty, not the bodies it steers (the rows after "đôn đốc B thực hiện": :attr:`told`; tuning3 v04)."""
        row, n = self.out[-1], len(self.out[-1].heads)
        if self.told and self.told[0] == len(self.out) - 1 and all(d.kind == "periodic" for d in due):
            n = self.told[1]
        self.out[-1:] = [replace(row, heads=row.heads[:n], deadlines=due)] + ([replace(row, heads=row.heads[n:])] if n < len(row.heads) else [])

    def clauses(self, block: Block, probe: str, low: str, placed: list[tuple[int, Deadline]], run_on: bool) -> None:
        """Read every clause of a block that may lay a duty (*probe*: its text tone-fixed, *low*: lower-cased;
        *placed*: its deadlines with their offsets; *run_on*: the line before ended mid-sentence)."""
        text, offset = block.text, self.line_offset
        if placed and p.RECURS.search(low):  # "hằng năm … trước ngày 25/06": a date without a year recurs yearly
            placed = [(pos, yearly(d)) for pos, d in placed]
        if placed and " tại " in low:  # "tổ chức Liên hoan … vào tháng 7/2013 tại tỉnh Thanh Hoá": an event's date and place
            placed = [(pos, d) for pos, d in placed
                      if pos < 0 or v.DUE_WORD.match(d.text) or not v.VENUE.match(text, pos + len(d.text))]
        if placed and " và " in low:  # "… các nhiệm vụ trong tháng 2 và quý I/2026": the months a report or a review covers
            placed = [(pos, d) for pos, d in placed if pos < 0 or not v.PERIOD_AFTER.match(text, pos + len(d.text))]
        if placed and "báo cáo" in low:  # "báo cáo kết quả … từ ngày 30/01/2020 đến ngày 24/4/2020": the span reported on
            placed = [(pos, d) for pos, d in placed if pos < 0 or not reported_span(low, pos, d)]
        partners = 0  # "…; phối hợp A; B; C và D thực hiện …": 1 after "phối hợp A;", 2 once a bare name follows it
        sentences, cuts = segments(text)
        bounds = sorted({*sentences, *(k for k in cuts if k > 0 and (text[k - 1] == ";" or unit_after_colon(text, k))
                                       and not bracketed(text, k)), len(text)})
        pictured = captions(text, sentences)
        front: tuple[tuple[Deadline, ...], int] | None = None  # a due that opens a sentence or an item, and where it stops
        for start, end in itertools.pairwise(bounds):
            inside = own_dues(low, [(pos, d) for pos, d in placed if start <= pos < end]) if placed else ()
            part = low[start:end].lstrip()
            if partners or low[end - 1] == ";":  # (a clause that ends no list leaves the state at 0)
                partners = partner_state(probe[start:end].strip(), part, partners)
            if partners == 2 or (partners == 1 and v.PARTNERS.match(part)):
                continue  # only partners: "…; phối hợp Sở A;", or the list of them going on past ";"
            carried, self.reporting = self.reporting, None
            if low[end - 1] == ":" and (named := cal.PERIODIC_REPORT.search(part) or cal.PERIODIC_DUTY.search(part)):
                self.reporting = _recurring(part, named.group(), block.line_at(start) + offset)  # "… báo cáo định kỳ … bao gồm:"
            elif (self.lender and not inside and self.out and self.out[-1].heads == tuple(self.lender)
                  and not self.out[-1].deadlines and (
                      named := cal.PERIODIC_REPORT.match(part) or cal.PERIODIC_DUTY.match(part))):
                self.recur((_recurring(part, named.group(), block.line_at(start) + offset),))
                continue  # "A xây dựng kế hoạch …; định kỳ hằng quý, … xây dựng báo cáo …": A's duty recurs
            if not (inside or self.pending or assigns(part) or p.UNIT_AT.match(part)
                    or fronted(part) or sends(part)):
                if low[end - 1] != ";":  # nothing to read here (the usual clause): skip the parse; a clause that goes on
                    self.lender = None  # past ";" keeps the sentence's units for its later due ("đề nghị A và B khẩn trương
                continue  # …; động viên …; rà soát …, báo cáo … chậm nhất ngày 4/7": thirty-first session)
            if pictured and any(a <= start < b for a, b in pictured):  # a picture's caption ("… . Ảnh: NGUYỄN YÊN")
                self.lender, self.pending = None, []
                continue
            if ":" in part and v.CHROME.search(part):  # "Nơi ban hành: Tỉnh Phú Yên Người ký: …": the page's, not the text
                self.lender, self.pending = None, []
                continue
            clause = probe[start:end].strip()
            lead = ITEM.match(clause) or BULLET.match(clause) or p.ARTICLE.match(clause)
            if lead:
                clause = clause[lead.end():]
            clause = clause.lstrip(QUOTES)  # a quoted order: "“Các sở, ngành phải khẩn trương …”, A yêu cầu."
            before, self.pending = self.pending, []
            ordered, self.ordered = self.ordered and bool(before), False
            sent, self.sent = self.sent and bool(before), False
            said, opens = clause.strip(" .;"), bool(start or lead or not run_on or before)
            found = addressed(said) if sent else None  # "… gửi A, B; C về việc <duty>" (:func:`.letters.sent_list`)
            letter = found is not None  # the row is a letter's addressees' (:func:`.letters.restated`)
            if sent and found is None:
                listed_here = listed(clause)[0] if clause.endswith(";") else []
                if listed_here:  # "… gửi A; B; C …": the addressees go on past ";"
                    self.pending, self.sent = before + written(listed_here, probe, text, start), True
                    continue
                before = []  # "… gửi A, B; C về việc <information>": none of them holds it
            if found is None:
                found = after_order(said, opens, self.writer)
                if found is None and "gửi" in said and (found := about(said)) is not None:
                    letter = True  # "… có văn bản gửi A, B về việc <duty>": the addressees hold it
            subject = False
            if found is None:
                found = at_start(said, opens, self.writer)
                if found is None and lead is not None and lead.re is not p.ARTICLE and (
                        period := cal.PERIOD_LEAD.match(said)) is not None:  # "+ Hằng năm, UBND xã … tổng hợp, báo cáo …":
                    found = at_start(said[period.end():], opens, self.writer)  # a reporting calendar's point
                subject = found is not None and not before and not p.OBLIGED.match(found[1])
            if found is None and ordered:  # "yêu cầu Giám đốc các sở, Trưởng các ban, ngành,⏎Chủ tịch UBND các huyện, …,
                found = units_at(clause.strip(" .;"), after_verb=True)  # triển khai …": the list goes on after its verb
            if found is None and before and (public := p.PUBLIC.match(clause)) and (
                    k := duty_start(clause[public.end():])) > 0:
                found = ("", clause[public.end() + k:].strip(" .;"))  # "A; B; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …":
                # the list's last piece is the public (no holder), the duty the listed units' (heldout9 n36, heldout14 q25)
            if found is None and (clause.endswith(";") or (end == len(text) and text[-1:] not in TERMINAL)):
                listed_here, by_order = listed(clause)
                if listed_here:
                    self.pending = before + written(listed_here, probe, text, start)  # "đề nghị A; B; C …", "A,⏎B …"
                    self.reporting = carried
                    self.ordered = by_order or ordered
                    continue
                if not before and (listed_here := sent_list(clause)):  # "… có công văn gửi A, B; C về việc …"
                    self.pending, self.sent = written(listed_here, probe, text, start), True
                    continue
            if found is None and end == len(text) and clause.endswith(":"):
                units = colon_units(clause)
                if units:  # "UBND tỉnh yêu cầu các sở, ngành:" with the duties in the bullets under it
                    self.close_heading()
                    self.heading = Heading(written([units], probe, text, start)[0], block.line_at(start), list(inside),
                                           asked=True)
                    self.bulleted = True
                    continue
            if partners < 0:
                found = None  # "…; phối hợp A; B; C và D thực hiện …": C and D are partners too (a due here is lent)
            if (self.writer is None or self.signed) and (found or assigns(part)):  # the body giving an order writes the
                by = orderer(clause)  # text ("UBND phường … đề nghị A …"), also when its units go unread ("Thành ủy … yêu cầu …")
                if by is not None:
                    self.writer, self.signed = by, False
            if found and inside and not before and self.lend_result(found[0], clause, inside):
                continue
            if found:
                units, duty = found
                heads = before + written(split_units(units), probe, text, start)
                told, reach = directed(duty, probe, text, start)
                heads += told
                if heads:
                    self.lender = heads
                    at = probe.find(units, start)
                    line = block.line_at(at if at != -1 else start) + offset
                    where = probe.find(duty, start)
                    more = [m for m in further(duty, where) if m[0] >= where + reach]  # a chain's verb is read
                    cut = more[0][0] if more else end
                    first = len(self.out)
                    if subject and not told and not more:
                        self.subjects += 1
                        self.narrated = self.narrated or v.NARRATED.search(duty) is not None
                    mine = own_dues(low, [(pos, d) for pos, d in placed if start <= pos < cut])
                    if mine and due_opens(low, start, placed):
                        front = (mine, due_reach(text, sentences, start))
                    elif not mine and front is not None and start < front[1]:
                        mine = front[0]  # "Trước 10/5, A nộp …; B nộp …": the opening due is B's too (heldout15 b48, heldout3 k30)
                    if not mine and before and carried is not None:
                        mine = (replace(carried, line=line),)  # "… báo cáo định kỳ … bao gồm: A; B; C và D là …"
                    if not mine and ((kept := cal.PERIODIC_DUTY.match(duty) or cal.PERIODIC_LATER.search(duty)) is not None or (  # "… gửi báo cáo định kỳ …",
                            (head := said.find(units)) > 0 and (kept := cal.PERIOD_COUNTED.search(said, 0, head)))):  # "b) Chậm
                        # nhất 02 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo, A phải gửi …"
                        mine = (_recurring(duty, kept.group(), line),)
                    if letter:
                        self.letters.append(first)
                    self.out.append(Stated(tuple(heads), collapse_space(duty)[:SHOWN], line, mine))
                    self.told = (first, len(heads) - len(told)) if told else None
                    for n, (verb, units, duty) in enumerate(more):
                        stop = more[n + 1][0] if n + 1 < len(more) else end
                        heads = written(split_units(units), probe, text, verb)
                        self.lender = heads
                        self.out.append(Stated(tuple(heads), collapse_space(duty)[:SHOWN], block.line_at(verb) + offset,
                                               tuple(d for pos, d in placed if verb <= pos < stop)))
                    self.asked = (first, len(self.out))
                    if end == len(text) and self.out[-1].text.endswith(":"):  # "… thực hiện các nội dung sau:" + a list
                        self.end_lead()
                        self.lead = Lead(first, len(self.out))
                    continue
            if self.lender and inside and ("dự kiến" in part or v.PUBLIC_SUBJECT.match(part)
                                           or own_plan(clause.strip(" .;"), self.writer)):
                self.lender = None  # "Đại hội … dự kiến diễn ra từ tháng 4 đến hết tháng 5": a schedule the text reports;
                # "Các tổ chức, cá nhân có cơ sở … chậm nhất trước ngày 1-1-2025": the public's own due; the writer's plan
            elif self.lender and inside and asks_another(clause):
                self.lender = None  # "… yêu cầu ông (bà) Hiệu trưởng các đơn vị … nộp báo cáo trước 9h00 ngày 23/4/2018": the
                # order names its own addressee, whom the reader did not read as a unit; its due is not the units' before
            elif not self.lender and inside and self.lend_result(None, clause, inside):
                pass  # "Báo cáo gửi về Bộ … trước ngày 15/01/2020": the report the last order asked for
            elif self.lender and inside:  # "Thời gian hoàn thành …, chậm nhất ngày …": the clause before's units
                out = self.out
                if out and out[-1].heads == tuple(self.lender) and not out[-1].deadlines:
                    self.recur(inside)
                else:
                    out.append(Stated(tuple(self.lender), text[start:end].strip()[:SHOWN], block.line_at(start) + offset,
                                      inside))
            elif not inside:
                self.lender = None


def _recurring(said: str, named: str, line: int) -> Deadline:
    """The periodic due of a duty whose recurrence the words *named* tell (*said*: the clause, shown cut at :data:`SHOWN`)."""
    return Deadline("periodic", None, None, None, collapse_space(said)[:SHOWN], None, named, line)
