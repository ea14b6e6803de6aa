"""Documents' digests kept between builds of one process (mkdocs serve, build-all): reused only for the very
object they were made from, and a serve rebuild keeps an unchanged file's document as that object."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from conftest import ROOT
from vanban.corpus import load_corpus
from vanban.documents import Document
from vanban.fingerprint import Fingerprinter, Lasting

DOC = Document(source="van-ban/a.md", number="12/KH-UBND", type="Kế hoạch", issuer="UBND xã An Bình",
               title="triển khai chuyển đổi số", body="Nội dung.\n", slug="12-kh-ubnd")


def test_a_kept_digest_is_the_digest_and_only_for_its_object() -> None:
    lasting = Lasting(Document)
    lasting.turn()
    first = Fingerprinter(lasting).digest([DOC])
    lasting.turn()
    again = Fingerprinter(lasting)
    assert again.digest([DOC]) == first == Fingerprinter().digest([DOC])
    assert lasting.get(DOC) is not None  # taken from the last build's, kept for the next
    equal_copy = dataclasses.replace(DOC)
    assert lasting.get(equal_copy) is None  # equal is not enough: the same object only
    changed = dataclasses.replace(DOC, title="khác")
    assert Fingerprinter(lasting).digest([changed]) == Fingerprinter().digest([changed]) != first
    lasting.turn()
    lasting.turn()  # a build that did not digest it: let go
    assert lasting.get(DOC) is None


def test_a_serve_rebuild_keeps_an_unchanged_documents_object(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "content", root)
    parsed: dict = {}  # type: ignore[type-arg]
    before = {d.source: d for d in load_corpus(root, parsed=parsed).documents}
    edited = next(s for s in sorted(before) if s.endswith("300-ldld.md"))
    (root / edited).write_text((root / edited).read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    after = {d.source: d for d in load_corpus(root, parsed=parsed).documents}
    assert after.keys() == before.keys()
    assert all(after[s] is before[s] for s in before if s != edited)  # the same objects, slugs and all
    assert after[edited] is not before[edited] and after[edited].slug == before[edited].slug
    fresh = {d.source: d for d in load_corpus(root).documents}
    assert fresh == after  # as a build without the kept parses reads them
