"""The document's own scope: a sentence whose subject is the document itself ("Nghị định này …", "Quy chế này …") and
whose verb says what it details or what it was built on names the documents it carries out.

"1. Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều, khoản … quy định tại Luật Nhà ở số 65/2014/QH13"
(tuning4 t4-42): the decree details the law, it implements it, wherever in the sentence the law is named and whatever
the clause marks before it read ("quy định tại" is no cue).  "Quy chế này được xây dựng theo quy định của Luật Doanh
nghiệp, Luật Chứng khoán và Thông tư số 121/2012/TT-BTC" (heldout22 h22-47) is the same kind.  What the document
replaces or amends ("Quyết định này thay thế Quyết định số …") is no scope: those verbs are not among these, and an
amended citation is decided before (:func:`.relations.relate_core`).
"""

from __future__ import annotations

import re

from .vocabulary import GAP

__all__ = ["SCOPE_REACH", "own_scope"]

# The types whose own sentence states their scope, and the verbs that say what they detail or rest on
_SUBJECT_TYPES = ("Nghị định", "Thông tư", "Quyết định", "Quy chế", "Quy định", "Nghị quyết", "Điều lệ", "Luật",
                  "Hướng dẫn", "Kế hoạch", "Chỉ thị")
_SCOPE_VERBS = (
    "quy định chi tiết", "hướng dẫn thi hành", "hướng dẫn thực hiện", "hướng dẫn chi tiết",
    "được xây dựng theo", "được xây dựng căn cứ", "được xây dựng trên cơ sở",
    "được ban hành căn cứ", "được ban hành trên cơ sở",
)


def _words(phrase: str) -> str:
    return GAP.join(map(re.escape, phrase.split(" ")))


# At a line's start, after an item mark ("1.", "a)", "-"): "<Type> này" and a scope verb right after it
_SCOPE = re.compile(
    rf"(?m)^[ \t>*#_|]*(?:(?:\d{{1,2}}|[a-zđ])[.)][ \t]*|[-+•][ \t]*)?(?:{'|'.join(map(_words, _SUBJECT_TYPES))}){GAP}này"
    rf"{GAP}(?:{'|'.join(map(_words, _SCOPE_VERBS))})(?![^\W_])",
    re.IGNORECASE,
)
# The sentence ends at a full stop, "!" or "?" before a blank or the text's end, or at ";" (a blank line inside it is a
# PDF's page break: "… Luật⏎⏎Chứng khoán và Thông tư số …" goes on)
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|;")
# How far before a citation its sentence's scope verb is looked for
SCOPE_REACH = 400


def own_scope(w: str, start: int) -> bool:
    """Whether the citation at *start* is in a sentence of the document's own scope (:data:`_SCOPE`), no sentence end
    between."""
    lo = max(0, start - SCOPE_REACH)
    if w.find("này", lo, start) < 0:
        return False
    found = None
    for found in _SCOPE.finditer(w, lo, start):  # noqa: B007 - the last one
        pass
    return found is not None and _SENTENCE_END.search(w, found.end(), start) is None
