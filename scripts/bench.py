"""Benchmark: plain Material vs the vanban build on a synthetic corpus (issue 2 §9, issue 5 §4, issue 6 §5).

    python scripts/bench.py 100 1000 5000            # both variants, one build at a time
    python scripts/bench.py 1000 --only plain        # one variant
    python scripts/bench.py 20000 --only plain vanban warm edit   # no serve run
    python scripts/bench.py 100 --keep /tmp/bench    # keep corpora and sites in /tmp/bench/<N>/
    python scripts/bench.py 1000 --only vanban --option tracking=false   # a plugin option set

For each N the corpus from ``scripts/synth.py`` is written once, then built (as a subprocess,
``python -m mkdocs build -q``) by:

(a) **plain** — Material with ``font: false``, ``language: vi``, its own ``search`` plugin, and a
    small explicit ``nav:`` listing only a generated index page (document pages are out of the nav);
(b) **vanban** — the repository's ``mkdocs.yml`` and ``theme_overrides/`` copied next to the corpus,
    ``docs_dir`` pointed at it, with an empty build cache (a cold build). "n/a" when the repository
    has no mkdocs.yml or vanban plugin yet;
(c) **warm** — the same project built again, its build cache (``.cache/vanban``) kept;
(d) **edit** — one document's body edited (a sentence appended), then built again with the cache;
(e) **serve** — ``mkdocs serve`` on the same project: seconds from saving one document (a sentence
    appended) to its page showing it over HTTP (polled every 20 ms), three edits, median: the
    watcher (file events, see ``vanban.mkdocs.watching``), MkDocs' 0.1 s settle, and the *whole*
    rebuild (in the serving process, its search files made by the forked helper): MkDocs 1.6's
    server holds every request until the rebuild has ended (``_visible_epoch``), so the page shows
    after on_post_build, not when its file is written.

``--build-all DOCS SITES`` also times ``vanban build-all`` of SITES ward sites of 100–300 documents
each (whole issuers, drawn with the seed) from a DOCS-document corpus, beside one cold build of the
whole corpus; the issue's yardstick is 100 sites from 10,000 documents against 10 whole builds.

Columns: wall seconds; ratio vanban/plain seconds; CPU seconds (user + system of the build and its
forked workers, ``os.wait4``) and their ratio to plain's: steadier than wall time on a shared machine,
where vanban's workers may find no second core free; peak RSS of the build process (``os.wait4``);
site MB (sum of file sizes); median KB of a document page (its ``index.html``); the search payload
fetched for a first query (plain: ``search/search_index.json``; vanban: the larger of a title and a
body query, ``vanban.search.sizes.query_bytes``), raw MB (vanban: all its search files) and gzipped KB; and a document page's first load: its HTML plus the CSS and JS it references,
each gzipped (-6), images and fonts excluded. The table goes to stdout, progress to stderr.
Nothing is asserted here: the budgets are printed under the table for the reader.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import html.parser
import importlib.util
import itertools
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
VARIANTS = ("plain", "vanban", "warm", "edit", "serve")
VANBAN_VARIANTS = ("vanban", "warm", "edit", "serve")  # warm: again with the build cache; edit: after one edit
# serve: `mkdocs serve` on the same project, seconds from saving one document to its page showing the edit


def _load_synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vanban_bench_synth", HERE / "synth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


# ---------------------------------------------------------------------------------------------
# Measurements


@dataclass
class Result:
    n: int
    variant: str
    ok: bool = False
    note: str = ""  # "n/a", "failed", …
    seconds: float = 0.0
    cpu_s: float = 0.0  # user + system CPU seconds of the build and its forked workers
    peak_rss_mb: float = 0.0
    site_mb: float = 0.0
    doc_pages: int = 0
    doc_kb_median: float = 0.0
    search_raw: int | None = None
    search_gz: int | None = None
    first_load_gz: int | None = None
    first_load_files: int = 0
    external_refs: list[str] = field(default_factory=list)
    samples: list[float] = field(default_factory=list)  # serve: each edit's seconds to visible


def gz_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


# In a fresh interpreter: import what a build imports, and keep its regex programs beside the bytecode.
KEEP_PATTERNS = ("import vanban.mkdocs.plugin, vanban.analysis; from vanban import regex_cache as r; "
                 "getattr(r, 'save_beside', lambda force: None)(force=True)")


def compile_package(repo: Path) -> None:
    """Write the bytecode of *repo*'s vanban package before anything is timed, as installing it does,
    and the programs of its regular expressions beside it, as its first build does (``vanban.regex_cache``).

    Material and every other installed package load their ``.pyc`` (pip compiles at install time); an
    editable or ``PYTHONPATH`` checkout under ``PYTHONDONTWRITEBYTECODE`` (as on the team's machines)
    compiled vanban's ~100 modules from source in every timed build, about 0.1 s of CPU that no
    installed site pays; and, since that variable keeps a build from writing the programs too, compiled
    its ~640 import patterns in every cold build (0.36 s of CPU), which a site built before on the same
    installation does not."""
    compileall.compile_dir(repo / "plugins" / "vanban", quiet=1)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-patterns-") as empty:  # no build cache's programs
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "VANBAN_CACHE_DIR": empty,
               "PYTHONPATH": os.pathsep.join(filter(None, (str(repo / "plugins"), os.environ.get("PYTHONPATH", ""))))}
        subprocess.run([sys.executable, "-c", KEEP_PATTERNS], env=env, cwd=empty, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_build(config: Path, site_dir: Path, log: Path,
              pythonpath: Path | None = None) -> tuple[bool, float, float, float]:
    """Run ``mkdocs build`` as a child; return (ok, wall seconds, peak RSS MB, CPU seconds (user +
    system, its forked workers included: steadier than wall time on a shared machine, and vanban's
    wall time depends on whether its workers found a second core free).
    The vanban build cache is on (``.cache/vanban`` beside the config) so warm and edit rows use it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0", "VANBAN_CACHE_DIR": ".cache/vanban"}
    if pythonpath is not None:  # another checkout's vanban package shadows the installed one
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(pythonpath), env.get("PYTHONPATH", ""))))
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site_dir)]
    with log.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=config.parent, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    return proc.returncode == 0, seconds, peak_mb, usage.ru_utime + usage.ru_stime


