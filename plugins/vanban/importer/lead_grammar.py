"""A news lead read slot by slot, left to right: one grammar for the many ways a page says a body issued a document.

[time] [body] [cho biết] [vừa/đã/mới] [verb] [document noun (+ hỏa tốc/khẩn)] [số N] [ngày D] [gửi/đến <addressees>]
[subject], as in "Ngày 19/7/2022, UBND tỉnh ban hành Quyết định công nhận …", "Bộ Y tế vừa có văn bản gửi các đơn vị
… về việc …", "Cục X ra văn bản hướng dẫn việc …", "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo … vừa ký quyết định giải
thể …", and a notice's own voice "<body> xin thông báo (lại) về …" / "<body> thông báo để … biết". The words of each
slot are kept in ``patterns`` (the lead section); the body is recognised as the header reader recognises one
(``issuer.starts_body``). A slot the sentence does not settle leaves its field empty (a wrong issuer is worse than an
empty one): a plural noun ("3 Quyết định") names no one document, a guidance on another document ("văn bản hướng dẫn
thực hiện Nghị định số …") no type, a letter that asks ("… đề nghị …", "… chỉ đạo …") no trích yếu. Read only when
the page has no header and no numbered lead filled a field; every value taken is reported unsure.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..citations import extract
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from . import patterns as words
from .casing import key as fold_key
from .issuer import starts_body, written_out
from .lead import LABEL, LEAD_LINES, lead_context
from .lead_place import lead_issuer
from .lead_subject import RUN_ON
from .lines import Block
from .office_holder import PERSON_TITLES, body_of_office, office_holder, person_before
from .paragraphs import page_lines
from .patterns import LOWER_MARKED, UPPER_MARKED
from .result import ImportResult

_TYPES = sorted(TYPE_NAMES, key=len, reverse=True)
_NOUNS = "|".join(re.escape(n) for n in [*_TYPES, *words.GENERIC_NOUNS])
_VERBS = "|".join(re.escape(v) for v in words.LEAD_VERBS)
# [tense] [verb] [noun]: where the body's name ends
_ISSUES = re.compile(r"(?<=\s)" + words.LEAD_TENSE.pattern + r"(?P<verb>" + _VERBS + r")\s+(?:(?P<count>(?i:" + words.SEVERAL + r"))\s+)?(?P<noun>(?i:" + _NOUNS
                     + r"))(?=[\s,.:;]|$)")
# [tense] [xin/trân trọng] thông báo: a notice's own voice
_NOTIFIES = re.compile(r"(?<=\s)" + words.LEAD_TENSE.pattern + r"(?P<own>" + words.OWN_VOICE.pattern
                       + r"|thông báo\s+)")
# the words a body's name may start with besides a header's ("Chủ tịch UBND tỉnh", "Bệnh viện …", "Tổng công ty …")
_OFFICES = ("UBND ", "HDND ", "CHU TICH ", "PHO CHU TICH ", "THU TUONG", "PHO THU TUONG", "BO TRUONG ", "GIAM DOC ",
            "THUONG TRUC ", "THUONG VU ", "TONG CONG TY ", "CONG TY ", "CANG VU ", "BENH VIEN ", "DOAN DAI BIEU ",
            "TONG THU KY ", "KIEM LAM ", "HAT ", "BO CHI HUY ", "BO TU LENH ", "TRAM ", "CHI NHANH ")
# a clause inside what would be a body's name: it does something else there
_CLAUSE = re.compile(r"\s(?:là|được|bị|đang|sẽ|đã|vừa|khi|nếu|thì|nhằm|để|theo|trong|sau khi|trước|quán triệt|học tập|"
                     r"hội nghị|tổ chức hội|xây dựng và)\s|;")
# "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo …": one man's two offices, the first names his committee
_CHAIR = re.compile(r"^(?:Phó\s+)?Chủ tịch\s+(?=(?:Ủy|Uỷ) ban nhân dân\s)")
_SECOND_OFFICE = re.compile(r",\s+(?:Trưởng|Phó Trưởng|Chủ nhiệm|Bí thư)\s")
# "Để giải quyết …, Chủ tịch UBND tỉnh đã phát đi công văn số …": a purpose clause before a numbered document announces
# the page's own act (its lead, wherever the story's setting put it); before an unnamed one it tells a story
_PURPOSE = r"(?:Để|Nhằm)\s"
# "Theo Công văn số LQSL-305 …": a document the page told of before (a number the citation reader may not know)
_TOLD = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in _TYPES) + r"|văn bản)\s+số\b", re.I)
# "Thừa ủy quyền của Bộ trưởng …, X thông báo …", "Vì vậy, X …", "Nhằm …, X vừa có …": a clause before the body
_BEFORE = re.compile(r"^(?:Thừa (?:ủy|uỷ) quyền|Vì vậy|Vì thế|Do đó|Do vậy|Nay|Theo đó)\b")
_JUST = re.compile(r"\b(?:vừa|mới)\s")
# "hướng dẫn thực hiện Nghị định số …": a guidance on another document (its number perhaps on the next line)
_OTHER_DOCUMENT = re.compile(r"\b(?:Luật|Nghị định|Thông tư|Nghị quyết|Quyết định|Chỉ thị|Công văn|Kế hoạch)\b")
# "… hướng dẫn công tác X tới Ủy ban MTTQ các tỉnh": the addressees after the subject
_ADDRESSED_AFTER = re.compile(r"\s+(?:tới|gửi tới|gửi)\s+(?=(?:các\s+|toàn thể\s+)?[A-Z" + UPPER_MARKED + r"]).*$")
_OWN_BRACKET = re.compile(r"\([^()]*\bsố\s+\d[^()]*\)")
# a sentence ends with its stop; a line without one is a headline (or a lead its copy cut), unless it ends the page
# "… năm 2015 Ngày 30 tháng 10 năm 2015, Ban …": a dated lead a PDF ran on after its headline starts a sentence there
_GLUED_DATE = re.compile(r"(?<=[^\s,;:])\s+(?=(?:Ngày|Sáng|Chiều|Trưa|Tối)\s+\d{1,2}\s*(?:[-/.]|\s+tháng\s+)\s*\d{1,2}[^,.;]{0,20},\s)")
_STOPPED = re.compile(r"[.:;!?…”\"]\s*$")
_TAG = re.compile(r"^(?:[A-ZĐ][A-ZĐ.]{1,12}|\([^()]{2,20}\))\s*[-–—]\s+")
WHY = "trang không có phần đầu văn bản; đọc từ lời dẫn"
NO_TITLE = "lời dẫn không nêu trích yếu"  # the lead settles that the page names none: its headline is its news


@dataclass(frozen=True)
class Lead:
    """What one sentence says about the document it presents; "" where it says nothing."""

    body: str
    kind: str
    number: str = ""
    issued: datetime.date | None = None
    subject: str = ""
    sentence: str = ""
    recent: bool = False  # "vừa", "mới": the news item's own lead, wherever it stands
    several: bool = False  # several documents of the type: no number, no trích yếu
    signer: str = ""  # "ông X, Giám đốc Sở …": the office holder named before his office
    acting: bool = False  # the body acts with no document named: the issuer only
    purpose: bool = False  # "Để …, X đã phát đi công văn số …": the page's own act, if no document was told of before


def _signer_before(words_before: str, body: str) -> str:
    """The person named right before an office that acts for its body ("…, ông Trần Văn A, Giám đốc Sở Y tế …" →
    "Trần Văn A"), else ""."""
    if not words.OFFICE.match(body) or not words_before.endswith(body):
        return ""
    prior = words_before[: len(words_before) - len(body)].rstrip()
    piece = prior.rsplit(",", 2)[-2] if prior.endswith(",") and prior.count(",") >= 1 else ""
    name, rest = person_before(f"{piece.strip()}, {body}")
    return name if rest == body else ""


def is_body(name: str) -> bool:
    """Whether *name* names a body as a lead writes it (a header's body words, or an office, a company, a hospital …)."""
    if not name or len(name.split()) > 22 or _CLAUSE.search(f" {name} "):
        return False
    folded = fold_key(name) + " "
    return starts_body(name) or folded.startswith(_OFFICES)


# "Hội đồng nhân dân thành phố khóa XV, kỳ họp thứ 14": the term and session a council acts in, no part of its name
_TERM = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLC]+\b(?:\s*,\s*kỳ họp thứ\s+\S+)?$")


