"""Directives: a body handing a cited document down to others to carry out ("UBND tỉnh yêu cầu các sở … thực hiện …").

The words that say so, each with the reason a careful reader has for it, and the tests :mod:`.relations` applies: a
directive verb before a cue (:func:`directed`), a list of tasks a directive introduces (:func:`handed_down_item`).
Split from :mod:`.cues` (the clause cues) and :mod:`.relations` along that seam.
"""

from __future__ import annotations

import re

from ..text import new_tone
from .cues import CUE_FILLER_WORDS, CUE_FILLERS, CUE_REACH, SENTENCE_CUE_BLOCKER
from .dissemination import DISSEMINATING
from .lists import last_colon
from .phrases import _alternation, whole_words
from .vocabulary import GAP, NOT_BEFORE, TYPE_START

__all__ = [
    "ADDRESSEE",
    "ADDRESSEE_BODIES",
    "ADDRESSEE_WORDS",
    "ADDRESSEE_WORD_SET",
    "DIRECTED_CUE",
    "DIRECTED_CUES",
    "DIRECTIVE",
    "DIRECTIVE_COMPOUND",
    "DIRECTIVE_COMPOUNDS",
    "DIRECTIVE_NOUN",
    "DIRECTIVE_NOUN_HEADS",
    "DIRECTIVE_VERBS",
    "DRAFTED",
    "DRAFTED_MEANS",
    "PLAIN_PATTERNS",
    "addressed",
    "blocked",
    "directed",
    "handed_down_item",
]

# A directive verb before a cue hands the cited document down to carry out: "Thủ tướng Chính phủ yêu
# cầu các Bộ, ngành, địa phương … cần tập trung thực hiện tốt … Nghị quyết số 05/2001/NQ-CP".  Between
# the verb and the cue only the addressees and modal words may stand (no blocker, type word or ";").
# A citation after "theo" is still a mention (ACCORDING): the request names the rule to follow.
DIRECTIVE_VERBS: dict[str, str] = {
    "yêu cầu": "the issuer requires the addressees to carry it out",
    "đề nghị": "the issuer asks the addressees ('Theo/Xét đề nghị của' is a blocker: 'của')",
    "chỉ đạo": "the issuer directs the addressees",
    "giao": "the issuer assigns it to the addressees",
    "đôn đốc": "the issuer urges the addressees on ('đôn đốc các Bộ … thực hiện nghiêm Công điện số …')",
    # an English copy's (heldout17 h17-21, heldout20 h20-46): "… are requested to effectively direct the implementation
    # of Government Resolution No. 92/NQ-CP …", "the Prime Minister requested Ministers … to … implement …"
    "requested": "an English copy's 'yêu cầu'",
    "requests": "an English copy's 'yêu cầu'",
    "required": "an English copy's 'yêu cầu'",
    "requires": "an English copy's 'yêu cầu'",
    "urged": "an English copy's 'đôn đốc'",
}

# Words that start with a directive verb and are no directive: "Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW"
# is a briefing meeting, not "giao" (assign) handing the directive down ("UBND tỉnh giao Ban Chỉ huy … căn cứ …" is).
DIRECTIVE_COMPOUNDS: dict[str, str] = {
    "giao ban": "a briefing meeting ('Hội nghị giao ban')",
    "giao lưu": "an exchange",
    "giao thông": "traffic",
    "giao dịch": "a transaction",
    "giao tiếp": "communication",
}

# Cues that only a directive verb hands down (DIRECTIVE_VERBS): "Chỉ thị yêu cầu các cấp ủy, tổ chức đảng nghiên
# cứu, quán triệt sâu sắc … nội dung Chỉ thị số 45-CT/TW" asks the addressees to study and carry out the cited
# document.  After a subject (a report of a meeting, of an event) no dissemination verb is a cue; heading a task item
# it is (:mod:`.dissemination`).
DIRECTED_CUES: dict[str, str] = {verb: f"{why}, asked of the addressees by a directive verb (README rule A)"
                                   for verb, why in DISSEMINATING.items()}

