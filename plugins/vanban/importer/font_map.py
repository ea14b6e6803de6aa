"""Letters a text layer's font mapped to others, mended where Vietnamese spelling allows one reading only.

A document site's PDF text layer (123doc and the like) draws some letters from a font whose codes map to other
letters: "ô" comes out "ơ" ("cơng", "thơng", "KRƠNG"), "ò" as "ị" ("PHỊNG", "CỘNG HỊA"), "ó" as "ĩ" ("CĨ GIÁ").
"ơng" is no Vietnamese rhyme unless "ư" opens it ("thương"), "ing" is none at all ("inh" is), and "c" never stands
before "i" ("k" does): such a word has one reading, and is mended to it; every change is reported.

The same font loses letters too ("toàn" → "tồn", "Toán" → "Tốn", "xuyên" → "xun"): each lost-letter word is a word
of its own, so spelling cannot tell it. On a copy that shows the font's mapped letters, a trích yếu's word is read as
the body's word that stands beside the same two words and loses to it ("giáo dục thường xun" / the body's "giáo dục
thường xuyên", "Tốn học Việt" / "Toán học Việt"), when the body writes it so more often than the copy's way there; two
readings that both lose to it settle nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from .copied_title import twice_once
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


def _lossy(word: str) -> str:
    """*word* as the font writes it once its lost letters are gone: "toàn" and "tồn" are both "ton"."""
    return fold(word).lower().replace("oa", "o").replace("uye", "u")


def from_body(title: str, body: str) -> tuple[str, list[tuple[str, str]]]:
    """*title* with each lost-letter word the body writes whole beside the same two words; the changes."""
    spans = list(_WORD.finditer(title))
    words = [m.group(0) for m in _WORD.finditer(body)]
    keys = [fold(w).lower() for w in words]
    around: dict[tuple[int, str, str], Counter[str]] = {}
    for i, word in enumerate(words):  # the two words before it, one either side, the two after it
        for side, (a, b) in enumerate(((i - 2, i - 1), (i - 1, i + 1), (i + 1, i + 2))):
            if a >= 0 and b < len(words):
                around.setdefault((side, keys[a], keys[b]), Counter())[word.lower()] += 1
    own = [fold(m.group(0)).lower() for m in spans]
    out, changes = title, []
    for i in range(len(spans) - 1, -1, -1):
        word = spans[i].group(0)
        if fold(word).lower() != _lossy(word):
            continue  # "toàn" keeps its letters: it lost none
        read: Counter[str] = Counter()
        for side, (a, b) in enumerate(((i - 2, i - 1), (i - 1, i + 1), (i + 1, i + 2))):
            if a >= 0 and b < len(spans):
                read.update(around.get((side, own[a], own[b]), Counter()))
        found = [w for w in read if w != word.lower() and _lossy(w) == _lossy(word)]
        if len(found) != 1 or read[found[0]] <= read[word.lower()]:
            continue  # not written there, written two ways, or written as the copy's word as often
        best = found[0]
        whole = best.upper() if word.isupper() and len(word) > 1 else \
            best[:1].upper() + best[1:] if word[:1].isupper() else best
        out = out[: spans[i].start()] + whole + out[spans[i].end() :]
        changes.append((word, whole))
    return out, changes[::-1]


def mend_fields(result: ImportResult, body: str = "") -> None:
    """The trích yếu and the issuer with mapped letters read back, and the trích yếu's lost letters on a copy that
    maps them, from its own body; each change noted."""
    title = result.fields.get("title")
    if body and isinstance(title, str) and title and mend(body)[1]:
        whole, lost = from_body(title, body)
        if lost:
            result.fields["title"] = twice_once(whole)  # "… mầm non dạy giỏi … thường xun và mầm non": now said twice
            said = ", ".join(f"“{a}” → “{b}”" for a, b in lost)
            result.notes.append(f"trích yếu: phông của bản sao làm mất chữ, đọc lại theo chính các chữ ấy trong nội "
                                f"dung ({said})")
    for key, label in (("title", "trích yếu"), ("issuer", "cơ quan ban hành")):
        value = result.fields.get(key)
        if not isinstance(value, str) or not value:
            continue
        mended, changes = mend(value)
        if changes:
            result.fields[key] = mended
            said = ", ".join(f"“{a}” → “{b}”" for a, b in changes)
            result.notes.append(f"{label}: chữ phông của bản sao đọc sai, sửa theo chính tả ({said})")
