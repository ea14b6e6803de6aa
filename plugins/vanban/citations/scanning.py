"""Stage A, scanning: the *cores* (type word + number, or a number alone) in one left-to-right pass.

The scan reads only short windows before numbers, which give the same cores as reading everything
(:func:`vanban.citations.reference.whole_text_matches` is the plain way, and the tests compare both).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from .bare_followers import starts_phrase, yearless_date
from .model import Core
from .numbers import NumberScan, cut_number, lost_d_code, restore_lost_d, scan_number
from .scan_patterns import (
    AFTER_SO,
    AFTER_TYPE,
    BARRIER,
    LAW_NAME,
    LIST_SEP,
    MASTER,
    NUMBER_AFTER_WORD,
    NUMBER_START,
    REACH,
    Head,
    Hit,
)
from .spelling import canonical_cached, key_cached, parse_number
from .tails import DATE_TAIL
from .vocabulary import (
    CAPITALISED_ONLY,
    CAPITALISED_SURFACES,
    NAMED_BY_NUMBER,
    NAMED_TYPES,
    PUNCT,
    PUNCT_CHARS,
    UNIT_WORDS,
    WEAK_FOLLOWERS,
    type_family,
    type_from_code,
    type_of_word,
)

HEADER_CHARS = 1500

# The verbs a document's description opens with in its title ("Thông tư 16 hướng dẫn …", "Nghị định 80 quy định …",
# "Quyết định 25 phê duyệt …", heldout25 h25-47): after a bare serial they name the document it is, as "của" or "về" do;
# a count or a year is followed by what it counts ("Kế hoạch 5 năm", "Kế hoạch 2025 của …" is a year, left out above).
DESCRIBING_VERBS: dict[str, str] = {
    "hướng dẫn": "a circular's or guidance's title: 'Thông tư 16 hướng dẫn khung vị trí việc làm'",
    "quy định": "a decree's: 'Nghị định 80 quy định …'",
    "phê duyệt": "a decision's: 'Quyết định 25 phê duyệt Đề án …'",
    "ban hành": "a decision issuing rules: 'Quyết định 12 ban hành Quy chế …'",
    "sửa đổi": "an amending document's: 'Nghị định 15 sửa đổi, bổ sung …'",
}
DESCRIBING_FIRST = frozenset(verb.split(" ")[0] for verb in DESCRIBING_VERBS)
DESCRIBING = re.compile(
    "|".join(r"[ \t]+" + r"[ \t]+".join(verb.split(" ")) for verb in DESCRIBING_VERBS).join([r"(?:", r")(?![^\W_])"]),
    re.IGNORECASE,
)

# "năm" and a year after a bare serial: the document's year ("Chỉ thị 21 năm 2013"), unless a period
# follows ("5 năm 2021 - 2025", "3 năm 2023 đến 2025": a number of years)
YEAR_OF = re.compile(r"[ \t]{1,3}năm[ \t]{1,3}(?:19|20)\d\d(?!\d)(?![ \t]*(?:[-–—/]|đến|tới)[ \t]*\d)", re.IGNORECASE)


def is_header_number_line(w: str, so_start: int, number_end: int) -> bool:
    """ "Số: 300/LĐLĐ" at a line start: the document's own number field (bounded look-around).

    It counts when the number is alone on its line, or anywhere in the header (the first
    1,500 characters), where a flattened header table puts the date line after it.
    """
    if not w[so_start].isupper():
        return False
    window_start = max(0, so_start - 12)
    nl = w.rfind("\n", window_start, so_start)
    if nl < 0 and window_start > 0:
        return False
    if w[nl + 1 : so_start].strip(" *#_>|"):
        return False
    if so_start < HEADER_CHARS:
        return True
    after = w[number_end : number_end + 12]
    nl_after = after.find("\n")
    if nl_after < 0 and number_end + 12 < len(w):
        return False
    return not (after if nl_after < 0 else after[:nl_after]).strip(" *_.|")


def next_word(w: str, pos: int) -> str:
    """The next word after *pos* (case-folded, punctuation trimmed), looking at most 40 characters ahead,
    across one line break (a wrapped "Kế hoạch 5⏎năm"), "" at a paragraph's end."""
    window = w[pos : pos + 40]
    line, _, rest = window.partition("\n")
    line = line.lstrip(" ")
    if not line.strip():
        line = rest.split("\n", 1)[0].lstrip(" ") if rest[:1] != "\n" else ""
    if not line:
        return ""
    if line[0] in PUNCT or line[0] in "/%":
        return line[0]
    tok = line.split(" ", 1)[0]
    for k in range(1, len(tok)):  # "vàThông tư 99": a word glued to a capitalised one ends before it
        if tok[k].isupper() and tok[k - 1].islower():
            tok = tok[:k]
            break
    return tok.rstrip(PUNCT_CHARS).casefold()


