"""What a build no longer holds in memory (issue 17, peak RSS), each with the same output as before: search
files that stay in the build cache's store, the record of verified entries kept once, the data of pages this
process does not render let go."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mkdocs.structure.files import File, Files, InclusionLevel

from vanban.filestore import FileStore, digest, store_file
from vanban.mkdocs.pages import let_go_of_unrendered
from vanban.placing import place_all
from vanban.search import stored
from vanban.search.bundle import SearchBundle
from vanban.site import PageSpec, StoredFile, file_bytes
from vanban.verified import RECORD, VERIFIED, forget_verified, load_record, save_record


def test_a_childs_search_files_go_through_the_store_and_are_found_there(tmp_path: Path) -> None:
    """The forked child's bundle comes back as names of stored files; linked into the site, they are the
    bytes a bundle of bytes gave ("<" escaped in JSON as ``SiteModel.add_output`` writes it), and the next
    build finds them by the names ``keep`` recorded, without reading them."""
    forget_verified()
    cache = str(tmp_path / "cache")
    made = SearchBundle(index={"count": 1}, files={"s/i.json": b'{"t":"<b>"}', "s/b0.bin": b"\x00\x01"},
                        index_path="s/i.json")
    bundle = stored.into_store(lambda: made, cache)
    assert bundle.files == {} and set(bundle.stored) == set(made.files)
    for path, data in made.files.items():
        assert bundle.stored[path]() == file_bytes(path, data)
    stored.keep(cache, "k", bundle)
    store = FileStore(Path(cache))
    place_all(store, str(tmp_path / "site"), list(bundle.stored.items()))
    placed = tmp_path / "site" / "s" / "i.json"
    assert placed.read_bytes() == b'{"t":"\\u003cb>"}' and store.linked == 2
    assert os.path.samefile(placed, f"{bundle.stored['s/i.json'].folder}/{bundle.stored['s/i.json'].name}")
    found = stored.find(cache, "k")
    assert found is not None and found.files == {} and found.index == made.index
    assert {p: f.name for p, f in found.stored.items()} == {p: f.name for p, f in bundle.stored.items()}
    # kept from bytes (the parent made them: no child, or it failed), the same names
    stored.keep(cache, "k2", made)
    again = stored.find(cache, "k2")
    assert again is not None and {p: f.name for p, f in again.stored.items()} == {
        p: f.name for p, f in bundle.stored.items()}
    forget_verified()


def test_a_stored_file_changed_is_not_linked(tmp_path: Path) -> None:
    forget_verified()
    made = store_file(str(tmp_path / "cache"), b"abc")
    entry = Path(made.folder) / made.name
    entry.unlink()
    entry.write_bytes(b"abd")  # changed in place (through a site's link)
    assert FileStore(tmp_path / "cache").holds(made.name) is None
    with pytest.raises(OSError):
        StoredFile(made.folder, made.name)()
    forget_verified()


def test_the_record_merges_another_processs_entries_and_is_not_written_for_nothing(tmp_path: Path) -> None:
    forget_verified()
    store = FileStore(tmp_path / "cache")
    place_all(store, str(tmp_path / "site"), [("a.txt", b"a"), ("b.txt", b"b")])
    generation = str(store.generation)
    record = Path(generation) / RECORD
    save_record(generation)
    written = json.loads(record.read_text())
    assert sorted(written) == sorted("site-files/" + digest(d) for d in (b"a", b"b"))
    before = record.stat().st_mtime_ns
    save_record(generation)  # nothing verified since: not written again
    assert record.stat().st_mtime_ns == before
    # another process (a render worker) adds its entry to the file; this one verifies one more
    record.write_text(json.dumps({**written, "site-files/" + "0" * 40: [1, 2, 3]}))
    place_all(store, str(tmp_path / "site"), [("c.txt", b"c")])
    save_record(generation)
    merged = json.loads(record.read_text())
    assert set(merged) == {*written, "site-files/" + "0" * 40, "site-files/" + digest(b"c")}
    forget_verified()
    load_record(generation)  # a new process reads every entry back
    assert sum(path.startswith(generation + "/") for path in VERIFIED) == 4
    forget_verified()


def test_pages_not_rendered_here_let_go_of_their_data(tmp_path: Path) -> None:
    files = Files([File(f"{name}/index.md", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
                   for name in ("a", "b")])
    specs = {f.src_uri: PageSpec(path=f.src_uri[:-8], template="t.html", title="T", data={"x": 1}) for f in files}
    files.get_file_from_path("a/index.md").inclusion = InclusionLevel.EXCLUDED  # type: ignore[union-attr]
    let_go_of_unrendered(files, specs)
    assert specs["a/index.md"].data == {} and specs["b/index.md"].data == {"x": 1}


def test_a_few_entries_are_appended_to_the_record_and_read_back(tmp_path: Path) -> None:
    forget_verified()
    store = FileStore(tmp_path / "cache")
    place_all(store, str(tmp_path / "site"), [(f"{n}.txt", b"%d" % n) for n in range(8)])
    generation = str(store.generation)
    record = Path(generation) / RECORD
    save_record(generation)
    whole = record.read_bytes()
    assert b"\n" not in whole and len(json.loads(whole)) == 8
    place_all(store, str(tmp_path / "site"), [("new.txt", b"new")])  # an edit build's one new entry
    save_record(generation)
    first, added = record.read_bytes().split(b"\n")
    assert first == whole and list(json.loads(added)) == ["site-files/" + digest(b"new")]
    with record.open("ab") as handle:
        handle.write(b'\n{"site-files/' + b"1" * 40 + b'":[1,2')  # a line another process's append left cut
    forget_verified()
    load_record(generation)  # a new process: every entry, the appended one too; the cut line skipped
    assert sorted(p[len(generation) + 1:] for p in VERIFIED) == sorted(
        "site-files/" + digest(d) for d in [b"%d" % n for n in range(8)] + [b"new"])
    place_all(store, str(tmp_path / "site2"), [(f"more{n}.txt", b"m%d" % n) for n in range(4)])
    save_record(generation)  # more than a quarter appended in all: written whole again, the cut line gone
    assert b"\n" not in record.read_bytes() and len(json.loads(record.read_bytes())) == 13
    forget_verified()
