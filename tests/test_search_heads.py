"""Heads and tails of the search files (issue 17 §2): a shard holds the head of each posting list, a
query reads a tail only when the heads do not settle its page (the rule in vanban.search.reference).

Small corpora with a small ``NEWEST`` have the shape of a large site: common terms in every
document, a few uncommon ones that meet only in old documents. The exhaustive ranking (every tail
read) is what the heads are compared with; the browser test runs the same queries in search.js.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from script_modules import load_script

from conftest import serve
from vanban.analysis import analyse_corpus
from vanban.corpus import Corpus
from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.search import SearchBundle, reference
from vanban.search import bundle as search_bundle
from vanban.search import frames as search_frames
from vanban.search import page as search_page
from vanban.search import reuse as search_reuse
from vanban.search.shards import utf16_key
from vanban.search.sizes import query_bytes
from vanban.site import SiteConfig, SiteModel

NEWEST, SCORED = 24, 3
RABIES = {42, 45, 50, 51}  # "bệnh dại" in old documents only; 42, 45, 51 also have "tiêm phòng" (every third)


def corpus(n: int = 60) -> list[Document]:
    """Document i is the i-th newest (dated backwards from 28/12/2025, twenty a year)."""
    docs = []
    for i in range(n):
        body = "Các cơ quan, đơn vị thực hiện kế hoạch. "
        if i * 2654435761 % 97 < 48:  # about half of the documents, scattered
            body += "Triển khai đồng bộ các giải pháp. "
        if i % 3 == 0:
            body += "Tổ chức tiêm phòng cho đàn vật nuôi. "
        if i in RABIES:
            body += "Phòng chống bệnh dại trên địa bàn. "
        docs.append(Document(
            source=f"kh-{i}.md", number=f"{i + 1}/KH-UBND", type="Kế hoạch", issuer="Ủy ban nhân dân xã",
            title=f"Kế hoạch công tác đợt {i + 1}", date=PartialDate(2025 - i // 20, 12 - i % 20 // 2, 28 - i % 2), body=body,
            held=True, slug=f"kh-{i}"))
    return docs


def bundle_of(docs: list[Document]) -> SearchBundle:
    site = SiteModel(config=SiteConfig(), corpus=Corpus(root=Path(".")), documents={d.id: d for d in docs})
    return search_page.contribute(site, analyse_corpus(docs))


@pytest.fixture(scope="module")
def small_heads() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_bundle, "NEWEST", NEWEST)
        patch.setattr(search_bundle, "SCORED", SCORED)
        yield


@pytest.fixture(scope="module")
def bundle(small_heads: None) -> SearchBundle:
    return bundle_of(corpus())


def exhaustive(bundle: SearchBundle, query: str, filters: dict[str, str] | None = None) -> list[reference.Hit]:
    """The ranking on whole lists: every tail of the query read."""
    plan = reference.query_plan(query)
    found = exhaustive_found(bundle, plan, filters)
    return reference.rank(bundle, plan, found, filters or {})


def matched(hit: reference.Hit) -> tuple[int, int, int, int]:
    return hit.cover, hit.own, hit.pairs, hit.exact


def test_head_and_tail_keep_the_scored_and_the_newest(small_heads: None) -> None:
    docs = [1, 5, 29, 32, 40, 53]
    assert search_bundle.head_and_tail(docs, [0, 0, 0, 7, 0, 0]) == ([1, 5, 32], [0, 0, 7], [29, 40, 53])
    assert search_bundle.head_and_tail(docs, [], [0, 0, 0, 0, 1, 0]) == ([1, 5, 40], [], [29, 32, 53])
    assert search_bundle.head_and_tail([1, 5], [3, 0]) == ([1, 5], [3, 0], [])  # all among the newest: no tail
    assert search_bundle.head_and_tail([29, 32], []) == ([], [], [29, 32])
    # tail blocks double in size, the last holds every older document
    assert [search_bundle.tail_block(d) for d in (24, 47, 48, 95, 96, 10_000)] == [0, 0, 1, 1, 2, 2]
    assert search_bundle.LAST_BLOCK == 2


def test_heads_and_tail_blocks_equal_their_plain_references(small_heads: None) -> None:
    """The fast cut of a posting list (bisection, selection in C) gives what the plain loops give."""
    rng = random.Random(17)
    for _ in range(3000):
        docs = sorted(rng.sample(range(rng.choice((30, 120, 400))), rng.randint(1, 25)))
        kind = rng.randrange(3)
        scores = [rng.choice((0, 0, 0, 3, 12)) for _ in docs] if kind == 0 else []
        best = [rng.choice((0, 0, 1)) for _ in docs] if kind == 1 else []
        fast = search_bundle.head_and_tail(docs, scores, best)
        assert fast == search_bundle.plain_head_and_tail(docs, scores, best)
        assert search_bundle.split_blocks(fast[2]) == search_bundle.plain_blocks(fast[2])
        assert list(search_bundle.split_blocks(fast[2])) == list(search_bundle.plain_blocks(fast[2]))  # block order too


def test_entries_are_bounded_and_tails_hold_the_rest(bundle: SearchBundle) -> None:
    index = bundle.index
    assert index["tails"]
    tails: dict[str, dict[str, list[int]]] = {}
    for block, count in enumerate(index["tails"]):
        for k in range(count):
            for key, entry in bundle.read(f"t{block}-{k}.json").items():
                for name, listed in entry.items():
                    start = search_bundle.tail_block_start(block)
                    docs = [start + d for d in reference.documents(listed)]
                    assert {search_bundle.tail_block(d) for d in docs} == {block}
                    tails.setdefault(key, {}).setdefault(name, []).extend(docs)
    for kind, shards in (("m", bundle.meta_shards), ("b", bundle.body_shards)):
        for shard in shards:
            for term, entry in shard.items():
                for name, listed in entry.items():
                    head = reference.documents(listed[0])
                    assert len(head) <= NEWEST + SCORED, (term, name)
                    if len(listed) > 2:  # [documents, scores, count, blocks]: the rest is in the tail
                        rest = tails[f"{kind}:{term}"][name]
                        assert search_bundle.tail_block(rest[-1]) == listed[3] - 1
                        assert not set(head) & set(rest) and len(head) + len(rest) == listed[2]
                        assert all(doc >= NEWEST for doc in rest)
    assert "m:ke" in tails and "b:ke" in tails  # "kế hoạch" is in every title and body


def test_rebuild_with_tails_is_byte_identical(bundle: SearchBundle) -> None:
    again = bundle_of(corpus())
    assert again.files == bundle.files and any("/t1-" in path for path in again.files)


def test_an_and_of_uncommon_terms_reads_the_tails_and_is_exact(bundle: SearchBundle) -> None:
    plan = reference.query_plan("tiêm phòng bệnh dại")
    hits, found = reference.answer(bundle, plan, {})
    assert found.tails and any(name.startswith("t") for name in found.files)
    assert [h.ref for h in hits] == [h.ref for h in exhaustive(bundle, "tiêm phòng bệnh dại")]
    assert {h.ref for h in hits[:3]} == {42, 45, 51}
    assert reference.count_shown(plan, found, hits, {}) == (len(hits), True)


def test_a_common_query_is_settled_by_heads(bundle: SearchBundle) -> None:
    """Five results wanted: the heads hold five documents matched as much as any can be, so no tail is read;
    every position is matched as the exhaustive ranking's, and the count is a lower bound."""
    for query in ("kế hoạch", "ke hoach cong tac", "triển khai giải pháp"):
        plan = reference.query_plan(query)
        hits, found = reference.answer(bundle, plan, {}, shown=5)
        assert not found.tails and not any(name.startswith("t") for name in found.files), query
        whole = exhaustive(bundle, query)
        true = {h.ref: h for h in whole}
        assert [matched(true[h.ref]) for h in hits[:5]] == [matched(h) for h in whole[:5]], query
        assert all(h.ref < NEWEST or h.score for h in hits[:5])
        total, exact = reference.count_shown(plan, found, hits, {})
        assert not exact and total <= len(whole)
    # Thirty wanted ("Xem thêm"): the heads hold fewer, so the first tail block is read (documents 24–47),
    # not the second; the thirty are then the exhaustive ranking's.
    plan = reference.query_plan("kế hoạch")
    hits, found = reference.answer(bundle, plan, {}, shown=30)
    assert set(found.blocks.values()) == {1} and all(search_bundle.tail_block(d) == 0
                                                     for tail in found.tails.values() for docs in tail.values() for d in docs)
    assert [h.ref for h in hits[:30]] == [h.ref for h in exhaustive(bundle, "kế hoạch")[:30]]


