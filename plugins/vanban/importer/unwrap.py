"""Hard-wrapped lines joined back into paragraphs, and table-scraping debris removed.

Text copied from a portal or a PDF breaks lines where the page was narrow, not where a
paragraph ends, so a cue and its citation ("Căn cứ Nghị định số" / "07/2021/NĐ-CP …") land in
different paragraphs. A line continues the one before it unless that one ends a sentence, or
this one opens a numbered item, a heading, a list or an article, or the one before stopped well
short of the page width while this one starts with a capital (a deliberate break: a heading
followed by its paragraph). Word paragraphs are paragraphs already, except where text pasted into
Word kept the copy's hard wraps: a paragraph that stops mid-sentence and one that goes on in
lower case (or a number) are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..glossary import TYPE_NAMES
from .lines import Block, Line
from .patterns import LOWER_MARKED, is_upper

_ENDS_SENTENCE = re.compile(r"([.;:!?…]|\./\.|\.\)|:\s*-)\s*[\"”»)]?$")
_OPENS_ITEM = re.compile(r"^(\d+(\.\d+)*\s*[.)/-](\s|$)|\d+\.\d+|[IVXLC]+\s*[.)/-](\s|$)|[a-zđ]\s*\)|[-+•–*]\s|Điều\s+\d|Chương\s+[IVXLC\d]|"
                         r"Mục\s+[IVXLC\d]|Phần\s+[IVXLC\d]|Nơi nhận|Kính g[ửở]i|TM\.|KT\.|T/M|K/T|TL\.|T/L)", re.I)
_CONTINUES = re.compile(r"^[a-z" + LOWER_MARKED + r"\d(,;:/“\"'-]")
# "…Quyết định số 213/QĐ-TTg …;" then "Quyết định số 798/QĐ-BTC …": the next item of a list of
# bases. It stays in the paragraph so the cue that opened the list ("Thực hiện …") still governs it.
_NEXT_BASIS = re.compile(rf"^(?:(?:{'|'.join(sorted(TYPE_NAMES, key=len, reverse=True))})\s+(?:liên tịch\s+)?số\b|"
                         r"(?:Luật|Bộ luật|Pháp lệnh)\s[^;]{1,80}?\ssố\b)", re.I)
# A basis of the preamble: it runs on until its ";" / "," / ".", whatever the next line starts with.
_PREAMBLE = re.compile(r"^(?:[-–+•]\s*)?(?:Căn cứ|Xét đề nghị|Theo đề nghị|Thực hiện|Xét tờ trình|Trên cơ sở)\b", re.I)
_DECORATION = re.compile(r"^[-_*=–—.\s]{3,}$")
_PIPES_ONLY = re.compile(r"^[\s|]+$")
_LEAD_PIPE = re.compile(r"\s*\|\s*")


_PAGE_MARK = re.compile(r"\s*Trang\s?\d{1,3}(?=\S)")
# "<span class='text_page_counter'>(1)</span>PGD & ĐT …": a document site's page counter, its tag kept by the copy
# (123docz); the counter is the site's, never the page's words, whatever follows it.
_PAGE_COUNTER = re.compile(r"<span\s+class=['\"]text_page_counter['\"]\s*>[^<>]{0,16}</span>\s*", re.I)


def clean_debris(text: str) -> str:
    """One line without scraping debris: edge pipes and literal ``\\r\\n`` go; a line of pipes becomes ""."""
    text = text.replace("\\r\\n", " ").replace("\\n", " ").replace("\u00a0", " ")
    text = _PAGE_COUNTER.sub("", text)
    if _PIPES_ONLY.match(text):
        return ""
    # "Trang 1UỶ BAN NHÂN DÂN": a document site's page marker glued to the page's first line (its PDF text)
    glued = _PAGE_MARK.match(text)
    if glued and text[glued.end()].isupper():
        text = text[glued.end():]
    lead = _LEAD_PIPE.match(text)  # a pipe at either edge, and the space around it: stripped, never searched
    if lead:  # for ("\s*\|\s*$" tried at every space of a run is quadratic: 4,000 spaces, 16 million steps)
        text = text[lead.end():]
    rest = text.rstrip()
    return rest[:-1].rstrip() if rest.endswith("|") else text


def _width(lines: list[Line]) -> int:
    lengths = sorted(len(line.text) for line in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _next_basis(before: str, text: str) -> bool:
    """"…;" then "Quyết định số …": the next basis of a list, which the cue that opened it still governs."""
    return before.endswith(";") and _NEXT_BASIS.match(text) is not None


def _basis_unfinished(head: str, before: str, text: str) -> bool:
    """A basis (*head* opens it: "Xét đề nghị của Trưởng" / "Ban Dân tộc tại …") that has not reached its ";", ","
    or "." yet, and *text* no heading in capitals nor the next clause's cue."""
    return (bool(_PREAMBLE.match(head.lstrip())) and not _ENDS_SENTENCE.search(before) and not is_upper(text)
            and not _PREAMBLE.match(text))


def basis_goes_on(head: str, before: str, text: str) -> bool:
    """The preamble's lines that go on whatever their lengths (:func:`_next_basis`, :func:`_basis_unfinished`)."""
    return _next_basis(before, text) or _basis_unfinished(head, before, text)


