"""Reading one clause: the units it names and the duty it lays on them (shared by both drivers).

A clause is a sentence cut at ";". :func:`assigned` finds the units after "giao / đề nghị / yêu cầu …"
or at the clause's start, :func:`.lists.split_units` gives one name per body in a list, :func:`listed` the
units a clause only lists before the duty that follows. The drivers that walk a body's blocks and
clauses are :mod:`.sentences` (fast) and :mod:`.reference` (plain); both call these functions, so a
difference between them can only come from the walk. Patterns live in :mod:`.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import Block

from . import calendars as cal
from . import patterns as p
from . import vocabulary as v
from .headlines import OPENING as OPENING  # re-exported: both readers open a body so
from .headlines import headline as headline
from .headlines import signer as signer
from .headlines import standing as standing
from .headlines import tag as tag
from .letters import asks, sent_to, submits
from .lists import split_units
from .scan import LEAD_IN_ENDS as LEAD_IN_ENDS  # re-exported: moved to .scan (cheap tests), read here
from .scan import LEAD_IN_WORD as LEAD_IN_WORD
from .scan import SHARED_NOUN_ENDS as SHARED_NOUN_ENDS
from .scan import first_verb, fronted, verbs
from .scan import leads_in as leads_in  # re-exported: the tests read them here
from .scan import sends as sends
from .scan import shared_colon as shared_colon
from .subjects import MAX_LIST as MAX_LIST
from .subjects import MAX_NAME as MAX_NAME
from .subjects import MAX_UNITS as MAX_UNITS
from .subjects import duty_start as duty_start
from .subjects import long_list_end as long_list_end
from .subjects import may_hold_duty as may_hold_duty
from .subjects import only_units as only_units
from .subjects import units_at as units_at


@dataclass(frozen=True)
class Stated:
    """Units one clause lays a duty on, with the deadlines written in it (or lent to it)."""

    heads: tuple[str, ...]
    text: str
    line: int
    deadlines: tuple[Deadline, ...]


def writer(block: Block) -> str | None:
    """The key of the body a headline opens with ("Huyện ủy Thanh Hà chọn 2 đảng bộ …"): the news is its
    doing, so it is the writer of the orders the text reports, not a holder of them."""
    found = units_at(p.retone(block.text))
    return p.unit_key(found[0]) if found else None


def _is_writer(units: str, key: str | None) -> bool:
    """Whether *units* name the headline's body, whole or shortened ("Huyện ủy" for "Huyện ủy Thanh Hà"), or its standing
    organ ("Ban Thường vụ Thành ủy" under "Thành ủy Hà Nội yêu cầu …": twenty-fourth session, heldout5 r41)."""
    if key is None:
        return False
    own, key = v.ORGAN.sub("", p.unit_key(units)), v.ORGAN.sub("", key)
    return own == key or key.startswith(own + " ")


def assigned(clause: str, starts: bool = True, writer: str | None = None) -> tuple[str, str] | None:
    """(units, duty) of a clause: after "giao/đề nghị/yêu cầu …" (:func:`after_order`), else at its start (when it *starts*
    a clause: not a line that carries on the sentence of the line before; :func:`at_start`); *writer*: the key of the body
    the headline opens with (:func:`writer`)."""
    return after_order(clause, starts, writer) or at_start(clause, starts, writer)


def after_order(clause: str, starts: bool = True, writer: str | None = None) -> tuple[str, str] | None:
    """(units, duty) of a clause that names its units after an order's verb ("giao/đề nghị/yêu cầu A …"), or a subject told
    to direct ("UBND các huyện chỉ đạo các xã …"); None when no verb there names them (:func:`assigned`)."""
    told = -1  # the end of a reported "chỉ đạo": "UBND xã đã chỉ đạo giao công an xã …" is one reported act
    for m in verbs(clause):
        if m.start() <= told:
            continue
        if m.start() and m.group()[:1] in "đĐ" and m.group()[1:2] in "ốỐ":
            continue  # "Đối với A, …" opens a clause; "áp dụng đối với cơ quan …" names a scope, not a duty
        if m.start() > 3 and "sẽ" in clause[max(0, m.start() - 16):m.start()] and v.PLANNED_ORDER.search(
                clause, max(0, m.start() - 16), m.start()):
            continue  # "… sẽ chỉ đạo các bộ phận chuyên môn rà soát …": an order planned, not given
        if m.group()[:1] in "cC" and v.ADVICE.search(clause, 0, m.start()):
            continue  # "… tham mưu cho Chủ tịch UBND tỉnh chỉ đạo UBND cấp huyện …": advice, the bodies are no holders
        if m.group()[:1] in "cC" and starts:
            subject = units_at(clause)
            # "UBND các huyện chỉ đạo các xã …": directing is the subject's duty, unless the subject is the
            # headline's body ("Huyện ủy chỉ đạo các đơn vị trên chỉnh sửa …" under "Huyện ủy Thanh Hà chọn …"):
            # then it writes the orders, and the units after the verb hold them
            if subject and not _is_writer(subject[0], writer):
                return subject
            if subject is None and _reported(clause, m.start()) and not v.BY_DOCUMENT.search(clause, 0, m.start()):
                told = m.end() + 1
                continue  # "MTTQ phường đã chủ động …, chỉ đạo các tổ chức chính trị-xã hội triển khai …": done, reported
                # (not "UBND tỉnh đã có công văn chỉ đạo A …": the letter's order, A's task)
        found = units_at(clause[m.end():], after_verb=True, asked=asks(m.group())) or _leaders(clause, m)
        if found is None and (time := p.VERB_TIME.match(clause, m.end())) is not None:
            found = units_at(clause[time.end():], after_verb=True)  # "đề nghị thời gian tới các cấp Hội …"
        if found is None and m.start() and "gửi" in clause:
            found = sent_to(clause, m)  # "… có văn bản gửi Sở Tài nguyên - Môi trường yêu cầu khẩn trương …"
        if found is None and m.start() == 0 and m.group()[1:2] in "ốỐ":
            found = _scope(clause[m.end():])  # "Đối với các ban tham mưu của Tỉnh ủy, tập trung thẩm định …"
        if found and submits(m.group(), found[1]):
            continue  # "UBND xã đề nghị HĐND xã xem xét, quyết định": a submission to a superior
        if found:
            return found
    return None


def at_start(clause: str, starts: bool = True, writer: str | None = None) -> tuple[str, str] | None:
    """(units, duty) of a clause whose units open it, no order's verb before them ("UBND các xã tổ chức …", "Định kỳ …, A
    kiểm tra …", "Vì vậy A cần …"): the subject's duty (:func:`assigned`, after :func:`after_order` found none)."""
    if not starts and p.REPORT_LEAD.match(clause) is None and cal.TERM_LEAD.match(clause) is None:
        return None  # "Theo đó, …", "Thời hạn các bộ … gửi báo cáo …" after a headline still start
    lead = p.TIME_LEAD.match(clause)  # "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra …"
    if lead is not None and v.AS_PLANNED.match(clause):
        return None  # "Theo kế hoạch, Ban Thường trực … chọn …": the writer's own plan (not "Theo Kế hoạch", a document's)
    found = units_at(clause[lead.end():] if lead else clause)
    if found is None and lead is None and fronted(clause.lower()):
        found = _fronted(clause)
    if found is None and lead is None and clause[:1] in "Tt" and (term := cal.TERM_LEAD.match(clause)) is not None:
        found = units_at(clause[term.end():], after_verb=True)  # "Thời hạn các bộ, … gửi báo cáo định kỳ …"
        if found is not None and not cal.TERM_DUTY.match(found[1]):
            found = None
    if found and _is_writer(found[0], writer):
        return None  # "UBND phường tổ chức đoàn đi kiểm tra …" after "Uỷ ban nhân dân phường … đề nghị …": its own plan
    if found and v.ANNOUNCES.match(found[1]) and not v.GROUP.search(found[0]):
        return None  # "Trung tâm … thông báo các đơn vị liên quan đến nhận …", "UBND tỉnh thông báo treo cờ …": the writer's
        # notice (a group's, "UBND các xã thông báo để nhân dân biết, thực hiện …", is its duty to the public)
    return found