def test_the_first_pass_never_reads_a_tail_and_a_filter_always_does(bundle: SearchBundle) -> None:
    _, found = reference.answer(bundle, reference.query_plan("tiêm phòng bệnh dại"), {}, with_body=False)
    assert not found.tails
    filters = {"nam": "2024"}  # documents 20–39, most older than the heads' newest
    plan = reference.query_plan("kế hoạch")
    hits, found = reference.answer(bundle, plan, filters)
    assert "m::nam:2024" in found.tails
    rows = bundle.rows()
    assert [rows[h.ref][5][:4] for h in hits] == ["2024"] * 20
    assert [h.ref for h in hits] == [h.ref for h in exhaustive(bundle, "kế hoạch", filters)]


def entry_bytes(bundle: SearchBundle, query: str) -> tuple[int, int]:
    """JSON bytes of the entries a query's first page reads (heads, and tails if read), and of its whole lists."""
    plan = reference.query_plan(query)
    _, found = reference.answer(bundle, plan, {})
    heads = [e for entries in (found.meta, found.body) for e in entries.values()]
    whole = exhaustive_found(bundle, plan)
    return (len(json.dumps(heads)) + len(json.dumps(found.tails)),
            len(json.dumps([e for entries in (whole.meta, whole.body) for e in entries.values()]))
            + len(json.dumps(whole.tails)))


