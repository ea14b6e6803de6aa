"""The titles a text gives in its running text: what a news lead says was issued ("… vừa ban hành Kế hoạch số 12/KH-UBND
về …"), and what a decision issues with it ("Ban hành kèm theo Quyết định này Kế hoạch …"); read by
:func:`.clauses.find_regions` as title regions, whose citations the document carries out.
"""

from __future__ import annotations

import re

from ..text import LOWER_CLASS as LOWER
from ..text import UPPER_CLASS as UPPER
from .news import ANOTHER_NAMED, ENGLISH_LEAD, LEAD_CHARS, LEAD_ISSUED, LEAD_NAMED, LEAD_PRESENTED
from .numbers import scan_number

__all__ = ["SENTENCE_END", "attached_titles", "lead_titles", "sentence_stop", "title_stop"]

# (An English copy's "No." before a number ends no sentence: "Pursuant to Resolution No. 11/NQ-CP …"; a copy that lost
# the blank after a period still ends one between two words, three lower-case letters before it and a capitalised word
# after: "… các tỉnh miền núi.Để Nghị quyết số …", not "TP.HCM", "Tp.Hồ Chí Minh", "T.Ư")
SENTENCE_END = re.compile(
    rf"(?<!(?<![^\W_])No)[.!?…]+[ \t\n]+(?=[\-+•*(\d“\"]|[^\W\d_])|(?<={LOWER}{LOWER}{LOWER})\.(?={UPPER}{LOWER})"
)


def lead_titles(w: str) -> list[tuple[int, int]]:
    """The titles a news lead gives: the rest of its sentence after "vừa ban hành văn bản"
    (:data:`.news.LEAD_ISSUED`), and the description after "ban hành Kế hoạch số 12/KH-UBND"
    (:data:`.news.LEAD_NAMED`), or after "có Công văn số …", "Đó là nội dung tại … số …" (:data:`.news.LEAD_PRESENTED`).

    Both patterns hold "ban hành": they are matched only where "hành" is, "ban" a few characters
    before it and "đã"/"vừa" (with "ký") a few before that, never searched for along the opening.
    """
    titles: list[tuple[int, int]] = []
    issued = named = False
    found = w.find("hành", 0, LEAD_CHARS)  # most texts have no "ban hành" in their opening
    while found >= 0 and not (issued and named):
        lo = max(0, found - BAN_REACH)
        ban = w[lo:found].lower().rfind("ban")
        if ban >= 0:
            ban += lo
            if not named and (lead := LEAD_NAMED.match(w, ban, LEAD_CHARS)) is not None:
                named = True
                scan = scan_number(w, lead.end())
                if scan is not None and ANOTHER_NAMED.match(w, scan.end) is None:  # "… số 25/CT-HU và Kế hoạch số …"
                    stop = sentence_stop(w, scan.end)
                    comma = DESCRIPTION_STOP.search(w, scan.end, stop)
                    titles.append((scan.end, comma.start() if comma is not None else stop))
            before = w[max(0, ban - PAST_REACH) : ban].lower()
            at = max(before.rfind("đã"), before.rfind("vừa"))
            if not issued and at >= 0:
                lead = LEAD_ISSUED.match(w, ban - len(before) + at, LEAD_CHARS)
                if lead is not None:
                    issued = True
                    titles.append((lead.end(), sentence_stop(w, lead.end())))
        found = w.find("hành", found + 4, LEAD_CHARS)
    if not named and w.find("ed", 0, LEAD_CHARS) >= 0 and (english := ENGLISH_LEAD.search(w, 0, LEAD_CHARS)) is not None:
        named = True  # an English copy's lead: "… issued Plan No. 263/KH-UBND on disseminating the implementation of …"
        scan = scan_number(w, english.end())
        if scan is not None:
            stop = sentence_stop(w, scan.end)
            comma = DESCRIPTION_STOP.search(w, scan.end, stop)
            titles.append((scan.end, comma.start() if comma is not None else stop))
    if not named and (presented := LEAD_PRESENTED.search(w, 0, LEAD_CHARS)) is not None:
        scan = scan_number(w, presented.end())
        if scan is not None:
            stop = sentence_stop(w, scan.end)
            titles.append((scan.end, title_stop(w, scan.end, stop)))
    return titles


def title_stop(w: str, start: int, stop: int) -> int:
    """Where a lead's description of its document ends before *stop*: at ";", ":", "(" or a comma before a
    capital (a new clause), not at the comma of "phòng, chống dịch" inside the title."""
    for m in DESCRIPTION_STOP.finditer(w, start, stop):
        if m.group(0) != "," or w[m.end() : m.end() + 40].lstrip()[:1].isupper():
            return m.start()
    return stop


# "Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật … số 72/2025/QH15.": the title of
# the document the decision issues, which carries out what it names (the sentence after "này").
ATTACHED = re.compile(
    r"kèm[ \t]{1,3}theo[ \t]{1,3}(?:Quyết[ \t]{1,3}định|Nghị[ \t]{1,3}quyết|Thông[ \t]{1,3}tư)[ \t]{1,3}này[ \t:]{1,3}",
    re.IGNORECASE,
)


def attached_titles(w: str) -> list[tuple[int, int]]:
    """The titles of documents issued with the page's decision ("Ban hành kèm theo Quyết định này …")."""
    titles: list[tuple[int, int]] = []
    found = w.find("kèm")
    while found >= 0:
        m = ATTACHED.match(w, found)
        if m is not None:
            titles.append((m.end(), sentence_stop(w, m.end())))
        found = w.find("kèm", found + 3)
    return titles


# How far before "hành" its "ban" may start, and before "ban" the "đã"/"vừa" (and "ký") of a lead
BAN_REACH = 12
PAST_REACH = 20


# Where a lead's description of the document it names ends, within its sentence
DESCRIPTION_STOP = re.compile(r"[,;:(]")


def sentence_stop(w: str, pos: int) -> int:
    """The end of the sentence, or of the paragraph (a hard-wrapped copy breaks a sentence across lines)."""
    end = SENTENCE_END.search(w, pos)
    line_end = w.find("\n\n", pos)
    stops = [stop for stop in (end.start() if end is not None else -1, line_end) if stop >= 0]
    return min(stops) if stops else len(w)
