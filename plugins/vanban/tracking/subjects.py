"""The units a clause opens with and where the duty laid on them starts (:func:`units_at`), read by :mod:`.clauses`
for every way a clause names its holders. Split from :mod:`.clauses` (twenty-second session, by concern: this reads one
unit phrase, that module the clause around it); :mod:`.clauses` re-exports what the readers call."""

from __future__ import annotations

import re

from vanban.deadlines.blocks import TERMINAL

from . import patterns as p
from . import vocabulary as v
from .bodynames import cut_at, piece_start, time_tail, unnamed_word
from .colonlists import places_colon
from .lists import split_units
from .persons import named_person
from .scan import has_verb, leads_in, shared_colon

MAX_UNITS = 250  # characters a list of units may take before its duty starts
_DUTY_TAIL = 24  # the longest duty word's length, less one ("chịu trách nhiệm" p47 of heldout13 started at 245, ended past 250)
MAX_LIST = 1200  # … when every piece before the duty names a body ("Đề nghị Sở A, Sở B, … Sở M triển khai")
MAX_NAME = 100  # characters of one body's name in such a list ("Sở Văn hóa, Thể thao và Du lịch các tỉnh, …")


def duty_start(text: str, limit: int = MAX_UNITS) -> int:
    """Where the units at the start of *text* end and their duty begins (-1: no duty found within *limit*)."""
    colon = text.find(":")
    if colon > 0 and (shared_colon(text, colon) or (places_colon(text, colon) and p.DUTY.search(text, colon + 1) is not None)):
        colon = text.find(":", colon + 1)  # "các Sở: Kế hoạch và Đầu tư, Tài chính hướng dẫn …", "UBND các huyện: A, B thực hiện …"
    for m in p.DUTY.finditer(text, 0, limit + _DUTY_TAIL):  # a duty that starts within *limit* may end past it
        if m.start() >= limit:
            break
        if m.start() == 0:
            return -1
        word = m.group()
        if word[0].isupper():
            continue  # "Ban Tổ chức", "Sở Xây dựng": part of a name
        if _quoted(text, m.start()):
            continue  # "Ban Chỉ đạo cuộc vận động “Toàn dân đoàn kết xây dựng …”": inside a quoted name (or a gloss)
        if p.NAME_VERBS.match(word) and (p.BAN_BEFORE.search(text, 0, m.start()) or (
                word[:1] in "qQ" and p.BODY_BEFORE.search(text, 0, m.start()))):
            continue  # "Ủy ban kiểm tra", "Ban chỉ đạo", "cơ quan quản lý nhà nước"
        if 0 < colon < m.start():
            return colon
        return m.start()
    return colon if 0 < colon < limit else -1


def _quoted(text: str, pos: int) -> bool:
    """Whether *pos* lies inside a quotation or a parenthesis opened before it in *text* ("Nhà trường (cấp trường): 865
    em được khen": a gloss, no duty; twenty-ninth session, site QA)."""
    head = text[:pos]
    return (("“" in head and head.count("“") > head.count("”")) or ('"' in head and head.count('"') % 2 == 1)
            or ("(" in head and head.count("(") > head.count(")")))


def may_hold_duty(text: str, probe: str, head: int) -> bool:
    """Whether a block (*probe*: its text tone-fixed) whose first unit a clause could hold starts at
    *head* can give that clause anything, by what each way of reading one needs after its units:
    :func:`units_at` a :data:`.patterns.DUTY` word or a ":" (:func:`duty_start`, :func:`long_list_end`),
    :func:`listed` a ";" or a block that runs on, :func:`colon_units` a ":". :func:`duty_start` scans
    at most :data:`MAX_UNITS` characters and may read a word cut at that end ("cấp| ủy" as "cấp"), so a
    longer rest is let through: DUTY's lookaheads are only sure on whole words."""
    return (text[-1:] not in TERMINAL or len(text) - head > MAX_UNITS or text.find(";", head) != -1
            or text.find(":", head) != -1 or p.DUTY.search(probe, head + 1) is not None)


def long_list_end(text: str) -> int:
    """Where a list of units longer than :data:`MAX_UNITS` ends and its duty begins, when every piece
    before the duty names a body (-1 otherwise: a long sentence that merely starts with a unit)."""
    end = duty_start(text, MAX_LIST)
    if end <= MAX_UNITS:
        return -1
    pieces = split_units(text[:end])
    ok = len(pieces) > 2 and all(len(x) <= MAX_NAME and (p.UNIT_START.match(x) or p.TITLE_ONLY.match(x)) for x in pieces)
    return end if ok else -1


