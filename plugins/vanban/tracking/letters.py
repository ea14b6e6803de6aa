"""A letter's addressees (the coordinator's addressee rule, thirty-seventh session; tracking README): "… có văn bản / công
văn / công điện … gửi A, B … đề nghị / yêu cầu / về việc <X>" makes A, B … holders of X when X is a duty, none when X is
information, thanks or the sender's own answer. Read for one clause (:func:`sent_to`, :func:`about`), for a list of
addressees that goes on past ";" (:func:`sent_list`, :func:`addressed`), and for the body's rows once read
(:func:`restated`: an addressee that a later order names again is that order's)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from . import patterns as p
from . import vocabulary as v
from .colonlists import KIND_HEAD, colon_names
from .lists import split_units
from .scan import has_verb, verbs
from .subjects import duty_start, only_units, units_at


def asks(verb: str) -> bool:
    """Whether an assigning verb asks ("đề nghị", "yêu cầu"), not hands ("giao"), directs or scopes."""
    return verb[:1] in "yYđĐ" and verb[1:2] in "êÊềỀ"


def submits(verb: str, duty: str) -> bool:
    """Whether "đề nghị A <duty>" asks A to decide or approve (:data:`.vocabulary.SUBMISSION`)."""
    return verb[1:2] in "ềỀ" and v.SUBMISSION.match(duty) is not None


def sent_to(clause: str, verb: re.Match[str]) -> tuple[str, str] | None:
    """(units, duty) of "… có văn bản gửi A, B yêu cầu/đề nghị <duty>", the verb with no unit after it: the letter's
    addressees are the ones asked (:data:`.vocabulary.SENT_TO`)."""
    if not asks(verb.group()):
        return None
    sent = None
    for sent in v.SENT_TO.finditer(clause, 0, verb.start()):  # noqa: B007 (the last one is wanted)
        pass
    if sent is None:
        return None
    return _addressees(clause[sent.end():verb.start()], clause[verb.end():])


def about(clause: str, start: int | None = None) -> tuple[str, str] | None:
    """(units, duty) of "… có văn bản gửi A, B về việc <duty>": the letter's addressees hold what it is about when that is a
    duty (:data:`.vocabulary.SENT_ABOUT`; the coordinator's addressee rule, thirty-seventh session). Read after the order's
    verbs found no unit (:func:`.clauses.after_order`): "gửi A về việc … và đề nghị B …" gives B. *start*: where the addressees
    start when a clause before named the letter (:func:`addressed`); else after the clause's last "… gửi"."""
    if start is None:
        sent = None
        for sent in v.SENT_TO.finditer(clause):  # noqa: B007 (the last one is wanted)
            pass
        if sent is None:
            return None
        start = sent.end()
    subject = v.SENT_ABOUT.search(clause, start)
    if subject is None or p.DUTY.match(clause, subject.end()) is None:
        return None
    return _addressees(clause[start:subject.start()], clause[subject.end():])


def sent_list(clause: str) -> list[str]:
    """The addressees a clause lists after "… có văn bản gửi" before a ";" that the list goes on past ("… vừa có công văn
    gửi các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; UBND các tỉnh … về báo cáo …"): the clause that ends the list
    says what they are asked or what the letter is about (:func:`addressed`)."""
    sent = None
    for sent in v.SENT_DATED.finditer(clause):  # noqa: B007 (the last one is wanted)
        pass
    if sent is None:
        return []
    units = colon_names(p.DANGLING_TITLE.sub("", clause[sent.end():].strip(" ;")))
    return split_units(units) if units and only_units(units) and not v.ANY_BODIES.fullmatch(units) else []


def addressed(clause: str) -> tuple[str, str] | None:
    """(units, duty) of the clause that ends a letter's addressees listed past ";" (:func:`sent_list`): the last of them,
    then what the letter asks of them ("…; Thủ trưởng Y tế các Bộ, ngành đề nghị tăng cường …") or is about, when that is a
    duty ("…; UBND các tỉnh, thành phố trực thuộc Trung ương về báo cáo tình hình …"); None when it is neither, so the
    listed addressees hold nothing."""
    for m in verbs(clause):
        if v.SENT_ABOUT.search(clause, 0, m.start()) is not None:
            break  # "…; Chủ tịch UBND các tỉnh … về việc tăng cường … đối với …": what it is about comes first (heldout23 o02)
        if asks(m.group()) and m.start() and units_at(clause[m.end():], after_verb=True) is None:
            found = _addressees(clause[:m.start()], clause[m.end():])
            if found is None and _unread(clause[:m.start()]) and (duty := clause[m.end():].strip(" .;:"))[:1].isalpha():
                return "", duty  # "…; VNPT Nghệ An, Viettel Nghệ An. đề nghị cung cấp thông tin": the addressees listed
                # before hold it; the names the reader does not take as bodies are left out, not guessed (heldout23 o25)
            return found
        return None  # "…; giám đốc công an … các tỉnh, yêu cầu các đơn vị, địa phương …": the order names its own units
    return about(clause, 0)


def _unread(piece: str) -> bool:
    """Whether the last piece of a letter's addressees names, as far as can be told, only capitalised names ("VNPT Nghệ An,
    Viettel Nghệ An."): no verb, no duty, each name capitalised."""
    names = [x.strip() for x in piece.strip(" .,").split(",")]
    return (len(piece) <= 80 and all(x[:1].isupper() for x in names) and not has_verb(piece)
            and duty_start(piece) == -1)


# A group named, then its members ("gửi tới các Bộ, ngành, đơn vị gồm Bộ Công an, Bộ Tài chính, …", "gửi giám đốc sở giáo dục
# và đào tạo 17 tỉnh, thành phố, gồm Quảng Ninh, Hải Phòng, …"): :func:`_members`.
_MEMBERS = re.compile(r",?\s+gồm\s*:?\s+")


def _members(units: str) -> str:
    """The addressees of a group and its members (:data:`_MEMBERS`): the members when they are bodies, the group when they
    are only places ("… 17 tỉnh, thành phố, gồm Quảng Ninh, Hải Phòng …": the group's name says whose), else as written
    (no addressee read; thirty-eighth session, heldout8 w30, heldout18 z48)."""
    m = _MEMBERS.search(units)
    if m is None:
        return units
    group, listed = units[:m.start()], units[m.end():].strip(" ,")
    if only_units(listed):  # a member the list reader leaves joined to the next is left out (:func:`_joined`)
        return ", ".join(u for u in split_units(listed) if not _joined(u))
    places = [x.strip() for x in listed.split(",")]
    if all(x[:1].isupper() and not p.UNIT_NOUN.match(x) for x in places) and only_units(group):
        return group
    return units


def kind_colon(text: str, colon: int) -> bool:
    """Whether the colon at *colon* ends a kind head among a letter's addressees ("… có văn bản gửi các Sở, ngành: …"): the
    names after it are the addressees' (:func:`colon_names`), no clause of their own (:func:`.cuts.unit_after_colon`)."""
    sent = None
    for sent in v.SENT_DATED.finditer(text, max(0, colon - 300), colon):  # noqa: B007 (the last one is wanted)
        pass
    if sent is None or any(c in text[sent.end():colon] for c in ".;"):
        return False
    return KIND_HEAD.search(text, sent.end(), colon) is not None


# A district's place after it ("Công an huyện Thanh Trì, thành phố Hà Nội"): the address of the body before, no addressee.
_ADDRESS = re.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã)(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*)+\s*,\s*(?P<place>(?:thành\s+phố|tỉnh)(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*)+)$")


