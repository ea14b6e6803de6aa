"""The citation extractor's shortcuts give what the plain way of computing gives.

The extractor skips work for speed: it scans for cores only in windows before numbers,
remembers window scans and barriers by their text, lets the digit scan drop numbers no type word
can precede, builds its working copy with character-class substitutions, groups type words by
first letter, finds description ends on demand and reads clause starts only where a core needs
them.  Each test below pins one assumption a shortcut rests on, or compares a shortcut with the
plain computation it replaces (:mod:`vanban.citations.reference`).
"""

from __future__ import annotations

import bisect
import random
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban.citations import (
    clauses,
    cues,
    directives,
    extractor,
    numbers,
    reference,
    scan_patterns,
    scanning,
    tails,
    vocabulary,
)
from vanban.citations.reference import (
    RELATING_EVERY_CORE,
    SCANNING_EVERYTHING,
    every_marker,
    reference_extend_chain,
    reference_number_starts,
    reference_scan_issuer,
    reference_scan_number,
    reference_windows,
    reference_working_copy,
)
from vanban.text import nfc, normalise_dashes

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
    # the forms of the sixth session: a lost "/", the old form, a term after a blank, a line broken
    # after a hyphen, "số" and a type word glued
    "193 QĐ - TTg", "2020 KH - UBND", "69-HĐBT", "12-A", "819/NQ – UVBTVQH 14", "115-\nHD/BTGTU", "số82/2018/NQ-HĐND",
    "vàThông tư", "QĐ - UBND", "theo", "bám sát", "đã quán triệt", "Ban Chỉ đạo", "ban hành",
]
SEPARATORS = [
    " ", " ", " ", "  ", "   ", "    ", ", ", "; ", ". ", ": ", "\n", "\n\n", " và ", " - ", "\t", "\u00a0", "\u200b",
    "\u2013", ",\n", ".\n", "\n- ", "\n1. ", "\n\n# ", "\u2028", "\x0b", "…", "? ", "/", "-", "", "\u3000",
]


TYPES = ["Nghị quyết", "Kế hoạch", "Chương trình hành động", "Thông báo kết luận", "Luật", "Bộ luật", "Pháp lệnh",
         "Công văn", "Quyết định", "Văn bản", "Hướng dẫn liên tịch", "Chỉ thị", "Kết luận"]
NUMBERS = ["57-NQ/TW", "386-KH/TU", "21/KH-UBND", "12/2025/QĐ-UBND", "72/2025/QH15", "57", "468", "05-CT/TU", "1",
           "193 QĐ - TTg", "69-HĐBT", "45/2013/QH 13"]


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


def test_dash_characters_are_those_normalise_dashes_maps() -> None:
    mapped = normalise_dashes(ALL_CHARACTERS)
    assert len(mapped) == len(ALL_CHARACTERS)
    changed = {a for a, b in zip(ALL_CHARACTERS, mapped, strict=True) if a != b}
    assert changed == set(vocabulary.DASH_CHARS)
    assert {normalise_dashes(c) for c in changed} == {"-"}


def test_tone_pairs_are_two_classes_that_never_overlap() -> None:
    assert all(len(old) == len(new) == 2 for old, new in vocabulary.TONES.items())
    assert not set(vocabulary.TONE_FIRSTS) & set(vocabulary.TONE_SECONDS)


def test_working_copy_is_the_reference_on_every_character() -> None:
    assert vocabulary.working_copy(ALL_CHARACTERS) == reference_working_copy(ALL_CHARACTERS)


def test_working_copy_is_the_reference_on_mathematical_letters() -> None:
    """The class of characters the working copy replaces takes the mathematical letters as one range (listed one by
    one, a class outside the BMP is tried member by member: citation reading ran 5.6x slower); the range's members
    that are no Latin letter stay as they are, as the reference's table leaves them."""
    text = "".join(chr(c) for c in range(0x1D3F0, 0x1D810)) + " C\U0001d691ỉ \U0001d69d\U0001d691ị số 35"
    assert vocabulary.working_copy(text) == reference_working_copy(text)
    assert len(vocabulary.UNPLAIN_RE.pattern) < 200


