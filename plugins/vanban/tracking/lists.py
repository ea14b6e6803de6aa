"""Where a list of units ends and one body in it starts: "A, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND
các huyện" names three bodies, "Bộ Chỉ huy Quân sự tỉnh, ban chỉ huy quân sự các huyện" two, "các Sở, Ban, Ngành tỉnh"
one group, "UBND xã Long Toàn, huyện Duyên Hải" one commune and its address (used by :mod:`.clauses`; patterns live
in :mod:`.patterns`)."""

from __future__ import annotations

import re

from vanban.text import collapse_space

from . import patterns as p
from .colonlists import colon_names, places_colon

__all__ = ["new_body", "split_units"]


def split_units(span: str) -> list[str]:
    """The bodies a list names, one per body: "A, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện"
    → three; "các Sở: Kế hoạch và Đầu tư, Tài chính" → "Sở Kế hoạch và Đầu tư", "Sở Tài chính"."""
    span = p.TITLE_COLON.sub("", span.strip(p.EDGE))
    if ":" in span and places_colon(span, span.find(":")):  # "UBND các huyện: Bắc Trà My, Tiên Phước": each place's council
        return [u for part in colon_names(span).split("; ") for u in split_units(part)]
    shared = p.SHARED_NOUN.match(span)
    if shared:
        noun = shared.group("noun")
        return [f"{noun} {name}" for name in (x.strip(p.EDGE) for x in shared.group("rest").split(",")) if name]
    out: list[str] = []
    pos = 0
    people = False  # the piece from *pos* names people, no body (:data:`.patterns.PEOPLE`): dropped
    one_group = p.SHARED_TAIL.search(span) is not None  # its last words qualify every kind in it
    last = 0  # where the piece before the separator starts
    for sep in p.LIST_SPLIT.finditer(span):
        rest = span[sep.end():]
        joint = sep.group().strip()
        piece = span[max(last, pos):sep.start()]  # the piece before the separator, since the last body began
        if joint != "và":
            last = sep.end()  # a name's own "và" ("ngành Giáo dục và Đào tạo") stays in its piece
        if joint != ";" and p.PEOPLE.match(rest):
            if not people:
                out.append(span[pos:sep.start()])
            people, pos = True, sep.end()  # "…, cán bộ, công chức, viên chức Bộ Nội vụ": persons, up to the next body
            continue
        if joint == "và" and p.JOINT_OFFICE.match(span[pos:sep.start()].strip(p.EDGE)):
            continue  # "Văn phòng HĐND và UBND tỉnh": one office
        if joint == "," and p.DOUBLE_TITLE.fullmatch(span[pos:sep.start()].strip(p.EDGE)) and p.SECOND_TITLE.match(rest):
            continue  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person's two titles, one holder
        if joint == "," and _address(span[pos:sep.start()], rest):
            continue  # "UBND xã Long Toàn, huyện Duyên Hải": the commune's address
        if joint == "," and _COUNCIL_LEVELS.match(span, pos, sep.start()) and _OTHER_KIND.match(rest):
            out.append(span[pos:sep.start()])  # "UBND các xã, đơn vị quản lý rừng": a council's levels, then another
            people, pos = False, sep.end()  # kind of body with its own words (heldout12 f05, heldout24 i08)
            continue
        if joint == "," and _qualified(piece) and (_own_kind(rest) or p.AND_GROUP.match(rest)):
            if not people:
                out.append(span[pos:sep.start()])  # "Các bệnh viện trực thuộc Bộ Y tế, sở y tế các tỉnh": a body with
            people, pos = False, sep.end()  # words of its own, then another kind with its own words: two bodies
            continue
        if joint == "và" and p.PUBLIC.match(rest):
            out.append(span[pos:sep.start()])
            pos = len(span)  # "… và các cá nhân, đơn vị có liên quan": the public, no body
            break
        if (joint == "," and p.AND_GROUP.match(rest) and not p.NEW_BODY_TITLE.match(rest) and not p.COUNCIL.match(span, pos)
                and (one_group or p.SHARED_TAIL.search(p.AND_SPLIT.split(rest, maxsplit=1)[0]))):
            # "các cơ quan, đơn vị, các ngành có liên quan (và UBND các xã)": the tail ties the kinds it ends, up to a "và";
            # not a council before them ("UBND các xã, thị trấn, các cơ quan liên quan" names two)
            continue
        if joint == ";" or new_body(rest) or (joint == "," and p.CENTRAL_END.search(span, pos, sep.start()) and not p.CENTRAL.match(rest)) or (joint == "và" and (p.AND_GROUP.match(rest) or (
                not one_group and p.AND_BODY.match(rest)) or (
                p.AND_LEVEL.match(rest) and not p.LEVEL_END.search(span[pos:sep.start()].strip(p.EDGE))))):
            if not people:
                out.append(span[pos:sep.start()])
            people, pos = False, sep.end()
    if not people:
        out.append(span[pos:])
    return _places([x for x in (collapse_space(u).strip(p.EDGE) for u in out) if x])


