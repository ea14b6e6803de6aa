"""mkdocs serve's helper is sent only what changed since the last save (vanban.search.sending)."""

from __future__ import annotations

import dataclasses
import functools
import os
import pickle
import threading
from collections.abc import Iterator

import pytest
from test_search_heads import corpus

from vanban.documents import Document
from vanban.parallel import Background, start_helper, stop_helper
from vanban.search import sending
from vanban.search.bundle import build_bundle
from vanban.tokens import TermCounts, body_term_counts

Tokens = dict[str, dict[str, TermCounts]]


@pytest.fixture
def fresh_sending() -> Iterator[None]:
    """Both sides' memory empty, as when the helper has just been forked."""
    sending.start_over()
    yield
    sending.start_over()


def counted(docs: list[Document], last: Tokens | None = None) -> Tokens:
    """Each document's tokens: the same objects as in *last* for an unchanged document, as serve keeps them."""
    last = last or {}
    return {doc.id: last[doc.id] if doc.id in last and doc.body + "|" in _BODIES.get(doc.id, "") else
            _remember(doc) for doc in docs}


_BODIES: dict[str, str] = {}


def _remember(doc: Document) -> dict[str, TermCounts]:
    _BODIES[doc.id] = doc.body + "|"
    return body_term_counts(doc)


def test_a_sending_holds_what_the_last_did_not_and_a_lost_one_is_refused(fresh_sending: None) -> None:
    """After a body edit the tokens are pickled as the edited document's and the ids of the others (a
    small fraction of the first sending), and read back whole; a sending whose base the receiver does
    not hold (one was lost) is refused, and after forget() the next is whole again."""
    docs = corpus(200)
    tokens = counted(docs)
    first = pickle.dumps(sending.SentTokens(tokens))
    assert dict(pickle.loads(first)) == tokens
    docs[10] = dataclasses.replace(docs[10], body=docs[10].body + "Báo cáo kết quả trước ngày 30/6/2026. ")
    edited = counted(docs, tokens)
    assert sum(edited[k] is not tokens[k] for k in edited) == 1
    second = pickle.dumps(sending.SentTokens(edited))
    assert len(second) < len(first) / 5  # the ids of 200 documents and one document's tokens
    received = pickle.loads(second)
    assert dict(received) == edited and list(received) == list(edited)
    pickle.dumps(sending.SentTokens(edited))  # pickled, never received
    with pytest.raises(ValueError):
        pickle.loads(pickle.dumps(sending.SentTokens(edited)))
    sending.forget()
    whole = pickle.dumps(sending.SentTokens(edited))
    assert len(whole) > len(second) * 5 and dict(pickle.loads(whole)) == edited


def test_documents_sent_with_their_tokens_go_without_bodies() -> None:
    """A document whose tokens go with it needs no body: the search files are those made from the bodies."""
    docs = corpus(80)
    tokens = {doc.id: body_term_counts(doc) for doc in docs[::2]}
    light = sending.without_bodies(docs, tokens)
    assert [bool(d.body) for d in light] == [doc.id not in tokens for doc in docs]
    assert [d.id for d in light] == [d.id for d in docs]
    assert build_bundle(light, tokens).files == build_bundle(docs).files


def test_the_helper_makes_the_files_from_what_it_was_sent_and_a_refusal_is_made_here(
        fresh_sending: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through saves (a body edit, a title edit, a document removed), the helper's search files equal those
    made from nothing; when it lacks what a sending is based on, the files are made here and the next
    sending is whole (PendingSearch.finish forgets after a failure)."""
    monkeypatch.setenv("VANBAN_WORKERS", "2")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    docs = corpus(120)
    tokens = counted(docs)
    try:
        assert start_helper()
        monkeypatch.setattr(threading, "active_count", lambda: 3)  # the server's threads started
        for k, edit in enumerate([
            lambda d: d,
            lambda d: [*d[:10], dataclasses.replace(d[10], body=d[10].body + "Báo cáo trước ngày 30/6/2026. "), *d[11:]],
            lambda d: [*d[:30], dataclasses.replace(d[30], title="Kế hoạch phòng chống bệnh dại đợt mới"), *d[31:]],
            lambda d: d[:5] + d[6:],
        ]):
            docs = edit(docs)
            tokens = counted(docs, tokens)
            work = Background(functools.partial(build_bundle, sending.without_bodies(docs, tokens),
                                                sending.SentTokens(tokens), reuse=True))
            assert not work.forked
            assert work.result().files == build_bundle(docs).files and not work.helper_failed, k
        pickle.dumps(sending.SentTokens(tokens))  # a sending lost: the helper does not hold its base
        work = Background(functools.partial(build_bundle, docs, sending.SentTokens(tokens), reuse=True))
        assert work.result().files == build_bundle(docs).files and work.helper_failed
        sending.forget()
        work = Background(functools.partial(build_bundle, docs, sending.SentTokens(tokens), reuse=True))
        assert work.result().files == build_bundle(docs).files and not work.helper_failed
    finally:
        stop_helper()
