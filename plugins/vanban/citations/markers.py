"""An English copy's number marker, "No.", read as "số" in the working copy.

A portal's English page or a machine translation writes "Decree No. 37/2019/ND-CP", "Ordinance No. 01/2018/QH14": the
number has a year and an issuer's code but no type code, so it is read only where "số" or a type word anchors it, and
"Decree" is no Vietnamese type word.  "No." with a capital, a whole word, right before a digit (after at most two
blanks) is that marker: it reads as "số" and a blank (same length; the "." would otherwise end the sentence there).  So
is it before a colon or a line break, as "số" is read there ("No.: 80/2023/ND-CP" in a header, "Decree No.⏎95/2012/ND-CP"
in a copy wrapped at a fixed width): the earlier rule knew only the marker on the number's line.

A copy that lost the letters with a mark writes "số" as "s": "Doanh nghiÖp è s 13/1999/QH10" (an old font read wrongly, heldout20 h20-23), "Hội đồng
thẩmđịnh s 12/BCTĐ-HĐ" (a law firm's copy, heldout33 h33-12), "2020; n s 3020/A-UBND" (heldout27 h27-02).  No Vietnamese word is "s" alone, so a lone "s" after a
blank, a line break or "(" and right before a number with a code ("12/BCTĐ-…", "13/1999/QH10", "30-KH/…": digits, a
slash or dash, a letter) is that marker, when no type word stands before it: "s" and its blank read as "số" (same
length).  After a type word ("Cng vn s 202/UBND-VH&TT", the own number of a page whose lead the copy garbled) the
number stays as the other rules read it: a type word's number is the one a garbled lead names, and reading it would
cite the page itself.  Such a copy garbles its cue words as well ("C¨n LuËt cø …" for "Căn cứ Luật …"), so a number
read through the marker has a relation the text does not settle (:func:`after_lost_marker`, read by
:mod:`.settledness`).
"""

from __future__ import annotations

import re

from .vocabulary import GAP, LOST_TYPE_WORDS, TYPE_ALT

__all__ = ["LOST_SO", "NUMBER_MARKER", "after_lost_marker", "lost_marker_at", "read_markers", "reference_read_markers"]

NUMBER_MARKER = re.compile(r"(?<![^\W_])No\.(?=[ \t]{0,2}(?::[ \t]{0,2})?(?:\n[ \t]{0,2})?\d)")
READ_AS = "số "
# "s" and one or two blanks before a number with a code (the literal "s" first: the search skips in C to each "s");
# what stands before the "s" is checked apart (:data:`_BEFORE_LOST`)
LOST_SO = re.compile(r"s[ \t]{1,2}(?=[0-9]{1,5}(?:/[0-9]{2,4})?[/-][^\W\d_])")
_BEFORE_LOST = frozenset(" \t\n(")
LOST_READ_AS = "số"
# A type word, whole or with its marked letters lost ("Cng vn", "Chng trnh hnh⏎ng"), right before the marker: the copy
# still names the document, and the number is read as it was before this rule (the rules of :mod:`.numbers`)
_LOST_TYPE_ALT = "|".join(GAP.join(map(re.escape, word.split(" "))) for word in LOST_TYPE_WORDS)
_TYPE_BEFORE = re.compile(rf"(?<![^\W_])(?:{TYPE_ALT}|{_LOST_TYPE_ALT})[ \t]+\Z", re.IGNORECASE)
_TYPE_REACH = 40


def lost_marker_at(w: str, at: int) -> bool:
    """Whether the "s" at *at* is the lost-letter "số" (:data:`LOST_SO`): nothing but a blank, a line break or "(" before
    it, a coded number after it, and no type word before it (whole or with its marks lost)."""
    return (
        at >= 0
        and (at == 0 or w[at - 1] in _BEFORE_LOST)
        and LOST_SO.match(w, at) is not None
        and _TYPE_BEFORE.search(w, max(0, at - _TYPE_REACH), at) is None
    )


def after_lost_marker(text: str, start: int) -> bool:
    """Whether the number at *start* of *text* was read only through the lost-letter marker (:func:`lost_marker_at`):
    "Hội đồng thẩmđịnh s 12/BCTĐ-HĐ", "Doanh nghiÖp è s 13/1999/QH10" — not "Cng vn s 1025/…", whose type the copy
    names."""
    for gap in (2, 3):
        at = start - gap
        if lost_marker_at(text, at) and LOST_SO.match(text, at).end() == start:  # type: ignore[union-attr]
            return True
    return False


def _read_lost(w: str) -> str:
    """*w* with each lost-letter "s" (:func:`lost_marker_at`) read as "số"; same length."""
    spots = [m.start() for m in LOST_SO.finditer(w) if lost_marker_at(w, m.start())]
    if not spots:
        return w
    parts: list[str] = []
    last = 0
    for at in spots:
        parts += [w[last:at], LOST_READ_AS]
        last = at + 2
    parts.append(w[last:])
    return "".join(parts)


def read_markers(w: str) -> str:
    """*w* with each English "No." before a number (:data:`NUMBER_MARKER`) and each lone "s" before a coded number
    (:data:`LOST_SO`) read as "số"; same length."""
    return _read_lost(NUMBER_MARKER.sub(READ_AS, w) if "No." in w else w)


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
    return reference_read_lost(out)


def reference_read_lost(w: str) -> str:
    """The lone "s" before a coded number the plain way: each "s" with a blank, a line break or "(" (or nothing) before
    it, one or two blanks after it, then up to five digits, perhaps "/" and a year, a slash or dash and a letter, and no
    type word right before it."""
    out = w
    at = w.find("s")
    while at >= 0:
        before_ok = at == 0 or w[at - 1] in " \t\n("
        k = at + 1
        blanks = 0
        while k < len(w) and w[k] in " \t" and blanks < 3:
            k, blanks = k + 1, blanks + 1
        digits = 0
        while k < len(w) and w[k].isdecimal() and w[k].isascii():
            k, digits = k + 1, digits + 1
        if 1 <= digits <= 5 and w[k : k + 1] == "/" and w[k + 1 : k + 2].isdecimal():
            year = k + 1
            while year < len(w) and w[year].isdecimal() and w[year].isascii():
                year += 1
            if 2 <= year - k - 1 <= 4 and w[year : year + 1] in {"/", "-"}:
                k = year
        coded = 1 <= digits <= 5 and w[k : k + 1] in {"/", "-"} and w[k + 1 : k + 2].isalpha()
        if before_ok and 1 <= blanks <= 2 and coded and _TYPE_BEFORE.search(w, max(0, at - _TYPE_REACH), at) is None:
            out = out[:at] + LOST_READ_AS + out[at + 2 :]
        at = w.find("s", at + 1)
    return out