def exhaustive_found(bundle: SearchBundle, plan: reference.QueryPlan,
                     filters: dict[str, str] | None = None) -> reference.Lookup:
    found = reference.look_up(bundle, plan, filters or {})
    reference.read_tails(bundle, found, reference.tails_of(plan, found), None)
    return found


def test_first_query_bytes_do_not_grow_with_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the documents of the same shape: a common query's first page is found among the newest
    (no tail read) and its entries cost the same, while its whole lists grew (bitmaps, gaps)."""
    monkeypatch.setattr(search_bundle, "NEWEST", 64)
    small, large = bundle_of(corpus(240)), bundle_of(corpus(960))
    for query in ("ke hoach trien khai", "kế hoạch triển khai giải pháp"):
        assert not any(name.rsplit("/", 1)[1].startswith("t") for name in reference.query_files(large, query))
        (first_small, whole_small), (first_large, whole_large) = entry_bytes(small, query), entry_bytes(large, query)
        assert first_large < 1.05 * first_small and whole_large > 1.3 * whole_small, query
        assert query_bytes(large, query) < 1.15 * query_bytes(small, query), query


# --------------------------------------------------------------------------- search.js on the same files


@pytest.fixture(scope="module")
def heads_site(bundle: SearchBundle, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("heads")
    load_script("search_bytes").write_site(bundle, site)
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize("query", ["tiêm phòng bệnh dại", "kế hoạch", "ke hoach cong tac", "bệnh dại", "dot 45",
                                   "triển khai giải pháp"])
def test_search_js_ranks_as_the_reference(page: Any, heads_site: str, bundle: SearchBundle, query: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url.rsplit("/", 1)[1]))
    page.goto(f"{heads_site}tim-kiem/?q={quote(query)}")
    page.wait_for_function("() => document.getElementById('ket-qua-tim-kiem').getAttribute('aria-busy') === 'false'"
                           " && document.getElementById('vb-search-status').textContent.startsWith('Tìm thấy')")
    shown = page.eval_on_selector_all("#ket-qua-tim-kiem a.vb-row__title", "els => els.map(a => a.getAttribute('href'))")
    expected = [row[0] for _, row in reference.search(bundle, query)][: reference.PAGE]
    assert shown == ["/" + url for url in expected]
    plan = reference.query_plan(query)
    hits, found = reference.answer(bundle, plan, {})
    assert sorted(n for n in set(fetched) if n.startswith("t")) == sorted(n for n in found.files if n.startswith("t"))
    total, exact = reference.count_shown(plan, found, hits, {})
    status = page.inner_text("#vb-search-status")
    assert status.startswith(f"Tìm thấy {'' if exact else 'ít nhất '}{total} văn bản"), status
    every = page.wait_for_function("q => window.vbSearch.query(q)", arg=query).json_value()  # all the rows, once loaded
    assert every == [row[0] for _, row in reference.search(bundle, query)]


def test_bundles_made_again_reuse_unchanged_entries_and_equal_fresh_ones(small_heads: None) -> None:
    """mkdocs serve's helper makes the search files after every save with ``reuse``: the encoding of every
    term whose postings and scores did not change is taken from the last bundle (search.reuse.Reuse).
    Through a body edit, a title edit, an issuer edit, a document removed and one added, each bundle equals one made
    from nothing, byte for byte, tails included; after the body edit most entries are the same objects."""
    import dataclasses

    docs = corpus()
    search_reuse.Reuse.last = None
    first = search_bundle.build_bundle(docs, reuse=True)
    assert first.files == search_bundle.build_bundle(docs).files
    before = search_reuse.Reuse.last
    assert before is not None and before.entries
    edits = [
        lambda d: [*d[:10], dataclasses.replace(d[10], body=d[10].body + "Báo cáo kết quả trước ngày 30/6/2026. "), *d[11:]],
        lambda d: [*d[:30], dataclasses.replace(d[30], title="Kế hoạch phòng chống bệnh dại đợt mới"), *d[31:]],
        lambda d: [*d[:20], dataclasses.replace(d[20], issuer="Ủy ban nhân dân phường"), *d[21:]],
        lambda d: d[:5] + d[6:],
        lambda d: [dataclasses.replace(d[0], source="kh-moi.md", number="99/KH-UBND", slug="kh-moi",
                                       body="Tiêm phòng bệnh dại cho đàn vật nuôi. "), *d],
    ]
    for k, edit in enumerate(edits):
        docs = edit(docs)
        made = search_bundle.build_bundle(docs, reuse=True)
        fresh = search_bundle.build_bundle(docs)
        assert made.files == fresh.files and made.index == fresh.index and any("/t1-" in p for p in made.files)
        if k == 0:  # one body changed: its terms are encoded again, most others are taken as they were
            after = search_reuse.Reuse.last
            assert after is not None
            same = [key for key, entry in after.entries.items() if key in before.entries and before.entries[key][0] is entry[0]]
            assert 0 < len(after.entries) - len(same) < len(same)
    search_reuse.Reuse.last = None


def test_a_builds_bundle_starts_from_the_encoding_the_last_build_left(tmp_path: Path, small_heads: None) -> None:
    """A build with a cache writes its search files' encoding there as it makes them (search.reuse.Streamed),
    and the next reads it back in the same order: through edits, each bundle equals one made from nothing,
    byte for byte, tails included, and after a body edit most terms are taken, not encoded; records that
    are not whole end the reading (the rest is encoded), a frame of another kind is refused."""
    import dataclasses
    import pickle

    docs = corpus()
    cache = str(tmp_path)
    taken: list[bool] = []
    found = search_reuse.Streamed.found

    def counted(self: search_reuse.Streamed, kind: str, term: str, key: bytes) -> search_reuse.Encoded | None:
        entry = found(self, kind, term, key)
        taken.append(entry is not None)
        return entry

    by_term = search_reuse.Streamed.by_term
    untouched: list[bool] = []  # terms the edit did not touch, taken by the term (the postings kept in the file)

    def counted_by_term(self: search_reuse.Streamed, kind: str, term: str) -> search_reuse.Encoded | None:
        entry = by_term(self, kind, term)
        untouched.append(entry is not None)
        return entry

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_reuse.Streamed, "found", counted)
        patch.setattr(search_reuse.Streamed, "by_term", counted_by_term)
        patch.setattr(search_frames, "CHUNK", 16)  # frames of 16 records: a cut file keeps the frames before it
        first = search_bundle.build_bundle(docs, cache_dir=cache)
        assert first.files == search_bundle.build_bundle(docs).files and not any(taken)
        path = search_frames.reuse_path(cache)
        records = list(search_frames.read_records(path))
        assert len(records) == len(taken) and [r[:2] for r in records] == sorted(
            [r[:2] for r in records], key=lambda r: (search_frames.KINDS.index(r[0]), utf16_key(r[1])))
        for k, edit in enumerate([
            lambda d: [*d[:10], dataclasses.replace(d[10], body=d[10].body + "Báo cáo kết quả trước ngày 30/6/2026. "), *d[11:]],
            lambda d: [*d[:30], dataclasses.replace(d[30], title="Kế hoạch phòng chống bệnh dại đợt mới"), *d[31:]],
            lambda d: d[:5] + d[6:],
        ]):
            docs = edit(docs)
            taken.clear()
            untouched.clear()
            made = search_bundle.build_bundle(docs, cache_dir=cache)
            assert made.files == search_bundle.build_bundle(docs).files and any("/t1-" in p for p in made.files)
            if k == 0:  # a body edited: its terms found or encoded again, the others taken by the term
                assert 0 < taken.count(False) < untouched.count(True) / 4
        data = path.read_bytes()
        at = len(search_frames.MAGIC)  # the records start after the postings that open the file
        while pickle.loads(data[at + 8:at + 8 + int.from_bytes(data[at:at + 8], "big")]) != {"end": True}:
            at += 8 + int.from_bytes(data[at:at + 8], "big")
        records = at + 8 + int.from_bytes(data[at:at + 8], "big")
        path.write_bytes(data[:(records + len(data)) // 2])  # not whole: the records before the cut are taken
        taken.clear()
        untouched.clear()
        assert search_bundle.build_bundle(docs, cache_dir=cache).files == made.files
        assert untouched.count(True) > 0 and taken.count(False) > 0  # nothing changed: taken by the term, to the cut
        path.write_bytes(data[:records - 10])  # the postings cut: none taken, nor any record
        taken.clear()
        untouched.clear()
        assert search_bundle.build_bundle(docs, cache_dir=cache).files == made.files
        assert not any(taken) and not untouched
        for bad in [[("m", "a", b"k", "x", {}, -1)], {"m": 1}, (pickle.loads, 1)]:
            frame = pickle.dumps(bad)
            path.write_bytes(search_frames.MAGIC + len(frame).to_bytes(8, "big") + frame)
            assert list(search_frames.read_records(path)) == []


def test_a_helpers_first_bundle_starts_from_the_one_a_build_left(tmp_path: Path, small_heads: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve's first build makes its search files in a forked child, which leaves their encoding in the
    cache (search.reuse.Streamed): the helper's first bundle, after a save, starts from it, then keeps its own
    in memory; a one-shot build holds nothing once done. Each bundle equals one made from nothing."""
    import dataclasses

    docs = corpus()
    search_reuse.Reuse.last = None
    search_bundle.build_bundle(docs, cache_dir=str(tmp_path))  # a build's child
    assert search_reuse.Reuse.last is None and search_frames.reuse_path(str(tmp_path)).is_file()
    encoded: list[int] = []
    head_and_tail = search_bundle.head_and_tail
    monkeypatch.setattr(search_bundle, "head_and_tail", lambda *a: encoded.append(1) or head_and_tail(*a))
    search_bundle.build_bundle(docs)
    every = len(encoded)
    for k in range(2):  # the helper: two saves
        docs = [*docs[:10], dataclasses.replace(docs[10], body=docs[10].body + f"Báo cáo lần {k}. "), *docs[11:]]
        encoded.clear()
        made = search_bundle.build_bundle(docs, reuse=True, cache_dir=str(tmp_path))
        assert 0 < len(encoded) < every / 4  # the terms whose postings or scores the edit moved, not every term
        assert search_reuse.Reuse.last is not None
        assert made.files == search_bundle.build_bundle(docs).files
    search_reuse.Reuse.last = None
