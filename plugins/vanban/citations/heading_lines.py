"""How a line is read as the heading of a list of bases, also as a copy's layout leaves it: numbered or not, in
capitals or sentence case, pasted onto the title line above it, or running on with its list flattened onto it.

The words are :mod:`.headings`'; :func:`.clauses.find_regions` (shared by the fast path and its reference) reads the
lines with these.
"""

from __future__ import annotations

import re

from .chrome import is_stamp
from .headings import (
    BASIS_HEADING_CHARS,
    BASIS_HEADING_TAIL,
    BASIS_HEADINGS,
    BASIS_LINE,
    BASIS_LINE_CHARS,
    BASIS_WORDS_ALONE,
    ITEM_BASIS,
    ITEM_HEADING_CHARS,
)
from .preamble import letters_at_least
from .vocabulary import NOT_AFTER, TYPE_ALT

__all__ = [
    "bare_basis_heading",
    "document_headline",
    "flattened_subject",
    "glued_basis_heading",
    "headline_end",
    "is_basis_heading",
    "is_sentence_case_basis",
    "item_basis_heading",
    "item_depth",
    "runs_on",
    "subject_line",
]


# What a heading alone does not hold: a ";", a document's number ("749/"), more than a heading's length.
_RUN_ON_HEADING = re.compile(rf";|\d/|\A.{{{BASIS_HEADING_CHARS + 1},}}")


def runs_on(bare: str) -> bool:
    """A Roman-numbered line that holds more than a heading (:data:`_RUN_ON_HEADING`): its text flattened onto it."""
    return _RUN_ON_HEADING.search(bare) is not None


_NUMBERING = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2}|[A-Z])(?:[.)]|[ \t]?-)[ \t]*")  # "I.", "1)", "I- CƠ SỞ PHÁP LÝ"


def is_basis_heading(bare: str) -> bool:
    """A heading that opens a list of bases (:data:`.headings.BASIS_HEADINGS`, :data:`.headings.BASIS_LINE`)."""
    m = _NUMBERING.match(bare)
    head = " ".join((bare[m.end() :] if m is not None else bare).split())  # "CĂN  CỨ": blanks doubled in a copy
    if head.startswith(tuple(BASIS_HEADINGS)) and head == head.upper():
        return True
    if m is not None and m.group()[:1] in "IVXLC" and is_sentence_case_basis(head):
        return True  # "I. Căn cứ xây dựng kế hoạch.": a Roman numeral marks it a heading whatever its case
    return len(head) <= BASIS_LINE_CHARS and head[-1:] == ":" and BASIS_LINE.fullmatch(head) is not None


# A numbered item's heading: "1. ", "2.1. ", "a) " (an Arabic or a letter's numbering, then a blank)
_ITEM_NUMBER = re.compile(r"(?:(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,2})\.?|(?P<letter>[a-zđ]))[.)][ \t]+")


def item_depth(bare: str) -> int:
    """The depth of a numbered item's line (1 for "1.", 2 for "1.2." or "a)"), 0 when it is none."""
    m = _ITEM_NUMBER.match(bare)
    if m is None:
        return 0
    return m.group("arabic").count(".") + 1 if m.group("arabic") is not None else 9


def item_basis_heading(bare: str) -> int:
    """The depth of a numbered item's heading whose words name its list as bases (:data:`.headings.ITEM_BASIS`), 0
    when the line is none: a short line with no document's number in it ("1. Căn cứ Quyết định số …" is a clause)."""
    m = _ITEM_NUMBER.match(bare)
    if m is None or len(bare) > ITEM_HEADING_CHARS or ITEM_BASIS.fullmatch(bare, m.end()) is None:
        return 0
    if any(c.isdigit() for c in bare[m.end() :]):
        return 0
    return item_depth(bare)


# The first line of a list item: a dash, a plus or a bullet, or "1." / "a)" with a blank after it
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•–]|(?:\d{1,2}|[a-zđ])[.)][ \t])")
# How many lines down the list under a heading alone is looked for (blank lines between)
_BELOW = 3


def bare_basis_heading(bare: str, parts: list[str], idx: int) -> bool:
    """Whether line *idx* (*bare*: its text) is "Căn cứ" or "Cơ sở pháp lý" alone without a colon
    (:data:`.headings.BASIS_WORDS_ALONE`) with a list item on the next line that is not blank."""
    if BASIS_WORDS_ALONE.fullmatch(bare) is None:
        return False
    for line in parts[idx + 1 : idx + 1 + _BELOW]:
        if line.strip() and not is_stamp(line.strip()):  # a page's date stamp under a headline is chrome
            return _ITEM_LINE.match(line) is not None
    return False


# A numbered heading of bases pasted onto the title line above it by a copy that lost the line break ("… TRÊN ĐỊA BÀN
# TỈNH KHÁNH HÒA I. CĂN CỨ PHÁP LÝ"): a Roman numeral after a capital word, so a title naming "CƠ SỞ VẬT CHẤT" is none.
_GLUED_HEADING = re.compile(r"(?<=[^\W_])[ \t]+(?=[IVXLC]{1,6}[.)][ \t]*[^\W\d_])")


