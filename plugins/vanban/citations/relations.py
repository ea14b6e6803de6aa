"""Relations: whether each top-level core implements (nesting is in :mod:`.nesting`, merging in :mod:`.merging`).
"""

from __future__ import annotations

import bisect
import re

from .according import according_to, shared_according
from .aftermath import carried_out_on_issue
from .amendments import PROPOSAL_TYPES, amended, named_basis, proposed, replaced_by_own
from .chrome import blank_source_tags
from .clauses import disjoint_regions, find_regions, in_any, line_starts
from .cue_objects import (
    ANAPHORIC_OBJECT,
    ARTICLE_OBJECT,
    LISTED_DOCUMENTS,
    QUOTED_THEN,
    RESPONSE_OBJECT,
    REVIEW_OBJECT,
    REVIEWED,
)
from .cues import (
    CONTINUING,
    CUE_FILLER_WORDS,
    CUE_REACH,
    GOVERNING,
    IN_SENTENCE_CUE,
    NAME_WORDS,
    PERSON_OPENER,
    SENTENCE_CUE_BLOCKER,
    STUDY_DONE,
    STUDY_FILLERS,
    STUDY_OPENER,
    STUDY_REACH,
    SUBJECT_FILLER_WORDS,
)
from .directives import DIRECTED_CUE, DRAFTED, addressed, blocked, directed
from .dissemination import OBJECT_ABOUT, TASK_NOUN, duty_heads, in_content_section
from .duty_parts import duty_part
from .held_duties import complied_with
from .lists import at_meeting, listed_by_main_clause, reported_item
from .lookback import looks_back_on_carrying_out
from .model import Core, Page
from .news import ISSUED, ISSUED_REACH
from .ownscope import own_scope
from .ownvoice import carried_out_by_issuer
from .ownwork import ISSUED_LIST, QUANTIFIER_WORDS, own_work, tallied
from .pointback import points_back_carrying_out
from .preamble import PREAMBLE_PROPOSALS
from .purposes import purpose_start, purposed
from .steered import steers_carrying_out
from .vocabulary import TYPE_START

# A page whose relations nothing about the page as a whole changes (front matter gives its number)
WHOLE = Page()


def relate(w: str, cores: list[Core], decided: set[int], page: Page = WHOLE) -> None:
    """Every core's line, and whether each top-level core of a group not in *decided* implements.

    *page*: a page that reports a meeting (:data:`.news.EVENT_MARKS`) narrates: a cue inside a sentence
    governs nothing, not even one a directive verb hands down (a leader's request there is what was said
    at the meeting); any page reports what a body issued
    (:data:`.news.ISSUED`) and does not carry it out.

    A group implements when one of its cores does, so the cores of a group a title core already
    makes implement (*decided*), of no group, nested or in an alias need no clause: the lines
    after the last core that does are not read, nor the sentences of lines that hold none.  Nor is
    the clause of a core whose group an earlier core has shown to implement (a cited document is
    named again and again), unless a list's later items take their answer from it.
    """
    parts = w.split("\n")
    lines = line_starts(parts)
    needy: list[Core] = []
    heads: set[int] = set()  # the first items of the lists a needy core is in: read before it
    for core in cores:
        core.line = bisect.bisect_right(lines, core.start)
        if not core.alias and core.parent is None and core.group >= 0 and core.group not in decided:
            needy.append(core)
            if core.list_head is not None:
                heads.add(id(core.list_head))
    if not needy:
        return
    # a news paragraph's source tag ("(Báo Nghệ An) - Thực hiện Kế hoạch số …", "TPO - …") is no word of its first
    # clause: blanked (same length), the clause opens with its own words, its cue at its head
    untagged = blank_source_tags(w)
    if untagged != w:
        w, parts = untagged, untagged.split("\n")
    if heads:
        wanted = heads | set(map(id, needy))
        needy = [core for core in cores if id(core) in wanted]
    starts = [c.start for c in cores]
    core_starts = set(starts)
    governs = Governance(w, starts, page.meeting, not page.own)
    implementing = set(decided)
    proposed: set[int] = set()
    # First the first core of each group (and the lists' heads): when it implements, the group's
    # later cores are not read, nor the lines only they would need (find_regions stops at its last
    # target).  Then, in a second reading, the later cores of the groups still undecided.
    first: list[Core] = []
    later: list[Core] = []
    seen: set[int] = set()
    for core in needy:
        if core.group in seen and not (heads and id(core) in heads):
            later.append(core)
        else:
            seen.add(core.group)
            first.append(core)
    for batch in (first, later):
        if batch is later:
            # a group first named as a proposal stays one (extractor.group_relation)
            batch = [core for core in later if core.group not in implementing and core.group not in proposed]
            if not batch:
                break
        clause_pos, cancu, titles = find_regions(w, lines, parts, core_starts, [c.start for c in batch])
        if page.title[1]:
            titles = disjoint_regions([*titles, page.title])
        for core in batch:
            if core.group in implementing and not (heads and id(core) in heads):
                continue
            relate_core(w, core, clause_pos, cancu, titles, governs, page)
            if core.implements:
                implementing.add(core.group)
            elif core.proposal and batch is first:
                proposed.add(core.group)


