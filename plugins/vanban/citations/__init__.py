"""The citation extractor: which documents a directive document cites, and how.

Vietnamese directive documents say which higher documents they carry out: "Thực hiện Kế
hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy về …".  :func:`extract`
finds every such citation in a body (and in the document's title), merges the places
where one document is cited into one :class:`Citation`, decides whether the document
*implements* it or only *mentions* it, and reads edges between two cited documents from a
citation's description (:class:`InferredEdge`).

How it reads text
-----------------
1. The text is normalised to NFC and its HTML character references ("20-QĐ&#x002F;TW", "&amp;") are
   decoded (:mod:`.entities`); offsets in the result are offsets into the NFC text as given.
   A same-length working copy replaces every Unicode dash by "-", odd spaces by " ", and
   the old tone placement ("uỷ", "hoá") by the new one ("ủy", "hóa") for matching only;
   issuers and subjects are cut from the NFC text as written.  A hard-wrapped copy reads as the
   unwrapped one: the words of a phrase match across one line break (:data:`.vocabulary.GAP`), a
   description runs on over a wrapped line, a number may break after its "-" or "/".
2. *Cores* (type word + number, or a number alone) are found in one left-to-right scan:
   a type word from :mod:`vanban.glossary` (any case; Luật, Bộ luật, Pháp lệnh, Lệnh and
   Hiến pháp only capitalised) followed by an optional "số"/"số:" and a number; "số"
   followed by a structured number; or a structured number that carries a known type
   code ("57-NQ/TW", "21/KH-UBND"). After a core, numbers joined by ",", ";", "và" are
   cited with the same type word ("các Quyết định số: A; B; C").  The scan reads only short
   stretches before numbers, which give the same cores as reading everything
   (:func:`.scanning.master_matches`).
3. Each core gets a *tail*: a date ("ngày 7/3/2025", "22.12.2024", "ngày 7 tháng 3 năm
   2025" across lines), "của <issuer>" and a description ("về …", "thực hiện …").
4. A core inside another core's description ("Kế hoạch số 166-KH/TU … thực hiện Nghị
   quyết số 52-NQ/TW") is *nested*: a mention of the current document and an inferred
   edge 166-KH/TU → 52-NQ/TW.  A core directly after a separator (",", "và") is a
   sibling of the core before it; ";" and sentence ends return to the top level.
5. A top-level core is ``implements`` when it is in the title (the ``title`` argument, a
   "V/v …" subject line or the paragraph under a heading such as "KẾ HOẠCH" in the first
   lines), under a "CĂN CỨ" heading, or in a clause opened by a governing verb ("Thực
   hiện", "Căn cứ", "Triển khai", "Nhằm thực hiện", "Để triển khai", "Tiếp tục thực
   hiện", …) that runs until the sentence ends or a new clause starts.  Otherwise it is a
   ``mentions``.  One ``implements`` occurrence makes the whole citation ``implements``.
   A learned model over these rules (:mod:`.relation_model`, trained offline by scripts/train_relation.py)
   exists as an optional stage only: by leave-one-set-out it did not beat the rules by enough to enter
   the build (tests/fixtures/citations/real/README.md, thirty-first session).

Short forms and aliases (decisions)
-----------------------------------
* A short form — a type word with a number that has no code, "Nghị quyết 57", "Nghị quyết
  số 57" — resolves to a full citation of the same type family (by code: Chương trình and
  Chương trình hành động are both CTr) and the same serial anywhere in the document: the
  nearest one before it, else the first one after it.
* When no full form exists, a short form with "số" ("Công văn số 468") is a citation with
  the bare number "468".  A short form *without* "số" is one only when it is followed by
  punctuation, a line end or a function word ("của", "về", "ngày", "và", …): "Nghị quyết
  57 của Bộ Chính trị" is a citation, "Kế hoạch 5 năm" and "Kế hoạch 2025" are not; so does a new phrase, a word in
  sentence case or a date without its year (:mod:`.bare_followers`: "Nghị quyết 18 Hội nghị Trung ương 6").
* Defined aliases "(sau đây gọi tắt là …)", "(sau đây viết tắt là …)", "(viết tắt là …)"
  add occurrences to the citations they name and never create edges or relations.
* Citations found only in ``title`` have no occurrences and ``line`` 0.
* A line that starts with "Số"/"Số:" and holds only a number is the document's own
  number field and is never a citation, with or without ``own_number``.

The scan is linear: every regular expression is matched once per candidate position with
bounded repetition, and the nesting pass keeps a stack.  Package layout, one module per stage: :mod:`.vocabulary` (type words, codes, word lists),
:mod:`.numbers` (where a number stands and how far it runs), :mod:`.spelling` (its canonical spelling, key and parts), :mod:`.scanning` (cores), :mod:`.tails` (dates, issuers,
descriptions), :mod:`.clauses` and :mod:`.lead_titles` (clauses and headings; titles in running text) and :mod:`.preamble` (a decision's bases before "QUYẾT ĐỊNH:"), :mod:`.cues` and :mod:`.headings` (the words that decide a relation), :mod:`.misspelt` (a cue typed with the wrong marks) and
:mod:`.news` (what a news page or lead says), :mod:`.aftermath` (a body acting once a document is issued), :mod:`.according` (the "theo …" rule), :mod:`.nesting`, :mod:`.relations`, :mod:`.amendments` and
:mod:`.merging` (nesting, relations, what a text changes or was asked for, merging), :mod:`.codes` (where an oddly
written code ends), :mod:`.identity`, :mod:`.leads` (with :mod:`.lead_openings`: what a paragraph may say before its lead), :mod:`.published`, :mod:`.titles` and :mod:`.narrative` and :mod:`.told_before` (the own number; a lead that is an article's narrative or background), :mod:`.extractor` (the pipeline).
"""

from __future__ import annotations

from .extractor import extract
from .model import (
    IMPLEMENTS,
    MENTIONS,
    Citation,
    Extraction,
    InferredEdge,
    NumberParts,
    Occurrence,
    OwnNumber,
)
from .spelling import canonical_number, number_key, parse_number, type_of_number

__all__ = [
    "IMPLEMENTS",
    "MENTIONS",
    "Citation",
    "Extraction",
    "InferredEdge",
    "NumberParts",
    "Occurrence",
    "OwnNumber",
    "canonical_number",
    "extract",
    "number_key",
    "parse_number",
    "type_of_number",
]
