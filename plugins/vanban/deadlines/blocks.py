"""Reading: the text as *blocks* (a line plus the lines that continue its sentence), cleaned of
Markdown and invisible characters, and each block's sentences and clauses."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vanban.text import DASHES, collapse_space, nfc, normalise_dashes

LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# The characters :func:`normalise_dashes` maps (tests check the two agree).
DASH = re.compile(f"[{re.escape(DASHES)}]")
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
ESCAPED = operator.itemgetter(1)  # the escaped character; faster than the template r"\1"
MD_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)")
TERMINAL = frozenset(".;:!?…")

ITEM = re.compile(
    r"^(?:(?P<num>[0-9]{1,3})[.)]|(?P<dotted>[0-9]{1,3}(?:\.[0-9]{1,3}){1,4})\.?"
    r"|\((?P<paren>[0-9]{1,3})\)|(?P<letter>[a-zđ])\))\s+"
)
ROMAN = re.compile(r"^(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+")
BULLET = re.compile(r"^[-+•·–*]\s*")


@dataclass(slots=True)
class Block:
    text: str = ""
    starts: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    # ``text.lower()`` once made (:meth:`lowered`): the deadline finder and the task reader both test words on it
    low: str | None = field(default=None, compare=False, repr=False)

    def add(self, text: str, line: int) -> None:
        if self.text:
            self.text += " "
        self.starts.append(len(self.text))
        self.lines.append(line)
        self.text += text
        self.low = None

    def lowered(self) -> str:
        """``text.lower()``, made on first use and kept (the analysis stage hands one block to both readers)."""
        if self.low is None:
            self.low = self.text.lower()
        return self.low

    def line_at(self, pos: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.starts, pos) - 1)]


def clean_line(line: str) -> str:
    """``line`` (already NFC, dashes normalised) as the patterns read it.

    Each step runs only when it can change the line, since most lines need none. A printable
    line has no zero-width character and no white space but " " (both are "Other" or
    "Separator"), so without doubled or edge spaces it is already collapsed.
    """
    printable = line.isprintable()
    if not printable:
        line = INVISIBLE.sub("", line)
    if "#" in line or ">" in line:
        line = MD_HEADING.sub("", line)
    if "\\" in line:
        line = MD_ESCAPE.sub(ESCAPED, line)
    line = line.replace("*", "")
    if printable and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return collapse_space(line)


def continues(previous: str, nxt: str) -> bool:
    if not previous or previous[-1] in TERMINAL:
        return False
    first = nxt[0]
    if first.islower():
        return True
    return (first.isdigit() or first == "(") and not ITEM.match(nxt)


def blocks(text: str) -> Iterator[Block]:
    block: Block | None = None
    blanks = 0
    # NFC and the dash mapping give the same lines run once on the whole text as line by
    # line (nothing composes with a line break); the mapping, slow, only when there is a dash.
    text = nfc(text)
    if DASH.search(text):
        text = normalise_dashes(text)
    lines = LINE_SPLIT.split(text) if "\r" in text else text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = clean_line(raw) if raw else raw
        if not line:
            blanks += 1
            continue
        if block is not None and blanks <= 2 and continues(block.text, line):
            block.add(line, number)
        else:
            if block is not None:
                yield block
            block = Block(line, [0], [number])  # Block().add(line, number)
        blanks = 0
    if block is not None:
        yield block


PUNCTUATION = re.compile(r"[;:.!?]")
NEXT_VISIBLE = re.compile(r"\s+(\S)")
ABBREV = re.compile(r"(?:^|[\s(])[A-ZĐ][A-Za-zđĐ]{0,2}$")
SENTENCE_OPENERS = frozenset("-–(\"“'‘[•+")


def segments(text: str) -> tuple[list[int], list[int]]:
    """Start offsets of sentences and of clauses (sentences split at ``;`` and ``:``)."""
    sentences = [0]
    clauses = [0]
    for match in PUNCTUATION.finditer(text):
        pos = match.start()
        char = match.group()
        if char == ";":
            clauses.append(pos + 1)
            continue
        if char == ":":
            if not (0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()):
                clauses.append(pos + 1)
            continue
        following = NEXT_VISIBLE.match(text, pos + 1)
        if following is None:
            # Either the text ends here (perhaps after white space) or "." sits inside a token.
            if pos + 1 >= len(text) or text[pos + 1].isspace():
                sentences.append(pos + 1)
                clauses.append(pos + 1)
            continue
        nxt = following.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt in SENTENCE_OPENERS):
            continue
        if char == "." and ABBREV.search(text, max(0, pos - 4), pos):
            continue
        sentences.append(pos + 1)
        clauses.append(pos + 1)
    return sentences, clauses


def starts_after(text: str, pos: int) -> bool:
    """Whether :func:`segments` starts a sentence, or a clause at ``;``, right after the ``.``, ``!``,
    ``?`` or ``;`` at *pos* (the same tests, for one position: the tests hold the two equal)."""
    char = text[pos]
    if char == ";":
        return True
    following = NEXT_VISIBLE.match(text, pos + 1)
    if following is None:
        return pos + 1 >= len(text) or text[pos + 1].isspace()
    nxt = following.group(1)
    if not (nxt.isupper() or nxt.isdigit() or nxt in SENTENCE_OPENERS):
        return False
    return not (char == "." and ABBREV.search(text, max(0, pos - 4), pos))


def span_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)