def relate_core(
    w: str,
    core: Core,
    clause_pos: list[int],
    cancu: list[tuple[int, int]],
    titles: list[tuple[int, int]],
    governs: Governance,
    page: Page = WHOLE,
) -> None:
    """Whether the top-level *core* implements: in a title, under a basis heading, or in a clause
    a cue governs (:mod:`.cues`); never when it is a proposal, nor after "theo …" but in a purpose
    clause or right after a cue (:func:`according_to`), nor when a body is said to have issued it
    (:data:`.news.ISSUED`)."""
    head = core.list_head
    # "… sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …":
    # the list after an amending verb names the amended documents, every item of it, but a law the bases
    # named before ("Căn cứ Luật Đất đai ngày …; Luật Sửa đổi, bổ sung … của Luật Đất đai số 31/2024/QH15")
    core.amending_list = (head is not None and head.amending_list) or amended(w, core, clause_pos, cancu)
    core.amended = core.amending_list and not named_basis(w, core)
    core.replaced = core.amended and page.own and replaced_by_own(w, core)  # "Quyết định này … thay thế Quyết định số …"
    if not core.amended and carried_out_on_issue(w, core.start, core.end):
        core.implements = True  # "Ngay sau khi Bộ Chính trị ban hành Chỉ thị 05 …, Hội … đã quán triệt và triển khai"
        return
    if (
        (core.type_name or core.inferred_type) in PROPOSAL_TYPES
        or core.amended
        or ISSUED.search(w, max(0, core.start - ISSUED_REACH), core.start) is not None
        or REVIEWED.search(w, max(0, core.start - REVIEW_REACH), core.start) is not None
    ):
        core.implements = False
        return
    if proposed(w, core):
        core.proposal = True
        core.implements = False
        return
    if titles and in_any(titles, core.start):
        core.in_title = True
        core.implements = True
        return
    j = bisect.bisect_right(clause_pos, core.start) - 1
    clause_start = clause_pos[j] if j >= 0 else 0
    if cancu and in_any(cancu, core.start):
        core.proposal = j >= 0 and PREAMBLE_PROPOSALS.match(w, clause_start) is not None
        core.implements = core.in_basis = not core.proposal
    else:
        following = according_to(w, clause_start, core.start)
        if following is None and (shared := shared_according(w, core.start)) is not None:
            # "…; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số …": read as the item whose "theo" it shares
            k = bisect.bisect_right(clause_pos, shared) - 1
            clause_start = clause_pos[k] if k >= 0 else 0
            following = according_to(w, clause_start, shared)
            j = k
        if following is None and head is not None and head.according:
            core.according = True  # the rest of a list after "theo": as its first item
            core.implements = head.implements
            return
        if following is not None:
            core.according = True
            core.implements = following in {"purpose", "told"} or (following == "cue" and j >= 0 and governs(clause_start))
            return
        core.implements = j >= 0 and governs(clause_start) and not noted_in_brackets(w, clause_start, core.start)
        core.implements = core.implements or (not page.meeting and own_work(w, clause_start, core.start, core.end))
        core.implements = core.implements or own_scope(w, core.start)  # "Nghị định này quy định chi tiết … Luật …"
        # "1. Nội dung tuyên truyền:⏎- Hướng dẫn số 164-HD/BTGTU …": the text's own content to disseminate (rule A)
        core.implements = core.implements or (not page.meeting and in_content_section(w, core.start))
        # "… về triển khai thực hiện Chỉ thị số 28-CT/TW" on the plan's own text: what its issuer carries out
        core.implements = core.implements or (page.full_text and carried_out_by_issuer(w, clause_start, core.start))
        # "Đây cũng là hoạt động thiết thực của Hội triển khai Quyết định …": the reported event carries it out
        core.implements = core.implements or points_back_carrying_out(w, clause_start, core.start)
        # "Sau 5 năm thực hiện Chỉ thị số 05 …, Đảng bộ … đã …": a body's look back, on a meeting's page too
        core.implements = core.implements or looks_back_on_carrying_out(w, clause_start, core.start)
        # "Đảng ủy phường … thường xuyên chỉ đạo các chi bộ thực hiện nghiêm túc Nghị quyết …": its own carrying out
        core.implements = core.implements or steers_carrying_out(w, clause_start, core.start)
        # "…; tăng cường tổ chức tuyên truyền, phổ biến … nội dung Nghị định số …": a duty heading a part (rule A)
        core.implements = core.implements or (not page.meeting and duty_part(w, clause_start, core.start))
        # "1. Chấp hành nghiêm chỉnh chỉ đạo của Ủy ban nhân dân huyện tại Công văn số …": a compliance duty (held_duties)
        core.implements = core.implements or (not page.meeting and complied_with(w, clause_start, core.start))
    # the next item of a list whose first item implements
    core.implements = core.implements or (head is not None and head.implements)