def document_pages(site: Path, urls: Iterable[str]) -> list[Path]:
    pages = []
    for url in urls:
        page = site / url / "index.html"
        if page.is_file():
            pages.append(page)
    return pages


class _Refs(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and "stylesheet" in a.get("rel", "").split() and a.get("href"):
            self.css.append(a["href"])
        elif tag == "link" and "modulepreload" in a.get("rel", "").split() and a.get("href"):
            self.js.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.js.append(a["src"])


def first_load(page: Path, site: Path) -> tuple[int, int, list[str]]:
    """Gzipped bytes of the page's HTML + every CSS and JS file it references (local ones)."""
    data = page.read_bytes()
    parser = _Refs()
    parser.feed(data.decode("utf-8", "replace"))
    total = gz_size(data)
    files = 1
    external: list[str] = []
    seen: set[Path] = set()
    for ref in parser.css + parser.js:
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc:
            external.append(ref)
            continue
        path = unquote(parts.path)
        target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
        target = target.resolve()
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        total += gz_size(target.read_bytes())
        files += 1
    return total, files, external


def vanban_search_sizes(site: Path, content: Path) -> tuple[int, int] | None:
    """(raw, gzipped) bytes the search page downloads for its first query, when the site has vanban search.

    The larger of a title query and a body query (``vanban.search.sizes.query_bytes``: search.js,
    index.json, the shards of the query's terms and the rows of the results shown), counted on the
    built files; ``scripts/search_bytes.py`` measures the same in Chromium without building sites.
    """
    [index] = sorted((site / "assets" / "vanban" / "search").glob("*/index.json")) or [None]
    if index is None:
        return None
    from vanban.search.bundle import SearchBundle
    from vanban.search.sizes import query_bytes, search_script_source

    folder = index.parent
    prefix = folder.relative_to(site).as_posix() + "/"
    files = {prefix + p.name: p.read_bytes() for p in folder.iterdir()}
    bundle = SearchBundle(index=json.loads(files[prefix + "index.json"]), files=files, index_path=prefix + "index.json")
    gz = max(query_bytes(bundle, q) for q in ("kế hoạch triển khai nghị quyết", "chuyen doi so"))
    return len(search_script_source()) + sum(map(len, files.values())), gz


def measure(result: Result, site: Path, urls: list[str], content: Path) -> None:
    result.site_mb = tree_bytes(site) / 1e6
    pages = document_pages(site, urls)
    result.doc_pages = len(pages)
    if pages:
        sizes = sorted(p.stat().st_size for p in pages)
        result.doc_kb_median = statistics.median(sizes) / 1024
        median_page = min(pages, key=lambda p: abs(p.stat().st_size - statistics.median(sizes)))
        result.first_load_gz, result.first_load_files, result.external_refs = first_load(median_page, site)
    if result.variant == "plain":
        index = site / "search" / "search_index.json"
        if index.is_file():
            data = index.read_bytes()
            result.search_raw, result.search_gz = len(data), gz_size(data)
    else:
        sizes2 = vanban_search_sizes(site, content)
        if sizes2:
            result.search_raw, result.search_gz = sizes2


# ---------------------------------------------------------------------------------------------
# Configurations

PLAIN_YML = """\
site_name: Văn bản chỉ đạo, điều hành (Material)
site_url: http://127.0.0.1:8000/
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  language: vi
  font: false
plugins:
  - search
nav:
  - Trang chủ: index.md
validation:
  nav:
    omitted_files: ignore
"""


def plain_project(work: Path, content: Path, docs: list) -> Path:  # type: ignore[type-arg]
    """``work/plain/mkdocs.yml`` whose docs dir holds an index page and links to the corpus."""
    project = work / "plain"
    docs_dir = project / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    link = docs_dir / "van-ban"
    if not link.exists():
        link.symlink_to(content / "van-ban", target_is_directory=True)
    newest = sorted(docs, key=lambda d: (d.date, d.key), reverse=True)[:20]
    lines = ["# Văn bản chỉ đạo, điều hành", "", f"Kho gồm {len(docs)} văn bản. Văn bản mới nhất:", ""]
    lines += [f"- [{d.type} số {d.number}]({d.path}) — {d.title}" for d in newest]
    (docs_dir / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(PLAIN_YML, encoding="utf-8")
    return config


def vanban_available(repo: Path) -> str:
    """'' when the repository can build with vanban, else the reason for "n/a"."""
    if not (repo / "mkdocs.yml").is_file():
        return "no mkdocs.yml"
    if not (repo / "plugins" / "vanban" / "mkdocs" / "plugin.py").is_file():
        return "no vanban.mkdocs.plugin"
    return ""


def with_options(text: str, options: dict[str, str]) -> str:
    """*text* (a mkdocs.yml) with these ``vanban`` plugin options set (YAML scalars, e.g. ``tracking: false``)."""
    for key, value in options.items():
        plugin = re.search(r"(?m)^(?P<indent> *)- vanban:[ \t]*$", text)
        if plugin is None:
            raise SystemExit("bench: mkdocs.yml has no '- vanban:' plugin entry to set options on")
        indent = " " * (len(plugin.group("indent")) + 4)
        text = re.sub(rf"(?m)^{indent}{re.escape(key)}:.*\n", "", text)
        text = text[:plugin.end()] + f"\n{indent}{key}: {value}" + text[plugin.end():]
    return text


def vanban_project(work: Path, content: Path, repo: Path = ROOT, options: dict[str, str] | None = None,
                   name: str = "vanban") -> Path:
    """The repository's own mkdocs.yml and theme_overrides/, with docs_dir set to the corpus and
    *options* set on the vanban plugin, in ``work/<name>/``."""
    project = work / name
    project.mkdir(parents=True, exist_ok=True)
    text = with_options((repo / "mkdocs.yml").read_text(encoding="utf-8"), options or {})
    line = f"docs_dir: {content.as_posix()}"
    if re.search(r"(?m)^docs_dir:.*$", text):
        text = re.sub(r"(?m)^docs_dir:.*$", line, text)
    else:
        text = f"{line}\n{text}"
    text = re.sub(r"(?m)^strict:.*$", "strict: false", text)
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    overrides = repo / "theme_overrides"
    if overrides.is_dir() and not (project / "theme_overrides").exists():
        shutil.copytree(overrides, project / "theme_overrides")
    return project / "mkdocs.yml"


def edit_one(content: Path) -> None:
    """Append a sentence to one document's body, as an editor's save would change it."""
    source = sorted(content.rglob("*.md"))[len(list(content.rglob("*.md"))) // 2]
    with source.open("a", encoding="utf-8") as handle:
        handle.write("\nBáo cáo kết quả thực hiện trước ngày 30/6/2031.\n")


def document_urls(content: Path, docs: list, variant: str) -> list[str]:  # type: ignore[type-arg]
    """URLs of the document pages: the file paths for Material; vanban's own slugs for vanban."""
    if variant == "vanban":
        try:
            from vanban.corpus import load_corpus

            corpus = load_corpus(content)
            return [d.url for d in corpus.documents if getattr(d, "held", True)]
        except Exception:
            pass
    return [d.path[: -len(".md")] + "/" for d in docs]


# ---------------------------------------------------------------------------------------------
# mkdocs serve: edit to visible


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # the bench's own server on loopback
            return bytes(response.read())
    except OSError:
        return None


def serve_edit_to_visible(config: Path, content: Path, edits: int = 3, timeout: float = 300,
                          pythonpath: Path | None = None) -> list[float]:
    """Seconds from saving one document to its page showing the change under ``mkdocs serve``,
    once per edit (MkDocs' own watcher and rebuild; its page polled every 20 ms)."""
    from vanban.corpus import load_corpus

    corpus = load_corpus(content)
    # A document alone with its number in its year, so that the address polled is its own from the
    # start: where two share one, the first to arrive keeps the plain address (vanban.arrival; the
    # server remembers when each file was first seen, so an edit no longer moves it), and the bench's
    # corpus loaded here, outside the server, can only guess that order from modification times.
    shared = Counter((d.year_slug, d.base_slug()) for d in corpus.documents)
    docs = sorted((d for d in corpus.documents if shared[(d.year_slug, d.base_slug())] == 1), key=lambda d: d.source)
    doc = docs[len(docs) // 3]
    port = free_port()
    url = f"http://127.0.0.1:{port}/{doc.url}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(pythonpath), env.get("PYTHONPATH", ""))))
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-q", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              cwd=config.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    times: list[float] = []
    try:
        deadline = time.monotonic() + timeout
        while fetch(url) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                return []
            time.sleep(0.2)
        time.sleep(1.0)  # the watcher's first scan
        source = content / doc.source
        for k in range(edits):
            marker = f"Ghi chú kiểm tra lần {k + 1} số {port}."
            with source.open("a", encoding="utf-8") as handle:
                handle.write(f"\n{marker}\n")
            start = time.perf_counter()
            expected = marker.encode()
            while time.perf_counter() - start < 120:
                page = fetch(url)
                if page is not None and expected in page:
                    times.append(time.perf_counter() - start)
                    break
                time.sleep(0.02)
            time.sleep(1.0)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    return times


# ---------------------------------------------------------------------------------------------
# build-all: many ward sites from one corpus


def ward_sites(docs: list, count: int, seed: int, low: int = 100, high: int = 300) -> list[list[str]]:  # type: ignore[type-arg]
    """*count* selections of whole issuers, each holding between *low* and *high* documents."""
    by_issuer = Counter(d.issuer.name for d in docs)
    names = sorted(n for n, k in by_issuer.items() if k <= high)
    rng = random.Random(seed)
    sites: list[list[str]] = []
    for _ in range(count):
        target = rng.randint(low, high)
        chosen: list[str] = []
        total = 0
        for name in rng.sample(names, len(names)):
            if total + by_issuer[name] <= high:
                chosen.append(name)
                total += by_issuer[name]
            if total >= target:
                break
        sites.append(sorted(chosen))
    return sites


def write_sites(folder: Path, selections: list[list[str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k, issuers in enumerate(selections):
        text = yaml.safe_dump({"name": f"Trang phường {k + 1:03d}", "select": {"issuers": issuers}},
                              allow_unicode=True, sort_keys=False)
        (folder / f"phuong-{k + 1:03d}.yml").write_text(text, encoding="utf-8")


@dataclass
class BuildAll:
    docs: int
    sites: int
    held: list[int]
    total_s: float = 0.0
    single_s: float = 0.0
    peak_rss_mb: float = 0.0
    ok: bool = False


def run_build_all(work: Path, n: int, count: int, seed: int, repo: Path, pythonpath: Path | None) -> BuildAll:
    """``vanban build-all`` of *count* ward sites from an *n*-document corpus, beside one cold build
    of the whole corpus (no build cache for either)."""
    content = work / "content"
    docs = synth.write_corpus(content, n, seed)
    selections = ward_sites(docs, count, seed)
    write_sites(work / "sites", selections)
    by_issuer = Counter(d.issuer.name for d in docs)
    result = BuildAll(n, count, [sum(by_issuer[i] for i in s) for s in selections])
    config = vanban_project(work, content, repo)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "VANBAN_CACHE_DIR": ""}
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(pythonpath), env.get("PYTHONPATH", ""))))
    runs = {
        "single": [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(work / "site-single")],
        "all": [sys.executable, "-m", "vanban.cli", "build-all", "--sites", str(work / "sites"),
                "--out", str(work / "site-all"), "--config", str(config)],
    }
    ok = True
    for name, cmd in runs.items():
        with (work / f"build-{name}.log").open("wb") as out:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=config.parent, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
        ok = ok and os.waitstatus_to_exitcode(status) == 0
        if name == "single":
            result.single_s = seconds
        else:
            result.total_s, result.peak_rss_mb = seconds, usage.ru_maxrss / 1024
    result.ok = ok
    return result


def build_all_lines(found: BuildAll) -> list[str]:
    if not found.ok:
        return [f"build-all {found.sites} sites from {found.docs} documents: failed (see the logs)"]
    ten = found.single_s * found.sites / 100 * 10  # the yardstick: 100 sites against 10 whole builds
    held = sorted(found.held)
    return [
        f"build-all: {found.sites} sites of {held[0]}–{held[-1]} documents (median {held[len(held) // 2]}) "
        f"from {found.docs}: {found.total_s:.1f} s in total, {found.total_s / found.sites:.2f} s per site, "
        f"peak RSS {found.peak_rss_mb:.0f} MB",
        f"build-all: one cold build of all {found.docs} documents {found.single_s:.1f} s; "
        f"{found.sites} sites against {found.sites / 10:g} whole builds ({ten:.1f} s) = {found.total_s / ten:.2f} "
        "(issue 17 target < 1: 100 sites from 10,000 documents in less than 10 whole builds)",
    ]


# ---------------------------------------------------------------------------------------------
# Table


def _fmt_bytes_mb(b: int | None) -> str:
    return "—" if b is None else f"{b / 1e6:.2f}"


def _fmt_kb(b: int | None) -> str:
    return "—" if b is None else f"{b / 1024:.1f}"


HEADER = ("N", "variant", "build s", "× plain", "CPU s", "CPU × plain", "peak RSS MB", "site MB", "doc pages",
          "doc KB med", "search MB", "search gz KB", "1st load gz KB")


def table(results: list[Result]) -> str:
    plain_s = {r.n: r.seconds for r in results if r.variant == "plain" and r.ok}
    plain_cpu = {r.n: r.cpu_s for r in results if r.variant == "plain" and r.ok}
    rows: list[tuple[str, ...]] = []
    for r in results:
        if not r.ok:
            rows.append((str(r.n), r.variant, r.note or "failed", *(["—"] * (len(HEADER) - 3))))
            continue
        ratio = f"{r.seconds / plain_s[r.n]:.2f}" if r.variant not in ("plain", "serve") and r.n in plain_s else "—"
        cpu_ratio = (f"{r.cpu_s / plain_cpu[r.n]:.2f}" if r.variant not in ("plain", "serve") and plain_cpu.get(r.n)
                     else "—")
        if r.variant == "serve":
            rows.append((str(r.n), "serve edit→visible", f"{r.seconds:.2f}", *(["—"] * (len(HEADER) - 3))))
            continue
        rows.append((
            str(r.n), r.variant, f"{r.seconds:.1f}", ratio, f"{r.cpu_s:.1f}", cpu_ratio, f"{r.peak_rss_mb:.0f}", f"{r.site_mb:.1f}",
            str(r.doc_pages), f"{r.doc_kb_median:.1f}", _fmt_bytes_mb(r.search_raw), _fmt_kb(r.search_gz),
            _fmt_kb(r.first_load_gz),
        ))
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(HEADER)]
    out = []
    line = "  ".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(HEADER, widths, strict=False)))
    out.append(line)
    out.append("  ".join("-" * w for w in widths))
    for row in rows:
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=False))))
    return "\n".join(out)


