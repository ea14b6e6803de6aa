"""Lines from positioned text (a PDF's text layer, OCR words): the same lines with hints as Word gives.

Boxes on one baseline make a line; a wide gap between two boxes of a line is a column break
(the header's two columns, the closing block's Nơi nhận and signature), so such a line gives
two lines tagged "L" and "R". A run of tagged lines is reordered column by column, left first,
as Word's layout table is read; a vertical gap wider than a line's height is a paragraph break.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...text import collapse_space
from ..lines import Block, Line


@dataclass(frozen=True)
class Box:
    """A run of text with its place on the page (top < bottom: y grows downwards)."""

    left: float
    top: float
    right: float
    bottom: float
    text: str


def _rows(boxes: list[Box]) -> list[list[Box]]:
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.left)):
        if rows:
            last = rows[-1]
            top = min(b.top for b in last)
            bottom = max(b.bottom for b in last)
            overlap = min(bottom, box.bottom) - max(top, box.top)
            if overlap > 0.5 * min(bottom - top, box.bottom - box.top):
                last.append(box)
                continue
        rows.append([box])
    return rows


def page_lines(boxes: list[Box], page_width: float, first_gap: bool = True) -> list[Line]:
    """The lines of one page, in reading order, with column and paragraph hints."""
    out: list[Line] = []
    previous_bottom: float | None = None
    heights = sorted(max(b.bottom - b.top, 1.0) for b in boxes) or [10.0]
    height = heights[len(heights) // 2]
    # The text block's margins: a line whose two margins are alike, and wide, is centred (a type
    # word, a trích yếu); running text starts at the left margin.
    margin_left = min((b.left for b in boxes), default=0.0)
    margin_right = max((b.right for b in boxes), default=page_width)
    for row in _rows([b for b in boxes if b.text.strip()]):
        row.sort(key=lambda b: b.left)
        top = min(b.top for b in row)
        gap = previous_bottom is None or top - previous_bottom > 0.9 * height
        previous_bottom = max(b.bottom for b in row)
        parts: list[list[Box]] = [[row[0]]]
        for box in row[1:]:
            previous = parts[-1][-1]
            # the page's middle between them, half a line's height apart: the header's two columns (a wrapped V/v
            # line ending near the middle beside the date line starting past it), never one line's words
            crosses = previous.right < 0.5 * page_width <= box.left and box.left - previous.right > 0.5 * height
            if crosses or box.left - previous.right > max(3 * height, 0.06 * page_width):
                parts.append([box])
            else:
                parts[-1].append(box)
        if len(parts) == 1:
            left, right = row[0].left, max(b.right for b in row)
            # A line wholly in one half of the page, under a two-column line, belongs to that column.
            side = "" if not (out and out[-1].cell) else "L" if right < 0.5 * page_width else "R" if left > 0.5 * page_width else ""
            indent, rest = left - margin_left, margin_right - right
            centered = indent > 2 * height and abs(indent - rest) < 1.5 * height
            # ND 30: a paragraph of the body opens 1-1.27 cm in from the margin; a centred line has equal margins.
            indented = 1.2 * height < indent < 3.5 * height and abs(indent - rest) > 1.5 * height
            out.append(Line(collapse_space(" ".join(b.text for b in parts[0])), gap_before=gap if out else first_gap,
                            cell=side, centered=centered, indented=indented))
            continue
        for index, part in enumerate(parts[:2] if len(parts) <= 2 else [parts[0], [b for p in parts[1:] for b in p]]):
            side = "L" if index == 0 else "R"
            out.append(Line(collapse_space(" ".join(b.text for b in part)), gap_before=True, cell=side))
    return by_columns(out, page_width)


def by_columns(lines: list[Line], page_width: float) -> list[Line]:
    """Each run of column-tagged lines read column by column: all its left lines, then its right ones."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, Line("")]:
        if line.cell:
            run.append(line)
            continue
        out.extend([x for x in run if x.cell == "L"] + [x for x in run if x.cell == "R"])
        run = []
        if line.text:
            out.append(line)
    return out


def blocks_from_pages(pages: list[tuple[list[Box], float]]) -> list[Block]:
    blocks: list[Block] = []
    for boxes, width in pages:
        blocks.extend(page_lines(boxes, width, first_gap=True))
    return blocks
