"""Bytes of the search files, raw and gzipped: what ``scripts/bench.py`` reports."""

from __future__ import annotations

import gzip
from pathlib import Path

from .bundle import SearchBundle
from .page import SCRIPT_PATH


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_script_source() -> bytes:
    path = Path(__file__).resolve().parents[3] / "theme_overrides" / SCRIPT_PATH
    return path.read_bytes() if path.exists() else b""


def index_sizes(bundle: SearchBundle, lunr_js: bytes) -> dict[str, int]:
    """Bytes (raw and gzipped) of the search files; ``first_result*`` is what loads before a result shows.
    *lunr_js* is the lunr.js the site serves (the adapter copies MkDocs' own).

    ``first_result`` = lunr.js + search.js + the main index (body shards come after).
    """
    script = search_script_source()
    main = bundle.files[bundle.main_path]
    body = [data for path, data in sorted(bundle.files.items()) if path != bundle.main_path]
    body_gz = [gzip_size(b) for b in body]
    sizes = {
        "documents": len(bundle.main["docs"]),
        "lunr_js": len(lunr_js),
        "lunr_js_gzip": gzip_size(lunr_js),
        "search_js": len(script),
        "search_js_gzip": gzip_size(script),
        "main_index": len(main),
        "main_index_gzip": gzip_size(main),
        "body_shards": len(body),
        "body_index": sum(len(b) for b in body),
        "body_index_gzip": sum(body_gz),
        "body_shard_max_gzip": max(body_gz, default=0),
    }
    sizes["first_result"] = sizes["lunr_js"] + sizes["search_js"] + sizes["main_index"]
    sizes["first_result_gzip"] = sizes["lunr_js_gzip"] + sizes["search_js_gzip"] + sizes["main_index_gzip"]
    return sizes

