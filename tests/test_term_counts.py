"""The analyses keep each document's search tokens as TermCounts (terms and counts, no hash table):
the same Counter, in the same order, and the same search files as counting from the text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from script_modules import load_script

from vanban.analysis import analyse_corpus
from vanban.corpus import load_corpus
from vanban.search import build_bundle
from vanban.tokens import term_counts


def test_counts_kept_in_order_small_as_bytes() -> None:
    counts = Counter({"thực": 3, "hiện": 1, "nghị": 255, "quyết": 2})
    terms, values = term_counts(counts)
    assert isinstance(values, bytes) and list(zip(terms, values, strict=True)) == list(counts.items())
    counts["số"] = 256
    terms, values = term_counts(counts)
    assert values == tuple(counts.values()) and terms == tuple(counts)


def test_bundle_from_analyses_is_the_bundle_from_text(tmp_path: Path) -> None:
    load_script("synth").write_corpus(tmp_path, 60, seed=5)
    docs = load_corpus(tmp_path).documents
    analysed = {doc_id: a.tokens for doc_id, a in analyse_corpus(docs).by_id.items()}
    assert build_bundle(docs, analysed).files == build_bundle(docs).files


def test_consumed_tokens_give_the_same_bundle_and_are_emptied(tmp_path: Path) -> None:
    load_script("synth").write_corpus(tmp_path, 40, seed=6)
    docs = load_corpus(tmp_path).documents
    analysed = {doc_id: a.tokens for doc_id, a in analyse_corpus(docs).by_id.items()}
    kept = build_bundle(docs, analysed).files
    assert all(analysed.values())
    assert build_bundle(docs, analysed, consume=True).files == kept
    assert not any(analysed.values())
