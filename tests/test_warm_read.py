"""The corpus read's string and copy shortcuts (a warm build's one-core start) give what pathlib and
dataclasses.replace give: the references, on every kind of path the shortcut treats apart."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path, PurePosixPath

from vanban.attachments import attachment_folder
from vanban.cache import content_key
from vanban.corpus import _with_slug, load_corpus
from vanban.parse_cache import StoredParses

PARTS = ["a", "b.md", ".md", "x.", "..", ".", "", "c.tar.gz", ".hidden.md", "đ ư.md", "300-ldld.md"]


def _reference(source: str) -> str:
    try:
        return str(PurePosixPath(source).with_suffix(""))
    except ValueError:
        return "error"


def _ours(source: str) -> str:
    try:
        return attachment_folder(source)
    except ValueError:
        return "error"


def test_attachment_folder_is_pathlibs() -> None:
    sources = ["/".join(p) for n in (1, 2, 3) for p in itertools.product(PARTS, repeat=n)]
    sources = [v for s in sources for v in (s, "/" + s, "./" + s, s + "/")]
    assert [_ours(s) for s in sources] == [_reference(s) for s in sources]
    assert attachment_folder("van-ban/2024/22-bc.md") == "van-ban/2024/22-bc"


def _corpus(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "van-ban").mkdir(parents=True)
    for n in (1, 2):
        (content / "van-ban" / f"{n}-kh.md").write_text(
            f'---\nnumber: "{n}/KH-UBND"\ntype: "Kế hoạch"\nissuer: "UBND xã A"\ndate: "2024-03-0{n}"\n'
            f'title: "Kế hoạch {n}"\n---\nNội dung {n}.\n', encoding="utf-8")
    return content


def test_with_slug_is_replace(tmp_path: Path) -> None:
    corpus = load_corpus(_corpus(tmp_path))
    assert len(corpus.documents) == 2, corpus.problems
    doc = corpus.documents[0]
    assert doc.id.endswith("/" + doc.slug)  # a cached property read before the move (the lenient build reads it)
    moved, reference = _with_slug(doc, "moi"), dataclasses.replace(doc, slug="moi")
    assert moved == reference and moved.slug == "moi" and type(moved) is type(reference)
    assert moved.id == reference.id and moved.id.endswith("/moi")  # made again of the new slug, not copied
    assert all(getattr(moved, f.name) is getattr(reference, f.name) for f in dataclasses.fields(doc) if f.name != "slug")
    assert _with_slug(doc, doc.slug) is doc


def test_stored_parses_name_each_entry_once(tmp_path: Path) -> None:
    content = _corpus(tmp_path)
    store = StoredParses(tmp_path / "cache")
    first = load_corpus(content, parsed=store)
    store.close()
    key = next(iter(store._names))
    assert store._names[key] == content_key("parsed-bytes", key[0], key[1].hex())
    again = StoredParses(tmp_path / "cache")
    assert load_corpus(content, parsed=again).documents == first.documents
    assert again.found == store.found  # every entry found by the names the first build stored them under


def test_a_verified_entry_is_sealed_exactly() -> None:
    """The record of verified store entries (vanban.verified) keeps (inode, size, time) as one int: equal
    exactly when the three are, and read back as they were, a number outside 64 bits included."""
    from vanban.verified import seal, unsealed

    seen = (2867626, 26565, 1796602962517131871)
    assert unsealed(seal(*seen)) == seen and type(seal(*seen)) is int
    others = [(2867627, 26565, 1796602962517131871), (2867626, 26566, 1796602962517131871),
              (2867626, 26565, 1796602962517131872), (26565, 2867626, 1796602962517131871)]
    assert all(seal(*other) != seal(*seen) for other in others)
    assert seal(1, 2, -5) == (1, 2, -5) and unsealed(seal(1, 2, -5)) == (1, 2, -5)  # a time before 1970
    assert unsealed(seal(2**64 - 1, 0, 2**64 - 1)) == (2**64 - 1, 0, 2**64 - 1)
