"""The citation extractor against hand-annotated fixtures, plus unit and property tests."""

from __future__ import annotations

import datetime
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban.citations import (
    Citation,
    Extraction,
    NumberParts,
    canonical_number,
    extract,
    number_key,
    parse_number,
    reference,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "citations"
SEEDS_DIR = FIXTURES.parent / "seeds"

SEEDS: list[dict[str, Any]] = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))["seeds"]
VARIANTS: list[dict[str, Any]] = json.loads((FIXTURES / "variants.json").read_text(encoding="utf-8"))["cases"]


# The fixture tests run on the fast extractor and on its plain reference (vanban.citations.reference)
Extractor = Callable[..., Extraction]
EXTRACTORS: list[Extractor] = [extract, reference.extract]
EXTRACTOR_IDS = ["fast", "reference"]


def _iso(date: datetime.date | None) -> str | None:
    return date.isoformat() if date else None


def _edges(extraction: Extraction) -> list[dict[str, str]]:
    return [{"source": e.source, "target": e.target, "relation": e.relation} for e in extraction.inferred]


# --------------------------------------------------------------------------- fixtures


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=EXTRACTOR_IDS)
@pytest.mark.parametrize("seed", SEEDS, ids=[s["file"] for s in SEEDS])
def test_seed_citations_exactly(seed: dict[str, Any], extractor: Extractor) -> None:
    text = (SEEDS_DIR / seed["file"]).read_text(encoding="utf-8")
    extraction = extractor(text, own_number=seed["own_number"])
    got = [
        {
            "type": c.type,
            "number": c.number,
            "date": _iso(c.date),
            "issuer": c.issuer,
            "relation": c.relation,
            "line": c.line,
        }
        for c in extraction.citations
    ]
    assert got == seed["citations"]
    assert _edges(extraction) == seed["inferred"]


def _variant_view(citation: Citation, expected: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = {
        "number": citation.number,
        "type": citation.type,
        "date": _iso(citation.date),
        "relation": citation.relation,
    }
    if "issuer" in expected:
        view["issuer"] = citation.issuer
    if "occurrences" in expected:
        view["occurrences"] = len(citation.occurrences)
    if "line" in expected:
        view["line"] = citation.line
    return view


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=EXTRACTOR_IDS)
@pytest.mark.parametrize("case", VARIANTS, ids=[c["id"] for c in VARIANTS])
def test_variant_citations_exactly(case: dict[str, Any], extractor: Extractor) -> None:
    text = case["text"]
    if case.get("nfd"):
        text = unicodedata.normalize("NFD", text)
    extraction = extractor(text, own_number=case.get("own_number"), title=case.get("title"))
    expected = case["citations"]
    assert len(extraction.citations) == len(expected), [c.number for c in extraction.citations]
    assert [_variant_view(c, e) for c, e in zip(extraction.citations, expected, strict=True)] == expected
    if "inferred" in case:
        assert _edges(extraction) == case["inferred"]


def test_fixture_sizes() -> None:
    assert len(VARIANTS) >= 60
    assert sum(len(s["citations"]) for s in SEEDS) >= 24


# --------------------------------------------------------------------------- occurrences and offsets


def test_occurrence_spans_cover_type_word_through_number() -> None:
    text = "Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Tỉnh ủy; số 57-NQ/TW."
    extraction = extract(text)
    first, second = extraction.citations
    (occ,) = first.occurrences
    assert text[occ.start : occ.end] == "Kế hoạch số 386-KH/TU"
    (occ2,) = second.occurrences
    assert text[occ2.start : occ2.end] == "57-NQ/TW"


def test_offsets_are_into_the_nfc_text_for_nfd_input() -> None:
    nfc_text = "Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    extraction = extract(unicodedata.normalize("NFD", nfc_text))
    (occ,) = extraction.citations[0].occurrences
    assert nfc_text[occ.start : occ.end] == "Nghị quyết số 57-NQ/TW"
    assert extraction.citations[0].issuer == "Bộ Chính trị"


def test_line_offset_shifts_lines() -> None:
    extraction = extract("\n\nThực hiện Nghị quyết số 57-NQ/TW.", line_offset=10)
    assert extraction.citations[0].line == 13
    assert extraction.citations[0].occurrences[0].line == 13


def test_subject_is_read_after_ve() -> None:
    text = "Thực hiện Kế hoạch số 21/KH-UBND ngày 15/01/2025 của UBND tỉnh về chuyển đổi số năm 2025; Kế hoạch số 22/KH-UBND."
    first = extract(text).citations[0]
    assert first.subject == "chuyển đổi số năm 2025"


