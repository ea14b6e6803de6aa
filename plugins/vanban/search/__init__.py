"""Document search, prebuilt at build time and split so that a query downloads only what it needs.

Tokens come from :mod:`vanban.tokens` (shared with the per-document analysis). The browser
(``assets/vanban/search.js``, no library) loads a small ``index.json``, then only
the shards that hold the query's terms (the heads of their posting lists, of bounded size, and
tail blocks only while those do not settle the page) and the rows of the results it shows.

* :mod:`.postings` — lunr's BM25 scores computed from postings kept by term;
* :mod:`.bundle` — which files hold what (index, meta and body shards, tail blocks, result store);
* :mod:`.results` — the documents as results: numbered newest first, the row each shows, its filter terms;
* :mod:`.shards` — entries cut into files (term ranges, hashed buckets);
* :mod:`.reuse` — a term encoded again only when its inputs changed (bundles made again in one process,
  or by the next build: :mod:`.frames`, the postings and encoding a build leaves in the cache);
* :mod:`.page` — the search page (``contribute``) and its script, joined from ``js/`` by :mod:`.script`;
* :mod:`.reference` — the query of search.js in Python (tests, byte counts);
* :mod:`.sizes` — bytes a query downloads, for ``scripts/bench.py`` and ``scripts/search_bytes.py`` (not
  imported here: a build needs neither it nor :mod:`.reference`).
"""

from .bundle import ASSET_DIR, SearchBundle, build_bundle
from .page import PAGE_PATH, Launched, PendingSearch, contribute, launch, start

__all__ = ["ASSET_DIR", "PAGE_PATH", "Launched", "PendingSearch", "SearchBundle", "build_bundle", "contribute",
           "launch", "start"]
