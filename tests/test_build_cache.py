"""The on-disk build cache never changes what is published: a warm build is byte-identical to a cold one."""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, portal_project, run_mkdocs
from vanban import regex_cache
from vanban.cache import PRUNED, DiskCache
from vanban.mkdocs.theme_listing import FILE as THEME_FILES
from vanban.search.frames import MAGIC, REUSE_FILE
from vanban.verified import RECORD

pytestmark = pytest.mark.build


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def demo_project(tmp_path: Path) -> Path:
    """A portal project under *tmp_path*/p holding the demo's content (its cache goes beside mkdocs.yml)."""
    (tmp_path / "p").mkdir()
    project = portal_project(tmp_path / "p")
    shutil.copytree(ROOT / "content", project / "content")
    return project


def entries(cache: Path, namespace: str) -> set[str]:
    """The keys stored in one namespace of the build cache."""
    return DiskCache(cache, namespace).keys()


def linked(cache: Path, folder: str) -> list[Path]:
    """The files kept to be linked into sites (``site-pages``, ``site-files``: see vanban.filestore)."""
    return [p for p in cache.glob(f"*/{folder}/*") if p.is_file()]


def test_warm_build_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    cold = run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict")
    assert cold.returncode == 0, cold.stderr
    cache = project / ".cache" / "vanban"
    analyses = entries(cache, "analysis")
    assert len(analyses) == len(list((project / "content").rglob("*.md")))  # one analysis per document
    assert len(entries(cache, "parsed")) == len(analyses)  # and its front matter, parsed (vanban.parse_cache)
    # one HTML per page, and each document's index.json by the key of its inputs (vanban.site.Keyed)
    documents_json = [p for p in (tmp_path / "cold").rglob("index.json") if (p.parent / "index.html").is_file()]
    assert len(linked(cache, "site-pages")) == len(html_pages(tmp_path / "cold")) + len(documents_json)
    assert {p.stat().st_ino for p in linked(cache, "site-files")} <= {p.stat().st_ino for p in (tmp_path / "cold").rglob("*")}
    stored = sorted(p for p in cache.rglob("*") if p.is_file())
    own = [p for p in stored if p.parent.name not in ("site-pages", "site-files")]  # not links into the site
    # one record, one mark, one search files' encoding (vanban.search.frames.REUSE_FILE), the programs of
    # the patterns compiled at import (vanban.regex_cache), the plausibility warnings and the tracking by
    # document (vanban.stage_memo) per generation
    marks = {p.name for p in own if p.parent.parent == cache}
    assert RECORD in marks and marks <= {RECORD, PRUNED, REUSE_FILE, regex_cache.file_name(), "memo-plausibility.pickle",
                                         "memo-tracking.pickle", THEME_FILES}
    own = [p for p in own if p.name not in marks]
    # a pack per namespace (analysis, parsed, tokens, events, unit-events, templates) and process, not a file per entry
    assert all(p.suffix == ".pack" for p in own) and len(own) <= 7
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "warm", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    # nothing new written (but the mark of the entries' first walk: vanban.cache.prune)
    assert sorted(p for p in cache.rglob("*") if p.is_file() and p.name != PRUNED) == stored

    # Without a cache at all, the same bytes again.
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    off = run_mkdocs(project / "mkdocs.yml", tmp_path / "off", "--strict")
    assert off.returncode == 0, off.stderr
    assert tree(tmp_path / "off") == tree(tmp_path / "cold")


def test_edited_document_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "first").returncode == 0
    source = next(p for p in sorted((project / "content" / "van-ban").rglob("*.md")))
    text = source.read_text(encoding="utf-8")
    source.write_text(text + "\nBáo cáo kết quả trước ngày 15/6/2031.\n", encoding="utf-8")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "second").returncode == 0
    calendar = (tmp_path / "second" / "lich.ics").read_text(encoding="utf-8")
    assert "20310615" in calendar
    assert "20310615" not in (tmp_path / "first" / "lich.ics").read_text(encoding="utf-8")


def kept_pages(stderr: str) -> int:
    """How many pages a build kept from the cache, as it reports it (0 when it says nothing)."""
    found = re.search(r"(\d+) trang không đổi", stderr)
    return int(found.group(1)) if found else 0


