"""A document pickled (the build cache's parsed front matter) comes back equal, and pickling it keeps
no UTF-8 copy of its text inside the live document's strings (CPython's pickler caches the UTF-8
form of each non-ASCII string it writes; a held document's body lives to the end of the build)."""

from __future__ import annotations

import pickle
import shutil
import sys
from pathlib import Path

from conftest import ROOT
from vanban.cache import loads
from vanban.corpus import load_corpus
from vanban.parse_cache import StoredParses


def test_storing_parsed_documents_keeps_no_second_copy_of_their_text(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    plain = load_corpus(tmp_path / "content")
    sizes = {doc.source: (sys.getsizeof(doc.body), sys.getsizeof(doc.title)) for doc in plain.documents}
    stored = StoredParses(tmp_path / "cache")
    corpus = load_corpus(tmp_path / "content", parsed=stored)
    stored.close()
    assert corpus.documents == plain.documents
    assert any(not doc.body.isascii() for doc in corpus.documents)
    for doc in corpus.documents:  # sys.getsizeof counts a string's cached UTF-8 form
        assert (sys.getsizeof(doc.body), sys.getsizeof(doc.title)) == sizes[doc.source], doc.source


def test_a_document_comes_back_whole_from_a_pickle() -> None:
    doc = load_corpus(ROOT / "content").documents[0]
    doc.id  # noqa: B018 (a cached property, pickled with the fields)
    again = loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == doc and again.__dict__ == doc.__dict__
    assert all(type(v) is not bytes for v in again.__dict__.values())
