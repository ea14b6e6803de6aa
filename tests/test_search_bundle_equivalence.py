"""The faster search files are the same bytes as before.

``_Postings.dumps`` writes body shards as text and rounds scores with :func:`search_postings.hundredths`;
the body is transposed a field at a time and the main index tokenised without the unused fields.
The code before those changes is frozen here and compared, file by file, on generated corpora
(many shards, with a small ``SHARD_POSTINGS``), and the shortcuts on their own near every tie.
"""

from __future__ import annotations

import collections
import hashlib
import importlib.util
import itertools
import json
import math
import operator
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import search_reference as reference
from vanban import tokens as search_tokens
from vanban.corpus import load_corpus
from vanban.documents import Document
from vanban.search import bundle as search_bundle
from vanban.search import postings as search_postings

ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- the previous code, frozen


def previous_dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def previous_meta_tokens(doc: Document) -> dict[str, list[str]]:
    title = search_tokens.FieldTokens()
    title.add_text(doc.title)
    parts = [search_tokens.fold_lower(s) for s in search_tokens.syllables(doc.number)]
    joined = search_tokens.joined_number(doc.number)
    return {"n": parts + ([joined] if joined else []), "f": title.f}


def previous_field_lengths(table: Mapping[str, list[int]], size: int) -> list[int]:
    lengths = [0] * size
    for flat in table.values():
        pairs = iter(flat)
        for doc, tf in zip(pairs, pairs, strict=True):
            lengths[doc] += tf
    return lengths


class PreviousScores(dict[int, int]):
    def __init__(self, weight: float, base: int, norms: Mapping[int, float], boost: float) -> None:
        super().__init__()
        self.weight, self.base, self.norms, self.boost = weight, base, norms, boost

    def __missing__(self, key: int) -> int:
        length, tf = divmod(key, self.base)
        score = round(round(self.weight * ((1.2 + 1) * tf) / (self.norms[length] + tf) * self.boost, 3) * 100)
        self[key] = score
        return score