# The same words used as nouns: "Ban Chỉ đạo phòng, chống dịch … thành lập Tổ giám sát tình hình thực
# hiện Chỉ thị …" (a committee's name), "hồ sơ đề nghị công nhận …": no verb hands anything down.
DIRECTIVE_NOUN_HEADS: dict[str, str] = {
    "ban": "'Ban Chỉ đạo': a steering committee's name",
    "hồ sơ": "'hồ sơ đề nghị': an application file",
    "văn bản": "'văn bản chỉ đạo': a directive document",
    "công văn": "'Công văn chỉ đạo'",
    "ý kiến": "'ý kiến chỉ đạo': a directive received",
    "sự": "'sự chỉ đạo của': a noun",
    "theo": "'theo đề nghị của', 'theo chỉ đạo': a proposal or instruction received",
    "việc": "'giám sát việc chỉ đạo, tổ chức thực hiện Chỉ thị …': the matter of directing, what is supervised",
    "việc lãnh đạo,": "'việc lãnh đạo, chỉ đạo, tổ chức thực hiện …': the same, the Party's pair of nouns",
    "sự lãnh đạo,": "'sự lãnh đạo, chỉ đạo của …'",
    "công tác lãnh đạo,": "'công tác lãnh đạo, chỉ đạo …'",
}

# A clause whose subject is the addressees themselves, plural bodies named by "các" ("Các sở, ban, ngành, UBND các huyện,
# thành phố theo chức năng, nhiệm vụ triển khai thực hiện … tại Công văn số …", "Theo đó, các tỉnh, thành phố trực thuộc
# Trung ương tiếp tục chỉ đạo thực hiện Chỉ thị số …"), with a cue as its verb, is a directive without its verb: the text
# (or the press retelling it) hands the document down, as "UBND tỉnh yêu cầu các sở … thực hiện …" does.  The subject
# opens the clause ("Theo đó,"/"Đồng thời," before it) and holds only these words, names and cue fillers
# (:func:`addressed`); a meeting's report still narrates (:mod:`.news`).
ADDRESSEE_BODIES: dict[str, str] = {
    "sở": "'các sở, ban, ngành': a province's departments",
    "ban": "'các ban': boards",
    "ngành": "'các ngành liên quan'",
    "bộ": "'các Bộ, ngành, địa phương': the ministries",
    "tỉnh": "'các tỉnh, thành phố trực thuộc Trung ương'",
    "thành phố": "the same, or a district's cities",
    "huyện": "'UBND các huyện, thị xã'",
    "quận": "the same in a city",
    "thị xã": "the same",
    "xã": "'UBND các xã, thị trấn'",
    "phường": "the same in a town",
    "thị trấn": "the same",
    "cơ quan": "'các cơ quan, đơn vị'",
    "đơn vị": "the same",
    "địa phương": "'các địa phương'",
    "cấp ủy": "'các cấp ủy, tổ chức đảng'",
    "tổ chức": "'các tổ chức chính trị - xã hội'",
    "đoàn thể": "'các đoàn thể'",
    "trường": "'các trường': a district's schools",
    "cơ sở": "'các cơ sở giáo dục', 'các cơ sở y tế'",
    "chi bộ": "'các chi bộ': a Party committee's cells",
    "đảng bộ": "'các đảng bộ trực thuộc'",
}
# Words that may stand in such a subject besides the bodies' words, names in capitals and cue fillers: more bodies
# ("và", "các", "liên quan", "trực thuộc"), their remit ("theo chức năng, nhiệm vụ được giao") and a directed body's
# own verbs before the cue ("tiếp tục chỉ đạo thực hiện": directing its units to carry it out, "tập trung", "khẩn
# trương", "chủ động").
ADDRESSEE_WORDS: dict[str, str] = {
    "các": "'UBND các huyện'",
    "và": "'Các ngành liên quan và UBND các xã'",
    "liên quan": "'các ngành liên quan'",
    "trực thuộc": "'trực thuộc Trung ương'",
    "thuộc": "'các đơn vị thuộc Sở'",
    "theo chức năng": "'theo chức năng, nhiệm vụ': their remit",
    "nhiệm vụ": "the same",
    "được giao": "'nhiệm vụ được giao'",
    "giáo dục": "the bodies' sector: 'các cơ sở giáo dục'",
    "y tế": "'các cơ sở y tế'",
    "chỉ đạo": "'tiếp tục chỉ đạo thực hiện': the addressee directs its own units to carry it out",
    "tập trung": "'tập trung triển khai'",
    "khẩn trương": "'khẩn trương triển khai'",
    "chủ động": "'chủ động triển khai'",
    "tổ chức": "'tổ chức thực hiện'",
}
# The opening of such a subject: "Các sở", "UBND các huyện", "Theo đó, các tỉnh"
ADDRESSEE = re.compile(
    rf"[ \t>*#_|•+-]*(?:(?:Theo{GAP}đó|Đồng{GAP}thời),{GAP})?"
    rf"(?:(?:Thủ{GAP}trưởng|Giám{GAP}đốc|Chủ{GAP}tịch{GAP}(?:UBND|Ủy{GAP}ban{GAP}nhân{GAP}dân)|UBND|Ủy{GAP}ban{GAP}nhân{GAP}dân){GAP})?"
    rf"các{GAP}(?:{_alternation(ADDRESSEE_BODIES)})(?![^\W_])",
    re.IGNORECASE,
)
# Single words that may stand between the opening and the cue (with CUE_FILLER_WORDS)
ADDRESSEE_WORD_SET = frozenset(
    word for phrase in [*ADDRESSEE_BODIES, *ADDRESSEE_WORDS] for word in phrase.split(" ")
)

