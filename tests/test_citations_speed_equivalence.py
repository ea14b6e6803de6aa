"""The citation extractor's shortcuts give what the plain way of computing gives.

:mod:`vanban.citations` skips work for speed: it scans for cores only in windows before numbers,
remembers window scans and barriers by their text, lets the digit scan drop numbers no type word
can precede, builds its working copy with character-class substitutions, groups type words by
first letter, finds description ends on demand and reads clause starts only where a core needs
them.  Each test below pins one assumption a shortcut rests on, or compares a shortcut with the
plain computation it replaces.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
import unicodedata
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban import citations
from vanban.text import collapse_space, nfc, normalise_dashes

ALL_CHARACTERS = "".join(map(chr, range(0x110000)))

# Pieces of directive text, so that random texts are full of near-citations.
PIECES = [
    "Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Kế hoạch", "kế hoạch", "Kế  hoạch", "Kế\nhoạch", "Luật", "luật",
    "Bộ luật", "Pháp lệnh", "Quyết định", "Công văn", "Thông báo kết luận", "Thông báo", "Kết luận",
    "Chương trình hành động", "Chương trình", "Văn bản", "VĂN BẢN", "Chỉ thị", "Hướng dẫn", "Thông tư liên tịch",
    "KẾ HOẠCH", "Ctr", "Đề án", "Quy định", "số", "Số", "Số:", "số:", "SỐ", "ngày", "tháng", "năm", "của", "về",
    "về việc", "V/v", "thực hiện", "Thực hiện", "Căn cứ", "Triển khai", "và", "hoặc", "cùng", "Ban Thường vụ Tỉnh ủy",
    "Bộ Chính trị", "Tỉnh uỷ", "hoá", "Tổ chức chính quyền địa phương", "TP.", "Ths.", "(sau đây gọi tắt là", ")",
    "(", "I.", "II.", "1.", "a)", "CĂN CỨ", "# ", "**", "*", "_", ">", "-", "•", "“", "”", "57-NQ/TW", "57",
    "386-KH/TU", "21/KH-UBND", "12/2025/QĐ-UBND", "42/2022/NĐCP", "72/2025/QH15", "57 NQ/TW", "60-Ctr/TU", "03",
    "468", "2025", "5", "13/02/2025", "22.12.2024", "01/CT-TTg", "300/LĐLĐ", "12 / KH - UBND", "57–NQ/TW",
    "1234567", "99-QĐ/TU-BTG", "12-VĂN BẢN", "Kính gửi", "Điều 5",
]
SEPARATORS = [
    " ", " ", " ", "  ", "   ", "    ", ", ", "; ", ". ", ": ", "\n", "\n\n", " và ", " - ", "\t", "\u00a0", "\u200b",
    "\u2013", ",\n", ".\n", "\n- ", "\n1. ", "\n\n# ", "\u2028", "\x0b", "…", "? ", "/", "-", "", "\u3000",
]


TYPES = ["Nghị quyết", "Kế hoạch", "Chương trình hành động", "Thông báo kết luận", "Luật", "Bộ luật", "Pháp lệnh",
         "Công văn", "Quyết định", "Văn bản", "Hướng dẫn liên tịch", "Chỉ thị", "Kết luận"]
NUMBERS = ["57-NQ/TW", "386-KH/TU", "21/KH-UBND", "12/2025/QĐ-UBND", "72/2025/QH15", "57", "468", "05-CT/TU", "1"]


def citation(rng: random.Random) -> str:
    """A citation the way documents write them, with a law name, "số", blanks or a line break between."""
    name = " Tổ chức chính quyền địa phương" if rng.random() < 0.3 else ""
    so = rng.choice([" số ", " số: ", " Số:", " ", "\n", "  số\n", " số", " số:   \n   ", " số.  \n "])
    tail = rng.choice(["", ", ngày 13/02/2025", " ngày 7 tháng 3 năm 2025 của Bộ Chính trị", " về việc X",
                       " thực hiện " + rng.choice(TYPES) + " số " + rng.choice(NUMBERS)])
    return rng.choice(TYPES) + name + so + rng.choice(NUMBERS) + tail


def random_text(rng: random.Random, pieces: int) -> str:
    return "".join(
        (citation(rng) if rng.random() < 0.3 else rng.choice(PIECES)) + rng.choice(SEPARATORS) for _ in range(pieces)
    )


def corpus() -> list[str]:
    rng = random.Random(20250601)
    return [random_text(rng, rng.randrange(1, 60)) for _ in range(400)]


texts = st.lists(st.sampled_from(PIECES + SEPARATORS), max_size=60).map("".join)


# --------------------------------------------------------------------------- the working copy


def reference_working_copy(text: str) -> str:
    """The working copy as first written: translate, then the old tone placement one pair at a time."""
    table = str.maketrans({c: " " for c in citations._ODD_SPACES + citations._ZERO_WIDTH + "*"})
    w = normalise_dashes(text).translate(table)
    tones = re.compile(r"(?<![qQ])(?:" + "|".join(sorted(citations._TONES, key=len, reverse=True)) + ")")
    return tones.sub(lambda m: citations._TONES[m.group(0)], w)


def test_dash_characters_are_those_normalise_dashes_maps() -> None:
    mapped = normalise_dashes(ALL_CHARACTERS)
    assert len(mapped) == len(ALL_CHARACTERS)
    changed = {a for a, b in zip(ALL_CHARACTERS, mapped, strict=True) if a != b}
    assert changed == set(citations._DASH_CHARS)
    assert {normalise_dashes(c) for c in changed} == {"-"}


def test_tone_pairs_are_two_classes_that_never_overlap() -> None:
    assert all(len(old) == len(new) == 2 for old, new in citations._TONES.items())
    assert not set(citations._TONE_FIRSTS) & set(citations._TONE_SECONDS)


def test_working_copy_is_the_reference_on_every_character() -> None:
    assert citations._working_copy(ALL_CHARACTERS) == reference_working_copy(ALL_CHARACTERS)


def test_working_copy_is_the_reference_on_tone_pairs() -> None:
    rng = random.Random(7)
    alphabet = "oOuUqQ aeyAEY*-\u2013\u00a0\n\u200b\t" + citations._TONE_SECONDS + citations._TONE_FIRSTS
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10)))
        assert citations._working_copy(text) == reference_working_copy(text), text


# --------------------------------------------------------------------------- patterns


def test_type_word_groups_have_first_letters_no_character_matches_twice() -> None:
    firsts = {key[0] for key in citations._TYPE_BY_WORD}
    for a in firsts:
        for b in firsts - {a}:
            assert re.fullmatch(re.escape(a), b, re.IGNORECASE) is None


def test_grouped_type_words_match_like_the_plain_alternation() -> None:
    plain = re.compile(
        rf"{citations._NOT_BEFORE}(?P<t>{citations._TYPE_ALT}){citations._NOT_AFTER}"
        rf"|{citations._NOT_BEFORE}(?P<so>số){citations._NOT_AFTER}"
        r"|(?<![^\W_/.\-:,])(?P<d>\d)",
        re.IGNORECASE,
    )
    for text in corpus():
        w = citations._working_copy(nfc(text))
        got = [(m.span(), m.lastgroup) for m in citations._MASTER.finditer(w)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(w)], text


def test_a_bullet_starts_with_one_of_its_first_characters() -> None:
    for code in range(0x10000):
        c = chr(code)
        if c in citations._BULLET_FIRST or c.isdecimal():
            continue
        for after in ("", ".", ")", " ", "1"):
            m = citations._BULLET.match(c + after + "x")
            assert m is not None and m.end() == 0, repr(c)


# --------------------------------------------------------------------------- windows and markers


def whole_text_matches(w: str, consumed: list[int]) -> list[citations._Hit]:
    """Every _MASTER match of the whole text, type words' heads read on the whole text too."""
    hits: list[citations._Hit] = []
    for m in citations._MASTER.finditer(w):
        head = citations._type_head(w, m.start(), m.end()) if m.lastgroup == "t" else None
        hits.append((m.start(), m.end(), m.lastgroup or "", head, 0))
    return hits


