"""A build's CPU by stage: one ``mkdocs build`` profiled in one process, its self time grouped by stage.

    python scripts/stage_profile.py run PROJECT/mkdocs.yml OUT.prof            # one cold build, this checkout
    python scripts/stage_profile.py run PROJECT/mkdocs.yml OUT.prof --repo DIR # another checkout's plugins/
    python scripts/stage_profile.py report A.prof B.prof …                     # the stages side by side
    python scripts/stage_profile.py time PROJECT/mkdocs.yml OUT.json [--repo DIR] # CPU by stage, no profiler
    python scripts/stage_profile.py report A.json B.json …                     # per document, side by side

``run`` builds cold (``VANBAN_CACHE_DIR=``), in one process (``VANBAN_WORKERS=1``), under cProfile with a
CPU clock (``time.process_time``: cProfile's default clock is the wall's, which other processes on a
shared machine move), into a temporary site folder. ``--repo`` puts that checkout's ``plugins/`` first on
the path; a checkout from before the adapter moved (``vanban.plugin``) is loaded under today's entry point.
``report`` charges each function's own time to its stage by the file it is in (:func:`stage_of`), and the
time of a built-in (a regex search, ``str.join``) to the stages of its callers, in proportion to what each
caller spent in it. cProfile inflates Python-heavy code (``re._parser``, icalendar, Jinja's generators)
against C: compare stages across profiles made the same way, never a stage's seconds with a stopwatch's.
A profile to read, not a test: run it under the bench lock, alone on the machine.

``time`` builds the same way without a profiler: the build's stage functions (:data:`TIMED`) are wrapped
with a CPU clock, each charged its own time (a timed stage inside another is taken out of the outer
one), the rest of the process (start-up, imports, MkDocs' config, nav and page objects) is "the rest"; it
writes the seconds and the number of documents, and ``report`` of such files gives milliseconds per
document, the column to read for linear cost (a stage whose figure grows with the corpus is not linear).
cProfile's inflation is uneven: at 1,000 documents it gave icalendar 5.2 s of 65 (its per-character line
folding), the clock 0.2 s of 10.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import functools
import importlib
import importlib.util
import json
import os
import pstats
import re
import runpy
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# (stage, the vanban modules or packages it holds, as "name" for name.py or name/…): the first that names one wins
VANBAN_STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("citations", ("citations", "own_cites", "refs", "linking")),
    ("deadlines", ("deadlines",)),
    ("tracking", ("tracking", "mkdocs/task_tables")),
    ("search", ("search", "tokens")),
    ("body (Markdown)", ("body", "textspans", "pages")),
    ("calendar", ("calendar", "schedule")),
    ("share, QR", ("qr", "share")),
    ("templates", ("mkdocs/templating", "mkdocs/escaping", "templating")),
    ("corpus read", ("corpus", "frontmatter", "documents", "text", "schema", "sanitize", "attachments", "arrival",
                     "inventory", "legacy_text")),
    ("cache, keys", ("analysis", "cache", "fingerprint", "parallel", "stage_memo", "regex_cache", "parse_cache",
                     "mkdocs/page_cache")),
    ("writing, placing", ("filestore", "site", "placing", "folders", "verified")),
    ("graph, relations, checks", ("graph", "relations", "plausibility", "owners", "issuers", "issuer_places",
                                  "provinces", "provincial_bodies", "party_terms")),
)
# other packages' files, by a piece of their path
PACKAGE_STAGES: tuple[tuple[str, str], ...] = (
    ("/icalendar/", "calendar"), ("/jinja2/", "templates"), ("/markupsafe/", "templates"), (".html", "templates"),
    ("/markdown_it/", "body (Markdown)"), ("/mdurl/", "body (Markdown)"), ("/re/", "regex compile"),
    ("/mkdocs/", "mkdocs"), ("/material/", "mkdocs"), ("/yaml/", "corpus read"), ("importlib", "imports"),
    ("<frozen", "imports"),
)
# (stage, the functions charged to it as "module:attribute"), for ``time``: each called in the build's process
# when VANBAN_WORKERS=1; a function nested in another is charged to itself alone
TIMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("corpus read", ("vanban.corpus:load_corpus",)),
    ("analysis: citations", ("vanban.analysis:extract",)),
    ("analysis: deadlines", ("vanban.analysis:extract_deadlines",)),
    ("analysis: search tokens", ("vanban.analysis:body_term_counts",)),
    ("analysis: tasks", ("vanban.analysis:assignments",)),
    ("analysis: the rest, cache", ("vanban.analysis:analyse_corpus",)),
    ("graph, relations, checks", ("vanban.relations:resolve", "vanban.relations:contribute", "vanban.build:_checks")),
    ("search files", ("vanban.search:launch", "vanban.search:start")),
    ("listings, timeline, status", ("vanban.listings:contribute", "vanban.timeline:contribute",
                                    "vanban.status:contribute")),
    ("calendar", ("vanban.schedule:contribute",)),
    ("tracking", ("vanban.tracking.pages:compute", "vanban.tracking.pages:contribute")),
    ("feeds, open data, share", ("vanban.portal:contribute", "vanban.feeds:contribute", "vanban.opendata:contribute",
                                 "vanban.share:contribute")),
    ("site model, other", ("vanban.build:build_site",)),
    ("bodies (Markdown, links)", ("vanban.pages:rendered_body",)),
    ("pages (MkDocs, templates)", ("mkdocs.commands.build:_build_page",)),
    ("page keys, plan", ("vanban.mkdocs.plugin:VanbanPlugin.on_nav",)),
    ("writing outputs", ("vanban.placing:place_all",)),
)
REST = "the rest (start-up, imports, MkDocs)"


class Clock:
    """Own CPU seconds by stage: a timed call inside another is charged to itself, not to both."""

    def __init__(self, now: Callable[[], float] = time.process_time) -> None:
        self.now = now
        self.spent: collections.Counter[str] = collections.Counter()
        self._inner: list[float] = []  # per open call, the seconds its timed callees took

    def timed(self, stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            start = self.now()
            self._inner.append(0.0)
            try:
                return func(*args, **kwargs)
            finally:
                took = self.now() - start
                self.spent[stage] += took - self._inner.pop()
                if self._inner:
                    self._inner[-1] += took
        return call


def install(clock: Clock, timed: tuple[tuple[str, tuple[str, ...]], ...] = TIMED) -> None:
    """Wrap each function of *timed*, wherever a loaded module holds it (``from … import`` copies too)."""
    for stage, names in timed:
        for name in names:
            module_name, attribute = name.split(":")
            *path, last = attribute.split(".")
            try:  # an older checkout (--repo) may not have this stage: its time stays in "the rest"
                owner: Any = importlib.import_module(module_name)
                for part in path:
                    owner = getattr(owner, part)
                func = getattr(owner, last)
            except (ImportError, AttributeError):
                continue
            wrapped = clock.timed(stage, func)
            setattr(owner, last, wrapped)
            for module in list(sys.modules.values()):
                if module is not owner and getattr(module, last, None) is func:
                    setattr(module, last, wrapped)


def timed_build(out: str, config: str, site: str) -> None:
    """In the child: ``mkdocs build`` with the stage functions on a CPU clock; seconds by stage to *out*."""
    _old_layout()
    importlib.import_module("vanban.mkdocs.plugin")  # and the modules it imports, before they are wrapped
    clock = Clock()
    install(clock)
    adapter = importlib.import_module("vanban.mkdocs.plugin")
    plugin = sys.modules[adapter.VanbanPlugin.__module__]  # vanban.plugin in a checkout of the old layout
    corpora: list[Any] = []  # the corpus read, for the count of documents
    load = plugin.load_corpus

    def counted(*args: Any, **kwargs: Any) -> Any:
        corpora.append(load(*args, **kwargs))
        return corpora[-1]
    plugin.load_corpus = counted
    sys.argv = ["mkdocs", "build", "-q", "-f", config, "-d", site]
    try:
        runpy.run_module("mkdocs", run_name="__main__")
    except SystemExit as stop:
        if stop.code:
            raise
    total = time.process_time()
    spent = {stage: round(seconds, 4) for stage, seconds in clock.spent.items()}
    spent[REST] = round(total - sum(clock.spent.values()), 4)
    Path(out).write_text(json.dumps({"documents": len(corpora[-1].documents) if corpora else 0, "seconds": spent},
                                    ensure_ascii=False), encoding="utf-8")


_VANBAN_FILE = re.compile(r"plugins/vanban/(.+)$")


def stage_of(filename: str) -> str | None:
    """The stage of a profiled function by its file; None for a built-in (cProfile's ``~``)."""
    if filename == "~":
        return None
    found = _VANBAN_FILE.search(filename.replace(os.sep, "/"))
    if found:
        module = found.group(1)
        for stage, members in VANBAN_STAGES:
            if any(module == f"{m}.py" or module.startswith(f"{m}/") for m in members):
                return stage
        return "vanban, other"
    for piece, stage in PACKAGE_STAGES:
        if piece in filename:
            return stage
    return "other"


def stages(stats: pstats.Stats) -> collections.Counter[str]:
    """Seconds of own time by stage; a built-in's charged to its callers' stages."""
    out: collections.Counter[str] = collections.Counter()
    table = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, name), (_cc, _nc, own, _cum, callers) in table.items():
        stage = stage_of(filename)
        if stage is not None:
            out[stage] += own
            continue
        if name in ("<built-in method builtins.exec>", "<built-in method builtins.compile>") or "marshal" in name:
            out["imports"] += own  # a module's code run, or compiled from source
            continue
        if not callers:  # called from no profiled frame (the profiler's own "disable"): counted, not dropped
            out["other"] += own
            continue
        spent = sum(edge[2] for edge in callers.values()) or 1.0
        for (caller_file, _l, _n), edge in callers.items():
            out[stage_of(caller_file) or "other"] += own * edge[2] / spent
    return out