def budgets(results: list[Result]) -> list[str]:
    """The issues' targets next to the measured figures (informative; nothing fails here)."""
    by = {(r.n, r.variant): r for r in results if r.ok}
    lines = []
    for n in sorted({r.n for r in results}):
        p, v = by.get((n, "plain")), by.get((n, "vanban"))
        served = by.get((n, "serve"))
        if served:
            each = ", ".join(f"{t:.2f}" for t in served.samples)
            lines.append(f"N={n}: mkdocs serve, saving one document to its page showing it: median {served.seconds:.2f} s "
                         f"(each edit: {each}; issue 17 target ≤ 1.5 s at 1000)")
        for variant in ("warm", "edit"):
            w = by.get((n, variant))
            if v and w:
                lines.append(f"N={n}: {variant} build {w.seconds:.1f} s = {w.seconds / v.seconds:.2f}× the cold build "
                             "(issue 17 target for edit ≤ 0.25)")
        if p and v:
            ratio = v.seconds / p.seconds
            cpu = f", CPU {v.cpu_s / p.cpu_s:.2f}" if p.cpu_s else ""
            lines.append(f"N={n}: vanban/plain time {ratio:.2f}{cpu} (issue 2 target ≤ 1.5 at 1000 and 5000; issue 17 ≤ 1.0)")
            if p.search_gz and v.search_gz is not None:
                lines.append(f"N={n}: search gz before first result {v.search_gz / 1024:.1f} KB vs Material "
                             f"{p.search_gz / 1024:.1f} KB = {v.search_gz / p.search_gz:.2f} (issue 5 target ≤ 0.5)")
        for r in (p, v):
            if r and r.first_load_gz is not None:
                lines.append(f"N={n}: {r.variant} document page first load {r.first_load_gz / 1024:.1f} KB gz "
                             f"in {r.first_load_files} files (issue 6 target ≤ 80 KB for vanban)"
                             + (f"; plus search_index.json {r.search_gz / 1024:.0f} KB gz fetched on load"
                                if r.variant == "plain" and r.search_gz else ""))
            if r and r.external_refs:
                lines.append(f"N={n}: {r.variant} page references third-party hosts: {', '.join(r.external_refs[:3])}")
    for variant in VARIANTS:
        pts = sorted((n, r.site_mb) for (n, var), r in by.items() if var == variant)
        if len(pts) >= 2:
            slopes = [f"{(b - a) / (m - n) * 1000:.1f} ({n}→{m})" for (n, a), (m, b) in itertools.pairwise(pts) if m > n]
            lines.append(f"{variant}: site MB per 1000 more documents: {', '.join(slopes)} "
                         "(linear when these are about equal)")
    return lines


