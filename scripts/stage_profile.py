"""A build's CPU by stage: one ``mkdocs build`` profiled in one process, its self time grouped by stage.

    python scripts/stage_profile.py run PROJECT/mkdocs.yml OUT.prof            # one cold build, this checkout
    python scripts/stage_profile.py run PROJECT/mkdocs.yml OUT.prof --repo DIR # another checkout's plugins/
    python scripts/stage_profile.py report A.prof B.prof …                     # the stages side by side

``run`` builds cold (``VANBAN_CACHE_DIR=``), in one process (``VANBAN_WORKERS=1``), under cProfile with a
CPU clock (``time.process_time``: cProfile's default clock is the wall's, which other processes on a
shared machine move), into a temporary site folder. ``--repo`` puts that checkout's ``plugins/`` first on
the path; a checkout from before the adapter moved (``vanban.plugin``) is loaded under today's entry point.
``report`` charges each function's own time to its stage by the file it is in (:func:`stage_of`), and the
time of a built-in (a regex search, ``str.join``) to the stages of its callers, in proportion to what each
caller spent in it. cProfile inflates Python-heavy code (``re._parser``, icalendar, Jinja's generators)
against C: compare stages across profiles made the same way, never a stage's seconds with a stopwatch's.
A profile to read, not a test: run it under the bench lock, alone on the machine.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import importlib
import importlib.util
import os
import pstats
import re
import runpy
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

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


def report(paths: list[str], least: float = 0.05) -> str:
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


def run(config: Path, out: Path, repo: Path | None) -> int:
    env = {**os.environ, "VANBAN_CACHE_DIR": "", "VANBAN_WORKERS": "1", "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    if repo is not None:
        env["PYTHONPATH"] = str(repo.resolve() / "plugins")
    with tempfile.TemporaryDirectory(prefix="vanban-stage-") as site:
        return subprocess.call([sys.executable, __file__, "_child", str(out.resolve()), str(config.resolve()), site],
                               env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("run", help="profile one cold build, one process")
    one.add_argument("config", type=Path, help="the project's mkdocs.yml")
    one.add_argument("out", type=Path, help="the profile to write")
    one.add_argument("--repo", type=Path, help="a checkout whose plugins/ is built instead of this one's")
    many = commands.add_parser("report", help="self time by stage, profiles side by side")
    many.add_argument("profiles", nargs="+")
    child = commands.add_parser("_child")
    child.add_argument("out")
    child.add_argument("config")
    child.add_argument("site")
    args = parser.parse_args(argv)
    if args.command == "_child":
        profiled(args.out, args.config, args.site)
        return 0
    if args.command == "run":
        return run(args.config, args.out, args.repo)
    print(report(args.profiles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