def extract_scanning_everything(text: str, own: str | None, title: str | None) -> citations.Extraction:
    with mock.patch.object(citations, "_master_matches", whole_text_matches):
        return citations._extract(text, own_number=own, title=title, line_offset=3)


def test_windows_find_the_cores_a_whole_text_scan_finds() -> None:
    rng = random.Random(11)
    for text in corpus():
        own = rng.choice([None, "57-NQ/TW", "21/KH-UBND", "468"])
        title = rng.choice([None, text[:90]])
        expected = extract_scanning_everything(text, own, title)
        assert citations._extract(text, own_number=own, title=title, line_offset=3) == expected, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.sampled_from(["57-NQ/TW", "386-KH/TU", "468"])))
def test_windows_find_the_cores_a_whole_text_scan_finds_property(text: str, own: str | None) -> None:
    expected = extract_scanning_everything(text, own, None)
    assert citations._extract(text, own_number=own, title=None, line_offset=3) == expected


def every_marker(w: str, core_starts: set[int]) -> list[int]:
    """Every clause marker in *w*, as the description ends were first found."""
    out: list[int] = []
    for m in citations._MARKERS.finditer(w):
        ch = m.group(0)[0]
        if ch == ",":
            if not w[m.end()].isupper() or m.end() in core_starts:
                continue
        elif ch in ".!?…":
            lo = max(0, m.start() - 12)
            word_start = max(w.rfind(" ", lo, m.start()), w.rfind("\n", lo, m.start()), lo - 1) + 1
            if w[word_start : m.start() + 1].casefold() in citations._ABBREVIATIONS:
                continue
        out.append(m.start())
    return out


