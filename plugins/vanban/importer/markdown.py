"""The body as Markdown: headings by numbering (I., 1., 1.1.), lists, tables, the closing block.

Every piece of text is escaped, so whatever HTML a Word cell or paragraph holds arrives as text.
"""

from __future__ import annotations

import re

from .lines import Block, Line, TableBlock, escape, escape_inline
from .patterns import ADDRESSEE, DECORATION, POST_STAMP
from .result import ImportResult

_ROMAN = re.compile(r"^(?=[IVXL])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\s*[.:/-]\s+\S")
_LEVEL2 = re.compile(r"^\d+\.\d+\.?\s+\S")
_LEVEL1 = re.compile(r"^\d+\.\s+\S")
_LIST = re.compile(r"^[-+•–]\s*")


def _is_short_heading(line: Line) -> bool:
    text = line.text
    if line.bold:
        return len(text) <= 200
    return len(text) <= 100 and not text.endswith((".", ";", ",")) and not re.search(r":\s+\S", text)


def body_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    in_list = False
    for block in blocks:
        if isinstance(block, TableBlock):
            out.append(_table_markdown(block))
            in_list = False
            continue
        text = block.text
        if DECORATION.match(text) or POST_STAMP.match(text):
            continue
        if _ROMAN.match(text):
            out.append("## " + escape_inline(text))
            in_list = False
        elif _LEVEL2.match(text) and _is_short_heading(block):
            out.append("#### " + escape_inline(text))
            in_list = False
        elif _LEVEL1.match(text) and _is_short_heading(block):
            out.append("### " + escape_inline(text))
            in_list = False
        elif _LIST.match(text) and not ADDRESSEE.match(text):
            item = (_LIST.sub("", block.markdown) if not block.bold else escape_inline(_LIST.sub("", text))).strip()
            if in_list:
                out[-1] += "\n- " + item
            else:
                out.append("- " + item)
            in_list = True
            continue
        else:
            out.append(f"**{escape(text)}**" if block.bold and len(text) < 200 else block.markdown)
            in_list = False
    return "\n\n".join(out)


def _table_markdown(table: TableBlock) -> str:
    rows = [[escape_inline(c) for c in row] for row in table.rows if any(c.strip() for c in row)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def closing_markdown(result: ImportResult) -> str:
    parts: list[str] = []
    recipients = result.fields.get("recipients") or []
    if recipients:
        parts.append("**Nơi nhận:**")
        parts.append("\n".join(f"- {escape(r)}" for r in recipients))
    title = result.fields.get("signer_title") or ""
    if result.closing_in_body:
        return ("\n\n" + "\n\n".join(parts)) if parts else ""
    if title:
        parts.append("  \n".join(f"**{escape(t)}**" for t in title.split(" — ")))
    if result.fields.get("signer"):
        parts.append(escape(result.fields["signer"]))
    return ("\n\n" + "\n\n".join(parts)) if parts else ""

