"""One process building many sites from one corpus (``vanban build-all``): read and analyse it once.

Also :data:`TEMPLATE_CODE`, the compiled templates of the process: MkDocs makes a new Jinja
environment for every build, so each ward of ``build-all`` and each rebuild of ``mkdocs serve``
compiled the theme's templates again. Jinja's own bytecode cache keeps the compiled code by
template name and file, and checks the source's checksum before using it: an edited template
is compiled again. With a build cache the code is kept there too (namespace ``templates``, by
Jinja's version: the code calls its runtime), so a one-shot build after an edit loads the 18
templates its few pages use instead of compiling them (0.06 s of CPU at any size).

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

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from ..analysis import Analysis, CacheKey
from ..cache import DiskCache
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
    """Jinja bytecode kept in memory for the process and in the build cache (see the module's docstring)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}
        self.disk: DiskCache | None = None

    def use(self, cache_dir: str) -> None:
        """Keep the code in *cache_dir* too ("": in memory only), from this build on."""
        self.finish()
        self.disk = DiskCache(Path(cache_dir), "templates") if cache_dir else None

    def finish(self) -> None:
        """Write what this build compiled into the build cache."""
        if self.disk is not None:
            self.disk.compact()

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.code.get(bucket.key)
        if found is None and self.disk is not None:
            found = self.disk.get_bytes(f"{jinja2.__version__}-{bucket.key}")
            if found is not None:
                self.code[bucket.key] = found
        if found is not None:
            # A checksum that differs (or code Jinja cannot load) resets the bucket: compiled again.
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = data = bucket.bytecode_to_string()
        if self.disk is not None:
            self.disk.put_bytes(f"{jinja2.__version__}-{bucket.key}", data)


TEMPLATE_CODE = TemplateCode()