def test_working_copy_is_the_reference_on_tone_pairs() -> None:
    rng = random.Random(7)
    alphabet = "oOuUqQ aeyAEY*-\u2013\u00a0\n\u200b\t" + vocabulary.TONE_SECONDS + vocabulary.TONE_FIRSTS
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10)))
        assert vocabulary.working_copy(text) == reference_working_copy(text), text


# --------------------------------------------------------------------------- patterns


def test_type_word_groups_have_first_letters_no_character_matches_twice() -> None:
    firsts = {key[0] for key in vocabulary.TYPE_BY_WORD}
    for a in firsts:
        for b in firsts - {a}:
            assert re.fullmatch(re.escape(a), b, re.IGNORECASE) is None


def test_grouped_type_words_match_like_the_plain_alternation() -> None:
    plain = re.compile(
        rf"(?:{vocabulary.NOT_BEFORE}|{scan_patterns.GLUED_BEFORE})(?P<t>{vocabulary.TYPE_ALT}){vocabulary.NOT_AFTER}"
        rf"|{vocabulary.NOT_BEFORE}(?P<so>số)(?![^\W\d_])"  # "số82/2018/…": glued to its number
        r"|(?<![^\W_/.\-:,])(?<!/)(?P<d>\d)",  # no number starts right after "/" ("Số: /2013/NĐ-CP")
        re.IGNORECASE,
    )
    for text in corpus():
        w = vocabulary.working_copy(nfc(text))
        got = [(m.span(), m.lastgroup) for m in scan_patterns.MASTER.finditer(w)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(w)], text


def test_a_bullet_starts_with_one_of_its_first_characters() -> None:
    for code in range(0x10000):
        c = chr(code)
        if c in clauses.BULLET_FIRST or c.isdecimal():
            continue
        for after in ("", ".", ")", " ", "1"):
            m = clauses.BULLET.match(c + after + "x")
            assert m is not None and m.end() == 0, repr(c)


# --------------------------------------------------------------------------- windows and markers


def test_windows_find_the_cores_a_whole_text_scan_finds() -> None:
    rng = random.Random(11)
    for text in corpus():
        own = rng.choice([None, "57-NQ/TW", "21/KH-UBND", "468"])
        title = rng.choice([None, text[:90]])
        expected = reference.extract(text, own_number=own, title=title, line_offset=3, stages=SCANNING_EVERYTHING)
        assert extractor.run(text, own_number=own, title=title, line_offset=3) == expected, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.sampled_from(["57-NQ/TW", "386-KH/TU", "468"])))
def test_windows_find_the_cores_a_whole_text_scan_finds_property(text: str, own: str | None) -> None:
    expected = reference.extract(text, own_number=own, line_offset=3, stages=SCANNING_EVERYTHING)
    assert extractor.run(text, own_number=own, title=None, line_offset=3) == expected


def test_the_first_marker_from_a_letter_is_the_next_marker_of_the_whole_text() -> None:
    rng = random.Random(5)
    for text in corpus()[:150]:
        w = vocabulary.working_copy(nfc(text))
        core_starts = {i for i in range(len(w)) if rng.random() < 0.05}
        markers = every_marker(w, core_starts)
        for pos, ch in enumerate(w):
            if unicodedata.category(ch).startswith("L"):
                k = bisect.bisect_left(markers, pos)
                assert tails.first_marker(w, pos, core_starts) == (markers[k] if k < len(markers) else len(w))


# --------------------------------------------------------------------------- tails and clauses


