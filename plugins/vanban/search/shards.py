"""Cutting a search bundle's entries into files (:mod:`vanban.search.bundle` says which hold what).

Meta shards are ranges of terms (:func:`range_shards`: their first terms go to index.json), body and
tail shards buckets of a hash of the folded term (:func:`hashed_shards`, :func:`body_shard`, the same
function as search.js's).
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping

from ..tokens import fold_lower


def gzipped_size(entry: bytes) -> int:
    """What sizes the hashed shards: an entry's length compressed at level 1 (:func:`plain_gzipped_size`),
    with the smallest window that holds it. Setting up zlib's default 32 KiB window was most of a call
    (0.12 ms, on entries of ~500 bytes: 0.65 -> 0.30 s for the 5,828 of 1,000 synthetic documents); a
    match never reaches further back than the entry's start, so while the entry and zlib's lookahead
    (262 bytes) fit in the window the compressed bytes are the same but for the header's window size,
    and their length is the same (the tests compare the two)."""
    return len(zlib.compress(entry, 1, min(15, max(9, (len(entry) + _LOOKAHEAD).bit_length()))))


_LOOKAHEAD = 262  # zlib's MIN_LOOKAHEAD: a window of 2**k bytes matches within 2**k - 262


def plain_gzipped_size(entry: bytes) -> int:
    """The reference of :func:`gzipped_size`: the length compressed at level 1 with zlib's defaults."""
    return len(zlib.compress(entry, 1))


def utf16_key(term: str) -> bytes:
    """The order JavaScript compares strings in (UTF-16 code units), so search.js finds a term's shard by bisection."""
    return term.encode("utf-16-be")


def range_shards(entries: Iterable[tuple[str, bytes]], prefix: str, files: dict[str, bytes], target: int) -> list[str]:
    """Consecutive terms in shards of about *target* gzipped bytes (a prefix is one or two
    neighbouring shards); the first term of each, "" for the first."""
    bounds: list[str] = []
    shard: list[bytes] = []
    packer = zlib.compressobj(6)
    size = 0

    def close() -> None:
        files[f"{prefix}{len(bounds) - 1}.json"] = b"{" + b",".join(shard) + b"}"

    for term, entry in entries:
        if not bounds or size >= target:
            if bounds:
                close()
            bounds.append(term if bounds else "")
            shard, size, packer = [], 0, zlib.compressobj(6)
        shard.append(entry)
        size += len(packer.compress(entry)) + len(packer.flush(zlib.Z_SYNC_FLUSH))
    if bounds:
        close()
    return bounds


def hashed_shards(entries: Iterable[tuple[str, bytes]], prefix: str, files: dict[str, bytes], target: int,
                   measure: Callable[[bytes], int] = gzipped_size) -> int:
    """Terms in :func:`body_shard` buckets of about *target* gzipped bytes on average; their count.

    Hashed rather than ranged: the body has many more terms than titles, and ranges would need
    their first terms in index.json; a syllable and its folded form share a bucket. *measure*: an
    entry's :func:`gzipped_size` (or the one known, :mod:`vanban.search.reuse`).
    """
    listed = [(term, entry, measure(entry)) for term, entry in entries]
    count = max(1, round(sum(size for _, _, size in listed) / target))
    shards: list[list[bytes]] = [[] for _ in range(count)]
    for term, entry, _ in listed:
        shards[body_shard(term, count)].append(entry)
    for k, shard in enumerate(shards):
        files[f"{prefix}{k}.json"] = b"{" + b",".join(shard) + b"}"
    return count


def tail_entries(meta: Mapping[str, bytes], body: Mapping[str, bytes]) -> Iterator[tuple[str, bytes]]:
    """The tails of both kinds by term (a term's meta and body tails share a file), in a stable order."""
    for term in sorted(meta.keys() | body.keys(), key=utf16_key):
        for tails in (meta, body):
            if term in tails:
                yield term, tails[term]


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (the same function is in search.js)."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def body_shard(term: str, count: int) -> int:
    """The body shard of a term: by its folded form, so "chuyển" and "chuyen" share one."""
    return _folded_hash(term) % count if count > 1 else 0


@functools.lru_cache(maxsize=1 << 18)
def _folded_hash(term: str) -> int:
    """:func:`fnv1a` of the folded term, remembered: serve's helper places every term again after each save."""
    return fnv1a(fold_lower(term))
