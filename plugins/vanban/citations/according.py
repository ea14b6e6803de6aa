"""The one rule for "theo …" and "bám sát …" (README, "What counts"): a citation after them names what an action follows,
a mention, unless the clause states the document's own purpose or action.

Split from :mod:`.cues` (the words) and :mod:`.relations` (the test) along that seam when the twentieth session read an
owner between the words and the citation ("theo chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số …") and a list's later
items sharing one "theo".
"""

from __future__ import annotations

import re

from .cues import CUE_BEFORE_ACCORDING, CUE_FILLER_WORDS, CUE_REACH
from .directives import directed, handed_down_item
from .held_duties import disseminated_spirit
from .phrases import _alternation
from .purposes import in_purpose_section, opens_with_purpose
from .vocabulary import GAP, TYPE_START

__all__ = [
    "ACCORDING",
    "ACCORDING_OWNER",
    "ACCORDING_REACH",
    "ACCORDING_WORDS",
    "OWNED_ACCORDING",
    "PARALLEL_OWNER",
    "according_to",
    "shared_according",
]

# "theo" or "bám sát" ("following closely") right before a citation, give or take these words, names
# a rule the action follows, not what the document carries out: "thành lập Ban … theo Quyết định số
# …", "Đề nghị … tổ chức thực hiện … theo Quyết định số …", "; bám sát Hướng dẫn số …".  The citation
# is a mention even in a clause a cue governs (tests/fixtures/citations/real/README.md, one rule for
# every set), unless the clause states the document's purpose (PURPOSE_OPENERS) or a clause cue heads
# the clause or its part before "theo": the document's own action ("Căn cứ theo Quyết định …", "Theo
# đó, thực hiện biện pháp giãn cách xã hội theo Chỉ thị số 15/CT-TTg").  A cue after a subject or a
# directive verb ("Đề nghị tổ chức thực hiện … theo …", "Thể thức văn bản thực hiện theo …") is not
# the document's own action: the citation after "theo" stays a mention.  Proposals
# ("Theo đề nghị … tại Tờ trình") stay mentions (PROPOSAL_TYPES); "kèm theo" names an attachment.
ACCORDING_WORDS: dict[str, str] = {
    "các": "'theo các nội dung …'",
    "đúng": "'theo đúng tinh thần Nghị quyết số …', 'theo đúng văn bản số …': exactly as the rule says",
    "nội dung": "'theo nội dung Kế hoạch số …'",
    "quy định": "'theo quy định tại Nghị định số …'",
    "yêu cầu": "'theo yêu cầu tại Công văn số …'",
    "tinh thần": "'theo tinh thần Nghị quyết số …'",
    "hướng dẫn": "'theo hướng dẫn tại Công văn số …'",
    "chỉ đạo": "'theo chỉ đạo tại Công văn số …'",
    "nêu": "'nêu trong/tại'",
    "đã": "'đã nêu'",
    "được": "'được nêu'",
    "tại": "'tại Công văn số …'",
    "trong": "'trong Hướng dẫn số …'",
    # a form to fill in (heldout23 h23-13: "gửi văn bản thông báo … theo mẫu quy định tại Phụ lục ban hành kèm theo Nghị
    # định số 104/2016/NĐ-CP"): the rule the form is in
    "mẫu": "'theo mẫu quy định tại …'",
    "phụ lục": "'theo mẫu tại Phụ lục …'",
    "ban hành kèm theo": "'Phụ lục ban hành kèm theo Nghị định số …'",
}

