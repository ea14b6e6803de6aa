"""Bytes a first search query downloads, at several corpus sizes, without building the sites (issue 17 §2).

    python scripts/search_bytes.py 1000 5000 20000              # counted from the files (deterministic)
    python scripts/search_bytes.py 1000 --chromium               # and measured in Chromium
    python scripts/search_bytes.py 20000 --keep /tmp/sb          # keep corpora and bundles in /tmp/sb/<N>/
    python scripts/search_bytes.py 1000 --doubted                # every document's header doubted (the worst case)

For each N the corpus of ``scripts/synth.py`` (seed 0) is written once and only its search files are
built (``vanban.search.bundle.build_bundle``; stub pages of cited documents the corpus does not hold
are left out, a few per cent of the rows). For a number query, a title query and two body queries
(folded and with diacritics), the table gives the gzipped bytes the search page downloads until its
first page of results is complete: ``search.js``, ``index.json``, the meta and body shards of the
query's terms (the heads of its posting lists), the tail blocks read until the page is settled (the
rule is in ``vanban/search/reference.py``) and the store chunks of the 20 results shown
(``vanban.search.sizes.query_bytes``).

With ``--chromium`` the files are served (gzip, as ``scripts/lighthouse.py`` serves a site) under a
minimal search page and each query is opened in Debian's Chromium: the column is then the sum of the
encoded response bodies of ``search.js`` and the search files, once the results are complete (no
``aria-busy``). Both counts should agree within the HTTP gzip of the server (level 6, as here).
Budget: 100 KB at every size (issue 17). ``--doubted`` counts the worst case of a site of unchecked imports:
every document with its five header fields (number, type, issuer, date, trích yếu) under ``unverified:``, each
result row carrying their names for its "chưa đối chiếu" mark and no document an issuer filter term.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "scripts"))

from vanban.corpus import load_corpus  # noqa: E402
from vanban.search.bundle import SearchBundle, build_bundle  # noqa: E402
from vanban.search.page import SCRIPT_PATH  # noqa: E402
from vanban.search.results import newest_first  # noqa: E402
from vanban.search.sizes import index_sizes, query_bytes, search_script_source  # noqa: E402

QUERIES = {"number": "57-NQ/TW", "title": "kế hoạch triển khai nghị quyết", "body": "chuyen doi so",
           "body, diacritics": "chuyển đổi số"}
BUDGET = 100 * 1024
PAGE = """<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tìm kiếm</title>
<form id="vb-search" data-index="{index}" data-base="/">
<input id="vb-search-q" name="q"><select id="vb-search-loai"><option value=""></option></select>
<select id="vb-search-coquan"><option value=""></option></select><select id="vb-search-nam"><option value=""></option></select>
</form><p id="vb-search-status"></p><ol id="ket-qua-tim-kiem"></ol><button id="vb-search-more" hidden>Xem thêm</button>
<script src="/{script}"></script></html>
"""
READY = """() => {
  const s = document.getElementById('vb-search-status'), list = document.getElementById('ket-qua-tim-kiem');
  return s.textContent.length > 0 && !s.textContent.startsWith('Đang tải') && list.getAttribute('aria-busy') === 'false';
}"""


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", ROOT / "scripts" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


DOUBTED = ("number", "type", "issuer", "date", "title")


def bundle_of(n: int, work: Path, doubted: bool = False) -> tuple[SearchBundle, float]:
    content = work / "content"
    if not content.is_dir():
        _synth().write_corpus(content, n, seed=0)
    docs = newest_first(sorted(load_corpus(content).documents, key=lambda d: d.id))
    if doubted:
        docs = [dataclasses.replace(doc, unverified=DOUBTED) for doc in docs]
    start = time.perf_counter()
    bundle = build_bundle(docs)
    return bundle, time.perf_counter() - start


def write_site(bundle: SearchBundle, site: Path) -> None:
    for path, data in bundle.files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (site / SCRIPT_PATH).write_bytes(search_script_source())
    (site / "tim-kiem").mkdir(exist_ok=True)
    (site / "tim-kiem" / "index.html").write_text(PAGE.format(index="/" + bundle.index_path, script=SCRIPT_PATH),
                                                  encoding="utf-8")


def chromium_bytes(site: Path, queries: list[str]) -> list[int]:
    from lighthouse import serve
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    measured = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for query in queries:
                page = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
                responses: list[object] = []
                page.on("response", lambda response, sink=responses: sink.append(response))
                page.goto(f"{url}tim-kiem/?q={quote(query)}")
                page.wait_for_function(READY, timeout=120_000)
                page.wait_for_load_state("networkidle")
                total = 0
                for response in responses:
                    path = response.url.split("?")[0]  # type: ignore[attr-defined]
                    if "/assets/vanban/" in path:
                        total += response.request.sizes()["responseBodySize"]  # type: ignore[attr-defined]
                measured.append(total)
                page.context.close()
            browser.close()
    finally:
        server.shutdown()
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="+", type=int, metavar="N")
    parser.add_argument("--chromium", action="store_true", help="also measure in Chromium (/usr/bin/chromium)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep corpora and files in DIR/<N>/")
    parser.add_argument("--doubted", action="store_true", help="every document's header under unverified:")
    args = parser.parse_args(argv)
    names = list(QUERIES)
    print("| N | bundle s | files | index.json gz KB | " + " | ".join(f"{k} KB" for k in names) + " |")
    print("|---|---|---|---|" + "---|" * len(names))
    over = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as scratch:
            work = (args.keep / str(n)) if args.keep else Path(scratch)
            work.mkdir(parents=True, exist_ok=True)
            bundle, seconds = bundle_of(n, work, args.doubted)
            sizes = index_sizes(bundle)
            counted = [query_bytes(bundle, q) for q in QUERIES.values()]
            cells = [f"{c / 1024:.1f}" for c in counted]
            if args.chromium:
                write_site(bundle, work / "site")
                cells = [f"{c / 1024:.1f} (Chromium {m / 1024:.1f})"
                         for c, m in zip(counted, chromium_bytes(work / "site", list(QUERIES.values())), strict=True)]
            over += [f"{n}: {name}" for name, c in zip(names, counted, strict=True) if c > BUDGET]
            print(f"| {n} | {seconds:.1f} | {sizes['files']} | {sizes['index_gzip'] / 1024:.1f} | " + " | ".join(cells) + " |",
                  flush=True)
    print(f"\nbudget {BUDGET // 1024} KB: " + ("all within" if not over else "over: " + ", ".join(over)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