def _fronted(clause: str) -> tuple[str, str] | None:
    """(units, duty) of a clause that fronts a lead before units under an obligation (:data:`.patterns.FRONTED`): "Vì vậy các
    Bộ, ngành, Uỷ ban nhân dân các cấp cần …", "Khi thực hiện giải tỏa chợ cóc, chợ tạm, các sở, ngành, … cần …". Not "Trong
    những năm qua, các xã đều thành lập …" (no obligation right after the units), "Trong trường hợp …, các đơn vị phải …"
    (whichever units: those named before), "Trưởng thôn, tổ trưởng TDP, Hiệu trưởng các trường …" (no lead: the list's first
    holders), "UBND các xã cần được hỗ trợ" (a need, :data:`.patterns.OBLIGED_PASSIVE`), "Theo báo cáo, các huyện … cần …" (a
    report's description, :data:`.patterns.REPORTED_LEAD`)."""
    lead = p.FRONTED.match(clause)
    if lead is None:
        return None
    found = units_at(clause[lead.end():])
    if found is None or not p.OBLIGED.match(found[1]) or p.OBLIGED_PASSIVE.match(found[1]) or v.ANY_BODIES.fullmatch(found[0]):
        return None
    if _names(clause[:lead.end()]) or p.REPORTED_LEAD.search(clause, 0, lead.end()):
        return None
    return found