def test_header_number_line_is_never_a_citation() -> None:
    assert extract("Số: 21/KH-UBND\n\nKính gửi: các xã.").citations == ()
    assert extract("**Số 57-NQ/TW**\n").citations == ()


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("57-NQ/TW", "57-NQ/TW"),
        ("57 NQ/TW", "57-NQ/TW"),
        ("57- NQ/TW", "57-NQ/TW"),
        ("57 - NQ/TW", "57-NQ/TW"),
        ("57–NQ/TW", "57-NQ/TW"),
        ("57\u2212NQ/TW", "57-NQ/TW"),
        ("57\u2011NQ/TW", "57-NQ/TW"),
        ("21 / KH - UBND", "21/KH-UBND"),
        ("41/2019/QĐ-UBND", "41/2019/QĐ-UBND"),
        ("42/2022/NĐCP", "42/2022/NĐ-CP"),
        ("03-CTrPH/BTG-HĐND-UBND-TAND- VKSND", "03-CTrPH/BTG-HĐND-UBND-TAND-VKSND"),
        ("60-Ctr/TU", "60-Ctr/TU"),
        ("Số: 300/LĐLĐ", "300/LĐLĐ"),
        ("468", "468"),
        (unicodedata.normalize("NFD", "1051/LĐLĐ"), "1051/LĐLĐ"),
    ],
)
def test_canonical_number(raw: str, canonical: str) -> None:
    assert canonical_number(raw) == canonical
    assert unicodedata.is_normalized("NFC", canonical_number(raw))


def test_number_key_is_the_one_key_case_and_d_stroke_insensitive() -> None:
    from vanban.documents import number_identity

    assert number_key("60-Ctr/TU") == number_key("60-CTr/TU") == number_key("60 ctr/tu")
    assert number_key("300/LĐLĐ") == "300/ldld" == number_key("300/LDLD")
    assert number_identity("57 NQ/TW") == number_key("57-NQ/TW") == number_identity("số 57–NQ/TW")
    assert number_key("57 – NQ/TW") == number_key("57-NQ/TW")


@pytest.mark.parametrize(
    ("number", "parts"),
    [
        ("57-NQ/TW", NumberParts("57", None, "NQ", "TW", "party")),
        ("60-Ctr/TU", NumberParts("60", None, "CTr", "TU", "party")),
        ("03-CTrPH/BTG-HĐND-UBND-TAND-VKSND", NumberParts("03", None, "CTrPH", "BTG-HĐND-UBND-TAND-VKSND", "party")),
        ("21/KH-UBND", NumberParts("21", None, "KH", "UBND", "state")),
        ("51/KH-MTTQ-BTT", NumberParts("51", None, "KH", "MTTQ-BTT", "state")),
        ("41/2019/QĐ-UBND", NumberParts("41", 2019, "QĐ", "UBND", "state")),
        ("42/2022/NĐCP", NumberParts("42", 2022, "NĐ", "CP", "state")),
        ("72/2025/QH15", NumberParts("72", 2025, None, "QH15", "state")),
        ("1051/LĐLĐ", NumberParts("1051", None, None, "LĐLĐ", "state")),
        ("1234/UBND-VX", NumberParts("1234", None, None, "UBND-VX", "state")),
        ("468", NumberParts("468", None, None, None, "state")),
    ],
)
def test_parse_number(number: str, parts: NumberParts) -> None:
    assert parse_number(number) == parts


@pytest.mark.parametrize("junk", ["", "abc", "22/12/2024", "/PVHTT", "- HD/BTGTU", "10:15"])
def test_parse_number_rejects_non_numbers(junk: str) -> None:
    assert parse_number(junk) is None


# --------------------------------------------------------------------------- properties

PARAGRAPH = (
    "Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy về thực hiện "
    "Nghị quyết số 57-NQ/TW; Công văn số 468 của Sở Nội vụ. Lồng ghép Nghị quyết 57 với Chỉ thị 05-CT/TU."
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.one_of(st.none(), st.text(max_size=30)), st.one_of(st.none(), st.text(max_size=80)))
def test_extract_never_raises(text: str, own: str | None, title: str | None) -> None:
    result = extract(text, own_number=own, title=title, line_offset=0)
    nfc_text = unicodedata.normalize("NFC", text)
    for c in result.citations:
        for occ in c.occurrences:
            assert 0 <= occ.start < occ.end <= len(nfc_text)