DIRECTIVE = re.compile(whole_words(DIRECTIVE_VERBS))
DIRECTED_CUE = re.compile(whole_words(DIRECTED_CUES))
# The same patterns written plainly: what the fast ones must match (the tests compare them, as cues.PLAIN_PATTERNS)
PLAIN_PATTERNS: dict[str, re.Pattern[str]] = {
    "DIRECTIVE": re.compile(rf"(?<![^\W_])(?:{_alternation(DIRECTIVE_VERBS)})(?![^\W_])", re.IGNORECASE),
    "DIRECTED_CUE": re.compile(rf"(?<![^\W_])(?:{_alternation(DIRECTED_CUES)})(?![^\W_])", re.IGNORECASE),
}
# A DIRECTIVE_COMPOUNDS word at a directive verb's start; its second word in lower case ("giao Ban Chỉ huy …" assigns)
DIRECTIVE_COMPOUND = re.compile(
    "|".join(
        rf"(?i:{re.escape(first)}){GAP}{re.escape(rest)}(?![^\W_])"
        for first, rest in (phrase.split(" ", 1) for phrase in DIRECTIVE_COMPOUNDS)
    )
)
# A DIRECTIVE_VERBS word used as a noun: one of DIRECTIVE_NOUN_HEADS right before it
DIRECTIVE_NOUN = re.compile(rf"(?:{_alternation(DIRECTIVE_NOUN_HEADS)}){GAP}\Z", re.IGNORECASE)

# A plan or programme the addressees are to draft, unnumbered, right before the cue ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng
# các sở …:⏎1. Xây dựng chương trình, kế hoạch triển khai các nội dung chỉ đạo … tại Công điện số …"): the means of carrying
# the cited document out, handed down with it, not another document whose description the cue belongs to (a numbered
# or issued plan is: "Ban hành Kế hoạch thực hiện Nghị quyết …" names a document of its own).
DRAFTED_MEANS: dict[str, str] = {
    "chương trình": "'xây dựng chương trình … triển khai …'",
    "kế hoạch": "'xây dựng kế hoạch triển khai …'",
    "phương án": "'xây dựng phương án thực hiện …'",
}
DRAFTED = re.compile(
    rf"(?<![^\W_])xây{GAP}dựng{GAP}(?:(?:{new_tone(_alternation(DRAFTED_MEANS))})(?:,|{GAP}và)?{GAP}){{1,3}}\Z",
    re.IGNORECASE,
)  # in the working copy's tone placement ("họach": vocabulary.TONES)

# A document's noun before a directive verb that its addressees follow is the letter asking them, not a directive
# received: "Sở Công Thương vừa có văn bản đề nghị UBND các huyện, thị xã, thành phố triển khai thực hiện Quyết định số …"
# (heldout22 h22-01), as "… đề nghị các sở, ngành … tiếp tục triển khai thực hiện nghiêm Chỉ thị số 02/2020" (heldout18
# h18-19) is read ("văn bản chỉ đạo của tỉnh", "công văn đề nghị của Sở" stay nouns: no addressees after the verb).
_DOCUMENT_ASKING = re.compile(rf"(?:văn{GAP}bản|công{GAP}văn){GAP}\Z", re.IGNORECASE)
# How far before a directive verb its noun head (DIRECTIVE_NOUN) is looked for: "công tác lãnh đạo, "
NOUN_REACH = 20


