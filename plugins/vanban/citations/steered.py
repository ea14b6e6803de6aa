"""A body steering its own people to carry a document out: implements, on any page.

"Hà Nội đã chỉ đạo quyết liệt việc tổ chức thực hiện Nghị quyết số 57-NQ/TW …" (heldout32 h32-31), "Đảng ủy phường
Phùng Chí Kiên thường xuyên chỉ đạo các chi bộ thực hiên nghiêm túc Nghị quyết 22-NQ/TW …" (heldout33 h33-13), "UBND xã
tích cực chỉ đạo các HTX tiếp tục triển khai và thực hiến Kế hoạch số 53/KH-UBND …" (heldout29 h29-33): the body the
sentence names directs its units, its cells, its cooperatives to carry the document out — its own carrying out (the
README's "who acts": the body the page tells of, telling its own work).  The cue rules read "thực hiện" after a subject
and "chỉ đạo" as narration; the position is read by its structure instead: "chỉ đạo" (perhaps "quyết liệt", "sát sao"
…), perhaps whom it steers ("các chi bộ", "cho các xã": up to four words), perhaps "việc", "tổ chức", "tiếp tục", then
carrying-out verbs and their fillers only (:data:`.ownvoice.CARRYING_VERBS`) up to the citation — their marks as a copy
may mistype them ("thực hiên", "thực hiến": the letters are the verb's).  Not "chỉ đạo" as a noun — a steering body's
name ("Ban Chỉ đạo … thực hiện …"), a direction received ("nhận được ý kiến chỉ đạo tổ chức thực hiện …") —, not the
object of a review ("kiểm tra việc lãnh đạo, chỉ đạo và tổ chức thực hiện …", "giám sát việc
…": :data:`.ownvoice.REVIEWED_BEFORE`), not a directive named before it ("chỉ đạo của UBND tỉnh tại Công văn số …").
Over every spent set the position is labelled implements every time it stands so (heldout5 k27, heldout10 x39,
heldout34 h34-26 — DOUBTFUL, still unsettled: an earlier rule decides its clause — and the three above), mentions never.
"""

from __future__ import annotations

import re

from .diacritics import fold
from .ownvoice import CARRYING_FILLERS, CARRYING_VERBS, NAMED, REVIEWED_BEFORE
from .vocabulary import GAP

__all__ = ["steers_carrying_out"]

STEER = re.compile(rf"(?<![^\W_])chỉ{GAP}đạo(?![^\W_])", re.IGNORECASE)
# "chỉ đạo" as a noun, not a body's act: a steering body's name ("Ban Chỉ đạo"), a review's object ("việc lãnh đạo, chỉ
# đạo", "công tác chỉ đạo"), a direction received or followed ("ý kiến chỉ đạo", "văn bản chỉ đạo", "sự chỉ đạo", "theo
# chỉ đạo", "nhận được chỉ đạo": test_citations_cit29's "UBND xã đã nhận được ý kiến chỉ đạo tổ chức thực hiện …")
_NAMED_STEERING = re.compile(
    r"(?<![^\W_])(?:ban|việc|công[ \t]+tác|ý[ \t]+kiến|văn[ \t]+bản|sự|theo|của|nhận[ \t]+được)[ \t]+"
    r"(?:lãnh[ \t]+đạo[ \t]*,?[ \t]*)?\Z",
    re.IGNORECASE,
)
# How far before the citation "chỉ đạo" is looked for (bounds the work per citation: extraction stays linear), and how
# far before "chỉ đạo" its name or a review is
REACH = 160
NAME_REACH = 30
REVIEW_REACH = 60
# The manner of steering ("chỉ đạo quyết liệt")
MANNERS: dict[str, str] = {
    "quyết liệt": "'chỉ đạo quyết liệt việc tổ chức thực hiện …'",
    "sát sao": "'chỉ đạo sát sao …'",
    "chặt chẽ": "'chỉ đạo chặt chẽ …'",
    "kịp thời": "'chỉ đạo kịp thời …'",
}


def _folded(words: list[str]) -> str:
    """The words without their marks (:func:`.diacritics.fold`), as an alternation, blanks between their syllables."""
    return "|".join(r"[ \t\n]+".join(fold(word).split()) for word in words)


_B = r"[ \t\n]+"
# From "chỉ đạo" to the citation, read without marks: manner, whom (up to four words), "việc", "tổ chức", "tiếp tục",
# then carrying-out verbs and fillers only
_STEERED = re.compile(
    rf"chi{_B}dao(?:{_B}(?:{_folded(list(MANNERS))}))?(?:{_B}(?:cac|cho(?:{_B}cac)?)(?:{_B}[a-z]+){{1,4}}?)?"
    rf"(?:{_B}viec)?(?:{_B}to{_B}chuc)?(?:{_B}tiep{_B}tuc)?{_B}(?:{_folded(list(CARRYING_VERBS))})"
    rf"(?:{_B}(?:{_folded([*CARRYING_VERBS, *CARRYING_FILLERS, 'tiếp tục'])})(?![a-z]))*[ \t\n]*\Z"
)


def steers_carrying_out(w: str, clause_start: int, start: int) -> bool:
    """Whether the citation at *start* (its type word) is what a body steers its people to carry out in the clause
    at *clause_start* (see the module docstring)."""
    for steer in STEER.finditer(w, max(clause_start, start - REACH), start):
        if (
            _NAMED_STEERING.search(w, max(clause_start, steer.start() - NAME_REACH), steer.start()) is None
            and NAMED.search(w, clause_start, steer.start()) is None
            and REVIEWED_BEFORE.search(w, max(clause_start, steer.start() - REVIEW_REACH), steer.start()) is None
            and _STEERED.match(fold(w[steer.start() : start])) is not None
        ):
            return True
    return False