def _names(lead: str) -> bool:
    """Whether a fronted lead's pieces name holders, a body or a title ("Trưởng thôn, tổ trưởng TDP, …", "(2) Các cơ quan,
    …"): they are the list's first members, no lead."""
    return any(p.UNIT_START.match(piece.strip(" (0123456789).")) or v.HOLDER_TITLE.search(piece) for piece in lead.split(","))


def _reported(clause: str, verb: int) -> bool:
    """Whether a clause opens with a body whose doing it reports ("MTTQ phường đã …", "UBND huyện vừa …"), before the
    "chỉ đạo B" at *verb*: that tells what was directed, no order of the text's (twentieth session, heldout4 m38). Short
    leads may come first ("Theo đó, trong quý I, các chi, đảng bộ … đã tập trung lãnh đạo, chỉ đạo các cơ quan …":
    twenty-fourth session, heldout9 n12, heldout6 s07)."""
    at, subject = 0, -1  # the last body to open the clause or a lead before the verb is its subject
    for _ in range(_LEADS + 1):
        if p.UNIT_START.match(clause[at:]):
            subject = at
        comma = clause.find(", ", at, min(verb, at + _LEAD))
        if comma == -1:
            break
        at = comma + 2
    if subject == -1:
        return False
    end = duty_start(clause[subject:verb])
    return end > 0 and p.NARRATIVE.match(clause[subject + end:].lstrip(" :")) is not None


_LEADS, _LEAD = 3, 40  # how many comma-ended leads may open a reported clause, and how long each


def own_plan(clause: str, writer: str | None) -> bool:
    """Whether a clause opens with the writer's own name ("UBND phường tổ chức đoàn đi kiểm tra … vào ngày 09/10/2023"):
    its plan, whose date is lent to no one (:func:`assigned` gives it no row)."""
    if writer is None:
        return False
    found = units_at(clause)
    return found is not None and _is_writer(found[0], writer)


