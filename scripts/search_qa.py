"""How often the search box puts the right document first, on hand-written citizens' queries (qa32).

    python scripts/real_site.py OUT --demo && (cd OUT && mkdocs build -q -d site)   # the site the queries were judged on
    python scripts/search_qa.py --site OUT/site                                     # every query
    python scripts/search_qa.py --site OUT/site --set design -v                     # the design third, failures shown

The queries (``tests/fixtures/search_qa/queries.yml``: query, the pages a reader wants first, why) were
written by hand on a site built from real originals. The site is served on 127.0.0.1 (a free port),
Chromium (/usr/bin/chromium, never downloaded) opens ``/tim-kiem/`` and asks ``window.vbSearch.query``
(the page's own ranking, body shards included) for each query. Prints success@1, success@5 and MRR
(reciprocal rank of the first wanted page within the 20 shown, 0 past them), for the queries used to
design fixes and for those kept aside.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/search_qa/queries.yml"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ASK = """async (q) => {
  await window.vbSearch.load();
  for (let i = 0; i < 3000; i++) {
    const urls = window.vbSearch.query(q);
    if (urls) return urls.slice(0, 20);
    await new Promise(r => setTimeout(r, 10));
  }
  return null;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def load(path: Path = FIXTURE) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["queries"])


def rank_of(results: list[str], want: list[str]) -> int:
    """1-based place of the first wanted page, 0 when none is shown."""
    return next((i + 1 for i, url in enumerate(results) if url in want), 0)


def scores(ranks: list[int]) -> dict[str, float]:
    n = len(ranks) or 1
    return {"n": len(ranks), "s@1": sum(r == 1 for r in ranks) / n, "s@5": sum(0 < r <= 5 for r in ranks) / n,
            "mrr": sum(1 / r for r in ranks if r) / n}


def run(site: Path, queries: list[dict[str, Any]]) -> list[list[str]]:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 360, "height": 800})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                       else route.abort())
            page.goto(base + "tim-kiem/")
            out = [page.evaluate(ASK, q["q"]) or [] for q in queries]
            browser.close()
            return out
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, required=True, help="a built site")
    ap.add_argument("--fixture", type=Path, default=FIXTURE)
    ap.add_argument("--set", choices=["all", "design", "aside"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the queries not answered first")
    args = ap.parse_args(argv)
    queries = [q for q in load(args.fixture)
               if args.set == "all" or bool(q.get("aside")) == (args.set == "aside")]
    results = run(args.site, queries)
    by_set: dict[str, list[int]] = {"design": [], "aside": []}
    for q, got in zip(queries, results, strict=True):
        r = rank_of(got, q["want"])
        by_set["aside" if q.get("aside") else "design"].append(r)
        if args.verbose and r != 1:
            print(f"{r or '-':>2}  {q['q']!r}  want {q['want'][0]}  got {got[:3]}")
    for name, ranks in [*by_set.items(), ("all", by_set["design"] + by_set["aside"])]:
        if ranks:
            s = scores(ranks)
            print(f"{name:6} n={s['n']:3}  success@1 {s['s@1']:.3f}  success@5 {s['s@5']:.3f}  MRR {s['mrr']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