def bare_status(w: str, end: int, with_so: bool, serial: str) -> int:
    """Whether a number without a code ending at *end* is a citation: 0 no, 1 only as a short form, 2 yes."""
    nxt = w[end : end + 2]
    if nxt[:1] in {"/", ":", "%"} or (nxt[:1] in {".", ",", "-"} and nxt[1:2].isdigit()):
        return 0
    year_like = not with_so and len(serial) == 4 and serial[:2] in {"19", "20"}
    if nxt[:1].isalpha():
        return 2 if starts_phrase(w, end) and not year_like else 0  # "Nghị định 28Liên kết": chrome glued on
    word = next_word(w, end)
    if word == "ngày" and (DATE_TAIL.match(w, end) is not None or yearless_date(w, end)):
        word = "của"  # a date follows: "Công văn số 468 ngày 10/3/2025", "văn bản số 72 ngày 18/7"
    elif word == "năm" and YEAR_OF.match(w, end) is not None:
        word = "của"  # its year follows: "Chỉ thị 21 năm 2013 về …" (not "Kế hoạch 5 năm 2021 - 2025")
    if word in UNIT_WORDS:
        return 0
    if with_so:
        return 2
    if year_like:
        return 0
    if word == "" or word in WEAK_FOLLOWERS or (len(word) == 1 and word in PUNCT):
        return 2
    if word in DESCRIBING_FIRST and DESCRIBING.match(w, end) is not None:
        return 2  # "Bộ đã ban hành Thông tư 16 hướng dẫn khung vị trí việc làm": its description follows, as a title's
    if len(serial) >= 2 and serial[0] == "0":
        return 2  # "10 năm thực hiện Chỉ thị 05 một cách …": a serial written with its zero is a number, not a count
    if starts_phrase(w, end):
        return 2  # "Nghị quyết 18 Hội nghị Trung ương 6", "Chỉ thị 20 Cẩm nang …": a new phrase, not what it counts
    return 1


def master_matches(w: str, consumed: list[int]) -> Iterator[Hit]:
    """The matches of ``MASTER.finditer(w)`` that can start a core, in order, as :data:`Hit`; others may be left out.

    ``consumed[0]`` is where the last core found ends (the caller updates it between matches):
    matches that start before it start no core and are left out too, and so is the rest of a
    window once it lies before it.

    Scanning the whole text costs more than everything else together; most of it is far from any
    number.  A typed core is found by scanning a window before its number that starts just after
    the last barrier (a character no match can hold) before the core: the scan then sees the same
    matches as a scan of the whole text.  A bare number is a match of its own, as no match can
    hold a digit but its own (it is one: NUMBER_START's Party/State branch has MASTER's lookbehind).
    """
    typed, bare, backwards = number_starts(w)
    k = 0
    for first, last in windows(w, typed, backwards):
        while k < len(bare) and bare[k] < first:
            if bare[k] >= consumed[0]:
                yield bare[k], bare[k] + 1, "d", None, 0
            k += 1
        if last >= consumed[0]:
            # the scan can stop at the number: no match before it can hold its digit or look past it;
            # it starts at *first* all the same, as a later start could find other matches
            lo = first - 1 if first else 0  # MASTER's lookbehind reads one character before *first*
            for start, end, kind, head, _ in window_hits(w[lo : last + 1], first - lo):
                if start + lo >= consumed[0]:
                    yield start + lo, end + lo, kind, head, lo
                    if consumed[0] > last:
                        break
        while k < len(bare) and bare[k] <= last:
            k += 1
    for digit in bare[k:]:
        if digit >= consumed[0]:
            yield digit, digit + 1, "d", None, 0