@dataclass
class _Run:
    """The paragraph being joined, as :func:`joins` asks of it: its pieces are joined once at the end, and what
    is asked of the whole (capitals, a rule of dashes) is kept as they come. Rebuilt and rescanned at each
    join, a paragraph of 20,000 short lines had taken over a minute."""

    first: Line
    texts: list[str]
    marks: list[str]
    bold: bool
    letters: bool = False  # a letter in the text so far
    upper: bool = True  # every letter so far a capital
    rule: bool = True  # only the characters of a rule (dashes, dots, space) so far
    length: int = 0  # of the text, its last piece without its trailing space

    @classmethod
    def of(cls, line: Line) -> _Run:
        run = cls(line, [line.text], [line.markdown], line.bold)
        run._count(line.text)
        run.length = len(line.text.rstrip())
        return run

    def _count(self, text: str) -> None:
        letters = [c for c in text if c.isalpha()]
        self.letters = self.letters or bool(letters)
        self.upper = self.upper and all(c.isupper() for c in letters)
        self.rule = self.rule and bool(_RULE_CHARS.fullmatch(text))

    def add(self, line: Line) -> None:
        text = line.text.lstrip()
        self.texts[-1] = self.texts[-1].rstrip()
        self.texts.append(text)
        while len(self.marks) > 1 and not self.marks[-1].strip():  # "x" + " " + "": the space goes with it
            self.marks.pop()
        self.marks[-1] = self.marks[-1].rstrip()
        self.marks.append(line.markdown.lstrip())
        self.bold = self.bold and line.bold
        self._count(text)
        self.length += 1 + len(text.rstrip())

    def before(self) -> str:
        """The end of the text without its trailing space (what a sentence's end is read from)."""
        tail: list[str] = [self.texts[-1].rstrip()]
        size = len(tail[0])
        for text in reversed(self.texts[:-1]):
            if size >= _REACH:
                break
            tail.append(text)
            size += len(text) + 1
        return " ".join(reversed(tail))[-_REACH:]

    def head(self) -> str:
        head: list[str] = []
        size = 0
        for text in self.texts:
            head.append(text)
            size += len(text) + 1
            if size >= _REACH:
                break
        return " ".join(head)[:_REACH]

    def upper_text(self) -> bool:
        return self.letters and self.upper

    def line(self) -> Line:
        first = self.first
        if len(self.texts) == 1:
            return first
        return Line(" ".join(self.texts), " ".join(self.marks), bold=self.bold, gap_before=first.gap_before,
                    cell=first.cell, formatted=first.formatted)


_REACH = 400  # characters of a paragraph's start and end looked at: a sentence's end or a preamble's cue is short
_RULE_CHARS = re.compile(r"[-_*=–—.\s]*")


def _word_continues(previous: _Run, line: Line) -> bool:
    """Two Word paragraphs that are one sentence: text pasted into Word keeps the portal's hard wraps
    ("Căn cứ Nghị quyết số" ¶ "38/NQ-CP ngày …"). Only a plain mid-sentence break joins; a paragraph
    Word made on purpose (bold, in a cell, after a full stop, opening an item) never does."""
    before, text = previous.before(), line.text.lstrip()
    if previous.first.cell or line.cell or previous.bold or line.bold or not before or not text:
        return False
    if _next_basis(before, text):
        return True
    return (not _ENDS_SENTENCE.search(before) and not _OPENS_ITEM.match(text) and not previous.upper_text()
            and bool(_CONTINUES.match(text)))


def joins(previous: _Run, line: Line, width: int) -> bool:
    """Whether *line* continues *previous* (one paragraph hard-wrapped over both)."""
    before, text = previous.before(), line.text.lstrip()
    if (previous.rule and previous.length >= 3) or _DECORATION.match(text):
        return False  # "-------" under the authority line is a rule, never the start of a list item
    if previous.first.formatted or line.formatted:
        return previous.first.formatted and line.formatted and _word_continues(previous, line)
    if line.gap_before or previous.first.cell != line.cell:
        return False
    if _next_basis(before, text):
        return True
    if not before or not text or _ENDS_SENTENCE.search(before) or _OPENS_ITEM.match(text):
        return False
    if _PREAMBLE.match(text) and text[:1].isupper():
        return False  # "Kính gửi: …" / "Thực hiện Quyết định …": a new clause starts at the margin
    if is_upper(text) and text.rstrip().endswith(":"):
        return False  # "QUYẾT ĐỊNH:" after the last basis ("…ngày 15/01/2016,") enacts: a paragraph of its own
    if _basis_unfinished(previous.head(), before, text):
        return True  # "Xét đề nghị của Trưởng" / "Ban Dân tộc tại …": a basis runs to its ";", "," or "."
    if previous.upper_text() and not is_upper(text) and not before.endswith((",", "-", "–")):
        return False  # a heading in capitals ("ỦY BAN NHÂN DÂN TỈNH …") stands alone
    if _CONTINUES.match(text) or before.endswith((",", "-", "–")):  # a comma never ends a paragraph
        return True
    return previous.length >= 0.75 * width


def unwrap(blocks: list[Block]) -> list[Block]:
    """*blocks* with hard-wrapped plain-text lines joined into paragraphs (tables kept as they are)."""
    width = _width([b for b in blocks if isinstance(b, Line)])
    out: list[Block | _Run] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, Line) and isinstance(previous, _Run) and joins(previous, block, width):
            previous.add(block)
        else:
            out.append(_Run.of(block) if isinstance(block, Line) else block)
    return [b.line() if isinstance(b, _Run) else b for b in out]
