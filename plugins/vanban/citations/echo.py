"""A page's own number read from what the page says of itself first: the headline presents a document by an act,
unnumbered, and one sentence of the text repeats that act and most of the headline with the number (rule 8 of
:mod:`.identity`, tried when no header, table, title or lead gave one).

"Ủy ban nhân dân tỉnh Phú Yên phê quyệt Kế hoạch tổng thể phòng, chống sạt lở bờ sông, bờ biển đến năm 2030 …" over
"Trước tình trạng sạt lở …, đồng thời thực hiện Quyết định số 957/QĐ-TTg …; UBND tỉnh đã phê quyệt Kế hoạch tổng thể
phòng, chống sạt lở … (tại Quyết định số 392/QĐ-UBND …)" (heldout37 h37-41); "Đảng ủy phường Phúc La triển khai kế
hoạch tổ chức Đại hội Chi bộ …" over "Thực hiện Chỉ thị số 35-CT/TW …; Kế hoạch số 256-KH/QU … của Quận ủy Hà Đông …,
Đảng ủy phường Phúc La triển khai kế hoạch số 89 –KH/ĐU … về việc tổ chức Đại hội Chi bộ …" (import heldout17 i16).
The number stands right after the act's type word or in brackets after the document's name (the decision that made
it).  The repeated words alone do not say it: over every spent text, a sentence repeating 80 % of a numberless
headline's word pairs names a cited document about five times as often as the page's own (tag pages, Q&A pages, a
draft's page naming the rule it amends), so the act is asked for, and not on a meeting's page (a conference
"triển khai kế hoạch số …" tells of it), nor with another issuer after the number ("… của Quận ủy Hà Đông").  Only
one document may be presented so: two are a page about several, none of them its own.

The headline's own body says it too, under any issuing act ("đã có", "thành lập" …): "UBND huyện U Minh trả lời đơn
…" over "Theo đó, …, Ủy ban nhân dân huyện đã có Công văn số 4009/UBND-XD, về việc trả lời … Đơn yêu cầu … của ông …"
(import heldout9 y22), "Nghĩa Đô tạm hoãn Lễ hội Cốm …" (under the site's name line "Vietnam.vn - …") over "… UBND xã
Nghĩa Đô đã ban hành Văn bản số 252/UBND … về việc tạm hoãn …" (heldout32 ah07); and a meeting's page whose plan is the
headline's body's by name ("… triển khai kế hoạch số: 22/KH-UBND của Ủy ban nhân dân xã Trường Đông …" under "XÃ
TRƯỜNG ĐÔNG TRIỂN KHAI KẾ HOẠCH …", heldout10 z24).  Another body as the subject (:mod:`.own_body`) is a document the
page tells of: over every spent text the sentences an issuing act alone would take are all such.  A headline that
is the document's name by its type ("Kế hoạch thực hiện diệt chuột năm 2018") says it as well, for a document of that
type ("… Sở Nông nghiệp & PTNT Vĩnh Phúc đã xây dựng kế hoạch số 25/KH-SNN&PTNT … về việc thực hiện diệt chuột năm
2018", import heldout31 ag16).
"""

from __future__ import annotations

import itertools
import re

from .model import OwnNumber
from .news import event_report, several_named
from .own_body import headline_body
from .ownnumber import SO_GAP, WINDOW, number_at
from .spelling import number_key
from .vocabulary import GAP, NOT_AFTER, NOT_BEFORE, TYPE_ALT, type_of_word

__all__ = ["headline_echo"]