def number_starts(w: str) -> tuple[list[int], list[int], str]:
    """Numbers a type word or "số" comes right before, numbers with a Party or State tail, and ``w[::-1]``."""
    typed: list[int] = []
    bare: list[int] = []
    backwards = ""
    last = len(w) - 1
    for number in NUMBER_START.finditer(w):
        group = number.lastgroup  # the last of the empty groups that matched
        digit = number.start()
        if group != "typed":
            bare.append(digit)
            if group != "pre":
                continue
        backwards = backwards or w[::-1]
        if NUMBER_AFTER_WORD.match(backwards, last - digit):
            typed.append(digit)
    return typed, bare, backwards


@functools.lru_cache(maxsize=16384)
def window_hits(window: str, pos: int) -> tuple[Hit, ...]:
    """``MASTER.finditer(window, pos)`` as hits; remembered, as the phrase before a cited number recurs.

    Scanning a window costs tens of nanoseconds a character (a lookbehind and the type words at
    every position); its text as a key costs a few.  The matches depend on nothing else: the
    lookbehind reads one character before *pos*, and the scan stops at the window's end.  Nor do
    the heads of its type words: a window ends with a digit, which none of their patterns reads past.
    """
    hits: list[Hit] = []
    for m in MASTER.finditer(window, pos):
        start, end = m.span()
        kind = m.lastgroup or ""
        hits.append((start, end, kind, type_head(window, start, end) if kind == "t" else None, 0))
    return tuple(hits)


def windows(w: str, numbers: list[int], backwards: str) -> Iterator[tuple[int, int]]:
    """Merged spans (first, last): from just after the last barrier before ``number - REACH`` to each number.

    *backwards* is ``w[::-1]``: w[i] is backwards[n - 1 - i].
    """
    n = len(w)
    first = last = -1
    for digit in numbers:
        reach = digit - REACH
        if last >= 0 and reach <= last + 1:
            last = digit
            continue
        if last >= 0:
            yield first, last
        # w[last] is a digit, itself a barrier.  The last barrier in the BARRIER_LOOK characters before
        # the reach is remembered by their text; the rest of the way back is searched when it is not there.
        end = max(reach, last + 1)
        start = max(end - BARRIER_LOOK, last + 1)
        found = last_barrier(w[start:end])
        if found >= 0:
            first = start + found + 1
        elif start == last + 1:
            first = start
        else:
            barrier = BARRIER.search(backwards, n - start, n - 1 - last)
            first = n - barrier.start() if barrier is not None else last + 1
        last = digit
    if last >= 0:
        yield first, last


BARRIER_LOOK = 48


@functools.lru_cache(maxsize=16384)
def last_barrier(stretch: str) -> int:
    """Where the last barrier in *stretch* is, -1 when there is none; remembered, as the text before numbers recurs."""
    barrier = BARRIER.search(stretch[::-1])
    return len(stretch) - 1 - barrier.start() if barrier is not None else -1


# How cores are found: master_matches, or a plain whole-text scan (vanban.citations.reference)
Matcher = Callable[[str, list[int]], Iterable[Hit]]


