"""An English copy's number marker, "No.", read as "số" in the working copy.

A portal's English page or a machine translation writes "Decree No. 37/2019/ND-CP", "Ordinance No. 01/2018/QH14": the
number has a year and an issuer's code but no type code, so it is read only where "số" or a type word anchors it, and
"Decree" is no Vietnamese type word.  "No." with a capital, a whole word, right before a digit (after at most two
blanks) is that marker: it reads as "số" and a blank (same length; the "." would otherwise end the sentence there).
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_MARKER", "read_markers", "reference_read_markers"]

NUMBER_MARKER = re.compile(r"(?<![^\W_])No\.(?=[ \t]{0,2}\d)")
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
        after = w[at + 3 : at + 6].lstrip(" \t")
        if not before.isalnum() and after[:1].isdecimal() and len(w[at + 3 : at + 6]) - len(after) <= 2:
            out = out[:at] + READ_AS + out[at + 3 :]
        at = w.find("No.", at + 1)
    return out
