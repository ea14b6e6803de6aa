"""Tails: what follows a cited number — its date, "của <issuer>" and its description.
"""

from __future__ import annotations

import datetime
import itertools
import re

from ..text import LOWER_CLASS as LOWER
from ..text import collapse_space
from .agencies import HEADS, MAX_WORDS, cut_name, take_name
from .cues import CLAUSE_CUES
from .model import Core
from .vocabulary import (
    ABBREVIATIONS,
    DESC_WORDS,
    ISSUER_LOWER,
    ISSUER_STOP,
    ISSUER_STOP2,
    ISSUER_STOP2_FIRST,
    ISSUER_TITLED_STOP2,
    NAMED_BY_NUMBER,
    PUNCT,
    PUNCT_CHARS,
    PUNCT_RE,
    SUBJECT_KW,
    TYPE_BY_WORD,
    TYPE_START,
)

DATE_NUM = r"(?P<d>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<y>\d{4})"


DATE_WORDS = r"(?P<d2>\d{1,2})\s{0,6}tháng\s{1,6}(?P<m2>\d{1,2})\s{1,6}năm\s{1,6}(?P<y2>\d{4})"


DATE_TAIL = re.compile(
    r"(?:[ \t]{1,3}(?:thị|xã|tỉnh|huyện|thành|phố|quận|phường|ban|hành)(?![^\W_])){0,4}"
    r"[ \t]{0,3}[,(]?[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}"
    r"(?:ngày\s{1,6}|(?=\d))"
    rf"(?:{DATE_NUM}|{DATE_WORDS})(?!\d)",
    re.IGNORECASE,
)


# "Chỉ thị 48-CT/TW năm 2025 của Ban Bí thư …": a year right after a Party number (whose code carries none) is the
# document's year; without it the 2025 directive joined the 2020 "48-CT/TW" (qa31's site).  Only where no date is read,
# and only a year (19xx/20xx) not followed by another digit, "-" or "/" ("năm 2024-2025", "năm học" are no year).
PARTY_YEAR = re.compile(r"[ \t]{1,3},?[ \t]{0,3}năm[ \t]{1,3}(?P<y>(?:19|20)\d{2})(?![\d/-])", re.IGNORECASE)
# A Party number ("48-CT/TW", "05-NQ/TU"): serial, dash, code, slash
PARTY_NUMBER = re.compile(r"\d+[a-zA-Z]?-[^/\s]+/")


CUA = re.compile(r"[ \t]{0,3},?[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}của(?![^\W_])[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}", re.IGNORECASE)
# "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XII)", "của Hội nghị Tỉnh ủy lần thứ 10": a plenum or
# conference is a sitting of the body named after it, and that body issued the resolution; read as "Hội nghị", the
# issuer listing showed a body called "Hội nghị". The sitting's words are passed over when a capital follows them.
_ORDINAL = r"(?:\d+|[^\W\d_]+(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mươi))?)"
MEETING = re.compile(
    rf"(?i:hội\s+nghị)(?:\s+(?i:lần\s+thứ\s+{_ORDINAL}|thứ\s+\d+|toàn\s+thể|\(?mở\s+rộng\)?|giữa\s+nhiệm\s+kỳ"
    r"|thường\s+kỳ|bất\s+thường|\(?lần\s+\d+\)?))*[ \t]+(?=[^\W\d_])"
)


# The description words as written, and in capitals in a title set in capitals ("… KẾ HOẠCH SỐ
# 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ
# SỐ 12-CT/TW …": the directive is nested in the plan's description).
# A word's blanks match across one line break (a hard-wrapped copy: "của UBND tỉnh thực⏎hiện Kế hoạch …").
DESC_GAP = r"(?:[ \t]{1,3}(?:\n[ \t]*)?|\n[ \t]*)[ \t]{0,3}"
DESC = re.compile(
    r"[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}[“\"«]?[ \t]{0,2}(?P<kw>"
    + "|".join(
        DESC_GAP.join(map(re.escape, word.split(" ")))
        for word in [*DESC_WORDS, *sorted({word.upper() for word in DESC_WORDS}, key=len, reverse=True)]
    )
    + r")(?![^\W_])"
)


# A comma between the issuer and the subject does not end the description: "Kế hoạch số 57-KH/TU ngày 17/8/2017 của Ban
# Thường vụ Tỉnh ủy Cà Mau, về việc thực hiện Kết luận số 11-KL/TW …" (the conclusion is nested in the plan's subject).
# Only the subject's own markers, "về việc" and "V/v": after a comma "thực hiện …" may open the sentence's next clause.
COMMA_SUBJECT = re.compile(r",[ \t]{0,3}(?:\n[ \t]*)?(?P<kw>về[ \t]{1,3}việc|Về[ \t]{1,3}việc|VỀ[ \t]{1,3}VIỆC|[Vv]/[Vv])(?![^\W_])")