def per_document(paths: list[str]) -> str:
    """``time`` files side by side: milliseconds of CPU per document by stage, and the growth of the last
    column over the first (1.00: linear)."""
    found = [json.loads(Path(path).read_text(encoding="utf-8")) for path in paths]
    columns = [{k: v * 1000 / max(1, f["documents"]) for k, v in f["seconds"].items()} for f in found]
    names = sorted({n for c in columns for n in c}, key=lambda n: -columns[0].get(n, 0.0))  # the first size's order
    lines = ["ms per document".ljust(38) + "".join(f"{f['documents']:>9d}" for f in found) + "   last/first"]
    for name in [*names, "total"]:
        row = [sum(c.values()) if name == "total" else c.get(name, 0.0) for c in columns]
        growth = f"{row[-1] / row[0]:9.2f}" if row[0] else ""
        lines.append(name.ljust(38) + "".join(f"{v:9.2f}" for v in row) + "   " + growth)
    return "\n".join(lines)


def report(paths: list[str], least: float = 0.05) -> str:
    if all(path.endswith(".json") for path in paths):
        return per_document(paths)
    found = [stages(pstats.Stats(path)) for path in paths]
    names = sorted({name for counts in found for name in counts}, key=lambda n: -max(c[n] for c in found))
    lines = ["stage".ljust(28) + "".join(Path(p).stem[-12:].rjust(13) for p in paths)]
    lines += [name.ljust(28) + "".join(f"{c[name]:13.2f}" for c in found)
              for name in names if max(c[name] for c in found) >= least]
    lines.append("total".ljust(28) + "".join(f"{sum(c.values()):13.2f}" for c in found))
    return "\n".join(lines)