# A people's committee of a level's plural ("UBND các xã", "Ủy ban nhân dân các huyện, thị xã, thành phố"), and another kind of
# body after it with words of its own ("đơn vị quản lý rừng", "cơ quan truyền thông"): :func:`split_units` splits them.
_LEVEL = r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)"
_COUNCIL_LEVELS = re.compile(rf"\s*(?:chủ\s+tịch\s+)?(?:ubnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+các\s+{_LEVEL}(?:\s*,\s*{_LEVEL})*\s*$",
                             re.IGNORECASE)
_OTHER_KIND = re.compile(r"(?:đơn\s+vị|cơ\s+quan)\s+(?!(?:có\s+)?liên\s+quan|thuộc|trực\s+thuộc|trên)[a-zà-ỹđ]", re.IGNORECASE)


# A body named with words of its own, then a comma and another kind of body with words of its own or a "các" group ("Các bệnh
# viện trực thuộc Bộ Y tế, sở y tế các tỉnh, …", "Bộ Chỉ huy Quân sự tỉnh, ban chỉ huy quân sự các huyện", "ngành Giáo dục và
# Đào tạo, các sở, ban, ngành có liên quan"; fortieth session, trk50b: heldout10 d26, heldout16 c25, heldout25 v12): two bodies
# by the list rule. The first piece's proper name (a capital among its own words) is what keeps a shared "các" or tail from
# reaching it; a run of kinds under one "các" stays one group ("các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh", "Công
# an các đơn vị, địa phương …"). _SHARED opens what a group's kinds share after them ("… thuộc UBND tỉnh", "… có liên quan"),
# _LEVEL_NOUN a level or grade ("thành phố trong tỉnh", "cấp xã (cũ)"), neither another kind.
_SHARED = re.compile(r"(?:(?:có\s+)?liên\s+quan|thuộc|trực\s+thuộc|trên|tại|của|cấp|được|chức\s+năng)(?!\w)", re.IGNORECASE)
_LEVEL_NOUN = re.compile(rf"(?:các\s+)?(?:{_LEVEL}|cấp|địa\s+phương)(?!\w)", re.IGNORECASE)


def _words_of_own(piece: str) -> str:
    """The words after the unit noun of *piece* (its "các" or number left out), "" when it opens with none."""
    piece = piece.strip(p.EDGE)
    lead = p.LIST_LEAD.match(piece)
    piece = piece[lead.end():] if lead else piece
    noun = p.UNIT_NOUN.match(piece)
    return piece[noun.end():].strip() if noun else ""


def _qualified(piece: str) -> bool:
    """Whether *piece* names a body by a kind and words of its own with a proper name among them ("Các bệnh viện trực thuộc
    Bộ Y tế", "Bộ Chỉ huy Quân sự tỉnh"): not a bare kind of a group ("các sở"), nor a kind and its level ("ngành Trung ương")."""
    own = _words_of_own(piece)
    return p.CENTRAL.fullmatch(own) is None and any(w[:1].isupper() for w in own.split())


def _own_kind(rest: str) -> bool:
    """Whether the list piece opening *rest* is another kind of body, in lower case, with words of its own ("sở y tế các
    tỉnh", "chi nhánh ngân hàng nước ngoài"), not what a group's kinds share ("đơn vị có liên quan")."""
    piece = p.LIST_SPLIT.split(rest, maxsplit=1)[0]
    if not piece[:1].islower():
        return False
    own = _words_of_own(piece)
    bare = p.LIST_LEAD.sub("", piece.strip(p.EDGE))
    return (bool(own) and p.UNIT_NOUN.fullmatch(bare) is None and _LEVEL_NOUN.match(piece.strip(p.EDGE)) is None
            and p.CENTRAL.fullmatch(own) is None and _SHARED.match(own) is None)


def _places(units: list[str]) -> list[str]:
    """*units* with each list of places after one head written out, the head repeated ("UBND tỉnh Tây Ninh và Bình
    Dương" → "UBND tỉnh Tây Ninh", "UBND tỉnh Bình Dương"; "UBND các tỉnh, thành phố Hà Tĩnh, Huế" → "UBND Hà Tĩnh", "UBND
    Huế"); a piece that is not only a place's name leaves the list as written."""
    units = list(units)  # a piece joined to the next is written into this copy, not into the caller's list
    out: list[str] = []
    for i, unit in enumerate(units):
        pair = p.PLACE_PAIR.search(f"{unit}, {units[i + 1]}", len(unit) - 12) if i + 1 < len(units) else None
        if pair and pair.start() < len(unit) < pair.end():
            units[i + 1] = f"{unit}, {units[i + 1]}"  # "Chủ tịch UBND các tỉnh" | "thành phố Hà Tĩnh, Huế": one list
            continue
        out += _shared_head(unit)
    return out