_VOCAB = st.sampled_from(
    [
        "Nghị quyết", "số", "số:", "57-NQ/TW", "57 NQ/TW", "57", "21/KH-UBND", "42/2022/NĐCP", "ngày", "22/12/2024",
        "7", "tháng", "3", "năm", "2025", "của", "Bộ Chính trị", "về", "Thực hiện", "Căn cứ", "(sau đây gọi tắt là",
        ")", "(", "Kế hoạch", "và", ",", ";", ".", "\n", "\n\n", "V/v", "KẾ HOẠCH", "I. CĂN CỨ", "- ", "Số:", "–",
        "Luật", "Tổ chức", "Công văn", "468", "\u0301", "\u00a0", "Tỉnh uỷ", "“", "”",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VOCAB, max_size=80), st.one_of(st.none(), st.sampled_from(["57-NQ/TW", "21/KH-UBND", "468"])))
def test_extract_never_raises_on_domain_shaped_text(words: list[str], own: str | None) -> None:
    extract(" ".join(words), own_number=own, title=None, line_offset=0)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=40))
def test_repeating_the_text_multiplies_occurrences(k: int) -> None:
    """Work is linear: k copies give exactly k times the occurrences and the same citations (not timed)."""
    base = extract(PARAGRAPH)
    repeated = extract("\n\n".join([PARAGRAPH] * k))
    assert [c.number for c in repeated.citations] == [c.number for c in base.citations]
    assert [len(c.occurrences) for c in repeated.citations] == [k * len(c.occurrences) for c in base.citations]


@pytest.mark.parametrize(
    "unit",
    ["Nghị quyết số ", "1-", "số 57-NQ/TW ", "của Ban ", "(sau đây gọi tắt là ", "1/2/2025 ", "a, B", "Số: 5-NQ/TW\n",
     "Kế hoạch số 1-KH/TU thực hiện ", "x.\n", " " * 20 + "-", "Nghị quyết số 1 "],
)
def test_adversarial_inputs_scan_a_bounded_window_per_candidate(unit: str) -> None:
    """Pathological repetitions finish and give a result proportional to the input (no timing assertion)."""
    small = extract(unit * 500, own_number=None, title=None, line_offset=0)
    large = extract(unit * 2000, own_number=None, title=None, line_offset=0)
    small_occ = sum(len(c.occurrences) for c in small.citations)
    large_occ = sum(len(c.occurrences) for c in large.citations)
    assert large_occ <= 4 * small_occ + 4


# --------------------------------------------------------------------------- refs report


def test_refs_report_markdown_front_matter_bom_crlf(tmp_path: Path) -> None:
    from vanban.refs import refs_report

    md = tmp_path / "ke-hoach.md"
    md.write_bytes(
        (
            "\ufeff---\r\nnumber: 21/KH-UBND\r\ntitle: Kế hoạch thực hiện Nghị quyết số 57-NQ/TW\r\n---\r\n\r\n"
            "Thực hiện Kế hoạch số 386-KH/TU ngày 13/02/2025 của Tỉnh ủy, UBND xã ban hành Kế hoạch số 21/KH-UBND.\r\n"
        ).encode()
    )
    broken = tmp_path / "broken.md"
    broken.write_text("---\nnumber: [oops\n---\nCăn cứ Nghị quyết số 57-NQ/TW.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("---\nLồng ghép Chỉ thị số 05-CT/TU ngày 12/5/2021.\n", encoding="utf-8")
    report = refs_report([md, broken, plain])
    assert report == [
        {
            "file": str(md),
            "self": {"number": "21/KH-UBND", "line": 0, "source": "front matter"},
            "citations": [
                {"type": "Nghị quyết", "number": "57-NQ/TW", "date": None, "issuer": None,
                 "relation": "implements", "settled": True, "line": 0},
                {"type": "Kế hoạch", "number": "386-KH/TU", "date": "2025-02-13", "issuer": "Tỉnh ủy",
                 "relation": "implements", "settled": True, "line": 6},
            ],
        },
        {
            "file": str(broken),
            "self": None,
            "citations": [
                {"type": "Nghị quyết", "number": "57-NQ/TW", "date": None, "issuer": None,
                 "relation": "implements", "settled": True, "line": 4},
            ],
        },
        {
            "file": str(plain),
            "self": None,
            "citations": [
                {"type": "Chỉ thị", "number": "05-CT/TU", "date": "2021-05-12", "issuer": None,
                 "relation": "mentions", "settled": True, "line": 2},
            ],
        },
    ]
