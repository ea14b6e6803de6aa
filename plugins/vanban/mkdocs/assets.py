"""Files the site takes from MkDocs itself rather than from the core."""

from __future__ import annotations

from pathlib import Path

import mkdocs.contrib.search as mkdocs_search


def lunr_js() -> bytes:
    """lunr.js 2.3.9 from the installed MkDocs (never vendored, never from a CDN): the search page's engine."""
    return (Path(mkdocs_search.__file__).parent / "templates" / "search" / "lunr.js").read_bytes()
