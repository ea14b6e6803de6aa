"""Output files found in the build cache by the digest of their inputs (vanban.site.Keyed, vanban.placing):
the same inputs link the stored file back without making it; any changed input makes it again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import ROOT
from vanban.corpus import load_corpus
from vanban.filestore import FileStore
from vanban.fingerprint import Fingerprinter
from vanban.opendata import basic_record, document_file, document_key
from vanban.placing import place_all
from vanban.site import Keyed
from vanban.verified import forget_verified


def _placed(cache: Path, site: Path, key: str, text: bytes, calls: list[str]) -> bytes:
    def make() -> bytes:
        calls.append(key)
        return text
    store = FileStore(cache)
    place_all(store, str(site), [("a/index.json", Keyed(make, lambda: key))])
    return (site / "a" / "index.json").read_bytes()


def test_a_keyed_output_is_made_once_per_key_and_a_changed_file_in_the_store_is_made_again(tmp_path: Path) -> None:
    cache, calls = tmp_path / "cache", []
    assert _placed(cache, tmp_path / "s1", "k1", b"one", calls) == b"one" and calls == ["k1"]
    assert _placed(cache, tmp_path / "s2", "k1", b"not made", calls) == b"one" and calls == ["k1"]  # linked back
    assert _placed(cache, tmp_path / "s3", "k2", b"two", calls) == b"two" and calls == ["k1", "k2"]  # another key
    (tmp_path / "s2" / "a" / "index.json").write_bytes(b"edited in place")  # the stored entry too (a hard link)
    forget_verified()
    assert _placed(cache, tmp_path / "s4", "k1", b"one", calls) == b"one" and calls == ["k1", "k2", "k1"]


def test_a_documents_key_changes_with_each_input_of_its_file() -> None:
    doc = next(d for d in load_corpus(ROOT / "content").documents if d.held)
    record = basic_record(doc)
    path = f"{doc.url}index.json"
    key = document_key(Fingerprinter(), path, record, doc, None)
    assert key is not None and key == document_key(Fingerprinter(), path, dict(record), doc, None)
    variants = [
        (path + "x", record, doc, None),
        (path, {**record, "title": record["title"] + "."}, doc, None),
        (path, record, dataclasses.replace(doc, body=doc.body + "\nMột câu.\n"), None),
        (path, record, doc, ()),
    ]
    for variant in variants:
        assert document_key(Fingerprinter(), *variant) != key
    # and each of those inputs is read by the file: the same key can only mean the same bytes
    assert document_file(record, doc, None) != document_file(record, dataclasses.replace(doc, body=doc.body + "."), None)