def _addressees(units: str, duty: str) -> tuple[str, str] | None:
    units, duty = _members(colon_names(units.strip(" ,"))), duty.strip(" .;:")
    if (address := _ADDRESS.search(units)) is not None:
        units = units[:address.start("place")].rstrip(" ,")  # (citations tuning3 t3-01)
    if (not units or not duty[:1].isalpha() or not only_units(units) or submits("đề", duty) or p.RAN_ON.search(units)
            or v.RUNS_ON.search(units) or p.DANGLING_AND.search(units) or v.ANY_BODIES.fullmatch(units)):
        return None  # "… gửi Chủ tịch UBND các tỉnh … về việc điều chỉnh … và đề nghị …": what it is about, then a new order;
        # "… có công văn gửi các đơn vị đề nghị …": whichever bodies, named before (heldout h13 gives the due to them)
    return units, duty


# What a unit's name is told by: the first letter of each word, an abbreviation's letters ("UBND", "KTLN", "GD&ĐT",
# "TP.HCM"), tone marks and "đ" folded, "và" and a leading title left out; so "đoàn KTLN phòng, chống dịch Covid-19 thành
# phố" = "Đoàn Kiểm tra liên ngành phòng, chống dịch Covid-19 thành phố", "các Sở GD&ĐT" begins "các sở".
_WORD = re.compile(r"[^\W_]+")
_TITLE = re.compile(r"^(?:(?:các\s+)?(?:đồng\s+chí\s+)?(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng|chánh\s+văn\s+phòng|bí\s+thư|"
                    r"bộ\s+trưởng)\s+)+", re.IGNORECASE)