def find_cores(w: str, text: str, own_keys: frozenset[str], matches: Matcher | None = None) -> list[Core]:
    """The cores of *w* in order, leaving out the document's own numbers (*own_keys*, :func:`number_key` spellings)."""
    cores: list[Core] = []
    consumed = [0]
    # a bare own number ("vừa ban hành Kế hoạch số 237 ngày …, triển khai, thực hiện Kết luận số 02 …", heldout23 h23-06)
    # leaves out its bare mentions too: the lead naming it is the page itself, its description the page's own
    bare_own = any(key.isdigit() for key in own_keys)
    for start, end, kind, head, shift in (matches or master_matches)(w, consumed):
        if start < consumed[0]:
            continue
        if kind == "t":
            found = typed_cores(w, text, start, head[0], head[1] + shift, head[2]) if head is not None else []
        elif kind == "so":
            found = so_core(w, text, start, end)
        else:
            found = digit_core(w, text, start)
        if not found:
            continue
        consumed[0] = found[-1].end
        for core in found:
            if own_keys and (not core.bare or bare_own) and (
                key_cached(core.number) in own_keys or key_cached(restore_lost_d(core.number)) in own_keys
            ):
                continue  # the own number, also as a copy that lost its "Đ" writes it ("135/2006/N-CP")
            cores.append(core)
    return cores


def make_core(text: str, start: int, scan: NumberScan, type_name: str | None, written: bool) -> Core:
    number = canonical_cached(text[scan.start : scan.end])
    inferred = type_from_code(scan.type_code, scan.system)
    if type_name is None and inferred is None and scan.structured:
        parts = parse_number(number)
        if parts is not None:
            inferred = type_from_code(parts.type_code, parts.system)
    return Core(start, scan.end, scan.start, number, type_name, inferred, written, not scan.structured, scan.serial)


def type_head(w: str, s: int, e: int) -> Head | None:
    """For the type word w[s:e]: its type, where its number would start and whether "số" came before
    it; None when no number can follow (a lower-case "luật", nothing between word and number)."""
    type_name = type_of_word(w[s:e])
    surface_name = type_name or ""
    if not w[s].isupper() and (
        surface_name in CAPITALISED_ONLY or (w[s] == "đ" and " ".join(w[s:e].split()) in CAPITALISED_SURFACES)
    ):
        return None
    law = LAW_NAME.match(w, e) if surface_name in NAMED_TYPES else None
    if law is not None and law.end() - e < 200:
        return type_name, law.end(), True
    after = AFTER_TYPE.match(w, e)
    if after is None or after.end() == e:
        return None
    return type_name, after.end(), after.group("so") is not None


def list_marker(w: str, start: int, end: int) -> bool:
    """A bare number that starts its line and is followed by "." or ")": a list item's number
    ("KẾ HOẠCH⏎1. Quyết định số …"), not the number of the type word above it."""
    return w[end : end + 1] in {".", ")"} and not w[w.rfind("\n", 0, start) + 1 : start].strip(" \t*#>")


def typed_cores(w: str, text: str, s: int, type_name: str | None, pos: int, with_so: bool) -> list[Core]:
    """The core of the type word at *s* whose head (:func:`type_head`) is (type_name, pos, with_so), and its list."""
    scan = scan_number(w, pos)
    if scan is None:
        return []
    scan = cut_number(w, scan) or scan  # "Nghị định 220/2025 …": cut after its year
    status = 2 if scan.structured else bare_status(w, scan.end, with_so, scan.serial)
    if status == 0 or (not scan.structured and list_marker(w, scan.start, scan.end)):
        return []
    first = make_core(text, s, scan, type_name, True)
    first.short_only = status == 1 or (not scan.structured and not with_so and type_name in NAMED_BY_NUMBER)
    if not scan.structured and status == 2:
        return serial_list(w, text, first, type_name, with_so)
    found = [first]
    found.extend(continuations(w, text, first, type_name))
    return found


