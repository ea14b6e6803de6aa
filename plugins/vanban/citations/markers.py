"""An English copy's number marker, "No.", read as "số" in the working copy.

A portal's English page or a machine translation writes "Decree No. 37/2019/ND-CP", "Ordinance No. 01/2018/QH14": the
number has a year and an issuer's code but no type code, so it is read only where "số" or a type word anchors it, and
"Decree" is no Vietnamese type word.  "No." with a capital, a whole word, right before a digit (after at most two
blanks) is that marker: it reads as "số" and a blank (same length; the "." would otherwise end the sentence there).  So
is it before a colon or a line break, as "số" is read there ("No.: 80/2023/ND-CP" in a header, "Decree No.⏎95/2012/ND-CP"
in a copy wrapped at a fixed width): the earlier rule knew only the marker on the number's line.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_MARKER", "read_markers", "reference_read_markers"]

NUMBER_MARKER = re.compile(r"(?<![^\W_])No\.(?=[ \t]{0,2}(?::[ \t]{0,2})?(?:\n[ \t]{0,2})?\d)")
READ_AS = "số "


def read_markers(w: str) -> str:
    """*w* with each English "No." before a number (:data:`NUMBER_MARKER`) read as "số"; same length."""
    return NUMBER_MARKER.sub(READ_AS, w) if "No." in w else w


def reference_read_markers(w: str) -> str:
    """:func:`read_markers` the plain way: each "No." whose neighbours are no letter and a number."""
    out = w
    at = w.find("No.")
    while at >= 0:
        before = w[at - 1] if at else " "
        rest, gap = w[at + 3 : at + 12], 0
        for allowed in (" \t", ":", " \t", "\n", " \t"):  # blanks, a colon, blanks, a line break, blanks
            if allowed in (":", "\n"):
                if rest[gap : gap + 1] == allowed:
                    gap += 1
                continue
            run = len(rest[gap:]) - len(rest[gap:].lstrip(allowed))
            if run > 2:
                gap = -1
                break
            gap += run
        if not before.isalnum() and gap >= 0 and rest[gap : gap + 1].isdecimal():
            out = out[:at] + READ_AS + out[at + 3 :]
        at = w.find("No.", at + 1)
    return out
