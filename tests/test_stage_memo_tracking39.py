"""A document's tracking kept from the last build (vanban.tracking.pages.compute with the build's fingerprinter
and a cache, vanban.stage_memo): made again exactly when it, a document fulfilling it, the settings or the day
changed, and always equal to the tracking made without the memo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from vanban import pages, relations
from vanban.analysis import analyse_corpus
from vanban.corpus import load_corpus
from vanban.documents import Document
from vanban.fingerprint import Fingerprinter
from vanban.site import SiteConfig, SiteModel
from vanban.stage_memo import DocumentMemo
from vanban.tracking import pages as tracking
from vanban.tracking import status
from vanban.tracking.config import TrackingSettings, parse_settings
from vanban.tracking.status import Tracking


def _settings(**changed: Any) -> TrackingSettings:
    """The demo portal's units and reporting calendar (mkdocs.yml), on a fixed day."""
    class Loader(yaml.SafeLoader):  # MkDocs' own tags (!!python/name: …) read as nothing
        pass
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)  # a SafeLoader
    options = next(p["vanban"] for p in config["plugins"] if isinstance(p, dict) and "vanban" in p)
    settings = parse_settings({k: options[k] for k in ("units", "successors", "reporting", "units_ignore")
                               if k in options})
    return dataclasses.replace(settings, **{"as_of": dt.date(2026, 3, 1), **changed})


def _tracked(docs: list[Document], settings: TrackingSettings, cache: Path | None,
             calls: list[str]) -> Tracking:
    config = SiteConfig(cache_dir=str(cache) if cache else "", tracking=settings)
    site = SiteModel(config=config, corpus=load_corpus(ROOT / "content"), documents={d.id: d for d in docs})
    pages.contribute(site)
    fingerprinter = Fingerprinter()
    analyses = analyse_corpus(docs, None, config.cache_dir, fingerprinter=fingerprinter)
    linked = relations.contribute(site, analyses, relations.resolve(site, analyses))
    return tracking.compute(site, settings, analyses, linked.graph, fingerprinter if cache else None).tracking


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents tracked (made, not found) by each compute."""
    made: list[str] = []
    document = status.Tracker.document

    def counted(self: status.Tracker, doc: Document, *args: Any, **kwargs: Any) -> Any:
        made.append(doc.id)
        return document(self, doc, *args, **kwargs)
    monkeypatch.setattr(status.Tracker, "document", counted)
    return made


def test_tracking_is_kept_until_a_document_its_fulfillers_the_settings_or_the_day_change(
        tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    docs = list(load_corpus(ROOT / "content").documents)
    settings = _settings()
    cold = _tracked(docs, settings, None, calls)
    held = len(calls)
    assert held >= 3 and cold.documents
    calls.clear()
    assert _tracked(docs, settings, tmp_path, calls) == cold and len(calls) == held  # stored
    calls.clear()
    assert _tracked(docs, settings, tmp_path, calls) == cold and calls == []  # read back, none made
    # A document fulfilling another (the graph's implementers and reports): that one is made again, nothing else.
    target, extra = sorted(cold.documents)[0], next(d for d in docs if d.id != sorted(cold.documents)[0])
    track = tracking.track

    def with_fulfiller(held: list[Document], deadlines: Any, fulfilling: Any, *args: Any) -> Any:
        also = next(d for d in held if d.id == extra.id)  # as this build holds it
        return track(held, deadlines, lambda doc_id: [*fulfilling(doc_id), also] if doc_id == target
                     else fulfilling(doc_id), *args)
    monkeypatch.setattr(tracking, "track", with_fulfiller)
    calls.clear()
    assert _tracked(docs, settings, tmp_path, calls) == _tracked(docs, settings, None, []) and calls[0] == target
    assert len(calls) == 1 + held  # one made again, then every one without the memo
    edited = [dataclasses.replace(d, title=d.title + " (sửa)") if d.id == extra.id else d for d in docs]
    calls.clear()
    assert _tracked(edited, settings, tmp_path, calls) == _tracked(edited, settings, None, [])
    assert set(calls[:-held]) == {target, extra.id} and extra.held  # the edited one and the one it fulfils
    # The day and the settings are part of every document's key.
    for changed in (_settings(as_of=dt.date(2031, 1, 1)), _settings(units=settings.units[:-1])):
        calls.clear()
        kept = _tracked(edited, changed, tmp_path, calls)
        assert len(calls) == held and kept == _tracked(edited, changed, None, [])
    assert _settings(as_of=dt.date(2031, 1, 1)) != settings and settings.units


def test_a_memo_key_holds_what_else_the_result_reads(tmp_path: Path) -> None:
    doc = load_corpus(ROOT / "content").documents[0]
    memo: DocumentMemo[str] = DocumentMemo(str(tmp_path), "t", Fingerprinter(), lambda v: isinstance(v, str))
    assert memo.get(doc, lambda: "a", also=(b"x", 1)) == "a"
    assert memo.get(doc, lambda: "b", also=(b"x", 2)) == "b"
    assert memo.get(doc, lambda: "c", also=(b"x", 1)) == "a"
    assert memo.get(doc, lambda: "d") == "d" and memo.made == 3
