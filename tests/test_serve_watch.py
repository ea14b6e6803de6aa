"""`mkdocs serve` hears a save from file events, not MkDocs' 0.5 s poll (vanban.mkdocs.watching): MkDocs'
own watches and rebuild callback are moved, a save asks for a rebuild, and where events cannot be had
the watches fall back to polling."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

from vanban.mkdocs.watching import SETTLE, EventObserver, watch_with_events


def _server(root: Path) -> LiveReloadServer:
    return LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(root))


def _asks_for_rebuild(server: Any, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with server._rebuild_cond:  # MkDocs 1.6: set by its watch callback
            if server._want_rebuild:
                return True
        time.sleep(0.01)
    return False


def test_the_server_is_as_mkdocs_makes_it(tmp_path: Path) -> None:
    """The private tables the move relies on (MkDocs 1.6): a release without them is seen here."""
    server = _server(tmp_path)
    server.watch(str(tmp_path))
    assert isinstance(server.observer, PollingObserver)
    assert server._watched_paths == {str(tmp_path): 1}
    assert set(server._watch_refs) == {str(tmp_path)}


def test_a_save_asks_for_a_rebuild_by_event(tmp_path: Path) -> None:
    content, theme = tmp_path / "content", tmp_path / "theme"
    (content / "van-ban" / "2025").mkdir(parents=True)
    theme.mkdir()
    (theme / "main.html").write_text("{{ page.content }}", "utf-8")
    server = _server(tmp_path)
    server.watch(str(content))
    server.watch(str(theme))
    server.watch(str(theme))  # counted twice, as MkDocs counts it
    assert watch_with_events(server)
    assert isinstance(server.observer, EventObserver)
    assert server._watched_paths == {str(content): 1, str(theme): 2}
    assert server.build_delay == SETTLE < 0.1  # a save's events come together: MkDocs' 0.1 s settle shortened
    assert not watch_with_events(server)  # once
    server.observer.start()
    try:
        assert server.observer.fallback is None  # events on this system
        assert not _asks_for_rebuild(server, 0.3)
        (theme / "main.html").read_text("utf-8")  # a rebuild reads every file: no event asks for another
        assert not _asks_for_rebuild(server, 0.3)
        (content / "van-ban" / "2025" / "1-kh.md").write_text("---\n", "utf-8")
        started = time.monotonic()
        assert _asks_for_rebuild(server)
        assert time.monotonic() - started < 0.4  # polling would take up to 0.5 s after the write
    finally:
        server.observer.stop()
        server.observer.join()


def test_without_events_the_watches_are_polled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = _server(tmp_path)
    server.watch(str(tmp_path))
    assert watch_with_events(server)
    observer = server.observer
    emitter = type(next(iter(observer.emitters)))

    def no_events(self: Any) -> None:
        raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(emitter, "on_thread_start", no_events)
    observer.start()
    try:
        assert isinstance(observer.fallback, PollingObserver)
        (tmp_path / "a.md").write_text("x", "utf-8")
        assert _asks_for_rebuild(server)
    finally:
        observer.stop()
        observer.join()
