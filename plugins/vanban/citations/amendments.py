"""Citations the text changes or that asked for it: amended, replaced or repealed documents, what amends a basis, and
proposals.  Each is a mention whatever cue governs its clause (:func:`.relations.relate_core` asks these first), but
the document that amends a basis, which is a basis too.
"""

from __future__ import annotations

import bisect
import re

from .clauses import in_any
from .cues import AMENDING
from .model import Core
from .phrases import _alternation
from .vocabulary import GAP, NOT_BEFORE, TYPE_ALT, TYPE_START

__all__ = [
    "AMENDED_BY",
    "AMENDED_BY_LEAD",
    "AMENDED_BY_REACH",
    "AMENDING_REACH",
    "BASIS_OPENER",
    "PROPOSAL_NOUNS",
    "PROPOSAL_TYPES",
    "PROPOSED_IN",
    "PROPOSED_REACH",
    "amended",
    "named_basis",
    "proposed",
]

# Between the verb and the citation, these make the cited document the one that amends ("… được sửa
# đổi, bổ sung bởi Luật số …", "… đã được sửa đổi, bổ sung một số điều theo Luật số …"): a basis.
AMENDED_BY = re.compile(r"(?<![^\W_])(?:bởi|theo)(?![^\W_])", re.IGNORECASE)
# Right before a citation inside another's description, these name the one that amends the described document
# ("Căn cứ Nghị định số 45/2012/NĐ-CP ngày … về khuyến công được sửa đổi, bổ sung bởi Nghị định số 235/2025/NĐ-CP"):
# the two are read together, so the amending one is an item of the list the described one is in, not nested in
# it (nesting.nest).  Only when the described document is the one named just before: "… ban hành kèm theo Thông tư
# số 17/2009/TT-BGDĐT, đã được sửa đổi, bổ sung bởi Thông tư số …" amends the nested 17/2009, a mention like it.
AMENDED_BY_LEAD = re.compile(
    rf"(?<![^\W_])(?:đã{GAP})?được{GAP}(?:sửa{GAP}đổi(?:,?{GAP}bổ{GAP}sung)?|bổ{GAP}sung)(?:{GAP}một{GAP}số{GAP}điều)?"
    rf"{GAP}(?:bởi|theo|tại){GAP}(?:các{GAP})?\Z",
    re.IGNORECASE,
)
# How far before a citation AMENDED_BY_LEAD is looked for
AMENDED_BY_REACH = 80
# A clause of bases ("Căn cứ …", "Trên cơ sở …", or any clause of a decision's preamble): an amending
# verb after an earlier citation of it describes that citation, not the page (amended).
BASIS_OPENER = re.compile(r"[ \t\n*+•-]{0,6}(?:Căn[ \t]{1,3}cứ|Trên[ \t]{1,3}cơ[ \t]{1,3}sở)(?![^\W_])", re.IGNORECASE)
# How far before a citation an amending verb is looked for (within its clause, after the citation before)
AMENDING_REACH = 80

# A proposal or a body's advice named right before a citation ("trên cơ sở tham mưu của Công an tỉnh tại Công văn số
# 823/PV11(CS)", "Theo đề nghị của Sở Nội vụ tại văn bản số …", "Xét đề xuất của … tại Công văn số …"): the cited
# document asks for the decision or advises it, whatever its type (PROPOSAL_TYPES are proposals anyway), so it is
# a mention even inside a clause a cue governs ("Thực hiện Quyết định số …; trên cơ sở tham mưu của … tại …").
# Opened by "trên cơ sở", "theo" or "xét"; "thực hiện đề nghị của …" carries the request out and is not one.
PROPOSAL_NOUNS: dict[str, str] = {
    "đề nghị": "a request for the decision ('Theo đề nghị của Giám đốc Sở … tại Tờ trình số …')",
    "đề xuất": "a proposal ('trên cơ sở đề xuất của Sở … tại Tờ trình số …')",
    "tham mưu": "a body's advice ('trên cơ sở tham mưu của Công an tỉnh tại Công văn số …')",
    "kiến nghị": "a recommendation",
}
# How far before a citation its proposal is looked for (PROPOSED_IN)
PROPOSED_REACH = 220

