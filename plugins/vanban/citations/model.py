"""What the extractor returns (frozen) and the records it works on while reading (mutable, internal).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

IMPLEMENTS = "implements"
MENTIONS = "mentions"


@dataclass(frozen=True)
class Occurrence:
    """One place in the text where a citation appears (type word, if any, through the number)."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Citation:
    """One cited document with every place it is cited."""

    type: str | None
    number: str
    date: datetime.date | None
    issuer: str | None
    subject: str | None
    relation: str
    line: int
    occurrences: tuple[Occurrence, ...]
    # the year written right after a Party number that has no day ("Chỉ thị 48-CT/TW năm 2025"): the document's year,
    # part of who the number belongs to (:mod:`vanban.party_terms`); None when a date is read or none is written
    year: int | None = None
    # the text itself replaces it ("Quyết định này … thay thế Quyết định số …"): a mention that the graph keeps as
    # "replaces" (README: a replaced document is no basis; the site says "Đã được thay thế bởi" on its page)
    replaced: bool = False
    # whether the text settles the relation (:mod:`.settledness`): when not, ``relation`` is the rules' guess and the
    # site shows the document as related, never as carried out (README principle 2)
    settled: bool = True


@dataclass(frozen=True)
class InferredEdge:
    """An edge between two cited documents, read from the description of ``source``."""

    source: str
    target: str
    relation: str


@dataclass(frozen=True)
class OwnNumber:
    """The document's own number: never a citation of it.

    ``source`` says where it was taken from: "front matter", or for raw text "header",
    "metadata", "title", "attached" or "lead" (see :mod:`vanban.citations.identity`); ``line``
    is 0 for front matter.  ``type`` is the type word written with it, if any; ``aliases`` are
    other spellings of the same number in the opening (a portal's page title that says
    "1961/2019/QĐ-UBND" for the header's "1961/QĐ-UBND"): never citations either.
    """

    number: str
    line: int
    source: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    citations: tuple[Citation, ...]
    inferred: tuple[InferredEdge, ...]
    own: OwnNumber | None = None


@dataclass(frozen=True)
class NumberParts:
    """The parts of a document number.

    ``serial`` as written ("03"); ``year`` for legal normative numbers ("12/2025/QĐ-UBND");
    ``type_code`` in the glossary's spelling when known ("Ctr" → "CTr"), else as written;
    ``issuer_code`` everything after the type code ("UBND", "BTG-HĐND-UBND"); ``system``
    "party" for "57-NQ/TW" numbers, "state" otherwise (bare serials included).
    """

    serial: str
    year: int | None
    type_code: str | None
    issuer_code: str | None
    system: str


@dataclass(frozen=True)
class Page:
    """What the page as a whole tells the relations: whether it has an own number (front matter or found),
    whether it is a news report of a meeting (:data:`.cues.EVENT_MARKS`), and the span of the page-title line
    that named its own number ("Nghị định 49/2026/NĐ-CP quy định chi tiết … Nghị quyết số 254/2025/QH15 …": the
    document's own title, whose citations implement; (0, 0) when none), and whether it is the document's own text (its
    number from its header, a property table or front matter: :mod:`.ownvoice`)."""

    own: bool = True
    meeting: bool = False
    title: tuple[int, int] = (0, 0)
    full_text: bool = False


@dataclass(eq=False, slots=True)
class Core:
    start: int
    end: int
    num_start: int
    number: str
    type_name: str | None  # from the type word (or the list head's type word)
    inferred_type: str | None  # from the number's code
    written: bool  # a type word was written for this core
    bare: bool
    serial: str
    short_only: bool = False  # a short form kept only if it resolves to a full citation
    in_title: bool = False
    alias: bool = False
    date: datetime.date | None = None
    year: int | None = None  # "Chỉ thị 48-CT/TW năm 2025": a Party number's year without a day (tails.PARTY_YEAR)
    issuer: str | None = None
    subject: str | None = None
    tail_end: int = 0
    desc_start: int = -1
    desc_end: int = -1
    parent: Core | None = None
    list_head: Core | None = None  # the first core of the coordinated list ("A, B và C") it is in
    prev_end: int = 0  # where the core before it ends (0 for the first)
    edge_relation: str = MENTIONS
    implements: bool = False
    according: bool = False  # "theo …" right before it, or before the first item of its list
    amended: bool = False  # an amending verb stands right before it, or before its list's first item
    amending_list: bool = False  # the same, whatever the law it names (amendments.named_basis): a list's items ask it
    replaced: bool = False  # amended by the text itself with "thay thế" (amendments.replaced_by_own)
    proposal: bool = False  # named in a preamble's proposal clause ("Xét đề nghị … tại … Đề án số …")
    in_basis: bool = False  # implements as an item of a "CĂN CỨ" section (a basis heading's list, a preamble's bases)
    line: int = 0
    group: int = -1
    # DATE_TAIL.match(w, end) over the whole text, when continuations has looked (see fill_tails)
    date_tail: re.Match[str] | None = None
    date_looked: bool = False


@dataclass
class CoreGroup:
    number: str
    full: bool
    cores: list[Core] = field(default_factory=list)