def test_the_first_marker_from_a_letter_is_the_next_marker_of_the_whole_text() -> None:
    rng = random.Random(5)
    for text in corpus()[:150]:
        w = citations._working_copy(nfc(text))
        core_starts = {i for i in range(len(w)) if rng.random() < 0.05}
        markers = every_marker(w, core_starts)
        for pos, ch in enumerate(w):
            if unicodedata.category(ch).startswith("L"):
                k = bisect.bisect_left(markers, pos)
                assert citations._first_marker(w, pos, core_starts) == (markers[k] if k < len(markers) else len(w))


# --------------------------------------------------------------------------- tails and clauses


def reference_scan_issuer(w: str, text: str, pos: int, limit: int, core_starts: set[int]) -> tuple[str | None, int]:
    """_scan_issuer as it was before its tests were reordered."""
    tokens = itertools.islice(citations._TOKEN.finditer(w, pos, limit), 20)
    tok = next(tokens, None)
    kept: list[tuple[int, int]] = []
    prev_end = pos
    while tok is not None:
        after = next(tokens, None)
        value = tok.group(0)
        start = tok.start()
        if kept:
            gap = w[prev_end:start]
            if "\n" in gap and (gap.count("\n") > 1 or value[0] in "-+*#•" or value[0].isdigit()):
                break
        if start in core_starts:
            break
        low = value.casefold()
        if value[0] in citations._PUNCT or value[0].isdigit():
            break
        if low in citations._ISSUER_STOP:
            break
        if value == value.lower():
            nxt = after.group(0).casefold() if after is not None else ""
            if f"{low} {nxt}" in citations._ISSUER_STOP2:
                break
        if value[0].islower() and low != "và":
            after_capital = bool(kept) and w[kept[-1][0]].isupper()
            if not after_capital and low.rstrip(citations._PUNCT_CHARS) not in citations._ISSUER_LOWER:
                break
        if low == "và" and (
            after is None
            or after.group(0).casefold() == after.group(0)
            or after.start() in core_starts
            or citations._TYPE_START.match(w, after.start()) is not None
        ):
            break
        punct = None if value.isalnum() else citations._PUNCT_RE.search(value)
        if punct is not None:
            if low in citations._ABBREVIATIONS:
                kept.append(tok.span())
                prev_end = tok.end()
                tok = after
                continue
            kept.append((start, start + punct.start()))
            break
        kept.append(tok.span())
        prev_end = tok.end()
        if len(kept) >= 15:
            break
        tok = after
    while kept and w[kept[-1][0] : kept[-1][1]].casefold() in {"và", "hoặc"}:
        kept.pop()
    if not kept or not w[kept[0][0]].isupper():
        return None, pos
    issuer = collapse_space(text[kept[0][0] : kept[-1][1]].replace("*", " "))
    return (issuer or None), kept[-1][1]


