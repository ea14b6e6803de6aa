"""The largest output files (documents.json, tracking.json, the site's lich.ics) are written piece by
piece (vanban.site.Streamed): the same bytes as made whole, through the build cache's store or not."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vanban import site as site_module
from vanban.filestore import FileStore, digest
from vanban.opendata import documents_json
from vanban.placing import place_all
from vanban.site import Outputs, SiteConfig, SiteModel, Streamed
from vanban.verified import forget_verified

RECORDS = {f"d{i:03}": {"id": f"d{i:03}", "title": f"Kế hoạch số {i} <b>triển khai</b> Nghị quyết",
                        "mentions": [f"d{j:03}" for j in range(i % 4)], "held": i % 2 == 0, "date": None}
           for i in range(200)}


def test_documents_json_in_pieces_is_the_text_dumps_makes() -> None:
    whole = json.dumps({"documents": [RECORDS[k] for k in sorted(RECORDS)]}, ensure_ascii=False, indent=1,
                       sort_keys=True)
    assert "".join(documents_json(RECORDS)) == whole


def test_a_streamed_file_is_the_bytes_of_its_pieces_escaped_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_module, "STREAM_BUFFER", 300)
    site = SiteModel(SiteConfig(), corpus=None)  # type: ignore[arg-type]
    site.add_streamed_output("data/documents.json", lambda: documents_json(RECORDS))
    whole = json.dumps({"documents": [RECORDS[k] for k in sorted(RECORDS)]}, ensure_ascii=False, indent=1,
                       sort_keys=True).encode().replace(b"<", b"\\u003c")
    made = dict(site.outputs.made())["data/documents.json"]
    assert isinstance(made, Streamed)
    chunks = list(made.chunks())
    assert len(chunks) > 10 and b"".join(chunks) == whole == site.outputs["data/documents.json"]
    with pytest.raises(ValueError):
        site.add_output("data/documents.json", b"{}")


def test_streamed_files_are_placed_through_the_store_as_bytes_are(tmp_path: Path) -> None:
    forget_verified()
    outputs = Outputs()
    pieces = [f"Sự kiện {i}\r\n".encode() for i in range(5000)]
    outputs.defer("lich.ics", Streamed("lich.ics", lambda: iter(pieces)))
    whole = b"".join(pieces)
    place_all(None, str(tmp_path / "plain"), outputs.made())
    assert (tmp_path / "plain" / "lich.ics").read_bytes() == whole
    cache = tmp_path / "cache"
    place_all(FileStore(cache), str(tmp_path / "cold"), outputs.made())
    stored = next(cache.glob("*/site-files/*"))
    assert stored.name == digest(whole) and stored.read_bytes() == whole
    place_all(FileStore(cache), str(tmp_path / "warm"), outputs.made())
    assert os.path.samefile(tmp_path / "warm" / "lich.ics", stored)  # linked, not written again
    stored.unlink()
    stored.write_bytes(b"BEGIN:VCALENDAR")  # the entry changed: written anew, and stored again
    forget_verified()
    place_all(FileStore(cache), str(tmp_path / "third"), outputs.made())
    assert (tmp_path / "third" / "lich.ics").read_bytes() == whole
    assert next(cache.glob("*/site-files/*")).read_bytes() == whole
    assert not [p for p in tmp_path.rglob("*.tmp")]
