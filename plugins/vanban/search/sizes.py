"""Bytes of the search files, raw and gzipped: what ``scripts/bench.py`` and ``scripts/search_bytes.py`` report."""

from __future__ import annotations

import gzip
from collections.abc import Mapping

from .bundle import SearchBundle
from .reference import query_files
from .script import source


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_script_source() -> bytes:
    """search.js as served (:func:`vanban.search.script.source`)."""
    return source()


def index_sizes(bundle: SearchBundle) -> dict[str, int]:
    """Bytes (raw and gzipped) of the search files by kind; ``first_result*`` is what any query loads first
    (search.js and index.json), ``*_max_gzip`` the largest file a query may add."""
    script = search_script_source()
    index = bundle.files[bundle.index_path]
    kinds: dict[str, list[int]] = {"meta": [], "body": [], "tail": [], "store": []}
    for path, data in bundle.files.items():
        name = path.rsplit("/", 1)[1]
        if name != "index.json":
            kinds[{"m": "meta", "b": "body", "t": "tail", "d": "store"}[name[0]]].append(gzip_size(data))
    sizes = {
        "documents": bundle.index["count"],
        "search_js": len(script),
        "search_js_gzip": gzip_size(script),
        "index": len(index),
        "index_gzip": gzip_size(index),
        "files": len(bundle.files),
        "bytes": sum(map(len, bundle.files.values())),
    }
    for kind, gz in kinds.items():
        sizes[f"{kind}_files"] = len(gz)
        sizes[f"{kind}_gzip"] = sum(gz)
        sizes[f"{kind}_max_gzip"] = max(gz, default=0)
    sizes["first_result"] = sizes["search_js"] + sizes["index"]
    sizes["first_result_gzip"] = sizes["search_js_gzip"] + sizes["index_gzip"]
    return sizes


def query_bytes(bundle: SearchBundle, query: str, filters: Mapping[str, str] | None = None) -> int:
    """Gzipped bytes the search page downloads for *query* until its first page of results is complete:
    search.js, index.json, the meta and body shards of its terms, the tail blocks it reads and the store chunks
    of the results shown."""
    return gzip_size(search_script_source()) + sum(gzip_size(bundle.files[p]) for p in query_files(bundle, query, filters))
