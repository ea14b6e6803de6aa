"""The shortcuts that make search indexing fast change no token and no byte.

Tokens are cut in one pass over the whole text, without ``str.translate``; that rests on facts
about Unicode and Python's ``str.lower``, checked here over every code point, and the result is
compared with the plain per-phrase way on generated text. The index files are computed without
lunr's Builder; they are compared with ``pack(build_index(...).serialize())`` and with the
previous build (rows routed to shards, one lunr index per shard).
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import math
import operator
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import search_reference as reference
from vanban import tokens as search_tokens
from vanban.corpus import load_corpus
from vanban.documents import Document
from vanban.search import postings as search_postings
from vanban.text import nfc, normalise_dashes

ROOT = Path(__file__).resolve().parent.parent
ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


# --------------------------------------------------------------------------- the plain way (the previous code)


def plain_lower(text: str) -> str:
    return normalise_dashes(nfc(text)).lower()


def plain_syllables(text: str) -> list[str]:
    return search_tokens.SYLLABLE.findall(plain_lower(text))


def plain_segments(text: str) -> list[list[str]]:
    return [s for s in (search_tokens.drop_so(plain_syllables(part)) for part in search_tokens.SEGMENT.split(plain_lower(text)))
            if s]


def plain_numbers_in_text(text: str) -> list[str]:
    joined = ([search_tokens.fold_lower(s) for s in plain_syllables(m.group(0))]
              for m in search_tokens.NUMBER_IN_TEXT.finditer(plain_lower(text)))
    return ["".join(parts) for parts in joined if len(parts) > 1]


def plain_tokens(text: str) -> dict[str, list[str]]:
    x: list[str] = []
    f: list[str] = []
    b: list[str] = []
    for seg in plain_segments(text):
        folded = [search_tokens.fold_lower(s) for s in seg]
        x.extend(s for s, fs in zip(seg, folded, strict=True) if s != fs and not s.isdigit())  # "02" → "2": no mark
        f.extend(folded)
        b.extend(search_tokens.pair(a, c) for a, c in itertools.pairwise(folded))
    f.extend(plain_numbers_in_text(text))
    return {"x": x, "f": f, "b": b}


def fast_tokens(text: str) -> dict[str, list[str]]:
    tokens = search_tokens.FieldTokens()
    tokens.add_text(text)
    return {"x": tokens.x, "f": tokens.f, "b": tokens.b}


# --------------------------------------------------------------------------- the previous fast way (frozen copy)

_FROZEN_CLASS = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff"
_FROZEN_SEGMENT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’«»…|*#>\n]+")
_FROZEN_SYLLABLE = re.compile(f"[{_FROZEN_CLASS}]+")
_FROZEN_WORD_OR_BREAK = re.compile(f"([{_FROZEN_CLASS}]++)|{_FROZEN_SEGMENT.pattern}")
_FROZEN_NUMBER = re.compile(f"[0-9][0-9]*(?:\\s?[-/]\\s?[{_FROZEN_CLASS}]+)+")


def frozen_strip_markup(body: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"\]\([^)]*\)", "]", body))


def _frozen_lower_again(piece: str) -> str:
    return piece if unicodedata.is_normalized("NFC", piece) else plain_lower(piece)


def frozen_tokens(text: str) -> dict[str, list[str]]:
    """``FieldTokens.add_text`` before the memos (one findall, a pair string per pair), caches left out."""
    lowered = plain_lower(text)
    if unicodedata.is_normalized("NFC", lowered):
        words = _FROZEN_WORD_OR_BREAK.findall(lowered)
    else:
        words = [w for part in _FROZEN_SEGMENT.split(lowered)
                 for w in [*_FROZEN_SYLLABLE.findall(_frozen_lower_again(part)), ""]]
    folded = [search_tokens.fold_lower(w) for w in words]
    so = [i for i, w in enumerate(folded) if w == "so" and i + 1 < len(words) and words[i + 1][:1].isdigit()]
    for i in reversed(so):
        del words[i], folded[i]
    x = [w for w, fw in zip(words, folded, strict=True) if w != fw and not w.isdigit()]  # "02" folds to "2": no mark
    f = list(itertools.compress(folded, words))
    kept = list(map(bool, words))
    both = map(operator.and_, kept, itertools.islice(kept, 1, None))
    b = [f"{a}_{c}" for a, c in itertools.compress(itertools.pairwise(folded), both)]
    numbers = ([search_tokens.fold_lower(s) for s in _FROZEN_SYLLABLE.findall(_frozen_lower_again(n))]
               for n in _FROZEN_NUMBER.findall(lowered))
    f.extend("".join(parts) for parts in numbers if len(parts) > 1)
    return {"x": x, "f": f, "b": b}


# --------------------------------------------------------------------------- the facts the shortcuts rest on


def test_dashes_are_what_normalise_dashes_replaces() -> None:
    expected = ALL
    for dash in search_tokens.DASHES:
        expected = expected.replace(dash, "-")
    assert normalise_dashes(ALL) == expected
    assert len(set(search_tokens.DASHES)) == len(search_tokens.DASHES)


def test_lowered_text_is_its_own_lower_and_has_no_dash() -> None:
    """Every character ``lower()`` makes of dash-free text is its own lower case (so no Σ, whose lower
    case depends on context) and no dash: lowering a piece of ``_lower``-ed text again can only change
    it through NFC."""
    lowered = "".join(map(str.lower, normalise_dashes(ALL)))  # final "ς", made in context, is lower("ς") too
    assert "Σ" not in lowered
    assert lowered.lower() == lowered
    assert normalise_dashes(lowered) == lowered


def test_no_composition_crosses_a_phrase_break() -> None:
    """Why an NFC text has NFC phrases: a break character is a starter with no decomposition and never
    the second part of a composite; the one that starts composites (">" + U+0338 → "≯") is composed
    by NFC wherever it could be, and what follows it otherwise has no starter to compose with."""
    breaks = set("".join(search_tokens.SEGMENT.findall(ALL)))
    assert all(unicodedata.combining(c) == 0 and unicodedata.normalize("NFD", c) == c for c in breaks)
    firsts = set()
    for c in ALL:
        parts = unicodedata.decomposition(c).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            first, second = (chr(int(p, 16)) for p in parts)
            assert second not in breaks, c
            firsts.add(first)
    assert firsts & breaks == {">"}


def test_lowering_can_unnormalise() -> None:
    """The case the slow path is kept for: NFC text whose lower case is not NFC."""
    assert unicodedata.is_normalized("NFC", "W\u030a")
    assert not unicodedata.is_normalized("NFC", "W\u030a".lower())
    assert search_tokens.segments("xin W\u030a. J\u030c 5") == plain_segments("xin W\u030a. J\u030c 5") == [["xin", "ẘ"], ["ǰ", "5"]]


# --------------------------------------------------------------------------- tokens

# Pieces that reach every branch: breaks, dashes, "số" before numbers, marks that compose only
# after lowering, ">" with its composing mark, characters that NFC or lower() change.
PIECES = [
    " ", "  ", "\n", ".", ", ", ";", "…", "“", "”", "(", ")", ">", "#", "|", "*", "-", "/", " - ", "\u2013",
    "\u2212", "\u2014", "\ufe63", "số", "Số", "SỐ", "so", "sở", "số ", "5", "57", "12/2025", "57-NQ/TW",
    "57 – NQ/TW", "300/LĐLĐ", "Nghị", "quyết", "đường", "dương", "Đ", "ệ", "e\u0302\u0323", "a\u0301",
    "W\u030a", "w\u030a", "J\u030c", "\u0338", "\u0334", "\u0301", "İ", "Σ", "ΑΣ", "ς", "ẞ", "\u212a",
    "\u2126", "\u037e", "x", "tw", "NQ", "²", "٣", "ｓｏ",
]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.text(max_size=60))


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_tokens_match_the_plain_way(text: str) -> None:
    assert search_tokens.lower(text) == plain_lower(text)
    assert search_tokens.segments(text) == plain_segments(text)
    assert search_tokens.numbers_in_text(text) == plain_numbers_in_text(text)
    assert fast_tokens(text) == plain_tokens(text)
    lowered = search_tokens.lower(text)
    if unicodedata.is_normalized("NFC", lowered):
        assert all(unicodedata.is_normalized("NFC", p) for p in search_tokens.SEGMENT.split(lowered))


# Bodies as the corpus has them: NFC or NFD Vietnamese, dashes, "số" before numbers (also across tabs and
# no-break spaces, which the space-separated pieces keep inside), cited numbers, breaks and markup.
BODY_PIECES = [
    *PIECES, "Nghị quyết số 57-NQ/TW", "số 12/2025/QĐ-UBND", "Số\t57", "số\u00a057", "so\u00a0", "\t", "\u00a0", "\r\n",
    "\n\n", " \n ", "57 - NQ / TW", "57\n-nq", "ngày 15/3/2025", "Điều 5.", "Khoản 2,", "1.", "a)", "đ)", "[Luật](/luat/x)",
    "](", "<br>", "<", ">", "</p>", "nghi\u0323 quyê\u0301t", "Đ\u1eb6NG", "ĐẢNG", "hướng dẫn", "thực hiện", "thuc hien",
]
bodies = st.one_of(st.lists(st.sampled_from(BODY_PIECES), max_size=60).map("".join),
                   st.lists(st.sampled_from(BODY_PIECES), max_size=12).map(" ".join), st.text(max_size=80))
_DOC = Document(source="x.md", number="1/QĐ", type="Quyết định", issuer="UBND", title="t")


def assert_body_matches_frozen(body: str) -> None:
    doc = dataclasses.replace(_DOC, body=body)
    expected = frozen_tokens(frozen_strip_markup(body))
    assert search_tokens.strip_markup(body) == frozen_strip_markup(body)
    assert search_tokens.body_tokens(doc) == expected
    counts = search_tokens.body_counts(doc)
    wanted = {name: Counter(tokens) for name, tokens in expected.items()}
    assert counts == wanted
    assert [(name, list(c.items())) for name, c in counts.items()] == [(n, list(c.items())) for n, c in wanted.items()]
    assert all(type(c) is Counter for c in counts.values())


@settings(max_examples=1500, deadline=None)
@given(bodies)
def test_body_tokens_match_the_frozen_copy(body: str) -> None:
    """Same lists in the same order, and body_counts the same Counters (items in the same order)."""
    assert fast_tokens(body) == frozen_tokens(body)
    assert_body_matches_frozen(body)


def test_body_tokens_of_fixed_texts_match_the_frozen_copy() -> None:
    texts = ["Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Số 5, so 6; sở 7\tsố 8 số\u00a09",
             unicodedata.normalize("NFD", "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15 – (sửa đổi)."),
             "57 \u2013 NQ/TW, 300/LĐLĐ; « Đảng » … “thực hiện” | hướng dẫn * # > xin W\u030a. J\u030c 5",
             "Xem [Quyết định 12/QĐ](/van-ban/12-qd/) và <b>Điều 3</b>.\n\n- số\n57", "", " ", "số", "số 5"]
    for text in texts:
        assert fast_tokens(text) == frozen_tokens(text) == plain_tokens(text), text
        assert_body_matches_frozen(text)
    assert frozen_tokens(texts[0])["b"][:2] == ["nghi_quyet", "quyet_57"]  # "số" before 57 dropped


MEMOS = ("_FOLDED", "_FOLDED_OR_NONE", "_EXACT", "_PAIRS", "_PIECES", "_NUMBERS")


@pytest.mark.parametrize("limit", [1, 3, 1 << 17])
def test_memos_change_no_token(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Tokens go through dicts that compute what they lack: cold, warm or cleared midway, the tokens are the same."""
    text = "Nghị quyết số 57-NQ/TW. Đường \u0301 dương; Số 5 so 6 số\t7 sở 8; 12/2025/QĐ-UBND số 57 - NQ"  # NFC lowered
    for name in MEMOS:
        monkeypatch.setattr(search_tokens, name, search_tokens.Memo(getattr(search_tokens, name).compute, limit))
    cold = fast_tokens(text), search_tokens.segments(text)
    folds = search_tokens._FOLDED_OR_NONE
    assert folds and all(folds[w] == (search_tokens.fold_lower(w) if w else None) for w in list(folds))
    assert all(0 < len(getattr(search_tokens, name)) <= limit for name in MEMOS)
    assert cold == (fast_tokens(text), search_tokens.segments(text))
    assert cold == (plain_tokens(text), plain_segments(text)) == (frozen_tokens(text), plain_segments(text))


