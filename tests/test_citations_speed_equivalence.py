"""The citation extractor's shortcuts give what the plain way of computing gives.

:mod:`vanban.citations` skips work for speed: it scans for cores only in windows before numbers,
builds its working copy with character-class substitutions, groups type words by first letter,
finds description ends on demand and reads clause starts only where a core needs them.  Each
test below pins one assumption a shortcut rests on, or compares a shortcut with the plain
computation it replaces.
"""

from __future__ import annotations

import bisect
import random
import re
import unicodedata
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban import citations
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


def whole_text_matches(w: str, consumed: list[int]) -> list[re.Match[str]]:
    return list(citations._MASTER.finditer(w))


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