# REVIEWED is looked for this far before a citation
REVIEW_REACH = 90
class Governance:
    """Whether the clause starting at a position is governed by a cue (:func:`clause_governs`), each
    clause decided once: the cores of a clause share its answer."""

    def __init__(self, w: str, starts: list[int], narrative: bool = False, news: bool = False) -> None:
        self.w, self.starts, self.narrative = w, starts, narrative  # starts: every core's start, sorted
        self.news = news  # a page with no own number
        self.known: dict[int, bool] = {}

    def __call__(self, clause_start: int) -> bool:
        known = self.known.get(clause_start)
        if known is None:
            narrative = self.narrative or (self.news and person_subject(self.w, clause_start))
            known = self.known[clause_start] = clause_governs(
                self.w, clause_start, self.starts, narrative, self.news, self.narrative
            )
        return known


def person_subject(w: str, clause_start: int) -> bool:
    """Whether the clause at *clause_start* opens with a person ("Đồng chí Lê Thị N., Bí thư Huyện ủy triển
    khai Chỉ thị số 35 …"): on a page with no own number, what a person did with a document is reported."""
    m = PERSON_OPENER.match(w, clause_start)
    return m is not None and w[m.end() : m.end() + 1].isupper()


def clause_governs(
    w: str, clause_start: int, starts: list[int], narrative: bool = False, news: bool = False, meeting: bool = False
) -> bool:
    """Whether a cue governs the clause starting at *clause_start*: at its head, or inside it before
    its first citation and not within a description (:data:`.cues.SENTENCE_CUE_BLOCKERS`).
    *starts* are the cores' starts, sorted; the cue is looked for in a bounded window only.  In a
    *narrative* clause (a meeting reported, or a person's act on a page with no own number) a cue after a
    subject is narration: only a directive verb hands it down, and on a page that reports a *meeting* not
    even that: "Phó Thống đốc đề nghị CIC … thực hiện Thông tư 15/2023/TT-NHNN" in a speech, "Thủ tướng
    yêu cầu thực hiện nghiêm Công điện số 280/CĐ-TTg" at a cabinet meeting are what was said there, as
    "Tại hội nghị, … triển khai Chỉ thị số …" is (:data:`.news.EVENT_MARKS`; the README's meeting rule).  A basis cue whose clause goes on to "thì" quotes a rule (:data:`.cue_objects.QUOTED_THEN`), and on a
    *news* page (no own number) one whose object is an article (:data:`.cue_objects.ARTICLE_OBJECT`): it governs nothing."""
    head = GOVERNING.match(w, clause_start)
    if head is not None:
        if news and head.group(0)[:3].casefold() == "căn" and ARTICLE_OBJECT.match(w, head.end()) is not None:
            return False  # "Căn cứ Điều 1 Nghị quyết 126/NQ-CP, Chính phủ đã …": an answer quoting a rule
        if head.group(0)[:3].casefold() == "căn" and answers_question(w, clause_start):
            return False  # "Cách thức ghi số thẻ cử tri …?⏎Căn cứ vào Nghị quyết số …, …": an answer quoting a rule
        if narrative and (reported_item(w, clause_start) or listed_by_main_clause(w, head.end(), starts)):
            return False  # "Tại Hội nghị, Đảng ủy đã triển khai các văn bản: …; Triển khai Chỉ thị số …": reported
        if meeting and at_meeting(w, clause_start):
            return False  # "Tại Hội nghị, các đại biểu được nghe …. Triển khai Chỉ thị số …": the agenda told
        # "Trên cơ sở tổng kết … thực hiện Nghị quyết …": the basis is the review (REVIEW_OBJECT), no document
        return (
            ANAPHORIC_OBJECT.match(w, head.end()) is None
            and REVIEW_OBJECT.match(w, head.end()) is None
            and not quoted_rule(w, head)
        )
    if not narrative and duty_heads(w, clause_start):
        return True  # "a) Tiếp tục tăng cường công tác tuyên truyền, phổ biến … Nghị định số …": a duty (README rule A)
    k = bisect.bisect_left(starts, clause_start)
    if k >= len(starts):
        return False
    first = starts[k]  # the clause's first citation
    if studied_then_done(w, clause_start, first):
        return True
    listed = LISTED_DOCUMENTS.search(w, max(clause_start, first - CUE_REACH), first)
    if listed is not None:
        if ISSUED_LIST.search(w, max(clause_start, listed.start() - ISSUED_REACH), listed.start()) is not None:
            return False  # "Chính phủ đã cụ thể hóa ban hành nhiều văn bản … như: Quyết định …": the documents it issued
        first = listed.start()  # "thực hiện … các văn bản … về thực hiện … như: Thông báo số …": the verb before the plural
    cue = last_cue(w, max(clause_start, first - CUE_REACH), first)
    handed = None  # a cue only a directive verb hands down (DIRECTED_CUES), after the last other cue
    for handed in DIRECTED_CUE.finditer(w, max(clause_start, first - CUE_REACH, cue.end() if cue else 0), first):  # noqa: B007
        pass
    if handed is not None and cue is not None and TASK_NOUN.search(w, cue.end(), handed.start()) is not None:
        handed = None  # "triển khai có hiệu quả nhiệm vụ phổ biến, … tại Nghị quyết số …": the cue's object
    if handed is not None:
        about = OBJECT_ABOUT.match(w, handed.end())  # "tuyên truyền về Chỉ thị số …": "về" brings the object
        after = about.end() if about is not None else handed.end()
        return not meeting and directed(w, clause_start, handed.start()) and SENTENCE_CUE_BLOCKER.search(w, after, first) is None
    if cue is None or quoted_rule(w, cue):
        return False
    cue_start = cue.start()
    if not narrative and addressed(w, clause_start, cue_start):
        return True  # "Các sở, ban, ngành … triển khai thực hiện …": handed down to the subject
    part = max(w.rfind(",", clause_start, cue_start), w.rfind(";", clause_start, cue_start),
               w.rfind(":", clause_start, cue_start))  # -1 when none
    part_start = max(part + 1, clause_start)
    if not narrative:
        part_start = purpose_start(w, part_start, cue_start, news)
    # the word tests first: they are cheaper than the two searches and mostly settle it
    if not (
        (not narrative and (reporting_part(w[part_start:cue_start]) or CONTINUING.search(w, part_start, cue_start)))
        or (not meeting and directed(w, clause_start, cue_start))
        or purposed(w, part_start, cue_start)
    ):
        return False
    if blocked(w, part_start, cue_start) or tallied(w, clause_start, cue_start):
        return False  # a description's cue, or others' progress tallied ("63 đảng bộ trực thuộc đã …")
    # "Ban hành Kế hoạch thực hiện Nghị quyết…": the cue describes that plan, unless a directive asks for it (DRAFTED)
    if TYPE_START.search(w, part_start, cue_start) is None:
        return True
    drafted = DRAFTED.search(w, max(clause_start, cue_start - CUE_REACH), cue_start)
    return drafted is not None and TYPE_START.search(w, part_start, drafted.start()) is None and directed(w, clause_start, cue_start)