def orderer(clause: str) -> str | None:
    """The key of the body a clause names before its order ("Uỷ ban nhân dân phường Nam Đồng thông báo và đề nghị các tổ
    chức …", "UBND tỉnh giao Sở …"), without its head's title: the writer, whose own plans later in the text are no
    duty (:func:`assigned`). None when the clause does not open with a body."""
    if not clause[:1].isupper():
        return None  # (the cheap test first: most clauses that give an order open with it, "Giao …", "Đề nghị …")
    m = p.ASSIGN.search(clause)
    if m is None or m.start() == 0 or (m.group()[:1] in "cCđĐ" and m.group()[1:2] not in "ềỀ"):
        return None  # "chỉ đạo" is directing (:func:`assigned`), "đối với" a scope
    head = p.TITLE.sub("", clause[:m.start()].strip())
    if not p.UNIT_START.match(head) or head[:1].islower():
        return None
    end = duty_start(head)
    units = head[:end] if end > 0 else head
    return p.unit_key(units) if units and not p.ASSIGN.search(units) else None


def further(duty: str, at: int) -> list[tuple[int, str, str]]:
    """(offset, units, duty) of each further "giao/đề nghị/yêu cầu/phân công A …" inside a duty that starts at *at*
    ("… giao nhiệm vụ cho Sở Tài nguyên-Môi trường chủ trì …, UBND tỉnh giao UBND các huyện, thị xã chủ trì …",
    "A nghiêm túc thực hiện … và yêu cầu Bộ Nội vụ tổng hợp, báo cáo … trước ngày …"): a second order in the same
    clause, its own units. Not "chỉ đạo" (directing is :func:`directed`'s, and deeper in a duty it is advice:
    "tham mưu UBND tỉnh chỉ đạo các sở …") nor "đối với" (a scope)."""
    if at == -1:
        return []
    out = []
    for m in verbs(duty):
        if m.group()[:1] in "cCđĐ" and m.group()[1:2] not in "ềỀ":
            continue
        found = units_at(duty[m.end():], after_verb=True)
        if found and not submits(m.group(), found[1]):
            out.append((at + m.start(), found[0], found[1]))
    return out


def _scope(text: str) -> tuple[str, str] | None:
    """(units, duty) of "Đối với A, <duty>" or "Đối với A, <a speaker> yêu cầu/đề nghị: <duty>" (*text*: after "Đối với"),
    when A names bodies ("các sở, ban, ngành", "các ban tham mưu của Tỉnh ủy", "MTTQ Việt Nam cấp huyện"): A ends at the
    comma before its duty word or before the speaker's order (a "tham mưu" inside A is part of its name)."""
    if not p.UNIT_START.match(text):
        return None
    for comma in re.finditer(",", text[:MAX_NAME]):
        units, rest = text[:comma.start()], text[comma.end():].lstrip()
        if p.DUTY.match(rest) and rest[:1].islower():
            duty = rest
        else:
            verb = p.ASSIGN.search(rest, 0, MAX_NAME)  # "…, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị: …"
            if verb is None or "," in rest[:verb.start()] or units_at(rest[verb.end():], after_verb=True):
                continue
            duty = rest[verb.end():]
        if p.NARRATIVE.match(duty) or duty_start(units) != -1 or p.RAN_ON.search(units) or v.RUNS_ON.search(units):
            return None  # "Đối với Ủy ban MTTQ tỉnh trong thời gian này đã triển khai, …": a report
        return units, duty.strip(" .;")
    return None


def directed(duty: str, probe: str, text: str, start: int) -> tuple[list[str], int]:
    """The bodies a holder is told to direct ("đề nghị UBND các tỉnh … chỉ đạo các đơn vị trực thuộc và Thủ trưởng
    các đơn vị có liên quan tiếp tục …"): they hold the task too (tests/fixtures/tracking/real/README.md); with how far
    into *duty* the reading went (0, or past the verb of a chain: "chỉ đạo B yêu cầu C …", where B directs in turn
    and C holds the task as well, so that verb is no further order of the writer's: :func:`further`). And the bodies
    told to cooperate with a holder who leads ("Sở Y tế chủ trì, Sở Tài chính, Bảo hiểm xã hội tỉnh phối hợp …"):
    they are told to do it too, unlike the partners after "phối hợp với" (no holders)."""
    units, reach = _directed(duty)
    return written(units, probe, text, start), reach