def glued_basis_heading(bare: str) -> bool:
    """A line in capitals that ends in a numbered list of bases' heading (:data:`_GLUED_HEADING`)."""
    return any(letters_at_least(bare[: m.start()], 4) and is_basis_heading(bare[m.end() :])
               for m in _GLUED_HEADING.finditer(bare))


def is_sentence_case_basis(head: str) -> bool:
    """*head* is one of :data:`.headings.BASIS_HEADINGS` written in sentence case: short, no number in it, nothing after
    a comma ("Căn cứ pháp lý", "Cơ sở xây dựng kế hoạch."), so a Roman-numbered clause "I. Căn cứ vào tình hình …, "
    or "I. Căn cứ Quyết định số …" stays a clause."""
    if len(head) > BASIS_HEADING_CHARS or "," in head or any(c.isdigit() for c in head):
        return False
    return head.upper().startswith(tuple(f"{word} " for word in BASIS_HEADINGS)) and BASIS_HEADING_TAIL.fullmatch(
        head.split(" ", 2)[2] if head.count(" ") >= 2 else ""
    ) is not None


# A page's headline that names its own unnumbered document by its type word and title, in sentence case: "Hướng dẫn thực
# hiện niêm yết giá vé (giá cước) theo Thông tư số 02/2021/TT-BGTVT; …", "Chương trình thực hiện Chỉ thị 13-CT/TW của Ban
# Bí thư …": the type word, then a lower-case word of its title (not "số" nor a number: "Quyết định 12/QĐ-UBND …" names
# its own number, read by :mod:`.identity`), and no sentence end (a teaser's sentence, "Kế hoạch … sẽ chỉ ra …. Mỗi năm
# …", is no title).
_DOCUMENT_HEADLINE = re.compile(rf"(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?!số(?![^\W_]))(?=[^\W\d_])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][ \t]|[.!?…]$")


def document_headline(bare: str) -> bool:
    """Whether the page's first line *bare* is its unnumbered document's own title (:data:`_DOCUMENT_HEADLINE`)."""
    found = _DOCUMENT_HEADLINE.match(bare)
    return (
        found is not None and bare[:1].isupper() and bare[found.end() : found.end() + 1].islower()
        and _SENTENCE_END.search(bare) is None
    )


def headline_end(parts: list[str], lines: list[int], idx: int) -> int:
    """Where the headline on line *idx* ends: lines opening in lower case or with a digit continue it (hard-wrapped)."""
    end = lines[idx] + len(parts[idx])
    for j in range(idx + 1, len(parts)):
        first = parts[j].lstrip()[:1]
        if not (first.islower() or first.isdigit()):
            break
        end = lines[j] + len(parts[j])
    return end


# A letter's subject line ("V/v …", "Về việc …", "Trích yếu …"), also flattened onto the number field's line by a copy of a
# two-cell header ("Số: 143/UBDT-DTTS V/v thực hiện Quyết định số 12/2018/QĐ-TTg …")
_VV = re.compile(r"V/v(?![^\W_])|Về việc(?![^\W_])|Trích[ \t]{1,3}yếu(?![^\W_])", re.IGNORECASE)
_FIELD_THEN_VV = re.compile(r"Số[ \t]*:?[ \t]*\S{3,40}[ \t]+(?:V/v|Về[ \t]+việc)(?![^\W_])")


def subject_line(w: str, content: int, end: int) -> bool:
    """Whether the line whose text runs from *content* to *end* is a subject line (:data:`_VV`, :data:`_FIELD_THEN_VV`)."""
    return _VV.match(w, content) is not None or _FIELD_THEN_VV.match(w, content, end) is not None


# A letter's whole header flattened onto one line with its salutation ("… Hạnh phúc Số: 141/BGDĐT-CTHSSV V/v triển khai
# thực hiện Chương trình Sữa học đường ban hành kèm theo Quyết định số 1340/QĐ-TTg … Kính gửi: Các sở …", heldout26
# h26-20, a document site's text layer): the subject runs from "V/v" after the number field to "Kính gửi".
_FLAT_SUBJECT = re.compile(r"(?<![^\W_])Số[ \t]*:?[ \t]*\d[^\s]{2,40}(?:[ \t][A-ZĐ&-]{2,12})?[ \t]+(?P<vv>V/v)(?![^\W_])")
_SALUTATION = re.compile(r"(?<![^\W_])Kính[ \t]+gửi(?![^\W_])")
# How far the subject may run to "Kính gửi"
FLAT_SUBJECT_CHARS = 400


def flattened_subject(w: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the subject of a header flattened onto the line from *start* to *end* (:data:`_FLAT_SUBJECT`), or None
    when the line has no number field with "V/v" after it, or no "Kính gửi" ends the subject in the same paragraph (a
    copy may have hard-wrapped the flattened line)."""
    field = _FLAT_SUBJECT.search(w, start, end)
    if field is None:
        return None
    reach = field.end() + FLAT_SUBJECT_CHARS
    blank = _BLANK_LINE.search(w, field.end(), reach)
    salutation = _SALUTATION.search(w, field.end(), blank.start() if blank is not None else reach)
    return (field.start("vv"), salutation.start()) if salutation is not None else None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