def test_issuer_scan_is_the_reference_after_every_cua() -> None:
    rng = random.Random(3)
    for text in corpus():
        w = citations._working_copy(nfc(text))
        core_starts = {i for i in range(len(w)) if rng.random() < 0.05}
        for m in citations._CUA.finditer(w):
            for limit in (len(w), min(len(w), m.end() + 300), m.end() + rng.randrange(0, 40)):
                args = (w, text, m.end(), min(limit, len(w)), core_starts)
                assert citations._scan_issuer(*args) == reference_scan_issuer(*args), text


def test_a_description_is_found_past_its_limit_only_when_the_limit_is_near() -> None:
    for text in corpus()[:200]:
        w = citations._working_copy(nfc(text))
        for pos in range(len(w)):
            if citations._DESC.match(w, pos) is None:
                continue
            for limit in range(pos + 1, min(len(w), pos + citations._DESC_REACH + 5)):
                if citations._DESC.match(w, pos, limit) is None and citations._DESC.match(w, pos) is not None:
                    assert limit < pos + citations._DESC_REACH, (text, pos, limit)


def test_sentence_ends_up_to_a_position_are_found_on_the_text_cut_after_it() -> None:
    for text in corpus():
        w = citations._working_copy(nfc(text))
        for last in range(0, len(w), 3):
            whole = []
            for m in citations._SENTENCE_END.finditer(w):
                if m.end() > last:
                    break
                whole.append(m.span())
            assert [m.span() for m in citations._SENTENCE_END.finditer(w, 0, last + 1)] == whole, (text, last)


def test_line_starts_are_those_of_the_lines() -> None:
    for text in corpus()[:100]:
        w = citations._working_copy(nfc(text))
        expected = [0] + [i + 1 for i, ch in enumerate(w) if ch == "\n"]
        assert citations._line_starts(w.split("\n")) == expected


def reference_extend_chain(w: str, end: int) -> int:
    """_extend_chain as it was: _CHAIN tried after every part, whatever character follows."""
    for _ in range(12):
        m = citations._CHAIN.match(w, end)
        if m is None or not citations._is_code(m.group("c")):
            break
        end = m.end()
    return end


def reference_scan_number(w: str, pos: int) -> citations._NumberScan | None:
    """_scan_number as it was before its three patterns were matched as one."""
    m = citations._SERIAL_RE.match(w, pos)
    if m is None:
        return None
    serial = m.group(0)
    end = m.end()
    party = citations._PARTY_TAIL.match(w, end)
    if party is not None:
        t, i = party.group("t"), party.group("i")
        spaced_only = "-" not in party.group("sep")
        ok = citations._is_code(t) and citations._is_code(i) and (not spaced_only or t.casefold() in citations._ALL_CODES)
        if ok:
            stop = reference_extend_chain(w, party.end())
            code = t if t.casefold() in citations._ALL_CODES else None
            return citations._NumberScan(pos, stop, True, "party", code, serial)
    state = citations._STATE_TAIL.match(w, end)
    if state is not None and citations._is_code(state.group("c")):
        c = state.group("c")
        stop = reference_extend_chain(w, state.end())
        code = c if c.casefold() in citations._ALL_CODES else None
        if code is None and state.group("y"):
            code = citations._split_glued_code(c)[0]
        return citations._NumberScan(pos, stop, True, "state", code, serial)
    return citations._NumberScan(pos, end, False, "state", None, serial)


NUMBER_TEXTS = [
    "57-NQ/TW", "57 NQ/TW", "57 nq/tw", "57 Ab/Cd", "57-ab/TW", "57 - NQ / TW - BTG", "21/KH-UBND", "21 / kh - UBND",
    "12/2025/QĐ-UBND", "42/2022/NĐCP", "42/2022/nđcp", "72/2025/QH15", "1234567/KH", "12/ab", "12/Ab-cd-EF-GH",
    "5 NQ/tw/x", "5-/TW", "5-NQ/", "5 Ctr/TU", "03-CTr/TU-BTG-HĐND", "1 KH/UBND, 2/KH", "9/2025", "9/2025/",
]


