"""``search.js``, the search page's one script, joined at build time from its parts in ``js/``.

The parts hold one concern each, but the page loads one script: separate scripts would be more
requests before the first results (what a first query costs is counted by ``scripts/search_bytes.py``;
the bar is 100 KB gzipped), and six files need no bundler. So the parts are concatenated as they
are, in :data:`PARTS` order: they are slices of one function's body (``setup.js`` opens it,
``page.js`` closes it) and share its scope, so none runs alone. The script ships with the package
that writes the files it reads (:mod:`.bundle`), not with the theme: the two change together.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).with_name("js")
PARTS = (
    "setup.js",      # the limits and classes of characters, the page's elements
    "query.js",      # text lowered, folded and cut as vanban/tokens.py does; the plan of a query
    "files.js",      # index.json and the shards, each fetched once; which shard holds a term
    "ranking.js",    # heads and tails read until the page is settled, the hits ranked, their rows
    "rendering.js",  # the query's syllables marked in a result, the list and its status line
    "page.js",       # the state in the URL, the events, the hooks of the browser tests
)


def source() -> bytes:
    """The script as served: the parts joined."""
    return b"".join((FOLDER / part).read_bytes() for part in PARTS)
