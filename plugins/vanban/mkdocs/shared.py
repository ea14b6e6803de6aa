"""One process building many sites from one corpus (``vanban build-all``): read and analyse it once.

Also :data:`TEMPLATE_CODE`, the compiled templates of the process: MkDocs makes a new Jinja
environment for every build, so each ward of ``build-all`` and each rebuild of ``mkdocs serve``
compiled the theme's templates again. Jinja's own bytecode cache keeps the compiled code by
template name and file, and checks the source's checksum before using it: an edited template
is compiled again.

While :func:`one_corpus` is active, the plugin's ``on_files`` takes the corpus from here (read the
first time a docs folder is asked for, with the same arguments) and analyses through one dictionary
shared by every site, so a document held by forty ward sites is read, checked and analysed once;
each site then selects its share (:func:`vanban.sites.restrict`) and builds only its own pages.
Outside ``build-all`` nothing is shared: a build reads its corpus as it always did.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

from ..analysis import Analysis, CacheKey
from ..corpus import Corpus
from ..inventory import Inventory, scan

CorpusKey = tuple[str, int, tuple[str, ...]]


@dataclass
class SharedCorpus:
    """What the sites of one ``build-all`` share."""

    inventories: dict[str, Inventory] = field(default_factory=dict)
    corpora: dict[CorpusKey, Corpus] = field(default_factory=dict)
    analyses: dict[CacheKey, Analysis] = field(default_factory=dict)
    loads: int = 0  # how many times a corpus was really read (tests: once per build-all)

    def inventory(self, root: Path) -> Inventory:
        key = str(root.resolve())
        if key not in self.inventories:
            self.inventories[key] = scan(root)
        return self.inventories[key]

    def corpus(self, key: CorpusKey, load: Callable[[], Corpus]) -> Corpus:
        """The corpus read once for *key*; each caller gets its own lists (a site may change them)."""
        if key not in self.corpora:
            self.corpora[key] = load()
            self.loads += 1
        found = self.corpora[key]
        return dataclasses.replace(found, documents=list(found.documents), attachments=dict(found.attachments),
                                   problems=list(found.problems), excluded=dict(found.excluded))


ACTIVE: list[SharedCorpus] = []


def active() -> SharedCorpus | None:
    return ACTIVE[-1] if ACTIVE else None


@contextlib.contextmanager
def one_corpus() -> Iterator[SharedCorpus]:
    """Share the corpus and its analyses between the builds run inside the block."""
    shared = SharedCorpus()
    ACTIVE.append(shared)
    try:
        yield shared
    finally:
        ACTIVE.remove(shared)


class TemplateCode(BytecodeCache):
    """Jinja bytecode kept in memory for the process (see the module's docstring)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.code.get(bucket.key)
        if found is not None:
            bucket.bytecode_from_string(found)  # a checksum that differs resets the bucket: compiled again

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_CODE = TemplateCode()