def test_body_tokens_of_the_demo_corpus() -> None:
    docs = load_corpus(ROOT / "content").documents
    assert docs
    for doc in docs:
        assert search_tokens.body_tokens(doc) == plain_tokens(search_tokens.strip_markup(doc.body)), doc.source
        assert_body_matches_frozen(doc.body)


# --------------------------------------------------------------------------- index files

rows_strategy = st.lists(
    st.dictionaries(st.sampled_from(["n", "f", "x", "b"]),
                    st.dictionaries(st.sampled_from(["a", "b", "c", "d_e", "đ", "57nqtw", "z"]),
                                    st.integers(1, 6), max_size=5),
                    max_size=4),
    max_size=12)


@settings(max_examples=300, deadline=None)
@given(rows_strategy, st.sampled_from([{"n": 10, "f": 1}, {"x": 1.5, "f": 1, "b": 1.5}]))
def test_scores_are_lunrs(rows: list[dict[str, dict[str, int]]], fields: Mapping[str, float]) -> None:
    """Postings.scores gives, for every posting, lunr's own field-vector score (its Builder) in hundredths."""
    postings = search_postings.Postings(fields)
    for doc, row in enumerate(rows):
        postings.add(doc, row)
    lunr_rows: list[tuple[str, Mapping[str, Any]]] = [(str(i), row) for i, row in enumerate(rows)]
    serialized = reference.build_index(fields, lunr_rows).serialize()
    terms = {p["_index"]: t for t, p in serialized["invertedIndex"]}
    theirs = {(ref, terms[v[k]]): round(v[k + 1] * search_postings.SCALE)
              for ref, v in serialized["fieldVectors"] for k in range(0, len(v), 2)}
    ours = {(f"{name}/{doc}", term): score
            for name in fields for term, scores in postings.scores(name).items()
            for doc, score in zip(postings.terms[name][term][::2], scores, strict=True)}
    assert ours == theirs


