"""What a clerk gets from `vanban import`: the front matter of the one file written for a pasted text."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import yaml

from vanban.importer.command import run_import


def imported_front(tmp_path: Path, text: str) -> dict[str, object]:
    """Import *text* as a .txt copy with `vanban import` and return the written file's front matter."""
    source = tmp_path / "ban-sao.txt"
    source.write_text(text, "utf-8")
    run_import([str(source)], str(tmp_path / "content"), full=False)
    written = list((tmp_path / "content").rglob("*.md"))
    assert len(written) == 1
    front = written[0].read_text("utf-8").split("---\n")[1]
    return yaml.safe_load(front)  # type: ignore[no-any-return]


def imported_with_report(tmp_path: Path, text: str) -> tuple[dict[str, object], str]:
    """*text* as a .txt copy through `vanban import`: the front matter written and the report printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        front = imported_front(tmp_path, text)
    return front, out.getvalue()
