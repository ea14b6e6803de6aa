"""One body's reading, block after block (:class:`Walk`): what each clause gives (:mod:`.clauses` reads one clause)
and what it hands to the next one: the units of a list for the duty that follows, a heading's units for the items under
it, a clause's units for a due in the next. Both sentence readers (:mod:`.sentences`, :mod:`.reference`) drive it, so a
difference between them can only come from which blocks they hand it. Where a block's clauses are cut is :mod:`.cuts`,
what the page's layout says (captions, headlines, items' depth) :mod:`.layout`."""

from __future__ import annotations

import itertools
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
from .holders import SHOWN, Heading, Lead
from .layout import captions
from .letters import about, addressed, sent_list
from .lists import split_units
from .outline import Outline
from .scan import fronted

__all__ = ["Walk"]

QUOTES = "“\""  # what may open a clause before its units (:data:`.patterns.UNIT_AT` lets them through)


class Walk(Outline):
    """One body's reading, block after block: the rows found (the state and the layout's hand-on are :class:`.outline.Outline`'s)
    and what a clause hands to the next one."""

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