# "Cục Quản lý Khám, chữa bệnh, Bộ Y tế": the ministry a department belongs to, named after it, is not the issuer
_PARENT = re.compile(r",\s+(?:Bộ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s[^,]{2,60}$")


def body_of(before: str) -> str:
    """The body's name in the words before the verb: all of them (a ministry named after a department left out), or
    those after a clause set off by a comma."""
    before = _TERM.sub("", before.strip(" ,"))
    if ":" in before and is_body(before.rsplit(":", 1)[1].strip()):  # "Theo ông A, Phó Chủ tịch …: Ban …"
        return before.rsplit(":", 1)[1].strip()
    parent = _PARENT.search(before)
    if parent and is_body(before[: parent.start()]):
        return before[: parent.start()]
    if is_body(before):
        return before
    if "," in before:
        head, _, tail = before.rpartition(",")
        tail = words.LEAD_TIME.sub("", tail.strip(), count=1)
        if is_body(tail) and head.strip():
            return tail
    return ""


def whole_before(before: str) -> str:
    """The words before the verb as :func:`body_of` reads them when no clause stands before the body."""
    before = _TERM.sub("", before.strip(" ,"))
    parent = _PARENT.search(before)
    return before[: parent.start()] if parent and is_body(before[: parent.start()]) else before


