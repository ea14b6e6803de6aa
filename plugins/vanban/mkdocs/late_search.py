"""Search files made again (a document changed) finished as late as their page allows.

The build starts them in the background (``Build.pending_search``); their page is rendered
last, so the pages before it (an edited document's) are written while they are made. With render
workers (a cold build) too: their page stays with the parent (:func:`.render_pool.share_out`), the
only page whose data waits for them, and the workers are forked without waiting (a cold 1,000-document
build's parent had waited ~1 s for them, its second core idle, before it forked the page workers).
"""

from __future__ import annotations

import posixpath

from mkdocs.structure.files import Files

from ..search.page import PendingSearch
from ..site import Made, PageSpec


class LateSearch:
    """The search files whose page waits for them, if any (one build at a time)."""

    def __init__(self) -> None:
        self.pending: PendingSearch | None = None

    def defer(self, pending: PendingSearch, files: Files) -> None:
        """Finish the search files when their page is rendered (:meth:`finish`), last: its file moved
        to the end of MkDocs' loop (the parent's: render workers do not take it)."""
        self.pending = pending
        file = files.get_file_from_path(pending.page.src_uri)
        if file is not None:
            files.remove(file)
            files.append(file)

    @property
    def page(self) -> str:
        """The src_uri of the page that waits for the search files ("" when none does)."""
        return self.pending.page.src_uri if self.pending is not None else ""

    def waits_for(self, spec: PageSpec) -> bool:
        """Whether *spec* is the page whose data (the index's address) the search files complete."""
        return self.pending is not None and spec is self.pending.page

    def finish(self) -> list[tuple[str, Made]]:
        """The search files made in the background, finished now: written with the other outputs."""
        pending, self.pending = self.pending, None
        if pending is None:
            return []
        bundle = pending.finish()
        made: list[tuple[str, Made]] = [(posixpath.normpath(path), data) for path, data in bundle.files.items()]
        return made + [(posixpath.normpath(path), stored) for path, stored in bundle.stored.items()]

    def drop(self) -> None:
        """A failed build: nothing waits for the search files any more."""
        self.pending = None
