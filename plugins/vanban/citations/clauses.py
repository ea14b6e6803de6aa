"""Clauses and headings: where clauses start, the "CĂN CỨ" sections and the title regions of a text (the titles running
text gives, a lead's or an attachment's, are read by :mod:`.lead_titles`).
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import heading_lines
from .chrome import headline_start, is_caption, is_stamp, opens_sentence
from .cues import CAPITALISED_CUE, GOVERNING, OPENER
from .heading_lines import glued_basis_heading, is_basis_heading, runs_on
from .headings import BASIS_LINE_CHARS
from .lead_presented import unnumbered_lead_title
from .lead_titles import SENTENCE_END, attached_titles, lead_titles
from .news import HEADLINE_CHARS, LOOK_BACK_TITLE
from .preamble import decision_preamble, letters_at_least
from .vocabulary import ABBREVIATION_LONGEST, ABBREVIATIONS, TYPE_START, is_type_word

BULLET = re.compile(
    r"[ \t>*#_+•\-]{0,12}(?:(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[IVXLC]{1,6}[.)]|[a-zđ][.)])[ \t]{1,3})?"
    r"[ \t*_“\"]{0,6}"
)


# The characters (besides digits) a BULLET match that is not empty can start with.
BULLET_FIRST = frozenset(" \t>*#_+•-(IVXLCabcdefghijklmnopqrstuvwxyzđ“\"")


# In a flattened copy every "Căn cứ …;" of a preamble runs on one line: a capitalised clause cue
# after ";" starts a clause there as it would at a line start ("…; Căn cứ Quyết định số …").
# So does one right after a heading in capitals ("… BỘ TRƯỞNG BỘ LAO ĐỘNG Căn cứ Nghị định số …"), or after a word
# with no lower-case letter at all, a date or a number from a page's chrome or a title glued to the first sentence
# ("date 2023-10 Thực hiện Quyết định số …", "Quý IV năm 2022Thực hiện Hướng dẫn số …").
SEMICOLON = re.compile(r";[ \t]+(?=[^\W\d_])")
# A speaker's words quoted after a colon open a sentence of their own: "Chủ tịch Hội cho biết: "Thực hiện Chỉ thị số
# 21-CT/TW …, chúng tôi đã triển khai …"" — a clause cue at the quotation's head heads its clause (the speaker tells of
# the body's own work), as after ";".  The quotation mark is required: "… các văn bản: Thực hiện …" is a list.
QUOTE_OPENED = re.compile(r":[ \t]*[\"“][ \t]*(?=[^\W\d_])")
# A speaker's report of a look back (the README's rule C) opens a clause of its own, quoted or not: "Ông …, Chủ tịch UBND
# xã cho biết, sau hơn 5 năm triển khai Nghị quyết số …, xã đã …" — the clause is the look back, not the person's act
# (which on a page with no own number would narrate).
REPORTED_LOOK_BACK = re.compile(
    r"(?<![^\W_])(?:cho[ \t]+biết|khẳng[ \t]+định|nhấn[ \t]+mạnh|chia[ \t]+sẻ|nêu[ \t]+rõ)[ \t]*[:,][ \t]*"
    r"(?=(?:sau|qua|trải[ \t]+qua)[ \t]+(?:hơn[ \t]+|gần[ \t]+)?[^\W_]+[ \t]+(?:năm|tháng)[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai))",
    re.IGNORECASE,
)
CAPITAL_CUE = CAPITALISED_CUE


# The subject line of the page's document: "V/v …", "Về việc …", or a portal's "Trích yếu" row (its text
# on the same line or the next: "Trích yếu⏎Chương trình … thực hiện Nghị quyết số 45-NQ/TW …")


ROMAN_HEADING = re.compile(r"[IVXLC]{1,6}[.)][ \t]")


HEADER_LINES = 40
# The header's place-and-date line, which ends the header ("Bình Định, ngày 12 tháng 07 năm 2023 |", "Số: 128/KH-UBND |
# Hà Nội, ngày …"): a place (or the number field) before "ngày", so a portal's "Cập nhật ngày …" is none.
HEADER_DATE = re.compile(
    r"(?:,|Số[ \t]*:[^|]*\|[^,|]*)[ \t]*ngày[ \t]*\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}[ \t.|]*$", re.IGNORECASE
)


BIG = 1 << 62


def line_starts(parts: list[str]) -> list[int]:
    """Where each of the lines ``w.split("\\n")`` starts, summed in C."""
    return list(itertools.accumulate(map(ONE_MORE, map(len, parts[:-1])), initial=0))


ONE_MORE = (1).__add__


def content_start(w: str, start: int, end: int) -> int:
    if start >= end or (w[start] not in BULLET_FIRST and not w[start].isdecimal()):
        return start  # no bullet (most clauses start with a capital letter)
    m = BULLET.match(w, start, end)
    return m.end() if m is not None else start


def find_regions(
    w: str, lines: list[int], parts: list[str], core_starts: set[int], targets: list[int]
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Clause starts, "CĂN CỨ" sections and in-text title regions, as far as the cores at
    *targets* (some of the cores at *core_starts*) need them.

    Lines after the last target are not read (they can only add clauses, sections and titles that
    start after every target), and whether a clause is governed is left to the caller.  *parts*
    are the lines (``w.split("\\n")``), which start at *lines*.  Of the clause starts, only the
    last before each target is sure to be there.
    """
    clause_pos: list[int] = []
    # Clause starts after sentence ends are looked for only where a target needs them: a line's
    # are pending until the next clause start at a line start, and dropped if no target lies
    # between (every later clause start is after them, so nothing else changes).
    cores = sorted(targets)
    last_core = cores[-1] if cores else -1
    pending: list[tuple[int, int]] = []
    cancu: list[tuple[int, int]] = []
    titles = lead_titles(w) + attached_titles(w) + unnumbered_lead_title(w)
    cancu_start = -1
    cancu_item = 0  # the depth of the numbered item's heading that opened the list of bases (0: another heading did)
    cancu_heading = previous = -1  # the line of the last basis heading; the last non-blank line
    prev_last = ""  # last non-space char of the previous non-blank line ("" after a blank line)
    heading_seen = False
    vv_seen = False
    after_heading = False  # the last non-blank line was a heading
    prev_open = False  # the last non-blank line left a "(" open
    # where the page's headline may stand: past a portal's chrome (an update time, a breadcrumb) and the first copy of a
    # title the page repeats; the first non-blank line from there is still to come; the last line was a headline
    opening = headline_start(w)
    first_line, headline_above = False, False
    for idx, start in enumerate(lines):
        if start > last_core:
            break
        line = parts[idx]
        stripped = line.strip()
        if not stripped:
            prev_last, prev_open = "", False
            continue
        end = start + len(line)
        if opening >= 0 and start + len(line) - len(line.lstrip()) >= opening:
            first_line, opening = True, -1  # the page's first line past its chrome
        # content_start, inlined: most lines start with a capital letter and hold no bullet
        first = line[0]
        if first in BULLET_FIRST or first.isdecimal():
            bullet = BULLET.match(w, start, end)
            content = bullet.end() if bullet is not None else start
            has_bullet = content - start > len(line) - len(line.lstrip())
            marker = line[: content - start]
            if has_bullet and (
                (prev_open and ")" in marker and "(" not in marker)  # "(khóa⏎XI) và …": no item "XI)"
                or (prev_last.isalnum() and marker.strip() == "-" and w[content : content + 1].islower())
            ):  # "… kinh tế⏎- xã hội …": a hyphenated phrase wrapped at its dash, no item "-"
                content, has_bullet = start, False
        else:
            content, has_bullet = start, False
        bare = stripped.strip("*#_ ")
        # headings
        # str.upper maps each character on its own, so a first 16 characters that are not their
        # upper case rule most lines out without upper-casing the rest
        head = bare[:16]
        upper = head == head.upper() and bare == bare.upper()
        is_heading = bool(bare) and upper and letters_at_least(bare, 4)
        is_heading = is_heading or stripped.startswith("#") or (
            bare[:1] in "IVXLC" and ROMAN_HEADING.match(bare) is not None and not (prev_open and ")" in bare[:7])
        )
        if cancu_item and cancu_start >= 0 and 0 < heading_lines.item_depth(bare) <= cancu_item:
            cancu.append((cancu_start, start))  # the next item of the heading's rank ends its list
            cancu_start, cancu_item = -1, 0
        if cancu_start >= 0 and is_heading:
            if cancu_heading == previous:  # "I. CĂN CỨ XÂY DỰNG⏎KẾ HOẠCH": one heading on two lines
                cancu_start = end
                cancu_heading = idx
            else:
                cancu.append((cancu_start, start))
                cancu_start, cancu_item = -1, 0
        if (
            (
                "CĂN" in bare or "CƠ" in bare or (bare[-1:] == ":" and len(bare) <= BASIS_LINE_CHARS)
                or (bare[:1] in "IVXLC" and ("Căn" in bare or "Cơ" in bare))
            ) and (is_basis_heading(bare) or (upper and glued_basis_heading(bare)))
        ) or (bare[:2] in {"Că", "Cơ"} and heading_lines.bare_basis_heading(bare, parts, idx)):
            cancu_start = end
            cancu_heading = idx
            cancu_item = 0
        elif (
            cancu_start < 0 and (bare[:1].isdecimal() or (bare[1:2] in {")", "."} and bare[:1].islower()))
            and (depth := heading_lines.item_basis_heading(bare))
        ):  # "1. Cơ sở pháp lý", "1. Về … văn bản chỉ đạo triển khai thực hiện": an item's heading over its list of bases
            cancu_start, cancu_heading, cancu_item = end, idx, depth
        elif (
            cancu_start < 0 and has_bullet and idx < HEADER_LINES
            and w[start:content].strip() in {"-", "+", "•"} and TYPE_START.match(w, content) is not None
            and (after_heading or (previous >= 0 and HEADER_DATE.search(parts[previous]) is not None))
            and item_ends_with_semicolon(w, end)
        ):  # the title, or the header's date line, then "- Luật …;⏎- Nghị quyết số …;": a list of bases whose "Căn
            # cứ" the copy lost
            cancu_start = start
        previous = idx
        if idx < HEADER_LINES:
            # an item's "- Về việc bổ sung …: Thủ tướng … đồng ý …" is a report's point, no subject line
            if not vv_seen and not has_bullet and heading_lines.subject_line(w, content, end):
                vv_seen = True
                titles.append((start, paragraph_end(w, lines, idx)))
            elif not vv_seen and "V/v" in line and (flat := heading_lines.flattened_subject(w, start, end)) is not None:
                vv_seen = True
                titles.append(flat)
            elif not heading_seen and upper and is_type_word(bare):
                heading_seen = True
                para = next_paragraph(w, lines, idx)
                if para is not None and GOVERNING.match(w, content_start(w, para[0], para[1])) is None:
                    titles.append(para)
        # clause starts at line starts
        # a line after a heading starts a clause too ("II. NỘI DUNG⏎Để bảo đảm … theo Chỉ thị …")
        if is_stamp(bare):
            pending.append((start, end))
            continue  # a page's date stamp is chrome: it neither ends the line above nor starts what follows
        hard = prev_last in {"", ".", ";", ":", "!", "?", "…"} or has_bullet or is_heading or after_heading
        if headline_above and not hard and not prev_open:
            # the line opens a sentence, not with a document's name ("… triển khai thực hiện⏎Chỉ thị số …": one
            # sentence wrapped; a bracket left open above is one too: "(khóa⏎XI) và …")
            first_letter = opens_sentence(w, content)
            hard = first_letter >= 0 and TYPE_START.match(w, first_letter) is None
        # a capitalised clause opener starts a clause even after a line without end punctuation
        hard = hard or (w[content : content + 1].isupper() and OPENER.match(w, content) is not None)
        if hard and not (prev_last in {";", ":"} and content in core_starts):  # not a continuation
            if pending:
                k = bisect.bisect_left(cores, content) - 1  # the last core before *content*
                if k >= 0 and cores[k] >= pending[0][0]:
                    sentence_clauses(w, pending, cores[k], clause_pos)
                pending.clear()
            if not clause_pos or clause_pos[-1] < content:
                clause_pos.append(content)
        # a photo's caption ends its paragraph as a blank line does ("Ảnh minh họa (Nguồn baolangson.vn)⏎Các sở, …")
        prev_last = "" if is_caption(bare) else stripped.rstrip("*_ ")[-1:]
        # A Roman-numbered line in sentence case that runs on past a heading's length or holds a ";" is a heading with
        # its text flattened onto it ("I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg … của Thủ tướng⏎về phê duyệt
        # …; -⏎Quyết định số 942/…", hard-wrapped): the next line continues it unless the line's end says otherwise.
        after_heading = is_heading and (upper or stripped[:1] == "#" or not runs_on(bare))
        # The text's first line, short and without a sentence end, is the page's headline when the next line (past a
        # date stamp) opens a sentence ("Thực hiện tốt quy chế dân chủ ở cơ sở⏎01/03/2021 00:00⏎(CMO) Sáng 1/3, tại buổi làm việc … về kết
        # quả 05 năm thực hiện Kết luận số 120", "Tăng cường công tác phòng, chống … ma túy⏎Sau 5 năm thực hiện Chỉ thị
        # số 21-CT/T.Ư …"): a clause of its own, so its cue governs nothing in the lead and the lead's opening is the
        # lead's.  A headline looking back ("12 năm thực hiện chiến lược …", LOOK_BACK_TITLE) heads the article's look
        # back: the lead names what it looks back on (the decision that set the strategy), and the two stay one.
        if first_line and len(bare) <= HEADLINE_CHARS and heading_lines.document_headline(bare):
            titles.append((start, heading_lines.headline_end(parts, lines, idx)))  # "Hướng dẫn … theo Thông tư …"
        headline_above = (
            first_line and len(bare) <= HEADLINE_CHARS and bare[-1:] not in ".!?…;:" and LOOK_BACK_TITLE.search(bare) is None
        )
        first_line = False
        prev_open = "(" in line and line.count("(") > line.count(")")
        pending.append((start, end))
    if pending and cores and cores[-1] >= pending[0][0]:
        sentence_clauses(w, pending, cores[-1], clause_pos)
    if cancu_start >= 0:
        cancu.append((cancu_start, len(w)))
    preamble = decision_preamble(w, lines, parts) if cores else None
    if preamble is not None:
        cancu.append(preamble[:2])
        if preamble[2]:  # a flattened preamble's clauses, parted by ";"
            clause_pos = sorted({*clause_pos, *preamble[2]})
    return clause_pos, disjoint_regions(cancu), disjoint_regions(titles)


