"""The features a learned relation model reads around one cited document (:mod:`.relation_model`).

Cheap and deterministic: each is a string naming a fact about the text around the citation's first place (an
:class:`.model.Occurrence` of the extractor's own result) or about the extractor's decision, and a model
gives each a weight.  Read from the public result only (the text, the citation, the page's own number), so the
training script and the build compute the very same features.  Why each is there:

- ``rule=`` the rules' answer: the model is stacked on the rules and departs from them only where other features
  say the rules' kind of case is often wrong;
- ``w-1=``, ``w-2=``, ``w-3=`` the three words right before the type word (folded: case, tone placement and đ as
  search does; a token with a digit only as "#" or "#/#": a page's dates and numbers are its own, they recur on no
  other page), ``b=`` the words 4–12 before it as a bag: the cue ("thực hiện", "căn cứ", "theo", "tại"), a
  description's "của", "ban hành", "đề nghị" — the words a careful reader decides by;
- ``a+1=`` … ``a+3=`` the words right after the number: "ngày", "của", "về", a list's "và", a sentence's end;
- ``head=`` how many words the clause (after ". ; :" or a line break) has before the citation: a cue governs a
  clause from its head;
- ``basis_line``, ``basis_heading``: "Căn cứ"/"Cơ sở" opening its line, or a heading of that kind (within a few
  lines above) ending with ":" — a bases list's items all implement;
- ``first_line`` / ``opening``: the page's first line (its title) or its first five lines;
- ``bracket``: an unclosed "(" before it on its line (a note, not the object of a cue);
- ``nested``: another type word (:data:`.vocabulary.TYPE_START`) earlier in the same clause ("… theo Quyết định số …" inside a
  description of the first);
- ``type=`` the cited type, ``same_type``: the same type as the page's own (a plan carrying out a plan);
- ``code=`` the number's last issuer code part ("tw", "ubnd", "tu", "hu", "ttg"): the issuer's level;
- ``again``: named more than once on the page (carried-out documents are named again);
- ``own=no``: no own number found (a news page narrates);
- ``pos=`` the citation's place in the text by tenths of its length, bucketed (bases come early).
"""

from __future__ import annotations

import functools
import itertools
import re

from ..text import fold
from .model import Citation
from .vocabulary import TYPE_START

# Words read before the type word: the nearest three by position, up to this many in a bag
BAG_BEFORE = 12
AFTER = 3
# How many characters around the citation are read (bounded: linear in the number of citations)
REACH = 240
HEADING_LINES = 6

_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*", re.UNICODE)
_CLAUSE_MARKS = ".;:!?\n"
_BASIS = re.compile(r"\s*(?:[-–•*+]\s*|[\dIVX]+[.)]\s*)*(?:căn cứ|cơ sở)", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=8192)  # the same few thousand words recur on every page
def _word(token: str) -> str:
    """A word folded; a token with a digit is its general form: "#/#" a date or a number, "#" a count or year."""
    if _DIGIT.search(token) is not None:
        return "#/#" if "/" in token or "-" in token else "#"
    return fold(token).casefold()


@functools.lru_cache(maxsize=1024)
def _folded(name: str) -> str:
    """A type word or code folded (cached: a page names the same few again and again)."""
    return fold(name).casefold()


# The window read first for the words before a citation: when it holds more words than are read, they are the
# window's (past its first word, which the window's edge may cut, a word is found the same from either start)
NEAR_WINDOW = 120


def _before(text: str, start: int) -> list[str]:
    """The last :data:`BAG_BEFORE` words before *start* within :data:`REACH` characters, folded."""
    tokens = _WORD.findall(text, max(0, start - NEAR_WINDOW), start)
    if len(tokens) <= BAG_BEFORE and start > NEAR_WINDOW:
        tokens = _WORD.findall(text, max(0, start - REACH), start)  # the whole reach (a word its edge cuts stays cut)
    return [_word(token) for token in tokens[-BAG_BEFORE:]]  # only those read are folded (settledness reads every one)


