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
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_BASIS = re.compile(r"\s*(?:[-–•*+]\s*|[\dIVX]+[.)]\s*)*(?:căn cứ|cơ sở)", re.IGNORECASE)


def _word(token: str) -> str:
    """A word folded; a token with a digit is its general form: "#/#" a date or a number, "#" a count or year."""
    if any(char.isdigit() for char in token):
        return "#/#" if "/" in token or "-" in token else "#"
    return fold(token).casefold()


def _words(text: str) -> list[str]:
    return [_word(m.group(0)) for m in _WORD.finditer(text)]


def features(text: str, citation: Citation, own_type: str | None, has_own: bool) -> list[str]:
    """The features of *citation* in *text* (NFC, the text the extractor read; offsets are its occurrences')."""
    out = ["bias", f"rule={citation.relation}"]
    if citation.occurrences:
        start, end = citation.occurrences[0].start, citation.occurrences[0].end
    else:
        start = end = 0  # named in the title only
        out.append("title_only")
    lo = max(0, start - REACH)
    before = _words(text[lo:start])
    nearest = before[::-1]
    for k, word in enumerate(nearest[:3], 1):
        out.append(f"w-{k}={word}")
    out.extend(f"b={word}" for word in sorted(set(nearest[3:BAG_BEFORE])))
    for k, word in enumerate(_words(text[end : end + REACH // 3])[:AFTER], 1):
        out.append(f"a+{k}={word}")
    stop = text[end : end + 1]
    if stop and stop in ".;:":
        out.append(f"stop={stop}")
    clause_from = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        clause_from = m.end()
    clause_words = len(_WORD.findall(text, clause_from, start))
    out.append(f"head={clause_words if clause_words < 4 else ('4-8' if clause_words <= 8 else '9+')}")
    if TYPE_START.search(text, clause_from, start) is not None:
        out.append("nested")
    line_from = text.rfind("\n", 0, start) + 1
    if _BASIS.match(text, line_from) is not None:
        out.append("basis_line")
    if "(" in text[line_from:start] and ")" not in text[text.rfind("(", line_from, start) : start]:
        out.append("bracket")
    above = text[max(0, line_from - 600) : line_from].split("\n")[-HEADING_LINES - 1 :]
    if any(_BASIS.match(line) and line.rstrip().endswith(":") for line in above):
        out.append("basis_heading")
    line_no = text.count("\n", 0, start)
    if not citation.occurrences or line_no == 0:
        out.append("first_line")
    elif line_no < 5:
        out.append("opening")
    if citation.type:
        out.append(f"type={fold(citation.type).casefold()}")
        if own_type and fold(citation.type).casefold() == fold(own_type).casefold():
            out.append("same_type")
    code = citation.number.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
    if code and not code.isdigit():
        out.append(f"code={fold(code).casefold()}")
    if len(citation.occurrences) > 1:
        out.append("again")
    if not has_own:
        out.append("own=no")
    if text:
        out.append(f"pos={min(9, 10 * start // max(1, len(text)))}")
    if citation.replaced:
        out.append("replaced")
    return out
