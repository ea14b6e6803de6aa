"""Tasks laid down in running sentences rather than under a "TỔ CHỨC THỰC HIỆN" heading: the fast walk.

Real letters, decisions and the portals' summaries of them assign work in sentences: "Giao Sở Nội
vụ chủ trì …, báo cáo … trước ngày 10/3/2013", "đề nghị A, Thủ trưởng các sở …, Chủ tịch UBND các
huyện … triển khai", "UBND các huyện, thị xã, thành phố chịu trách nhiệm …", "- Cấp xã hoàn thành …
trước ngày 01/6/2015", "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch …", or a numbered
heading that names a unit with its duties under it. :mod:`.clauses` reads one clause; this module
walks a body's blocks and hands it the few that may lay a duty.

It gives the same rows as :mod:`.reference` (the plain walk, kept beside it and held to it by the
tests), at about a third of its cost, because most blocks assign nothing:

* the blocks come from the caller when it already has them (the analysis stage cuts a body once for
  the deadline finder and for this reader);
* tone marks are moved and the text lower-cased only for blocks that need it; a block's deadlines are
  looked up by line, the lines read elsewhere are a set; the anchored patterns run only on blocks whose
  first character they can match; the clause starts are found by one scan (:data:`.patterns.CLAUSE_UNIT`);
* a block is cut into clauses only when a unit or a title stands where a clause could lay a duty on it
  (:func:`may_assign`: after an assigning word, or at a clause's start): "giao ban", "bảo đảm yêu cầu",
  "quan điểm chỉ đạo" hold an assigning word and assign nothing (on the synthetic corpus this passes over
  two blocks in three of those the looser test let through), and only when what follows the first such
  unit can end it with a duty, a list or a colon (:func:`.clauses.may_hold_duty`) and its clause start is
  one :func:`.blocks.segments` cuts (not "TM. ỦY BAN"): 7,113 blocks of 141,846 read at 5,000 synthetic
  documents instead of 10,263, the same rows;
* the list under "Nơi nhận:" is recipients, never duties: its lines are passed over unread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import ITEM, ROMAN, TERMINAL, Block, blocks, starts_after

from . import clauses as c
from . import executors as x
from . import patterns as p
from . import vocabulary as v
from .clauses import Stated
from .echo import echoes
from .layout import aside, closed, item_depth
from .lists import split_units
from .scan import fronted, may_name_holder
from .walk import Walk
from .wraps import unwrapped

__all__ = ["Stated", "gate", "may_assign", "split_units", "stated"]

BULLETS = frozenset("-+•·–*")  # the first characters :data:`BULLET` matches
ITEM_FIRST = frozenset("0123456789(")  # … and :data:`ITEM` (or a letter before ")")


def _candidate(text: str, probe: str, low: str) -> bool:
    """:func:`.clauses.candidate` with one scan for the clause starts instead of a match at each, and
    only when a clause of the block can lay a duty at all: a unit where a clause could hold it
    (:func:`may_assign`, its cheap part first; a clause start only where :func:`.blocks.segments`
    starts one: not after "TM.") and, after the first such unit, what its reading needs to find a duty
    (:func:`.clauses.may_hold_duty`: not "… giao ban của Mặt trận … xã hội.")."""
    if len(low) != len(text):  # a character that lower-cases to two: the offsets below would not line up
        return True
    assigning = c.assigns(low)
    if not assigning and c.sends(low):
        return True  # a letter's addressees, read by :func:`.clauses.about` and :func:`.clauses.sent_list`
    at = _assigned_at(low) if assigning else -1
    if at == -1 and not (assigning or p.UNIT_AT.match(low) is not None or p.CLAUSE_UNIT.search(low) is not None):
        return fronted(low)  # "Khi thực hiện …, các sở, ngành … cần …": a lead before the units (:func:`.scan.fronted`)
    head = _head_at(text, low, len(low) if at == -1 else at)
    first = head if head != -1 else at
    return (first != -1 and c.may_hold_duty(text, probe, first)) or fronted(low)


def gate(text: str) -> bool:
    """Whether the fast walk reads a block (its *text*) clause by clause when nothing is carried into it
    (no units pending, no lender with a deadline here): :func:`_candidate` on its own text."""
    if not may_name_holder(text, text.lower()):
        return False
    probe = p.retone(text)
    return _candidate(text, probe, probe.lower())


def plain_gate(text: str) -> bool:
    """:func:`gate` without its first test (:func:`.scan.may_name_holder`): the tests hold the two equal."""
    probe = p.retone(text)
    return _candidate(text, probe, probe.lower())


def may_assign(low: str) -> bool:
    """Whether a lower-cased block names a unit where a clause could lay a duty on it: after an
    assigning word (:data:`.patterns.ASSIGNED_UNIT`, tried where :data:`.patterns.ASSIGN_WORDS` found
    one) or at a clause's start (:data:`.patterns.BLOCK_HEAD`, :data:`.patterns.CLAUSE_HEAD`)."""
    return _head(low) or _assigned_at(low) != -1


def _head(low: str) -> bool:
    return p.BLOCK_HEAD.match(low) is not None or p.CLAUSE_HEAD.search(low) is not None


def _head_at(text: str, low: str, end: int) -> int:
    """Where the first unit at a clause's start may stand before *end*: 0 (:data:`.patterns.BLOCK_HEAD`),
    or the "." or ";" before it (:data:`.patterns.CLAUSE_HEAD`) where a clause starts after it; -1: none."""
    if p.BLOCK_HEAD.match(low) is not None:
        return 0
    m = p.CLAUSE_HEAD.search(low)
    while m is not None and m.start() < end:
        if starts_after(text, m.start()):
            return m.start()
        m = p.CLAUSE_HEAD.search(low, m.start() + 1)
    return -1