def test_number_scan_is_the_reference_everywhere() -> None:
    rng = random.Random(13)
    texts = corpus() + [
        rng.choice(["", " ", "số ", "\n"]) + number + rng.choice(["", " ", ",", "-UBND", "/x", " - Ab"])
        for number in NUMBER_TEXTS
        for _ in range(8)
    ]
    for text in texts:
        w = citations._working_copy(nfc(text))
        for pos in range(len(w) + 1):
            assert citations._scan_number(w, pos) == reference_scan_number(w, pos), (text, pos)
            assert citations._extend_chain(w, pos) == reference_extend_chain(w, pos), (text, pos)


def relate_every_core(w: str, cores: list[citations._Core], decided: set[int]) -> None:
    """_relate as it was: the relation of every top-level core, from every line up to the last core."""
    parts = w.split("\n")
    lines = citations._line_starts(parts)
    starts = {c.start for c in cores}
    clause_pos, cancu, titles = citations._regions(w, lines, parts, starts, sorted(starts))
    for core in cores:
        core.line = bisect.bisect_right(lines, core.start)
        if core.alias or core.parent is not None:
            continue
        if citations._in_any(titles, core.start) or citations._in_any(cancu, core.start):
            core.implements = True
            continue
        j = bisect.bisect_right(clause_pos, core.start) - 1
        core.implements = j >= 0 and citations._GOVERNING.match(w, clause_pos[j]) is not None


def test_relations_read_for_some_cores_are_those_read_for_all() -> None:
    rng = random.Random(17)
    for text in corpus():
        numbers = re.findall(r"\d+[-/][^\s,;.]+", text)
        for title in (None, text[:120], "Thực hiện Kế hoạch số " + (rng.choice(numbers) if numbers else "57-NQ/TW")):
            own = rng.choice([None, "57-NQ/TW"])
            got = citations._extract(text, own_number=own, title=title, line_offset=1)
            with mock.patch.object(citations, "_relate", relate_every_core):
                assert got == citations._extract(text, own_number=own, title=title, line_offset=1), (title, text)


# --------------------------------------------------------------------------- number starts and window hits

REFERENCE_NUMBER_START = re.compile(
    rf"\d(?:(?<![^\W_]\d)(?=\d{{0,5}}(?!\d)(?:{citations._PARTY_TAIL.pattern}|{citations._STATE_TAIL.pattern}))"
    r"(?P<tail>)|(?<=(?i:[ \t\n:.ố])\d))"
)


def reference_number_starts(w: str) -> tuple[list[int], list[int]]:
    """_number_starts as it was: every number after a blank, ":", "." or "ố" checked on the reversed copy."""
    typed: list[int] = []
    bare: list[int] = []
    for number in REFERENCE_NUMBER_START.finditer(w):
        digit = number.start()
        if number.group("tail") is not None:
            bare.append(digit)
            if digit == 0 or not re.match(r"(?i:[ \t\n:.ố])", w[digit - 1]):
                continue
        if citations._NUMBER_AFTER_WORD.match(w[::-1], len(w) - 1 - digit):
            typed.append(digit)
    return typed, bare


def number_start_texts() -> list[str]:
    """Every last word of a type word, in three cases, before numbers after every kind of gap."""
    gaps = ["", " ", "  ", "   ", "\t", "\n", "\n\n", "\t\n", "\n \n", " \n ", "   \n   ", ":", ": ", " số ", " số:", " SỐ\n", "số:\n ", ". ", "x "]
    texts = []
    for word in [*citations._LAST_WORDS, "số", "ngày", "năm", "tháng"]:
        for cased in (word, word.upper(), word.capitalize()):
            for gap in gaps:
                for number in ("5", "57-NQ/TW", "21/KH-UBND", "2025"):
                    texts.append(f"Theo {cased}{gap}{number} và")
    return texts


def test_number_starts_are_the_reference() -> None:
    for text in corpus() + number_start_texts():
        w = citations._working_copy(nfc(text))
        typed, bare, backwards = citations._number_starts(w)
        assert (typed, bare) == reference_number_starts(w), text
        assert backwards in ("", w[::-1])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_number_starts_are_the_reference_property(text: str) -> None:
    w = citations._working_copy(nfc(text))
    assert citations._number_starts(w)[:2] == reference_number_starts(w)


