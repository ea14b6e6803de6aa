"""A stage's per-document results kept by the document's digest (vanban.stage_memo): found again for an
unchanged document, made again for a changed one, and the build's warnings are those made without it."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from conftest import ROOT
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.fingerprint import Fingerprinter
from vanban.site import SiteConfig
from vanban.stage_memo import DocumentMemo


def _memo(cache: Path) -> DocumentMemo[str]:
    return DocumentMemo(str(cache), "test", Fingerprinter(), lambda value: isinstance(value, str))


def test_a_result_is_found_for_the_same_document_and_made_for_a_changed_one(tmp_path: Path) -> None:
    doc = load_corpus(ROOT / "content").documents[0]
    first = _memo(tmp_path)
    assert first.get(doc, lambda: "made") == "made" and first.made == 1
    first.save()
    second = _memo(tmp_path)
    assert second.get(doc, lambda: "again") == "made" and second.made == 0
    changed = dataclasses.replace(doc, issuer=doc.issuer + " x")
    assert second.get(changed, lambda: "changed") == "changed" and second.made == 1
    second.save()
    third = _memo(tmp_path)
    assert third.get(changed, lambda: "no") == "changed" and third.made == 0
    third.save()  # the file keeps the documents of the last build only
    assert _memo(tmp_path).get(doc, lambda: "dropped") == "dropped"


def test_a_file_of_another_shape_is_an_empty_memo(tmp_path: Path) -> None:
    doc = load_corpus(ROOT / "content").documents[0]
    memo = DocumentMemo(str(tmp_path), "test", Fingerprinter(), lambda value: isinstance(value, int))
    memo.get(doc, lambda: "a string")
    memo.save()  # read back by a stage that stores ints: not accepted
    assert _memo(tmp_path).get(doc, lambda: "s") == "a string"
    again = DocumentMemo(str(tmp_path), "test", Fingerprinter(), lambda value: isinstance(value, int))
    assert again.get(doc, lambda: 1) == 1 and again.made == 1
    memo.path.write_bytes(b"not a pickle")  # type: ignore[union-attr]
    assert _memo(tmp_path).get(doc, lambda: "read again") == "read again"


def test_an_edit_changes_the_plausibility_warnings_of_a_build_with_the_memo(tmp_path: Path) -> None:
    content, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(ROOT / "content", content)
    config = SiteConfig(cache_dir=str(cache))

    def warnings() -> list[str]:
        built = build_site(load_corpus(content), config, check_only=True)
        return [p.format() for p in built.site.problems]

    cold = warnings()
    assert warnings() == cold  # read back
    edited = content / "van-ban" / "2025" / "300-ldld.md"
    text = edited.read_text("utf-8")
    issuer = next(line for line in text.splitlines() if line.startswith("issuer:"))
    edited.write_text(text.replace(issuer, "issuer: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), "utf-8")
    after = warnings()
    assert after != cold and any("quốc hiệu" in w and "300-ldld" in w for w in after)
    shutil.rmtree(cache)
    assert warnings() == after  # as made without the memo