# A description copied in title case right after its issuer, on the same line: "… của Bộ Lao động - Thương binh và Xã hội
# Hướng dẫn quy trình xác định hộ gia đình cận nghèo theo quy định tại … Quyết định số 117/2008/QĐ …" (heldout5 k46),
# "… của UBND tỉnh Hà Giang Ban hành quy định về …": the issuer's name stops before these pairs
# (vocabulary.ISSUER_TITLED_STOP2), and what follows describes the citation, its nested documents with it.
TITLED_DESC = re.compile(
    r"[ \t]{1,3}(?P<kw>"
    + "|".join(r"[ \t]{1,3}".join(map(re.escape, pair.capitalize().split(" "))) for pair in sorted(ISSUER_TITLED_STOP2))
    + r")(?![^\W_])"
)


# A DESC match reads at most this many characters from where it starts (blanks, quote, word with
# its blanks of at most 7 characters, and the character after it)
DESC_REACH = 3 + 1 + 3 + 1 + 2 + max(len(w) + 6 * w.count(" ") for w in DESC_WORDS) + 1  # upper() keeps lengths


TOKEN = re.compile(r"\S+")


# A clause cue as it opens a line, capitalised ("Căn cứ", "Thực hiện", "Để triển khai")
CAPITALISED_CLAUSE_CUE = "(?:" + "|".join(
    r"[ \t]{1,3}".join(map(re.escape, (cue[0].upper() + cue[1:]).split(" "))) for cue in sorted(CLAUSE_CUES, key=len, reverse=True)
) + r")(?![^\W_])"


# Where a description ends: ";", "(", ":" (not running text's "số:" before a number: "hướng dẫn thi hành Nghị định số:
# 85/2007/NĐ-CP …" names a document in the description; a header's "Số:" field still ends it; nor "về:" with its object on
# the same line: "hướng dẫn một số nội dung về: Lập, thẩm định … quy định tại Nghị định số 16/2005/NĐ-CP", heldout24 h24-47), a blank line, a sentence's end, ", " before a word, and a line that
# opens a list item with a capital ("… về Xây dựng kế hoạch⏎- Căn cứ nghị quyết số …": the next basis, not
# the description run on; a hyphenated phrase wrapped at its dash goes on in lower case: "kinh tế⏎- xã hội"), and a
# line that opens with a capitalised clause cue, the next basis of a chain whose line above lost its ";" ("… về việc
# thành lập Ban Chỉ đạo⏎Căn cứ Quyết định số 05/QĐ-BCĐ …"), as it starts a clause (:func:`.clauses.find_regions`).
MARKERS = re.compile(
    r"[;(]|(?<!số)(?<!số[ \t])(?<!về)(?<!về[ \t]):|(?<=về):(?=[ \t]*\n)|(?<=về[ \t]):(?=[ \t]*\n)|\n[ \t]*\n|[.!?…](?=\s|\Z)|,[ \t]{0,3}(?:\n[ \t]*)?[ \t]{0,3}(?=[^\W\d_])"
    rf"|\n[ \t]*[-+•][ \t]*(?=[^\W\d_])(?!{LOWER})|\n[ \t]*(?={CAPITALISED_CLAUSE_CUE})"
)