def lead_day(time: re.Match[str] | None) -> datetime.date | None:
    year = time and (time.group("y") or time.group("y2"))
    if not time or not year:
        return None  # a day and month without a year: no date (the import README's rule)
    try:
        return datetime.date(int(year), int(time.group("m")), int(time.group("d")))
    except ValueError:
        return None


def trimmed_subject(subject: str) -> str:
    subject = _ADDRESSED_AFTER.sub("", words.SUBJECT_END.sub("", subject))
    subject = RUN_ON.split(subject, maxsplit=1)[0]
    return subject.strip(" .,;:")


def _subject(rest: str, kind: str, generic: bool) -> tuple[str, str] | None:
    """(type, trích yếu) from the words after the noun (its number and date gone); None when unsettled."""
    address = re.match(r"(?:" + "|".join(words.ADDRESS_WORDS) + r")\s", rest)
    if address:  # "gửi <addressees> về việc X": only a label after them opens a subject
        label = re.search(r"(?<=\s)(?:về việc|V/v|về)\s+", rest)
        if label is None or label.start() > 400:
            return (kind or "Công văn", "") if generic or kind else None
        return kind or "Công văn", rest[label.start():]
    if words.SUBJECT_LABELS.match(rest) and not rest.lower().startswith("việc"):
        return kind or "Công văn", rest
    if generic:
        verb = next((v for v in words.INFORMING if rest.lower().startswith(v + " ")), "")
        if verb:
            said = words.INFORMING[verb]
            after = rest[len(verb):].strip()
            if said == "Hướng dẫn" and (extract(after).citations or _OTHER_DOCUMENT.search(after)):
                return None  # a guidance on another document: a letter or a guide, the text does not say
            return said, (rest if said == "Công văn" else after)
        if words.ASKING.match(rest):
            return "Công văn", ""
        return None
    if words.ASKING.match(rest) and kind in ("Công văn", "Công điện"):
        return kind, ""  # a letter or a dispatch that asks: what it asks is no trích yếu
    if kind in ("Công văn", "Công điện"):
        return kind, ""
    return kind, rest


