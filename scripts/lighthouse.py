#!/usr/bin/env python3
"""Lighthouse (mobile) on a document page of a built vanban site: four scores and transferred bytes.

    python scripts/lighthouse.py SITE_DIR [--page van-ban/2025/300-ldld/] [--runs 3] [--json OUT]

Serves SITE_DIR on 127.0.0.1 with gzip (as any real web server would), runs npm
``lighthouse`` with Debian's Chromium (``CHROME_PATH=/usr/bin/chromium``) and Lighthouse's
default mobile settings (Moto G-class screen, simulated slow 4G, 4× CPU slowdown), and prints
performance, accessibility, best practices, SEO and the bytes transferred for the first load.
Lighthouse is installed with npm into ``.bench/`` (ignored by git) when missing; nothing else
is downloaded. Targets (issue 6): performance ≥ 0.95, accessibility 1.0, best practices ≥ 0.95,
SEO ≥ 0.95, first load ≤ 80 KB. Exit 0 when every run meets them, 1 otherwise, 2 on error.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".bench"
LIGHTHOUSE_VERSION = "12"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 0.95, "seo": 0.95}
MAX_BYTES = 80 * 1024
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the client accepts it (like nginx ``gzip on``)."""

    cache: ClassVar[dict[str, bytes]] = {}

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or path.suffix not in COMPRESSIBLE or not path.is_file():
            return super().send_head()
        key = str(path)
        if key not in self.cache:
            self.cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self.cache[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        import io
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(GzipHandler, directory=str(directory))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def lighthouse_bin(install: bool) -> Path:
    binary = BENCH / "node_modules" / ".bin" / "lighthouse"
    if binary.exists():
        return binary
    if not install:
        raise SystemExit(f"không thấy {binary}; chạy: npm install --prefix .bench lighthouse@{LIGHTHOUSE_VERSION}")
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("cần npm (apt-get install -y npm) để cài lighthouse")
    BENCH.mkdir(exist_ok=True)
    subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(BENCH),
                    f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    return binary


def pick_document(site_dir: Path) -> str:
    """A held document page: the first in documents.json order, else the first van-ban/<year>/<slug>/."""
    data = site_dir / "data" / "documents.json"
    if data.exists():
        for record in json.loads(data.read_text(encoding="utf-8")).get("documents", []):
            if record.get("held") and (site_dir / record["url"] / "index.html").exists():
                return str(record["url"])
    for page in sorted(site_dir.glob("van-ban/*/*/index.html")):
        return page.parent.relative_to(site_dir).as_posix() + "/"
    raise SystemExit(f"{site_dir}: không có trang văn bản nào (van-ban/<năm>/<số>/index.html)")


def run_once(binary: Path, url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        env = {**os.environ, "CHROME_PATH": CHROME}
        result = subprocess.run(
            [str(binary), url, "--output=json", f"--output-path={out}", "--quiet",
             f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES),
             "--form-factor=mobile"],
            capture_output=True, text=True, env=env, timeout=300,
        )
        if result.returncode != 0 or not out.exists():
            raise RuntimeError(f"lighthouse lỗi ({result.returncode}):\n{result.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    return {
        "scores": {c: report["categories"][c]["score"] for c in CATEGORIES},
        "bytes": int(audits["total-byte-weight"]["numericValue"]),
        "requests": [(r.get("url", ""), int(r.get("transferSize") or 0)) for r in requests],
        "failed": {c: [a["id"] for a in report["categories"][c]["auditRefs"]
                       if a.get("weight") and (audits[a["id"]].get("score") is not None)
                       and audits[a["id"]]["score"] < 0.9] for c in CATEGORIES},
        "lcp_ms": audits.get("largest-contentful-paint", {}).get("numericValue"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path, help="a built site (mkdocs build -d DIR)")
    parser.add_argument("--page", action="append", help="site-relative page (default: a document page)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median is reported")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--no-install", action="store_true", help="fail instead of installing lighthouse")
    args = parser.parse_args(argv)
    if not args.site_dir.is_dir():
        print(f"{args.site_dir}: không phải thư mục", file=sys.stderr)
        return 2
    if not Path(CHROME).exists():
        print(f"không thấy Chromium ở {CHROME} (apt-get install -y chromium)", file=sys.stderr)
        return 2
    binary = lighthouse_bin(install=not args.no_install)
    pages = args.page or [pick_document(args.site_dir)]
    server, base = serve(args.site_dir)
    results: dict[str, Any] = {}
    ok = True
    try:
        for page in pages:
            runs = [run_once(binary, base + page.lstrip("/")) for _ in range(max(1, args.runs))]
            scores = {c: statistics.median(r["scores"][c] for r in runs) for c in CATEGORIES}
            size = int(statistics.median(r["bytes"] for r in runs))
            results[page] = {"scores": scores, "bytes": size, "runs": runs}
            print(f"\n/{page}  (Lighthouse {LIGHTHOUSE_VERSION}, mobile, median of {len(runs)})")
            print(f"  {'performance':<15}{'accessibility':<15}{'best practices':<16}{'SEO':<6}transferred")
            print(f"  {scores['performance']:<15.2f}{scores['accessibility']:<15.2f}"
                  f"{scores['best-practices']:<16.2f}{scores['seo']:<6.2f}{size / 1024:.1f} KB")
            for url, transfer in runs[0]["requests"]:
                print(f"    {transfer / 1024:7.1f} KB  {url.replace(base, '/')}")
            for category, failed in runs[0]["failed"].items():
                if failed:
                    print(f"  {category}: chưa đạt {', '.join(failed)}")
            met = all(scores[c] >= TARGETS[c] for c in CATEGORIES) and size <= MAX_BYTES
            ok = ok and met
            print("  đạt mục tiêu" if met else
                  f"  CHƯA ĐẠT mục tiêu (≥ {TARGETS['performance']}/{TARGETS['accessibility']}/"
                  f"{TARGETS['best-practices']}/{TARGETS['seo']}, ≤ {MAX_BYTES // 1024} KB)")
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        server.shutdown()
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
