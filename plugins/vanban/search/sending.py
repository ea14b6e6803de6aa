"""The search files' inputs sent to ``mkdocs serve``'s helper (:class:`vanban.parallel.Helper`): what changed.

After each save the serving process pickled into the helper's pipe every document, body included, and
every document's counted search tokens (14 MB at 1,000 documents: 0.1 s of the serving process and as
much again in the helper before it could start; five times that at 5,000), although the helper had
received all but the edited document's the save before. Now:

* a document whose tokens are sent goes without its body (:func:`without_bodies`): the search files
  read a body only to count the tokens of a document that has none;
* the tokens are a :class:`SentTokens`, pickled as those the helper does not hold yet (by object: the
  serving process keeps an unchanged document's analysis, tokens and all, from save to save) and the
  ids of the others, which the helper takes from the last tokens it received (:func:`_received`).

Both sides keep their last tokens, the serving process in :data:`_SENT`, the helper in :data:`_HELD`
(the helper is forked at start-up, when both are empty), each with the generation of the sending.
A helper that does not hold the generation a sending is based on refuses it (it answers a failure):
the serving process then makes the files itself from the tokens it has, and :func:`forget` makes the
next sending whole. So the files never depend on what the helper holds.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..documents import Document
from ..tokens import TermCounts

Tokens = dict[str, dict[str, TermCounts]]  # document id → its counted search tokens by field

_GENERATIONS = itertools.count(1)
_SENT: dict[str, Any] = {"generation": None, "tokens": {}}  # serving process: what the helper was last sent
_HELD: dict[str, Any] = {"generation": None, "tokens": {}}  # helper: what it received last


class SentTokens(Mapping[str, dict[str, TermCounts]]):
    """The counted tokens of the documents by id, pickled as a difference from the last ones sent."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens

    def __getitem__(self, doc_id: str) -> dict[str, TermCounts]:
        return self.tokens[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.tokens

    def __reduce__(self) -> tuple[Any, ...]:
        last: Tokens = _SENT["tokens"]
        base = _SENT["generation"]
        changed = {doc_id: counts for doc_id, counts in self.tokens.items() if last.get(doc_id) is not counts}
        generation = next(_GENERATIONS)
        _SENT.update(generation=generation, tokens=dict(self.tokens))
        return _received, (base, generation, list(self.tokens), changed)


def _received(base: int | None, generation: int, ids: list[str], changed: Tokens) -> SentTokens:
    """In the helper: the whole tokens from those *changed* and the ones of the last sending (*base*; None:
    all were sent). A ValueError when the helper does not hold *base* (the call then fails, see the module)."""
    held: Tokens = _HELD["tokens"]
    if base is not None and _HELD["generation"] != base:
        _HELD.update(generation=None, tokens={})
        raise ValueError("vanban: the helper does not hold the tokens this sending is based on")
    tokens = {doc_id: changed[doc_id] if doc_id in changed else held[doc_id] for doc_id in ids}
    _HELD.update(generation=generation, tokens=tokens)
    return SentTokens(tokens)


def forget() -> None:
    """The helper failed a sending: the next one sends every document's tokens."""
    _SENT.update(generation=None, tokens={})


def start_over() -> None:
    """Both sides as when the helper has just been forked: nothing sent, nothing held (in one process: tests)."""
    forget()
    _HELD.update(generation=None, tokens={})


def without_bodies(docs: Sequence[Document], tokens: Mapping[str, object]) -> list[Document]:
    """*docs*, those whose tokens are in *tokens* without their body (which nothing then reads)."""
    return [dataclasses.replace(doc, body="") if doc.body and doc.id in tokens else doc for doc in docs]