def date_from(m: re.Match[str]) -> datetime.date | None:
    d = m.group("d") or m.group("d2")
    mo = m.group("m") or m.group("m2")
    y = m.group("y") or m.group("y2")
    try:
        return datetime.date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def scan_issuer(w: str, text: str, pos: int, limit: int, core_starts: set[int]) -> tuple[str | None, int]:
    # at most 20 tokens, read one ahead of the one looked at (most issuers stop within a few).
    # Every test but the abbreviation's ends the scan, so their order does not matter: the
    # cheap ones come first, and the two-word stop is looked up only after a possible first word.
    tokens = itertools.islice(TOKEN.finditer(w, pos, limit), 20)
    tok = next(tokens, None)
    kept: list[tuple[int, int]] = []
    prev_end = pos
    named_last = False
    while tok is not None:
        after = next(tokens, None)
        value = tok[0]
        start, end = tok.span()
        first = value[0]
        if start in core_starts or first in PUNCT or first.isdigit():
            break
        if kept and w.find("\n", prev_end, start) >= 0 and (
            w.count("\n", prev_end, start) > 1 or first in "-+*#•"
        ):
            break
        if value in HEADS or value.rstrip(PUNCT_CHARS) in HEADS:
            taken = take_name(w, start, limit, kept)
            if taken is not None:  # a listed name read whole, its lower-case words and dashes too
                prev_end, ends = taken
                if ends:
                    break
                while after is not None and after.start() < prev_end:
                    after = next(tokens, None)
                tok, named_last = after, True
                continue
        low = value.casefold()
        if low in ISSUER_STOP:
            break
        if low in ISSUER_STOP2_FIRST:
            nxt = after[0].casefold().rstrip(PUNCT_CHARS) if after is not None else ""  # "sửa đổi," ends it too
            pair = f"{low} {nxt}"
            # after a listed name a capital does not open a place: "… nông thôn Quy định …" is its description
            if (pair in ISSUER_STOP2 and (value == value.lower() or named_last)) or (
                kept and pair in ISSUER_TITLED_STOP2
            ):
                break
        named_last = False
        if low == "và":
            if (
                after is None
                or after[0].casefold() == after[0]
                or after.start() in core_starts
                or TYPE_START.match(w, after.start()) is not None
            ):
                break
        elif first.islower():
            after_capital = bool(kept) and w[kept[-1][0]].isupper()
            if not after_capital and low.rstrip(PUNCT_CHARS) not in ISSUER_LOWER:
                break
        if not value.isalnum():
            punct = PUNCT_RE.search(value)
            if punct is not None:
                if low in ABBREVIATIONS:
                    kept.append((start, end))
                    prev_end = end
                    tok = after
                    continue
                kept.append((start, start + punct.start()))
                break
        kept.append((start, end))
        prev_end = end
        if len(kept) >= MAX_WORDS:
            break
        tok = after
    return issuer_of(w, text, kept, pos)


def issuer_of(w: str, text: str, kept: list[tuple[int, int]], pos: int) -> tuple[str | None, int]:
    """The issuer the kept word spans make (a trailing "và"/"hoặc" dropped; it must start with a
    capital), and where it ends; (None, *pos*) when there is none. Shared by the fast scan and
    :func:`vanban.citations.reference.reference_scan_issuer`."""
    kept = kept[: _name_end(w, kept)]
    while kept and w[kept[-1][0] : kept[-1][1]].casefold() in {"và", "hoặc"}:
        kept.pop()
    if not kept or not w[kept[0][0]].isupper():
        return None, pos
    issuer = collapse_space(text[kept[0][0] : kept[-1][1]].replace("*", " "))
    return (issuer or None), kept[-1][1]


# A local body's head word after a ministry's name, no "và" between: the next sentence's subject run on, its full stop lost
# ("… của Bộ trưởng Bộ Giáo dục và Đào tạo Ủy ban nhân dân thị trấn Hương Sơn, Ban chỉ đạo … trình …", qa34's /co-quan/
# on the 702 originals): a ministry's name never goes on with a people's committee or council.
_LOCAL_HEAD = re.compile(r"(?:Ủy|Uỷ|UBND|HĐND|Hội)(?![^\W_])")
_MINISTRY = re.compile(r"(?<![^\W_])Bộ(?![^\W_])")
_LOCAL_FIRST = frozenset("ỦUH")  # the first letters _LOCAL_HEAD can match: most words are passed over by one look-up
# The first letter of a type word of two syllables or more, in lower case (a lower-case word starting otherwise is
# passed over without the type words' long alternation)
_TYPE_FIRST = frozenset(word[0] for word in TYPE_BY_WORD if " " in word)


def _ends_name(type_word: str) -> bool:
    """Whether a lower-case *type_word* after a name starts something else: one of two syllables at least ("Ủy ban Pháp
    luật" keeps its "luật"), not a programme a board is named after ("BCĐ chương trình phát triển nông nghiệp huyện")."""
    return " " in type_word and collapse_space(type_word).capitalize() not in NAMED_BY_NUMBER


def _name_end(w: str, kept: list[tuple[int, int]]) -> int:
    """How many of the *kept* word spans make the body's name (qa34's wrong labels, issue 13 step 4): the name ends
    before a lower-case word that opens a type word ("Phòng Giáo dục Đức Trọng  kế hoạch tuyên truyền …": the
    description, its "về" lost) and before a local body's head after a ministry (:data:`_LOCAL_HEAD`).  (A lower-case
    last word at the copy's end, "… tỉnh Tiền Giang quy"⏎end, is left: "Bộ Tài chính", "UBND thị xã" end so too.)"""
    for k in range(1, len(kept)):
        start = kept[k][0]
        first = w[start]
        if first.islower():
            if first in _TYPE_FIRST and (typed := TYPE_START.match(w, start)) is not None and _ends_name(typed.group(0)):
                return k
        elif (
            first in _LOCAL_FIRST
            and _LOCAL_HEAD.match(w, start) is not None
            and w[kept[k - 1][0] : kept[k - 1][1]].casefold() != "và"
            and _MINISTRY.search(w, kept[0][0], start) is not None
        ):
            return k
    last_start, last_end = kept[-1] if kept else (0, 0)
    if last_end - last_start == 1 and w[last_start].islower() and not w[last_end:].strip():
        return 0  # "… của Chính p"⏎end: a name the copy's end cut in its last word, no issuer (heldout28 h28-23)
    return len(kept)