def directed(w: str, clause_start: int, cue_start: int) -> bool:
    """Whether a directive verb (:data:`.cues.DIRECTIVE_VERBS`) in the clause hands the cue at
    *cue_start* to its addressees: nothing but addressees and modal words between the two."""
    verb = None
    lo = max(clause_start, cue_start - CUE_REACH)
    for found in DIRECTIVE.finditer(w, lo, cue_start):
        if DIRECTIVE_COMPOUND.match(w, found.start()) is not None:
            continue  # "Hội nghị giao ban": a briefing, no "giao"
        if DIRECTIVE_NOUN.search(w, max(lo, found.start() - NOUN_REACH), found.start()) is None:  # "Ban Chỉ đạo": a name
            verb = found
        elif _DOCUMENT_ASKING.search(w, max(lo, found.start() - NOUN_REACH), found.start()) and ADDRESSEE.match(w, found.end(), cue_start):
            verb = found  # "vừa có văn bản đề nghị UBND các huyện … triển khai thực hiện …": a letter asking its addressees
    body = verb.end() if verb is not None else handed_down_item(w, clause_start)
    if body is None:
        return False
    between = w[body:cue_start]
    if ";" in between or ":" in between or "." in between or "(" in between or ")" in between:
        return False
    drafted = DRAFTED.search(between)  # "yêu cầu các sở xây dựng kế hoạch triển khai …": the means, no document named
    if drafted is not None:
        between = between[: drafted.start()]
    return SENTENCE_CUE_BLOCKER.search(between) is None and TYPE_START.search(between) is None


# An item of a list: "1.", "a)", "-", "+" at the start of its line, and the blanks after it
_ITEM = re.compile(r"[ \t>*#_|]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])[ \t]*")
# The first item right under its introduction may have no mark (a copy dropped it): the line itself
_NO_MARK = re.compile(r"[ \t>*#_|]*")
# A list's introduction that hands its items down: a directive verb and ":" ending a line ("Phó Thủ tướng … yêu
# cầu:", "UBND tỉnh đề nghị các đơn vị như sau:", "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành và Chủ tịch
# UBND các huyện tập trung thực hiện tốt một số nhiệm vụ sau:"), or the addressees alone before the colon, as a letter
# lists them ("UBND huyện yêu cầu Thủ trưởng các cơ quan, ban ngành, Chủ tịch UBND các xã, thị trấn:"; words only, so a
# sentence or a number between the verb and the colon is no introduction); the addressees' names may hold a dash ("đề nghị UBND các
# Tỉnh - Thành phố …", "giao Sở Văn hóa - Thể thao …": a name joins two domains with it)
_TASKS = r"(?:nhiệm[ \t]+vụ|nội[ \t]+dung|việc|giải[ \t]+pháp|biện[ \t]+pháp)(?:[ \t]+(?:chủ[ \t]+yếu|trọng[ \t]+tâm|cụ[ \t]+thể))?"
_DIRECTIVE_INTRO = re.compile(
    rf"{NOT_BEFORE}(?:{DIRECTIVE.pattern})(?:(?:[ \t]+(?:[^\W\d_]+,?|-)){{0,30}}?(?:[ \t]+(?:như[ \t]+sau|{_TASKS}[ \t]+sau(?:[ \t]+đây)?))?)?"
    rf"[ \t]*:[ \t]*\Z",
    re.IGNORECASE,
)
# How far back an item's introduction is looked for (the items before it in between)
INTRO_REACH = 2000


