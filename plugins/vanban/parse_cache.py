"""Front matter parsed by an earlier build, read back from the build cache instead of parsed again.

:func:`vanban.corpus.parse_text`, like the decoding and the legacy-encoding warning before it, depends on a
file's content-relative path and its bytes alone (and on vanban's code, which the cache's generation holds:
:func:`vanban.cache.code_fingerprint`), so its result (the warning's problems first) is stored under the digest of
both and can only be found for the same bytes: a hit skips the decoding and the scan too (about 0.06 s of an edit
build at 1,000 documents). A warm
1,000-document build spent about 0.3 s parsing and checking YAML front matter that had not
changed; reading the stored documents back costs a fraction of that. ``mkdocs serve`` keeps the
same results in memory between rebuilds (``load_corpus``'s *parsed*); this is that mapping for
builds in separate processes.

An entry is accepted only when it is what ``parse_text`` returns (a :class:`~vanban.documents.Document`
or None, and a tuple of :class:`~vanban.problems.Problem`): the cache is unpickled through its
allowlist (:func:`vanban.cache.loads`), and any other shape reads as missing.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import TypeGuard

from .cache import DiskCache, content_key
from .documents import Document
from .problems import Problem

ParseKey = tuple[str, bytes]  # (source, digest of its bytes), as load_corpus makes it
ParseResult = tuple[Document | None, tuple[Problem, ...]]


def _whole(value: object) -> TypeGuard[ParseResult]:
    return (isinstance(value, tuple) and len(value) == 2 and (value[0] is None or isinstance(value[0], Document))
            and isinstance(value[1], tuple) and all(isinstance(p, Problem) for p in value[1]))


class StoredParses(MutableMapping[ParseKey, ParseResult]):
    """``load_corpus``'s *parsed* kept in the build cache (namespace ``parsed``): a lookup reads the
    entry of that text, an assignment stores a new one. It lists nothing, so ``load_corpus``'s
    ``clear()`` forgets nothing: entries no build uses are pruned like the others. :meth:`close` once
    the corpus is read."""

    def __init__(self, root: Path) -> None:
        self.disk = DiskCache(root, "parsed")
        self.found: set[str] = set()
        self._names: dict[ParseKey, str] = {}  # each entry's name made once: looked up, then stored back

    def _key(self, key: ParseKey) -> str:
        name = self._names.get(key)
        if name is None:
            source, digest = key
            name = self._names[key] = content_key("parsed-bytes", source, digest.hex())
        return name

    def __getitem__(self, key: ParseKey) -> ParseResult:
        name = self._key(key)
        value = self.disk.get(name)
        if not _whole(value):
            raise KeyError(key)
        self.found.add(name)
        return value

    def __setitem__(self, key: ParseKey, value: ParseResult) -> None:
        name = self._key(key)
        if name not in self.found:
            self.disk.put(name, value, held=True)  # the documents hold it to the end
            self.found.add(name)

    def __delitem__(self, key: ParseKey) -> None:
        pass  # nothing is removed by a build: pruning and compaction keep the cache's size

    def __iter__(self) -> Iterator[ParseKey]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        """Mark the entries read as used and write the new ones."""
        self.disk.touch(self.found)
        self.disk.compact()
