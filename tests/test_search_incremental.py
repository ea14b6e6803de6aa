"""A bundle made again by one process (serve's helper) edits the last body postings instead of remaking them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_heads import corpus

from vanban.documents import Document
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
    monkeypatch.setattr(search_postings.Postings, "add_all",  # the body's (meta and matches are counted apart)
                        lambda self, rows: (made.append(len(rows)) if self.fields == FIELDS else None) or add_all(self, rows))
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



@settings(max_examples=500, deadline=None)
@given(st.integers(1, 10**7), st.integers(1, 10**5))
def test_the_average_is_rounded_to_two_significant_figures(total: int, count: int) -> None:
    """stable_average: the exact average rounded half to even at its second significant digit (lengths are >= 1)."""
    import decimal

    if total < count:
        total = count
    exact = decimal.Decimal(total) / decimal.Decimal(count)
    with decimal.localcontext() as context:
        context.prec = 60
        exact = decimal.Decimal(total) / decimal.Decimal(count)
        digits = len(str(total // count))
        quantum = decimal.Decimal(1).scaleb(digits - 2)
        expected = float((exact / quantum).to_integral_value(decimal.ROUND_HALF_EVEN) * quantum)
    assert search_postings.stable_average(total, count) == expected


def test_an_edit_marks_the_terms_it_touched() -> None:
    """A body edited in place (replace_rows): the terms of its rows before and after are the changes, the
    scores' context (documents, rounded average) unmoved, and every other term's scores as they were; all
    equal a fresh index's. A document's row is found again in the postings (row_of)."""
    rows = [{"x": {"a": 2, "b": 1}, "f": {"a": 2, "c": 1}}, {"x": {"b": 3, "d_e": 1}}, {"x": {"a": 1, "đ": 2}}] * 30
    postings = search_postings.Postings(FIELDS)
    postings.add_all(_rows(rows))
    assert postings.changes() is None  # made anew: anything may have changed
    before = {name: postings.scores(name) for name in FIELDS}
    contexts = {name: postings.scorer(name).context for name in FIELDS}
    assert {name: dict(zip(*counts, strict=True)) for name, counts in postings.row_of(4).items()} == rows[4]
    after_rows = [*rows[:4], {"x": {"a": 1, "f": 1}}, *rows[5:]]
    postings.replace_rows({4: (postings.row_of(4), _rows(after_rows)[4])})
    assert postings.changes() == {"a", "b", "d_e", "f"}
    assert postings.changes() == set()  # asked again: nothing since
    again = {name: postings.scores(name) for name in FIELDS}
    assert {name: postings.scorer(name).context for name in FIELDS} == contexts
    for name in FIELDS:
        for term, scores in again[name].items():
            if term not in {"a", "b", "d_e", "f"}:
                assert list(scores) == list(before[name][term])
    fresh = search_postings.Postings(FIELDS)
    fresh.add_all(_rows(after_rows))
    assert {n: {t: list(s) for t, s in again[n].items()} for n in FIELDS} == \
        {n: {t: list(s) for t, s in fresh.scores(n).items()} for n in FIELDS}


def test_a_build_edits_the_postings_the_last_build_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build with a cache leaves its postings in the file it leaves for the next one (search.frames): the
    next build of the same documents takes them and edits the rows whose key changed (a row without a key:
    compared whole), the body indexed anew no more; each bundle equals one made from nothing. Frames of a
    wrong shape, or postings of other documents, are not taken."""
    import pickle

    from vanban.search import frames as search_frames

    docs = corpus(120)
    made: list[int] = []
    add_all = search_postings.Postings.add_all
    monkeypatch.setattr(search_postings.Postings, "add_all",  # the body's (meta and matches are counted apart)
                        lambda self, rows: (made.append(len(rows)) if self.fields == FIELDS else None) or add_all(self, rows))
    cache = str(tmp_path)

    def keys(docs: list[Document]) -> dict[str, str]:  # a stub-like document (no key) every tenth
        return {d.id: repr(d) for k, d in enumerate(docs) if k % 10}

    asked: list[str] = []  # the rows made (search.rows): the body's tokens, the meta rows
    body_row, meta_row = search_bundle.body_row, search_reuse.meta_row
    monkeypatch.setattr(search_bundle, "body_row", lambda doc, found: asked.append("body") or body_row(doc, found))
    monkeypatch.setattr(search_reuse, "meta_row", lambda doc, filters: asked.append("meta") or meta_row(doc, filters))
    search_bundle.build_bundle(docs, cache_dir=cache, keys=keys(docs))
    assert made == [len(docs)] and asked.count("body") == asked.count("meta") == len(docs)
    for k, (edit, remade) in enumerate([
        (lambda d: [*d[:10], dataclasses.replace(d[10], body=d[10].body + "Báo cáo kết quả trước ngày 30/6/2026. "), *d[11:]], False),
        (lambda d: [*d[:41], dataclasses.replace(d[41], body="Tiêm phòng bệnh dại. "), *d[42:]], False),
        (lambda d: [*d[:20], dataclasses.replace(d[20], title="Kế hoạch phòng chống bệnh dại đợt mới"), *d[21:]], False),
        (lambda d: d[:5] + d[6:], True),  # other documents: made anew
    ]):
        docs = edit(docs)
        made.clear()
        asked.clear()
        again = search_bundle.build_bundle(docs, cache_dir=cache, keys=keys(docs))
        assert made == ([len(docs)] if remade else []), k
        # only the rows without a key (compared whole) and the edited one are made; a title edit makes one meta row
        assert asked.count("body") == (len(docs) if remade else (len(docs) + 9) // 10 + (k == 1)), k
        assert asked.count("meta") == (len(docs) if remade else 1 if k == 2 else 0), k
        made.clear()
        assert again.files == search_bundle.build_bundle(docs).files, k
    path = search_frames.reuse_path(cache)
    data = path.read_bytes()
    first = 8 + int.from_bytes(data[len(search_frames.MAGIC):len(search_frames.MAGIC) + 8], "big")
    for bad in [{"kind": "postings", "name": "body", "fields": {"x": "1"}}, {"kind": "terms", "name": "body"}, {"kind": 1}]:
        frame = pickle.dumps(bad)  # in place of the first frame: nothing taken, the files the same
        path.write_bytes(search_frames.MAGIC + len(frame).to_bytes(8, "big") + frame + data[len(search_frames.MAGIC) + first:])
        made.clear()
        assert search_bundle.build_bundle(docs, cache_dir=cache, keys=keys(docs)).files == again.files
        assert made == [len(docs)]
