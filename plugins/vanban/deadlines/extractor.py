"""The driver: blocks → numbered items and their actors → hits → :class:`Deadline` results."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from vanban.text import collapse_space, nfc

from .actions import EDGE, LABELS, ClauseActions, lead_object, pick_action
from .actors import as_actor, first_colon, norm_key
from .blocks import BULLET, ITEM, ROMAN, Block, blocks, span_index
from .model import Deadline
from .reader import Reader


def heading_actor(body: str, rest_start: int, doc_date: datetime.date | None) -> str | None:
    """The unit named by a numbered heading line ("5. Các chi, đảng bộ …") with no colon."""
    heading = body[rest_start:].strip()
    # The cheap tests first: most item lines are long sentences.
    if len(heading) > 250 or (heading.endswith(".") and len(heading.split()) > 8):
        return None
    reader = Reader(heading, doc_date)
    if len(reader.sentences) > 2:
        return None
    if reader.hits():
        return None
    return as_actor(heading)


class ItemActor:
    """The actor a numbered item names, and where its content starts, worked out when first asked
    for: only items above a block with deadlines ever are, and the work is pure."""

    __slots__ = ("body", "doc_date", "rest_start", "result")

    def __init__(self, body: str, rest_start: int, doc_date: datetime.date | None):
        self.body = body
        self.rest_start = rest_start
        self.doc_date = doc_date
        self.result: tuple[str | None, int] | None = None

    def get(self) -> tuple[str | None, int]:
        """``(actor, content_start)``: the "<unit>:" before the item's first colon, else its heading's unit."""
        if self.result is None:
            body, rest_start = self.body, self.rest_start
            colon = first_colon(body, rest_start)
            if colon != -1:
                actor = as_actor(body[rest_start:colon])
                self.result = (actor, colon + 1 if actor is not None else 0)
            else:
                self.result = (heading_actor(body, rest_start, self.doc_date), 0)
        return self.result


def _lead(body: str, clauses: list[int], lead: str, in_list: bool) -> Callable[[], str] | None:
    """What an item or paragraph naming nothing to do is about: a list item's, the sentence introducing its list
    (the paragraph before the list, when it ends with ":"); a paragraph's that opens with a bare label ("Thời gian:
    7h00 ngày …"), the paragraph before it (when that one introduces no list). Worked out only when asked."""
    if not lead:
        return None
    if in_list:
        if not lead.rstrip().endswith(":"):
            return None
    else:
        head = body[: clauses[1]] if len(clauses) > 1 else ""
        if lead.rstrip().endswith(":") or norm_key(head.rstrip(EDGE)) not in LABELS:
            return None
    return lambda: lead_object(lead)


def extract_deadlines(
    text: str, *, doc_date: datetime.date | None = None, line_offset: int = 0, read: Iterable[Block] | None = None
) -> tuple[Deadline, ...]:
    """Deadlines set by ``text`` in the order they appear, without duplicates.

    ``doc_date`` (the document's date) gives dates written without a year their year and
    drops events dated before the document; ``line_offset`` is added to every line number
    (for a body that starts after front matter); ``read`` is ``text`` already cut into
    :func:`.blocks.blocks` (the analysis stage cuts a body once for this finder and the task reader).
    """
    results: list[Deadline] = []
    seen: set[tuple[object, ...]] = set()
    stack: dict[int, ItemActor] = {}
    previous, listed, intro = "", False, ""  # the block before; whether it was a list item; the one before the list
    for block in blocks(text) if read is None else read:
        body = block.text
        actor: str | None = None
        content_start = 0
        roman = ROMAN.match(body)
        item = None if roman else ITEM.match(body)
        own: ItemActor | None = None
        in_list = item is not None or BULLET.match(body) is not None
        if in_list and not listed:
            intro = previous
        before, previous, listed = previous, body, in_list
        if roman:
            stack.clear()
        elif item is not None:
            level = (
                1
                if item["num"]
                else item["dotted"].count(".") + 1
                if item["dotted"]
                else 5
                if item["paren"]
                else 6
            )
            for stale in [k for k in stack if k >= level]:
                del stack[stale]
            own = stack[level] = ItemActor(body, item.end(), doc_date)

        reader = Reader(body, doc_date, block.lowered())
        hits = reader.hits()
        if not hits:
            continue
        # Only a block with deadlines needs its own actor and those of the items above it.
        if own is not None:
            actor, content_start = own.get()
        elif not roman:
            lead = BULLET.match(body)
            rest_start = lead.end() if lead else 0
            colon = first_colon(body, rest_start)
            if colon != -1:
                inline = as_actor(body[rest_start:colon])
                if inline is not None:
                    actor, content_start = inline, colon + 1
        if actor is None:
            actor = next((a for k in sorted(stack, reverse=True) if (a := stack[k].get()[0]) is not None), None)
        clauses = reader.clauses
        actions = ClauseActions(body, clauses, hits)
        floor = span_index(clauses, content_start) if content_start else 0
        if content_start and clauses[floor] < content_start:
            floor += 1
        floor = min(floor, len(clauses) - 1)
        about = _lead(body, clauses, intro if in_list else before, in_list)
        for hit in hits:
            phrase = collapse_space(body[hit.start : hit.end]).strip(EDGE)
            index = span_index(clauses, hit.end - 1)
            action = pick_action(actions, index, min(floor, index), phrase, about)
            deadline = Deadline(
                kind=hit.kind,
                date=hit.date,
                start=hit.span_start,
                month_day=hit.month_day,
                action=nfc(action),
                actor=nfc(actor) if actor else None,
                text=nfc(phrase),
                line=block.line_at(hit.start) + line_offset,
            )
            key = (
                deadline.kind,
                deadline.date,
                deadline.start,
                deadline.month_day,
                deadline.action,
                deadline.actor,
            )
            if key not in seen:
                seen.add(key)
                results.append(deadline)
    return tuple(results)