# Whose direction or rule it is, between those words and "tại"/"trong": "theo chỉ đạo của Thủ tướng Chính phủ tại Chỉ
# thị số …", "theo yêu cầu của Bộ Y tế tại Công văn số …", "theo quy định của Bộ Tài chính tại Thông tư số …".  The owner
# changes nothing: the citation is still what the action follows, a mention unless the clause states the document's
# own purpose or action (README, "twentieth session": the sets had read "theo chỉ đạo … tại" both ways).  Up to
# ACCORDING_OWNER_WORDS words of letters, no digit or punctuation (a citation or a clause mark ends it).
ACCORDING_OWNER_WORDS = 10
ACCORDING_OWNER = (
    rf"[ \t\n]{{1,3}}của(?:[ \t\n]{{1,3}}[^\W\d_][^\s\d,;:.()]*){{1,{ACCORDING_OWNER_WORDS}}}?[ \t\n]{{1,3}}(?:tại|trong)"
)
# The next item of such a list, its "theo" shared: "theo chỉ đạo của UBND tỉnh tại Chỉ thị số …; chỉ đạo của Thủ tướng
# Chính phủ tại Chỉ thị số … và của Bộ Nông nghiệp và PTNT tại Công điện số …" (ending right before the citation); the
# "theo" it shares is found by OWNED_ACCORDING at the clause's last "theo".
PARALLEL_OWNER = re.compile(
    rf"(?:(?<![^\W_])và|[;,])(?:[ \t\n]{{1,3}}(?:{_alternation(ACCORDING_WORDS)})(?![^\W_])){{0,6}}{ACCORDING_OWNER}[ \t\n]{{1,3}}\Z",
    re.IGNORECASE,
)
OWNED_ACCORDING = re.compile(
    rf"theo(?:[ \t\n]{{1,3}}(?:{_alternation(ACCORDING_WORDS)})(?![^\W_])){{0,6}}{ACCORDING_OWNER}[ \t\n]{{1,3}}",
    re.IGNORECASE,
)
# "theo"/"bám sát" and the words ACCORDING_WORDS lets through, ending right before a citation (searched
# in a window); group "verb" is "theo" or "bám sát"
ACCORDING = re.compile(
    rf"(?<![^\W_])(?<!kèm\s)(?<!kèm\s\s)(?P<verb>theo|bám{GAP}sát)(?:[ \t\n]{{1,3}}(?:{_alternation(ACCORDING_WORDS)})(?![^\W_])){{0,6}}"
    rf"(?:{ACCORDING_OWNER})?[ \t\n]{{1,3}}\Z",
    re.IGNORECASE,
)


# ACCORDING is looked for this far before a citation
ACCORDING_REACH = 120


def according_to(w: str, clause_start: int, start: int) -> str | None:
    """Whether "theo"/"bám sát" and the words :data:`.cues.ACCORDING_WORDS` lets through end right at
    *start* (:data:`.cues.ACCORDING`): None when not; else "purpose" in a clause opened by a purpose
    ("Để …", "Nhằm …": :data:`.cues.PURPOSE_OPENERS`), "cue" when a clause cue stands right before
    "theo" ("Căn cứ theo …"), "told" when the cue's subject names back the work just told (:data:`_TOLD_BACK`), "rule"
    otherwise."""
    lo = max(0, start - ACCORDING_REACH)
    if w.find("theo", lo, start) < 0 and w.find("sát", lo, start) < 0:
        return None
    found = ACCORDING.search(w, lo, start)
    if found is None or found.end() != start:
        return None
    if not w[found.end("verb") : start].strip() and _ISSUED_WITH.search(w, max(0, found.start() - 12), found.start()):
        return None  # "Chiến lược … được Thủ tướng Chính phủ ban hành theo Quyết định số …": the decision that issued it
    verb = found.start("verb")
    cue = None
    for cue in CUE_BEFORE_ACCORDING.finditer(w, max(clause_start, verb - CUE_REACH), verb):  # noqa: B007 - the last
        pass
    if opens_with_purpose(w, clause_start) or in_purpose_section(w, clause_start):
        if cue is not None and directed(w, clause_start, cue.start()):
            return "rule"  # "Để chủ động …, Chủ tịch UBND huyện … yêu cầu các phòng, ban … triển khai … theo yêu cầu …"
        return "purpose"
    if disseminated_spirit(w, clause_start, verb):
        return "cue"  # "2. Tuyên truyền các quan điểm … theo tinh thần Nghị quyết số …": the duty's content (held_duties)
    if cue is None or w.find(";", cue.end(), verb) >= 0:  # "1. Thực hiện Kế hoạch …; bám sát Hướng dẫn …"
        return "rule"
    if handed_down_item(w, clause_start) is not None:
        return "rule"  # "Sở đề nghị các đơn vị:⏎- Thực hiện nghiêm túc … theo Quyết định số …": a rule for the addressees
    part = max(w.rfind(",", clause_start, cue.start()), w.rfind(";", clause_start, cue.start()),
               w.rfind(":", clause_start, cue.start()))
    opening = w[max(part + 1, clause_start) : cue.start()].split()
    if _TOLD_BACK.fullmatch(" ".join(opening)) is not None:
        return "told"  # "Việc cấp tiền hỗ trợ này thực hiện theo Quyết định số 102 …": the work just told, the body's own
    return "cue" if all(word.casefold() in CUE_FILLER_WORDS for word in opening) else "rule"


