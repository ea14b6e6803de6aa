"""The shortcuts that make :mod:`vanban.deadlines` fast change no result.

Each shortcut rests on a fact about Unicode, Python's ``re`` or the patterns; these tests
check the facts (over all of Unicode where that is cheap) and compare the fast paths with
the plain ones on generated text.
"""

from __future__ import annotations

import datetime
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.deadlines import blocks as dl_blocks
from vanban.deadlines import patterns as dl_patterns
from vanban.deadlines import reader as dl_reader
from vanban.text import collapse_space, nfc, normalise_dashes

ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)

# Fragments that reach every finder, every left pattern and every cleaning step.
FRAGMENTS = [
    "trước ngày",
    "chậm nhất là",
    "hạn chót nộp hồ sơ là",
    "hoàn thành",
    "xong",
    "vào ngày",
    "tổ chức",
    "sẽ được tổ chức",
    "dự kiến",
    "đã",
    "khai mạc",
    "lúc 8 giờ 00,",
    "thời gian:",
    "tính đến",
    "không quá",
    "đến hết",
    "tới",
    "tháng 3/2025",
    "tháng 12",
    "quý II",
    "QUÝ IV/2025",
    "hằng năm",
    "HÀNG THÁNG",
    "định kỳ",
    "Định kỳ 6 tháng",
    "mỗi năm",
    "từ ngày 1/3 đến ngày 15/3/2025",
    "từ tháng 3 đến tháng 6/2025",
    "Ngày Quốc tế Phụ nữ (8/3)",
    "ngày 10/10 hằng năm",
    "28.3.2025",
    "28 / 3 / 2025",
    "15/3",
    "ngày 7 tháng 3 năm 2025",
    "số 12/KH-UBND, ngày 3/4/2025",
    "báo cáo",
    "Báo cáo kết quả",
    "UBND huyện:",
    "Các chi bộ:",
    "1.",
    "2.1.",
    "(3)",
    "a)",
    "II.",
    "-",
    "•",
    "\\.",
    "\\*",
    "*",
    "#",
    "## ",
    ">",
    "–",
    "—",
    "−",
    "\u200b",
    "\xad",
    "\t",
    "\xa0",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "İ",
    "ı",
    "K",
    "́",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "2025",
    "7",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join) | st.text(
    alphabet=st.sampled_from("ngàyhánqýđịằtừkỳôơư0123456789/.-:;,() \n\r*\\#>İıKΣ\u0301\u200b\xa0\t"),
    max_size=120,
)


def _letters(*words: str) -> str:
    return "".join(sorted(set("".join(words)) - {" "}))


def test_ignorecase_matches_exactly_what_lowers_to_the_gate_letters() -> None:
    """The gates test words on ``text.lower()`` where the patterns use IGNORECASE ("i" would
    fail: IGNORECASE matches "ı" to it)."""
    cased = [c for c in ALL if c.lower() != c]
    words = ("từ", "tháng", "quý", "định", "hằng", "hàng", "năm", "ngày", "kỳ", "tuần")
    for letter in _letters(*words):
        by_re = re.findall(re.escape(letter), ALL, re.IGNORECASE)
        assert sorted(by_re) == sorted([letter, *(c for c in cased if c.lower() == letter)]), letter


def test_left_words_are_matched_by_ignorecase_exactly_as_by_lower() -> None:
    """_classify_date looks for _LEFT_WORDS in the lower-cased window where _ANY_LEFT uses
    IGNORECASE: that finds a word whenever _ANY_LEFT could match it."""
    cased = [c for c in ALL if c.lower() != c]
    for letter in _letters(*dl_patterns.LEFT_WORDS.pattern.split("|")):
        by_re = re.findall(re.escape(letter), ALL, re.IGNORECASE)
        assert sorted(by_re) == sorted([letter, *(c for c in cased if c.lower() == letter)]), letter


@settings(max_examples=400, deadline=None)
@given(texts)
def test_every_left_match_holds_a_left_word(text: str) -> None:
    for end in range(len(text) + 1):
        found = dl_patterns.ANY_LEFT.search(text, max(0, end - dl_patterns.WINDOW), end)
        if found is not None:
            assert dl_patterns.LEFT_WORDS.search(found.group().lower()) is not None, found.group()


