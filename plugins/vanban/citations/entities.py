"""HTML character references in raw text, decoded before citations are read, with a map back.

A copy saved from a page's source keeps its entities: "20-QĐ&#x002F;TW", "Số 12&#47;KH-UBND",
"KTS&amp;XHS", even a twice-encoded "&amp;#47;".  Read as written the number is cut at "&"; decoded,
it is whole.  The decoded text is shorter, so the extractor works on it and every offset it reports
is mapped back to the text as given (:class:`Decoded`); a reference that would decode to a line
break decodes to a blank, so line numbers are those of the text as given.  The standard library's
:func:`html.unescape` does the decoding (named references included); one that names nothing is kept.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

__all__ = ["Decoded", "decode"]

# "&#47;", "&#x002F;", "&amp;", "&nbsp;", and one level of double encoding ("&amp;#47;")
REFERENCE = re.compile(r"&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Decoded:
    """The decoded text and, per decoded reference, where it stood in the text as given."""

    text: str
    new_starts: tuple[int, ...] = ()  # where each decoded reference starts in *text*
    new_ends: tuple[int, ...] = ()
    old_starts: tuple[int, ...] = ()  # and where it stood in the text as given
    old_ends: tuple[int, ...] = ()

    def original(self, pos: int, *, end: bool = False) -> int:
        """The offset in the text as given of offset *pos* of :attr:`text` (an *end* offset inside a
        decoded reference maps to the reference's end, a start offset to its start)."""
        k = bisect.bisect_right(self.new_starts, pos) - 1
        if k < 0:
            return pos
        if pos == self.new_starts[k]:
            return self.old_starts[k]
        if pos < self.new_ends[k]:
            return self.old_ends[k] if end else self.old_starts[k]
        return pos - self.new_ends[k] + self.old_ends[k]


def decode(text: str) -> Decoded:
    """*text* with its HTML character references decoded (see the module docstring)."""
    if "&" not in text:
        return Decoded(text)
    parts: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    old_starts: list[int] = []
    old_ends: list[int] = []
    last = length = 0
    for m in REFERENCE.finditer(text):
        value = html.unescape(f"&{m.group(1)};")
        if value == f"&{m.group(1)};":
            continue  # names nothing
        value = value.replace("\r", " ").replace("\n", " ")
        parts.append(text[last : m.start()])
        length += m.start() - last
        new_starts.append(length)
        parts.append(value)
        length += len(value)
        new_ends.append(length)
        old_starts.append(m.start())
        old_ends.append(m.end())
        last = m.end()
    if not parts:
        return Decoded(text)
    parts.append(text[last:])
    return Decoded("".join(parts), tuple(new_starts), tuple(new_ends), tuple(old_starts), tuple(old_ends))
