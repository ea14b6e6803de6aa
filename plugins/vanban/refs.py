"""``vanban refs``: the citations found in plain text and content Markdown files, as data.

For Markdown, a leading YAML front matter block between ``---`` lines is skipped (line
numbers stay those of the original file); its ``number`` is the document's own number and
its ``title`` is read as the title.  A front matter block that is not valid YAML is ignored.
Without a number there (plain text, a page copied from a portal), the own number is looked for
in the text's opening: header "Số: …", a portal's "Số hiệu" row, a title or news lead (see
:mod:`vanban.citations.identity`).  Each file's report says what was taken as the document
itself (``"self"``), so an editor sees why that number is not among its citations.
BOM and CRLF/CR line ends are accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from .citations import extract
from .legacy_text import to_unicode
from .text import nfc

MARKDOWN_SUFFIXES = {".md", ".markdown"}


def _read(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return nfc(to_unicode(text))  # a raw text typed in an old font (TCVN3, VNI) is read as Unicode


def _scalar(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """(front matter mapping, body, line offset of the body); no block → ({}, text, 0)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, 0
    for k in range(1, len(lines)):
        if lines[k].strip() in {"---", "..."}:
            try:
                data = yaml.safe_load("\n".join(lines[1:k]))
            except yaml.YAMLError:
                data = None
            body = "\n".join(lines[k + 1 :])
            return (data if isinstance(data, dict) else {}), body, k + 1
    return {}, text, 0


def file_report(path: Path) -> dict[str, object]:
    """``{"file", "self": {number, line, source} | None, "citations": [...]}`` for one file."""
    text = _read(path)
    own_number: str | None = None
    title: str | None = None
    body, offset = text, 0
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        data, body, offset = split_front_matter(text)
        own_number = _scalar(data.get("number"))
        title = _scalar(data.get("title"))
    extraction = extract(body, own_number=own_number, title=title, line_offset=offset, find_own=own_number is None)
    own = extraction.own
    citations = [
        {
            "type": c.type,
            "number": c.number,
            "date": c.date.isoformat() if c.date else None,
            "issuer": c.issuer,
            "relation": c.relation,
            "settled": c.settled,
            "line": c.line,
        }
        for c in extraction.citations
    ]
    return {
        "file": str(path),
        "self": {"number": own.number, "line": own.line, "source": own.source} if own is not None else None,
        "citations": citations,
    }


def refs_report(paths: Sequence[Path]) -> list[dict[str, object]]:
    """``[{"file": str(path), "self": {number, line, source} | None, "citations": [{type, number, date,
    issuer, relation, settled, line}]}]``: ``settled`` false when the text does not say whether the document carries
    the cited one out (:mod:`vanban.citations.settledness`): ``relation`` is then the rules' guess, and the site shows
    the document as related (``unsettled``), never as implements, until front matter's ``implements:`` or
    ``mentions:`` names the number."""
    return [file_report(path) for path in paths]