# A number in a line: a headline naming one is read by the title rules, not here
_HAS_NUMBER = re.compile(r"\d{1,5}[ \t]*[/-][ \t]*[^\W\d_]")
# Where a sentence ends (a line break, or a stop before a blank)
_SENTENCE_END = re.compile(r"\n|[.!?;…][ \t\"”’)]*[ \t]")
_WORD = re.compile(r"[^\W\d_]+")
# A headline is a line of at least this many words and at most that many (a longer first line is a paragraph)
HEADLINE_WORDS = (5, 60)
# How many of the first lines may stand above the headline (a site's name, a menu line)
HEADLINE_LINES = 3
# The share of the headline's word pairs the document's sentence must say again
ECHO_SHARE = 0.8
# … when the sentence's subject is the headline's own body (the subject already says whose document it is; the sentence
# then retells the headline's matter in its own words: "UBND huyện U Minh trả lời đơn yêu cầu của ông …" over "Ủy ban
# nhân dân huyện đã có Công văn số 4009/UBND-XD, về việc trả lời nội dung Đơn yêu cầu … của ông …", 7 of 19 pairs)
BODY_SHARE = 1 / 3
# The act a headline presents its document by, right before the document's type ("… phê quyệt Kế hoạch …", a typo the
# copy keeps; "… triển khai kế hoạch tổ chức Đại hội …")
_ACT = re.compile(
    rf"{NOT_BEFORE}(?P<act>ban{GAP}hành|phê{GAP}(?:duyệt|quyệt)|triển{GAP}khai|xây{GAP}dựng){GAP}(?:{TYPE_ALT}){NOT_AFTER}",
    re.IGNORECASE,
)
# The acts a sentence whose subject is the headline's own body presents its document by ("UBND xã … đã ban hành Văn
# bản số 252/UBND …", "Ủy ban nhân dân huyện đã có Công văn số 4009/UBND-XD …"): the subject says whose it is
_BODY_ACT = re.compile(
    rf"{NOT_BEFORE}(?P<act>ban{GAP}hành|phê{GAP}(?:duyệt|quyệt)|triển{GAP}khai|xây{GAP}dựng|(?:đã|vừa){GAP}có|thành{GAP}lập)"
    rf"{GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}",
    re.IGNORECASE,
)
# A headline naming the document itself by its type ("Kế hoạch thực hiện diệt chuột năm 2018")
_TYPE_OPENING = re.compile(rf"[ \t]*(?:{TYPE_ALT}){NOT_AFTER}", re.IGNORECASE)
# A site's name line above the headline ("Vietnam.vn - Nền tảng quảng bá Việt Nam", "zunia.vn Tuyển sinh …"): a
# domain, then a few words without a stop
_SITE_LINE = re.compile(
    r"[ \t]*[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)(?![\w.])[^\n.!?]{0,80}$", re.IGNORECASE | re.MULTILINE
)
SITE_LINE_WORDS = 10
# Where a subject starts: the sentence's start or the last comma before the act
_CLAUSE = re.compile(r",")
# The issuer after "của/do", up to its document's description or date
_ISSUER_END = re.compile(rf"{NOT_BEFORE}(?:về|ngày|v/v|theo|với|nhằm|để)|[,.;:(\n]", re.IGNORECASE)
# The act's document numbered right after its type ("triển khai kế hoạch số 89 -KH/ĐU …")
_NUMBERED = re.compile(rf"[ \t]*(?:số{SO_GAP})?(?=\d)", re.IGNORECASE)
# … or in brackets after its name, by the document that made it ("… Kế hoạch tổng thể … (tại Quyết định số 392/QĐ-UBND …)")
_BRACKETED = re.compile(
    rf"\([ \t]*(?:(?:tại|theo){GAP})?(?:{TYPE_ALT}){NOT_AFTER}[ \t]*(?:số{SO_GAP})?(?=\d)", re.IGNORECASE
)
# Another body named as the document's issuer after its number: "… Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy …"
_ISSUER_AFTER = re.compile(rf"{NOT_BEFORE}(?:của|do){NOT_AFTER}", re.IGNORECASE)
ISSUER_REACH = 70


def _pairs(text: str) -> set[tuple[str, str]]:
    """The pairs of consecutive words of *text*, case folded."""
    words = [word.casefold() for word in _WORD.findall(text)]
    return set(itertools.pairwise(words))