# "ban hành" right before "theo" and the citation: "theo" there names the document an unnumbered one was issued in
# ("Chương trình hành động của Chính phủ ban hành theo Nghị quyết số 102/NQ-CP", "Chiến lược … được Thủ tướng Chính phủ
# ban hành theo Quyết định số 1679/QĐ-TTg"), as "ban hành kèm theo" does: no rule an action follows, the citation stands
# for that document and is read as the clause reads it (heldout11 y58, heldout13 h13-20).  With words between ("ban
# hành theo quy định tại …") it is the rule again.
_ISSUED_WITH = re.compile(r"(?<![^\W_])ban[ \t\n]{1,3}hành[ \t\n]{1,3}\Z", re.IGNORECASE)


# A subject that names back the work the text has just told ("Việc cấp tiền hỗ trợ này", "Việc hỗ trợ nói trên"): what
# it was done by is what the body carries out (a rule in a text's body names no work told: "Việc lựa chọn nhà thầu thực
# hiện theo quy định tại …", a mention)
_TOLD_BACK = re.compile(r"Việc(?:[ \t]+[^\W\d_]+){1,8}?[ \t]+(?:này|đó|nói[ \t]+trên|trên)(?:[ \t]+(?:đã|được|đều))?", re.IGNORECASE)


# How far back a list's shared "theo" is looked for (PARALLEL_OWNER)
SHARED_REACH = 400


def shared_according(w: str, start: int) -> int | None:
    """Where the citation starts whose "theo" a list's later item shares ("theo chỉ đạo của UBND tỉnh tại Chỉ thị số
    …; chỉ đạo của Thủ tướng tại Chỉ thị số … và của Bộ … tại Công điện số …"): the item is introduced by its owner
    alone (:data:`.cues.PARALLEL_OWNER`), and the last "theo" before it, in the same sentence, introduces an owned
    citation the same way (:data:`.cues.OWNED_ACCORDING`); None otherwise."""
    lo = max(0, start - ACCORDING_REACH)
    if w.find("của", lo, start) < 0:
        return None
    item = PARALLEL_OWNER.search(w, lo, start)
    if item is None or item.end() != start:
        return None
    back = max(0, item.start() - SHARED_REACH)
    for verb in reversed([m.start() for m in _THEO.finditer(w, back, item.start())]):
        if _SENTENCE_END.search(w, verb, item.start()) is not None:
            return None
        owned = OWNED_ACCORDING.match(w, verb)
        if owned is not None and TYPE_START.match(w, owned.end()) is not None:
            return owned.end()
        return None
    return None


_THEO = re.compile(r"(?<![^\W_])theo(?![^\W_])", re.IGNORECASE)
# A sentence's end between the shared "theo" and the item: a full stop, blanks, a capital
_SENTENCE_END = re.compile(r"\.[ \t\n]+[^\W\d_](?<=[A-ZĐÀ-Ỹ])|\n[ \t]*\n")
