"""The plain reading of tasks stated in running sentences: the reference beside :mod:`.sentences`.

Written to be obviously right, not fast (eyecite's way): it cuts the body into blocks itself, tone-fixes
and lower-cases every block, tests every block with the clause-start scans of :func:`.clauses.candidate`
and hands every candidate block to :meth:`.walk.Walk.clauses`. :mod:`.sentences` must give the same
rows for every body; the tests run the same cases on both and compare them on the demo, the fixtures
and a synthetic corpus.

What a task is (the rules both follow): a unit followed by "đã/đang/vừa/dự kiến/được …" reports or
plans, it is not a duty, nor is one that "chỉ đạo, …" (the writer announcing its orders); the executive
clause of a decision ("A, B chịu trách nhiệm thi hành Quyết định này") gives A and B the decision to carry
out (a task each, as the annotators of every set read it); a body's headline lays no duty; partners after "phối hợp với" hold no task; the list under "Nơi nhận:" names
recipients; the closing formula ("Trên đây là
…") and the aims section ("I. MỤC ĐÍCH, YÊU CẦU") restate, they assign nothing. A clause that names no
unit lends its deadlines to the units of the clause before it ("Thời gian hoàn thành …, chậm nhất ngày
14/5/2021"); a numbered item that only names a unit gives it the deadlines of the lines under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM, ROMAN, TERMINAL, Block, blocks

from . import clauses as c
from . import executors as x
from . import patterns as p
from .clauses import Stated
from .echo import echoes
from .layout import aside, closed, item_depth
from .walk import Walk
from .wraps import unwrapped


def stated(body: str, deadlines: Sequence[Deadline], line_offset: int = 0,
           skip: Iterable[range] = (), read: Iterable[Block] | None = None) -> list[Stated]:
    """Every clause of *body* that lays a duty on units (lines in *skip* are read elsewhere; *read* is
    taken for the fast reader's signature and left unused: the reference cuts the body itself)."""
    del read
    skipped = list(skip)
    walk = Walk(line_offset, c.signer(body))
    articles = "Điều" in body  # (the fast reader's test, kept here so that both read the same blocks)
    end_line = body.rstrip().count("\n") + 1  # the body's last line
    body_lines = body.split("\n")  # a line standing alone is told by its neighbours (:func:`.clauses.standing`)
    aims = False  # inside "I. MỤC ĐÍCH, YÊU CẦU"
    last = "."  # the previous block's text
    after = ""  # the text of the last block that was not a bullet
    opening = c.OPENING  # blocks that may still open the body: tag lines ("CÔNG TÁC ĐẢNG"), then its headline
    for block in unwrapped(blocks(body)):  # an executive article's hard-wrapped lines joined (:mod:`.wraps`)
        if opening:
            opening -= 1
            if opening and c.tag(block):
                continue  # a page's tag line before the headline names no duty
            after_tag, opening = opening < c.OPENING - 1, 0
            if c.headline(block, body, after_tag):
                walk.headed(c.writer(block))
                continue  # the body's headline ("Bộ Nội vụ hướng dẫn …"): its subject writes, it lays no duty
        walk.follow(block.text)
        if not BULLET.match(block.text):
            after = block.text
        elif p.RECIPIENTS.match(after):
            continue  # a bullet of the list under "Nơi nhận:" names a recipient, never a duty
        if any(block.lines[0] in r for r in skipped):
            continue
        here = [d for d in deadlines if d.line - line_offset in block.lines]
        placed = [(c.where(block, d), d) for d in here]
        walk.lead_dues(placed)
        if articles:  # a decision's executive article (:mod:`.executors`): its holders, the walk reads what is before
            rest = walk.article(x.read(block, placed, line_offset, block.lines[-1] >= end_line), block, placed)
            if rest is None:
                continue
            block, placed = rest
        text = block.text
        before = last
        run_on, last = last[-1:] not in TERMINAL and not closed(last, text), text  # the line before ended mid-sentence (hard wrap)
        probe = p.retone(text)  # "uỷ" read as "ủy"; same offsets, so what is shown is as written
        item = ITEM.match(text)
        if item or ROMAN.match(text):
            walk.new_item(roman=not item, depth=item_depth(item))
            if not item:
                aims = bool(p.AIMS.match(probe))
        if aims or p.CLOSING.match(probe):
            continue
        if item and not walk.bulleted:
            head = c.heading_units(probe[item.end():])
            if head:
                walk.open_heading(c.written([head], probe, text)[0], block.lines[0], item_depth(item),
                                  (text[item.end():], probe[item.end():], head), placed)
                continue
            if walk.holds_item(text[item.end():], placed, probe[item.end():].lower()):
                continue
            if walk.time_item(text[item.end():], placed):
                continue
        elif walk.holds(item is not None or bool(BULLET.match(text))):
            walk.hold(text, placed)
            continue
        if aside(text, placed):
            continue  # keeps what the clause before lends
        low = probe.lower()
        echo = not item and not BULLET.match(text) and echoes(block, before)  # a caption saying the paragraph again
        carried = bool(walk.pending or ((walk.lender or walk.asked) and placed))
        alone = not (carried or placed) and c.standing(block, body_lines, before)  # a sub-heading or caption standing alone
        if (c.candidate(low) or carried) and not echo and not alone:
            walk.clauses(block, probe, low, placed, run_on)
        else:
            walk.lender = None
    walk.finish(news=not skipped)
    return walk.out
