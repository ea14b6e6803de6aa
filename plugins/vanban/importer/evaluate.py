"""Comparing imported header fields with hand-written expectations (tests and scripts/import_eval.py).

A field is right when it names the same thing: compared after NFC, spacing, dashes, case and
tone placement ("Uỷ"/"Ủy") are made alike, since an original in capitals and the same words in
running text are one trích yếu. Nothing else is forgiven: a missing word or a wrong day is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..text import collapse_space, nfc, normalise_dashes

HEADER_FIELDS = ("number", "type", "issuer", "date", "title", "place")
FIVE = ("number", "type", "issuer", "date", "title")
_TONES = str.maketrans({"ỷ": "ủy", "Ỷ": "Ủy"})
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy",
              "uỹ": "ũy", "uỵ": "ụy", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}


def normal(value: Any) -> str:
    """*value* as compared: NFC, one space, ASCII dashes, lower case, new tone placement, no end dots."""
    text = collapse_space(normalise_dashes(nfc(str(value or "")))).lower()
    for old, new in _OLD_TONES.items():
        text = text.replace(old, new)
    text = text.replace(" - ", "-").replace("- ", "-").replace(" -", "-")
    return text.strip(" .;:,")


def same(field: str, got: Any, want: Any) -> bool:
    return normal(got) == normal(want)


def load_expected(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {key: "" if data.get(key) is None else str(data.get(key)) for key in HEADER_FIELDS}


def score(fields: dict[str, Any], expected: dict[str, str]) -> dict[str, bool]:
    """Field → right, for the header fields."""
    return {key: same(key, fields.get(key, ""), expected[key]) for key in HEADER_FIELDS}