# Types whose documents ask for a decision or report on one: never the basis of what they led to
# ("Theo đề nghị của Sở … tại Tờ trình số 92/TTr-SLĐTBXH" is a mention, even in the preamble).
PROPOSAL_TYPES: dict[str, str] = {
    "Tờ trình": "a proposal submitted for this decision",
    "Báo cáo": "a report submitted with the proposal ('… và Báo cáo số 332/BC-STC')",
    "Biên bản": "minutes: a record, not a basis",
}
# A proposal's opener and noun, its body and "tại"/"theo"/"trong", ending right before a citation (PROPOSAL_NOUNS)
PROPOSED_IN = re.compile(
    rf"(?<![^\W_])(?:trên{GAP}cơ{GAP}sở|theo|xét)(?:{GAP}(?:ý{GAP}kiến|sự))?{GAP}(?:{_alternation(PROPOSAL_NOUNS)})"
    rf"(?![^\W_])[^;.!?]{{0,160}}?(?<![^\W_])(?:tại|theo|trong)(?:{GAP}các)?{GAP}\Z",
    re.IGNORECASE,
)


def proposed(w: str, core: Core) -> bool:
    """Whether a proposal or a body's advice names *core* (:data:`PROPOSAL_NOUNS`: "trên cơ sở tham mưu của
    Công an tỉnh tại Công văn số …"), or the first item of its list.  "tại", "theo" or "trong" must end right
    before it: most citations have none, and are settled without the search."""
    if core.list_head is not None and core.list_head.proposal:
        return True
    before = w[max(0, core.start - 12) : core.start]
    if "tại" not in before and "theo" not in before and "trong" not in before:
        return False
    return PROPOSED_IN.search(w, max(0, core.start - PROPOSED_REACH), core.start) is not None


def amended(w: str, core: Core, clause_pos: list[int], cancu: list[tuple[int, int]]) -> bool:
    """Whether an amending verb (:data:`.cues.AMENDING_VERBS`) stands right before *core*, in its
    clause and after the citation before it: the document changes the cited one.  In a basis clause
    ("Căn cứ Nghị quyết số 203/2025/QH15 … sửa đổi, bổ sung … Hiến pháp, Luật … số 72/2025/QH15") a verb
    after an earlier citation of the clause describes that one: the page changes nothing it rests on."""
    j = bisect.bisect_right(clause_pos, core.start) - 1
    clause_start = clause_pos[j] if j >= 0 else 0
    basis = in_any(cancu, core.start) or BASIS_OPENER.match(w, clause_start) is not None
    if core.prev_end > clause_start and basis:
        return False
    # "Sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo Quyết định số …": the decision that issued the
    # amended rule, after the rule's long name (whose words may hold a "theo" of their own)
    issued_with = ISSUED_WITH.search(w, max(0, core.start - 40), core.start) is not None
    lo = max(core.prev_end, core.start - (AMENDED_RULE_REACH if issued_with else AMENDING_REACH), clause_start)
    # a verb before the item's ";" is the item before's: "Luật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;⏎Nghị định số …"
    lo = max(lo, w.rfind(";", lo, core.start) + 1)
    verb = None
    for verb in AMENDING.finditer(w, lo, core.start):  # noqa: B007 - the last
        pass
    if issued_with:
        return verb is not None
    if verb is not None and basis and _NEXT_ITEM.search(w, verb.end(), core.start) and TYPE_START.search(w, clause_start, verb.start()):
        return False  # "Căn cứ Luật Di sản văn hóa, Luật sửa đổi, bổ sung … của Luật di sản văn hóa và Nghị định số …": the verb
        # names the unnumbered law before it, the decree after "và" is the next basis (heldout23 h23-62)
    # "… số 64/2025/QH15 được sửa đổi, bổ sung bởi (theo) Luật số 87/2025/QH15": the cited one amends
    return verb is not None and AMENDED_BY.search(w, verb.end(), core.start) is None