def html_pages(site: Path) -> list[str]:
    return [p for p in tree(site) if p.endswith(".html") and p != "404.html"]


def test_unchanged_pages_are_kept_not_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    cold = run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict")
    assert cold.returncode == 0, cold.stderr
    assert kept_pages(cold.stderr) == 0
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "warm", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert kept_pages(warm.stderr) == len(html_pages(tmp_path / "cold"))  # every page, none rendered
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")

    # A change to a template is a change to every page: nothing is kept.
    main = project / "theme_overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "\n<!-- đổi mẫu -->\n", encoding="utf-8")
    changed = run_mkdocs(project / "mkdocs.yml", tmp_path / "changed", "--strict")
    assert changed.returncode == 0, changed.stderr
    assert kept_pages(changed.stderr) == 0


def test_an_edit_changes_its_page_and_every_page_that_shows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never a stale page: after a title edit the document's own page, the listings and the pages of
    the documents that cite it show the new title, and the warm build equals a build without any cache."""
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    before = tree(tmp_path / "before")
    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    old = "tuyên truyền Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"
    new = "tuyên truyền về khoa học, công nghệ (trích yếu đã sửa)"
    text = source.read_text(encoding="utf-8")
    assert f'title: "{old}"' in text
    source.write_text(text.replace(f'title: "{old}"', f'title: "{new}"'), encoding="utf-8")
    shown = [old.encode(), (old[0].upper() + old[1:]).encode()]  # as written, and as lists show a trích yếu
    showing = [p for p in html_pages(tmp_path / "before")  # the pages that show it (and link to it)
               if any(s in before[p] for s in shown) and b"300-ldld/" in before[p]]
    assert {"van-ban/2025/300-ldld/index.html", "van-ban/index.html", "van-ban/2024/57-nq-tw/index.html"} <= set(showing)

    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "after", "--strict")
    assert warm.returncode == 0, warm.stderr
    after = tree(tmp_path / "after")
    for page in showing:
        assert "(trích yếu đã sửa)".encode() in after[page], page
    assert after["van-ban/2025/300-ldld/index.html"].count("(trích yếu đã sửa)".encode()) >= 2  # title and heading
    assert 0 < kept_pages(warm.stderr) < len(html_pages(tmp_path / "after")) - len(showing) + 1

    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    fresh = run_mkdocs(project / "mkdocs.yml", tmp_path / "fresh", "--strict")
    assert fresh.returncode == 0, fresh.stderr
    assert after == tree(tmp_path / "fresh")


def test_the_cache_is_on_by_default_beside_mkdocs_yml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VANBAN_CACHE_DIR", raising=False)
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "first").returncode == 0
    assert all(entries(project / ".cache" / "vanban", namespace) for namespace in ("analysis", "events"))
    assert all(linked(project / ".cache" / "vanban", folder) for folder in ("site-pages", "site-files"))
    second = run_mkdocs(project / "mkdocs.yml", tmp_path / "second")
    assert kept_pages(second.stderr) == len(html_pages(tmp_path / "first"))
    assert tree(tmp_path / "second") == tree(tmp_path / "first")


def test_a_body_edit_gives_the_site_a_cold_build_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After one document's body changes (a new deadline: its page, the calendar, tracking, search),
    the warm build equals a cold build of the edited corpus, byte for byte."""
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nBáo cáo kết quả chuyển đổi số trước ngày 15/6/2031.\n",
                      encoding="utf-8")
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "after", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert 0 < kept_pages(warm.stderr) < len(html_pages(tmp_path / "before"))
    after = tree(tmp_path / "after")
    assert b"20310615" in after["lich.ics"]
    assert after != tree(tmp_path / "before")
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert after == tree(tmp_path / "cold")


