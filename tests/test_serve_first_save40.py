"""mkdocs serve's first save: its helper already holds the search files' encoding (vanban.parallel.prime_helper).

The first build of a serve made its search files in a forked child (or found them in the build cache), so
the helper, which makes every save's, held nothing to reuse and the first save waited for files made from
nothing. Now the helper makes the first build's files too (found ones: made anyway, the value unused).
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_search_heads import corpus

from conftest import ROOT
from vanban.parallel import Background, prime_helper, start_helper, stop_helper
from vanban.search import reuse as search_reuse
from vanban.search import sending
from vanban.search.bundle import build_bundle
from vanban.tokens import body_term_counts

_KEPT: list[str] = []


def _keep(value: str) -> str:
    _KEPT.append(value)
    return value * 1000  # a value nobody reads


def _kept() -> tuple[int, list[str]]:
    return os.getpid(), list(_KEPT)


def _holds_an_encoding() -> bool:
    return search_reuse.Reuse.last is not None


@pytest.fixture
def serve_helper(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The helper forked as mkdocs serve forks it: two cores, one thread at the time."""
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    sending.start_over()
    last, search_reuse.Reuse.last = search_reuse.Reuse.last, None  # the helper is forked holding nothing
    try:
        assert start_helper()
        yield
    finally:
        stop_helper()
        sending.start_over()
        search_reuse.Reuse.last = last


def test_the_helper_makes_the_first_builds_work_though_forking_is_safe(serve_helper: None) -> None:
    work = Background(_kept)
    assert not work.forked  # sent to the helper, not to a child forked for it
    helper, _ = work.result()
    assert helper != os.getpid() and Background(_kept).result()[0] == helper


def test_a_primed_call_runs_first_and_its_value_is_not_waited_for(serve_helper: None,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert prime_helper(functools.partial(_keep, "mồi"))
    monkeypatch.setattr(threading, "active_count", lambda: 3)  # the server's threads: no fork now
    helper, kept = Background(_kept).result()  # waits for the primed call, then is made by the same helper
    assert helper != os.getpid() and kept == ["mồi"] and _KEPT == []
    assert prime_helper(functools.partial(_keep, "lần hai"))
    assert Background(_kept).result()[1] == ["mồi", "lần hai"]


def test_the_primed_helper_makes_the_first_saves_files_from_its_encoding(serve_helper: None,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    docs = corpus(60)
    tokens = {doc.id: body_term_counts(doc) for doc in docs}
    assert not Background(_holds_an_encoding).result()
    assert prime_helper(functools.partial(build_bundle, sending.without_bodies(docs, tokens),
                                          sending.SentTokens(tokens), reuse=True))
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert Background(_holds_an_encoding).result()
    made = Background(functools.partial(build_bundle, sending.without_bodies(docs, tokens),
                                        sending.SentTokens(tokens), reuse=True))
    assert made.result().files == build_bundle(docs).files and not made.helper_failed


def test_serve_first_build_with_its_files_found_primes_the_helper(tmp_path: Path, serve_helper: None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A build found the search files in the cache; serve's first build finds them too, and the helper is
    asked to make them all the same, from the tokens serve keeps (the value the build uses is the found one)."""
    import vanban.search.page as search_page
    from portal_fixture import SITE_URL, portal_config
    from vanban.build import build_site
    from vanban.corpus import load_corpus
    from vanban.filestore import FileStore
    from vanban.placing import place_all
    from vanban.site import SiteConfig

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    config = SiteConfig(site_url=SITE_URL, portal=portal_config(), cache_dir=str(tmp_path / "cache"))
    one_shot = build_site(load_corpus(content), config)  # no helper asked
    searched = {p: d for p, d in one_shot.site.outputs.items() if p.startswith("assets/vanban/search/")}
    place_all(FileStore(tmp_path / "cache"), str(tmp_path / "site"), searched.items())  # kept in the cache
    assert Background(_kept).result()[1] == []
    primed: list[object] = []
    monkeypatch.setattr(search_page, "prime_helper", lambda func: primed.append(func) or prime_helper(func))
    served = build_site(load_corpus(content), config, cache={}, background_search=True)
    assert served.pending_search is not None and served.pending_search.found and len(primed) == 1
    served.pending_search.finish()
    assert {p: d for p, d in served.site.outputs.items() if p.startswith("assets/vanban/search/")} == searched
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert Background(_holds_an_encoding).result()