# "Văn phòng UBND TP. Hồ Chí Minh ngày 14/6 đã có thông báo …": the time said after the body, no part of its name
_LATE_TIME = re.compile(r"\s+(?:ngày|hôm|sáng|chiều|tối)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,?$")


def read_sentence(sentence: str) -> Lead | None:
    """The grammar: *sentence*'s slots read left to right; None when it presents no document of a body."""
    sentence = _TAG.sub("", words.LEAD_STAMP.sub("", collapse_space(sentence)))
    time = words.LEAD_TIME.match(sentence)
    start = time.end() if time else 0
    for m in _ISSUES.finditer(sentence, start):
        before = _LATE_TIME.sub("", sentence[start:m.start()])
        body = body_of(before)
        if not body:
            continue
        whole = whole_before(before)
        signer = _signer_before(whole, body)
        if signer and body != whole and whole.startswith(PERSON_TITLES):
            whole = body  # "ông X, Chủ tịch UBND tỉnh … đã có quyết định …": the man before his office, no clause
        numbered = re.match(r"(?:số\s*)?\d", words.URGENCY.sub("", sentence[m.end():].lstrip(), count=1)) is not None
        purpose = numbered and re.match(_PURPOSE, sentence[start:]) is not None
        if body != whole and not _JUST.search(m.group(0)) and not _BEFORE.match(sentence[start:]) and not purpose \
                and not numbered:  # a numbered document after any setting is the page's in its first sentence only
            return Lead(body, "")  # a story after a clause, not the page's own lead
        noun = m.group("noun")
        generic = noun.lower() in words.GENERIC_NOUNS
        kind = "" if generic else next(t for t in _TYPES if t.lower() == noun.lower())
        if m.group("count"):
            # "hai quyết định", "3 Quyết định (308/…, 309/…)": several documents of one type, by one body on one day;
            # no one number or trích yếu is the page's ("các văn bản": not even the type)
            issued = lead_day(time) if m.group("verb") in words.DATING_VERBS else None
            return Lead(body, kind, issued=issued, sentence=sentence, several=True)
        rest = sentence[m.end():].lstrip()
        rest = words.URGENCY.sub("", rest, count=1) if words.URGENCY.match(rest) else rest
        number, issued = "", lead_day(time) if m.group("verb") in words.DATING_VERBS else None
        if re.match(r"(?:số\s*)?\d", rest):
            if "triển khai" in m.group("verb"):
                return Lead(body, "")  # a numbered document rolled out: someone else's, named (mentions)
            cited = next(iter(extract(rest).citations), None)
            if cited is None or not cited.occurrences or cited.occurrences[0].start > 6:
                return Lead(body, "")
            number, issued = cited.number, cited.date or issued
            kind = kind or ("Công văn" if generic else "")
            rest = rest[cited.occurrences[0].end:].lstrip(" ,")
            rest = re.sub(r"^ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?\s*", "", rest)
        if _OWN_BRACKET.search(rest):
            return Lead(body, "")  # "… (Kế hoạch số 134/KH-BVĐ, ngày …)": its number in a bracket (``bracketed_lead``)
        read = _subject(rest, kind, generic)
        if read is None:
            return Lead(body, "")
        kind, subject = read
        subject = trimmed_subject(subject)
        if kind == "Công văn":
            subject = LABEL.sub("", subject)
        return Lead(body, kind, number, issued, subject, sentence, _JUST.search(m.group(0)) is not None,
                    signer=signer, purpose=purpose)
    acting = _acting(sentence, start)
    if acting is not None:
        return acting
    for m in _NOTIFIES.finditer(sentence, start):
        body = body_of(sentence[start:m.start()])
        rest = sentence[m.end():]
        if not body:
            continue
        if body != whole_before(sentence[start:m.start()]) and not _BEFORE.match(
                sentence[start:]):
            return Lead(body, "")  # "Thực hiện …, X thông báo …": what a body did on another's order
        own = m.group("own").strip() != "thông báo"
        if words.TO_READERS.match(rest):
            return Lead(body, "Thông báo", sentence=sentence)  # the notice's own formula: whom it tells, no subject
        if rest.startswith("về ") and (own or re.search(r"như sau\s*:\s*$", rest)):
            return Lead(body, "Thông báo", subject=trimmed_subject(rest), sentence=sentence)
        return Lead(body, "")  # a body telling news, or a notice the page itself may be: not settled here
    return None