def test_last_letters_match_what_the_reversed_words_start_with_in_any_case() -> None:
    """The scan's class of last letters (ignoring case) holds the characters the words' literals match."""
    literal = re.compile("|".join(re.escape(word[-1]) for word in citations._LAST_WORDS) + "|ố", re.IGNORECASE)
    letters = re.compile(f"[{re.escape(citations._LAST_LETTERS)}ố]", re.IGNORECASE)
    assert set(literal.findall(ALL_CHARACTERS)) <= set(letters.findall(ALL_CHARACTERS))


def test_window_hits_are_the_matches_of_a_window_scan() -> None:
    rng = random.Random(19)
    for text in corpus()[:150]:
        w = citations._working_copy(nfc(text))
        for _ in range(20):
            first = rng.randrange(len(w) + 1)
            last = rng.randrange(first - 1, len(w)) if first else rng.randrange(-1, len(w))
            lo = first - 1 if first else 0
            got = [(s + lo, e + lo, kind) for s, e, kind, _, _ in citations._window_hits(w[lo : last + 1], first - lo)]
            expected = [(m.start(), m.end(), m.lastgroup) for m in citations._MASTER.finditer(w, first, last + 1)]
            assert got == expected, (text, first, last)


def test_heads_read_in_a_window_are_those_read_in_the_whole_text() -> None:
    """A window ends with a digit: a type word's head in it is its head in the whole text."""
    for text in corpus() + number_start_texts():
        w = citations._working_copy(nfc(text))
        typed, _, backwards = citations._number_starts(w)
        for first, last in citations._windows(w, typed, backwards):
            lo = first - 1 if first else 0
            for s, e, kind, head, _ in citations._window_hits(w[lo : last + 1], first - lo):
                if kind == "t":
                    whole = citations._type_head(w, s + lo, e + lo)
                    shifted = None if head is None else (head[0], head[1] + lo, head[2])
                    assert shifted == whole, (text, s + lo)


def test_a_number_with_a_tail_is_a_master_match_of_its_own() -> None:
    """_master_matches yields (digit, digit + 1, "d") for such numbers without matching _MASTER there."""
    for text in corpus():
        w = citations._working_copy(nfc(text))
        for digit in citations._number_starts(w)[1]:
            m = citations._MASTER.match(w, digit)
            assert m is not None and (m.start(), m.end(), m.lastgroup) == (digit, digit + 1, "d")


def reference_windows(w: str, numbers: list[int], backwards: str) -> list[tuple[int, int]]:
    """_windows as it was: every barrier searched for on the reversed copy."""
    n = len(w)
    spans: list[tuple[int, int]] = []
    first = last = -1
    for digit in numbers:
        reach = digit - citations._REACH
        if last >= 0 and reach <= last + 1:
            last = digit
            continue
        if last >= 0:
            spans.append((first, last))
        barrier = citations._BARRIER.search(backwards, n - max(reach, last + 1), n - 1 - last)
        first = n - barrier.start() if barrier is not None else last + 1
        last = digit
    if last >= 0:
        spans.append((first, last))
    return spans


def test_windows_are_the_reference() -> None:
    """Also where the last barrier lies further back than the remembered stretch, or there is none."""
    rng = random.Random(23)
    long_runs = [
        rng.choice(["", "1. ", "x, "]) + " ".join(rng.choice(["quyết", "Kế hoạch", "thực hiện", "về", "\n"]) for _ in range(k))
        + rng.choice([" số ", " ", " số: "]) + rng.choice(NUMBERS) + rng.choice(["", " và Nghị quyết số 5", " 2 3"])
        for k in range(0, 40)
        for _ in range(5)
    ]
    for text in corpus() + number_start_texts() + long_runs:
        w = citations._working_copy(nfc(text))
        typed, _, backwards = citations._number_starts(w)
        backwards = backwards or w[::-1]
        assert list(citations._windows(w, typed, backwards)) == reference_windows(w, typed, backwards), text
