"""A page with no header and no numbered lead: who issues it, in the page's own sentences.

"Ủy ban nhân dân xã Tây Sơn thông báo lịch …", "…; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức
…": the body that acts in a notice or preamble posted without its header. Read only when nothing else named
an issuer, number or date; every value taken is reported as unsure, and a body acting without its locality
("UBND tỉnh thông báo") is none: a subject in the page's prose is not named as its issuer.
"""

from __future__ import annotations

import re

from ..citations import extract, parse_number
from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold
from .headline import PREAMBLE_OWN
from .issuer import SPELT, coded_unit, spelt_office, written_out
from .lead import LABEL, LEAD_LINES, lead_context
from .lead_place import BARE_LEVEL, lead_issuer
from .lead_subject import RUN_ON
from .lines import Block
from .office_holder import office_holder
from .own_unit import SCHOOL, office_district, school_name, turning_body
from .paragraphs import page_lines, paragraph
from .record_table import central_body
from .result import ImportResult

# "Uỷ ban nhân dân phường Nam Đồng thông báo và đề nghị …", "Phó Chủ tịch UBND phường Phúc La": the body that acts
# in a notice page's own words.
_ACTING = re.compile(r"(?:^|[\s(:-])(?P<short>UBND|HĐND|[UỦ][yỷ]\s+[Bb]an\s+[Nn]hân\s+[Dd]ân|Hội\s+đồng\s+nhân\s+dân)\s+"
                     r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?:(?P=level)\s+)?"
                     r"(?P<place>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:()]*"
                     r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:()]*){0,3})"
                     r"(?P<acts>\s+(?:thông báo|ban hành|đề nghị|yêu cầu|quyết định)\b)?")


_GROUNDS = re.compile(r"(?:^|[.!?]\s+)(?:Căn cứ|Thực hiện)\b[^.!?]*$")


