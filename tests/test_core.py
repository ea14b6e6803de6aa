"""The framework-free core, called directly: no MkDocs build."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vanban.corpus import assign_slugs, load_corpus, parse_text
from vanban.dates import PartialDate, lag_days
from vanban.documents import Document
from vanban.frontmatter import FrontMatterError, normalise_newlines, split
from vanban.text import fold, nfc, slugify

FM = """---
number: {number}
type: Kế hoạch
issuer: Ủy ban nhân dân xã A
date: {date}
title: Tuyên truyền Nghị quyết số 57-NQ/TW
---
Nội dung.
"""


@pytest.mark.parametrize(("raw", "slug"), [
    ("300/LĐLĐ", "300-ldld"),
    ("57-NQ/TW", "57-nq-tw"),
    ("51/KH-MTTQ-BTT", "51-kh-mttq-btt"),
    ("12/2025/QĐ-UBND", "12-2025-qd-ubnd"),
    ("03-CTrPH/BTG-HĐND-UBND-TAND- VKSND", "03-ctrph-btg-hdnd-ubnd-tand-vksnd"),
    ("57–NQ/TW", "57-nq-tw"),
])
def test_slugify_numbers(raw: str, slug: str) -> None:
    assert slugify(raw) == slug


def test_fold_maps_d_stroke_and_nfd() -> None:
    nfd = unicodedata.normalize("NFD", "Liên đoàn Lao động ĐỒNG THÁP")
    assert fold(nfd) == "Lien doan Lao dong DONG THAP"
    assert nfc(nfd) == unicodedata.normalize("NFC", nfd)


def test_partial_dates() -> None:
    assert PartialDate.parse("2025-02").vietnamese() == "tháng 02/2025 (chưa ghi ngày)"
    assert PartialDate.parse("2024-12-22").vietnamese() == "22/12/2024"
    assert PartialDate.parse("2025").to_date() is None
    with pytest.raises(ValueError, match="không tồn tại"):
        PartialDate.parse("2025-02-31")
    assert lag_days(PartialDate.parse("2025-03-05"), PartialDate.parse("2025-03-07")) == 2
    assert lag_days(PartialDate.parse("2025-03"), PartialDate.parse("2025-03-07")) is None


def test_front_matter_lines_bom_crlf() -> None:
    text = normalise_newlines("\ufeff---\r\nnumber: 1\r\ntitle: x\r\n---\r\nbody\r\n")
    fm = split(text)
    assert fm.key_lines == {"number": 2, "title": 3}
    assert fm.body_line == 5 and fm.body.startswith("body")


def test_yaml_error_at_its_line() -> None:
    with pytest.raises(FrontMatterError) as info:
        split("---\ntype: Kế hoạch\ntitle: [chưa đóng\nissuer: x\n---\n")
    assert info.value.line >= 3
    assert "YAML" in info.value.message


def test_partial_date_and_blank_number_kept() -> None:
    doc, problems = parse_text("a.md", FM.format(number='""', date='"2025-02"'))
    assert problems == []
    assert doc is not None
    assert doc.number == "" and doc.display_number == "chưa ghi số"
    assert doc.date == PartialDate(2025, 2, None)


def test_impossible_date_reported_with_line() -> None:
    _, problems = parse_text("a.md", FM.format(number="1/KH-UBND", date="2025-02-31"))
    assert [(p.line, p.field) for p in problems] == [(5, "date")]
    assert "không tồn tại" in problems[0].message


def test_same_number_different_issuers_get_distinct_slugs() -> None:
    docs = [
        Document(source=f"{i}.md", number="21/KH-UBND", type="Kế hoạch", issuer=issuer, title="t",
                 date=PartialDate(2025, 3, 1))
        for i, issuer in enumerate(["UBND xã A", "UBND xã B"])
    ]
    slugs = [d.slug for d in assign_slugs(docs)]
    # The first keeps the plain address: a later arrival never renames an earlier page (issue 18.10).
    assert slugs == ["21-kh-ubnd", "21-kh-ubnd-ubnd-xa-b"]


def test_demo_corpus_loads_clean() -> None:
    corpus = load_corpus(Path(__file__).parent.parent / "content")
    assert corpus.problems == []
    assert len(corpus.documents) == corpus.files_seen == 5
    assert len({d.id for d in corpus.documents}) == 5