def _directed(duty: str) -> tuple[list[str], int]:
    lead = p.DIRECTS.match(duty)
    if lead is None and (steer := p.DIRECTS_ANY.match(duty)):  # "hướng dẫn, đôn đốc B triển khai …": B's own verb follows
        return _steered(duty[steer.end():]), 0
    if lead is None:
        lead = p.CHAIRS.match(duty)
        found = units_at(duty[lead.end():], after_verb=True) if lead else None
        return (split_units(found[0]), 0) if found and p.COOPERATES.match(found[1]) else ([], 0)
    rest = duty[lead.end():]
    found = units_at(rest, after_verb=True)
    if found:
        return split_units(found[0]), 0
    verb = first_verb(rest)  # "chỉ đạo Sở Công Thương yêu cầu các doanh nghiệp …": the middle of a chain
    if verb is None or not only_units(rest[:verb.start()].strip()):
        return [], 0
    last = units_at(rest[verb.end():], after_verb=True)
    if last is None:  # "chỉ đạo công an các huyện phân công lực lượng, …": the middle is told, what it hands on is no body
        return (split_units(rest[:verb.start()]), 0) if v.MANPOWER.match(rest, verb.end()) else ([], 0)
    return split_units(rest[:verb.start()]) + split_units(last[0]), lead.end() + verb.end()


def _steered(rest: str) -> list[str]:
    """The bodies after a verb of directing other than "chỉ đạo" (:data:`.patterns.DIRECTS_ANY`) when their own verb
    follows them at once: not after a comma ("đôn đốc các đơn vị, địa phương, tổng hợp báo cáo …": the report is the
    director's), nor a topic read as a name ("hướng dẫn, kiểm tra, đôn đốc các Ban Chỉ huy các vấn đề cấp bách …"), nor a
    purpose or a subject ("… B để …", "… B về …", "… B trong công tác …": no verb of B's)."""
    found = units_at(rest, after_verb=True)
    if found is None or p.TOPIC.search(found[0]) or not p.DUTY.match(found[1]):
        return []
    units, duty = found
    if (joined := p.AND_RELATED.match(duty)) is not None:  # "…, đơn vị và tổ chức có liên quan thực hiện …"
        units, duty = units + " và " + duty[:joined.end()].strip(), duty[joined.end():].lstrip()
        if not p.DUTY.match(duty):
            return []
    at = rest.find(duty)
    if at == -1 or rest[:at].rstrip().endswith(","):
        return []
    return split_units(units)


def _leaders(clause: str, verb: re.Match[str]) -> tuple[str, str] | None:
    """(units, duty) of "yêu cầu lãnh đạo các sở, …, Chủ tịch UBND các huyện … khẩn trương …": the body
    led, its title kept as written (:data:`.patterns.LEADERS`)."""
    rest = clause[verb.end():]
    lead = p.LEADERS.match(rest)
    if lead is None or not p.LEADERS_AFTER.match(verb.group()):
        return None
    found = units_at(rest[lead.end():], after_verb=True)
    return (rest[:lead.end()] + found[0], found[1]) if found else None


def listed(clause: str) -> tuple[list[str], bool]:
    """The units a clause only lists, before a ";" that the list goes on past: the whole clause,
    or what follows its "đề nghị/giao …" ("Phòng … đề nghị Trung tâm VH-TT-TT thành phố;"); and whether
    they follow an order ("giao", "đề nghị", "yêu cầu", "phân công": not "chỉ đạo", which may report,
    nor "đối với", a scope), so that the clause after them goes on after that verb (:meth:`.walk.Walk.clauses`)."""
    text = p.DANGLING_TITLE.sub("", clause.strip(" ;"))
    for m in verbs(text):
        if m.group()[:1] in "cC" and v.ADVICE.search(text, 0, m.start()):
            continue  # "Tham mưu cấp có thẩm quyền lãnh đạo, chỉ đạo lực lượng Công an;": advice, as in :func:`assigned`
        if only_units(text[m.end():]):
            return split_units(text[m.end():]), m.group()[:1] not in "cCđĐ" or m.group()[1:2] in "ềỀ"
    return (split_units(text) if text[:1].isupper() and only_units(text) else []), False