# An issuer typed in lower case ("Nghị quyết số 71/NQ-CP của chính phủ về chương trình …"), at most three words, read only
# to find where the description ("về …") starts: a lower-case issuer is not kept (an issuer starts with a capital)
LOWER_ISSUER = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?(?=[ \t]+(?:về|v/v)(?![^\W_]))")


def first_marker(w: str, pos: int, core_starts: set[int]) -> int:
    """Where a description starting at *pos* ends: the first clause marker from there, else len(w).

    *pos* is a letter, which no marker holds, so scanning from it finds the markers a scan of the
    whole text would.
    """
    for m in MARKERS.finditer(w, pos):
        ch = m.group(0)[0]
        if ch == ",":
            if not w[m.end()].isupper() or m.end() in core_starts:
                continue
        elif ch in ".!?…":
            lo = max(0, m.start() - 12)
            word_start = max(w.rfind(" ", lo, m.start()), w.rfind("\n", lo, m.start()), lo - 1) + 1
            if w[word_start : m.start() + 1].casefold() in ABBREVIATIONS:
                continue
        return m.start()
    return len(w)


def fill_tails(w: str, text: str, cores: list[Core]) -> None:
    core_starts = {c.start for c in cores}
    # descriptions found on demand; one found from *asked* also ends those that start before it
    asked = marker = -1
    for i, core in enumerate(cores):
        limit = cores[i + 1].start if i + 1 < len(cores) else len(w)
        pos = core.end
        # The match over the whole text is the match up to *limit* when it ends there: a path that
        # fails on the whole text can succeed on the shorter one only by a negative lookahead at
        # *limit*, and the only one that can end a path, the (?!\d) after the year's last digit,
        # would put a digit right before a core, where no core starts.
        date = core.date_tail
        if not core.date_looked or (date is not None and date.end() > limit):
            date = DATE_TAIL.match(w, pos, limit)
        if date is not None:
            core.date = date_from(date)
            pos = date.end()
        elif PARTY_NUMBER.match(core.number) and (year := PARTY_YEAR.match(w, pos, limit)) is not None:
            core.year, pos = int(year.group("y")), year.end()
        cua = CUA.match(w, pos, limit)
        if cua is not None:
            body = MEETING.match(w, cua.end(), limit)
            at = body.end() if body is not None and w[body.end()].isupper() else cua.end()
            issuer, end = scan_issuer(w, text, at, min(limit, at + 300), core_starts)
            if issuer is not None:
                core.issuer = None if cut_name(issuer) else issuer  # "Bộ trưởng Bộ Nội": cut short, left out
                pos = end
                if date is None:
                    late = DATE_TAIL.match(w, pos, limit)
                    if late is not None:
                        core.date = date_from(late)
                        pos = late.end()
            elif (lower := LOWER_ISSUER.match(w, cua.end(), limit)) is not None:
                pos = lower.end()  # "của chính phủ về …": an issuer typed in lower case still ends before "về"
        core.tail_end = pos
        if core.alias:
            continue
        desc = DESC.match(w, pos, limit if limit > pos else len(w))
        if desc is None and pos < limit < pos + DESC_REACH:
            # A match cut off by *limit* but not by the whole text reads past *limit*; a match that
            # ends by *limit* on the whole text is one on the shorter text too.
            desc = DESC.match(w, pos)
        if desc is None and w[pos : pos + 1] == ",":
            desc = COMMA_SUBJECT.match(w, pos, limit if limit > pos else len(w))
        if desc is None and core.issuer and limit > pos:
            desc = TITLED_DESC.match(w, pos, limit)
        if desc is None:
            continue
        core.desc_start = desc.start("kw")
        if not asked <= core.desc_start <= marker:
            asked, marker = core.desc_start, first_marker(w, core.desc_start, core_starts)
        core.desc_end = marker
        kw = desc.group("kw")
        body_start = desc.end() if (kw if kw in SUBJECT_KW else collapse_space(kw)) in SUBJECT_KW else desc.start("kw")
        end = min(core.desc_end, body_start + 300)
        if end < core.desc_end:
            cut = text.rfind(" ", body_start, end)
            end = cut if cut > body_start else end
        subject = collapse_space(text[body_start:end]).strip(" “”\"'«»,")
        core.subject = subject or None
