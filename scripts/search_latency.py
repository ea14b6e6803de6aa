"""Keystroke → results latency of the search page in Chromium with 4× CPU throttling (issue 5 §4).

    python scripts/search_latency.py --site /tmp/site            # an already built site
    python scripts/search_latency.py --docs 1000                 # build the synthetic corpus first
    python scripts/search_latency.py --docs 1000 --rate 1        # without throttling

The site is served on 127.0.0.1 (a free port); Chromium (/usr/bin/chromium, never downloaded)
opens ``/tim-kiem/``, the CPU is throttled with CDP ``Emulation.setCPUThrottlingRate``, the
search data is loaded (focus on the input), then each query is typed one character at a time.
search.js records, for every keystroke, the time from the ``input`` event to the results list
being rendered (``window.vbSearchLatency``, ``performance.now()``); the median and the 90th
percentile over all keystrokes are printed, with the time to load the search index.
Every request leaving 127.0.0.1 is aborted and counted.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
QUERIES = ["nghi quyet 57", "57-NQ/TW", "ke hoach thuc hien", "chuyển đổi số", "386 kh tu",
           "ủy ban nhân dân xã", "tuyen truyen", "21/KH-UBND"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def build_synthetic(n: int, work: Path) -> Path:
    """Write scripts/synth.py's corpus of *n* documents and build it with the repository's mkdocs.yml."""
    spec = importlib.util.spec_from_file_location("vanban_synth", ROOT / "scripts" / "synth.py")
    assert spec and spec.loader
    synth = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = synth
    spec.loader.exec_module(synth)
    content = work / "content"
    synth.write_corpus(content, n)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: content", f"docs_dir: {content}")
    text = text.replace("custom_dir: theme_overrides", f"custom_dir: {ROOT / 'theme_overrides'}")
    (work / "mkdocs.yml").write_text(text, encoding="utf-8")
    site = work / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / "mkdocs.yml"), "-d", str(site)],
                   check=True, cwd=work)
    return site


def measure(site: Path, rate: float, queries: list[str], delay_ms: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    blocked: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            context = browser.new_context(viewport={"width": 360, "height": 800})

            def guard(route: Any) -> None:
                if route.request.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
                    route.continue_()
                else:
                    blocked.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
            page.goto(base + "tim-kiem/")
            load_ms = page.evaluate("""async () => {
                const t = performance.now(); await window.vbSearch.load(); return performance.now() - t; }""")
            box = page.locator("#vb-search-q")
            samples: list[float] = []
            for query in queries:
                box.fill("")
                page.evaluate("window.vbSearchLatency.length = 0")
                box.focus()
                for ch in query:
                    page.keyboard.type(ch)
                    page.wait_for_timeout(delay_ms)
                page.wait_for_timeout(200)
                samples += page.evaluate("window.vbSearchLatency.slice()")
            results = page.locator("#ket-qua-tim-kiem li").count()
            browser.close()
    finally:
        server.shutdown()
    samples.sort()
    return {
        "rate": rate,
        "keystrokes": len(samples),
        "median_ms": statistics.median(samples) if samples else float("nan"),
        "p90_ms": samples[int(0.9 * (len(samples) - 1))] if samples else float("nan"),
        "max_ms": samples[-1] if samples else float("nan"),
        "load_ms": load_ms,
        "last_results": results,
        "blocked_requests": len(blocked),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site directory")
    parser.add_argument("--docs", type=int, help="build scripts/synth.py's corpus of this size first")
    parser.add_argument("--rate", type=float, default=4, help="CPU throttling rate (default 4)")
    parser.add_argument("--delay", type=int, default=150, help="ms between keystrokes (default 150)")
    parser.add_argument("--keep", type=Path, help="build the synthetic site here instead of a temporary dir")
    args = parser.parse_args(argv)
    if not args.site and not args.docs:
        parser.error("give --site or --docs")
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            work = args.keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            print(f"building {args.docs} synthetic documents in {work} …", file=sys.stderr)
            site = build_synthetic(args.docs, work)
        r = measure(site, args.rate, QUERIES, args.delay)
    print(f"CPU throttling ×{r['rate']:g}: {r['keystrokes']} keystrokes, keystroke→results median "
          f"{r['median_ms']:.1f} ms, p90 {r['p90_ms']:.1f} ms, max {r['max_ms']:.1f} ms; "
          f"index loaded in {r['load_ms']:.0f} ms; "
          f"requests blocked (left 127.0.0.1): {r['blocked_requests']}")
    return 0 if r["blocked_requests"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