def _shared_head(unit: str) -> list[str]:
    pair = p.PLACE_PAIR.search(unit)
    if pair:
        head, level, names = unit[:pair.start()], "", p.PLACE_SPLIT.split(unit[pair.end():])
    else:
        parts = p.PLACE_SPLIT.split(unit)
        first = p.PLACE_HEAD.fullmatch(parts[0]) if len(parts) > 1 else None
        if first is None:
            return [unit]
        head, level, names = first.group("head") or "", first.group("level"), [first.group("name"), *parts[1:]]
    places = [p.PLACE_NAME.fullmatch(x) for x in names]
    if len(names) < 2 or not all(m and _place(m, level) for m in places):
        return [unit]
    out = [x if level == "" or (m and m.group("level")) else f"{level} {x}" for x, m in zip(names, places, strict=True)]
    return [f"{head} {x}".strip() for x in out]


def _place(name: re.Match[str], level: str) -> bool:
    """Whether *name* is a place of the head's level: its own level the same ("UBND TP Hà Nội và TP HCM"; not an
    address, "UBND xã Long Toàn, huyện Duyên Hải"), or none and no body's noun or title ("Bộ Công Thương", "Chủ tịch …")."""
    if name.group("level"):
        return level != "" and _same(name.group("level"), level)
    return not p.UNIT_NOUN.match(name.group()) and not p.NEW_BODY_TITLE.match(name.group())


def _same(one: str, other: str) -> bool:
    def norm(level: str) -> str:
        level = collapse_space(level.lower()).rstrip(".")
        return "thành phố" if level == "tp" else level
    return norm(one) == norm(other)


def _address(piece: str, rest: str) -> bool:
    """Whether *rest* names the place of the commune or district *piece* ends with ("…, tỉnh Trà Vinh"), or
    the named last level of the council *piece* names ("UBND huyện, thành phố Cà Mau")."""
    if p.SHARED_LEVELS.match(piece.strip(p.EDGE)) and p.LEVEL_NAMED.match(rest):
        return True  # "UBND huyện, thành phố Cà Mau": one group
    return bool((p.ABOVE_COMMUNE.match(rest) and p.COMMUNE_END.search(piece))
                or (p.ABOVE_DISTRICT.match(rest) and p.DISTRICT_END.search(piece)))


# A company told with the bodies of a list ("UBND các huyện, thị xã, thành phố và Công ty TNHH MTV Khai thác thủy lợi
# Quảng Nam", "các tập đoàn kinh tế và Tổng Công ty Nhà nước"): a body of its own when named (a capital after its noun, as
# GROUP_KIND), so that it is not read into the group before it; a kind under a shared "các" stays in the group ("các Tập
# đoàn, Tổng công ty nhà nước", "các Tập đoàn kinh tế, Tổng công ty 91"). Only in a list: a clause is not read as opening
# with a company (a photo's caption "Công ty … và các địa phương được giao nhiệm vụ …").
_COMPANY = re.compile(r"(?:tổng\s+)?công\s+ty(?!\w)", re.IGNORECASE)


_GROUP_TAIL = re.compile(r"ngành(?:\s+(?:tỉnh|thành\s+phố|huyện|trực\s+thuộc|(?:có\s+)?liên\s+quan))?|trực\s+thuộc|(?:có\s+)?liên\s+quan",
                         re.IGNORECASE)


def new_body(rest: str) -> bool:
    """Whether a list piece starting *rest* names a new body (:data:`.patterns.NEW_BODY_TITLE`)."""
    if p.NEW_BODY_TITLE.match(rest) or p.OWN_KIND.match(rest):
        return True  # "…, Thủ trưởng các sở", "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"
    lead = p.LIST_LEAD.match(rest)
    rest = rest[lead.end():] if lead else rest
    noun = p.UNIT_NOUN.match(rest) or _COMPANY.match(rest)
    if noun is None:
        return False
    after = rest[noun.end():]
    piece = p.LIST_SPLIT.split(after, maxsplit=1)[0].strip()
    if lead is not None and lead.group().strip().lower() == "các":
        return True  # "các bộ, các cơ quan ngang bộ": the article again starts another group
    if not piece:  # a bare noun: "Các chi, Đảng bộ"; but a capitalised one before "và các B" is a body ("…, Mặt trận và các đoàn thể")
        joint = p.AND_SPLIT.match(after)
        return rest[:1].isupper() and joint is not None and bool(p.AND_GROUP.match(after[joint.end():]))
    if p.GROUP_KIND.match(noun.group()) or noun.re is _COMPANY:
        # "ngành Văn hóa, …" is a body; "các Sở, Ban, Ngành tỉnh" and "các bộ, ngành Trung ương" one group (a level, no name)
        return piece[:1].isupper() and p.CENTRAL.match(piece) is None
    if _GROUP_TAIL.fullmatch(piece):
        return False  # "các Phòng, Đội trực thuộc": what the group's kinds share ("trực thuộc", "có liên quan"), no name
    return rest[:1].isupper() or piece[:1].isupper()