def previous_pack(fields: Mapping[str, float], terms_by_field: Mapping[str, Mapping[str, list[int]]],
                  documents: int) -> dict[str, Any]:
    terms = sorted(set().union(*terms_by_field.values()))
    with_term: Counter[str] = Counter()
    for table in terms_by_field.values():
        with_term.update({term: len(flat) // 2 for term, flat in table.items()})
    n = documents
    weights = {term: math.log(1 + abs((n - d + 0.5) / (d + 0.5))) for term, d in with_term.items()}
    size = 1 + max((flat[-2] for table in terms_by_field.values() for flat in table.values()), default=-1)
    postings: dict[str, list[list[int]]] = {}
    for name, boost in fields.items():
        table = terms_by_field[name]
        lengths = previous_field_lengths(table, size)
        average = sum(lengths) / max(1, size - lengths.count(0))
        base = max(lengths, default=0) + 1
        keyed = [length * base for length in lengths]
        norms = {length: 1.2 * (1 - 0.75 + 0.75 * (length / average)) for length in set(lengths) - {0}}
        by_weight: dict[float, PreviousScores] = {}
        rows: list[list[int]] = []
        for term in terms:
            flat = table.get(term)
            if flat is None:
                rows.append([])
                continue
            weight = weights[term]
            scores = by_weight.get(weight)
            if scores is None:
                scores = by_weight[weight] = PreviousScores(weight, base, norms, boost)
            docs = flat[::2]
            row = [0] * len(flat)
            row[::2] = map(operator.sub, docs, itertools.chain((0,), docs))
            row[1::2] = map(scores.__getitem__, map(operator.add, map(keyed.__getitem__, docs), flat[1::2]))
            rows.append(row)
        postings[name] = rows
    return {"fields": list(fields), "terms": terms, "postings": postings, "scale": 100}


def previous_body_shards(bodies: Sequence[Mapping[str, Mapping[str, int]]]) -> list[tuple[dict[str, dict[str, list[int]]], int]]:
    count = max(1, math.ceil(sum(len(counts) for body in bodies for counts in body.values()) / search_bundle.SHARD_POSTINGS))
    tables: dict[str, defaultdict[str, list[int]]] = {name: defaultdict(list) for name in reference.BODY_FIELDS}
    for doc, body in enumerate(bodies):
        for name, table in tables.items():
            counts = body.get(name)
            if counts:
                collections.deque(map(list.extend, map(table.__getitem__, counts),
                                      zip(itertools.repeat(doc), counts.values(), strict=True)), maxlen=0)
    shards: list[dict[str, dict[str, list[int]]]] = [{name: {} for name in reference.BODY_FIELDS} for _ in range(count)]
    for name, table in tables.items():
        for term, flat in table.items():
            shards[search_bundle.shard_of(term, count)][name][term] = flat
    return [(shard, len(set().union(*(flat[::2] for table in shard.values() for flat in table.values()))))
            for shard in shards]


def previous_files(docs: Sequence[Document]) -> dict[str, bytes]:
    """``build_bundle(docs).files`` as the code before this file made them."""
    types = sorted({d.type for d in docs}, key=lambda t: (search_tokens.fold_lower(t), t))
    issuers = sorted({d.issuer for d in docs}, key=lambda t: (search_tokens.fold_lower(t), t))
    main_terms: dict[str, dict[str, list[int]]] = {name: {} for name in reference.MAIN_FIELDS}
    for i, doc in enumerate(docs):
        for name, tokens in previous_meta_tokens(doc).items():
            for term, tf in Counter(tokens).items():
                main_terms[name].setdefault(term, []).extend((i, tf))
    bodies = [{name: Counter(tokens) for name, tokens in search_tokens.body_tokens(d).items()} for d in docs]
    files: dict[str, bytes] = {}
    names: list[str] = []
    for k, (terms, documents) in enumerate(previous_body_shards(bodies)):
        data = previous_dumps(previous_pack(reference.BODY_FIELDS, terms, documents))
        names.append(f"body-{k}-{hashlib.sha256(data).hexdigest()[:10]}.json")
        files[search_bundle.ASSET_DIR + names[-1]] = data
    main = {
        "v": 1,
        "docs": [search_bundle.store_row(d, {t: i for i, t in enumerate(types)}, {t: i for i, t in enumerate(issuers)})
                 for d in docs],
        "types": types,
        "issuers": issuers,
        "index": previous_pack(reference.MAIN_FIELDS, main_terms, len(docs)),
        "shards": names,
        "bodyWeight": search_bundle.BODY_WEIGHT,
    }
    data = previous_dumps(main)
    files[f"{search_bundle.ASSET_DIR}main-{hashlib.sha256(data).hexdigest()[:10]}.json"] = data
    return files


# --------------------------------------------------------------------------- whole bundles


def _synthetic_documents(tmp_path: Path, n: int, seed: int) -> list[Document]:
    spec = importlib.util.spec_from_file_location("_test_bundle_synth", ROOT / "scripts" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = synth  # dataclasses look their module up
    spec.loader.exec_module(synth)
    synth.write_corpus(tmp_path, n, seed=seed)
    return load_corpus(tmp_path).documents


@pytest.mark.parametrize(("n", "seed", "shard_postings"), [(60, 11, 300), (120, 3, 2_000), (25, 7, search_bundle.SHARD_POSTINGS)])
def test_bundle_files_are_the_previous_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             n: int, seed: int, shard_postings: int) -> None:
    monkeypatch.setattr(search_bundle, "SHARD_POSTINGS", shard_postings)
    monkeypatch.setenv("VANBAN_WORKERS", "1")
    docs = _synthetic_documents(tmp_path, n, seed)
    expected = previous_files(docs)
    analysed = {d.id: {name: Counter(tokens) for name, tokens in search_tokens.body_tokens(d).items()} for d in docs[::2]}
    for bundle in (search_bundle.build_bundle(docs), search_bundle.build_bundle(docs, analysed)):
        assert bundle.files.keys() == expected.keys()
        for path, data in expected.items():
            assert bundle.files[path] == data, path
    assert len(bundle.main["shards"]) > (5 if shard_postings == 300 else 0)


def test_demo_corpus_bundle_is_the_previous_bytes() -> None:
    docs = load_corpus(ROOT / "content").documents
    assert search_bundle.build_bundle(docs).files == previous_files(docs) and docs
    for doc in docs:
        assert search_tokens.meta_tokens(doc) == previous_meta_tokens(doc), doc.source


# --------------------------------------------------------------------------- the shortcuts on their own

rows_strategy = st.lists(
    st.dictionaries(st.sampled_from(["x", "f", "b"]),
                    st.dictionaries(st.sampled_from(["a", "b", "c", "d_e", "đ", "57nqtw", "z", "\"q\\"]),
                                    st.integers(1, 40), max_size=6),
                    max_size=3),
    max_size=15)


@settings(max_examples=300, deadline=None)
@given(rows_strategy, st.booleans())
def test_shard_text_is_the_json_of_the_packed_shard(rows: list[dict[str, dict[str, int]]], counted: bool) -> None:
    """``_Postings.dumps`` (text, documents counted from lengths) == the JSON of the previous pack."""
    postings = search_postings.Postings(reference.BODY_FIELDS)
    for doc, row in enumerate(rows):
        postings.add(doc, row)
    held = {doc for table in postings.terms.values() for flat in table.values() for doc in flat[::2]}
    if not counted:
        postings.documents = None  # as _body_shards leaves it: the documents holding a term
    expected = previous_pack(reference.BODY_FIELDS, postings.terms, len(rows) if counted else len(held))
    assert postings.dumps() == previous_dumps(expected)
    assert previous_dumps(postings.pack()) == previous_dumps(expected)


def _reference(score: float) -> int:
    return round(round(score, 3) * reference.SCALE)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.floats(0, 400), st.floats(0, 1e12), st.floats(-1e300, 1e300)))  # * 100 stays finite
