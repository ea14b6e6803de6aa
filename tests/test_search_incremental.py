"""A bundle made again by one process (serve's helper) edits the last body postings instead of remaking them."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_heads import corpus

from vanban.search import bundle as search_bundle
from vanban.search import postings as search_postings
from vanban.search import reuse as search_reuse
from vanban.tokens import TermCounts, body_term_counts, term_counts

FIELDS = {"x": 1.5, "f": 1, "b": 1.5}
terms = st.sampled_from(["a", "b", "c", "d_e", "đ", "f"])
row = st.dictionaries(st.sampled_from(sorted(FIELDS)), st.dictionaries(terms, st.integers(1, 6), max_size=4), max_size=3)


def _rows(counts: list[dict[str, dict[str, int]]]) -> list[dict[str, TermCounts]]:
    return [{name: term_counts(Counter(c)) for name, c in r.items()} for r in counts]


def _state(postings: search_postings.Postings) -> tuple[object, ...]:
    return ({name: {term: list(flat) for term, flat in table.items()} for name, table in postings.terms.items()},
            {name: dict(sorted(lengths.items())) for name, lengths in postings.lengths.items()}, postings.documents)


@settings(max_examples=200, deadline=None)
@given(st.lists(row, min_size=1, max_size=12), st.data())
def test_rows_replaced_give_the_postings_of_the_rows_added_anew(before: list[dict[str, dict[str, int]]],
                                                               data: st.DataObject) -> None:
    """Postings.replace_rows: the terms, postings, lengths and scores of the rows now, as add_all makes them."""
    changed = data.draw(st.dictionaries(st.integers(0, len(before) - 1), row, max_size=len(before)))
    after = [changed.get(doc, counts) for doc, counts in enumerate(before)]
    edited = search_postings.Postings(FIELDS)
    old_rows, new_rows = _rows(before), _rows(after)
    edited.add_all(old_rows)
    edited.scores("x")  # counted once before the edit: counted again after it
    edited.replace_rows({doc: (old_rows[doc], new_rows[doc]) for doc in changed})
    fresh = search_postings.Postings(FIELDS)
    fresh.add_all(new_rows)
    assert _state(edited) == _state(fresh)
    for name in FIELDS:
        assert {t: list(s) for t, s in edited.scores(name, keep=2).items()} == \
            {t: list(s) for t, s in fresh.scores(name, keep=2).items()}


def test_the_helper_edits_the_last_body_postings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through saves in one process (reuse): a body edit edits the postings (no add_all), a removal remakes
    them; every bundle equals one made from nothing."""
    docs = corpus(120)
    made: list[int] = []
    add_all = search_postings.Postings.add_all
    monkeypatch.setattr(search_postings.Postings, "add_all", lambda self, rows: made.append(len(rows)) or add_all(self, rows))
    search_reuse.Reuse.last = None
    tokens = {doc.id: body_term_counts(doc) for doc in docs}
    try:
        search_bundle.build_bundle(docs, tokens, reuse=True)
        assert made == [len(docs)]
        for k, (edit, edited_at) in enumerate([
            (lambda d: [*d[:10], dataclasses.replace(d[10], body=d[10].body + "Báo cáo kết quả trước ngày 30/6/2026. "),
                        *d[11:]], 10),
            (lambda d: [*d[:40], dataclasses.replace(d[40], body="Tiêm phòng bệnh dại. "), *d[41:]], 40),
            (lambda d: d[:5] + d[6:], None),
        ]):
            docs = edit(docs)  # serve keeps an unchanged document's tokens: the same object
            tokens = {doc.id: body_term_counts(doc) if edited_at is not None and doc is docs[edited_at] else tokens[doc.id]
                      for doc in docs}
            made.clear()
            again = search_bundle.build_bundle(docs, tokens, reuse=True)
            fresh = search_bundle.build_bundle(docs)
            assert again.files == fresh.files and again.index == fresh.index
            assert made == ([] if k < 2 else [len(docs)]) + [len(docs)]  # the fresh bundle's own add_all
    finally:
        search_reuse.Reuse.last = None