# The next item of a list right before a citation's type word: ", " or "và" (a verb before it names the item before)
_NEXT_ITEM = re.compile(r"(?:,|(?<![^\W_])và)[ \t\n]*\Z", re.IGNORECASE)
# "… ban hành kèm theo" right before a citation: the cited decision issued the rule named before it
ISSUED_WITH = re.compile(r"(?<![^\W_])(?:ban[ \t\n]+hành[ \t\n]+)?kèm[ \t\n]+theo[ \t\n]+\Z", re.IGNORECASE)
# How far before such a citation an amending verb is looked for (a rule's name runs long)
AMENDED_RULE_REACH = 400

# A law's name right before its number: "Luật Ban hành văn bản quy phạm pháp luật số", after "của", "," or "và"
_LAW_NAME = re.compile(
    rf"(?:{NOT_BEFORE}(?:của|và)[ \t\n]+|,[ \t\n]*)(?P<name>(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)(?:[ \t\n]+(?!số\b)[^\W\d_]+){{1,12}})"
    r"[ \t\n]+số[ \t]*:?[ \t\n]*\Z"
)
# How far before its number a law's name is read
LAW_NAME_REACH = 120


def named_basis(w: str, core: Core) -> bool:
    """Whether the law an amending title names by number ("Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số
    31/2024/QH15") was named earlier in the text ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", "Căn cứ Luật Ban
    hành văn bản quy phạm pháp luật số 64/2025/QH15;"): the text rests on that law, so the number is a basis — the
    law's own when it was named by date, the amending law's when it was named with another number."""
    lo = max(0, core.num_start - LAW_NAME_REACH)
    found = _LAW_NAME.search(w, lo, core.num_start)
    if found is None:
        return False
    name = " ".join(found.group("name").split())
    pattern = r"[ \t\n]+".join(map(re.escape, name.split(" "))) + r"(?![^\W_])"
    return re.search(pattern, w[: found.start("name")], re.IGNORECASE) is not None


# The text itself replacing the cited document: "Quyết định này có hiệu lực … và thay thế Quyết định số 17/2016/QĐ-UBND",
# "Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN …", "(Điều 3.) Có hiệu lực kể từ ngày ký, thay thế …" (qa31's site:
# read as a mere mention, so the replaced page never said "Đã được thay thế bởi").  "thay thế" ends the sentence part right
# before the citation, and the part names the text itself: "<loại> này", or its effect clause "có hiệu lực" with no number
# before it.  A replacing told of another document ("Nghị định số 15/2018/NĐ-CP có hiệu lực … và thay thế Nghị định số
# 38/2012/NĐ-CP", "dự thảo Thông tư thay thế Thông tư số …") stays a mention, and so does any on a page with no own
# number (a news item's "Kế hoạch này thay thế …" is the reported plan's).
REPLACING = re.compile(r"(?<![^\W_])thay[ \t]+thế[ \t]+(?:cho[ \t]+)?\Z", re.IGNORECASE)
OWN_DOCUMENT = re.compile(rf"(?<![^\W_])(?:{TYPE_ALT}|văn{GAP}bản)[ \t]+này(?![^\W_])", re.IGNORECASE)
IN_EFFECT = re.compile(rf"(?<![^\W_])có{GAP}hiệu{GAP}lực(?![^\W_])", re.IGNORECASE)
_PART_END = re.compile(r"[.;:](?=[ \t])")
# How far before a citation its replacing sentence is looked for
OWN_REPLACING_REACH = 300


def replaced_by_own(w: str, core: Core) -> bool:
    """Whether the text itself replaces *core* (:data:`REPLACING` after :data:`OWN_DOCUMENT` or :data:`IN_EFFECT`), or
    the first item of its list when a list follows the verb ("… thay thế Quyết định số 5/QĐ-UBND và Quyết định số 6/…")."""
    head = core.list_head
    if head is not None and head is not core:
        return head.replaced
    lo = max(w.rfind("\n", 0, core.start) + 1, core.start - OWN_REPLACING_REACH)
    verb = REPLACING.search(w, lo, core.start)
    if verb is None:
        return False
    for mark in _PART_END.finditer(w, lo, verb.start()):
        lo = mark.end()
    if OWN_DOCUMENT.search(w, lo, verb.start()) is not None:
        return True
    effect = IN_EFFECT.search(w, lo, verb.start())
    return effect is not None and not any(ch.isdigit() for ch in w[lo : effect.start()])