def test_an_edit_that_adds_a_citation_changes_the_cited_documents_page_and_files(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A new citation in one body changes another document: its page (the citing document in its
    panels) and its index.json, which a warm build into an empty site folder places from a forked
    child (vanban.folders); the site equals a build without any cache, byte for byte."""
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    before = tree(tmp_path / "before")
    cited = "van-ban/2025/300-ldld/"
    citing = project / "content" / "van-ban" / "2025" / "ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07.md"
    slug = citing.stem  # its address (the file has no number)
    assert f"van-ban/2025/{slug}/" in {d["url"] for d in json.loads(before["data/documents.json"])["documents"]}
    assert slug.encode() not in before[cited + "index.html"]
    citing.write_text(citing.read_text(encoding="utf-8") + "\nThực hiện Công văn số 300/LĐLĐ của Ban Thường vụ Liên đoàn "
                      "Lao động huyện DMC, phối hợp tuyên truyền trong đoàn viên.\n", encoding="utf-8")
    warm = run_mkdocs(project / "mkdocs.yml", tmp_path / "after", "--strict")
    assert warm.returncode == 0, warm.stderr
    assert kept_pages(warm.stderr) > 0
    after = tree(tmp_path / "after")
    assert slug.encode() in after[cited + "index.html"]  # the cited document's panels show the citing one
    assert after[cited + "index.json"] != before[cited + "index.json"]
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert after == tree(tmp_path / "cold")


def test_search_files_made_again_start_from_the_last_builds_encoding(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A build with a cache leaves its search files' encoding there (vanban.search.reuse.Streamed), and the
    next one that makes them again after an edit starts from it: the site equals a cold build's, and a file
    there that is not whole, or is not what vanban writes, is ignored and replaced, never a failure."""
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    [kept] = (project / ".cache" / "vanban").glob(f"*/{REUSE_FILE}")
    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    wrong = pickle.dumps([("m", "a", b"k", "not bytes", {}, -1)])
    # Not whole, then of the wrong kinds (both ignored and replaced), then the last build's own (used).
    for k, planted in enumerate([b"not a pickle", MAGIC + len(wrong).to_bytes(8, "big") + wrong, None]):
        last = kept.read_bytes()
        if planted is not None:
            kept.write_bytes(planted)
        source.write_text(source.read_text(encoding="utf-8") + f"\nBáo cáo kết quả lần {k} trước ngày 15/6/2031.\n",
                          encoding="utf-8")
        warm = run_mkdocs(project / "mkdocs.yml", tmp_path / f"after{k}", "--strict")
        assert warm.returncode == 0, warm.stderr
        assert kept.read_bytes() not in (last, planted)  # this build's encoding, for the next
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert tree(tmp_path / "after2") == tree(tmp_path / "cold")


def test_site_files_rewritten_in_place_do_not_reach_the_next_build(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm build links its files from the cache; a site file edited in place (which edits the cached
    copy too) is noticed and written anew, never published again."""
    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    cold = tree(tmp_path / "cold")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "warm", "--strict").returncode == 0
    page, data = tmp_path / "warm" / "van-ban" / "index.html", tmp_path / "warm" / "data" / "documents.json"
    assert page.stat().st_nlink > 1 and data.stat().st_nlink > 1  # linked, not written again
    for changed in (page, data):
        with changed.open("r+b") as handle:  # in place, as an editor keeping hard links does
            handle.write(b"<!-- sua tay -->")
    again = run_mkdocs(project / "mkdocs.yml", tmp_path / "again", "--strict")
    assert again.returncode == 0, again.stderr
    assert tree(tmp_path / "again") == cold
    assert kept_pages(again.stderr) == len(html_pages(tmp_path / "cold")) - 1


def test_search_files_of_unchanged_documents_come_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vanban.search.page as search_page
    from portal_fixture import SITE_URL, portal_config
    from vanban.build import build_site
    from vanban.corpus import load_corpus
    from vanban.filestore import FileStore
    from vanban.placing import place_all
    from vanban.site import SiteConfig

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache = tmp_path / "cache"
    config = SiteConfig(site_url=SITE_URL, portal=portal_config(), cache_dir=str(cache))
    made: list[int] = []
    build_bundle = search_page.build_bundle
    monkeypatch.setattr(search_page, "build_bundle", lambda *a, **k: made.append(1) or build_bundle(*a, **k))

    def search_files(site_dir: Path) -> dict[str, bytes]:
        """A build's search files (placed through the file store, as the adapter does), and the search page's address of them."""
        built = build_site(load_corpus(content), config)
        outputs = {p: d for p, d in built.site.outputs.items() if p.startswith("assets/vanban/search/")}
        place_all(FileStore(cache), str(site_dir), outputs.items())
        assert built.site.pages["tim-kiem/"].data["index_url"] in outputs
        return outputs

    cold = search_files(tmp_path / "cold")
    assert len(made) == 1 and cold
    assert search_files(tmp_path / "warm") == cold and len(made) == 1  # found, not made again
    stored = next(p for p in (cache).glob("*/site-files/*") if p.read_bytes() == next(iter(cold.values())))
    stored.unlink()
    stored.write_bytes(b"{}")  # a stored file changed: the entry is not used
    assert search_files(tmp_path / "third") == cold and len(made) == 2
    source = next(p for p in sorted((content / "van-ban").rglob("*.md")))
    source.write_text(source.read_text(encoding="utf-8") + "\nMột câu mới về chuyển đổi số.\n", encoding="utf-8")
    edited = search_files(tmp_path / "edited")
    assert len(made) == 3 and edited != cold


def test_serve_places_an_unchanged_output_again_without_the_store_and_notices_an_edit_in_place(tmp_path: Path) -> None:
    """mkdocs serve (FileStore remember=True): the same bytes at a path whose file is untouched since the
    last rebuild are left as they are; a file rewritten in place there is replaced with the right bytes."""
    from vanban.filestore import FileStore
    from vanban.placing import place_all

    site = tmp_path / "site"
    first = FileStore(tmp_path / "cache", remember=True)
    place_all(first, str(site), [("data/a.json", b'{"a": 1}'), ("b.txt", b"b")])
    target = site / "data" / "a.json"
    inode = target.stat().st_ino
    shutil.rmtree(tmp_path / "cache")  # the store is gone: only the remembered files can be kept
    again = FileStore(tmp_path / "cache", remember=True)
    place_all(again, str(site), [("data/a.json", b'{"a": 1}'), ("b.txt", b"b2")])
    assert again.linked == 1 and target.stat().st_ino == inode
    assert (site / "b.txt").read_bytes() == b"b2"
    with target.open("r+b") as handle:  # in place (the store's entry, linked to it, changes too)
        handle.write(b'{"x"')
    third = FileStore(tmp_path / "cache", remember=True)
    place_all(third, str(site), [("data/a.json", b'{"a": 1}'), ("b.txt", b"b2")])
    assert target.read_bytes() == b'{"a": 1}' and (site / "b.txt").read_bytes() == b"b2"
    plain = FileStore(tmp_path / "cache2")  # a build (not serve) remembers nothing: it uses the store
    place_all(plain, str(tmp_path / "other"), [("data/a.json", b'{"a": 1}')])
    assert plain.linked == 0 and (tmp_path / "other" / "data" / "a.json").read_bytes() == b'{"a": 1}'



def test_serve_leaves_a_kept_page_in_place_and_replaces_one_changed_since(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve: a stored page restored (or kept) by the last rebuild at a path whose file is untouched
    is left alone, no folder made and no link tried; one rewritten in place, or removed, is put back."""
    import os

    from vanban import filestore
    from vanban.filestore import FileStore

    site = tmp_path / "site"
    rendered = site / "a" / "index.html"
    rendered.parent.mkdir(parents=True)
    rendered.write_bytes(b"<p>a</p>")
    first = FileStore(tmp_path / "cache", remember=True)
    first.keep_page("ka", str(rendered))  # rendered by MkDocs in the first rebuild, kept
    entry = first.page("ka")
    assert entry is not None
    first.restore(entry, str(site / "b" / "index.html"))
    calls: list[str] = []
    real_link, real_makedirs = os.link, os.makedirs
    monkeypatch.setattr(filestore.os, "link", lambda *a, **k: (calls.append("link"), real_link(*a, **k))[1])
    monkeypatch.setattr(filestore.os, "makedirs", lambda *a, **k: (calls.append("makedirs"), real_makedirs(*a, **k))[1])
    again = FileStore(tmp_path / "cache", remember=True)
    again.restore(entry, str(rendered))
    again.restore(entry, str(site / "b" / "index.html"))
    assert calls == [] and again.linked == 2
    (site / "b" / "index.html").unlink()
    with rendered.open("r+b") as handle:  # in place: the store's entry changes too
        handle.write(b"<i>")
    third = FileStore(tmp_path / "cache", remember=True)
    third.restore(entry, str(rendered))
    third.restore(entry, str(site / "b" / "index.html"))
    assert "link" in calls and (site / "b" / "index.html").is_file()
    plain = FileStore(tmp_path / "cache")  # a build remembers nothing
    calls.clear()
    plain.restore(entry, str(site / "b" / "index.html"))
    assert calls == ["makedirs", "link"]

def test_entries_verified_by_one_build_are_not_read_by_the_next(tmp_path: Path) -> None:
    """The store's record (vanban.verified.RECORD): a new process links the entries an earlier one
    verified without reading them; an entry rewritten in place since (through a site's hard link) is
    read, found changed and not used."""
    from vanban.filestore import FileStore
    from vanban.placing import place_all
    from vanban.verified import forget_verified

    outputs = [("data/a.json", b'{"a": 1}'), ("b.txt", b"b")]
    first = FileStore(tmp_path / "cache")
    place_all(first, str(tmp_path / "one"), outputs)
    first.touch()
    forget_verified()  # a new process
    second = FileStore(tmp_path / "cache")
    place_all(second, str(tmp_path / "two"), outputs)
    assert second.linked == 2 and second.checked == 0  # linked, not one entry read
    with (tmp_path / "two" / "b.txt").open("r+b") as handle:  # in place: the entry changes too
        handle.write(b"x")
    second.touch()
    forget_verified()
    third = FileStore(tmp_path / "cache")
    place_all(third, str(tmp_path / "three"), outputs)
    assert third.checked == 1 and third.linked == 1  # the changed entry only, read and refused
    assert (tmp_path / "three" / "b.txt").read_bytes() == b"b"
    forget_verified()


def test_serve_records_what_it_verified_when_it_stops(tmp_path: Path) -> None:
    """mkdocs serve's rebuilds (touch(record=False)) leave the record alone, a file of every entry
    rewritten at each save; the plugin's on_shutdown writes it once (save_records)."""
    from vanban.filestore import FileStore, digest
    from vanban.placing import place_all
    from vanban.verified import RECORD, forget_verified, save_records

    forget_verified()
    store = FileStore(tmp_path / "cache", remember=True)
    place_all(store, str(tmp_path / "site"), [("a.txt", b"a")])
    store.touch(record=False)
    assert not (store.generation / RECORD).exists()
    save_records()
    assert list(json.loads((store.generation / RECORD).read_text())) == ["site-files/" + digest(b"a")]
    forget_verified()


def test_an_edit_writes_its_page_before_the_search_files_are_finished(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The search files of an edited corpus (made in the background) are waited for when their page is
    rendered, last, not before MkDocs renders anything: the edited document's page is already written
    then (a serve rebuild shows the edit that much sooner). The site still equals a cold build's."""
    import gc

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from vanban.search.page import PendingSearch

    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = demo_project(tmp_path)
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "before", "--strict").returncode == 0
    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    marker = "Một câu mới về chuyển đổi số."
    source.write_text(source.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    page = tmp_path / "after" / "van-ban" / "2025" / "300-ldld" / "index.html"
    written: list[bool] = []
    finish = PendingSearch.finish
    monkeypatch.setattr(PendingSearch, "finish",
                        lambda self: written.append(page.is_file() and marker.encode() in page.read_bytes()) or finish(self))
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "after"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        gc.unfreeze()  # a build's end exempts its objects from collection (vanban.build.spare_collections)
    assert written and written[0]
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert tree(tmp_path / "after") == tree(tmp_path / "cold")


def test_search_tokens_stay_in_the_cache_until_the_search_files_need_them(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A build reads each analysis back without its search tokens (most of its bytes): a warm build whose
    search files are found reads none; files made again read them from the cache and equal files made
    from tokens counted anew. mkdocs serve and build-all (a cache in memory) keep them with the analysis."""
    from vanban.analysis import TOKENS, analyse_corpus
    from vanban.corpus import load_corpus
    from vanban.search.bundle import build_bundle
    from vanban.search.page import with_stored_tokens
    from vanban.search.results import newest_first

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cache = str(tmp_path / "cache")
    held = [d for d in load_corpus(content).documents if d.held]
    cold = analyse_corpus(held, cache_dir=cache)
    assert all(a.tokens for a in cold.by_id.values()) and cold.stored == ()
    assert entries(tmp_path / "cache", TOKENS) == entries(tmp_path / "cache", "analysis")
    reads: list[str] = []
    get = DiskCache.get
    monkeypatch.setattr(DiskCache, "get", lambda self, key: reads.append(self.folder.name) or get(self, key))
    warm = analyse_corpus(held, cache_dir=cache)
    assert TOKENS not in reads and reads.count("analysis") == len(held)
    assert all(a.tokens is None for a in warm.by_id.values()) and warm.stored == tuple(held)
    assert {k: dataclasses.replace(a, tokens=None) for k, a in cold.by_id.items()} == dict(warm.by_id)
    ordered = newest_first(held)
    made = with_stored_tokens(ordered, {}, warm.stored, warm.tasks, cache)
    assert reads.count(TOKENS) == len(held)
    assert made.files == build_bundle(ordered).files
    # Named by their disk keys, the rows are read once more (the file left above named none), then, the
    # postings taken from the file the last bundle left, none at all (vanban.search.rows).
    for expected in (len(held), 0):
        reads.clear()
        assert with_stored_tokens(ordered, {}, warm.stored, warm.tasks, cache, keys=warm.disk_keys).files == made.files
        assert reads.count(TOKENS) == expected
    kept = analyse_corpus(held, {}, cache_dir=cache)  # serve's memory cache: tokens read with the analysis
    assert kept.stored == () and {k: a.tokens for k, a in kept.by_id.items()} == {k: a.tokens for k, a in cold.by_id.items()}


def test_a_build_over_an_earlier_ones_folder_keeps_it_and_equals_a_cold_build(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A build into the site folder an earlier build left brings it up to date instead of emptying it
    (vanban.mkdocs.serve.keep_site): after an edit, a stray file and a page rewritten in place, it
    holds exactly what a cold build of the edited corpus makes, its hidden entries stay (as MkDocs'
    emptying leaves them), an unchanged page is the same file, and no stored entry was written through."""
    from vanban.filestore import digest

    monkeypatch.setenv("VANBAN_CACHE_DIR", ".cache/vanban")
    project = demo_project(tmp_path)
    site = tmp_path / "site"
    assert run_mkdocs(project / "mkdocs.yml", site, "--strict").returncode == 0
    unchanged = site / "gioi-thieu" / "index.html"
    inode, folder = unchanged.stat().st_ino, (site / "van-ban").stat().st_ino
    (site / "stray.txt").write_text("không thuộc trang")
    (site / "thu-muc-la").mkdir()
    (site / "thu-muc-la" / "a.txt").write_text("a")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    edited_page = site / "van-ban" / "2025" / "300-ldld" / "index.html"
    assert edited_page.stat().st_nlink > 1  # a link into the build cache: MkDocs must not write through it
    source = project / "content" / "van-ban" / "2025" / "300-ldld.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nBáo cáo kết quả chuyển đổi số trước ngày 15/6/2031.\n",
                      encoding="utf-8")
    again = run_mkdocs(project / "mkdocs.yml", site, "--strict")
    assert again.returncode == 0, again.stderr
    assert unchanged.stat().st_ino == inode and (site / "van-ban").stat().st_ino == folder  # not emptied, made again
    assert (site / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    after = {path: data for path, data in tree(site).items() if not path.startswith(".git/")}
    monkeypatch.setenv("VANBAN_CACHE_DIR", "")
    assert run_mkdocs(project / "mkdocs.yml", tmp_path / "cold", "--strict").returncode == 0
    assert after == tree(tmp_path / "cold")
    for entry in linked(project / ".cache" / "vanban", "site-pages"):  # <key>.<digest of its bytes>
        assert digest(entry.read_bytes()) == entry.name.partition(".")[2]
    for entry in linked(project / ".cache" / "vanban", "site-files"):
        assert digest(entry.read_bytes()) == entry.name
