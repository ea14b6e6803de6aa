"""Regenerate the guide's screenshots from the built demo site (Playwright + Debian's /usr/bin/chromium).

    mkdocs build -d /tmp/demo-site && python guide/make_screenshots.py /tmp/demo-site

Serves the folder on 127.0.0.1, blocks every other host, and saves 360 px and 1280 px PNGs in guide/img/;
then draws the GitHub steps as labelled illustrations (guide/illustrations.py), 720 px wide.
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import sys
import threading
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
import illustrations

OUT = Path(__file__).resolve().parent / "img"
PAGES = {"trang-van-ban": "van-ban/2025/300-ldld/", "danh-sach": "van-ban/", "trang-chu": ""}
SIZES = ((360, 800), (1280, 800))


def main(site: str) -> int:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=site)
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as httpd:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        threading.Thread(target=httpd.serve_forever, daemon=True).start()

        def local_only(route: Route) -> None:
            route.continue_() if route.request.url.startswith(base) else route.abort()

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            illustration = browser.new_page(viewport={"width": 720, "height": 400})
            illustration.route("**/*", lambda route: route.abort())  # nothing to fetch: inline HTML only
            for name, markup in illustrations.pages().items():
                illustration.set_content(markup)
                illustration.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            illustration.close()
            for width, height in SIZES:
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                page.route("**/*", local_only)
                for name, path in PAGES.items():
                    if width > 360 and name == "trang-chu":
                        continue
                    page.goto(base + path, wait_until="networkidle")
                    page.screenshot(path=str(OUT / f"{name}-{width}.png"))
                context.close()
            browser.close()
        httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