def _breaks_before(text: str, start: int, most: int) -> int:
    """How many line breaks *text* has before *start*, counted up to *most* (a citation's line, read near the top only)."""
    found, at = 0, -1
    while found < most and (at := text.find("\n", at + 1, start)) >= 0:
        found += 1
    return found


def nested(text: str, citation: Citation) -> bool:
    """The ``nested`` feature of *citation*: a type word earlier in its clause (what :func:`features` leaves out when
    lazy)."""
    start = citation.occurrences[0].start if citation.occurrences else 0
    return TYPE_START.search(text, _clause_from(text, max(0, start - REACH), start), start) is not None


def _clause_from(text: str, lo: int, start: int) -> int:
    """Where the clause holding *start* begins: after the last of ". ; : ! ?" or a line break from *lo* on, else *lo*."""
    last = max(text.rfind(mark, lo, start) for mark in _CLAUSE_MARKS)
    return last + 1 if last >= 0 else lo


def features(text: str, citation: Citation, own_type: str | None, has_own: bool, lazy: bool = False) -> list[str]:
    """The features of *citation* in *text* (NFC, the text the extractor read; offsets are its occurrences').
    *lazy*: without ``nested``, the dearest to read (a search of the type words' pattern): :func:`nested` says it when
    a caller needs it (:mod:`.settledness` asks only where it can change the answer)."""
    out = ["bias", f"rule={citation.relation}"]
    if citation.occurrences:
        start, end = citation.occurrences[0].start, citation.occurrences[0].end
    else:
        start = end = 0  # named in the title only
        out.append("title_only")
    lo = max(0, start - REACH)
    nearest = _before(text, start)[::-1]
    for k, word in enumerate(nearest[:3], 1):
        out.append(f"w-{k}={word}")
    out.extend(f"b={word}" for word in sorted(set(nearest[3:BAG_BEFORE])))
    after = itertools.islice(_WORD.finditer(text, end, end + REACH // 3), AFTER)
    for k, m in enumerate(after, 1):
        out.append(f"a+{k}={_word(m.group(0))}")
    stop = text[end : end + 1]
    if stop and stop in ".;:":
        out.append(f"stop={stop}")
    clause_from = _clause_from(text, lo, start)
    clause_words = sum(1 for _ in itertools.islice(_WORD.finditer(text, clause_from, start), 9))  # bucketed: 9 is "9+"
    out.append(f"head={clause_words if clause_words < 4 else ('4-8' if clause_words <= 8 else '9+')}")
    if not lazy and TYPE_START.search(text, clause_from, start) is not None:
        out.append("nested")
    line_from = text.rfind("\n", 0, start) + 1
    if _BASIS.match(text, line_from) is not None:
        out.append("basis_line")
    opened = text.rfind("(", line_from, start)
    if opened >= 0 and text.find(")", opened, start) < 0:
        out.append("bracket")
    reach = max(0, line_from - 600)
    if text.rfind(":", reach, line_from) >= 0:  # a heading above ends with ":" (most citations have none above)
        above = text[reach:line_from].split("\n")[-HEADING_LINES - 1 :]
        if any(line.rstrip().endswith(":") and _BASIS.match(line) for line in above):
            out.append("basis_heading")
    breaks = _breaks_before(text, start, 5)
    if not citation.occurrences or breaks == 0:
        out.append("first_line")
    elif breaks < 5:
        out.append("opening")
    if citation.type:
        out.append(f"type={_folded(citation.type)}")
        if own_type and _folded(citation.type) == _folded(own_type):
            out.append("same_type")
    code = citation.number.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
    if code and not code.isdigit():
        out.append(f"code={_folded(code)}")
    if len(citation.occurrences) > 1:
        out.append("again")
    if not has_own:
        out.append("own=no")
    if text:
        out.append(f"pos={min(9, 10 * start // max(1, len(text)))}")
    if citation.replaced:
        out.append("replaced")
    return out
