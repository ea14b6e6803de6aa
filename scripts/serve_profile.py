"""``mkdocs serve``'s saves in one process: CPU of the serving process, the wait for the search files, stages.

    python scripts/serve_profile.py PROJECT/mkdocs.yml OUT.json [--saves 4] [--repo DIR]
    python scripts/stage_profile.py report OUT.json …        # the last save's stages, per document

Builds as ``mkdocs serve`` does (its ``load_config`` and ``build`` each save, the plugin instance kept, the
helper forked at start-up), without the HTTP server: after the first build a thread is started, so that, as
under the server's threads, no work is forked and the save's search files go to the helper. Each save appends a
sentence to the middle document (the file is put back as it was at the end) and rebuilds; per save it prints
the serving process's CPU, the rebuild's wall and how long the rebuild waited for its search files
(``PendingSearch.finish``). The last save's CPU by stage (``stage_profile``'s clock, its stages) goes to
OUT.json, which ``stage_profile.py report`` reads. Why this exists: the first save of a serve waited 0.7-1.5 s
for search files its helper made from nothing (the helper held no encoding), a cost the median of
``scripts/bench.py``'s three edits hid. A measurement, not a test: run it under the bench lock.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stage_profile

SENTENCE = "\nBáo cáo kết quả thực hiện trước ngày 30/6/2031 (lần {k}).\n"


def serve_saves(config_file: str, out: str, saves: int) -> None:
    """In the child: the first build and *saves* saves, as ``mkdocs serve`` makes them."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import vanban.mkdocs.plugin  # noqa: F401 - loaded before its functions are wrapped
    import vanban.search.page as search_page

    clock = stage_profile.Clock()
    stage_profile.install(clock)
    waits: list[float] = []
    finish = search_page.PendingSearch.finish

    def waited(self: Any) -> Any:
        start = time.monotonic()
        try:
            return finish(self)
        finally:
            waits.append(time.monotonic() - start)
    search_page.PendingSearch.finish = waited  # type: ignore[method-assign]
    site_dir = tempfile.mkdtemp(prefix="vanban-serve-")
    url = "http://127.0.0.1:8000/"

    def config() -> Any:
        loaded = load_config(config_file=config_file, site_dir=site_dir)
        loaded.site_url = url
        return loaded
    first = config()
    first.plugins.on_startup(command="serve", dirty=False)
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    build(first, serve_url=url)
    threading.Thread(target=threading.Event().wait, daemon=True).start()  # the server's threads: no fork
    files = sorted(Path(first.docs_dir).rglob("*.md"))
    edited = files[len(files) // 2]
    original = edited.read_bytes()
    rows: list[dict[str, float]] = []
    try:
        for k in range(saves):
            with edited.open("a", encoding="utf-8") as handle:
                handle.write(SENTENCE.format(k=k + 1))
            clock.spent.clear()
            waits.clear()
            cpu, wall = time.process_time(), time.monotonic()
            build(config(), serve_url=url)
            rows.append({"cpu": time.process_time() - cpu, "wall": time.monotonic() - wall, "search wait": sum(waits)})
    finally:
        edited.write_bytes(original)
        first.plugins.on_shutdown()
    for k, row in enumerate(rows, 1):
        print(f"save {k}: CPU {row['cpu']:.3f} s, wall {row['wall']:.3f} s, waited for the search files "
              f"{row['search wait']:.3f} s")
    last = rows[-1]["cpu"] if rows else 0.0
    spent: dict[str, float] = {stage: round(seconds, 4) for stage, seconds in clock.spent.items()}
    spent[stage_profile.REST] = round(last - sum(clock.spent.values()), 4)
    documents = sum(1 for _ in files)
    Path(out).write_text(json.dumps({"documents": documents, "seconds": spent, "saves": rows}, ensure_ascii=False),
                         encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", type=Path, help="the project's mkdocs.yml")
    parser.add_argument("out", type=Path, help="the last save's seconds by stage (.json)")
    parser.add_argument("--saves", type=int, default=4)
    parser.add_argument("--repo", type=Path, help="a checkout whose plugins/ is served instead of this one's")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        serve_saves(str(args.config), str(args.out), args.saves)
        return 0
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if args.repo is not None:
        env["PYTHONPATH"] = str(args.repo.resolve() / "plugins")
    return subprocess.call([sys.executable, __file__, str(args.config.resolve()), str(args.out.resolve()),
                            "--saves", str(args.saves), "--child"], env=env)


if __name__ == "__main__":
    sys.exit(main())