def units_at(text: str, after_verb: bool = False, asked: bool = False) -> tuple[str, str] | None:
    """(units, duty) when *text* starts with units followed by a duty laid on them; at a clause's start
    the units are capitalised ("Sở GTVT theo dõi"), after "giao/đề nghị …" any case will do (*asked*: after "đề nghị /
    yêu cầu", :func:`_narrates`)."""
    text = p.TITLE_COLON.sub("", text)
    if after_verb and text[:1] in "gGtTcC" and (joint := p.JOINT_TITLE.match(text)):
        text = text[joint.end():]  # "yêu cầu Giám đốc, Thủ trưởng các sở, …": one group's heads
    if not (p.UNIT_START.match(text) or p.TITLE_ONLY.match(text)):
        return None
    if not after_verb and text[:1].islower() and not text.startswith("các "):
        return None
    end = duty_start(text)
    if end == -1:
        end = long_list_end(text)
    if end <= 0:
        return None
    own = v.OWN_ACT_IN.search(text, 1, end)  # "Đảng ủy phường cho biết việc | triển khai …"
    if own is not None:
        if not after_verb:
            return None  # "Bộ Chính trị nhấn mạnh, …", "Hội đồng nhân dân họp …": the body's own doing, reported
        end = own.start()  # "giao UBND tỉnh | quyết định phân bổ …": the word starts the duty
    elif not after_verb and (v.MEETS.match(text, end) or ((v.ISSUES.match(text, end) or v.NOTIFIES.match(text, end))
                                                        and not v.GROUP.search(text, 0, end))):
        return None  # "Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy …": a working session, reported; "UBND tỉnh ban hành
        # Quyết định Kiện toàn …": one body's issuing a named document, news (not "UBND các huyện ban hành Kế hoạch …");
        # "Văn phòng Chính phủ thông báo để Bộ … biết, thực hiện": the writer's closing formula
    units, duty = text[:end], text[end:].lstrip(" :").strip(" .;")
    described = ""  # "các địa phương có lễ hội lớn, trọng điểm | cần giám sát …": read past the name's own grammar
    if duty[:1] in "cCđĐ" and p.LIST_LEAD.match(units) and (held := v.DESCRIBED.match(duty)):  # a group only: which of it
        described, duty = " " + held.group("what"), duty[held.end():]
    passive = p.PASSIVE_DUTY.match(duty)  # "Phòng Tư pháp được giao chủ trì …": a duty, not a report
    if passive:
        duty = duty[passive.end():]
    if not duty or not duty[0].isalpha() or (not passive and (_narrates(duty, asked) or (
            not after_verb and p.ANNOUNCES.match(duty)))):
        return None  # (told by an asking verb, "A chỉ đạo, tổ chức …", "A có báo cáo …" are A's duties: :func:`_narrates`)
    if not after_verb and leads_in(duty):  # "UBND tỉnh ban hành Kế hoạch … như sau:" announces, not assigns
        return None  # (tested before the units' own tests: it needs none of them, and most such clauses end here)
    if "(" in units or "-" in units:  # what an apposition starts with (:data:`.patterns.APPOSITION`)
        units = p.APPOSITION.split(units, maxsplit=1)[0]
    units = p.DANGLING_AND.sub("", units.strip(p.EDGE)).strip(p.EDGE)
    units = p.TRAILING_NOT.sub("", units)
    if "qua" in units:  # what :data:`.patterns.THROUGH` ends with
        units = p.THROUGH.split(units, maxsplit=1)[0]
    if "quyền" in units and (delegate := v.DELEGATES.search(units)):  # "UBND tỉnh ủy quyền cho Giám đốc Sở … tổ chức
        units = units[delegate.end():]  # bàn giao …": the delegate holds the duty, the writer none (heldout9 n28)
        if not (p.UNIT_START.match(units) or p.TITLE_ONLY.match(units)):
            return None  # "… ủy quyền cho một Phó Chủ tịch UBND xã tiếp công dân": a person
    if (restart := units.find(" Các ", 1)) != -1 and units[restart - 1].islower():
        return None  # "… phê bình nhiều chủ đầu tư dự án trọng điểm Các Ban Quản lý …": a headline run into the text, no name
    if (not units or (p.BARE_NOUN.fullmatch(units) and not v.LOCALITY.fullmatch(units + " " + duty[:5])) or p.RAN_ON.search(units) or p.LEAD_IN.search(units)
            or v.HEADS_OF_ANY.fullmatch(units) or v.MANPOWER.match(units) or v.RUNS_ON.search(units)):
        return None  # "Các cơ quan sau đây …:" announce, not assign; "Thủ trưởng cơ quan, đơn vị" are persons, and
        # "lực lượng cán bộ …" manpower
    if not after_verb and named_person(units):
        return None  # "Trưởng ban Tuyên giáo Tỉnh ủy Nguyễn Thái Sơn lưu ý …": the speaker, a person (:mod:`.persons`)
    if (has_verb(units) or (p.ASSIGNS_AT_END.search(units) and not _board(units, duty))) and not passive:
        return None  # "UBND tỉnh yêu cầu: …": the writer, its orders after the colon; "Ban Chỉ đạo được giao …" is a name
    if (cut := unnamed_word(units)) != -1:  # a word no body's name is built with: the name ended before it (:mod:`.bodynames`)
        if not after_verb and not time_tail(units, cut):
            return None  # "Các địa phương tranh thủ …", "UBND TP Hà Nội nghiêm cấm …": a report or a headline may open so
        start = piece_start(units, cut, conj=False)  # ("và" may join a name's fields: "Văn hóa và Thông tin")
        if start and not p.UNIT_START.match(units[start:cut].strip(p.EDGE)):
            cut = start - 1  # "…, Đảng bộ cơ sở trực thuộc, các đồng chí cáo cáo viên …": the pieces before one with no head
        duty = units[cut:] + " " + duty
        units = p.DANGLING_AND.sub("", cut_at(units, cut).strip(p.EDGE)).strip(p.EDGE)
        if not p.UNIT_START.match(units) or p.BARE_NOUN.fullmatch(units):
            return None
    if described and units != text[:end].strip(p.EDGE):
        return None  # the name was cut or changed before its description: no reading of the group holds
    return (p.GLOSS_END.sub("", units) if ")" in units else units) + described, duty