def colon_units(clause: str) -> str | None:
    """The units of a clause "… yêu cầu/đề nghị/giao A, B:" that only names them before a colon."""
    text = clause.rstrip(" :")
    for m in verbs(text):
        rest = text[m.end():]
        if only_units(rest) and not p.LEAD_IN.search(rest) and not p.BARE_NOUN.fullmatch(rest):
            return rest
    return None


def yearly(d: Deadline) -> Deadline:
    """A day written without its year in a recurring duty: the same day every year."""
    if d.kind != "by_date" or d.date is None or p.YEAR.search(d.text):
        return d
    return replace(d, kind="recurring_yearly", date=None, month_day=(d.date.month, d.date.day))


_GIAO, _DE_NGHI, _YEU_CAU, _PHAN_CONG, _DOI_VOI, _CHI_DAO, _LUU_Y = p.ASSIGN_WORDS  # an eighth word must be added below


def assigns(low: str) -> bool:
    """Whether a lower-cased text holds an assigning word (:data:`.patterns.ASSIGN_WORDS`; substring tests
    are several times faster than the pattern's scan, and written out they skip ``any()``'s generator:
    this runs on every block the fast walk gates and every clause it reads)."""
    return (_GIAO in low or _DE_NGHI in low or _YEU_CAU in low or _PHAN_CONG in low or _DOI_VOI in low
            or _CHI_DAO in low or _LUU_Y in low)


def candidate(low: str) -> bool:
    """Whether a (lower-cased) block may lay a duty: an assigning word anywhere, a letter sent to bodies (:func:`sends`), or a
    unit (:data:`.patterns.UNIT_AT`) at its start or at the start of one of its clauses."""
    if assigns(low) or p.UNIT_AT.match(low) or sends(low):
        return True
    return any(p.UNIT_AT.match(low, m.end()) for m in p.CLAUSE_STARTS.finditer(low)) or fronted(low)


def written(found: Iterable[str], probe: str, text: str, start: int = 0) -> list[str]:
    """Phrases read from *probe* (the text with tone marks moved) as *text* writes them."""
    out = []
    for phrase in found:
        at = probe.find(phrase, start)
        out.append(text[at:at + len(phrase)] if at != -1 else phrase)
    return out


def may_head(rest: str) -> bool:
    """What :func:`heading_units` asks first (short, capitalised, no sentence's end): the same answer before
    tone marks are moved, which change no length, punctuation or capital, so the fast walk asks it first."""
    text = rest.strip()
    return not (len(text) > 120 or text[-1:] in (".", ";", ",") or not text[:1].isupper())


def heading_units(rest: str) -> str | None:
    """A numbered item that only names a unit ("2. Trung tâm Văn hóa - Thông tin và Thể thao"), or names it with
    the duty its bullets spell out ("1. Phòng Nội vụ - Lao động Thương binh và Xã hội tham mưu Hội đồng Thi đua -
    Khen thưởng huyện thực hiện:"), or after the verb that hands it the work ("1. Đề nghị Chi cục Thống kê"): the unit only."""
    if not may_head(rest):
        return None
    text = p.UNIT_LEAD.sub("", rest.strip())  # "1. Đề nghị Chi cục Thống kê Côn Đảo" over its duties: the verb is not the unit's
    if not p.UNIT_START.match(text):
        return None
    end = duty_start(text)
    return (text[:end] if end > 0 else text).rstrip(" :")


def where(block: Block, d: Deadline) -> int:
    """The offset of a deadline's phrase in its block (-1 when it is not there)."""
    start = block.starts[block.lines.index(d.line)] if d.line in block.lines else 0
    pos = block.text.find(d.text, start)
    return pos if pos != -1 else block.text.find(d.text)