def handed_down_item(w: str, clause_start: int) -> int | None:
    """Where the text of the list item at *clause_start* begins, when the item is one of a list a directive verb
    introduces ("Phó Thủ tướng yêu cầu:⏎1. Các Bộ … tiếp tục tăng cường thực hiện … Công điện số …": each item is
    handed down like a clause of its own verb); else None.  Only items stand between the introduction and it."""
    line_start = w.rfind("\n", 0, clause_start) + 1
    item = _ITEM.match(w, line_start)  # the clause starts after the item's mark or at it
    colon = last_colon(w, max(0, clause_start - INTRO_REACH), line_start)
    earlier = w[colon + 1 : line_start].lstrip() if colon >= 0 else ""
    if item is None and not earlier and colon >= 0 and not w[line_start:clause_start].strip():
        item = _NO_MARK.match(w, line_start)  # the first item right under the introduction, written without a mark
    if item is None or (item.end() < clause_start and w[item.end() : clause_start].strip()):
        return None  # no item, or a clause inside the item's sentence
    if colon < 0 or (earlier and _ITEM.match(earlier) is None):
        return None  # the introduction, or the items before this one right after it
    intro_line = w.rfind("\n", 0, colon) + 1
    if _DIRECTIVE_INTRO.search(w, intro_line, colon + 1) is None:
        return None
    return max(item.end(), clause_start)


def addressed(w: str, clause_start: int, cue_start: int) -> bool:
    """Whether the clause at *clause_start* opens with its addressees as the subject of the cue at *cue_start*
    (:data:`ADDRESSEE`): "Các sở, ban, ngành, UBND các huyện … triển khai thực hiện …".  Between the opening and the cue
    only bodies, names in capitals (a lower-case word right after one is part of the name), their remit and fillers."""
    opening = ADDRESSEE.match(w, clause_start, cue_start)
    if opening is None:
        return False
    between = w[opening.end() : cue_start]
    if ":" in between or "." in between or "(" in between or ")" in between or TYPE_START.search(between) is not None:
        return False
    after_capital = False
    for token in between.replace(",", " ").replace(";", " ").split():
        if token[0].isupper():
            after_capital = True
        elif token in ADDRESSEE_WORD_SET or token in CUE_FILLER_WORDS or (after_capital and token.isalpha()):
            after_capital = False
        else:
            return False
    return True


# "chỉ đạo" right before a cue, its fillers between, is a verb: the addressees directing the carrying out ("UBND tỉnh yêu
# cầu các sở … quán triệt, tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các giải pháp …", "tiếp tục chỉ đạo triển khai
# …"), not the direction another body gave ("theo chỉ đạo của …", "ý kiến chỉ đạo tại …"), which SENTENCE_CUE_BLOCKERS
# names: a directive verb before it (:func:`directed`) hands the cue down through it.
# "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong Chỉ thị số 25-CT/TW …" (heldout22 h22-40, under "yêu
# cầu … thực hiện tốt một số nội dung:"): "tổ chức" (organising it) between them too.
_DIRECTING_CUE = re.compile(rf"chỉ{GAP}đạo{GAP}(?:(?:{_alternation(CUE_FILLERS)}|tổ{GAP}chức){GAP})*\Z", re.IGNORECASE)


# Blockers that are directive verbs: followed right away by their addressees (:data:`ADDRESSEE`: "đề nghị các xã", "chỉ
# đạo UBND các huyện") they ask or direct, as "yêu cầu" does, not a request or direction received ("theo đề nghị của …",
# "Tờ trình đề nghị UBND tỉnh …": no "các" and a body's kind after the verb)
_ASKING_BLOCKERS = frozenset(["đề nghị", "chỉ đạo"])


def blocked(w: str, part_start: int, cue_start: int) -> bool:
    """Whether a blocker (:data:`.cues.SENTENCE_CUE_BLOCKERS`) stands between *part_start* and the cue at *cue_start*,
    but for "chỉ đạo" directing the cue right before it when a directive verb hands the cue down (see above), and for a
    blocker that is the directive verb before its addressees (:data:`_ASKING_BLOCKERS`)."""
    for found in SENTENCE_CUE_BLOCKER.finditer(w, part_start, cue_start):
        word = found.group(0).casefold()
        if word == "chỉ đạo" and _DIRECTING_CUE.match(w, found.start(), cue_start) is not None and directed(w, part_start, cue_start):
            continue
        if word in _ASKING_BLOCKERS and ADDRESSEE.match(w, found.end(), cue_start) is not None and directed(w, part_start, cue_start):
            continue  # "UBND huyện đề nghị các xã triển khai thực hiện Kế hoạch số …": the verb asking its addressees
        return True
    return False
