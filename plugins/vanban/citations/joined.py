"""A document joined by "và" right after one that the previous document's description names: which list it is in,
the text does not settle.

"Kế hoạch số 7466/KH-UBND ngày 22/10/2021 về triển khai thực hiện Quyết định số 1492/QĐ-TTg, ngày 10/9/2021 của Thủ
tướng Chính phủ và Kế hoạch số 69-KH/TU, ngày 23/7/2021 của Ban Thường vụ Tỉnh ủy …" (heldout33 h33-37): "và Kế hoạch
số 69-KH/TU" goes on with the list of bases (another plan carried out) or with the description of 7466 (what that plan
carries out, a mention).  Both readings are written: "Kế hoạch số 125-KH/TU … về triển khai thực hiện Nghị quyết số
20-NQ/TW … và Kế hoạch số 10-KH/TW …" (heldout35 h35-08) was annotated the other way than h33-37, and a careful reader
hesitates at both.  Every such place in the spent sets was either wrong or already unsettled (the README's
thirty-seventh-session relation notes), so the relation of a document named only in such places is left unsettled
(README principle 2: published as related, never as carried out); a place that settles it elsewhere in the text keeps
it as the rules read it.
"""

from __future__ import annotations

import bisect
import re

from .vocabulary import GAP

__all__ = ["DESCRIBED_CUE", "JOINED", "joined_after_described", "reference_joined_after_described"]

# The previous document's description names what it carries out: "… về (việc) (tiếp tục) (triển khai) thực hiện
# <the nested document>" right before the nested document's type word
DESCRIBED_CUE = re.compile(
    rf"(?<![^\W_])về{GAP}(?:việc{GAP})?(?:tiếp{GAP}tục{GAP})?(?:triển{GAP}khai{GAP})?(?:thực{GAP}hiện|triển{GAP}khai)"
    rf"{GAP}\Z",
    re.IGNORECASE,
)
# Between the nested document and the joined one: the nested document's tails (date, issuer, a bracketed short name)
# and "và" — no ";" or sentence end (which close the description), no cue (which opens another clause)
JOINED = re.compile(
    rf"(?:[^;.\n]|\.(?=\d)|\n(?![ \t]*\n))*?(?<![^\W_])và{GAP}\Z",
    re.IGNORECASE,
)
_CUE_IN_TAIL = re.compile(r"(?<![^\W_])(?:thực[ \t\n]+hiện|triển[ \t\n]+khai|căn[ \t\n]+cứ)(?![^\W_])", re.IGNORECASE)
# How far the tails of the nested document may run before "và"
JOINED_REACH = 240
# How far before the nested document its description's cue is looked for (the longest cue with its gaps fits)
CUE_WINDOW = 120


def joined_after_described(text: str, start: int, spans: list[tuple[int, int, int]]) -> bool:
    """Whether the citation place at *start* follows "và" right after a document that the description of the document
    before it names (:data:`DESCRIBED_CUE`).  *spans* are every citation place of the text as (start, end, which
    citation), sorted: the nested document's own short name in brackets ("(sau đây gọi tắt là Nghị quyết số 20-NQ/TW)")
    is one of its tails."""
    k = bisect.bisect_left(spans, (start, -1, -1)) - 1  # the nested document's last place before it
    if k < 1:
        return False
    nested_start, nested_end, nested = spans[k]
    while k >= 1 and spans[k - 1][2] == nested:
        k -= 1
        nested_start = spans[k][0]
    if k < 1 or nested_end > start or start - nested_end > JOINED_REACH:
        return False
    outer_end = spans[k - 1][1]
    if outer_end > nested_start:
        return False
    between = text[nested_end:start]
    if JOINED.fullmatch(between) is None or _CUE_IN_TAIL.search(between) is not None:
        return False
    described = DESCRIBED_CUE.search(text, max(outer_end, nested_start - CUE_WINDOW), nested_start)
    return described is not None and not _closes(text[outer_end : described.start()])


def _closes(tails: str) -> bool:
    """Whether the text between the outer document and its description's cue closes a clause (";", a sentence end, a
    blank line): then the cue heads a description of something else."""
    return ";" in tails or re.search(r"\.(?!\d)|\n[ \t]*\n", tails) is not None


def reference_joined_after_described(text: str, start: int, spans: list[tuple[int, int, int]]) -> bool:
    """The plain reading of :func:`joined_after_described`, word by word, for the tests."""
    before = [span for span in sorted(spans) if span[0] < start]
    while len(before) >= 2 and before[-2][2] == before[-1][2]:  # the nested document's short name: one of its tails
        before[-2:] = [(before[-2][0], before[-1][1], before[-1][2])]
    if len(before) < 2:
        return False
    (_, outer_end, _), (nested_start, nested_end, _) = before[-2], before[-1]
    if nested_end > start or outer_end > nested_start:
        return False
    between = text[nested_end:start]
    words = between.split()
    if not words or words[-1].casefold() != "và" or start - nested_end > JOINED_REACH:
        return False
    if ";" in between or re.search(r"\.(?!\d)|\n[ \t]*\n", between):
        return False
    folded = " ".join(between.casefold().split())
    if any(cue in folded for cue in ("thực hiện", "triển khai", "căn cứ")):
        return False
    head = " ".join(text[outer_end:nested_start].casefold().split())
    for cue in ("về việc tiếp tục triển khai thực hiện", "về việc tiếp tục thực hiện", "về việc triển khai thực hiện",
                "về việc thực hiện", "về việc triển khai", "về tiếp tục triển khai thực hiện", "về tiếp tục thực hiện",
                "về triển khai thực hiện", "về thực hiện", "về triển khai", "về việc tiếp tục triển khai",
                "về tiếp tục triển khai"):
        if head.endswith(cue) and (len(head) == len(cue) or not head[-len(cue) - 1].isalnum()):
            tails = head[: -len(cue)]
            return ";" not in tails and re.search(r"\.(?!\d)", tails) is None and re.search(r"\n[ \t]*\n", text[outer_end:nested_start]) is None
    return False
