"""Document search: lunr indexes prebuilt at build time, queried in the browser by lunr.js.

Tokens come from :mod:`vanban.tokens` (shared with the per-document analysis), not from lunr's
tokenizer or pipeline, and are handed to lunr as lists: the build and search pipelines are empty,
so the browser has no pipeline function to register (``PIPELINE_FUNCTIONS`` is empty and a test
keeps it that way). The browser loads prebuilt indexes and runs the query
(``theme_overrides/assets/vanban/search.js``; ``tests/search_reference.py`` runs the same query
in Python against lunr's own Builder and Index).

* :mod:`.postings` — lunr's scores computed from postings and packed by term (the shipped form);
* :mod:`.bundle` — which files hold what (main index and result store, body shards);
* :mod:`.page` — the search page and its assets (``contribute``);
* :mod:`.sizes` — bytes before the first result, for ``scripts/bench.py``.

Ranking (search.js): more query syllables covered first (title, number, type, issuer or body,
folded); then syllables matching the document's own number; then query syllable pairs found
adjacent (the phrase); then syllables typed with diacritics found with the same diacritics; then
lunr's score (main + half of body); then newest. Type and issuer are matched against the short
facet lists rather than indexed per document, which keeps the first download small.
"""

from .bundle import ASSET_DIR, SearchBundle, build_bundle
from .page import PAGE_PATH, contribute
from .sizes import index_sizes

__all__ = ["ASSET_DIR", "PAGE_PATH", "SearchBundle", "build_bundle", "contribute", "index_sizes"]
