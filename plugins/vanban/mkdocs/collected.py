"""What ``on_files`` says about the corpus it collected, and a ward's share of it.

Kept apart from the plugin class so the adapter stays a map of events: the problem report (every problem
through the plugin logger, so ``--strict`` counts it), the count-in = count-out check, and the selection of
one ward's documents and attachments (``site_file:``, the core selects).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from .. import sites
from ..corpus import Corpus
from ..problems import Severity
from ..site import SiteModel
from ..site_doubts import membership_problems

log = get_plugin_logger("vanban.mkdocs.plugin")  # the messages keep the plugin's logger name


def source_prefix(root: Path, config_file_path: str | None) -> str:
    """How problems name a file: its path from the folder of mkdocs.yml ("content/…"), as an editor opens it."""
    config_dir = Path(config_file_path or ".").parent
    try:
        return root.resolve().relative_to(config_dir.resolve()).as_posix() + "/"
    except ValueError:
        return root.as_posix() + "/"


def report(site: SiteModel, prefix: str) -> None:
    """Every problem at once, by file and line; what was left out and why; count in = count out."""
    problems = sorted(site.corpus.problems + site.problems, key=lambda p: p.sort_key())
    say = {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.NOTE: log.info}
    for problem in problems:
        say[problem.severity](problem.format(prefix))  # a note fails no --strict build
    corpus = site.corpus
    for source, reason in sorted(corpus.excluded.items()):
        log.info("không xuất bản %s%s: %s", prefix, source, reason)
    log.info(
        "%d tệp văn bản, %d văn bản được xuất bản, %d tệp bị loại, %d văn bản được trích dẫn chưa có toàn văn",
        corpus.files_seen, len(site.held_documents), len(corpus.excluded),
        len(site.documents) - len(site.held_documents),
    )
    if corpus.files_seen != len(site.held_documents) + len(corpus.excluded):
        raise PluginError("vanban: số văn bản vào và ra không khớp")


def select_ward(corpus: Corpus, files: Files, site_file: str) -> tuple[Corpus, Files]:
    """This ward's share of the corpus (the core selects); the left-out attachments leave the site."""
    try:
        selection = sites.load_site_file(Path(site_file))
    except sites.SiteFileError as exc:
        raise PluginError(str(exc)) from None
    # a document held or left out on a doubted issuer or recipients alone: said at the field's line (vanban.site_doubts)
    ward = sites.restrict(corpus, selection)
    ward = dataclasses.replace(ward, problems=ward.problems + membership_problems(corpus.documents, selection))
    gone = {a.source for source, attachments in corpus.attachments.items() if source not in ward.attachments
            for a in attachments}
    return ward, (Files([f for f in files if f.src_uri not in gone]) if gone else files)