def answers_question(w: str, clause_start: int) -> bool:
    """Whether the clause at *clause_start* heads its line and the line before it (blank lines skipped) ends with "?":
    a Q&A page's question ("Cách thức ghi số thẻ cử tri theo danh sách cử tri?"), so a basis cue after it is the
    answer quoting the rule it rests on, not a basis the page carries out (a decision's "Căn cứ" follows no question)."""
    line_start = w.rfind("\n", 0, clause_start) + 1
    if w[line_start:clause_start].strip(" \t*#>_-"):
        return False
    i = line_start - 1
    while i >= 0 and w[i] in " \t\r\n":
        i -= 1
    return i >= 0 and w[i] == "?"


def studied_then_done(w: str, clause_start: int, first: int) -> bool:
    """Whether the clause opens with "Quán triệt" and fillers only before its first document at *first*, and goes on
    to a body's action after a comma (:data:`.cues.STUDY_OPENER`): "Quán triệt … Nghị quyết số …, các địa phương đã …"."""
    study = STUDY_OPENER.match(w, clause_start)
    if study is None or not all(word.casefold() in STUDY_FILLERS for word in w[study.end() : first].split()):
        return False
    end = min(len(w), first + STUDY_REACH)
    for stop in (w.find(";", first, end), w.find(".", first, end), w.find("\n\n", first, end)):  # a wrap goes on
        if stop >= 0:
            end = min(end, stop)
    return STUDY_DONE.search(w, first, end) is not None


