"""``mkdocs serve`` hears a save from the system's file events instead of polling for it.

MkDocs' live-reload server watches with watchdog's ``PollingObserver``: every 0.5 s it lists and
stats every file under ``docs_dir`` and the theme, compares, and only then starts a rebuild. That
is 0.25 s of an editor's wait on average (up to 0.5 s) before anything happens, and at 1,000
documents a scan of the content folder twice a second on a core the rebuild wants. watchdog's
platform observer (inotify on Linux, FSEvents or kqueue on macOS, ReadDirectoryChangesW on
Windows) is told of a change as it happens.

:func:`watch_with_events` moves MkDocs' own watches (its paths and its rebuild callback, through
its public ``watch``) to such an observer before the server starts. Where the system cannot
give events (the platform has none, too many folders for the inotify limit, a file system
without them), :class:`EventObserver` falls back to polling, as MkDocs does, when it is started.
The server's two bookkeeping tables (``_watched_paths``, ``_watch_refs``) are MkDocs 1.6 private
attributes: when they are not there, nothing is changed (pinned by tests/test_serve_watch.py).
"""

from __future__ import annotations

import contextlib
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

POLLING_INTERVAL = 0.5  # MkDocs' own, for the fallback
# How long the server waits, after a change, for the next one before it rebuilds (MkDocs' build_delay,
# 0.1 s). A save's events (written, closed; an editor's temporary file renamed) come within a few
# milliseconds of each other when they come as they happen: 0.05 s of every save's wait is spared.
SETTLE = 0.05
# What changes a file. Not its reading: inotify also reports a file opened or closed unwritten, and
# MkDocs' callback takes any event as a save, so the rebuild's own reading of every document would
# ask for the next rebuild, without end.
CHANGES: list[type[FileSystemEvent]] = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent,
                                        FileClosedEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent]


class EventObserver(Observer):  # type: ignore[misc,valid-type]
    """The platform's observer; when it cannot start, a polling one takes its watches."""

    def __init__(self) -> None:
        super().__init__()
        self.scheduled: list[tuple[FileSystemEventHandler, str, bool]] = []
        self.fallback: BaseObserver | None = None

    def schedule(self, event_handler: FileSystemEventHandler, path: str, *, recursive: bool = False,
                 **options: Any) -> ObservedWatch:
        self.scheduled.append((event_handler, str(path), recursive))
        options.setdefault("event_filter", CHANGES)
        watch: ObservedWatch = super().schedule(event_handler, path, recursive=recursive, **options)
        return watch

    def start(self) -> None:
        try:
            super().start()
        except OSError:  # no inotify watch left (fs.inotify.max_user_watches), no events on this file system …
            with contextlib.suppress(Exception):
                super().stop()  # the emitters that did start
            self.fallback = PollingObserver(timeout=POLLING_INTERVAL)
            for handler, path, recursive in self.scheduled:
                self.fallback.schedule(handler, path, recursive=recursive, event_filter=CHANGES)
            self.fallback.start()

    def stop(self) -> None:
        if self.fallback is not None:
            self.fallback.stop()
        super().stop()

    def join(self, timeout: float | None = None) -> None:
        if self.fallback is not None:
            self.fallback.join(timeout)
        if self.is_alive():
            super().join(timeout)


def watch_with_events(server: Any) -> bool:
    """Give MkDocs' live-reload *server* an :class:`EventObserver` with the same watches, before it
    serves. False (nothing changed) when the server is not as MkDocs 1.6 makes it, or already
    watches by events, or has started watching."""
    paths = getattr(server, "_watched_paths", None)
    refs = getattr(server, "_watch_refs", None)
    old = getattr(server, "observer", None)
    if Observer is PollingObserver or not isinstance(paths, dict) or not isinstance(refs, dict) \
            or not isinstance(old, PollingObserver) or old.is_alive():
        return False
    watched = dict(paths)
    for watch in refs.values():
        old.unschedule(watch)
    paths.clear()
    refs.clear()
    server.observer = EventObserver()
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    if isinstance(getattr(server, "build_delay", None), float):
        server.build_delay = min(server.build_delay, SETTLE)
    return True
