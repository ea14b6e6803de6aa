"""The regrouped alternations (:mod:`vanban.tracking.prefixed`) match exactly as the patterns as written.

Every pattern the tracking readers use regrouped is held to the one written, match for match (span and groups), by a
scan of every block of every spent real set, the tracking fixture, the demo and a synthetic corpus, as written, tone
marks moved and lower-cased, and by a match at each word start; and the rewriting itself on the cases it must leave
alone or read carefully (lookbehinds, classes, escapes, case-blind letters, verbose patterns).
"""

from __future__ import annotations

import re

import pytest
from tracking_texts import tracking_texts

from vanban.deadlines.blocks import blocks
from vanban.tracking import patterns as p
from vanban.tracking import prefixed, scan
from vanban.tracking.prefixed import compiled, regroup


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found: set[str] = set()
    for body in tracking_texts(60, 3):
        for block in blocks(body):
            probe = p.retone(block.text)
            found.update((block.text, probe, probe.lower(), block.text.lower()))
    words = [*p.ASSIGN_WORDS, *scan.OPENERS]
    found.update(f"{a} {w}" for a in ("", "các", ". Các", "; giao", "đề nghị") for w in words)
    return sorted(found)


def test_every_pattern_the_readers_scan_most_is_regrouped() -> None:
    regrouped = {id(pattern) for pattern, _source, _flags in prefixed.AS_WRITTEN}
    for pattern in (p.DUTY, p.ASSIGNED_UNIT, p.UNIT_START, p.TIME_LEAD, p.REPORT_LEAD, p.BARE_NOUN,
                    scan.HOLDER_AT, scan.HOLDER_AFTER):
        assert id(pattern) in regrouped


@pytest.mark.parametrize("index", range(len(prefixed.AS_WRITTEN)))
def test_regrouped_matches_as_written(index: int, texts: list[str]) -> None:
    regrouped, source, flags = prefixed.AS_WRITTEN[index]
    written = re.compile(source, flags)
    assert regrouped.pattern != source
    assert len(texts) > 5_000
    found = 0
    for text in texts:
        ours = [(m.span(), m.groups()) for m in regrouped.finditer(text)]
        assert ours == [(m.span(), m.groups()) for m in written.finditer(text)], text
        found += len(ours)
        for start in [0, *(m.end() for m in re.finditer(r"[\s.,;:(“\"]+", text))][:40]:
            ours_at = regrouped.match(text, start)
            theirs = written.match(text, start)
            assert (ours_at and (ours_at.span(), ours_at.groups())) == (theirs and (theirs.span(), theirs.groups()))
    assert found > 0


@pytest.mark.parametrize(("source", "flags", "texts"), [
    (r"(?<!\w)(?:chủ\s+trì|(?<![qQ]uan,\s)tổ\s+chức|tham\s+mưu|tổ|cấp(?!\s+xã))(?!\w)", 0,
     ["quan, tổ chức", "Quan, tổ chức các", "chủ  trì tổ cấp xã cấp", "tổ chức", "cơ quan tổ"]),
    (r"(?:đề\s+nghị|Đối\s+với|đối|giao)", re.IGNORECASE, ["Đề nghị ĐỐI VỚI giao", "đối với"]),
    (r"(?:a[|)]|ab|a\]|b)", 0, ["a| a) ab a] b"]),
    (r"(?:ab|ac|a)+x(?P<n>(?:bb|bc|c))", 0, ["abacax bb acx bc ax c"]),
    (r"(?:ab|[ab]c|ad)", 0, ["ab bc ad"]),
])
def test_rewriting_keeps_the_matches(source: str, flags: int, texts: list[str]) -> None:
    ours, written = compiled(source, flags), re.compile(source, flags)
    for text in texts:
        for start in range(len(text) + 1):
            a, b = ours.match(text, start), written.match(text, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in written.finditer(text)]


def test_rewriting_leaves_alone_what_it_cannot_read() -> None:
    assert prefixed.regrouped_source(["đề", "Đối", "giao"], re.IGNORECASE) == "đề|Đối|giao"  # one letter, two cases
    assert prefixed.regrouped_source(["ab", r"\d", "ac"]) == r"ab|\d|ac"
    assert prefixed.regrouped_source(["ab", "", "ac"]) == "ab||ac"
    assert prefixed.regrouped_source(["a*b", "ac"]) == "a*b|ac"
    assert prefixed.regrouped_source(["ab", "ac", "b"]) == "a(?:b|c)|b"
    assert prefixed.regrouped_source([r"(?<!x)ab", "ac"]) == "a(?:(?<!(?:x)a)b|c)"
    verbose = re.compile("(?:ab|ac|ad)", re.VERBOSE)
    assert regroup(verbose) is verbose
    plain = re.compile("ab")
    assert regroup(plain) is plain


def test_a_source_that_sets_its_own_flags_is_compiled_as_written() -> None:
    source = "(?i)(?:a|A|ax|b)"
    assert compiled(source).pattern == source
    assert compiled("(?:ab|ac|b)").pattern == "(?:a(?:b|c)|b)"