def test_every_left_keyword_holds_a_left_word() -> None:
    """Each trigger of the left patterns, alone and in capitals, is seen by the word search."""
    keywords = re.findall(r"[^\W\d_]+(?:\\s\+[^\W\d_]+)*", dl_patterns.ANY_LEFT.pattern)
    for keyword in {k.replace("\\s+", " ") for k in keywords}:
        for variant in (keyword, keyword.upper(), keyword.title()):
            if dl_patterns.ANY_LEFT.search(variant + " ") is not None:
                assert dl_patterns.LEFT_WORDS.search(variant.lower()) is not None, variant


def test_dash_gate_is_the_dash_mapping() -> None:
    mapped = normalise_dashes(ALL)
    changed = {a for a, b in zip(ALL, mapped, strict=True) if a != b}
    assert set(dl_blocks.DASH.findall(ALL)) == changed


def test_printable_lines_hold_only_plain_spaces() -> None:
    assert not [c for c in ALL if c.isprintable() and c != " " and (c.isspace() or dl_blocks.INVISIBLE.match(c))]


def test_word_boundary_class_is_isalnum() -> None:
    assert "".join(re.findall(r"[^\W_]", ALL)) == "".join(c for c in ALL if c.isalnum())


def test_left_patterns_look_at_nothing_before_their_start() -> None:
    """_classify_date may search a longer window than the sentence's only if this holds."""
    for pattern in (*dl_patterns.BY_LEFT, dl_patterns.ON_LEFT):
        source = pattern.pattern
        assert "(?<" not in source and "\\b" not in source and "\\B" not in source
        assert "^" not in source.replace("[^", "")


def _reference_lines(text: str) -> list[str]:
    """The cleaning as it was, one line at a time."""
    return [
        collapse_space(
            dl_blocks.MD_ESCAPE.sub(
                r"\1", dl_blocks.MD_HEADING.sub("", dl_blocks.INVISIBLE.sub("", normalise_dashes(nfc(raw))))
            ).replace("*", "")
        )
        for raw in dl_blocks.LINE_SPLIT.split(text)
    ]


def _reference_blocks(text: str) -> list[tuple[str, list[int], list[int]]]:
    blocks: list[dl_blocks.Block] = []
    blanks = 0
    for number, line in enumerate(_reference_lines(text), start=1):
        if not line:
            blanks += 1
            continue
        if blocks and blanks <= 2 and dl_blocks.continues(blocks[-1].text, line):
            blocks[-1].add(line, number)
        else:
            blocks.append(dl_blocks.Block())
            blocks[-1].add(line, number)
        blanks = 0
    return [(b.text, b.starts, b.lines) for b in blocks]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_blocks_read_as_line_by_line(text: str) -> None:
    assert [(b.text, b.starts, b.lines) for b in dl_blocks.blocks(text)] == _reference_blocks(text)


@pytest.mark.parametrize("fast", [dl_patterns.DATE_TOKEN, dl_patterns.BY_LEFT[0], dl_patterns.ON_LEFT], ids=["date", "by", "on"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_leading_lookahead_changes_no_match(fast: re.Pattern[str], text: str) -> None:
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_left_is_the_union_of_the_left_patterns(text: str) -> None:
    for end in range(0, len(text) + 1, 7):
        window = text[max(0, end - dl_patterns.WINDOW) : end]
        expected = any(p.search(window) for p in (*dl_patterns.BY_LEFT, dl_patterns.ON_LEFT))
        assert (dl_patterns.ANY_LEFT.search(text, max(0, end - dl_patterns.WINDOW), end) is not None) == expected


def _ungated_hits(reader: dl_reader.Reader) -> list[dl_reader.Hit]:
    found: list[dl_reader.Hit] = []
    for finder in (
        reader._date_spans,
        reader._month_spans,
        reader._named_days,
        reader._yearly_days,
        reader._dates,
        reader._months,
        reader._periodic,
    ):
        found.extend(finder())
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[dl_reader.Hit] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


@settings(max_examples=400, deadline=None)
@given(texts)
def test_gated_finders_find_what_all_finders_find(text: str) -> None:
    for block in dl_blocks.blocks(text):
        for doc_date in (None, datetime.date(2025, 3, 7)):
            assert dl_reader.Reader(block.text, doc_date).hits() == _ungated_hits(dl_reader.Reader(block.text, doc_date))