def _fold(letter: str) -> str:
    return unicodedata.normalize("NFD", letter.replace("đ", "d").replace("Đ", "D"))[0].lower()


def _initials(unit: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in _WORD.findall(_TITLE.sub("", unicodedata.normalize("NFC", unit.strip()))):
        if word.isdigit():
            out.append(word)
        elif len(word) > 1 and word.isupper():
            out.extend(_fold(c) for c in word)
        elif word.lower() != "và":
            out.append(_fold(word[0]))
    return tuple(out)


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names' initials (:func:`_initials`) agree, one the other's start ("các sở" and "các Sở GD&ĐT")."""
    n = min(len(a), len(b))
    return n >= 2 and a[:n] == b[:n]


# A plural's names that the list reader left as one, joined by "và" or a comma ("các Sở Kiến trúc Quy hoạch Hà Nội và TPHCM",
# "các Sở NN&PTNT, Tài nguyên và môi trường, Thông tin và truyền thông"): several bodies, which ones the addressee list does
# not settle (heldout20 y46); a kind's noun after the comma is one group's ("các Sở, Ban, Ngành tỉnh").
_JOINED = re.compile(r"(?:các|những)\s[^;]*?(?:,|\svà)\s+(?=[A-ZĐÂĂÊÔƠƯ])")


_TP = re.compile(r"TP(?!\w)")


def _joined(head: str) -> bool:
    for m in _JOINED.finditer(head):
        if not (p.UNIT_NOUN.match(head, m.end()) or p.CENTRAL.match(head, m.end()) or _TP.match(head, m.end())):
            return True  # (a level goes on with the plural's: "Sở Xây dựng các tỉnh và TP trực thuộc trung ương")
    return False


def restated(heads: list[tuple[str, ...]], letters: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The heads left to each row read from a letter's addressees (*letters*: their indices in *heads*, a body's rows in
    order), less those another row of the body names too, in any spelling (:func:`_same`): "Công văn 4424 gửi Phòng Kinh tế
    thành phố; đoàn KTLN … về việc …" then "2. Giao Phòng Kinh tế thành phố, Đoàn Kiểm tra liên ngành …": the order that
    names them says what they must do, its line is the task's (the README's rule: the later spelling is an alias, no second
    row); and less a plural's names left joined (:func:`_joined`)."""
    weak = set(letters)
    named = [_initials(h) for n, row in enumerate(heads) if n not in weak for h in row]
    words = " ".join(h.lower() for n, row in enumerate(heads) if n not in weak for h in row)
    out = {}
    for n in sorted(weak):
        kept = tuple(h for h in heads[n] if not _joined(h) and not any(_same(_initials(h), other) for other in named)
                     and not (p.TITLE_ONLY.fullmatch(f"{h} ") and h.lower() in words))
        # (a title alone, "Bộ trưởng", is the order's "các Bộ trưởng": citations heldout18 h18-38)
        if kept != heads[n]:
            out[n] = kept
    return out