def test_issuer_scan_is_the_reference_after_every_cua() -> None:
    rng = random.Random(3)
    for text in corpus():
        w = vocabulary.working_copy(nfc(text))
        core_starts = {i for i in range(len(w)) if rng.random() < 0.05}
        for m in tails.CUA.finditer(w):
            for limit in (len(w), min(len(w), m.end() + 300), m.end() + rng.randrange(0, 40)):
                args = (w, text, m.end(), min(limit, len(w)), core_starts)
                assert tails.scan_issuer(*args) == reference_scan_issuer(*args), text


def test_a_description_is_found_past_its_limit_only_when_the_limit_is_near() -> None:
    for text in corpus()[:200]:
        w = vocabulary.working_copy(nfc(text))
        for pos in range(len(w)):
            if tails.DESC.match(w, pos) is None:
                continue
            for limit in range(pos + 1, min(len(w), pos + tails.DESC_REACH + 5)):
                if tails.DESC.match(w, pos, limit) is None and tails.DESC.match(w, pos) is not None:
                    assert limit < pos + tails.DESC_REACH, (text, pos, limit)


def test_sentence_ends_up_to_a_position_are_found_on_the_text_cut_after_it() -> None:
    for text in corpus():
        w = vocabulary.working_copy(nfc(text))
        for last in range(0, len(w), 3):
            whole = []
            for m in clauses.SENTENCE_END.finditer(w):
                if m.end() > last:
                    break
                whole.append(m.span())
            assert [m.span() for m in clauses.SENTENCE_END.finditer(w, 0, last + 1)] == whole, (text, last)


def test_line_starts_are_those_of_the_lines() -> None:
    for text in corpus()[:100]:
        w = vocabulary.working_copy(nfc(text))
        expected = [0] + [i + 1 for i, ch in enumerate(w) if ch == "\n"]
        assert clauses.line_starts(w.split("\n")) == expected


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
        w = vocabulary.working_copy(nfc(text))
        for pos in range(len(w) + 1):
            assert numbers.scan_number(w, pos) == reference_scan_number(w, pos), (text, pos)
            assert numbers.extend_chain(w, pos) == reference_extend_chain(w, pos), (text, pos)


def test_relations_read_for_some_cores_are_those_read_for_all() -> None:
    rng = random.Random(17)
    for text in corpus():
        numbers = re.findall(r"\d+[-/][^\s,;.]+", text)
        for title in (None, text[:120], "Thực hiện Kế hoạch số " + (rng.choice(numbers) if numbers else "57-NQ/TW")):
            own = rng.choice([None, "57-NQ/TW"])
            got = extractor.run(text, own_number=own, title=title, line_offset=1)
            plain = reference.extract(text, own_number=own, title=title, line_offset=1, stages=RELATING_EVERY_CORE)
            assert got == plain, (title, text)


# --------------------------------------------------------------------------- number starts and window hits


def number_start_texts() -> list[str]:
    """Every last word of a type word, in three cases, before numbers after every kind of gap."""
    gaps = ["", " ", "  ", "   ", "\t", "\n", "\n\n", "\t\n", "\n \n", " \n ", "   \n   ", ":", ": ", " số ", " số:", " SỐ\n", "số:\n ", ". ", "x "]
    texts = []
    for word in [*scan_patterns.LAST_WORDS, "số", "ngày", "năm", "tháng"]:
        for cased in (word, word.upper(), word.capitalize()):
            for gap in gaps:
                for number in ("5", "57-NQ/TW", "21/KH-UBND", "2025"):
                    texts.append(f"Theo {cased}{gap}{number} và")
    return texts


def test_number_starts_are_the_reference() -> None:
    for text in corpus() + number_start_texts():
        w = vocabulary.working_copy(nfc(text))
        typed, bare, backwards = scanning.number_starts(w)
        assert (typed, bare) == reference_number_starts(w), text
        assert backwards in ("", w[::-1])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_number_starts_are_the_reference_property(text: str) -> None:
    w = vocabulary.working_copy(nfc(text))
    assert scanning.number_starts(w)[:2] == reference_number_starts(w)