# Two postings whose saturations are equal in exact arithmetic (4 / 6.2 and 2 / 3.1): written as
# "0.75 * length / average" the test once made them equal floats and kept the earlier, while the code
# (lunr's "b * (length / average)") orders them by their last bit; the oracle must round as the code does.
@settings(max_examples=300, deadline=None)
@given(rows_strategy, st.sampled_from([{"n": 10, "f": 1}, {"x": 1.5, "f": 1, "b": 1.5}]), st.integers(0, 4),
       st.booleans())
@example(rows=[{"b": {"a": 6}}, {"b": {"a": 1, "b": 4, "c": 6}}, {"b": {"a": 5}},
               {"b": {"a": 4, "b": 1, "c": 2, "d_e": 6, "đ": 6}}, {"b": {"a": 2}}, {"b": {"a": 1, "b": 1, "c": 5}},
               {"b": {"a": 2, "b": 6}}, {"b": {"b": 2}}, {"b": {"a": 1, "b": 1, "c": 6}},
               {"b": {"a": 1, "b": 3, "c": 6, "d_e": 6, "đ": 6}}],
         fields={"x": 1.5, "f": 1, "b": 1.5}, keep=4, transposed=False)
def test_kept_scores_are_the_best(rows: list[dict[str, dict[str, int]]], fields: Mapping[str, float], keep: int,
                                  transposed: bool) -> None:
    """scores(keep=k) keeps a term's k best postings (ties to the earlier document, as heapq.nlargest picks
    them by BM25's tf / (norm + tf)) with their full scores, the others 0; rows added one by one
    (Postings.add) or all at once (add_all, counts as TermCounts) score alike."""
    postings = search_postings.Postings(fields)
    if transposed:
        postings.add_all([{name: search_tokens.term_counts(Counter(counts)) for name, counts in row.items()}
                          for row in rows])
    else:
        for doc, row in enumerate(rows):
            postings.add(doc, row)
    for name in fields:
        lengths: dict[int, int] = {}
        for doc, row in enumerate(rows):
            if row.get(name):
                lengths[doc] = sum(row[name].values())
        average = search_postings.stable_average(sum(lengths.values()), len(lengths))
        full, kept = postings.scores(name), postings.scores(name, keep=keep)
        for term, flat in postings.terms[name].items():
            docs, tfs = flat[::2], flat[1::2]
            saturation = [tf / (1.2 * (1 - 0.75 + 0.75 * (lengths[doc] / average)) + tf) for doc, tf in zip(docs, tfs, strict=True)]
            best = set(heapq.nlargest(keep, range(len(docs)), key=saturation.__getitem__)) if len(docs) > keep \
                else set(range(len(docs)))
            assert list(kept[term]) == [score if i in best else 0 for i, score in enumerate(full[term])]