# The end of a list item: the next line opening with a dash, a plus or a bullet, or a blank line
_ITEM_END = re.compile(r"\n[ \t]*(?:[-+•]|\n)")
# How far a list item is read for its end
ITEM_CHARS = 800


def item_ends_with_semicolon(w: str, line_end: int) -> bool:
    """Whether the list item whose first line ends at *line_end* ends with ";" (a basis's end), also when a copy wrapped
    it over lines ("- Quyết định số⏎749/QĐ-TTg … của Thủ tướng⏎Chính phủ …;")."""
    found = _ITEM_END.search(w, line_end, line_end + ITEM_CHARS)
    end = found.start() if found is not None else min(len(w), line_end + ITEM_CHARS)
    return w[max(0, line_end - 2) : end].rstrip()[-1:] == ";"


def sentence_clauses(w: str, pending: list[tuple[int, int]], last: int, clause_pos: list[int]) -> None:
    """Add the clause starts after the sentence ends (and before capitalised cues after ";") in the
    *pending* lines that end by *last*."""
    found: list[int] = []
    for start, end in pending:
        if start >= last:  # a sentence end found from here ends after *last*
            break
        # Up to *last* only: a sentence end is a whole run of end marks and of blanks followed by
        # what the look-ahead wants, which is no blank, so a match that ends after *last* on the
        # whole line is none when the line is cut after *last*, and one that ends by it is the same.
        stop_at = min(end, last + 1)
        for m in SENTENCE_END.finditer(w, start, stop_at):
            dot, stop = m.span()
            lo = max(start, dot - 12)
            word_start = max(w.rfind(" ", lo, dot), lo - 1) + 1
            # casefold never shortens, so a longer word is no abbreviation
            if dot + 1 - word_start <= ABBREVIATION_LONGEST and w[word_start : dot + 1].casefold() in ABBREVIATIONS:
                continue
            if stop < end:
                first = w[stop]
                pos = content_start(w, stop, end) if first in BULLET_FIRST or first.isdecimal() else stop
                found.append(pos)
        ends = len(found)  # sentence ends come in order; the two kinds below are merged in after them
        for mark, opened in ((";", SEMICOLON), (":", QUOTE_OPENED)):
            if w.find(mark, start, stop_at) >= 0:  # most lines have none: spares the scan
                for m in opened.finditer(w, start, stop_at):
                    if w[m.end()].isupper() and GOVERNING.match(w, m.end()) is not None:
                        found.append(m.end())
        found.extend(m.end() for m in REPORTED_LOOK_BACK.finditer(w, start, stop_at))
        for m in CAPITAL_CUE.finditer(w, start, stop_at):
            before = w[max(start, m.start() - 40) : m.start()].split()
            if before and (before[-1] == "-" or (len(before[-1]) > 1 and not any(ch.islower() for ch in before[-1]))):
                found.append(m.start())  # after capitals, a date, or a list's dash flattened onto the line ("… - Căn cứ …")
        if len(found) > ends:
            found.sort()
        for pos in found:
            if not clause_pos or clause_pos[-1] < pos:
                clause_pos.append(pos)
        found.clear()