def _acting(sentence: str, start: int) -> Lead | None:
    """A body acting in its own words with no document named ("vừa qua Trung tâm … thành phố X đề nghị UBND các xã
    …", "Phòng GD&ĐT Quận 11 đề nghị …", "Căn cứ …, Sở … đã dự thảo …"): its name only (the issuer; no type)."""
    for m in _ACTS.finditer(sentence, start):
        before = sentence[start:m.start()]
        body = body_of(before)
        if not body or not _PLACED.search(body):
            continue
        if body != whole_before(before) and not _GROUNDS.match(sentence[start:]):
            return None  # a story after a clause
        return Lead(body, "", sentence=sentence, acting=True)
    return None


_OPENING = 3  # lines: a headline, a stamp, the opening sentence
# the verbs of a body acting with no document named: asking, directing, drafting
_ACTS = re.compile(r"(?<=\s)" + words.LEAD_TENSE.pattern + r"(?:" + "|".join(words.ACTING_VERBS) + r")\s")
# "Căn cứ …, X …", "Để …, X …": the grounds or the purpose of the body's own act
_GROUNDS = re.compile(r"^(?:Căn cứ|Thực hiện|Để|Nhằm|Trước)\b")
# a body named with its place or its own proper name ("… Quận 11", "Bệnh viện Chợ Rẫy"); "Sở Y tế" alone may be any
_PLACED = re.compile(r"(?:\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|"
                     r"Phường|Thị trấn|TP\.?)\s+\S+|[A-Z" + UPPER_MARKED + r"]\S*\s+[A-Z" + UPPER_MARKED + r"]\S*)$")


def _issuer(result: ImportResult, lead: Lead, page: str) -> tuple[str, str]:
    """(issuer, signer) the body names: a minister or the Prime Minister named with the office issues as it; a
    committee's chairman issues every document as his committee, whose name heads it (Nghị định 30/2020; the import
    README's forty-first-session rule); a bare level is completed
    by the one place of it the sentence or page names (``lead_place``)."""
    body = lead.body
    if _CHAIR.match(written_out(body)):
        body = _SECOND_OFFICE.split(body, maxsplit=1)[0]
        body = _CHAIR.sub("", written_out(body))
    held = office_holder(body)
    if held:
        return held
    return lead_issuer(result, written_out(body_of_office(body)), lead.sentence, page), lead.signer


# the news a headline adds about a document: it is then no name of the document (the import README's post-title rule)
_NEWS = re.compile(r"\b(?:vừa|đã|sẽ|mới|ban hành|ký)\b", re.I)


def own_name(line: str, kind: str) -> bool:
    """Whether a post title *line* is the document's own name: it opens with the type word and adds no news."""
    folded, word = fold(collapse_space(line)).lower(), fold(kind).lower()
    return folded.startswith(word) and folded[len(word):len(word) + 1] in (" ", ":") and not _NEWS.search(line)


# a line that goes on the sentence above it: lower case, or a bracket of dates ("(18/11/1930 - 18/11/2011).")
_GOES_ON = re.compile(r"[a-z" + LOWER_MARKED + r"]|\((?![^()]{2,20}\)\s*[-–—])[^()]*\d")