def test_last_letters_match_what_the_reversed_words_start_with_in_any_case() -> None:
    """The scan's class of last letters (ignoring case) holds the characters the words' literals match."""
    literal = re.compile("|".join(re.escape(word[-1]) for word in scan_patterns.LAST_WORDS) + "|ố", re.IGNORECASE)
    letters = re.compile(f"[{re.escape(scan_patterns.LAST_LETTERS)}ố]", re.IGNORECASE)
    assert set(literal.findall(ALL_CHARACTERS)) <= set(letters.findall(ALL_CHARACTERS))


def test_window_hits_are_the_matches_of_a_window_scan() -> None:
    rng = random.Random(19)
    for text in corpus()[:150]:
        w = vocabulary.working_copy(nfc(text))
        for _ in range(20):
            first = rng.randrange(len(w) + 1)
            last = rng.randrange(first - 1, len(w)) if first else rng.randrange(-1, len(w))
            lo = first - 1 if first else 0
            got = [(s + lo, e + lo, kind) for s, e, kind, _, _ in scanning.window_hits(w[lo : last + 1], first - lo)]
            expected = [(m.start(), m.end(), m.lastgroup) for m in scan_patterns.MASTER.finditer(w, first, last + 1)]
            assert got == expected, (text, first, last)


def test_heads_read_in_a_window_are_those_read_in_the_whole_text() -> None:
    """A window ends with a digit: a type word's head in it is its head in the whole text."""
    for text in corpus() + number_start_texts():
        w = vocabulary.working_copy(nfc(text))
        typed, _, backwards = scanning.number_starts(w)
        for first, last in scanning.windows(w, typed, backwards):
            lo = first - 1 if first else 0
            for s, e, kind, head, _ in scanning.window_hits(w[lo : last + 1], first - lo):
                if kind == "t":
                    whole = scanning.type_head(w, s + lo, e + lo)
                    shifted = None if head is None else (head[0], head[1] + lo, head[2])
                    assert shifted == whole, (text, s + lo)


def test_a_number_with_a_tail_is_a_master_match_of_its_own() -> None:
    """_master_matches yields (digit, digit + 1, "d") for such numbers without matching _MASTER there."""
    for text in corpus():
        w = vocabulary.working_copy(nfc(text))
        for digit in scanning.number_starts(w)[1]:
            m = scan_patterns.MASTER.match(w, digit)
            assert m is not None and (m.start(), m.end(), m.lastgroup) == (digit, digit + 1, "d")


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
        w = vocabulary.working_copy(nfc(text))
        typed, _, backwards = scanning.number_starts(w)
        backwards = backwards or w[::-1]
        assert list(scanning.windows(w, typed, backwards)) == reference_windows(w, typed, backwards), text


def test_whole_word_patterns_written_for_speed_match_their_plain_forms() -> None:
    """cues.whole_words: the first-letter class with the lookbehind after it finds what the plain
    lookbehind-first alternation finds, on whole texts and on windows of them."""
    rng = random.Random(29)
    texts = [*corpus(), "Căn cứ", " Căn cứ", "XCăn cứ", "đề nghị", "Đề nghị của", "ĐỀ NGHỊ", "quyết định  thực   hiện"]
    pairs = [(getattr(m, name), plain) for m in (cues, directives) for name, plain in m.PLAIN_PATTERNS.items()]
    for fast, plain in pairs:
        name = plain.pattern[:40]
        for text in texts:
            w = vocabulary.working_copy(nfc(text))
            assert [m.span() for m in fast.finditer(w)] == [m.span() for m in plain.finditer(w)], (name, text)
            for _ in range(4):
                lo = rng.randrange(len(w) + 1)
                hi = rng.randrange(lo, len(w) + 1)
                assert [m.span() for m in fast.finditer(w, lo, hi)] == [m.span() for m in plain.finditer(w, lo, hi)]