def paragraph_end(w: str, lines: list[int], idx: int) -> int:
    """End of the title paragraph starting at line *idx*: a blank line, the body's first line or a heading."""
    end = lines[idx + 1] - 1 if idx + 1 < len(lines) else len(w)
    for j in range(idx + 1, min(len(lines), idx + 12)):
        nxt_end = lines[j + 1] - 1 if j + 1 < len(lines) else len(w)
        line = w[lines[j] : nxt_end].strip(" *_#")
        if not line or line == line.upper() or line.startswith("Kính gửi"):
            return lines[j]
        if GOVERNING.match(w, content_start(w, lines[j], nxt_end)) is not None:
            return lines[j]
        end = nxt_end
    return end


def next_paragraph(w: str, lines: list[int], idx: int) -> tuple[int, int] | None:
    """The paragraph after the type-word heading at line *idx*: the document's title.  A title in capitals ends at the
    first line in sentence case, blank line or not ("LUẬT⏎PHÒNG, CHỐNG THIÊN TAI⏎Luật Phòng, chống thiên tai số 33/2013/QH13
    …, được sửa đổi, bổ sung bởi:": a consolidated text's record of the laws it joins, no word of its title)."""
    for j in range(idx + 1, min(len(lines), idx + 6)):
        nxt_end = lines[j + 1] - 1 if j + 1 < len(lines) else len(w)
        if w[lines[j] : nxt_end].strip():
            end = paragraph_end(w, lines, j)
            if _capitals(w[lines[j] : nxt_end]):
                k = j + 1
                while k < len(lines) and lines[k] < end and _capitals(w[lines[k] : (lines[k + 1] - 1 if k + 1 < len(lines) else len(w))]):
                    k += 1
                if k < len(lines) and lines[k] < end:
                    end = lines[k] - 1
            return lines[j], end
    return None


def _capitals(line: str) -> bool:
    """Whether *line* has letters and none of them in lower case (a title's line in capitals)."""
    return any(c.isalpha() for c in line) and line == line.upper()


def in_any(regions: list[tuple[int, int]], pos: int) -> bool:
    """Whether *pos* falls in one of the sorted, disjoint *regions*."""
    k = bisect.bisect_right(regions, (pos, BIG)) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def disjoint_regions(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(regions):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