def _assigned_at(low: str) -> int:
    """Where the first assigning word with a unit after it stands (:data:`.patterns.ASSIGNED_UNIT`), else a letter's
    first addressee (:data:`.vocabulary.SENT_TO`: :func:`.clauses.assigned` reads it before an asking verb); -1: none."""
    first = -1
    match = p.ASSIGNED_UNIT.match
    for word in p.ASSIGN_WORDS:
        at = low.find(word)
        while at != -1 and (first == -1 or at < first):
            if match(low, at):
                first = at
                break
            at = low.find(word, at + 1)
    if first == -1 and "gửi" in low:  # "… có văn bản gửi Sở … yêu cầu khẩn trương …": the addressees are the ones asked
        for sent in v.SENT_TO.finditer(low):  # (a unit right after it: what :func:`.clauses._sent_to` needs)
            if p.UNIT_START.match(low[sent.end():]):
                return sent.start()
    return first


def stated(body: str, deadlines: Sequence[Deadline], line_offset: int = 0,
           skip: Iterable[range] = (), read: Iterable[Block] | None = None) -> list[Stated]:
    """Every clause of *body* that lays a duty on units (lines in *skip* are read elsewhere; *read*:
    the body's blocks, when the caller has cut it already)."""
    skipped = {n for r in skip for n in r}
    by_line: dict[int, list[Deadline]] = {}
    for d in deadlines:
        by_line.setdefault(d.line - line_offset, []).append(d)
    walk = Walk(line_offset, c.signer(body))
    articles = "Điều" in body  # a body with no article has no executive one: its blocks are not tested for it
    end_line = body.rstrip().count("\n") + 1 if articles else 0  # the body's last line: an article cut there is the page's cut
    aims = False  # inside "I. MỤC ĐÍCH, YÊU CẦU"
    recipients = False  # the last block that is not a bullet opens the list under "Nơi nhận:"
    last = "."  # the previous block's text
    opening = c.OPENING  # the body's first blocks: tag lines, then a headline, lay no duty (:func:`.clauses.headline`)
    body_lines: list[str] = []  # the body's lines, cut once when a line standing alone is tested (:func:`.clauses.standing`)
    for block in unwrapped(blocks(body) if read is None else read):
        text, lines = block.text, block.lines
        if opening:
            opening -= 1
            if opening and c.tag(block):
                continue
            after_tag, opening = opening < c.OPENING - 1, 0
            if c.headline(block, body, after_tag):
                walk.headed(c.writer(block))
                continue
        first = text[0]  # most of the anchored patterns below cannot match: their first character says so
        walk.follow(text)
        if first not in BULLETS:
            recipients = first in "NnKk*" and bool(p.RECIPIENTS.match(text))
        elif recipients:
            continue
        if lines[0] in skipped:
            continue
        before = last
        run_on, last = last[-1:] not in TERMINAL and not closed(last, text), text  # the line before ended mid-sentence (hard wrap)
        placed = ([(c.where(block, d), d) for n in lines if n in by_line for d in by_line[n]]
                  if by_line and not by_line.keys().isdisjoint(lines) else [])
        walk.lead_dues(placed)
        if articles:  # a decision's executive article (:mod:`.executors`): its holders, the walk reads what is before
            rest = walk.article(x.read(block, placed, line_offset, lines[-1] >= end_line), block, placed)
            if rest is None:
                continue
            block, placed = rest
            text, lines = block.text, block.lines
        item = ITEM.match(text) if first in ITEM_FIRST or text[1:2] == ")" else None
        if item or (first in "PIVXL" and ROMAN.match(text)):
            walk.new_item(roman=not item, depth=item_depth(item))
            if not item:
                aims = bool(p.AIMS.match(text))  # its words hold no mark that p.retone moves
        if aims or (first in "Tt" and p.CLOSING.match(text)):
            continue
        probe = ""  # "uỷ" read as "ủy"; same offsets, so what is shown is as written; made once, when needed
        if item and not walk.bulleted:
            if c.may_head(text[item.end():]):  # most items are sentences: no tone marks moved for them here
                probe = p.retone(text)
                head = c.heading_units(probe[item.end():])
                if head:
                    walk.open_heading(c.written([head], probe, text)[0], lines[0], item_depth(item),
                                      (text[item.end():], probe[item.end():], head), placed)
                    continue
            if walk.heading is not None:
                probe = probe or p.retone(text)
                if walk.holds_item(text[item.end():], placed, probe[item.end():].lower()):
                    continue
            if walk.time_item(text[item.end():], placed):
                continue
        elif walk.holds(item is not None or first in BULLETS):
            walk.hold(text, placed)
            continue
        if first == "(" and aside(text, placed):
            continue  # keeps what the clause before lends
        carried = bool(walk.pending or ((walk.lender or walk.asked) and placed))
        plain = block.lowered()  # made by the deadline finder already
        if not (carried or may_name_holder(text, plain)):
            walk.lender = None  # the gate would pass over it: no tone marks moved, no pattern tried
            continue
        probe = probe or p.retone(text)
        low = plain if probe == text else probe.lower()  # no tone mark moved: the same lower case
        if (carried or _candidate(text, probe, low)) and (item or first in BULLETS or not echoes(block, before)) and (
                carried or placed or not c.standing(block, body_lines or (body_lines := body.split("\n")), before)):
            walk.clauses(block, probe, low, placed, run_on)
        else:
            walk.lender = None  # (or a caption saying again what the paragraph above it said: :mod:`.echo`)
    walk.finish(news=not skipped)
    return walk.out