# ---------------------------------------------------------------------------------------------
# Main


def parse_options(pairs: list[str]) -> dict[str, str]:
    """``["tracking=false"]`` → ``{"tracking": "false"}``."""
    found = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[a-z_]+", key):
            raise SystemExit(f"bench: --option wants KEY=VALUE, got {pair!r}")
        found[key] = value
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, metavar="N", help="corpus sizes, e.g. 100 1000 5000")
    parser.add_argument("--build-all", nargs=2, type=int, metavar=("DOCS", "SITES"),
                        help="also time `vanban build-all` of SITES ward sites (100–300 documents each) drawn "
                             "from a DOCS-document corpus, beside one whole build (issue 17: 10000 100)")
    parser.add_argument("--only", choices=VARIANTS, nargs="+", metavar="VARIANT",
                        help=f"build only these variants, in the usual order ({', '.join(VARIANTS)}; "
                             "warm and edit reuse the vanban build's cache)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep corpora and sites in DIR/<N>/")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="set a vanban plugin option for the vanban variants (e.g. tracking=false)")
    parser.add_argument("--repo", type=Path, default=ROOT, metavar="DIR",
                        help="checkout whose mkdocs.yml, theme_overrides/ and plugins/vanban the vanban "
                             "variant uses (default: this one; e.g. a `git archive HEAD` copy)")
    args = parser.parse_args(argv)

    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    variants = [v for v in VARIANTS if v in args.only] if args.only else list(VARIANTS)
    repo = args.repo.resolve()
    options = parse_options(args.option)
    unavailable = vanban_available(repo)
    if not unavailable:
        compile_package(repo)
    pythonpath = None if repo == ROOT else repo / "plugins"
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="vanban-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    steps = len(args.sizes) * (1 + len(variants))
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                      console=console, transient=False) as progress:
            task = progress.add_task("bench", total=steps)
            for n in args.sizes:
                work = base / str(n)
                if work.exists():
                    shutil.rmtree(work)
                content = work / "content"
                progress.update(task, description=f"N={n}: generating corpus")
                docs = synth.write_corpus(content, n, args.seed)
                progress.advance(task)
                for variant in variants:
                    result = Result(n, variant)
                    results.append(result)
                    if variant in VANBAN_VARIANTS and unavailable:
                        result.note = f"n/a ({unavailable})"
                        progress.advance(task)
                        continue
                    progress.update(task, description=f"N={n}: building {variant}")
                    config = (plain_project(work, content, docs) if variant == "plain"
                              else vanban_project(work, content, repo, options))
                    if variant == "serve":
                        result.samples = serve_edit_to_visible(config, content, pythonpath=pythonpath)
                        result.ok = bool(result.samples)
                        result.seconds = statistics.median(result.samples) if result.samples else 0.0
                        result.note = "" if result.ok else "failed"
                        progress.advance(task)
                        continue
                    if variant == "edit":
                        edit_one(content)
                    site = work / f"site-{variant}"
                    log = work / f"build-{variant}.log"
                    ok, result.seconds, result.peak_rss_mb, result.cpu_s = run_build(
                        config, site, log, pythonpath if variant != "plain" else None)
                    if not ok:
                        result.note = "failed"
                        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
                        progress.stop()
                        sys.stderr.write(f"N={n} {variant}: build failed (log {log}):\n" + "\n".join(tail) + "\n")
                        progress.start()
                    else:
                        result.ok = True
                        progress.update(task, description=f"N={n}: measuring {variant}")
                        measure(result, site, document_urls(content, docs, "vanban" if variant != "plain" else variant),
                                content)
                    if not args.keep:
                        shutil.rmtree(site, ignore_errors=True)
                    progress.advance(task)
                if not args.keep:
                    shutil.rmtree(work, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    found = None
    if args.build_all:
        work = base / "build-all"
        if work.exists():
            shutil.rmtree(work)
        console.print(f"build-all: {args.build_all[1]} sites from {args.build_all[0]} documents …")
        found = run_build_all(work, *args.build_all, args.seed, repo, pythonpath)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(base, ignore_errors=True)
    if results:
        print(table(results))
    notes = budgets(results) + (build_all_lines(found) if found else [])
    if notes:
        print()
        print("\n".join(notes))
    if args.keep:
        print(f"\nsites kept in {base}/<N>/site-<variant>")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