def _old_layout() -> None:
    """A checkout whose adapter was ``vanban.plugin`` loads under today's entry point (``vanban.mkdocs.plugin``),
    imported when MkDocs asks for the class, under the profiler like the rest."""
    spec = importlib.util.find_spec("vanban")  # found, not imported
    if spec is None or spec.origin is None or (Path(spec.origin).parent / "mkdocs" / "plugin.py").is_file():
        return
    alias = types.ModuleType("vanban.mkdocs.plugin")
    alias.__getattr__ = lambda name: getattr(importlib.import_module("vanban.plugin"), name)  # type: ignore[method-assign]
    sys.modules["vanban.mkdocs.plugin"] = alias


def profiled(out: str, config: str, site: str) -> None:
    """In the child: ``mkdocs build`` under a CPU-clock profiler."""
    _old_layout()
    sys.argv = ["mkdocs", "build", "-q", "-f", config, "-d", site]
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    try:
        runpy.run_module("mkdocs", run_name="__main__")
    except SystemExit as stop:
        if stop.code:
            raise
    finally:
        profile.disable()
        profile.dump_stats(out)


def run(config: Path, out: Path, repo: Path | None, child: str = "_child") -> int:
    env = {**os.environ, "VANBAN_CACHE_DIR": "", "VANBAN_WORKERS": "1", "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    if repo is not None:
        env["PYTHONPATH"] = str(repo.resolve() / "plugins")
    with tempfile.TemporaryDirectory(prefix="vanban-stage-") as site:
        return subprocess.call([sys.executable, __file__, child, str(out.resolve()), str(config.resolve()), site],
                               env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("run", help="profile one cold build, one process")
    one.add_argument("config", type=Path, help="the project's mkdocs.yml")
    one.add_argument("out", type=Path, help="the profile to write")
    one.add_argument("--repo", type=Path, help="a checkout whose plugins/ is built instead of this one's")
    clocked = commands.add_parser("time", help="CPU by stage of one cold build, one process, no profiler")
    clocked.add_argument("config", type=Path, help="the project's mkdocs.yml")
    clocked.add_argument("out", type=Path, help="the seconds to write (.json)")
    clocked.add_argument("--repo", type=Path, help="a checkout whose plugins/ is built instead of this one's")
    many = commands.add_parser("report", help="self time by stage, profiles (or time files: per document) side by side")
    many.add_argument("profiles", nargs="+")
    child = commands.add_parser("_child")
    child.add_argument("out")
    child.add_argument("config")
    child.add_argument("site")
    timer = commands.add_parser("_timed")
    timer.add_argument("out")
    timer.add_argument("config")
    timer.add_argument("site")
    args = parser.parse_args(argv)
    if args.command == "_child":
        profiled(args.out, args.config, args.site)
        return 0
    if args.command == "_timed":
        timed_build(args.out, args.config, args.site)
        return 0
    if args.command == "run":
        return run(args.config, args.out, args.repo)
    if args.command == "time":
        return run(args.config, args.out, args.repo, child="_timed")
    print(report(args.profiles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