def test_hundredths_rounds_as_round_twice(score: float) -> None:
    assert search_postings.hundredths(score) == _reference(score)
    assert search_postings.ScoreTexts(score, 10, {1: 1.2}, 1.0)[11] == str(_reference(score * ((1.2 + 1) * 1) / (1.2 + 1) * 1.0))


@settings(max_examples=3000, deadline=None)
@given(st.integers(0, 400_000), st.integers(-8, 8))
def test_hundredths_near_ties(thousandths: int, ulps: int) -> None:
    """Halfway between thousandths (round(x, 3) decides) and thousandths ending in 5 (the last round)."""
    for exact in ((thousandths + 0.5) / 1000, thousandths / 1000):
        score = exact
        step = math.copysign(math.inf, ulps)
        for _ in range(abs(ulps)):
            score = math.nextafter(score, step)
        assert search_postings.hundredths(score) == _reference(score), score
        # _ScoreTexts inlines it: a weight that gives the score (within ulps: still near the tie)
        texts = search_postings.ScoreTexts(score, 10, {1: 1.2}, 1.0)
        assert texts[1 * 10 + 1] == str(_reference(score * ((1.2 + 1) * 1) / (1.2 + 1) * 1.0)), score


def test_hundredths_against_scores_of_a_corpus() -> None:
    """Every score the demo corpus's shards need, computed both ways."""
    docs = load_corpus(ROOT / "content").documents
    bodies = [{name: Counter(tokens) for name, tokens in search_tokens.body_tokens(d).items()} for d in docs]
    checked = 0
    for shard in search_bundle.body_shards(bodies):
        _, weights, lengths, _ = shard._scoring()
        for name, boost in reference.BODY_FIELDS.items():
            average = sum(lengths[name].values()) / max(1, len(lengths[name]))
            for weight in set(weights.values()):
                for length in set(lengths[name].values()):
                    norm = 1.2 * (1 - 0.75 + 0.75 * (length / average))
                    for tf in range(1, min(length, 6) + 1):
                        score = weight * ((1.2 + 1) * tf) / (norm + tf) * boost
                        assert search_postings.hundredths(score) == _reference(score)
                        checked += 1
    assert checked > 100