def _reference_hundredths(score: float) -> int:
    return round(round(score, 3) * search_postings.SCALE)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.floats(0, 400), st.floats(0, 1e12), st.floats(-1e300, 1e300)))  # * 100 stays finite
def test_hundredths_rounds_as_round_twice(score: float) -> None:
    assert search_postings.hundredths(score) == _reference_hundredths(score)


@settings(max_examples=3000, deadline=None)
@given(st.integers(0, 400_000), st.integers(-8, 8))
def test_hundredths_near_ties(thousandths: int, ulps: int) -> None:
    """Halfway between thousandths (round(x, 3) decides) and thousandths ending in 5 (the last round)."""
    for exact in ((thousandths + 0.5) / 1000, thousandths / 1000):
        score = exact
        step = math.copysign(math.inf, ulps)
        for _ in range(abs(ulps)):
            score = math.nextafter(score, step)
        assert search_postings.hundredths(score) == _reference_hundredths(score), score


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0.1, 0.25, 0.5, 0.5000000000000001, 0.75, 1.0]) | st.floats(0, 1), min_size=2,
                max_size=2 * search_postings.NLARGEST_FROM), st.data())
def test_the_kth_largest_is_the_sorted_ones(values: list[float], data: st.DataObject) -> None:
    """kth_largest (a sort of a short list, heapq.nlargest of a long one) is the keep-th value of the values
    sorted, ties included (which postings it keeps: test_kept_scores_are_the_best)."""
    keep = data.draw(st.integers(1, len(values) - 1))
    assert search_postings.kth_largest(values, keep) == sorted(values, reverse=True)[keep - 1]
    long = [values[k % len(values)] for k in range(search_postings.NLARGEST_FROM + len(values))]  # nlargest's side
    assert search_postings.kth_largest(long, keep) == sorted(long, reverse=True)[keep - 1]