def serial_list(w: str, text: str, first: Core, type_name: str | None, with_so: bool) -> list[Core]:
    """A bare serial's list of serials: "Quyết định số 217, 218 của Bộ Chính trị" names two documents, and "Quyết định
    217, 218 - QĐ/TW" two that share the code written once after the last (each gets it).  A serial after the first
    is read only where a bare one would be a citation (:func:`bare_status`)."""
    serials: list[tuple[NumberScan, int]] = []
    pos = first.end
    for _ in range(12):
        if DATE_TAIL.match(w, pos) is not None:
            break  # "số 217 ngày …": the first has a tail of its own
        sep = LIST_SEP.match(w, pos)
        if sep is None or "\n" in sep.group(0) or ";" in sep.group(0):
            break
        scan = scan_number(w, sep.end())
        if scan is None:
            break
        if scan.structured:
            shared = make_core(text, scan.start, scan, type_name, False)
            suffix = shared.number[len(scan.serial) :]
            parts = [first] + [make_core(text, bare.start, bare, type_name, False) for bare, _ in serials]
            if suffix[:1] not in {"-", "/"} or not all(part.serial.isdecimal() for part in parts):
                break
            for part in parts:
                part.number, part.bare, part.inferred_type = part.serial + suffix, False, shared.inferred_type
            return [*parts, shared, *continuations(w, text, shared, type_name)]
        if bare_status(w, scan.end, with_so, scan.serial) != 2 or list_marker(w, scan.start, scan.end):
            break
        serials.append((scan, sep.start()))
        pos = scan.end
    return [first, *(make_core(text, bare.start, bare, type_name, False) for bare, _ in serials)]


def continuations(w: str, text: str, prev: Core, type_name: str | None) -> list[Core]:
    """Numbers joined to a cited number (the core *prev*) by ",", ";", "và": same type word."""
    out: list[Core] = []
    pos = prev.end
    for _ in range(50):
        date = DATE_TAIL.match(w, pos)
        prev.date_tail, prev.date_looked = date, True
        after_date = date.end() if date is not None else pos
        sep = LIST_SEP.match(w, after_date)
        if sep is None:
            break
        scan = scan_number(w, sep.end())
        if scan is None or not scan.structured:
            break
        core = make_core(text, scan.start, scan, type_name, False)
        if core.inferred_type is not None and type_name is not None and type_family(core.inferred_type) != type_family(
            type_name
        ):
            core.type_name = core.inferred_type
        out.append(core)
        prev, pos = core, scan.end
    return out


# A form's, a table's or an appendix's number ("tại Mẫu số 10/HĐBC và Mẫu số 31/HĐBC", "Biểu số 02/BC-UBND", "Phụ lục
# số 01"): a part of a document, not one cited, although its code looks like a document's.
FORM_BEFORE = re.compile(r"(?<![^\W_])(?:mẫu|biểu|phụ[ \t]+lục|phiếu)[ \t]+\Z", re.IGNORECASE)
FORM_REACH = 12


def so_core(w: str, text: str, start: int, end: int) -> list[Core]:
    after = AFTER_SO.match(w, end)
    pos = after.end() if after is not None else end
    scan = scan_number(w, pos)
    if scan is None or not scan.structured:
        return []
    if is_header_number_line(w, start, scan.end) or FORM_BEFORE.search(w, max(0, start - FORM_REACH), start) is not None:
        # consume it so that the digits are not read again as a citation
        return [Core(start, scan.end, scan.start, "", None, None, False, True, "", alias=True)]
    core = make_core(text, scan.start, scan, None, False)
    return [core, *continuations(w, text, core, None)]


def digit_core(w: str, text: str, start: int) -> list[Core]:
    scan = scan_number(w, start)
    if scan is None or not scan.structured:
        return []
    if scan.type_code is None:
        lost = lost_d_code(w, scan)  # "94/2016/N-CP" in a copy that lost its "Đ"
        if lost is None:
            return []
        scan = NumberScan(scan.start, scan.end, True, scan.system, lost, scan.serial)
    raw = w[scan.start : scan.end]
    if scan.system == "state" and "-" not in raw and raw.count("/") < 2 and not (" " in raw and "-" in canonical_cached(raw)):
        return []  # "1675/NQ UBTVQH14", a blank for the dash (:func:`.codes.finish_code`), is one
    core = make_core(text, scan.start, scan, None, False)
    return [core, *continuations(w, text, core, None)]