def unwrapped(lines: list[str]) -> list[str]:
    """*lines* with a line a PDF wrapped mid-sentence joined back: "Cục Quản lý Khám Chữa" / "bệnh, Bộ Y tế mới đây
    có công văn …" (a line without its stop, the next opening in lower case or a bracket of dates, is one sentence)."""
    out: list[str] = []
    for line in lines:
        if out and not _STOPPED.search(out[-1]) and _GOES_ON.match(line.lstrip()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def read_lead_grammar(result: ImportResult, blocks: list[Block]) -> None:
    """Fill the empty fields of a page without a header from the first sentence of its opening the grammar reads; a
    post title above it that is the document's own name gives the trích yếu instead (``headline``)."""
    if any(result.fields.get(k) for k in ("number", "type", "date", "issuer")):
        return
    lines = page_lines(blocks)
    page = lead_context(lines)
    lines = unwrapped(lines)
    pieces = [(i, piece) for i, line in enumerate(lines[: LEAD_LINES * 2])
              for sentence in words.SENTENCE.split(line) for piece in _GLUED_DATE.split(sentence)]
    last = len(pieces) - 1
    stopped = [n for n, (_, piece) in enumerate(pieces) if _STOPPED.search(piece) or n == last]
    headlines = [n for n in range(len(pieces)) if n not in stopped]  # read when no sentence presents a document
    for n in stopped + headlines:
        i, sentence = pieces[n]
        lead = read_sentence(sentence)
        if lead is not None:
            if lead.acting:
                if i < _OPENING:  # the page's opening (under its headline): the body acting is the page's
                    issuer = lead_issuer(result, written_out(body_of_office(lead.body)), lead.sentence, page)
                    if issuer:
                        result.take("issuer", issuer, f"{WHY}: cơ quan tự nói việc mình làm, không nêu văn bản: "
                                                      f"“{lead.sentence[:160]}”")
                        result.missing.append(("title", NO_TITLE))
                return
            told = " ".join(piece for _, piece in pieces[:n])
            first = n == stopped[0] or lead.recent or (lead.purpose and not _TOLD.search(told)
                                                        and not extract(told).citations)
            if not lead.kind or (lead.number and not first):
                return  # a lead the grammar does not settle, or a numbered document a later paragraph tells of
            named = "" if lead.several else next((above for above in lines[:i] if own_name(above, lead.kind)), "")
            title = collapse_space(named)[len(lead.kind):].strip(" :.-–")
            if named and fold(LABEL.sub("", lead.subject)).lower() != fold(title).lower():
                # the post title is the document's own name (the import README's rule): its words after the type word
                lead = Lead(lead.body, lead.kind, lead.number, lead.issued, title, lead.sentence)
            why = f"{WHY}: “{lead.sentence[:160]}”"
            issuer, signer = _issuer(result, lead, page)
            for key, value in (("type", lead.kind), ("number", lead.number), ("issuer", issuer),
                               ("date", lead.issued.isoformat() if lead.issued else ""), ("title", lead.subject),
                               ("signer", signer)):
                if value and not result.fields.get(key):
                    result.take(key, value, why)
            if not issuer:
                result.missing.append(("issuer", "lời dẫn không nêu rõ cơ quan ban hành"))
            if lead.several:
                result.notes.append(f"lời dẫn nói về nhiều văn bản cùng loại: không lấy số, trích yếu “{lead.sentence[:80]}”")
                result.missing.append(("number", "lời dẫn nói về nhiều văn bản"))
            if not lead.subject and not result.fields.get("title"):
                result.notes.append(f"câu mở đầu nói văn bản làm gì, không nêu trích yếu: “{lead.sentence[:80]}”")
                result.missing.append(("title", NO_TITLE))
            result.notes.append(f"không có phần đầu văn bản: đọc từ lời dẫn “{lead.sentence[:120]}”")
            return
