"""Front matter kept in the build cache (vanban.parse_cache): a later load of the same bytes reads the
stored document instead of decoding and parsing them, the corpus is the same (its problems too), and an
edited file is read again."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import ROOT
from vanban.cache import DiskCache, content_key, flush_all
from vanban.corpus import load_corpus
from vanban.parse_cache import StoredParses


def _content(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    broken = tmp_path / "content" / "van-ban" / "2025" / "9-kh-ubnd.md"
    broken.write_text("---\nnumber: 9/KH-UBND\ntype: Kế hoạch\ntitle: [chưa đóng\n---\nNội dung.\n", "utf-8")
    return tmp_path / "content"


def test_a_second_load_reads_what_the_first_parsed(tmp_path: Path) -> None:
    content, cache = _content(tmp_path), tmp_path / "cache"
    first = StoredParses(cache)
    cold = load_corpus(content, parsed=first)
    first.close()
    files = len(list(content.rglob("*.md")))
    assert len(DiskCache(cache, "parsed").keys()) == files  # the broken file's result too (no document)
    assert cold.problems and "van-ban/2025/9-kh-ubnd.md" in cold.excluded

    second = StoredParses(cache)
    warm = load_corpus(content, parsed=second)
    assert second.disk.hits == files and second.disk.misses == 0
    second.close()
    assert warm.documents == cold.documents and warm.problems == cold.problems and warm.excluded == cold.excluded
    assert len(DiskCache(cache, "parsed").keys()) == files  # nothing new stored

    edited = content / "van-ban" / "2025" / "300-ldld.md"
    edited.write_text(edited.read_text("utf-8").replace("title:", "title: Đã sửa —", 1), "utf-8")
    third = StoredParses(cache)
    after = load_corpus(content, parsed=third)
    assert third.disk.misses == 1
    assert after.by_source()["van-ban/2025/300-ldld.md"].title.startswith("Đã sửa —")
    assert after.by_source()["van-ban/2025/300-ldld.md"] == load_corpus(content).by_source()["van-ban/2025/300-ldld.md"]


def test_an_entry_of_another_shape_reads_as_missing(tmp_path: Path) -> None:
    content, cache = _content(tmp_path), tmp_path / "cache"
    source = "van-ban/2025/300-ldld.md"
    digest = hashlib.blake2b((content / source).read_bytes(), digest_size=16).digest()
    planted = DiskCache(cache, "parsed")
    planted.put(content_key("parsed-bytes", source, digest.hex()), ("không phải văn bản", ()))
    flush_all()
    stored = StoredParses(cache)
    corpus = load_corpus(content, parsed=stored)
    assert corpus.by_source()[source] == load_corpus(content).by_source()[source]  # parsed, not the planted value


def test_a_stored_entry_keeps_the_old_encoding_warning_and_other_bytes_are_read_again(tmp_path: Path) -> None:
    """The decoding and the legacy-encoding scan are skipped on a hit: their warning comes from the entry,
    in the same place; the same text in other bytes (CRLF line ends, TCVN3 turned to Unicode) is read again."""
    from test_legacy_text import SENTENCES, TCVN3, encode

    content, cache = _content(tmp_path), tmp_path / "cache"
    source = content / "van-ban" / "2025" / "300-ldld.md"
    source.write_text(source.read_text("utf-8") + "\n" + encode(SENTENCES[3], TCVN3) + "\n", "utf-8")
    loads = []
    for _ in range(2):
        stored = StoredParses(cache)
        loads.append(load_corpus(content, parsed=stored))
        stored.close()
    assert any("TCVN3" in p.message for p in loads[0].problems)
    assert loads[1].problems == loads[0].problems and loads[1].documents == loads[0].documents
    source.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    stored = StoredParses(cache)
    crlf = load_corpus(content, parsed=stored)
    assert stored.disk.misses == 1 and crlf.problems == load_corpus(content).problems
    source.write_text(source.read_text("utf-8").replace(encode(SENTENCES[3], TCVN3), SENTENCES[3]), "utf-8")
    stored = StoredParses(cache)
    plain = load_corpus(content, parsed=stored)
    assert stored.disk.misses == 1 and not any("TCVN3" in p.message for p in plain.problems)
    assert plain.by_source()["van-ban/2025/300-ldld.md"] == loads[0].by_source()["van-ban/2025/300-ldld.md"]
