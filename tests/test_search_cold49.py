"""The search shards' sizing (vanban.search.shards.gzipped_size) equals its plain reference on every input:
the hashed shards' count, and so every search file, depends on the exact sizes."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from test_search_index import DOCS

from vanban.search import bundle as search_bundle
from vanban.search import shards

SIZERS = [shards.gzipped_size, shards.plain_gzipped_size]
WINDOW_EDGES = [n for k in range(9, 16) for n in range((1 << k) - 262 - 3, (1 << k) - 262 + 4)]


def _inputs() -> list[bytes]:
    rnd = random.Random(49)
    lengths = [0, 1, 2, 100, 500, *WINDOW_EDGES, 40_000, 70_000]
    found: list[bytes] = []
    for n in lengths:
        found.append(rnd.randbytes(n))  # incompressible
        found.append(bytes(rnd.choice(b'ab,[]0123"') for _ in range(n)))  # a posting list's alphabet
        found.append((b'"x":[1,2,3],' * (n // 12 + 1))[:n])  # matches at every distance
        found.append("đường chuyển đổi số ".encode() * (n // 26) + b"z" * (n % 26))
    return found


@pytest.mark.parametrize("sizer", SIZERS)
def test_sizes_of_known_inputs(sizer: Callable[[bytes], int]) -> None:
    assert sizer(b"") == 8  # zlib's header and trailer, one empty final block
    assert sizer(b"a" * 1000) < 30


def test_fast_equals_plain_on_many_inputs() -> None:
    for data in _inputs():
        assert shards.gzipped_size(data) == shards.plain_gzipped_size(data), len(data)


def test_fast_equals_plain_on_a_bundles_files() -> None:
    made = search_bundle.build_bundle(DOCS)
    entries = [entry for data in made.files.values() for entry in data.split(b",")]
    assert len(entries) > 100
    for data in [*made.files.values(), *entries]:
        assert shards.gzipped_size(data) == shards.plain_gzipped_size(data)


@pytest.mark.parametrize("sizer", SIZERS)
def test_hashed_shards_the_same_with_either(sizer: Callable[[bytes], int]) -> None:
    entries = [(f"t{i}", f'"t{i}":{{"x":[{i},{i * 7 % 13}]}}'.encode()) for i in range(300)]
    made: dict[str, bytes] = {}
    plain: dict[str, bytes] = {}
    count = shards.hashed_shards(entries, "b", made, 200, sizer)
    assert count == shards.hashed_shards(entries, "b", plain, 200, shards.plain_gzipped_size)
    assert made == plain
