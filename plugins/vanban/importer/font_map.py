"""Letters a text layer's font mapped to others, mended where Vietnamese spelling allows one reading only.

A document site's PDF text layer (123doc and the like) draws some letters from a font whose codes map to other
letters: "ô" comes out "ơ" ("cơng", "thơng", "KRƠNG"), "ò" as "ị" ("PHỊNG", "CỘNG HỊA"), "ó" as "ĩ" ("CĨ GIÁ").
"ơng" is no Vietnamese rhyme unless "ư" opens it ("thương"), "ing" is none at all ("inh" is), and "c" never stands
before "i" ("k" does): such a word has one reading, and is mended to it; every change is reported.
"""

from __future__ import annotations

import re

from .result import ImportResult

_MAPPED = (
    (re.compile(r"(?<![ưƯ])ơng"), "ông"), (re.compile(r"(?<![ưƯ])ƠNG"), "ÔNG"),
    (re.compile(r"ịng(?![^\W\d_])"), "òng"), (re.compile(r"ỊNG(?![^\W\d_])"), "ÒNG"),
    (re.compile(r"(?<![^\W\d_])([cC])ĩ(?![^\W\d_])"), r"\1ó"), (re.compile(r"(?<![^\W\d_])CĨ(?![^\W\d_])"), "CÓ"),
)
_WORD = re.compile(r"[^\W\d_]+")


def mend(text: str) -> tuple[str, list[tuple[str, str]]]:
    """*text* with the mapped letters read back, and the (word, mended word) pairs changed."""
    changes: list[tuple[str, str]] = []

    def word(m: re.Match[str]) -> str:
        out = m.group(0)
        for pattern, letters in _MAPPED:
            out = pattern.sub(letters, out)
        if out != m.group(0):
            changes.append((m.group(0), out))
        return out

    return _WORD.sub(word, text), changes


def mend_fields(result: ImportResult) -> None:
    """The trích yếu and the issuer with mapped letters read back; each change noted."""
    for key, label in (("title", "trích yếu"), ("issuer", "cơ quan ban hành")):
        value = result.fields.get(key)
        if not isinstance(value, str) or not value:
            continue
        mended, changes = mend(value)
        if changes:
            result.fields[key] = mended
            said = ", ".join(f"“{a}” → “{b}”" for a, b in changes)
            result.notes.append(f"{label}: chữ phông của bản sao đọc sai, sửa theo chính tả ({said})")