# "(", perhaps a short abbreviation ("TT", "NĐ") and "số", right before a citation
_OPEN_NOTE = re.compile(r"\([ \t]*(?:[^\W\d_]{1,6}[ \t]+)?(?:số[ \t]*)?\Z", re.IGNORECASE)
# How far back a bracketed note's cue is looked for
NOTE_REACH = 200


def last_cue(w: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last in-sentence cue between *lo* and *hi*; a "hưởng ứng" with no document right after it ("hưởng ứng Tuần
    lễ Quốc gia …") is none (:data:`.cue_objects.RESPONSE_OBJECT`)."""
    cue = None
    for found in IN_SENTENCE_CUE.finditer(w, lo, hi):
        if found.group(0)[:1] not in "hH" or RESPONSE_OBJECT.match(w, found.start()) is not None:
            cue = found
    return cue


def noted_in_brackets(w: str, clause_start: int, start: int) -> bool:
    """Whether the citation at *start* is a note in brackets after a cue whose object is something else: "cung
    cấp, thực hiện các dịch vụ … cho nhân dân (TT 33/2015/TT-BYT …)" names where a rule is, not what the text
    carries out.  A cue at the clause's head, or a type word between the cue and the bracket ("Thực hiện Kế
    hoạch (số 12/KH-UBND)"), keeps the citation its object."""
    lo = max(clause_start, start - NOTE_REACH)
    note = _OPEN_NOTE.search(w, lo, start)
    if note is None or GOVERNING.match(w, clause_start) is not None:
        return False
    cue = last_cue(w, lo, note.start())
    if cue is None:
        return False
    between = w[cue.end() : note.start()]
    return bool(between.split()) and TYPE_START.search(between) is None


# How far after a clause cue "thì" is looked for (QUOTED_THEN), within the clause
QUOTED_REACH = 400


def quoted_rule(w: str, cue: re.Match[str]) -> bool:
    """Whether the basis *cue* ("căn cứ") goes on to "thì" before its clause's ";" or line end: "Căn cứ theo
    Quyết định … thì …" quotes a rule as a condition (:data:`.cue_objects.QUOTED_THEN`)."""
    if not cue.group(0).casefold().startswith("căn"):
        return False
    cue_end = cue.end()
    end = min(len(w), cue_end + QUOTED_REACH)
    for stop in (w.find(";", cue_end, end), w.find("\n", cue_end, end)):
        if stop >= 0:
            end = stop
    return QUOTED_THEN.search(w, cue_end, end) is not None


_BODY_BACK = frozenset(["xã", "phường", "huyện", "tỉnh", "trường"])  # a level named back, lower case


def reporting_part(words: str) -> bool:
    """Whether the words before an in-sentence cue are a subject, fillers and cues only
    (:data:`.cues.CUE_FILLERS`; after a capitalised word :data:`.cues.SUBJECT_CUE_FILLERS` too): a lower-case word right
    after a capitalised one is part of a name, and so is a run of body and level words after one
    (:data:`.cues.NAME_WORDS`: "Đảng bộ xã Bình Xa", "Ủy ban nhân dân tỉnh"; not the verb "ban hành")."""
    after_capital = False  # the last word was capitalised or a name word: the next lower-case word is in the name
    subject = False  # a capitalised word came before
    tokens = [token.strip("\"“”'()") for token in words.split()]
    # the last capitalised word: lower-case words between two capitalised ones are in a name ("Hệ thống Thi hành án dân
    # sự (THADS)", "Ban Chỉ đạo phòng, chống dịch Covid-19")
    last_capital = max((k for k, token in enumerate(tokens) if token[:1].isupper()), default=-1)
    for k, token in enumerate(tokens):
        if not token:
            continue
        folded = token.casefold()
        if token[0].isupper() or (
            after_capital and folded in NAME_WORDS and not (folded == "ban" and tokens[k + 1 : k + 2] == ["hành"])
        ):
            after_capital = subject = True
        elif not subject and k == 0 and folded in _BODY_BACK and tokens[k + 1 : k + 2] in (["đã"], ["đang"], ["vừa"]):
            after_capital = subject = True  # "xã đã thực hiện …": the body the page is about, named back (rule B)
        elif not subject and folded in QUANTIFIER_WORDS:
            after_capital = True  # "toàn Hệ thống THADS đã thực hiện …", "toàn tỉnh đã triển khai …": the name follows
        elif (
            folded in CUE_FILLER_WORDS
            or token.isdecimal()
            or (after_capital and token.isalpha())
            or (subject and folded in SUBJECT_FILLER_WORDS)
            or (subject and k < last_capital and token.isalpha())
        ):
            after_capital = False
        else:
            return False
    return True