def read_acting_body(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header whose issuer only its own sentences name ("Ủy ban nhân dân xã Tây Sơn thông báo
    lịch …"): the one body with its locality that the page's first lines name, reported as unsure. Two
    different bodies named: left empty."""
    if result.fields.get("issuer") or result.fields.get("date") or result.fields.get("number"):
        return
    found: set[str] = set()
    acting: set[str] = set()
    for text in page_lines(blocks)[:12]:
        for m in _ACTING.finditer(text):
            short = collapse_space(m.group("short"))
            body = SPELT.get(short.upper().replace("Đ", "Đ"), "") or (
                "Ủy ban nhân dân" if short.lower().startswith(("ủy", "uỷ", "uy")) else "Hội đồng nhân dân")
            place = " ".join(w for w in m.group("place").split() if w[:1].isupper() and not w.isupper())
            # "… số 491/TB-UBND của UBND quận …", "… của Chủ tịch UBND tỉnh X": an owner (or its chair's); "Chủ tịch …
            # giao Ủy ban nhân dân huyện X, Y …": whom it directs
            owner = re.search(r"\b(?:của|theo|giao|yêu cầu|đề nghị|chỉ đạo)(?:\s+(?:Phó\s+)?Chủ\s+tịch)?\s*$",
                              text[: m.start() + 1])
            # "… tại Hội trường UBND huyện Tân Phước": where it happens, never who acts
            owner = owner or re.search(r"\btại\s+(?:\S+\s+){0,3}$", text[: m.start() + 1])
            # "Căn cứ …; Kế hoạch của Sở …; UBND quận X; …": a ground the text acts on, never who acts
            owner = owner or (None if m.group("acts") else _GROUNDS.search(text[: m.start() + 1]))
            if place and not owner:
                found.add(f"{body} {m.group('level')} {place}")
                if m.group("acts"):
                    acting.add(f"{body} {m.group('level')} {place}")
    if not found:  # "Phòng GD&ĐT yêu cầu:": an office acting in its own notice, named by its trade alone
        found = acting = {o for text in page_lines(blocks)[:12] for m in _OFFICE.finditer(text)
                          if (o := spelt_office(m.group("office")))}
        if len(found) == 1:
            found = acting = {office_district(found.pop(), page_lines(blocks)[:12])}
    if not found:  # "Trường Mầm Non Sơn Ca thông báo cho phụ huynh …": a school acting on its own site
        found = acting = {school_name(m) for text in page_lines(blocks)[:12] for m in SCHOOL.finditer(text)}
    if not found:  # "Vậy Công an huyện Đại Từ thông báo …": the notice's turn to its own act, after its grounds
        found = acting = {body} if (body := turning_body(page_lines(blocks))) else set()
    if len(acting) == 1 or len(found) == 1:  # the one body the page says acts, else the one it names (not as an owner)
        issuer = (acting or found).pop()
        result.take("issuer", issuer, f"trang không có phần đầu văn bản; cơ quan đọc từ chính lời trang: “{issuer}”")


_OFFICE = re.compile(r"(?:^|[\s.;:,])(?P<office>Phòng\s+[^\s,.;:()]+(?:\s*[-–&]?\s*[^\s,.;:()]+){0,4}?)\s+"
                     r"(?:yêu cầu|thông báo|đề nghị|hướng dẫn)\b")


_TYPES = "|".join(sorted((re.escape(n) for n in TYPE_NAMES), key=len, reverse=True))
# "Nay UBND phường X thông báo …", "Vậy UBND phường thông báo …", "Vì vậy, …": the word that turns from the grounds to
# the page's own act
_THEN = r"(?:(?:Nay|Vậy|Vì vậy|Do vậy|Do đó),?\s+)?"
# "Sở Lao động - Thương binh và Xã hội vừa có văn bản hướng dẫn việc tặng quà …": a guidance named by what it does
# after the generic "văn bản" (heldout15 f21, heldout25 aa09 label it Hướng dẫn); a numbered one is a lead's.
# (" - Sở … vừa …": a paper's tag the copy lost before its dash; a news lead's tense follows, never a list's item.)
# "UBND TP.HCM vừa có thông báo về việc …", "…; Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống … giai đoạn
# 2020-2025.", "Ngày …, Ủy ban MTTQ Việt Nam xã X triển khai kế hoạch tổ chức …" (or "tổ chức triển khai": the verb, not the body's name), "Ban Thường trực Ủy ban MTTQ
# tỉnh X hướng dẫn việc tổ chức …": a page's opening names who issues a document it gives no number for. "Bộ Y tế vừa
# có công văn gửi Chủ tịch UBND các tỉnh … về …": the addressees between the type word and "về" are skipped; a letter
# is read only with its "về" subject.
_ACTOR = (r"(?:^|[;.:]\s+|,\s+|^\([^()]{2,20}\)\s*[-–—]\s*|^[A-ZĐ][A-ZĐ.]{1,12}\s*[-–—]\s+|^\s*[-–—]\s+(?=[^.;:]{3,120}?\s(?:vừa|đã|mới)\s))" + _THEN + r"(?P<body>(?:UBND|HĐND|(?i:Ủy ban|Uỷ ban)|Hội đồng|"
          r"Ban|Sở|Bộ|Hội|Liên đoàn|Đoàn|Trung ương|Thường trực|Thường vụ|Tỉnh ủy|(?:Phó\s+)?Thủ tướng|Thứ trưởng|Cục|Tổng cục|"
          r"Chi cục|Văn phòng|Công đoàn|Trung tâm|Chủ tịch|"
          r"Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ)\s(?:[^;,.:()]|\.(?=\S)|(?<=TP)\.\s(?=[A-ZĐ])){2,100}?)"
          r"(?:\s*,\s*(?P<parent>(?:Bộ|UBND|Ủy ban|Uỷ ban)\s[^;,.:()\d]{2,60}?))?"  # "Cục …, Bộ Y tế": its ministry
          r"(?:\s*\((?:tỉnh|thành phố|huyện|quận|thị xã)\s[^()]{2,60}\))?\s+")  # "UBND huyện X (tỉnh Y)": a gloss
# "UBND huyện xây dựng và triển khai kế hoạch …": two verbs of one act; the first is no word of the body's name
_BOTH = r"(?:(?:xây dựng|ban hành|ký)\s+và\s+)?"
# "Văn phòng UBND TP. Hồ Chí Minh ngày 14/6 đã có thông báo …": the day it did so may stand before the verb.
_RECENTLY = r"(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+)?(?:(?:đã|vừa|mới đây|mới)\s+)?(?:chính thức\s+)?"
_UNNUMBERED = re.compile(
    _ACTOR + r"(?:" + _RECENTLY + _BOTH + r"(?:(?:ký\s+)?ban hành|có|ra|(?:tổ chức\s+)?triển khai|xây dựng|ký)\s+(?P<type>(?i:" + _TYPES + r"))"
    r"(?:\s+(?:hỏa tốc|hoả tốc|khẩn|thượng khẩn))?(?:\s+(?:gửi|tới)\s[^.:]{3,400}?(?=\s+(?:về|V/v)\s))?"
    r"|(?P<decides>" + _RECENTLY + r"quyết định)"
    r"|(?:trân trọng\s+|" + _RECENTLY + r"có\s+văn bản\s+(?=hướng dẫn))?(?P<verb>hướng dẫn|thông báo))\s+(?!số\b)"
    r"(?P<title>[^;:]{8,400}?)\s*(?:(?<!TP)\.(?:\s|$)|$|"
    r"(?P<follows>:))")  # "… trên địa bàn TP. Thủ Đức": the city's dot ends no sentence
# "Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, …; UBND các huyện …": a letter named by what it directs, its
# subject unsaid: the type and the body only.
_UNSAID_LETTER = re.compile(_ACTOR + _RECENTLY + r"(?:(?:ký\s+)?ban hành|có|ký)\s+(?P<type>(?i:công văn))\s+"
                            r"(?P<title>(?!số\b|về\b|V/v\b|gửi\b|tới\b)[^.:]{8,400}?)\s*(?:\.(?:\s|$)|$)(?P<follows>)(?P<verb>)"
                            r"(?P<decides>)")
# "Ngày 22/5, Chủ tịch UBND tỉnh quyết định …": a dated opening makes the bare verb the act of deciding
_DATED_OPENING = re.compile(r"(?:^|[.;]\s+)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
                            r"(?:\s*[/.-]\s*\d{4})?\s*$")


# "… thông báo đến quý cơ quan, đơn vị và công dân biết", "… thông báo để các đơn vị, nhân dân được biết": the notice's
# own formula, telling its readers; the body that says it issues the notice. Read after the headline's readers (a
# headline names the notice's trích yếu); "… để Sở X biết, thực hiện" is a letter passing on a directive, no notice.
_TO_READERS = re.compile(r"^(?:đến|tới|để|cho)\s[^.;:]{3,300}?\s(?:được\s+)?biết(?:\s+và\s[^.;:,]{3,60})?\s*$")
# The same formula closing the page: the page is the notice itself, so "X thông báo <subject>." in its opening is
# the notice's own act, not news a body tells ("Thực hiện Công điện số …, Thường trực HĐND thành phố thông báo tạm
# dừng việc tiếp công dân …" … "Văn phòng HĐND và UBND thành phố trân trọng thông báo để các tổ chức, cá nhân biết.").
_CLOSING_FORMULA = re.compile(r"\bthông báo\s+(?:đến|tới|để|cho)\s[^.;:]{3,300}?\s(?:được\s+)?biết\b")
# "Thông báo: Về việc nghỉ lễ …" over the opening: the page names its notice itself (read or not), so the opening's
# words are not taken for its trích yếu
_NAMES_NOTICE = re.compile(r"\s*(?:thông báo|về việc|v/v)\b", re.I)
# "… thông báo một số nội dung như sau:": what it announces, unnamed; no trích yếu
_SOME_POINTS = re.compile(r"(?:một số|các|những)\s+(?:nội dung|vấn đề|điểm|thông tin)(?:\s+(?:chính|cụ thể|sau))?$")
_ANNOUNCED = re.compile(r",?\s*(?:cụ thể\s+)?(?:như sau|sau đây)\s*$")
_ENDED = re.compile(r"[.:;!?]\s*$")
_CUT = re.compile(r",\s*$")  # "… thu, nộp Quỹ phòng," / "chống thiên tai …": a hard wrap after a comma; no title ends so
# "Văn phòng HĐND và UBND thành phố sẽ chỉ đạo ban Tiếp công dân thành phố hướng dẫn …": a clause of its own (a
# tense or a verb that hands work down) inside what would be the body's name: that body does something else.
# "Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng …", "UBND các cấp": a level named in a procedure the page
# quotes stands for every body of that level, never for the one that issues the page.
_NOT_A_BODY = re.compile(r"\s(?:đã|vừa|mới)\s|\s(?-i:sẽ|đang|chỉ đạo|yêu cầu|đề nghị|giao|cho biết)\s|\s(?:văn bản|công văn)$"
                         r"|\scấp\s+(?:xã|huyện|tỉnh|cơ sở|trung ương|trên|dưới)$|\s(?:các|mọi)\s+cấp$",
                         re.I)  # "Ban Chỉ đạo …", "xã Giao Thiện": names


def read_unnumbered_lead(result: ImportResult, blocks: list[Block], announcing: bool = False) -> None:
    """A page with no header and no numbered lead whose opening says who issues what ("<body> vừa có thông báo về
    việc …"): the type, the trích yếu and the body, each reported; never a date (the day such a sentence gives is
    the day the document was rolled out or reported). A body without its locality takes the one place of its level
    the sentence or the page names, else it is kept as the lead writes it (``lead_place.lead_issuer``). With *announcing*, after the headline's readers, an
    opening that announces its content ("UBND xã X thông báo lịch … như sau:", "… xây dựng Kế hoạch … với những nội
    dung cụ thể sau:") gives the type and body alone."""
    if any(result.fields.get(k) for k in ("number", "type", "date")) or (result.fields.get("issuer") and not announcing):
        return
    lines = page_lines(blocks)
    page = lead_context(lines)
    own_notice = any(_CLOSING_FORMULA.search(line) for line in lines[: LEAD_LINES * 4])
    for i in range(min(len(lines), LEAD_LINES * 2)):  # under a portal's counters too ("Hôm nay:" / "1" / …)
        text = paragraph(lines, i, LEAD_LINES)
        m = _UNNUMBERED.search(text) or _UNSAID_LETTER.search(text)
        alone = (_UNNUMBERED.search(lines[i]) if lines[i] != text and not _ENDED.search(lines[i])
                 and not _CUT.search(lines[i]) else None)
        if alone is not None and (m is None or m.group("follows")):  # a post title with no full stop, which the
            m, text = alone, lines[i]  # paragraph ran on into the lines under it ("… Hậu Giang" / "Ngày 04-01-2023")
        if m is None or len(m.group("body").split()) < 2 or _NOT_A_BODY.search(m.group("body")):
            continue  # "Bộ Nội vụ đã có văn bản hướng dẫn …": a body and what it did, the document unnamed
        if (m.group("verb") == "hướng dẫn" and re.search(r"văn bản\s+$", text[: m.start("verb")])
                and extract(m.group("title")).citations):
            continue  # "Bộ Nội vụ đã có văn bản hướng dẫn thực hiện Nghị định số …": a letter on another document, its
            # kind unsettled (heldout5 r32 is a Công văn); only a guidance of its own matter is a Hướng dẫn
        if m.group("decides") and " " not in m.group("decides").strip() and not _DATED_OPENING.search(
                text[: m.start("body")].rstrip(" ,")):
            continue  # "… Bộ Tư lệnh Thủ đô quyết định cụ thể …": prose, not a decision the page reports
        said = "Quyết định" if m.group("decides") else m.group("verb") or m.group("type")
        kind = next(n for n in TYPE_NAMES if n.lower() == said.lower())
        unlabelled = kind == "Công văn" and not LABEL.match(m.group("title"))  # "… có công văn chỉ đạo các sở …"
        follows = bool(m.group("follows")) and re.search(r"(?:như|cụ thể|sau đây)\s*(?:sau)?\s*$", m.group("title"))
        closed = bool(m.group("follows")) and RUN_ON.search(m.group("title")) is not None  # "…, với chủ đề:": the
        # colon belongs to what the news adds after the trích yếu, not to the sentence naming the document
        if follows and PREAMBLE_OWN.search(text):
            return  # "… xây dựng Kế hoạch tuyên truyền …, cụ thể như sau:": a preamble naming its trích yếu (``headline``)
        addressed = m.group("verb") == "thông báo" and _TO_READERS.match(m.group("title")) is not None
        if addressed and not announcing:
            continue  # the notice's own formula waits for the headline's readers (``_TO_READERS``)
        told = m.group("verb") == "thông báo" and not (  # news a body tells, unless the page closes with the
            own_notice and not re.match(r"(?:đến|tới|để|cho)\s", m.group("title")))  # notice's own formula
        if not addressed and ((bool(follows) != announcing) or (
                not follows and not closed and (m.group("follows") or told))):
            continue  # a clause that goes on ("… cơn bão số 8:"), or a body that tells news ("X thông báo kết quả …")
        why = f"trang không có phần đầu văn bản; đọc từ câu mở đầu: “{collapse_space(m.group(0)).strip(' ;,.:')}”"
        result.take("type", kind, why)
        title = RUN_ON.split(m.group("title"), maxsplit=1)[0].strip(" .,")
        if kind == "Công văn":  # a letter's "về việc"/"V/v" is its label, never its trích yếu
            title = LABEL.sub("", title)
        own = next((c for c in extract(title).citations if c.type == kind and m.group("verb")), None)
        if addressed:  # "X thông báo đến quý cơ quan … biết": the notice saying whom it tells, not what about
            result.notes.append(f"câu mở đầu nói thông báo gửi ai (“{title[:80]}”), không nêu trích yếu")
        elif unlabelled:  # a letter is named by its "về" subject: what it directs is none (the README's rule)
            result.notes.append(f"câu mở đầu nói công văn làm gì (“{title[:80]}”), không nêu trích yếu")
        elif re.match(r"yêu cầu\b", title, re.I):  # "… có công điện yêu cầu các đơn vị …": what it asks, no trích yếu
            result.notes.append(f"câu mở đầu nói văn bản yêu cầu gì (“{title}”), không nêu trích yếu")
        elif own is not None:  # "X hướng dẫn toàn Đoàn thực hiện … theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013": the
            result.take("number", own.number, why)  # body's own guide, named by number and date after what it does
            if own.date:
                result.take("date", own.date.isoformat(), why)
            result.notes.append(f"câu mở đầu nói văn bản làm gì (“{title}”), không nêu trích yếu")
        elif not follows:  # "… với những nội dung cụ thể sau:": what follows is the content, the words before it no name
            result.take("title", _own_reference(result, title, kind, why), why)
        if follows and not result.fields.get("title"):
            named_by_headline(result, lines[:i], title)
        named = any(_NAMES_NOTICE.match(line) and (n < i or line.strip() in text[: m.start()])
                    for n, line in enumerate(lines[: i + LEAD_LINES * 2]))
        guides = m.group("verb") == "hướng dẫn" and re.match(r"việc\s", title) is not None
        if (follows and not result.fields.get("title") and (m.group("verb") == "thông báo" or guides)
                and not addressed and not named):  # "X hướng dẫn việc <what>, như sau:": a guidance's own formula
            # ("Hướng dẫn việc …"); "X hướng dẫn lịch gieo sạ … như sau:" tells what it says, no name (heldout20 l19)
            announced = _ANNOUNCED.sub("", title).strip(" ,")  # "X thông báo <what> như sau:": what the notice is
            if len(announced.split()) >= 4 and not re.match(r"(?:đến|tới|cho|để|về việc)\s", announced) and not (
                    _SOME_POINTS.match(announced)):  # about, no
                # headline naming it otherwise (reported); "… thông báo đến toàn thể nhân dân như sau:" says whom to
                result.take("title", announced, f"{why}: trang không có tiêu đề nào gọi tên thông báo")
        if result.fields.get("issuer"):
            return
        held = office_holder(m.group("body"))  # "Bộ trưởng Y tế Đào Hồng Lan": the ministry, and she signs
        if held:
            result.take("issuer", held[0], why)
            result.take("signer", held[1], f"{why}: “{held[1]}” ký")
            return
        issuer = lead_issuer(result, written_out(m.group("body")), text, page)
        if issuer:
            result.take("issuer", issuer, why)
        return


# "… năm 2022 (Kế hoạch số 134/KH-BVĐ, ngày 07/9/022).": the document's own number closing the sentence
_OWN_REFERENCE = re.compile(r"\s*\((?P<ref>[^()]{5,80})\)\s*$")


def _own_reference(result: ImportResult, title: str, kind: str, why: str) -> str:
    """*title* without a closing bracket that gives the document's own number (taken, with its date when the
    bracket writes one that reads)."""
    m = _OWN_REFERENCE.search(title)
    cited = next(iter(extract(m.group("ref")).citations), None) if m else None
    if m is None or cited is None or cited.type != kind or not cited.occurrences or cited.occurrences[0].start > 3:
        return title
    result.take("number", cited.number, why)
    if cited.date:
        result.take("date", cited.date.isoformat(), why)
    return title[: m.start()].strip(" ,")


def named_by_headline(result: ImportResult, above: list[str], content: str) -> None:
    """"Tổ chức Ngày hội văn hóa … năm 2024" over "UBND xã X xây dựng Kế hoạch tổ chức ngày hội … với những nội dung
    cụ thể sau:": a headline that opens with the words the document's own opening gives after its type word is the
    document's name, so its trích yếu (reported). A headline that says something else stays a headline."""
    opening = fold(content).lower().split()[:2]
    for line in above:
        words = collapse_space(line).strip(" .")
        if (len(opening) == 2 and fold(words).lower().split()[:2] == opening and len(words.split()) >= 4
                and not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d", words)):
            result.take("title", words, f"trang không có phần đầu văn bản; tiêu đề trang “{words}” gọi văn bản "
                                        f"bằng chính lời câu mở đầu (“{collapse_space(content)[:60]} …”)")
            return


# "…; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức …, cụ thể như sau:": the preamble of a page posted
# without its header names who issues it, as the subject of "ban hành" (or "xây dựng") and the page's own type; a
# name may hold a comma before a capital ("Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội"). "Chủ tịch Ủy ban nhân
# dân tỉnh thông báo việc nghỉ lễ …": a chairman issuing in his own name is the issuer.
_ISSUING = (r"(?:^|[;.:]\s+|,\s+)" + _THEN + r"(?P<body>(?:Ban|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Sở|Bộ|Hội|Liên đoàn|Đoàn|"
            r"Chi cục|Cục|Văn phòng|Công đoàn|Thường vụ|Thường trực|Trung tâm|Chủ tịch|Bệnh viện|"
            r"Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ)\s(?:[^;,.:()]|,\s(?=[A-ZĐ])){2,100}?)\s+")
_AS_VERB = ("Hướng dẫn", "Thông báo")  # "Ban thư ký … tỉnh X hướng dẫn việc …": the type said as what the body does


def read_issuing_clause(result: ImportResult, blocks: list[Block]) -> None:
    """An empty issuer of a page with no header, from its preamble's "<body> ban hành <its type> …" (reported);
    a body without its locality ("UBND tỉnh") is none."""
    kind = str(result.fields.get("type") or "")
    if result.fields.get("issuer") or not kind or result.fields.get("date"):
        return
    verbs = (r"(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng|triển khai)\s+(?i:" + re.escape(kind) + ")"
             + (r"|(?:trân trọng\s+|xin\s+)?" + kind.lower() if kind in _AS_VERB else "")
             + (r"|(?:trân trọng\s+)?kính báo" if kind == "Thông báo" else ""))  # "… trân trọng kính báo!": a notice's close
    issuing = re.compile(_ISSUING + "(?:" + verbs + r")\b(?!\s+số\b)")  # a numbered one is a lead's
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES * 2)):
        text = paragraph(lines, i, LEAD_LINES)  # a PDF wraps the preamble
        for m in issuing.finditer(text):
            body = written_out(m.group("body"))
            if BARE_LEVEL.search(body):  # "UBND phường trân trọng thông báo tới … trên địa bàn phường Quyết Tiến"
                body = lead_issuer(result, body, text, lead_context(lines))
            if len(body.split()) < 3:
                continue
            result.take("issuer", body, f"trang không có phần đầu văn bản; cơ quan là chủ thể “{m.group(0).strip(' ;.:,')}” "
                                        "trong lời văn")
            return


def read_coded_body(result: ImportResult, blocks: list[Block]) -> None:
    """An empty issuer that the number's own code spells: "3682/BVHTTDL-VP" and the page's "Bộ Văn hóa, Thể thao
    và Du lịch yêu cầu …" (the initials of its words, "và" aside, are the code), else the one central body the code
    names (``record_table.central_body``). Reported as unsure."""
    parts = parse_number(str(result.fields.get("number") or ""))
    code = fold((parts.issuer_code or "").split("-")[0]).upper() if parts else ""
    if result.fields.get("issuer"):
        return
    for text in page_lines(blocks)[:20] if len(code) >= 3 else []:
        for m in _CODED.finditer(text):
            initials = ""
            for word in re.finditer(r"[^\W\d_]+", m.group(0)):
                initials += "" if word.group(0) == "và" else fold(word.group(0))[:1].upper()
                if initials == code:
                    name = m.group(0)[: word.end()]
                    result.take("issuer", name, f"cơ quan mà mã “{code}” trong số ký hiệu viết tắt, trang nêu: “{name}”")
                    return
                if not code.startswith(initials):
                    break
    number = str(result.fields.get("number") or "")
    central = central_body(number)
    heading = next(iter(page_lines(blocks)), "")
    if central and number.replace(" ", "") in heading.replace(" ", ""):  # "Thông tư số 30/2018/TT-BNNPTNT ngày …" heading
        # a page that never names the ministry: the code names one body (a number read further down may be one
        # the page cites, "… thực hiện Công điện 41/CĐ-TTg …", whose body is not the page's)
        result.take("issuer", central, f"cơ quan mà mã trong số ký hiệu “{number}” chỉ đích danh")


_CODED = re.compile(r"\b(?:Bộ|Tổng cục|Cục)\s+[A-ZĐ][^.;:()\d]{2,90}")


# "Ủy ban nhân dân huyện yêu cầu các phòng, ban ngành …", "Để tăng cường …, Phòng Giáo dục và Đào tạo Mộc Châu yêu cầu
# Hiệu trưởng các đơn vị …": the body that asks its addressees in a letter posted without its header is who writes it.
# "Sở Văn hóa, Thể thao và Du lịch vừa có Công văn đề nghị các huyện …": a comma inside the name before its field's
# capitalised word (ND 30), and the letter named between the body and its request; a notice asks too ("…, Sở Tài
# nguyên và Môi trường yêu cầu chủ các lô đất trống …").
_FIELD_COMMA = r",(?=\s+(?!(?:UBND|HĐND|Ủy|Uỷ|Sở|Ban|Phòng|Bộ|Cục|Chi|Trung|Văn|Hội|Đảng)\b)[A-ZĐ][^\s,]*\s)"
_ASKING = re.compile(
    r"(?:^|[.;:]\s+)(?:(?:Để|Trước|Nhằm|Thực hiện|Căn cứ)\s[^.;:]{3,400}?,\s+)?" + _THEN
    + r"(?P<body>(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Chủ tịch|Sở|Phòng|Ban|Chi cục|Cục|Văn phòng|Trung tâm|Trường|"
      r"Công an|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ)\s(?:[^;,.:()\d]|" + _FIELD_COMMA + r"){2,100}?)"
      r"(?P<letter>\s+(?:vừa|đã|mới)\s+(?:có|ban hành|gửi)\s+(?i:công văn|văn bản|thông báo))?"
      r"\s+(?P<asks>yêu cầu|đề nghị)\s+(?=(?:các|Hiệu trưởng|Thủ trưởng|Chủ tịch|Giám đốc|Trưởng|UBND|Ủy ban|Uỷ ban|toàn thể|"
      r"mọi|tất cả|chủ)\s)")
_COMMITTEE = re.compile(r"^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Chủ tịch)\b")
_OWN_ACT = re.compile(r"\s(?:thông báo|ban hành|triển khai|xây dựng)(?:\s|$)")


def read_asking_body(result: ImportResult, blocks: list[Block]) -> None:
    """An empty issuer of a letter (or a notice) posted without its header, from the opening's "<body> yêu cầu/đề
    nghị các …" (reported as unsure). The body must fit the number's issuing code when there
    is one: a committee's ("UBND") for a committee or its chair, else the unit whose initials the code is."""
    number = str(result.fields.get("number") or "")
    if result.fields.get("issuer") or result.fields.get("type") not in ("Công văn", "Thông báo"):
        return
    parts = parse_number(number) if number else None
    code = fold((parts.issuer_code or "").split("-")[0]).upper() if parts else ""
    lines = page_lines(blocks)
    page = lead_context(lines)
    for i in range(min(len(lines), LEAD_LINES * 2)):
        text = paragraph(lines, i, LEAD_LINES)
        m = _ASKING.search(text)
        if m is None or _NOT_A_BODY.search(m.group("body")) or _OWN_ACT.search(m.group("body")):
            continue  # "UBND xã thông báo yêu cầu …": the body's own act read into its name
        body = written_out(collapse_space(m.group("body")))
        committee = _COMMITTEE.match(body) is not None
        if code and (committee != code.startswith(("UB", "HD")) or (not committee and not coded_unit(number, body))):
            return  # "37/UBND-VP" is a committee's letter, "160/PGDĐT" the education office's: another body asks here
        if BARE_LEVEL.search(body):
            body = lead_issuer(result, body, text, page)
        if len(body.split()) >= 3:
            said = f"{collapse_space(m.group('body'))} {m.group('asks')}"
            result.take("issuer", body, f"trang không có phần đầu văn bản; cơ quan là chủ thể “{said}” trong chính công văn")
        return


# "Căn cứ …, UBND phường Tiền Phong trân trọng thông báo:": the notice's own act, what it notifies after the colon.
_NOTICE_COLON = re.compile(_ACTOR + r"(?:trân trọng\s+)?thông báo\s*:\s*$")


def read_notice_colon(result: ImportResult, blocks: list[Block]) -> None:
    """A page with no header and no type whose opening sentence ends "<body> (trân trọng) thông báo:" is that
    body's Thông báo (type and, when empty, issuer; reported): what it notifies follows, no trích yếu."""
    if any(result.fields.get(k) for k in ("number", "type", "date")):
        return
    lines = page_lines(blocks)
    for i in range(min(len(lines), LEAD_LINES * 2)):
        m = _NOTICE_COLON.search(lines[i])
        if m is None or len(m.group("body").split()) < 2 or _NOT_A_BODY.search(m.group("body")):
            continue
        why = f"trang không có phần đầu văn bản; câu mở đầu kết bằng “{collapse_space(m.group(0)).strip(' ;,.')}”"
        result.take("type", "Thông báo", why)
        if not result.fields.get("issuer"):
            page = lead_context(lines)
            issuer = lead_issuer(result, written_out(m.group("body")), lines[i], page)
            if len(issuer.split()) >= 3:
                result.take("issuer", issuer, why)
        result.notes.append("câu mở đầu thông báo nội dung ngay sau dấu hai chấm, không nêu trích yếu")
        return