def _headline(w: str) -> tuple[int, int, set[tuple[str, str]]] | None:
    """Where the headline starts and ends and its word pairs, else None (a site's name line above it passed over)."""
    lines = [m for m in re.finditer(r"[^\n]+", w) if m.group(0).strip()]
    lines = [m for m in lines[: HEADLINE_LINES + 1] if not _site_line(w, m)][:HEADLINE_LINES]
    for line in lines:
        words = len(_WORD.findall(line.group(0)))
        if words > HEADLINE_WORDS[1]:
            return None
        if words >= HEADLINE_WORDS[0]:
            if _HAS_NUMBER.search(line.group(0)):
                return None
            return line.start(), line.end(), _pairs(line.group(0))
    return None


def _site_line(w: str, line: re.Match[str]) -> bool:
    """Whether *line* is a site's name line ("Vietnam.vn - Nền tảng quảng bá Việt Nam")."""
    return (
        len(_WORD.findall(line.group(0))) <= SITE_LINE_WORDS and _SITE_LINE.match(w, line.start()) is not None
    )


def _acts(text: str) -> set[str]:
    """The presenting acts of :data:`_ACT` in *text*, folded ("phê duyệt")."""
    return {" ".join(m.group("act").casefold().split()) for m in _ACT.finditer(text)}


def _names_type(title: str, type_word: str) -> bool:
    """Whether the headline *title* opens with the type *type_word* names ("Kế hoạch …" for "kế hoạch")."""
    named = _TYPE_OPENING.match(title)
    return named is not None and type_of_word(named.group(0)) == type_of_word(type_word)


def _issuer(w: str, pos: int, stop: int) -> str | None:
    """The body named by "của/do" right after a number ending at *pos*, else None."""
    found = _ISSUER_AFTER.search(w, pos, min(pos + ISSUER_REACH, stop))
    if found is None:
        return None
    end = _ISSUER_END.search(w, found.end(), stop)
    return w[found.end() : end.start() if end is not None else stop]


def headline_echo(head: str, w: str) -> OwnNumber | None:
    """The number of the one document presented by the headline's act, or by the headline's own body as the
    sentence's subject, in a sentence that says most of the headline again and names no other issuer after the
    number (module docstring), else None; none on a meeting's page unless its issuer is the headline's body."""
    w = w[:WINDOW]
    headline = _headline(w)
    if headline is None:
        return None
    begin, end, pairs = headline
    title = w[begin:end]
    acts = _acts(title)
    if not pairs:
        return None
    meeting = event_report(w)
    found: dict[str, OwnNumber] = {}
    for act in _BODY_ACT.finditer(w, end):
        start = max((m.end() for m in _SENTENCE_END.finditer(w, end, act.start())), default=end)
        close = _SENTENCE_END.search(w, act.end())
        stop = close.start() if close is not None else len(w)
        at = _NUMBERED.match(w, act.end()) or _BRACKETED.search(w, act.end(), stop)
        if at is None:
            continue
        close = _SENTENCE_END.search(w, at.end())
        stop = close.start() if close is not None else len(w)
        issuer = _issuer(w, at.end(), stop)
        owned = issuer is not None and headline_body(issuer, title)
        if issuer is not None and not owned:
            continue
        if " ".join(act.group("act").casefold().split()) in acts:
            share = ECHO_SHARE
        else:
            subject = max((m.end() for m in _CLAUSE.finditer(w, start, act.start())), default=start)
            if headline_body(w[subject : act.start()], title):
                share = BODY_SHARE
            elif _names_type(title, act.group("type")):
                share = ECHO_SHARE
            else:
                continue
        if meeting and not owned:
            continue
        if len(pairs & _pairs(w[start:stop])) < share * len(pairs):
            continue
        if several_named(w, at.end()):
            return None  # "… đã ban hành Quyết định 3136/QĐ-UBND, 3137/QĐ-UBND …": a page about several documents
        own = number_at(head, w, at.end(), "lead", bare=True)
        if own is not None:
            found.setdefault(number_key(own.number), own)
    return next(iter(found.values())) if len(found) == 1 else None