def _board(units: str, duty: str) -> bool:
    """Whether *units* end in a board's name built with "chỉ đạo" ("Ban Chỉ đạo", "các đơn vị thành viên ban chỉ đạo")
    and an obligation opens *duty* ("có trách nhiệm …", "có nhiệm vụ: …", "cần …"): the board holds it, though its name ends
    as an order before its colon does ("UBND tỉnh chỉ đạo: …", no holder). Its make-up ("Ban Chỉ đạo gồm …") is no duty
    (forty-second session, trk52b: heldout5 r15, heldout9 n45, heldout12 f11, heldout17 j33)."""
    end = p.ASSIGNS_AT_END.search(units)
    return (end is not None and p.NAME_VERBS.match(end.group().strip()) is not None
            and p.BAN_BEFORE.search(units, 0, end.start()) is not None and p.OBLIGED.match(duty) is not None)


def _narrates(duty: str, asked: bool) -> bool:
    """Whether *duty* tells what its units did or have (:data:`.patterns.NARRATIVE`) rather than what they must do; after an
    asking verb "có" opens what they must produce ("đề nghị các địa phương có báo cáo hằng tuần …", "đề nghị Quý cơ quan có ý
    kiến đối với dự thảo …"; fortieth session, trk50)."""
    told = p.NARRATIVE.match(duty)
    return told is not None and not (asked and told.group().lower() == "có" and _PRODUCE.match(duty, told.end()))


# What "có" opens as a duty after an order's verb: a thing the units are to make or give (not a description, "… trường THPT
# có lớp chuyên", "UBND các xã, phường có tàu, thuyền hoạt động …", "người có công").
_PRODUCE = re.compile(r"\s+(?:báo\s+cáo|văn\s+bản|công\s+văn|ý\s+kiến|kế\s+hoạch|phương\s+án|giải\s+pháp|biện\s+pháp|chỉ\s+đạo|"
                      r"hướng\s+dẫn|tờ\s+trình|đề\s+xuất)(?!\w)", re.IGNORECASE)


def only_units(text: str) -> bool:
    """Whether *text* names units and nothing else ("Các sở, ban, ngành …, lực lượng vũ trang")."""
    return bool(p.UNIT_START.match(text)) and duty_start(text) == -1 and not has_verb(text)
